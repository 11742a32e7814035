import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { sep } from 'node:path';
import { chromeArgs, ensureChrome } from './scripts/chrome.js';
import { a11yCommandsPlugin } from './scripts/a11y-commands.js';
import { boundaryEndpoints } from './test/server/boundaries.js';
import { caseEndpoint } from './test/server/case-id.js';
import { callbackEndpoint } from './test/server/callback.js';
import { languagesEndpoint } from './test/server/languages.js';
import { requestEndpoints } from './test/server/requests.js';

/**
 * Counts results for the plain `N passed, N failed` line of `npm test`, into .test-results/<name>.json, with
 * each test file's time (from its page starting to its results), its tests' own time and those of a second or more,
 * and the names of its failed tests with their errors' first lines, which `npm test` lists at the end.
 */
export function countingReporter(name = 'browser') {
  const started = new Map();
  const took = new Map();
  return {
    start({ sessions, startTime }) {
      sessions.on('session-status-updated', (s) => {
        if (s.status === 'INITIALIZING') started.set(s.testFile, Date.now());
        // The first file may start before this reporter listens: it started with the run.
        if (s.status === 'FINISHED') took.set(s.testFile, Date.now() - (started.get(s.testFile) ?? startTime));
      });
    },
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const files = [];
      for (const s of sessions) {
        const file = {
          file: s.testFile.replace(`${process.cwd()}/`, ''),
          ms: took.get(s.testFile) ?? null,
          passed: 0,
          failed: 0,
          failures: [],
          testsMs: 0,
          slow: [],
        };
        const walk = (suite, path) => {
          for (const t of suite.tests) {
            // The tests' own time, and each test of a second or more: the rest of the file's time is its page and hooks.
            file.testsMs += t.duration ?? 0;
            if (t.duration >= 1000) file.slow.push([[...path, t.name].join(' › '), t.duration]);
            if (t.skipped) skipped++;
            else if (t.passed) file.passed++;
            else {
              file.failed++;
              // With the first line of its error, so a failure on CI's machine can be read from its summary.
              const why = String(t.error?.message ?? '')
                .split('\n')[0]
                .slice(0, 240);
              file.failures.push(`${[...path, t.name].join(' › ')}${why ? ` — ${why}` : ''}`);
            }
          }
          for (const child of suite.suites) walk(child, [...path, child.name]);
        };
        if (s.testResults) walk(s.testResults, []);
        if (!s.passed && (!s.testResults || s.errors?.length)) {
          file.failed += s.errors?.length || 1;
          file.failures.push(...(s.errors?.length ? s.errors.map((e) => `(file) ${e.message}`) : ['(file) did not finish']));
        }
        passed += file.passed;
        failed += file.failed;
        files.push(file);
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${name}.json`, JSON.stringify({ passed, failed, skipped, files }, null, 1));
    },
  };
}

// React and React DOM ship CommonJS behind an index that picks a build from `process.env.NODE_ENV`. For the
// React wrapper tests, bare `react`, `react-dom`, `react-dom/client` and `scheduler` resolve to small ES
// modules that import the production build (wrapped by the commonjs plugin in a `__require` function) and
// re-export its names, read from its `exports.x =` lines.
const reactBuilds = {
  react: 'react/cjs/react.production.js',
  'react-dom': 'react-dom/cjs/react-dom.production.js',
  'react-dom/client': 'react-dom/cjs/react-dom-client.production.js',
  scheduler: 'scheduler/cjs/scheduler.production.js',
};
const commonjs = fromRollup(rollupCommonjs);
function reactModules() {
  const urls = Object.fromEntries(Object.keys(reactBuilds).map((name) => [name, `/__react/${name.replace('/', '-')}.js`]));
  return {
    name: 'react-modules',
    resolveImport({ source }) {
      return urls[source];
    },
    serve(context) {
      const name = Object.keys(urls).find((n) => urls[n] === context.path);
      if (!name) return undefined;
      const source = readFileSync(`node_modules/${reactBuilds[name]}`, 'utf8');
      const names = [...new Set([...source.matchAll(/\bexports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1]))];
      return {
        type: 'js',
        body: `import { __require } from '/node_modules/${reactBuilds[name]}';\nconst m = __require();\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
      };
    },
  };
}

/** Endpoints the tests talk to: a real HTTP handler that can fail and then succeed. */
const attempts = new Map();
function testEndpoints(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/__endpoint/')) return next();
  const mode = url.pathname.split('/')[2];
  const key = url.searchParams.get('key') ?? '';
  const count = (attempts.get(key) ?? 0) + 1;
  attempts.set(key, count);
  const fail = mode === 'fail' || (mode === 'flaky' && count === 1);
  context.status = fail ? 503 : 200;
  context.type = 'application/json';
  context.body = JSON.stringify(fail ? { error: 'unavailable' } : { ok: true, attempt: count });
  return undefined;
}

/** What the library sent: `POST /__capture/<key>` keeps the request body, `GET /__capture/<key>` returns it. */
const captured = new Map();
async function captureEndpoint(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/__capture/')) return next();
  const key = url.pathname.slice('/__capture/'.length);
  if (context.method === 'POST') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    captured.set(key, Buffer.concat(chunks).toString('utf8'));
    context.type = 'application/json';
    context.body = '{"ok":true}';
  } else {
    context.type = 'text/plain';
    context.body = captured.get(key) ?? '';
  }
  context.status = 200;
  return undefined;
}

/**
 * Server renders for the hydration test (test/ssr-hydration.test.ts), from the built package: `/__ssr/<element>`;
 * `?bare`: by a server that imported no language file; `?zone=Asia/Dubai`: by a server in that time zone.
 */
async function serverRenders(context, next) {
  const match = /^\/__ssr\/([a-z-]+)$/.exec(context.path);
  if (!match) return next();
  const { names, renderElement } = await import('./test/node/server-render.js');
  if (!names.includes(match[1])) return next();
  context.type = 'text/html';
  context.body = await renderElement(match[1], context.query.bare !== undefined, context.query.zone);
  return undefined;
}

/**
 * Every test page behaves as the focused page, as a user's tab does: focus, blur and `:focus-visible` never
 * depend on which tab the browser focused last (in a long run, a page could lose it and its focus tests fail).
 */
async function focusedPage({ context }) {
  const page = await context.newPage();
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: true });
  return page;
}

/**
 * Suites that take minutes or hold performance budgets (which need a quiet machine): the hostile corpus and
 * fuzzing, huge inputs, property-based runs at full count. `npm run test:long` runs them
 * (web-test-runner.long.config.js); `npm test` and a bare `wtr` run every other test file.
 */
export const longFiles = ['test/hostile/**/*.test.ts', 'test/huge-input.test.ts', 'test/budgets.test.ts'];

/**
 * Test files that import '@open-wc/testing' get test/open-wc.ts instead, which re-exports it with `waitUntil`
 * waiting up to 5 s by default (see there); that file itself gets the real module.
 */
function waitLonger() {
  return {
    name: 'wait-longer',
    resolveImport({ source, context }) {
      if (source === '@open-wc/testing' && !context.path.endsWith('/test/open-wc.ts')) return '/test/open-wc.ts';
    },
  };
}

/**
 * WTR_SHARD=k/n: every n-th test file from the k-th, in name order, to split the Chromium pass across processes
 * or machines (`WTR_SHARD=1/2 npx wtr --port 8014` beside `WTR_SHARD=2/2 npx wtr --port 8015`), each in its own
 * browser: one browser's pages share localStorage, focus and the test server's records (`--concurrency 2` in one
 * browser broke 28 tests). `npm test` runs its Chromium pass as two halves side by side (scripts/test.js). Without
 * it, every file.
 */
const files = ['test/**/*.test.ts', ...longFiles.map((f) => `!${f}`)];
const shard = /^(\d+)\/(\d+)$/.exec(process.env.WTR_SHARD ?? '');
function shardFiles(k, n) {
  const long = new RegExp(`^(${longFiles.map((f) => f.replace(/[.]/g, '\\.').replace('/**/', '/(.+/)?').replace('*', '[^/]*')).join('|')})$`);
  const all = readdirSync('test', { recursive: true })
    .map((f) => `test/${f.split(sep).join('/')}`)
    .filter((f) => f.endsWith('.test.ts') && !long.test(f))
    .sort();
  return all.filter((_, i) => i % n === k - 1);
}

export default {
  files: shard ? shardFiles(Number(shard[1]), Number(shard[2])) : files,
  // Lit's production build: no dev-mode warnings in the test output, and what merchants get.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  plugins: [
    waitLonger(),
    reactModules(),
    a11yCommandsPlugin(),
    commonjs({ include: ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.js': undefined } }),
  ],
  middleware: [testEndpoints, captureEndpoint, serverRenders, boundaryEndpoints, caseEndpoint, requestEndpoints, callbackEndpoint, languagesEndpoint],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: chromeArgs }, createPage: focusedPage })],
  reporters: [defaultReporter(), countingReporter(shard ? `browser-${shard[1]}` : 'browser')],
};
