// Writes .test-results/pages.json ({ passed, failed, skipped, failures }) for `npm test`: its plain
// `N passed, N failed` line and its list of failed tests.
import { mkdirSync, writeFileSync } from 'node:fs';

export default class CountReporter {
  passed = 0;
  failed = 0;
  skipped = 0;
  failures = [];

  onTestEnd(test, result) {
    if (result.status === 'skipped') this.skipped++;
    else if (result.status === test.expectedStatus) this.passed++;
    else if (result.retry === test.retries) {
      this.failed++;
      this.failures.push(`${test.location.file.replace(/^.*?test\/e2e\//, 'test/e2e/')}: ${test.titlePath().slice(3).join(' › ')}`);
    }
  }

  onEnd() {
    mkdirSync('.test-results', { recursive: true });
    writeFileSync('.test-results/pages.json', JSON.stringify({ passed: this.passed, failed: this.failed, skipped: this.skipped, failures: this.failures }));
  }

  printsToStdio() {
    return false;
  }
}
