// npm run test:examples (CI runs it after `npm test`): builds the examples in examples/ (a Next.js App Router
// app and an Eleventy site) against the packed package, as a merchant installs it, and checks their HTML and
// that the recipes in docs/react.md ("Server rendering") are the examples' own code. Each example is copied to
// a fresh directory outside the repository (so nothing resolves from the repository's node_modules) and
// installed with `npm ci` from its committed lockfile: the same versions on every machine, from the npm
// registry only. Slow (installs and builds Next.js and Eleventy: minutes on a cold npm cache). Every step runs
// even after one fails; ends with a plain `N passed, N failed` line and writes .test-results/examples.json.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const started = Date.now();
const root = process.cwd();
const tmp = mkdtempSync(join(tmpdir(), 'support-widgets-examples-'));
// The examples depend on `file:../../support-widgets.tgz`: from <tmp>/examples/<name>, <tmp>/support-widgets.tgz.
const work = join(tmp, 'examples');
let passed = 0;
let failed = 0;
const failures = [];
function check(name, ok) {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}
/** Runs a command; a failure (exit code, or more than `minutes`) fails the check `name` and the run goes on. */
function step(name, cmd, args, cwd = root, minutes = 15) {
  const t0 = Date.now();
  try {
    execFileSync(cmd, args, { cwd, stdio: 'inherit', timeout: minutes * 60_000, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    console.log(`  (${name}: ${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    return true;
  } catch (e) {
    check(`${name} (${e.signal ? `stopped after ${minutes} min` : `exit ${e.status}`})`, false);
    return false;
  }
}

/** The HTML as a reader gets it: no style sheets, comments or scripts. */
const visible = (html) =>
  html
    .replace(/<style>[^]*?<\/style>/g, '')
    .replace(/<!--[^]*?-->/g, '')
    .replace(/<script[^]*?<\/script>/g, '');
const read = (file) => (existsSync(file) ? readFileSync(file, 'utf8') : '');

// The recipes: each code block of docs/react.md's "Server rendering" whose first line names an example file
// (`// examples/nextjs/next.config.mjs`, `<!-- examples/eleventy/pages/index.html -->`) is that file's code.
const docs =
  read('docs/react.md')
    .split(/^## /m)
    .find((s) => s.startsWith('Server rendering')) ?? '';
const lines = (text) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
const recipes = [...docs.matchAll(/```\w*\n(?:\/\/|<!--) (examples\/\S+)[^\n]*\n([^]*?)```/g)];
for (const example of ['nextjs', 'eleventy'])
  check(
    `docs/react.md shows a recipe from examples/${example}`,
    recipes.some(([, file]) => file.startsWith(`examples/${example}/`)),
  );
for (const [, file, code] of recipes) check(`docs/react.md's ${file} is the example's code`, lines(read(file)).includes(lines(code)));

// `npm pack` builds first (the package's prepack script), as `npm publish` does: a clean checkout packs dist/.
if (step('pack the package (prepack builds it)', 'npm', ['pack', '--pack-destination', tmp])) {
  const packed = readdirSync(tmp).find((f) => /^support-widgets-.*\.tgz$/.test(f));
  if (packed) renameSync(join(tmp, packed), join(tmp, 'support-widgets.tgz'));
}
mkdirSync(work, { recursive: true });

// Next.js App Router with @lit-labs/nextjs: the page is prerendered at build time.
const nextDir = join(work, 'nextjs');
cpSync('examples/nextjs', nextDir, { recursive: true, filter: (src) => !/node_modules|\.next/.test(src) });
const nextBuilt =
  step('Next.js: npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], nextDir) &&
  step('Next.js: next build', 'npx', ['--no-install', 'next', 'build'], nextDir);
const next = nextBuilt ? visible(read(join(nextDir, '.next/server/app/index.html'))) : '';
check('Next.js: the page was prerendered', next.includes('<h1>Help</h1>'));
check('Next.js: <support-faq> in declarative shadow DOM', /<support-faq [^>]*><template shadowroot="open" shadowrootmode="open">/.test(next));
check(
  'Next.js: both questions as level-2 headings, closed answers findable',
  next.includes('<bdi>How long does a refund take?</bdi>') &&
    next.includes('<bdi>Can I change my delivery address?</bdi>') &&
    (next.match(/<div role="heading" aria-level="2" part="heading"[^>]*>/g) ?? []).length === 2 &&
    (next.match(/hidden="until-found"/g) ?? []).length === 2,
);
check('Next.js: the answers as page content', next.includes('To a card: <strong>5 to 10 business days</strong> after we receive the item.'));
check(
  'Next.js: the hotline line with its tel: link and hours',
  next.includes('href="tel:+18005550100"') && /part="status" data-state="\w+"><strong>(Open now|Closed)/.test(next),
);
check('Next.js: the server clock for hydration', /<support-hotline [^>]*server-now="\d+"/.test(next));

// Eleventy with @lit-labs/eleventy-plugin-lit: the tags written in the page are rendered at build time.
const elevDir = join(work, 'eleventy');
cpSync('examples/eleventy', elevDir, { recursive: true, filter: (src) => !/node_modules|_site/.test(src) });
const elevBuilt =
  step('Eleventy: npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], elevDir) &&
  step('Eleventy: eleventy', 'npx', ['--no-install', 'eleventy', '--quiet'], elevDir);
const eleventy = elevBuilt ? visible(read(join(elevDir, '_site/index.html'))) : '';
check(
  'Eleventy: <support-faq> and its in-page items in declarative shadow DOM',
  /<support-faq [^>]*><template shadowroot="open" shadowrootmode="open">/.test(eleventy) &&
    (eleventy.match(/<support-faq-item [^>]*><template shadowroot="open"/g) ?? []).length === 2,
);
check(
  'Eleventy: both questions as level-2 headings, closed answers findable',
  eleventy.includes('<bdi>How long does a refund take?</bdi>') &&
    eleventy.includes('<bdi>Can I change my delivery address?</bdi>') &&
    (eleventy.match(/<div role="heading" aria-level="2" part="heading"[^>]*>/g) ?? []).length === 2 &&
    (eleventy.match(/hidden="until-found"/g) ?? []).length === 2,
);
check('Eleventy: the answers stay page content', eleventy.includes('<p>To a card: <strong>5 to 10 business days</strong> after we receive the item.</p>'));
check(
  'Eleventy: the hotline from its attributes, with its tel: link and hours',
  eleventy.includes('href="tel:+18005550100"') && /part="status" data-state="\w+"><strong>(Open now|Closed)/.test(eleventy),
);

if (!process.env.KEEP_EXAMPLES) rmSync(tmp, { recursive: true, force: true });
else console.log(`Kept ${tmp}`);
mkdirSync(resolve(root, '.test-results'), { recursive: true });
writeFileSync(resolve(root, '.test-results/examples.json'), JSON.stringify({ passed, failed, failures }));
console.log(`\nnpm run test:examples: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed || !passed ? 1 : 0);
