// npm run test:examples: builds the examples in examples/ (a Next.js App Router app and an Eleventy site)
// against the packed package, as a merchant installs it, and checks their HTML. Slow (installs Next.js and
// Eleventy and builds them: a few minutes), so not part of `npm test` (TEST_EXAMPLES=1 adds it) nor yet of CI. Works in .tmp/examples/;
// ends with a plain `N passed, N failed` line.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const work = '.tmp/examples';
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
let passed = 0;
let failed = 0;
function check(name, ok) {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed++;
  else failed++;
}

run('node', ['scripts/build.js']);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// The examples depend on `file:../../support-widgets.tgz`, from .tmp/examples/<name>: .tmp/support-widgets.tgz.
const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', '.tmp'], { encoding: 'utf8' }).trim().split('\n').pop();
renameSync(`.tmp/${packed}`, '.tmp/support-widgets.tgz');

/** The HTML as a reader gets it: no style sheets, comments or scripts. */
const visible = (html) =>
  html
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<script[^]*?<\/script>/g, '');

// Next.js App Router with @lit-labs/nextjs: the page is prerendered at build time.
cpSync('examples/nextjs', `${work}/nextjs`, { recursive: true, filter: (src) => !/node_modules|\.next/.test(src) });
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], `${work}/nextjs`);
run('npx', ['--no-install', 'next', 'build'], `${work}/nextjs`);
const file = `${work}/nextjs/.next/server/app/index.html`;
const next = existsSync(file) ? visible(readFileSync(file, 'utf8')) : '';
check('Next.js: the page was prerendered', next.includes('<h1>Help</h1>'));
check('Next.js: <support-faq> in declarative shadow DOM', /<support-faq [^>]*><template shadowroot="open" shadowrootmode="open">/.test(next));
check(
  'Next.js: both questions as headings, closed answers findable',
  next.includes('<bdi>How long does a refund take?</bdi>') &&
    next.includes('<bdi>Can I change my delivery address?</bdi>') &&
    (next.match(/hidden="until-found"/g) ?? []).length === 2,
);
check('Next.js: the answers as page content', next.includes('To a card: <strong>5 to 10 business days</strong> after we receive the item.'));
check(
  'Next.js: the hotline line with its tel: link and hours',
  next.includes('href="tel:+18005550100"') && /part="status" data-state="\w+"><strong>(Open now|Closed)/.test(next),
);
check('Next.js: the server clock for hydration', /<support-hotline [^>]*server-now="\d+"/.test(next));

// Eleventy with @lit-labs/eleventy-plugin-lit: the tags written in the page are rendered at build time.
cpSync('examples/eleventy', `${work}/eleventy`, { recursive: true, filter: (src) => !/node_modules|_site/.test(src) });
run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], `${work}/eleventy`);
run('npx', ['--no-install', 'eleventy', '--quiet'], `${work}/eleventy`);
const page = `${work}/eleventy/_site/index.html`;
const eleventy = existsSync(page) ? visible(readFileSync(page, 'utf8')) : '';
check(
  'Eleventy: <support-faq> and its in-page items in declarative shadow DOM',
  /<support-faq [^>]*><template shadowroot="open" shadowrootmode="open">/.test(eleventy) &&
    (eleventy.match(/<support-faq-item [^>]*><template shadowroot="open"/g) ?? []).length === 2,
);
check(
  'Eleventy: both questions as headings, closed answers findable',
  eleventy.includes('<bdi>How long does a refund take?</bdi>') &&
    eleventy.includes('<bdi>Can I change my delivery address?</bdi>') &&
    (eleventy.match(/hidden="until-found"/g) ?? []).length === 2,
);
check('Eleventy: the answers stay page content', eleventy.includes('<p>To a card: <strong>5 to 10 business days</strong> after we receive the item.</p>'));
check(
  'Eleventy: the hotline from its attributes, with its tel: link and hours',
  eleventy.includes('href="tel:+18005550100"') && /part="status" data-state="\w+"><strong>(Open now|Closed)/.test(eleventy),
);

mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/examples.json', JSON.stringify({ passed, failed }));
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
