// Screenshots of the center in every language, for a reviewer who reads it (issue 20): English and each
// src/locales/<tag>.ts on disk, at 320 and 1280 px, into screenshots/languages/<tag>-<width>.png (git-ignored).
// `npm run screenshots:languages` builds and runs this file; neither `npm test` nor `npm run test:long` runs it:
// it compares nothing with a baseline, it makes pictures for people to look at.
//
// The built CDN files on the host-page check's center page (test/pages/center.html), its language set on the
// element; each shot waits until the center's navigation reads the language's own `center.nav` string and every
// element has rendered, then is taken of the whole page in one tall viewport (content-visibility leaves the parts
// outside a viewport blank in a full-page capture). The clock is fixed: the hotline is open, the deadline the same.
import { mkdirSync, readdirSync } from 'node:fs';
import { test, expect, rendered } from './fixtures.js';
import { importSource } from '../../scripts/check-strings.js';

const OUT = 'screenshots/languages';
const TIME = new Date('2026-11-24T15:00:00Z');
const LANGUAGES = [
  'en',
  ...readdirSync('src/locales')
    .filter((f) => f.endsWith('.ts') && f !== 'en.ts')
    .map((f) => f.slice(0, -3))
    .sort(),
];

test.describe('screenshots of every language', () => {
  test.beforeAll(() => mkdirSync(OUT, { recursive: true }));

  for (const tag of LANGUAGES) {
    for (const width of [320, 1280]) {
      test(`<support-center lang="${tag}"> at ${width} px`, async ({ open }) => {
        const { nav } = (await importSource(`src/components/center/center.${tag}.ts`)).center;
        const { page, problems } = await open('/test/pages/center.html', { width, height: 900, time: TIME, timezoneId: 'UTC', locale: 'en-US' });
        await page.evaluate((lang) => document.querySelector('support-center').setAttribute('lang', lang), tag);
        await expect(page.locator('support-center nav')).toHaveAttribute('aria-label', nav);
        await rendered(page, ['support-center']);
        await page.evaluate(() => document.fonts.ready);
        // One viewport as tall as the page: every part laid out and painted.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        await page.setViewportSize({ width, height });
        await rendered(page, ['support-center']);
        await page.screenshot({ path: `${OUT}/${tag}-${width}.png`, animations: 'disabled', caret: 'hide' });
        expect.soft(problems, 'nothing logged').toEqual([]);
      });
    }
  }
});
