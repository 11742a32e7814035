// What test files get when they import '@open-wc/testing' (web-test-runner.config.js, `waitLonger`): the same
// module, with `waitUntil` giving up after 5 s instead of its 1 s unless the test says otherwise. Tests wait for
// state, and a state that takes 50 ms alone takes more than a second in WebKit on a machine loaded ten times over
// (CI ran Firefox and WebKit beside the Chromium pass); a test that passes still ends as soon as the state holds.
import { waitUntil as waitOneSecond } from '@open-wc/testing';

export * from '@open-wc/testing';

export const waitUntil: typeof waitOneSecond = (predicate, message, options = {}) => waitOneSecond(predicate, message, { timeout: 5000, ...options });
