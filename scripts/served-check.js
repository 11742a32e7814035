// The served-page check: the built CDN files on the demo page, in Chromium, as a merchant's customer gets
// them. Every component registers and renders, nothing fails to load, nothing is logged, no request leaves
// the page's origin, no horizontal scroll at 320 px; the classic bundle exposes `SupportWidgets` and can
// share a page with the module bundle.
import { chromium } from 'playwright-core';
import { serve } from './serve.js';
import { chromeArgs, ensureChrome } from './chrome.js';
import { CSP, checks } from './checks.js';

const TAGS = ['support-faq', 'support-hotline', 'support-call-prep', 'support-dispute-checklist'];
const server = await serve({ port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
// The same files behind the strict policy a merchant may run, Trusted Types enforced.
const strict = await serve({ port: 0, headers: () => ({ 'content-security-policy': CSP }) });
const strictOrigin = `http://127.0.0.1:${strict.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: chromeArgs });
const { check, finish } = checks('served', 'served-page check');

/** Defines `window.deep(selector)`: the first match in the document or any shadow root. */
const DEEP = `window.deep = (sel, root = document) => {
  const hit = root.querySelector(sel);
  if (hit) return hit;
  for (const el of root.querySelectorAll('*')) {
    const found = el.shadowRoot && window.deep(sel, el.shadowRoot);
    if (found) return found;
  }
  return null;
}`;

async function open(path, width = 1280, base = origin) {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  });
  const problems = [];
  const foreign = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(base) && !r.url().startsWith('data:') && !r.url().startsWith('blob:') && foreign.push(r.url()));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS, { timeout: 10000 }).catch(() => {});
  return { context, page, problems, foreign };
}

try {
  const PAGES = [
    ['/demo/index.html', 'en', true],
    ['/demo/zh.html', 'zh-CN', true],
    ['/demo/ar.html', 'ar', true],
    ['/demo/components.html', 'en', false],
    ['/demo/components.zh.html', 'zh-CN', false],
  ];
  for (const [path, lang, center] of PAGES) {
    console.log(`${path}`);
    const { context, page, problems, foreign } = await open(path);
    await page.evaluate(DEEP);
    if (center) {
      const ok = await page.evaluate(async () => {
        const el = document.querySelector('support-center');
        await el?.updateComplete;
        await new Promise((r) => setTimeout(r, 100));
        return !!el?.shadowRoot?.querySelector('nav');
      });
      check('<support-center> renders its section navigation', ok);
    }
    const state = await page.evaluate(async (tags) => {
      for (const tag of tags) await window.deep(tag)?.updateComplete;
      return tags.map((tag) => {
        const el = window.deep(tag);
        return {
          tag,
          present: !!el,
          defined: !!customElements.get(tag),
          text: el?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().length ?? 0,
          lang: el ? (el.locale ?? '') : '',
        };
      });
    }, TAGS);
    for (const s of state) {
      check(`<${s.tag}> is on the page, registered and rendered`, s.present && s.defined && s.text > 0, JSON.stringify(s));
      check(`<${s.tag}> speaks ${lang}`, s.lang === lang, `locale ${s.lang}`);
    }
    // The language file arrived and unpacked: the FAQ's search label is in the page's language.
    const SEARCH = { en: 'Search questions', 'zh-CN': '搜索问题', ar: 'ابحث في الأسئلة' };
    const searchLabel = await page.evaluate(() => window.deep('support-faq')?.shadowRoot?.querySelector('label')?.textContent?.trim());
    check(`the FAQ's strings are in ${lang}`, searchLabel === SEARCH[lang], `label ${JSON.stringify(searchLabel)}`);
    const hrefs = await page.evaluate(() => {
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
    const unsafe = hrefs.filter((h) => /^\s*(javascript|data|vbscript):/i.test(h));
    check('no javascript:, data: or vbscript: URL in any href or src', unsafe.length === 0, unsafe.join(', '));
    await page.click('[data-theme-choice="dark"]');
    const dark = await page.evaluate((tags) => tags.every((t) => window.deep(t)?.getAttribute('theme') === 'dark'), TAGS);
    check('the theme switch turns every element dark', dark);
    check('nothing failed to load and nothing was logged', problems.length === 0, problems.join('\n      '));
    check('no request left the page\'s origin', foreign.length === 0, foreign.join(', '));
    await context.close();

    const csp = await open(path, 1280, strictOrigin);
    const violations = await csp.page.evaluate(() => window.__violations);
    await csp.page.evaluate(DEEP);
    const cspRendered = await csp.page.evaluate((tags) => tags.every((t) => window.deep(t)?.shadowRoot?.textContent.trim()), TAGS);
    check('under a strict CSP with Trusted Types: every element renders', cspRendered);
    check('under a strict CSP with Trusted Types: no violation, nothing logged', violations.length === 0 && csp.problems.length === 0, [...violations, ...csp.problems].join('\n      '));
    await csp.context.close();

    const narrow = await open(path, 320);
    const overflow = await narrow.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    check('no horizontal scroll at 320 px', overflow <= 0, `${overflow}px wider than the viewport`);
    await narrow.context.close();
  }

  console.log('/test/pages/classic.html');
  const { context, page, problems } = await open('/test/pages/classic.html');
  const globals = await page.evaluate(() => {
    const sw = window.SupportWidgets;
    return sw ? Object.keys(sw).sort() : [];
  });
  check(
    'the classic bundle exposes SupportWidgets with the classes and helpers',
    ['SupportFaq', 'SupportHotline', 'SupportCallPrep', 'SupportDisputeChecklist', 'registerLocale', 'safeUrl', 'VERSION'].every((k) => globals.includes(k)),
    globals.join(', '),
  );
  const rendered = await page.evaluate((tags) => tags.every((t) => document.querySelector(t)?.shadowRoot), TAGS);
  check('classic and module bundles on one page: every element renders', rendered);
  check('classic and module bundles on one page: nothing thrown or logged', problems.length === 0, problems.join('\n      '));
  await context.close();

  console.log('/test/pages/classic-zh.html');
  const zh = await open('/test/pages/classic-zh.html');
  const label = await zh.page
    .waitForFunction(() => document.querySelector('support-faq')?.shadowRoot?.textContent.includes('搜索问题'), null, { timeout: 5000 })
    .then(() => true, () => false);
  check('the classic bundle loads Chinese from next to itself', label);
  check('the classic bundle in Chinese: nothing failed or logged', zh.problems.length === 0, zh.problems.join('\n      '));
  await zh.context.close();
} finally {
  await browser.close();
  server.close();
  strict.close();
}

finish();
