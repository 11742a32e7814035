// The bench chart of the performance page, drawn at build time from bench/results/latest.json (written by
// `npm run bench`): a table a screen reader reads as a table, each row with its bar drawn in SVG beside the
// figures. No script runs and no style attribute is written (the site's CSP allows neither): the bars are
// SVG geometry in percent, so the chart reflows at any width.

const escape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const times = (x) => `${x.toFixed(2)}×`;
const pct = (x) => `${x.toFixed(2)}%`;
const LIBRARY = { sw: 'support-widgets', shoelace: 'Shoelace' };

/** The chart as HTML, from the bench's results object; the empty string when it has no ratios. */
export function benchChart(results) {
  const rows = Object.entries(results?.ratios ?? {})
    .map(([name, s]) => {
      // "FAQ render, 1000 items (sw / native)": the measure, and the library compared with native HTML.
      const m = /^(.*) \((\w+) \/ native\)$/.exec(name);
      if (!m || ![s.median, s.min, s.max].every(Number.isFinite)) return undefined;
      return { measure: m[1].replace(/\b(\d{4,})\b/g, (n) => Number(n).toLocaleString('en')), library: LIBRARY[m[2]] ?? m[2], key: m[2], ...s };
    })
    .filter(Boolean);
  if (!rows.length) return '';
  // Whole units on the scale, at least up to 2× native, so the native line never sits at the right edge.
  const top = Math.max(2, Math.ceil(Math.max(...rows.map((r) => r.max))));
  const x = (v) => (v / top) * 100;
  const date = results.date ? new Date(results.date).toISOString().slice(0, 10) : '';
  const bar = (r) =>
    `<svg class="bar" aria-hidden="true" focusable="false" viewBox="0 0 100 12" preserveAspectRatio="none" width="100%" height="24">` +
    `<rect class="bar-${r.key === 'sw' ? 'sw' : 'peer'}" x="0" y="2" width="${pct(x(r.median))}" height="8"/>` +
    `<line class="bar-range" x1="${pct(x(r.min))}" x2="${pct(x(r.max))}" y1="6" y2="6"/>` +
    `<line class="bar-native" x1="${pct(x(1))}" x2="${pct(x(1))}" y1="0" y2="12"/>` +
    `</svg>`;
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${escape(r.measure)}</th><td>${escape(r.library)}</td><td class="num">${times(r.median)}</td>` +
        `<td class="num">${times(r.min)} to ${times(r.max)}</td><td class="bar-cell">${bar(r)}</td></tr>`,
    )
    .join('\n');
  return `<figure class="chart">
<table class="chart-table">
<caption>Cost relative to native HTML, where native is 1.00× and lower is better: median of ${escape(results.rounds ?? '')} rounds${
    results.chromium ? ` in Chromium ${escape(results.chromium)}` : ''
  }${date ? `, ${escape(date)}` : ''}. In each bar the line across is the range and the upright line marks native HTML; the scale runs from 0 to ${top}×.</caption>
<thead><tr><th scope="col">Measure</th><th scope="col">Library</th><th scope="col">Median</th><th scope="col">Range</th><th scope="col"><span class="visually-hidden">Bar</span></th></tr></thead>
<tbody>
${body}
</tbody>
</table>
</figure>\n`;
}
