// node scripts/integrity.js (the last step of `npm run build`): cdn/integrity.json, the Subresource Integrity
// hash of every file in cdn/ (bundles, language files, source maps), keyed by its path relative to cdn/, so a
// merchant can pin what a CDN serves. It hashes whatever the build wrote, so a new or split file is covered
// without a change here. Deterministic: the files' bytes only, keys sorted, no date.
// See docs/security.md#pinned-and-verified and scripts/cdn-snippets.js (the README's snippets, made from it).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const CDN = 'cdn';
export const INTEGRITY_FILE = 'integrity.json';

/**
 * `sha384-<base64>` of `bytes`: the form of the `integrity` attribute and of an import map's `integrity` entries
 * (W3C Subresource Integrity §3.1; SHA-384 as the spec's examples and srihash.org use).
 */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Every file under `dir` (integrity.json itself left out), as `/`-separated paths relative to it, sorted. */
export function cdnFiles(dir = CDN) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => path !== INTEGRITY_FILE)
    .sort();
}

/** The hash of every file under `dir`, keyed by its path relative to it, in sorted order. */
export function integrity(dir = CDN) {
  return Object.fromEntries(cdnFiles(dir).map((path) => [path, sri(readFileSync(join(dir, path)))]));
}

/** integrity.json's text: two-space JSON, one file per line, a final newline. */
export const integrityJson = (hashes) => `${JSON.stringify(hashes, null, 2)}\n`;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, ''))) {
  const hashes = integrity();
  if (!Object.hasOwn(hashes, 'support-widgets.js')) {
    console.error('No cdn/support-widgets.js: run the whole build (`npm run build`).');
    process.exit(1);
  }
  writeFileSync(join(CDN, INTEGRITY_FILE), integrityJson(hashes));
}
