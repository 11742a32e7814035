// What the host-page checks do on a page: use every element as a customer would, reach every state, and
// measure what hostile pages, narrow screens and forced colours could break.
import { expect } from './fixtures.js';

/** Uses every component as a customer would. Returns what was copied, printed and downloaded. */
export async function useEverything(page, downloads) {
  const faq = page.locator('support-faq');
  await faq.locator('input[type=search]').fill('refund');
  await page.waitForFunction(() => {
    const items = document.querySelector('support-faq').shadowRoot.querySelectorAll('support-faq-item');
    return [...items].filter((i) => !i.hidden).length === 1;
  });
  const found = await page.evaluate(() =>
    [...document.querySelector('support-faq').shadowRoot.querySelectorAll('support-faq-item')].filter((i) => !i.hidden).map((i) => i.id),
  );
  await faq.locator('input[type=search]').fill('');
  await faq.locator('support-faq-item#refund-time #q').click();
  const expanded = await faq.locator('support-faq-item#refund-time #q').getAttribute('aria-expanded');
  await faq.locator('support-faq-item#refund-time [part=link]').click();
  await faq.locator('support-faq-item#refund-time [part=feedback] button').first().click();

  await page.locator('support-hotline [part=copy]').first().click();

  const prep = page.locator('support-call-prep');
  await prep.locator('[part=submit]').click();
  const errors = await prep.locator('[part=errors] li').count();
  await prep.locator('select[name=topic]').selectOption('payment');
  await prep.locator('[name=account]').fill('ana@example.com');
  await prep.locator('[name=txn]').fill('TX-42');
  await prep.locator('[name=when]').fill('2026-11-20T09:30');
  await prep.locator('[name=amount]').fill('25.5');
  const status = prep.locator('select[name=status]');
  if (await status.count()) await status.selectOption({ index: 1 });
  await prep.locator('[name=what]').fill('Card declined at checkout');
  await prep.locator('[name=checked][value=network]').check();
  await prep.locator('[part=submit]').click();
  await prep.locator('[part=summary]').waitFor();
  const summaryErrors = await prep.locator('[part=errors] li').count();
  for (const name of ['Copy', 'Print', 'Download']) await prep.locator('[part=summary] button', { hasText: name }).click();

  const dispute = page.locator('support-dispute-checklist');
  const boxes = dispute.locator('input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await dispute.locator('input[part=note]').first().fill('November statement, line 3');
  await dispute.locator('input[part=note]').first().press('Tab');
  const ready = await dispute.locator('[part=ready]').count();
  for (const name of ['Copy', 'Print', 'Save .txt', 'Save .json']) await dispute.locator('[part=actions] button', { hasText: name }).click();
  // Two prints and three downloads (the call summary, the checklist as text and as JSON) have arrived.
  await expect.poll(() => page.evaluate(() => window.__prints), { message: 'two prints' }).toBe(2);
  await expect.poll(() => downloads.length, { message: 'three downloads' }).toBe(3);
  const state = await page.evaluate(() => ({
    copied: window.__copied,
    prints: window.__prints,
    violations: window.__violations,
    ld: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
  }));
  return { found, expanded, errors, summaryErrors, ready, downloads: downloads.length, ...state };
}

/** Every element of every component's shadow tree: type, colour, size; for comparing two pages. */
export function measureAll(tags) {
  const props = ['fontSize', 'lineHeight', 'letterSpacing', 'textTransform', 'color', 'fontFamily', 'boxSizing', 'paddingTop', 'borderTopWidth'];
  const walk = (root, out) => {
    for (const el of root.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      out.push(
        `${el.localName}.${el.getAttribute('part') ?? el.getAttribute('class') ?? ''} ${props.map((p) => cs[p]).join('|')} ${Math.round(r.width)}x${Math.round(r.height)}`,
      );
      if (el.shadowRoot) walk(el.shadowRoot, out);
    }
    return out;
  };
  return Object.fromEntries(tags.map((t) => [t, walk(document.querySelector(t).shadowRoot, [])]));
}

/** Layout problems in the viewport: page scroll, elements past the edges, clipped or tiny controls. */
export function layoutProblems(tags) {
  const vw = document.documentElement.clientWidth;
  const out = [];
  const scroll = document.documentElement.scrollWidth - vw;
  if (scroll > 0) out.push(`page scrolls sideways by ${scroll}px`);
  const walk = (root, tag) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot, tag);
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || el.closest('.sr-only')) continue;
      const name = `${tag} ${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
      if (r.right > vw + 0.5 || r.left < -0.5) out.push(`${name} spans ${Math.round(r.left)}..${Math.round(r.right)} in a ${vw}px viewport`);
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (r.width < 20 || r.height < 20) out.push(`${name} (${el.type}) shrank to ${Math.round(r.width)}x${Math.round(r.height)}`);
      } else if (/^(button|input|select|textarea|a)$/.test(el.localName)) {
        // Text fields scroll their text by design; buttons must not cut theirs.
        if (el.localName === 'button' && el.scrollWidth > el.clientWidth + 1) out.push(`${name} clips its text (${el.scrollWidth} > ${el.clientWidth})`);
        if (el.localName !== 'a' && (r.height < 24 || r.width < 24)) out.push(`${name} is ${Math.round(r.width)}x${Math.round(r.height)}, under 24 px`);
      }
    }
  };
  for (const t of tags) for (const el of document.querySelectorAll(t)) walk(el.shadowRoot, t);
  return out;
}

/**
 * Text that forced colours would hide: the browser draws a Canvas backplate behind text, so text in the
 * Canvas colour (an "on accent" colour) vanishes unless the element opts out with forced-color-adjust.
 */
export function invisibleText(tags) {
  const probe = document.createElement('i');
  probe.style.color = 'Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).color;
  probe.remove();
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      const cs = getComputedStyle(el);
      if (text && el.getClientRects().length && cs.forcedColorAdjust !== 'none' && cs.color === canvas)
        out.push(`${el.localName}.${el.className}: "${el.textContent.trim().slice(0, 30)}"`);
    }
  };
  for (const t of tags) for (const el of document.querySelectorAll(t)) walk(el.shadowRoot);
  return out;
}

/** Opens every FAQ answer, shows call-prep errors then its summary, ticks the checklist: every reachable state. */
export async function everyState(page, { errorsOnly = false } = {}) {
  await page.evaluate(() => {
    const faq = document.querySelector('support-faq');
    for (const item of faq?.shadowRoot.querySelectorAll('support-faq-item') ?? []) {
      const b = item.shadowRoot.querySelector('#q');
      if (b?.getAttribute('aria-expanded') === 'false') b.click();
    }
    for (const item of document.querySelectorAll('support-faq-item')) {
      const b = item.shadowRoot.querySelector('#q');
      if (b?.getAttribute('aria-expanded') === 'false') b.click();
    }
  });
  const prep = page.locator('support-call-prep');
  await prep.locator('[part=submit]').click();
  if (errorsOnly) return;
  await prep.locator('select[name=topic]').selectOption('payment');
  await prep.locator('[name=account]').fill('ana@example.com');
  await prep.locator('[name=when]').fill('2026-11-20T09:30');
  await prep.locator('[name=what]').fill('ExamplePayTransactionReference'.repeat(8));
  await prep.locator('[part=submit]').click();
  const boxes = page.locator('support-dispute-checklist input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.locator('support-dispute-checklist input[part=note]').first().fill('ExamplePayTransactionReference'.repeat(6));
  await page.locator('support-dispute-checklist input[part=note]').first().press('Tab');
  await expect(prep.locator('[part=summary]')).toBeVisible();
  await expect(page.locator('support-dispute-checklist [part=ready]')).toBeVisible();
}
