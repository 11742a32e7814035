// What every page check shares: the servers' origins, and `open(path, options)`, which opens a page in a
// fresh context (or a given one) and records what a customer's page must never show: console errors and
// warnings, uncaught exceptions, failed or refused requests, requests that leave the origin, CSP violations.
// Copies and prints are recorded in every frame (the clipboard and print are stubbed).
import { test as base, expect } from '@playwright/test';

export { expect };
export const TAGS = ['support-faq', 'support-hotline', 'support-call-prep', 'support-dispute-checklist'];
export const ORIGIN = () => process.env.PAGES_ORIGIN;
export const STRICT = () => process.env.PAGES_STRICT_ORIGIN;
export const LIT_ONLY = () => process.env.PAGES_LIT_ONLY_ORIGIN;

/** Runs in every frame before the page's scripts. */
function instrument() {
  window.__violations = [];
  window.__copied = [];
  window.__prints = 0;
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  const top = window.top === window ? window : window.parent;
  try {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => void window.__copied.push(t) }, configurable: true });
    window.print = () => void (top.__prints = (top.__prints || 0) + 1);
  } catch {
    // A cross-origin parent: leave the frame's own print alone.
  }
}

/**
 * Resolves when every element of `tags` on the page has rendered text into its shadow root, and every
 * support-widgets element on the page, also those other elements render (the center's sections), has finished
 * its updates.
 */
export async function rendered(page, tags = TAGS) {
  await expect
    .poll(() => page.evaluate((t) => t.every((tag) => !document.querySelector(tag) || document.querySelector(tag).shadowRoot?.textContent.trim()), tags), {
      message: `${tags.join(', ')} render`,
    })
    .toBe(true);
  await page.evaluate(async () => {
    const all = (root = document, out = []) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.localName.startsWith('support-')) out.push(el);
        if (el.shadowRoot) all(el.shadowRoot, out);
      }
      return out;
    };
    // Rendering an element may create more (the center's sections): until the count stops growing.
    for (let count = -1, found = all(); found.length !== count; count = found.length, found = all()) {
      await Promise.all(found.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete)));
    }
  });
}

export const test = base.extend({
  open: async ({ browser }, use) => {
    const contexts = [];
    await use(async (path, { width = 1280, height = 900, base = ORIGIN(), context: shared, time, ...options } = {}) => {
      const context = shared ?? (await browser.newContext({ viewport: { width, height }, acceptDownloads: true, ...options }));
      if (!shared) contexts.push(context);
      const page = await context.newPage();
      if (time) await page.clock.setFixedTime(time);
      await page.addInitScript(instrument);
      const problems = [];
      const foreign = [];
      const downloads = [];
      page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
      page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
      page.on('requestfailed', (r) => !r.url().startsWith('blob:') && problems.push(`request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
      page.on('request', (r) => !r.url().startsWith(base) && !/^(data|blob|about):/.test(r.url()) && foreign.push(r.url()));
      page.on('download', (d) => downloads.push(d));
      await page.goto(`${base}${path}`);
      await rendered(page);
      return { context, page, problems, foreign, downloads };
    });
    for (const context of contexts) await context.close();
  },
});

/** The innermost focused element through shadow roots: its name, outline style and width. */
export function focusRing() {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  const cs = getComputedStyle(el);
  return { el: `${el.localName}${el.id ? `#${el.id}` : ''}`, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor };
}
