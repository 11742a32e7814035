// `npm run test:long`: the suites that take minutes or measure time against a budget (see `longFiles` in
// web-test-runner.config.js), in the production build. `.ci/run` runs it after `npm test`.
import { defaultReporter } from '@web/test-runner';
import config, { countingReporter, longFiles } from './web-test-runner.config.js';

export default {
  ...config,
  files: longFiles,
  // The hostile corpus alone runs several minutes.
  testsFinishTimeout: 1_800_000,
  reporters: [defaultReporter(), countingReporter('browser-long')],
};
