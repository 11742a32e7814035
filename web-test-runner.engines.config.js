// The browser tests in Firefox and WebKit (scripts/engines.js): `WTR_ENGINE=firefox npx wtr --config
// web-test-runner.engines.config.js` (or `webkit`; `npm run test:firefox`, `npm run test:webkit`). `npm test`
// runs both after the Chromium pass. The same test files as the Chromium pass (a new test file runs in all three),
// less the ones listed in `chromiumOnly` and `notYet` with their reason.
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

/**
 * Test files kept out of the Firefox and WebKit passes, file → reason: one needs a Chromium-only API; the others
 * run engine-independent JavaScript (the card-number and secret detector) over thousands of generated inputs, which would add minutes to `npm test` and check nothing the
 * engine decides. Every other browser test file runs in all three engines.
 */
export const chromiumOnly = {
  'test/a11y-tree.test.ts': "Chromium's full accessibility tree through CDP (Accessibility.getFullAXTree) in every test",
  'test/faq-typing-layout.test.ts': "the renderer's layout time while typing, through CDP's Performance.getMetrics",
  'test/ssr-zone.test.ts': "a visitor in another time zone than the machine's, through CDP's time zone emulation (Emulation.setTimezoneOverride)",
  'test/call-prep-prefill-when.test.ts':
    "a viewer in another time zone than the machine's (the summary's wall time across DST gaps), through CDP's Emulation.setTimezoneOverride",
  'test/secrets.test.ts': 'the card-number and secret detector (string rules) over property-based runs of generated inputs',
  'test/secrets-redteam.test.ts': "the detector against the red team's inputs and property-based variations of them",
  'test/secrets-recheck.test.ts': "the detector's results and its linear time on 1 MB strings (a time budget on string code)",
  'test/secrets-paths.test.ts':
    "generated card numbers and secrets through every way text leaves an element; the engine-dependent ways (storage, copy, print, download) are checked in each element's own file",
};

/**
 * Test files not yet in the Firefox and WebKit passes (open, issue 22), file → why. ENGINE_FILES still runs them.
 */
export const notYet = {};

/**
 * The files `npm test` runs in Firefox and WebKit (ENGINE_SET=quick): those whose outcome the engine decides:
 * rendering and layout, focus and keyboard, axe, Intl (dates, time zones, digits), clipboard, printing, typing,
 * declarative shadow DOM and hydration, Trusted Types. Keeping `npm test` within its 10 minutes on 2 cores, the
 * rest (rule tables, config and storage code, property-based runs, fetch paths, the React wrappers: the same
 * JavaScript in any engine) runs in Chromium there. `npm run test:firefox` and `npm run test:webkit`
 * (ENGINE_SET=all, the default here) run every file. `npm run test:long` (ENGINE_SET=rest) runs the files not
 * in this list, so that CI, which runs both, tests every file in all three engines.
 */
export const quickFiles = [
  'test/engines.test.ts',
  'test/engines-typing.test.ts',
  'test/a11y-apg.test.ts',
  'test/a11y-findings.test.ts',
  'test/a11y-keyboard.test.ts',
  'test/arabic.test.ts',
  'test/call-prep.test.ts',
  'test/call-prep-facts.test.ts',
  'test/center.test.ts',
  'test/dispute-checklist.test.ts',
  'test/dispute-future-date.test.ts',
  // An element made narrower after its first layout (a phone turned): WebKit kept a grid row's old height.
  'test/narrowing.test.ts',
  'test/faq.test.ts',
  // Long FAQs: content-visibility, idle-time search text and highlights, find-in-page (21 s in Firefox, 59 s in
  // WebKit alone; it once timed out in the whole-file pass on a machine loaded 10 times over).
  'test/faq-data.test.ts',
  'test/hotline.test.ts',
  'test/hotline-clock.test.ts',
  'test/hotline-contacts.test.ts',
  'test/hotline-special-hours.test.ts',
  'test/ssr-hydration.test.ts',
  'test/trusted-types.test.ts',
  'test/trusted-types-lit.test.ts',
];
const set = process.env.ENGINE_SET ?? 'all';
if (!['all', 'quick', 'rest'].includes(set)) {
  console.error(`ENGINE_SET must be quick, rest or all, not ${set}.`);
  process.exit(1);
}

export default {
  ...config,
  // ENGINE_FILES (comma-separated) runs only those files in this engine, as `--files` would.
  files: [
    ...(process.env.ENGINE_FILES?.split(',') ??
      (set === 'quick'
        ? quickFiles
        : [...config.files, ...Object.keys(notYet).map((f) => `!${f}`), ...(set === 'rest' ? quickFiles.map((f) => `!${f}`) : [])])),
    ...Object.keys(chromiumOnly).map((f) => `!${f}`),
  ],
  browsers: [launchers[engine]()],
  // Firefox and WebKit start slower than Chromium, more so on a loaded machine.
  browserStartTimeout: 120000,
  // WebKit through WebDriver and Firefox through BiDi run the same test 2 to 4 times slower than Chromium, and
  // `npm test` runs the two side by side: tests that take 3 to 5 s alone (axe over <support-center>) go past 10 s
  // on a loaded machine, and CI's WebKit pass failed once with no other cause found. Tests wait for state; this
  // only bounds a hang.
  testFramework: { config: { timeout: 30000 } },
  reporters: [defaultReporter(), countingReporter(`browser-${engine}${set === 'quick' ? '' : `-${set}`}`)],
};
