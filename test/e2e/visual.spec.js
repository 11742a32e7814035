// Visual baselines: every element, and the center, in light, dark, right-to-left and forced colours, at 1280
// and 320 px, compared with the committed PNGs in test/e2e/__screenshots__/ (`npm run test:visual:update`
// makes them again; look at every changed PNG before committing it). Viewport screenshots, not full-page
// ones: content-visibility leaves the parts outside the viewport blank in a full-page capture.
//
// The clock is fixed (a Tuesday, 10:00 in New York: the hotline is open), as are the time zone and locale,
// so a screenshot changes only when what the user sees changes. Anti-aliasing differs between Chromium
// builds: the baselines record the Chromium they were made with, and a run in another build is skipped with
// that reason instead of comparing pixels that were never meant to match.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test, expect, TAGS, rendered } from './fixtures.js';

const VERSION_FILE = 'test/e2e/__screenshots__/chromium-version.txt';
const TIME = new Date('2026-11-24T15:00:00Z');
const VARIANTS = {
  light: { options: {}, page: () => {} },
  dark: {
    options: { colorScheme: 'dark' },
    page: () =>
      document
        .querySelectorAll('support-center, support-faq, support-hotline, support-call-prep, support-dispute-checklist')
        .forEach((el) => el.setAttribute('theme', 'dark')),
  },
  // Arabic where the library has it (its own strings); dir="rtl" either way.
  rtl: { options: {}, page: () => document.documentElement.setAttribute('lang', 'ar') || document.documentElement.setAttribute('dir', 'rtl') },
  'forced-colors': { options: { forcedColors: 'active' }, page: () => {} },
};

test.describe('visual baselines', () => {
  test.beforeEach(({ browser }, testInfo) => {
    if (testInfo.config.updateSnapshots === 'all' || testInfo.config.updateSnapshots === 'changed') {
      mkdirSync('test/e2e/__screenshots__', { recursive: true });
      writeFileSync(VERSION_FILE, `${browser.version()}\n`);
      return;
    }
    const made = existsSync(VERSION_FILE) ? readFileSync(VERSION_FILE, 'utf8').trim() : 'none';
    test.skip(
      made !== browser.version(),
      `baselines made in Chromium ${made}, this is ${browser.version()}: run npm run test:visual:update and review the PNGs`,
    );
  });

  for (const tag of [...TAGS, 'support-center']) {
    for (const [variant, { options, page: setup }] of Object.entries(VARIANTS)) {
      for (const width of [1280, 320]) {
        test(`<${tag}> ${variant} ${width} px`, async ({ open }) => {
          const path = tag === 'support-center' ? '/test/pages/center.html' : '/test/pages/all.html';
          const { page, problems } = await open(path, { width, height: 900, time: TIME, timezoneId: 'UTC', locale: 'en-US', ...options });
          // One element per screenshot: the others leave the page.
          await page.evaluate((keep) => {
            for (const el of [...document.body.children]) if (el.localName !== keep && el.localName !== 'script') el.remove();
          }, tag);
          await page.evaluate(setup);
          if (variant === 'rtl') await expect.poll(() => page.evaluate((t) => document.querySelector(t).shadowRoot.textContent.includes('ال'), tag)).toBe(true);
          if (variant === 'dark') await expect(page.locator(tag)).toHaveAttribute('theme', 'dark');
          await rendered(page, [tag]);
          await page.evaluate(() => document.fonts.ready);
          await expect(page).toHaveScreenshot(`${tag}-${variant}-${width}.png`);
          expect.soft(problems, 'nothing logged').toEqual([]);
        });
      }
    }
  }
});
