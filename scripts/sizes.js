// Measures min, gzip and brotli bytes of each CDN file and of each registration entry bundled with Lit.
// Used by `npm run size` (with the budgets) and by the bench.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './minify-templates.js';

export const measure = (buf) => ({
  min: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/**
 * Rows `{ file, min, gzip, brotli }`: the CDN files, then (unless `cdnOnly`) each entry of dist/ bundled alone with
 * Lit: 23 Rollup and terser builds, about 50 s here, which `npm test` leaves out (they carry no budget).
 */
export async function measureSizes({ cdnOnly = false } = {}) {
  const files = [
    'cdn/support-widgets.js',
    'cdn/support-widgets.iife.js',
    ...readdirSync('cdn/locales')
      .filter((f) => f.endsWith('.js'))
      .map((f) => `cdn/locales/${f}`),
  ];
  const rows = files.map((file) => ({ file, ...measure(readFileSync(file)) }));
  if (cdnOnly) return rows;
  const entries = readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'index.js');
  // What issue 9's size target counts: the four elements with English, without <support-center>.
  const FOUR = 'faq.js + hotline.js + call-prep.js + dispute-checklist.js';
  for (const entry of [...entries, FOUR]) {
    const input = entry === FOUR ? 'four' : `dist/${entry}`;
    const four = {
      name: 'four-elements',
      resolveId: (id) => (id === 'four' ? id : null),
      load: (id) =>
        id === 'four'
          ? FOUR.split(' + ')
              .map((f) => `import './dist/${f}';`)
              .join('\n')
          : null,
    };
    const bundle = await rollup({ input, plugins: [four, minifyTemplates(), nodeResolve()], onwarn: () => {} });
    const { output } = await bundle.generate({
      format: 'es',
      plugins: [terser({ ecma: 2020, module: true, toplevel: true, compress: { passes: 3, pure_getters: true, unsafe_arrows: true } })],
    });
    await bundle.close();
    // The entry chunk with the chunks it imports statically: what a page using the entry loads. Other
    // languages and code loaded on demand (the hotline's callback checks) stay separate files, as in the CDN build.
    const chunks = new Map(output.filter((o) => o.type === 'chunk').map((o) => [o.fileName, o]));
    const loaded = new Set();
    const load = (chunk) => {
      if (loaded.has(chunk)) return;
      loaded.add(chunk);
      chunk.imports.forEach((f) => load(chunks.get(f)));
    };
    load(output.find((o) => o.type === 'chunk' && o.isEntry));
    const code = [...loaded].map((c) => c.code).join('\n');
    rows.push({ file: entry === FOUR ? 'four elements + Lit (no center)' : `${entry} + Lit`, entry: true, ...measure(Buffer.from(code)) });
  }
  return rows;
}
