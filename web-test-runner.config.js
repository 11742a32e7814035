import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromeArgs, ensureChrome } from './scripts/chrome.js';

/** Counts results for the plain `N passed, N failed` line of `npm test`. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (!s.testResults || s.errors?.length)) failed += s.errors?.length || 1;
      }
      mkdirSync('.test-results', { recursive: true });
      writeFileSync('.test-results/browser.json', JSON.stringify({ passed, failed, skipped }));
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

export default {
  files: ['test/**/*.test.ts'],
  // Lit's production build: no dev-mode warnings in the test output, and what merchants get.
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 600000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', loaders: { '.js': undefined } })],
  middleware: [testEndpoints],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: chromeArgs } })],
  reporters: [defaultReporter(), countingReporter()],
};
