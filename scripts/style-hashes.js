// dist/style-hashes.json: the SHA-256 hash of the <style> text that server rendering (@lit-labs/ssr) writes
// into each element's declarative shadow root, for a strict `style-src` (docs/security.md). Lit's server
// renderer writes a class's `elementStyles` joined, so this hashes the same text; test/node/style-hashes.test.js
// checks it against real server renders. Run by scripts/build.js after tsc.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .map((d) => d.tagName)
  .sort();
await import('../dist/index.js');

const elements = {};
for (const tag of tags) {
  const ctor = customElements.get(tag);
  if (!ctor) throw new Error(`scripts/style-hashes.js: <${tag}> is not registered by dist/index.js.`);
  ctor.finalize();
  const text = (ctor.elementStyles ?? []).map((s) => s.cssText).join('');
  if (text) elements[tag] = `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
const styleSrc = [...new Set(Object.values(elements))].map((h) => `'${h}'`).join(' ');
writeFileSync(
  'dist/style-hashes.json',
  `${JSON.stringify({ about: "Hashes of the <style> each element writes in server-rendered HTML: add `styleSrc` to your Content-Security-Policy's style-src (docs/security.md).", styleSrc, elements }, null, 2)}\n`,
);
