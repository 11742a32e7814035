// Screenshots of the demo as a user sees it: desktop (1280 px) and 320 px wide, light and dark, English,
// Chinese and Arabic, the help center and the separate components. Needs a build (`npm run build`).
// Usage: node scripts/screenshots.js [css-selector]
// With a selector (for example `support-faq`) only that element is captured. PNGs go to test-screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.js';
import { chromeArgs, ensureChrome } from './chrome.js';

const selector = process.argv[2];
const server = await serve({ port: 0 });
const { port } = server.address();
const browser = await chromium.launch({ executablePath: ensureChrome(), args: chromeArgs });
mkdirSync('test-screenshots', { recursive: true });
const written = [];
try {
  const PAGES = [
    ['en', 'index.html'],
    ['zh', 'zh.html'],
    ['ar', 'ar.html'],
    ['components-en', 'components.html'],
    ['components-zh', 'components.zh.html'],
  ];
  for (const [lang, page] of PAGES) {
    for (const width of [1280, 320]) {
      for (const theme of ['light', 'dark']) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
        const tab = await context.newPage();
        tab.on('pageerror', (e) => console.error(`page error (${page}): ${e.message}`));
        await tab.goto(`http://127.0.0.1:${port}/demo/${page}?theme=${theme}`);
        await tab.waitForFunction(() => customElements.get('support-faq') !== undefined);
        if (selector) {
          // Elements inside <support-center> are in its shadow root: playwright's locators pierce it.
          if (!(await tab.locator(selector).count())) {
            await context.close();
            continue;
          }
        }
        await tab.waitForTimeout(300);
        const name = `test-screenshots/${selector ? selector.replace(/[^a-z0-9-]/gi, '') + '-' : 'demo-'}${lang}-${width}-${theme}.png`;
        if (selector) await tab.locator(selector).first().screenshot({ path: name });
        else await tab.screenshot({ path: name, fullPage: true });
        written.push(name);
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(written.join('\n'));
