// The element tests again, in Lit's development build (what Vite, webpack and wds dev servers serve), where
// any Lit warning fails the run: an update scheduled after an update completed, several Lit versions, ...
// `npm test` runs it after the production run, over the element tests: what only this build catches is a Lit
// warning raised while an element renders and updates. Suites that repeat the same renders many times
// (property-based, pollution, rule tables, accessibility trees, Trusted Types pages) and the long suites run in
// production only; a new test file runs here unless it is listed below.
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

export default {
  ...config,
  files: ['test/*.test.ts', ...[...longFiles, ...productionOnly].map((f) => `!${f}`)],
  nodeResolve: { exportConditions: ['development'] },
  // The development build checks every template and binding: the 10,000-item FAQ test needs more than 10 s there.
  testFramework: { config: { timeout: 30000 } },
  // Before any test module: Lit's one "dev mode" notice is expected here; every other Lit warning (they
  // link to lit.dev/msg/…) is thrown outside the test, which fails the test file.
  testRunnerHtml: (testFramework) => `<!doctype html><html><head><script>
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
