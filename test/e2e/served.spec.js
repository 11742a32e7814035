// The served-page check: the built CDN files on the demo pages, as a merchant's customer gets them. Every
// element registers and renders in the page's language, nothing fails to load, nothing is logged, no request
// leaves the page's origin, no javascript:/data: URL reaches an href, no horizontal scroll at 320 px, the same
// under the strict policy; the classic bundle exposes `SupportWidgets` and shares a page with the module one.
import { test, expect, TAGS, STRICT } from './fixtures.js';

/** Defines `window.deep(selector)`: the first match in the document or any shadow root. */
function defineDeep() {
  window.deep = (sel, root = document) => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot && window.deep(sel, el.shadowRoot);
      if (found) return found;
    }
    return null;
  };
}

const SEARCH = { en: 'Search questions', 'zh-CN': '搜索问题', ar: 'ابحث في الأسئلة' };
const PAGES = [
  ['/demo/index.html', 'en', true],
  ['/demo/zh.html', 'zh-CN', true],
  ['/demo/ar.html', 'ar', true],
  ['/demo/components.html', 'en', false],
  ['/demo/components.zh.html', 'zh-CN', false],
];

for (const [path, lang, center] of PAGES) {
  test.describe(path, () => {
    test(`every element registers, renders and speaks ${lang}; nothing fails, is logged or leaves the origin`, async ({ open }) => {
      const { page, problems, foreign } = await open(path);
      await page.evaluate(defineDeep);
      if (center) {
        await expect(page.locator('support-center nav'), '<support-center> renders its section navigation').toBeVisible();
      }
      await expect
        .poll(() => page.evaluate((tags) => tags.every((t) => window.deep(t)?.shadowRoot?.textContent.trim()), TAGS), { message: 'every element renders' })
        .toBe(true);
      const state = await page.evaluate((tags) => tags.map((tag) => ({ tag, defined: !!customElements.get(tag), lang: window.deep(tag)?.locale ?? '' })), TAGS);
      for (const s of state) {
        expect.soft(s.defined, `<${s.tag}> is registered`).toBe(true);
        expect.soft(s.lang, `<${s.tag}> speaks ${lang}`).toBe(lang);
      }
      // The language file arrived and unpacked: the FAQ's search label is in the page's language.
      const label = await page.evaluate(() => window.deep('support-faq')?.shadowRoot?.querySelector('label')?.textContent?.trim());
      expect.soft(label, `the FAQ's strings are in ${lang}`).toBe(SEARCH[lang]);
      const urls = await page.evaluate(() => {
        const out = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            for (const attr of ['href', 'src', 'action', 'formaction']) if (el.hasAttribute(attr)) out.push(el.getAttribute(attr));
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return out;
      });
      expect
        .soft(
          urls.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
          'no javascript:, data: or vbscript: URL in any href or src',
        )
        .toEqual([]);
      await page.click('[data-theme-choice="dark"]');
      await expect
        .poll(() => page.evaluate((tags) => tags.every((t) => window.deep(t)?.getAttribute('theme') === 'dark'), TAGS), {
          message: 'the theme switch turns every element dark',
        })
        .toBe(true);
      expect.soft(problems, 'nothing failed to load and nothing was logged').toEqual([]);
      expect.soft(foreign, "no request left the page's origin").toEqual([]);
    });

    test('under a strict CSP with Trusted Types: every element renders, no violation, nothing logged', async ({ open }) => {
      const { page, problems } = await open(path, { base: STRICT() });
      await page.evaluate(defineDeep);
      await expect.poll(() => page.evaluate((tags) => tags.every((t) => window.deep(t)?.shadowRoot?.textContent.trim()), TAGS)).toBe(true);
      expect.soft(await page.evaluate(() => window.__violations), 'zero securitypolicyviolation events').toEqual([]);
      expect.soft(problems, 'nothing logged').toEqual([]);
    });

    test('no horizontal scroll at 320 px', async ({ open }) => {
      const { page } = await open(path, { width: 320, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'px wider than the viewport').toBeLessThanOrEqual(0);
    });
  });
}

test('the classic bundle exposes SupportWidgets and shares a page with the module bundle', async ({ open }) => {
  const { page, problems } = await open('/test/pages/classic.html');
  const globals = await page.evaluate(() => Object.keys(window.SupportWidgets ?? {}).sort());
  expect
    .soft(globals)
    .toEqual(expect.arrayContaining(['SupportFaq', 'SupportHotline', 'SupportCallPrep', 'SupportDisputeChecklist', 'registerLocale', 'safeUrl', 'VERSION']));
  expect.soft(await page.evaluate((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot), TAGS), 'every element renders').toBe(true);
  expect.soft(problems, 'nothing thrown or logged').toEqual([]);
});

test('the classic bundle loads Chinese from next to itself', async ({ open }) => {
  const { page, problems } = await open('/test/pages/classic-zh.html');
  await expect(page.locator('support-faq label').first()).toHaveText('搜索问题');
  expect.soft(problems, 'nothing failed or logged').toEqual([]);
});
