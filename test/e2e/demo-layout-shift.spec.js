// The demo page does not move while it loads: its cumulative layout shift stays below 0.1, the "good" threshold
// of Core Web Vitals (https://web.dev/articles/cls), on a phone with Lighthouse's mobile settings (412 × 823,
// CPU 4× slower) and on a desktop. Counted by a PerformanceObserver for `layout-shift` entries (Layout
// Instability API, https://wicg.github.io/layout-instability/), without those right after user input, as CLS is.
import { test, expect, rendered, ORIGIN } from './fixtures.js';

const SCREENS = [
  { name: 'a phone (412 × 823, CPU 4× slower)', width: 412, height: 823, cpu: 4 },
  { name: 'a desktop (1350 × 940)', width: 1350, height: 940, cpu: 1 },
];

test.describe('the demo page while it loads', () => {
  for (const { name, width, height, cpu } of SCREENS) {
    test(`moves nothing on ${name}: layout shift below 0.1`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height } });
      try {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        await page.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (e.hadRecentInput) continue;
              const moved = e.sources.map((s) => (s.node ? `${s.node.nodeName.toLowerCase()}${s.node.id ? `#${s.node.id}` : ''}` : '?'));
              window.__shifts.push({ value: e.value, moved });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`${ORIGIN()}/demo/index.html`);
        await rendered(page);
        // Everything the page does at load is done: the elements' renders, the fonts, and the frames after them.
        await page.evaluate(async () => {
          await document.fonts.ready;
          for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
        });
        const shifts = await page.evaluate(() => window.__shifts);
        const cls = shifts.reduce((sum, s) => sum + s.value, 0);
        expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThan(0.1);
      } finally {
        await context.close();
      }
    });
  }
});
