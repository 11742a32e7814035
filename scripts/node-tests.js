// The Node tests (test/node/*.test.js: server import and server rendering, after `npm run build`). Prints
// node:test's spec report and writes the counts to .test-results/node.json for the summary line of `npm test`.
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';

const files = readdirSync('test/node')
  .filter((f) => f.endsWith('.test.js'))
  .map((f) => `test/node/${f}`);
let passed = 0;
let failed = 0;
const failures = [];
const stream = run({ files, concurrency: 1 });
stream.on('test:pass', (t) => {
  if (t.details?.type !== 'suite' && !t.skip && !t.todo) passed++;
});
stream.on('test:fail', (t) => {
  if (t.details?.type !== 'suite') {
    failed++;
    failures.push(`${t.file?.replace(`${process.cwd()}/`, '') ?? ''}: ${t.name}`);
  }
});
stream.on('end', () => {
  mkdirSync('.test-results', { recursive: true });
  writeFileSync('.test-results/node.json', JSON.stringify({ passed, failed, failures }));
  if (!passed && !failed) console.error('No Node test ran.');
  process.exitCode = failed || !passed ? 1 : 0;
});
stream.compose(spec).pipe(process.stdout);
