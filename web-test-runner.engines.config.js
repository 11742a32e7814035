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

/**
 * The test files that run in Firefox and WebKit too: those whose outcome depends on the engine (rendering,
 * layout, focus and keyboard, axe, Intl, clipboard, printing, Trusted Types). The
 * others exercise the same JavaScript in any engine (rule tables, redaction, parsers, property-based runs,
 * React wrappers, server rendering fed to the browser) and run in Chromium only, which keeps `npm test` within its time.
 */
// Not yet: test/internal.test.ts ("first renders … run in several short tasks" rendered all three elements in
// the defining task in 1 of 2 Firefox runs: the first-render scheduler's timing there is to be looked into).
export const engineFiles = [
  'test/engines.test.ts',
  'test/a11y-apg.test.ts',
  'test/a11y-findings.test.ts',
  'test/a11y-keyboard.test.ts',
  'test/arabic.test.ts',
  'test/call-prep.test.ts',
  'test/center.test.ts',
  'test/dispute-checklist.test.ts',
  'test/dispute-future-date.test.ts',
  'test/faq.test.ts',
  'test/hotline.test.ts',
  'test/hotline-clock.test.ts',
  'test/trusted-types.test.ts',
  'test/trusted-types-lit.test.ts',
];

export default {
  ...config,
  // ENGINE_FILES (comma-separated) runs other files in this engine, as `--files` would.
  files: [...(process.env.ENGINE_FILES?.split(',') ?? engineFiles), ...Object.keys(chromiumOnly).map((f) => `!${f}`)],
  browsers: [launchers[engine]()],
  // Firefox and WebKit start slower than Chromium, more so on a loaded machine.
  browserStartTimeout: 120000,
  reporters: [defaultReporter(), countingReporter(`browser-${engine}`)],
};
