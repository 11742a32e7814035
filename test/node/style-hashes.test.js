// dist/style-hashes.json (scripts/style-hashes.js) holds the hash of every <style> that server rendering really
// writes, for every element: a page whose style-src lists `styleSrc` gets no violation (test/ssr-csp-hashes.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { names, renderElement } from './server-render.js';

const shipped = JSON.parse(readFileSync('dist/style-hashes.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

test('style-hashes.json: one hash per element, exported by the package', () => {
  const tags = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .map((d) => d.tagName);
  assert.deepEqual(Object.keys(shipped.elements).sort(), [...tags].sort());
  assert.equal(pkg.exports['./style-hashes.json'], './dist/style-hashes.json');
  assert.equal(shipped.styleSrc, [...new Set(Object.values(shipped.elements))].map((h) => `'${h}'`).join(' '));
});

test('style-hashes.json: every <style> of every server render has its hash in styleSrc', async () => {
  const seen = new Set();
  for (const name of names) {
    const html = await renderElement(name);
    for (const [, css] of html.matchAll(/<style>([^]*?)<\/style>/g)) seen.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  }
  // The FAQ, its items, the hotline, the call form, the checklist and the center.
  assert.equal(seen.size, 6);
  for (const hash of seen) assert.ok(shipped.styleSrc.includes(hash), hash);
});
