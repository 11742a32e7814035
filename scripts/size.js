// npm run size: min, gzip and brotli bytes of each CDN file and of each registration entry bundled with
// Lit, checked against the gzip budgets in size-budget.json. Exits 1 over budget. `--budgets` (npm test): only the
// files that have a budget, the CDN files; the entries bundled with Lit are a report, printed by `npm run size`.
import { existsSync, readFileSync } from 'node:fs';
import { measureSizes } from './sizes.js';

const budgets = JSON.parse(readFileSync('size-budget.json', 'utf8'));
function budgetFor(file) {
  for (const [pattern, budget] of Object.entries(budgets)) {
    if (pattern.startsWith('//')) continue;
    const re = new RegExp(`^${pattern.replace(/[.+]/g, '\\$&').replace(/\*/g, '[^/]+')}$`);
    if (re.test(file)) return budget;
  }
  return undefined;
}

if (!existsSync('cdn/support-widgets.js')) {
  console.error('No cdn/ build: run `npm run build` first.');
  process.exit(1);
}
let over = 0;
const pad = (s, n, right) => (right ? String(s).padStart(n) : String(s).padEnd(n));
console.log(`${pad('file', 34)} ${pad('min', 8, 1)} ${pad('gzip', 8, 1)} ${pad('brotli', 8, 1)} ${pad('budget', 8, 1)} ${pad('target', 8, 1)}`);
for (const row of await measureSizes({ cdnOnly: process.argv.includes('--budgets') })) {
  const budget = budgetFor(row.file);
  const ok = !budget || row.gzip <= budget.gzip;
  if (!ok) over++;
  const target = budget?.target ? `${pad(budget.target, 8, 1)}${row.gzip > budget.target ? ` (+${row.gzip - budget.target})` : ''}` : pad('', 8, 1);
  console.log(
    `${pad(row.file, 34)} ${pad(row.min, 8, 1)} ${pad(row.gzip, 8, 1)} ${pad(row.brotli, 8, 1)} ${pad(budget?.gzip ?? '', 8, 1)} ${target} ${budget ? (ok ? 'ok' : 'OVER') : ''}`,
  );
}
if (over) {
  console.error(`${over} file(s) over their gzip budget in size-budget.json.`);
  process.exit(1);
}
