// The page checks (`npm run test:pages`, part of `npm test`): the built CDN files on the demo pages and on
// hostile host pages, and the visual baselines, in Chromium through @playwright/test. Needs a build.
import { defineConfig } from '@playwright/test';
import { chromeArgs, ensureChrome } from './scripts/chrome.js';

export default defineConfig({
  testDir: 'test/e2e',
  // Two cores: one worker keeps the timings of the pages' own checks (layout, focus) steady.
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // Visual baselines: a per-pixel colour distance that absorbs anti-aliasing, and a few hundred pixels for
    // glyph edges; a moved, recoloured or missing element changes thousands. See test/e2e/visual.spec.js.
    toHaveScreenshot: { threshold: 0.2, maxDiffPixels: 300, animations: 'disabled', caret: 'hide', scale: 'css' },
  },
  snapshotPathTemplate: '{testDir}/__screenshots__/{arg}{ext}',
  outputDir: '.test-results/playwright',
  globalSetup: './test/e2e/global-setup.js',
  reporter: [['list'], ['./test/e2e/count-reporter.js']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: ensureChrome(), args: chromeArgs },
    trace: 'off',
  },
});
