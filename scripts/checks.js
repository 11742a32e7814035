// Shared by the page-level checks (served-check.js, host-check.js): the strict policy a merchant may run,
// and the ✓/✗ lines with their counts for the plain `N passed, N failed` line of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';

/** The Content-Security-Policy of issue 8, Trusted Types enforced; the README documents it for merchants. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html support-widgets 'allow-duplicates'";

/** Counts checks; `finish()` writes `.test-results/<name>.json` (with the failed checks' labels), prints the totals and exits 1 on a failure. */
export function checks(name, title) {
  let passed = 0;
  let failed = 0;
  const failures = [];
  return {
    check(label, ok, detail = '') {
      if (ok) passed++;
      else {
        failed++;
        failures.push(label);
      }
      console.log(`${ok ? '  ✓' : '  ✗'} ${label}${ok || !detail ? '' : `\n      ${detail}`}`);
    },
    finish() {
      mkdirSync('.test-results', { recursive: true });
      writeFileSync(`.test-results/${name}.json`, JSON.stringify({ passed, failed, failures }));
      console.log(`${title}: ${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    },
  };
}
