// The element tests again, in Lit's development build (what Vite, webpack and wds dev servers serve), where
// any Lit warning fails the run: an update scheduled after an update completed, several Lit versions, ...
// `npm run test:long` runs it over the element tests: what only this build catches is a Lit warning raised while
// an element renders and updates. Suites that repeat the same renders many times (property-based, pollution,
// rule tables, accessibility trees, Trusted Types pages) and the long suites run in production only; a new test
// file runs here unless it is listed below. `DEV_SET=quick` runs only the files of each element's life (`devQuick`:
// rendering, updates, languages, drafts, the center, React and hydration), about half the time.
import { defaultReporter } from '@web/test-runner';
import config, { countingReporter, longFiles } from './web-test-runner.config.js';

const productionOnly = [
  'test/a11y-*.test.ts',
  'test/boundaries.test.ts',
  'test/center-schema.test.ts',
  'test/dispute-rules.test.ts',
  'test/secrets.test.ts',
  'test/secrets-paths.test.ts',
  'test/trusted-types*.test.ts',
];

export const devQuick = [
  'test/arabic.test.ts',
  'test/call-prep.test.ts',
  'test/call-prep-prefill.test.ts',
  'test/center*.test.ts',
  'test/controllers.test.ts',
  'test/dispute-checklist.test.ts',
  'test/draft*.test.ts',
  'test/faq.test.ts',
  'test/faq-events.test.ts',
  'test/hotline*.test.ts',
  'test/internal.test.ts',
  'test/react*.test.ts',
  'test/ssr-*.test.ts',
];

export default {
  ...config,
  files:
    process.env.DEV_SET === 'quick'
      ? [...devQuick, ...productionOnly.map((f) => `!${f}`)]
      : ['test/*.test.ts', ...[...longFiles, ...productionOnly].map((f) => `!${f}`)],
  nodeResolve: { exportConditions: ['development'] },
  // The development build checks every template and binding: the 10,000-item FAQ test needs more than 10 s there.
  testFramework: { config: { timeout: 30000 } },
  // Before any test module: Lit's one "dev mode" notice is expected here; every other Lit warning (they
  // link to lit.dev/msg/…) is thrown outside the test, which fails the test file.
  // EVERY_CASE_EVERY_PATH: every case of the detector tables through every output path (test/helpers.ts
  // `pathCases`; npm test sends a sample).
  testRunnerHtml: (testFramework) => `<!doctype html><html><head><script>
globalThis.EVERY_CASE_EVERY_PATH = true;
globalThis.litIssuedWarnings = new Set(['dev-mode']);
const warn = console.warn;
console.warn = function (...args) {
  const text = args.map(String).join(' ');
  if (text.includes('lit.dev/msg/')) setTimeout(() => { throw new Error('Lit warning in the development build: ' + text); });
  return warn.apply(this, args);
};
</script></head><body><script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [defaultReporter(), countingReporter('browser-dev')],
};
