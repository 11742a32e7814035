// The browser tests in Firefox and WebKit (scripts/engines.js): `WTR_ENGINE=firefox npx wtr --config
// web-test-runner.engines.config.js` (or `webkit`; `npm run test:firefox`, `npm run test:webkit`). `npm test`
// runs both after the Chromium pass. The same test files as the Chromium pass, less the ones listed in
// `chromiumOnly` with their reason.
import { defaultReporter } from '@web/test-runner';
import config, { countingReporter } from './web-test-runner.config.js';
import { ensureEngines, firefoxLauncher, webkitLauncher } from './scripts/engines.js';

const engine = process.env.WTR_ENGINE;
const launchers = { firefox: firefoxLauncher, webkit: webkitLauncher };
if (!launchers[engine]) {
  console.error(`WTR_ENGINE must be one of ${Object.keys(launchers).join(', ')} (Chromium: the default config), not ${engine ?? 'unset'}.`);
  process.exit(1);
}
ensureEngines();

/** Test files that need a Chromium-only API, kept out of the other engines' passes: file → reason. */
export const chromiumOnly = {
  'test/a11y-tree.test.ts': "Chromium's full accessibility tree through CDP (Accessibility.getFullAXTree) in every test",
};

export default {
  ...config,
  files: [...config.files, ...Object.keys(chromiumOnly).map((f) => `!${f}`)],
  browsers: [launchers[engine]()],
  // Firefox and WebKit start slower than Chromium, more so on a loaded machine.
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), countingReporter(`browser-${engine}`)],
};
