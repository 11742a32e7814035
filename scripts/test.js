// npm test: everything CI checks, in order: browser present, lint, typecheck, build, package lint, browser
// tests, the served-page and host-page checks and the size budget. Ends with a plain `N passed, N failed` line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { ensureChrome } from './chrome.js';

process.env.CHROME_PATH = ensureChrome();
rmSync('.test-results', { recursive: true, force: true });

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['API tables in docs/ up to date', 'node', ['scripts/api-docs.js', '--check']],
  ['package lint (publint)', 'npx', ['--no-install', 'publint', '--strict']],
  ['Node tests (every entry imports without DOM globals; every element renders on the server)', 'node', ['scripts/node-tests.js']],
  ['browser tests', 'npx', ['--no-install', 'wtr']],
  ["browser tests of the elements in Lit's development build (a Lit warning fails them)", 'npx', ['--no-install', 'wtr', '--config', 'web-test-runner.dev.config.js']],
  ['page checks (Playwright: the demo pages served, hostile host pages, strict CSP in use, storage faults, two tabs, layout, visual baselines)', 'npx', ['--no-install', 'playwright', 'test']],
  ['size budget', 'node', ['scripts/size.js']],
  ['React wrapper size (Vite builds: the FAQ wrapper within 1 KB of the bare element)', 'node', ['scripts/react-size.js']],
  ['bench smoke (one small round; its numbers mean nothing)', 'node', ['bench/run.js', '--smoke']],
];
// TEST_EXAMPLES=1 also builds the Next.js and Eleventy examples from the packed package (`npm run test:examples`,
// a few minutes: they install and build Next.js and Eleventy).
if (process.env.TEST_EXAMPLES === '1') {
  steps.push(['examples (Next.js App Router and Eleventy, server-rendered from the packed package)', 'node', ['scripts/test-examples.js']]);
}

let stepFailures = 0;
for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`✗ ${name} failed (exit ${result.status ?? result.signal}).`);
    stepFailures++;
    break;
  }
}

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 0 });
const browser = read('.test-results/browser.json');
const pages = read('.test-results/pages.json');
const node = read('.test-results/node.json');
const dev = read('.test-results/browser-dev.json');
const examples = read('.test-results/examples.json');
const passed = browser.passed + dev.passed + pages.passed + node.passed + examples.passed;
const failed = browser.failed + dev.failed + pages.failed + node.failed + examples.failed + stepFailures;
if (!stepFailures && passed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
