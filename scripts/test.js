// npm test: everything CI checks on every change, in order: lint (with the formatter), typecheck, build, API
// tables, package lint, Node tests, browser tests (production build) in Chromium, then in Firefox and WebKit
// (web-test-runner.engines.config.js), each element's life again in Lit's development build, the page checks
// (served pages, hostile host pages) and the size budgets.
// npm run test:long (`--long`): the slow suites (the hostile corpus, fuzzing, huge inputs, performance
// budgets), every element file in Lit's development build, the visual baselines, the documentation site and the full bench, so the bench keeps working; `.ci/run` runs it after `npm test`.
//
// Every step runs, even after one fails. At the end: each step's time, each failed step, each failed test
// (file and name), then a plain `N passed, N failed` line. A step that fails without a failed test of its
// own (lint, typecheck, build, …) counts as one failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChrome } from './chrome.js';

const long = process.argv.includes('--long');
process.env.CHROME_PATH = ensureChrome();

/** [name, command, arguments, result files in .test-results/ that the step writes] */
/** The Firefox and WebKit passes over a set of files (`web-test-runner.engines.config.js`), run side by side. */
function engines(set) {
  return ['firefox', 'webkit'].map((engine, i) => [
    `browser tests in ${engine === 'firefox' ? 'Firefox ESR (WebDriver BiDi)' : 'WebKit (WebKitGTK MiniBrowser, WebDriver)'}${{ quick: '', all: ', every file', rest: ', the files npm test runs in Chromium only' }[set]}`,
    'npx',
    ['--no-install', 'wtr', '--config', 'web-test-runner.engines.config.js', '--port', String(8011 + i)],
    [`browser-${engine}${set === 'quick' ? '' : `-${set}`}`],
    { WTR_ENGINE: engine, ENGINE_SET: set },
  ]);
}
const quick = [
  // Lint and the tests' typecheck run side by side (two cores, neither waits on the other). The build's tsc
  // typechecks src/ with tsconfig.json, so only the test project (which includes src/) is checked here.
  [
    ['lint (ESLint, lit-analyzer, Prettier)', 'npm', ['run', '--silent', 'lint']],
    ['typecheck (tests and src; src again in the build)', 'npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.test.json']],
  ],
  ['build (typechecks src)', 'npm', ['run', '--silent', 'build']],
  ['API tables in docs/ up to date', 'node', ['scripts/api-docs.js', '--check']],
  ['package lint (publint)', 'npx', ['--no-install', 'publint', '--strict']],
  ['Node tests (every entry imports without DOM globals; every element renders on the server)', 'node', ['scripts/node-tests.js'], ['node']],
  ['browser tests', 'npx', ['--no-install', 'wtr'], ['browser']],
  // The engine-dependent files in Firefox and WebKit, side by side (each engine's page mostly waits on its own
  // driver); `npm run test:firefox` and `npm run test:webkit` run every file (not yet in CI: see docs/development.md).
  engines('quick'),
  [
    "browser tests of each element's life in Lit's development build (a Lit warning fails them; every element file in test:long)",
    'npx',
    ['--no-install', 'wtr', '--config', 'web-test-runner.dev.config.js'],
    ['browser-dev'],
    { DEV_SET: 'quick' },
  ],
  [
    'page checks (Playwright: the demo pages served, hostile host pages, strict CSP in use, storage faults, two tabs, layout)',
    'npx',
    ['--no-install', 'playwright', 'test', 'host', 'served'],
    ['pages'],
  ],
  // Both only read the build: side by side.
  [
    ['size budget', 'node', ['scripts/size.js']],
    ['React wrapper sizes (Vite builds: each per-element wrapper within 1 KB of its bare element)', 'node', ['scripts/react-size.js']],
  ],
];
const slow = [
  ['build', 'npm', ['run', '--silent', 'build']],
  [
    'long browser tests (property-based runs at full count, huge inputs, fuzzing, performance budgets)',
    'npx',
    ['--no-install', 'wtr', '--config', 'web-test-runner.long.config.js'],
    ['browser-long'],
  ],
  [
    "browser tests of the elements in Lit's development build, every element file (a Lit warning fails them)",
    'npx',
    ['--no-install', 'wtr', '--config', 'web-test-runner.dev.config.js'],
    ['browser-dev'],
  ],
  // The files `npm test` leaves to Chromium, in Firefox and WebKit side by side: with npm test's engine passes,
  // every browser test file runs in all three engines in CI (`chromiumOnly` in the engines config excepted).
  engines('rest'),
  // The 40 visual baselines (about a third of the page checks' time) keep `npm test` under 6 minutes here.
  [
    'visual baselines (Playwright screenshots of every element: light, dark, RTL, forced colours, 1280 and 320 px)',
    'npx',
    ['--no-install', 'playwright', 'test', 'visual'],
    ['pages'],
  ],
  // Eleventy builds site/ from docs/, the manifest and cdn/, then every page is visited: minutes of axe over
  // pages and their live examples' previews, so here rather than in npm test.
  [
    'documentation site (Eleventy builds site/; every page visited: console, live examples, axe, internal links)',
    'npx',
    ['--no-install', 'playwright', 'test', 'test/e2e/site.spec.js'],
    ['pages'],
  ],
  ['full bench (5 rounds and Lighthouse; figures in bench/results/check.json, README untouched)', 'node', ['bench/run.js', '--no-write']],
];
const steps = long ? slow : quick;
// TEST_EXAMPLES=1 also builds the Next.js and Eleventy examples from the packed package (`npm run test:examples`,
// a few minutes: they install and build Next.js and Eleventy).
if (process.env.TEST_EXAMPLES === '1') {
  steps.push(['examples (Next.js App Router and Eleventy, server-rendered from the packed package)', 'node', ['scripts/test-examples.js'], ['examples']]);
}

rmSync(`.test-results/total-${long ? 'long' : 'test'}.json`, { force: true });
const single = (step) => typeof step[0] === 'string';
const results = (name) => steps.flatMap((s) => (single(s) ? [s] : s)).some((s) => (s[3] ?? []).includes(name));
for (const name of [
  'node',
  'browser',
  'browser-firefox',
  'browser-webkit',
  'browser-firefox-all',
  'browser-webkit-all',
  'browser-firefox-rest',
  'browser-webkit-rest',
  'browser-dev',
  'browser-long',
  'pages',
  'examples',
]) {
  if (results(name)) rmSync(`.test-results/${name}.json`, { force: true });
}
const read = (name) => {
  const file = `.test-results/${name}.json`;
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
};

const done = [];
const finish = (name, files, status, seconds) => {
  const ok = status === 0;
  if (!ok) console.error(`✗ ${name} failed (exit ${status}, ${seconds.toFixed(0)} s).`);
  done.push({ name, ok, seconds, counts: files.map((f) => [f, read(f)]) });
};
/** Runs steps side by side; each one's output is printed whole when it ends, so the logs do not interleave. */
const together = (group) =>
  Promise.all(
    group.map(
      ([name, cmd, args, files = [], env = {}]) =>
        new Promise((resolve) => {
          const t0 = Date.now();
          const child = spawn(cmd, args, { env: { ...process.env, ...env, FORCE_COLOR: '0' } });
          const out = [];
          child.stdout.on('data', (d) => out.push(d));
          child.stderr.on('data', (d) => out.push(d));
          child.on('close', (code, signal) => {
            console.log(`\n▶ ${name}`);
            process.stdout.write(Buffer.concat(out));
            finish(name, files, code ?? signal, (Date.now() - t0) / 1000);
            resolve();
          });
        }),
    ),
  );
const started = Date.now();
for (const step of steps) {
  if (!single(step)) {
    await together(step);
    continue;
  }
  const [name, cmd, args, files = [], env = {}] = step;
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  finish(name, files, result.status ?? result.signal, (Date.now() - t0) / 1000);
}

let passed = 0;
let failed = 0;
const failures = [];
for (const step of done) {
  let stepFailed = 0;
  for (const [file, counts] of step.counts) {
    if (!counts) continue;
    passed += counts.passed ?? 0;
    stepFailed += counts.failed ?? 0;
    for (const f of counts.files ?? []) for (const test of f.failures ?? []) failures.push(`${step.name}: ${f.file}: ${test}`);
    for (const test of counts.failures ?? []) failures.push(`${step.name} (${file}): ${test}`);
  }
  // A step that failed with no failed test of its own (lint, a crash, a results file never written) counts once.
  failed += stepFailed || (step.ok ? 0 : 1);
}

console.log(`\n${long ? 'npm run test:long' : 'npm test'}: steps in ${((Date.now() - started) / 1000).toFixed(0)} s`);
for (const s of done) console.log(`  ${s.ok ? '✓' : '✗'} ${s.seconds.toFixed(1).padStart(6)} s  ${s.name}`);
// The slowest browser test files (each file's time from its page opening to its results), to see where time goes.
const timed = done.flatMap((s) => s.counts.flatMap(([name, c]) => (c?.files ?? []).filter((f) => f.ms).map((f) => ({ ...f, name }))));
if (timed.length) {
  console.log('\nSlowest browser test files:');
  for (const f of timed.sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  ${(f.ms / 1000).toFixed(1).padStart(6)} s  ${f.file} (${f.name})`);
}
const failedSteps = done.filter((s) => !s.ok);
if (failedSteps.length) {
  console.log(`\nFailed steps (${failedSteps.length}):`);
  for (const s of failedSteps) console.log(`  ✗ ${s.name}`);
}
if (failures.length) {
  console.log(`\nFailed tests (${failures.length}):`);
  for (const f of failures) console.log(`  ✗ ${f}`);
}
if (!failed && passed === 0) {
  console.error('No test ran.');
  process.exit(1);
}
// For .ci/run's total over `npm test` and `npm run test:long`.
mkdirSync('.test-results', { recursive: true });
writeFileSync(`.test-results/total-${long ? 'long' : 'test'}.json`, JSON.stringify({ passed, failed, failedSteps: failedSteps.map((s) => s.name), failures }));
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
