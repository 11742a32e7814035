// npm test: everything CI checks on every change: lint (with the formatter), typecheck, build, API tables, package
// lint, Node tests, browser tests (production build) in Chromium, in Firefox and WebKit
// (web-test-runner.engines.config.js), the page checks (served pages, hostile host pages) and the size budgets; two
// steps at a time (see `quick` below).
// npm run test:long (`--long`): the slow suites (the hostile corpus, fuzzing, huge inputs, performance budgets), every
// element file in Lit's development build (npm test leaves it to test:long), the visual baselines, the documentation
// site and the full bench, so the bench keeps working, one step at a time; `.ci/run` runs it after `npm test`.
//
// Every step runs, even after one fails. At the end: each step's time (wall and processor), each failed step,
// each failed test (file and name), then a plain `N passed, N failed` line. A step that fails without a failed
// test of its own (lint, typecheck, build, …) counts as one failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { ensureChrome } from './chrome.js';

const long = process.argv.includes('--long');
process.env.CHROME_PATH = ensureChrome();

/**
 * A step: { name, cmd, args, results (files in .test-results/ that it writes), env, needs ('build': it starts
 * after the build ended) }. A unit is one step, or several run side by side that count as one.
 */
const step = (name, cmd, args, more = {}) => ({ name, cmd, args, results: [], env: {}, ...more });
const afterBuild = { needs: 'build' };
/** The Firefox and WebKit passes over a set of files (`web-test-runner.engines.config.js`), one unit. */
function engines(set) {
  return ['firefox', 'webkit'].map((engine, i) =>
    step(
      `browser tests in ${engine === 'firefox' ? 'Firefox ESR (WebDriver BiDi)' : 'WebKit (WebKitGTK MiniBrowser, WebDriver)'}${{ quick: '', all: ', every file', rest: ', the files npm test runs in Chromium only' }[set]}`,
      'npx',
      ['--no-install', 'wtr', '--config', 'web-test-runner.engines.config.js', '--port', String(8011 + i)],
      { ...afterBuild, results: [`browser-${engine}${set === 'quick' ? '' : `-${set}`}`], env: { WTR_ENGINE: engine, ENGINE_SET: set } },
    ),
  );
}
const build = step('build (typechecks src)', 'npm', ['run', '--silent', 'build']);
// npm test: two steps at a time (TEST_JOBS), one per core of the 2-core machines here, taken in this order as
// each one's turn comes (the longest first, so that neither core idles at the end): the browser passes wait on
// their browsers and drivers much of the time, so the CPU-bound steps (lint, Node tests with their five
// TypeScript programs, the Vite builds) fill the other core. Each step's output prints whole when it ends.
// The build runs first, beside lint (it writes nothing lint or the typecheck reads: scripts/schema.js leaves an
// unchanged file alone); every step that reads the build starts after it.
const quick = [
  [build],
  [step('lint (ESLint, lit-analyzer, Prettier)', 'npm', ['run', '--silent', 'lint'])],
  // Chromium's pass in two browsers side by side, every other file each (WTR_SHARD, web-test-runner.config.js), as
  // one unit: a page mostly waits (on frames, idle callbacks, the test server), so two halves took 364 s where the
  // whole took 783 s here, on the same loaded machine.
  [1, 2].map((k) =>
    step(`browser tests (Chromium, half ${k} of 2)`, 'npx', ['--no-install', 'wtr', '--port', String(8008 + k)], {
      ...afterBuild,
      results: [`browser-${k}`],
      env: { WTR_SHARD: `${k}/2` },
    }),
  ),
  // The engine-dependent files in Firefox and WebKit, side by side as one step (each engine's page mostly waits on
  // its own driver); `npm run test:firefox` and `npm run test:webkit` run every file (see docs/development.md).
  engines('quick'),
  // Lit's development build: every element file in `npm run test:long` (CI runs it after this); its quick set
  // (`DEV_SET=quick`, each element's life) took 131-299 s here beside the other steps, and repeated a subset of it.
  [
    step(
      'page checks (Playwright: the demo pages served, hostile host pages, strict CSP in use, storage faults, two tabs, layout)',
      'npx',
      ['--no-install', 'playwright', 'test', 'host', 'served'],
      { ...afterBuild, results: ['pages'] },
    ),
  ],
  [
    step('Node tests (every entry imports without DOM globals; every element renders on the server)', 'node', ['scripts/node-tests.js'], {
      ...afterBuild,
      results: ['node'],
    }),
  ],
  // The build's tsc typechecks src/ with tsconfig.json, so only the test project (which includes src/) is
  // checked here; incremental, its record in .tmp/ (a second run checks only what changed).
  [
    step('typecheck (tests and src; src again in the build)', 'npx', [
      '--no-install',
      'tsc',
      '--noEmit',
      '-p',
      'tsconfig.test.json',
      '--incremental',
      '--tsBuildInfoFile',
      '.tmp/tsc/test.tsbuildinfo',
    ]),
  ],
  [step('React wrapper sizes (Vite builds: each per-element wrapper within 1 KB of its bare element)', 'node', ['scripts/react-size.js'], afterBuild)],
  [step('API tables in docs/ up to date', 'node', ['scripts/api-docs.js', '--check'], afterBuild)],
  [step('CDN snippets in README.md and docs/ carry the hashes of cdn/integrity.json', 'node', ['scripts/cdn-snippets.js', '--check'], afterBuild)],
  [step('package lint (publint)', 'npx', ['--no-install', 'publint', '--strict'], afterBuild)],
  // Only the budgeted files (the CDN bundles and language files): `npm run size` adds each entry bundled with Lit.
  [step('size budget (CDN files; `npm run size` also reports each entry with Lit)', 'node', ['scripts/size.js', '--budgets'], afterBuild)],
];
// npm run test:long: one step at a time (the performance budgets need a quiet machine), in this order.
const slow = [
  [build],
  [
    step(
      'long browser tests (property-based runs at full count, huge inputs, fuzzing, performance budgets)',
      'npx',
      ['--no-install', 'wtr', '--config', 'web-test-runner.long.config.js'],
      { ...afterBuild, results: ['browser-long'] },
    ),
  ],
  [
    step(
      "browser tests of the elements in Lit's development build, every element file (a Lit warning fails them)",
      'npx',
      ['--no-install', 'wtr', '--config', 'web-test-runner.dev.config.js'],
      { ...afterBuild, results: ['browser-dev'] },
    ),
  ],
  // The files `npm test` leaves to Chromium, in Firefox and WebKit side by side: with npm test's engine passes,
  // every browser test file runs in all three engines in CI (`chromiumOnly` in the engines config excepted).
  engines('rest'),
  // The 40 visual baselines (about a third of the page checks' time) keep `npm test` under 6 minutes here.
  [
    step(
      'visual baselines (Playwright screenshots of every element: light, dark, RTL, forced colours, 1280 and 320 px)',
      'npx',
      ['--no-install', 'playwright', 'test', 'visual'],
      { ...afterBuild, results: ['pages'] },
    ),
  ],
  // Eleventy builds site/ from docs/, the manifest and cdn/, then every page is visited: minutes of axe over
  // pages and their live examples' previews, so here rather than in npm test.
  [
    step(
      'documentation site (Eleventy builds site/; every page visited: console, live examples, axe, internal links)',
      'npx',
      ['--no-install', 'playwright', 'test', 'test/e2e/site.spec.js'],
      { ...afterBuild, results: ['pages'] },
    ),
  ],
  [step('full bench (5 rounds and Lighthouse; figures in bench/results/check.json, README untouched)', 'node', ['bench/run.js', '--no-write'], afterBuild)],
];
const units = long ? slow : quick;
const jobs = Number(process.env.TEST_JOBS) || (long ? 1 : 2);
// TEST_EXAMPLES=1 also builds the Next.js and Eleventy examples from the packed package (`npm run test:examples`,
// a few minutes: they install and build Next.js and Eleventy).
if (process.env.TEST_EXAMPLES === '1') {
  units.push([
    step('examples (Next.js App Router and Eleventy, server-rendered from the packed package)', 'node', ['scripts/test-examples.js'], {
      results: ['examples'],
    }),
  ]);
}
const steps = units.flat();

rmSync(`.test-results/total-${long ? 'long' : 'test'}.json`, { force: true });
for (const name of steps.flatMap((s) => s.results)) rmSync(`.test-results/${name}.json`, { force: true });
const read = (name) => {
  const file = `.test-results/${name}.json`;
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  } catch {
    return undefined;
  }
};

mkdirSync('.tmp/test-cpu', { recursive: true });
/** Runs one step; its output is printed whole when it ends, so the logs of steps side by side do not interleave. */
const run = (s) =>
  new Promise((resolve) => {
    const t0 = Date.now();
    const cpuFile = `.tmp/test-cpu/${steps.indexOf(s)}.json`;
    rmSync(cpuFile, { force: true });
    const child = spawn(process.execPath, ['scripts/cpu-time.js', cpuFile, s.cmd, ...s.args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...s.env, FORCE_COLOR: '0' },
    });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - t0) / 1000;
      const { cpu = null, signal: childSignal } = (() => {
        try {
          return JSON.parse(readFileSync(cpuFile, 'utf8'));
        } catch {
          return {};
        }
      })();
      console.log(`\n▶ ${s.name}`);
      process.stdout.write(Buffer.concat(out));
      const status = childSignal ?? signal ?? code;
      if (status !== 0) console.error(`✗ ${s.name} failed (exit ${status}, ${seconds.toFixed(0)} s).`);
      // The last lines a failed step printed: when no test of its own failed (a browser that did not start, a
      // crash), they are all that names the cause in the summary, which CI may keep alone.
      const tail = Buffer.concat(out)
        .toString()
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .slice(-4)
        .map((line) => line.slice(0, 300));
      Object.assign(s, { ok: status === 0, seconds, cpu, tail, counts: s.results.map((f) => [f, read(f)]) });
      resolve();
    });
  });

// A browser step that ends in failure without writing any results (its browser or driver went away: WebKitWebDriver
// left a WebKit pass at 16 of 20 files once, with nothing printed) runs once more, and says so; a step whose tests
// failed, or that fails again, counts as failed.
const runOnceMore = async (s) => {
  await run(s);
  if (s.ok || !s.results.length || s.counts.some(([, c]) => c)) return;
  const first = s.seconds;
  console.log(`\n↻ ${s.name}: ended (${first.toFixed(0)} s) without results, as when its browser or driver stops; running it once more.`);
  await run(s);
  s.seconds += first;
  s.name += ' (run twice: the first ended without results)';
};

const started = Date.now();
const builds = steps.filter((s) => s.name === build.name);
const built = () => builds.every((s) => s.ok !== undefined);
await new Promise((allDone) => {
  const waiting = [...units];
  let running = 0;
  const next = () => {
    if (!waiting.length && !running) return allDone();
    while (running < jobs) {
      const i = waiting.findIndex((unit) => unit.every((s) => s.needs !== 'build' || built()));
      if (i < 0) return;
      const [unit] = waiting.splice(i, 1);
      running++;
      Promise.all(unit.map(runOnceMore)).then(() => {
        running--;
        next();
      });
    }
  };
  next();
});

let passed = 0;
let failed = 0;
const failures = [];
for (const step of steps) {
  let stepFailed = 0;
  for (const [file, counts] of step.counts) {
    if (!counts) continue;
    passed += counts.passed ?? 0;
    stepFailed += counts.failed ?? 0;
    for (const f of counts.files ?? []) for (const test of f.failures ?? []) failures.push(`${step.name}: ${f.file}: ${test}`);
    for (const test of counts.failures ?? []) failures.push(`${step.name} (${file}): ${test}`);
  }
  // A step that failed with no failed test of its own (lint, a crash, a results file never written) counts once,
  // named by the last lines it printed.
  failed += stepFailed || (step.ok ? 0 : 1);
  if (!step.ok && !stepFailed)
    failures.push(
      `${step.name}: failed with no failed test${step.counts.some(([, c]) => c) ? '' : ' and no results written'}; its last lines: ${step.tail.join(' ⏎ ')}`,
    );
}

console.log(`\n${long ? 'npm run test:long' : 'npm test'}: steps in ${((Date.now() - started) / 1000).toFixed(0)} s`);
// Wall time, and processor time (user + system, the step's processes and their children): a step whose processor
// time is well under its wall time is mostly waiting (on a browser, a driver, a timer).
const cpu = (s) => (s.cpu === null ? '' : `CPU ${s.cpu.toFixed(0)} s`);
for (const s of steps) console.log(`  ${s.ok ? '✓' : '✗'} ${s.seconds.toFixed(1).padStart(6)} s  ${cpu(s).padStart(10)}  ${s.name}`);
if (steps.every((s) => s.cpu !== null)) {
  console.log(`  processor time over all steps: ${steps.reduce((n, s) => n + s.cpu, 0).toFixed(0)} s (${jobs} at a time, TEST_JOBS)`);
}
// The slowest browser test files (each file's time from its page opening to its results), to see where time goes.
const timed = steps.flatMap((s) => s.counts.flatMap(([name, c]) => (c?.files ?? []).filter((f) => f.ms).map((f) => ({ ...f, name }))));
if (timed.length) {
  console.log('\nSlowest browser test files:');
  for (const f of timed.sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  ${(f.ms / 1000).toFixed(1).padStart(6)} s  ${f.file} (${f.name})`);
}
const failedSteps = steps.filter((s) => !s.ok);
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
