// The languages table in README.md and docs/languages.md is the one scripts/languages-table.js makes from the
// CDN build (run after `npm run build`): a stale table, or a table edited by hand, fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { table } from '../../scripts/languages-table.js';

test('README.md and docs/languages.md hold the languages table of this build', () => {
  const run = spawnSync(process.execPath, ['scripts/languages-table.js', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  for (const page of ['README.md', 'docs/languages.md']) assert.ok(readFileSync(page, 'utf8').includes(table()), page);
});

test('the table lists all eighteen languages, with the sizes of the built ones', () => {
  const rows = table()
    .split('\n')
    .filter((line) => line.startsWith('| `') && !line.startsWith('| `lang`'));
  assert.equal(rows.length, 18);
  assert.match(table(), /\| `ar`, `ar-\*` \| Arabic \(Modern Standard\): العربية \| right to left \| \d+ B in all, largest \d+ B \|/);
  assert.match(table(), /`zh-TW`, `zh-HK`, `zh-MO`/);
});
