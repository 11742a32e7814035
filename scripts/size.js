// npm run size: min, gzip and brotli bytes of each CDN file and of each registration entry bundled with
// Lit, checked against size-budget.json. Exits 1 over budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8'));
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const measure = (buf) => ({ min: buf.length, gzip: gzip(buf), brotli: brotli(buf) });

function budgetFor(file) {
  for (const [pattern, budget] of Object.entries(budgets)) {
    if (pattern === '//') continue;
    const re = new RegExp(`^${pattern.replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`);
    if (re.test(file)) return budget;
  }
  return undefined;
}

if (!existsSync('cdn/support-widgets.js')) {
  console.error('No cdn/ build: run `npm run build` first.');
  process.exit(1);
}
const files = ['cdn/support-widgets.js', 'cdn/support-widgets.iife.js', ...readdirSync('cdn/locales').filter((f) => f.endsWith('.js')).map((f) => `cdn/locales/${f}`)];
const rows = [];
let over = 0;
for (const file of files) {
  const m = measure(readFileSync(file));
  const budget = budgetFor(file);
  const ok = !budget || m.gzip <= budget.gzip;
  if (!ok) over++;
  rows.push({ file, ...m, budget: budget ? budget.gzip : '', status: budget ? (ok ? 'ok' : 'OVER') : '' });
}

// Each registration entry alone, bundled with Lit as a merchant's bundler would.
const entries = readdirSync('dist').filter((f) => f.endsWith('.js') && f !== 'index.js');
for (const entry of entries) {
  const bundle = await rollup({ input: `dist/${entry}`, plugins: [nodeResolve()], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser({ module: true, toplevel: true, compress: { passes: 3 } })] });
  await bundle.close();
  rows.push({ file: `entry ${entry} + lit (all languages)`, ...measure(Buffer.from(output[0].code)), budget: '', status: '' });
}

const pad = (s, n, right) => (right ? String(s).padStart(n) : String(s).padEnd(n));
console.log(`${pad('file', 44)} ${pad('min', 8, 1)} ${pad('gzip', 8, 1)} ${pad('brotli', 8, 1)} ${pad('budget', 8, 1)}`);
for (const r of rows) console.log(`${pad(r.file, 44)} ${pad(r.min, 8, 1)} ${pad(r.gzip, 8, 1)} ${pad(r.brotli, 8, 1)} ${pad(r.budget, 8, 1)} ${r.status}`);
if (over) {
  console.error(`${over} file(s) over the gzip budget in size-budget.json.`);
  process.exit(1);
}
