// Writes .test-results/pages.json ({ passed, failed, skipped }) for the plain `N passed, N failed` line of
// `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';

export default class CountReporter {
  passed = 0;
  failed = 0;
  skipped = 0;

  onTestEnd(test, result) {
    if (result.status === 'skipped') this.skipped++;
    else if (result.status === test.expectedStatus) this.passed++;
    else if (result.retry === test.retries) this.failed++;
  }

  onEnd() {
    mkdirSync('.test-results', { recursive: true });
    writeFileSync('.test-results/pages.json', JSON.stringify({ passed: this.passed, failed: this.failed, skipped: this.skipped }));
  }

  printsToStdio() {
    return false;
  }
}
