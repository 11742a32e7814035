// cdn/integrity.json (scripts/integrity.js, the build's last step) and the snippets made from it
// (scripts/cdn-snippets.js): what a merchant pins must be the hash of what the package ships. After a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { cdnBase, importMapCsp, rewrite } from '../../scripts/cdn-snippets.js';

const shipped = JSON.parse(readFileSync('cdn/integrity.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Every file under cdn/, as paths relative to it. */
const walk = (dir, prefix = '') =>
  readdirSync(dir).flatMap((name) => (statSync(`${dir}/${name}`).isDirectory() ? walk(`${dir}/${name}`, `${prefix}${name}/`) : [`${prefix}${name}`]));

test('cdn/integrity.json holds the sha384 of every file of cdn/, recomputed here from the files, and nothing else', () => {
  const files = walk('cdn').filter((f) => f !== 'integrity.json');
  assert.ok(files.includes('support-widgets.js') && files.includes('support-widgets.iife.js') && files.some((f) => /^locales\/faq\.[a-zA-Z-]+\.js$/.test(f)));
  assert.deepEqual(Object.keys(shipped).sort(), files.sort());
  for (const file of files) {
    assert.equal(
      shipped[file],
      `sha384-${createHash('sha384')
        .update(readFileSync(`cdn/${file}`))
        .digest('base64')}`,
      file,
    );
  }
});

test('cdn/integrity.json is the same bytes when written again from the same files (sorted keys, no date)', () => {
  const before = readFileSync('cdn/integrity.json');
  const run = spawnSync(process.execPath, ['scripts/integrity.js'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(readFileSync('cdn/integrity.json'), before);
  const keys = Object.keys(JSON.parse(before));
  assert.deepEqual(keys, [...keys].sort());
});

test('the npm package ships cdn/integrity.json beside the files it hashes', () => {
  const run = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const packed = new Set(JSON.parse(run.stdout)[0].files.map((f) => f.path));
  assert.ok(packed.has('cdn/integrity.json'));
  for (const file of Object.keys(shipped)) assert.ok(packed.has(`cdn/${file}`), `cdn/${file} is in the package`);
});

test("the README's first example is the pinned, verified snippet of this build; every CDN tag in README.md and docs/ carries its hash", () => {
  const run = spawnSync(process.execPath, ['scripts/cdn-snippets.js', '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const base = cdnBase(version);
  const readme = readFileSync('README.md', 'utf8');
  const first = readme.match(/^```html\n[^]*?^```$/m)[0];
  assert.ok(
    first.includes(`<script type="module" src="${base}support-widgets.js" integrity="${shipped['support-widgets.js']}" crossorigin="anonymous"></script>`),
    'the module tag: exact version, its hash, CORS',
  );
  const map = JSON.parse(first.match(/<script type="importmap">([^]*?)<\/script>/)[1]);
  for (const file of Object.keys(shipped).filter((f) => /^locales\/.*\.js$/.test(f))) assert.equal(map.integrity[`${base}${file}`], shipped[file], file);
  // docs/security.md shows the CSP hash of exactly that import map.
  assert.ok(readFileSync('docs/security.md', 'utf8').includes(importMapCsp(base, shipped)));
  // A changed file's hash would make the pages stale, and so fail `--check`.
  assert.notEqual(rewrite(readme, version, { ...shipped, 'locales/faq.de.js': 'sha384-changed' }), readme);
});
