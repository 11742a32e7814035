// npm run bench: support-widgets against a zero-JS baseline and Shoelace, in headless Chromium, served
// locally, nothing from the network. Every sample runs in a fresh browser context; variants are interleaved
// with the order rotated each round; ratios are computed per round against that round's baseline and
// reported as median (min–max). Writes bench/results/latest.json and bench/results/ratios.svg.
//
//   node bench/run.js [--rounds 5] [--smoke] [--no-lighthouse] [--only faq|search|cold|huge] [--no-write]
//
// --only runs the FAQ figures (render, search, memory) or the page figures (cold load, layout shift)
// alone, without Lighthouse, and writes bench/results/partial.json instead of the block in docs/performance.md
// (--only search: the search figures alone, key by key at 1,000 and 10,000 items, native and support-widgets, with
// the verdict on issue 19's search target and the machine's load average; use 15 rounds or more). --only huge
// runs the huge-input cases alone (the worst main-thread task of each) and prints them.
// --smoke runs one small round of every figure (used by `npm test` so the bench keeps working); its
// numbers mean nothing and it writes to bench/results/smoke.json. --no-write (`npm run test:long`) runs the
// full bench but writes bench/results/check.json only, leaving latest.json, the chart and the README as they are.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from '../scripts/serve.js';
import { chromeArgs, ensureChrome } from '../scripts/chrome.js';
import { faqItems, pages } from './pages.js';
import { measure, measureSizes } from '../scripts/sizes.js';

const argv = process.argv.slice(2);
const smoke = argv.includes('--smoke');
const rounds = smoke ? 1 : Number(argv[argv.indexOf('--rounds') + 1]) || 5;
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
if (only !== undefined && !['faq', 'search', 'cold', 'huge'].includes(only)) throw new Error(`--only takes faq, search, cold or huge, not ${only}`);
const partial = only !== undefined && !smoke;
const check = argv.includes('--no-write') && !smoke && !partial;
const withLighthouse = !smoke && !only && !argv.includes('--no-lighthouse');
const SIZES = smoke ? [50] : [1000, 10000];
const QUERY = smoke ? 'ref' : 'refund my card';
const VARIANTS = ['native', 'sw', 'sl'];

const server = await serve({ port: 0, nodeModules: true, route: pages });
const origin = `http://127.0.0.1:${server.address().port}`;
const chromePath = ensureChrome();
const browser = await chromium.launch({ executablePath: chromePath, args: chromeArgs });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), samples: xs });
/** The order of the variants in round `r`: rotated so no variant always runs first. */
const rotated = (list, r) => list.map((_, i) => list[(i + r) % list.length]);

async function fresh(fn, { cpu = 1, width = 1280 } = {}) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  try {
    return await fn(page, cdp);
  } finally {
    await context.close();
  }
}

// ---- bytes -------------------------------------------------------------------------------------------
async function bytes() {
  const out = Object.fromEntries((await measureSizes()).map(({ file, min, gzip, brotli }) => [file, { min, gzip, brotli }]));
  // The peer: Shoelace's sl-details with its dependencies, and the theme CSS it requires.
  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const bundle = await rollup({ input: 'node_modules/@shoelace-style/shoelace/cdn/components/details/details.js', plugins: [nodeResolve()], onwarn: () => {} });
  const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
  await bundle.close();
  out['shoelace sl-details (peer)'] = measure(Buffer.from(output[0].code));
  out['shoelace light theme CSS (peer)'] = measure(readFileSync('node_modules/@shoelace-style/shoelace/cdn/themes/light.css'));
  return out;
}

// ---- FAQ render ------------------------------------------------------------------------------------------
async function render(variant, n) {
  return fresh(async (page) => {
    await page.goto(`${origin}/bench/empty?variant=${variant}`);
    await page.waitForFunction(() => window.benchReady === true);
    return page.evaluate(
      async ({ n, variant, markup }) => {
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        await frame();
        const host = document.getElementById('host');
        const t0 = performance.now();
        host.innerHTML = markup;
        await window.benchSettled(host);
        const rendered = performance.now() - t0;
        await frame();
        return { render: rendered, frame: performance.now() - t0, n, variant };
      },
      { n, variant, markup: faqItems(variant, n) },
    );
  });
}

// ---- search, key by key ------------------------------------------------------------------------------------
async function search(variant, n) {
  return fresh(async (page) => {
    // A page of 10,000 items on a busy machine can take longer than Playwright's 30 s to load.
    await page.goto(`${origin}/bench/list?variant=${variant}&n=${n}`, { timeout: 180000 });
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120000 });
    await page.evaluate(async () => {
      await window.benchSettled(document.getElementById('host'));
      window.keySamples = [];
      window.eventDurations = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (e.name === 'keydown' || e.name === 'input' || e.name === 'keypress') window.eventDurations.push(e.duration);
      }).observe({ type: 'event', durationThreshold: 16, buffered: false });
      document.addEventListener(
        'keydown',
        () => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => window.keySamples.push(performance.now() - t0)));
        },
        true,
      );
    });
    const box = variant === 'sw' ? page.locator('support-faq input[type="search"]') : page.locator('#search');
    await box.click();
    for (const [i, ch] of [...QUERY].entries()) {
      await page.keyboard.press(ch === ' ' ? 'Space' : ch);
      await page.waitForFunction((count) => window.keySamples.length >= count, i + 1, { timeout: 120000 });
    }
    // Whatever the element does after typing settles (a debounced search) counts too.
    await page.waitForTimeout(600);
    const { keys, events, visible } = await page.evaluate(() => ({
      keys: window.keySamples,
      events: window.eventDurations,
      visible: window.benchVisible(),
    }));
    // The machine's load while this sample ran (1-minute average): the figures say how busy the machine was.
    return { worst: Math.max(...keys), median: median(keys), eventMax: events.length ? Math.max(...events) : 0, visible, load: loadavg()[0] };
  });
}

// ---- memory and DOM nodes per item -------------------------------------------------------------------------
async function memory(variant, n) {
  return fresh(async (page, cdp) => {
    await page.goto(`${origin}/bench/empty?variant=${variant}`);
    await page.waitForFunction(() => window.benchReady === true);
    const sample = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { v8: heap.usedSize, blink: heap.embedderHeapUsedSize ?? 0, nodes: dom.nodes };
    };
    const before = await sample();
    await page.evaluate(
      async ({ markup }) => {
        const host = document.getElementById('host');
        host.innerHTML = markup;
        await window.benchSettled(host);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
      },
      { markup: faqItems(variant, n) },
    );
    const after = await sample();
    return {
      v8PerItem: (after.v8 - before.v8) / n,
      blinkPerItem: (after.blink - before.blink) / n,
      heapPerItem: (after.v8 + after.blink - before.v8 - before.blink) / n,
      nodesPerItem: (after.nodes - before.nodes) / n,
    };
  });
}

// ---- cold load of the page with all four components -------------------------------------------------------
async function cold(variant, cpu) {
  return fresh(
    async (page, cdp) => {
      await cdp.send('Performance.enable');
      await page.addInitScript(() => {
        window.longTasks = [];
        new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${origin}/bench/cold?variant=${variant}`, { waitUntil: 'load' });
      const rendered = await page.evaluate(async () => {
        const tags = ['support-faq', 'support-hotline', 'support-call-prep', 'support-dispute-checklist'];
        if (document.querySelector(tags[0])) {
          await Promise.all(tags.map((t) => customElements.whenDefined(t)));
          await Promise.all(tags.map((t) => document.querySelector(t)?.updateComplete));
        }
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        return performance.now();
      });
      await page.waitForTimeout(500);
      const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
      const { longTasks, fcp } = await page.evaluate(() => ({
        longTasks: window.longTasks,
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
      }));
      return {
        scriptMs: (metrics.ScriptDuration ?? 0) * 1000,
        fcp,
        rendered,
        longTasks: longTasks.length,
        tbt: longTasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      };
    },
    { cpu },
  );
}

// ---- layout shift when the script arrives after first paint ---------------------------------------------
async function shift(snippet) {
  return fresh(async (page) => {
    await page.addInitScript(() => {
      window.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${origin}/bench/late-script?snippet=${snippet ? 1 : 0}`, { waitUntil: 'load' });
    await page.waitForFunction(() => customElements.get('support-faq') !== undefined, null, { timeout: 10000 });
    await page.evaluate(async () => {
      const tags = ['support-faq', 'support-hotline', 'support-call-prep', 'support-dispute-checklist'];
      await Promise.all(tags.map((t) => document.querySelector(t)?.updateComplete));
      await new Promise((r) => setTimeout(r, 500));
    });
    return page.evaluate(() => window.cls);
  });
}

// ---- Lighthouse on the demo page -----------------------------------------------------------------------
async function lighthouse() {
  const { default: lh } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromeArgs] });
  try {
    const result = await lh(`${origin}/demo/index.html`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'silent',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const scores = Object.fromEntries(Object.entries(result.lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)]));
    const failing = Object.values(result.lhr.audits)
      .filter(
        (a) =>
          a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable',
      )
      .map((a) => a.id);
    return { scores, failing };
  } finally {
    await chrome.kill();
  }
}

// ---- huge input: the worst main-thread task while an element takes a huge config (issue 13) ----------------
const HUGE = [
  'FAQ, 100,000 data items',
  'FAQ, 1 MB answer of bold text and links',
  'FAQ, 10 MB answer with structured data',
  'hotline, 100,000 lines',
  'dispute checklist, 100,000 evidence items',
];
async function huge() {
  const out = {};
  for (const name of HUGE) {
    out[name] = await fresh(async (page) => {
      await page.goto(`${origin}/bench/empty?variant=sw`);
      await page.waitForFunction(() => window.benchReady === true);
      return page.evaluate(async (name) => {
        const tasks = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)));
        const list = (n, f) => Array.from({ length: n }, (_, i) => f(i));
        // The data is built in an earlier task than the element's work: only the element's work counts.
        const [tag, props] = {
          'FAQ, 100,000 data items': [
            'support-faq',
            { items: list(1e5, (i) => ({ question: `Question ${i}?`, answer: `Answer **${i}** [link](https://example.com/${i})` })) },
          ],
          'FAQ, 1 MB answer of bold text and links': ['support-faq', { items: [{ question: 'Q?', answer: '**a** [b](https://example.com) '.repeat(33000) }] }],
          'FAQ, 10 MB answer with structured data': ['support-faq', { structuredData: true, items: [{ question: 'Q?', answer: 'word '.repeat(2e6) }] }],
          'hotline, 100,000 lines': ['support-hotline', { lines: list(1e5, (i) => ({ number: `+1800555${String(i % 1e4).padStart(4, '0')}` })) }],
          'dispute checklist, 100,000 evidence items': [
            'support-dispute-checklist',
            { type: 't', types: [{ id: 't', label: 'T', items: list(1e5, (i) => ({ id: `e${i}`, label: `E ${i}`, required: true })) }] },
          ],
        }[name];
        const el = Object.assign(document.createElement(tag), props);
        // A task of its own for the element's work: a long task covers its whole task, building the data too.
        await new Promise((r) => setTimeout(r));
        observer.observe({ type: 'longtask' });
        const t0 = performance.now();
        document.getElementById('host').append(el);
        await el.updateComplete;
        const done = performance.now() - t0;
        await new Promise((r) => setTimeout(r, 100));
        observer.takeRecords().forEach((e) => tasks.push(e.duration));
        observer.disconnect();
        el.remove();
        return { worstTaskMs: Math.round(Math.max(0, ...tasks)), doneMs: Math.round(done) };
      }, name);
    });
    process.stderr.write(`${name}: worst task ${out[name].worstTaskMs} ms, done in ${out[name].doneMs} ms\n`);
  }
  return out;
}
if (only === 'huge') {
  console.log(JSON.stringify(await huge(), null, 2));
  await browser.close();
  server.close();
  process.exit(0);
}

// ---- run ------------------------------------------------------------------------------------------------
const raw = { render: {}, search: {}, memory: {}, cold: {}, shift: { snippet: [], none: [] } };
const ratios = {};
const addRatio = (name, value) => (ratios[name] ??= []).push(value);

for (let r = 0; r < rounds; r++) {
  for (const n of only === 'cold' ? [] : SIZES) {
    const res = {};
    for (const v of only === 'search' ? [] : rotated(VARIANTS, r)) res[v] = await render(v, n);
    for (const v of only === 'search' ? [] : VARIANTS) (raw.render[`${v} ${n}`] ??= []).push(res[v]);
    if (only !== 'search') addRatio(`FAQ render, ${n} items (sw / native)`, res.sw.frame / res.native.frame);
    if (only !== 'search') addRatio(`FAQ render, ${n} items (shoelace / native)`, res.sl.frame / res.native.frame);

    const s = {};
    // --only search: support-widgets against native alone (Shoelace's 10,000 items take long to load).
    const searched = only === 'search' ? ['native', 'sw'] : VARIANTS;
    for (const v of rotated(searched, r)) s[v] = await search(v, n);
    for (const v of searched) (raw.search[`${v} ${n}`] ??= []).push(s[v]);
    addRatio(`worst keystroke, ${n} items (sw / native)`, s.sw.worst / s.native.worst);
    if (s.sl) addRatio(`worst keystroke, ${n} items (shoelace / native)`, s.sl.worst / s.native.worst);
    // Event Timing reports only events of 16 ms or more, in steps of 8 ms: a round where neither reached 16 ms is a tie.
    addRatio(`event max, ${n} items (sw / native)`, Math.max(16, s.sw.eventMax) / Math.max(16, s.native.eventMax));
  }
  const memN = smoke ? 50 : 1000;
  if (only !== 'cold' && only !== 'search') {
    const m = {};
    for (const v of rotated(VARIANTS, r)) m[v] = await memory(v, memN);
    for (const v of VARIANTS) (raw.memory[v] ??= []).push(m[v]);
    addRatio(`heap per FAQ item (sw / native)`, m.sw.heapPerItem / m.native.heapPerItem);
    addRatio(`heap per FAQ item (shoelace / native)`, m.sl.heapPerItem / m.native.heapPerItem);
  }
  if (only === 'faq' || only === 'search') {
    // Each round's own ratios as it ends: a run cut short still tells something.
    const last = Object.entries(ratios)
      .filter(([k]) => k.includes('(sw'))
      .map(([k, l]) => `${k.replace(' (sw / native)', '')} ${l.at(-1).toFixed(2)}`);
    process.stderr.write(`round ${r + 1}/${rounds} done (load average ${loadavg()[0].toFixed(1)}): ${last.join(', ')}\n`);
    continue;
  }

  for (const cpu of smoke ? [1] : [1, 4]) {
    for (const v of rotated(['static', 'sw'], r)) (raw.cold[`${v} ${cpu}x`] ??= []).push(await cold(v, cpu));
  }
  for (const snippet of r % 2 ? [false, true] : [true, false]) raw.shift[snippet ? 'snippet' : 'none'].push(await shift(snippet));
  if (!smoke) process.stderr.write(`round ${r + 1}/${rounds} done\n`);
}

const pick = (list, key) => summary(list.map((x) => x[key]));

/**
 * The search target of issue 19, per size: the worst keystroke and the Event Timing maximum no worse than native
 * `<details>` filtering in the same run. Both the typical round (median of the per-round ratios, each against the
 * same round's native sample) and the worst case (the slowest of all rounds, ours against native's) count.
 */
function searchTarget() {
  const out = {};
  for (const n of only === 'cold' ? [] : SIZES) {
    const [ours, native] = [raw.search[`sw ${n}`], raw.search[`native ${n}`]];
    if (!ours || !native) continue;
    const figure = (key, floor = 0) => {
      const per = ours.map((o, i) => Math.max(floor, o[key]) / Math.max(floor, native[i][key]));
      const worst = Math.max(floor, ...ours.map((o) => o[key])) / Math.max(floor, ...native.map((x) => x[key]));
      const rounds = per.filter((r) => r <= 1).length;
      return { median: median(per), worst, notSlower: `${rounds} of ${per.length}`, met: median(per) <= 1 && worst <= 1 };
    };
    out[n] = { worstKeystroke: figure('worst'), eventMax: figure('eventMax', 16) };
  }
  return out;
}
const results = {
  date: new Date().toISOString(),
  chromium: browser.version(),
  rounds,
  smoke,
  query: QUERY,
  // The search figures alone need no build: a run of them survives a rebuild of dist/ beside it.
  bytes: only === 'search' ? {} : await bytes(),
  render: Object.fromEntries(Object.entries(raw.render).map(([k, l]) => [k, { render: pick(l, 'render'), frame: pick(l, 'frame') }])),
  search: Object.fromEntries(
    Object.entries(raw.search).map(([k, l]) => [
      k,
      { worst: pick(l, 'worst'), median: pick(l, 'median'), eventMax: pick(l, 'eventMax'), visible: l[0].visible },
    ]),
  ),
  memory: Object.fromEntries(
    Object.entries(raw.memory).map(([k, l]) => [
      k,
      { heapPerItem: pick(l, 'heapPerItem'), v8PerItem: pick(l, 'v8PerItem'), blinkPerItem: pick(l, 'blinkPerItem'), nodesPerItem: pick(l, 'nodesPerItem') },
    ]),
  ),
  cold: Object.fromEntries(
    Object.entries(raw.cold).map(([k, l]) => [
      k,
      { scriptMs: pick(l, 'scriptMs'), fcp: pick(l, 'fcp'), rendered: pick(l, 'rendered'), longTasks: pick(l, 'longTasks'), tbt: pick(l, 'tbt') },
    ]),
  ),
  layoutShift: { withSnippet: summary(raw.shift.snippet), withoutSnippet: summary(raw.shift.none) },
  searchTarget: searchTarget(),
  load: summary(
    [
      ...Object.values(raw.search)
        .flat()
        .map((x) => x.load),
    ]
      .filter((x) => x !== undefined)
      .concat(loadavg()[0]),
  ),
  huge: only ? undefined : await huge(),
  ratios: Object.fromEntries(Object.entries(ratios).map(([k, l]) => [k, summary(l)])),
};
if (withLighthouse) results.lighthouse = await lighthouse();

await browser.close();
server.close();

// ---- output ---------------------------------------------------------------------------------------------
const f = (x, d = 1) => (typeof x === 'number' ? x.toFixed(d) : String(x));
const mmm = (s, d = 1, unit = '') => `${f(s.median, d)}${unit} (${f(s.min, d)}–${f(s.max, d)})`;
const lines = [];
lines.push(`support-widgets bench · ${results.chromium} · ${rounds} round(s)${smoke ? ' · SMOKE (numbers meaningless)' : ''}`);
if (Object.keys(results.bytes).length) lines.push('', 'Bytes (min / gzip / brotli)');
for (const [k, b] of Object.entries(results.bytes)) if (b) lines.push(`  ${k.padEnd(34)} ${b.min} / ${b.gzip} / ${b.brotli}`);
lines.push('', 'Ratios against the native baseline, per round: median (min–max)');
for (const [k, s] of Object.entries(results.ratios)) lines.push(`  ${k.padEnd(48)} ${mmm(s, 2, '×')}`);
if (Object.keys(results.render).length) lines.push('', 'FAQ render to next frame, ms');
for (const [k, s] of Object.entries(results.render)) lines.push(`  ${k.padEnd(16)} render ${mmm(s.render)}   next frame ${mmm(s.frame)}`);
lines.push('', `Search "${QUERY}" key by key, ms (keystroke to next frame; Event Timing max)`);
for (const [k, s] of Object.entries(results.search))
  lines.push(`  ${k.padEnd(16)} worst ${mmm(s.worst)}   median ${mmm(s.median)}   event ${mmm(s.eventMax)}   visible after: ${s.visible}`);
if (Object.keys(results.searchTarget).length) {
  lines.push('', `Search target: support-widgets no slower than native, same rounds (load average ${mmm(results.load, 1)} during the run)`);
  for (const [n, t] of Object.entries(results.searchTarget))
    for (const [name, r] of [
      ['worst keystroke', t.worstKeystroke],
      ['Event Timing max', t.eventMax],
    ])
      lines.push(
        `  ${`${name}, ${n} items`.padEnd(28)} ratio median ${f(r.median, 2)}×, worst case ${f(r.worst, 2)}×, not slower in ${r.notSlower} rounds: ${r.met ? 'met' : 'NOT met'}`,
      );
}
if (Object.keys(results.memory).length) lines.push('', 'Memory per FAQ item (bytes) and DOM nodes per item');
for (const [k, s] of Object.entries(results.memory))
  lines.push(`  ${k.padEnd(8)} heap ${mmm(s.heapPerItem, 0)}  V8 ${mmm(s.v8PerItem, 0)}  Blink ${mmm(s.blinkPerItem, 0)}  nodes ${mmm(s.nodesPerItem, 1)}`);
if (Object.keys(results.cold).length) lines.push('', 'Cold load of the page with all four components, ms');
for (const [k, s] of Object.entries(results.cold))
  lines.push(
    `  ${k.padEnd(10)} script ${mmm(s.scriptMs)}  FCP ${mmm(s.fcp)}  rendered ${mmm(s.rendered)}  long tasks ${mmm(s.longTasks, 0)}  TBT ${mmm(s.tbt)}`,
  );
if (raw.shift.snippet.length) {
  lines.push('', 'Layout shift when the script arrives after first paint (CLS)');
  lines.push(`  with the :not(:defined) snippet  ${mmm(results.layoutShift.withSnippet, 4)}`);
  lines.push(`  without it                      ${mmm(results.layoutShift.withoutSnippet, 4)}`);
}
if (results.lighthouse) {
  lines.push(
    '',
    `Lighthouse on the demo page: ${Object.entries(results.lighthouse.scores)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  if (results.lighthouse.failing.length) lines.push(`  audits below 100: ${results.lighthouse.failing.join(', ')}`);
}
console.log(lines.join('\n'));

mkdirSync('bench/results', { recursive: true });
writeFileSync(`bench/results/${smoke ? 'smoke' : partial ? 'partial' : check ? 'check' : 'latest'}.json`, `${JSON.stringify(results, null, 2)}\n`);
if (!smoke && !partial && !check) {
  writeFileSync('bench/results/ratios.svg', chart(results.ratios));
  // docs/performance.md shows the latest full run.
  if (existsSync('docs/performance.md')) {
    const page = readFileSync('docs/performance.md', 'utf8');
    const block = `<!-- bench -->\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\n![Ratios against native HTML](../bench/results/ratios.svg)\n\n<!-- /bench -->`;
    writeFileSync('docs/performance.md', page.replace(/<!-- bench -->[\s\S]*?<!-- \/bench -->/, block));
  }
}

/** A horizontal bar chart of the ratios (median with a min–max whisker), 1.0 = the native baseline. */
function chart(data) {
  const entries = Object.entries(data);
  const max = Math.max(2, ...entries.map(([, s]) => s.max));
  const rowH = 28;
  const left = 330;
  const width = 820;
  const plot = width - left - 60;
  const x = (v) => left + (v / max) * plot;
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const rows = entries.map(([name, s], i) => {
    const y = 40 + i * rowH;
    const ours = name.includes('(sw');
    return `<text x="${left - 8}" y="${y + 14}" text-anchor="end">${esc(name)}</text>
<rect x="${left}" y="${y + 3}" width="${Math.max(1, x(s.median) - left).toFixed(1)}" height="16" fill="${ours ? '#0b5cd5' : '#9aa3ad'}"/>
<line x1="${x(s.min).toFixed(1)}" x2="${x(s.max).toFixed(1)}" y1="${y + 11}" y2="${y + 11}" stroke="#1b1f24"/>
<text x="${(x(s.max) + 6).toFixed(1)}" y="${y + 15}">${s.median.toFixed(2)}×</text>`;
  });
  const height = 60 + entries.length * rowH;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12" fill="#1b1f24">
<rect width="100%" height="100%" fill="#fff"/>
<text x="16" y="22" font-weight="600">Cost relative to native HTML (1.0×), median of ${rounds} rounds, whiskers min–max; blue: support-widgets, grey: Shoelace</text>
<line x1="${x(1).toFixed(1)}" x2="${x(1).toFixed(1)}" y1="32" y2="${height - 16}" stroke="#b3261e" stroke-dasharray="4 3"/>
${rows.join('\n')}
</svg>
`;
}
