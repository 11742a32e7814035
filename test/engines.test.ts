import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { SupportCallPrep, SupportCenter, SupportFaq, SupportHotline } from '../src/index.js';
import { capture, fillCallPrep, nextFrame, text, uniqueKey, animations, panel, ready } from './helpers.js';

/**
 * What differs between the engines a merchant's customers use (Chromium, Firefox, WebKit/Safari), checked in
 * each of them (`npm test` runs this file in all three): text-field sizes that iOS Safari zooms into, tel:
 * links and copying, the FAQ's search highlight where the CSS Custom Highlight API is absent (removed for the
 * test), and closed answers with `hidden="until-found"` (all three engines here have it: docs/faq.md).
 */
const NOW = new Date('2026-11-24T15:00:00-05:00');

/** Every element under `root`, shadow roots included. */
function deep(root: ParentNode): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...deep(el.shadowRoot));
  }
  return out;
}

/** The fields whose text is under 16 px, each as `<element> <tag>#<id or name>: <size>`. */
const under16 = (fields: Element[]): string[] =>
  fields
    .map((f) => `${(f.getRootNode() as ShadowRoot).host?.localName} ${f.localName}#${f.id || f.getAttribute('name') || ''}: ${getComputedStyle(f).fontSize}`)
    .filter((s) => parseFloat(s.split(': ')[1]) < 16);

/** Input types the user types into (iOS zooms into these when their text is under 16 px); not checkboxes or buttons. */
const typed = (el: Element): boolean =>
  el instanceof HTMLSelectElement ||
  el instanceof HTMLTextAreaElement ||
  (el instanceof HTMLInputElement && !['checkbox', 'radio', 'hidden', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image'].includes(el.type));

describe('Engine differences (Chromium, Firefox, WebKit)', () => {
  afterEach(() => {
    localStorage.clear();
    history.replaceState(null, '', location.pathname + location.search);
  });

  // Runs first in this file: the FAQ keeps the page's one highlight registry entry once made.
  it('FAQ search without the CSS Custom Highlight API: filters and announces as before, the answers untouched, no error', async () => {
    const saved = Object.getOwnPropertyDescriptor(window, 'Highlight');
    // As in an engine without the API (Firefox before 140, Safari before 17.2).
    delete (window as unknown as Record<string, unknown>).Highlight;
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq searchable>
        <support-faq-item question="Why was my card declined?"><p>Your <b>card</b> issuer declined it.</p></support-faq-item>
        <support-faq-item question="How do refunds work?"><p>Refunds take five days.</p></support-faq-item>
      </support-faq>`);
      const items = await ready(el);
      const before = items.map((it) => it.innerHTML);
      const search = el.shadowRoot!.querySelector<HTMLInputElement>('input[part=search]')!;
      const searched = oneEvent(el, 'support-faq-search');
      search.value = 'card';
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      expect((await searched).detail).to.deep.equal({ query: 'card', results: 1 });
      await waitUntil(() => items[1].hidden && !items[0].hidden, 'the FAQ filtered to the match');
      expect(items.map((it) => it.innerHTML)).to.deep.equal(before);
      expect(CSS.highlights?.has('support-faq') ?? false).to.equal(false);
      expect(errors.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
      if (saved) Object.defineProperty(window, 'Highlight', saved);
    }
  });

  it('every text field and select reads at least 16 px, on a page whose text is 12 px (iOS Safari zooms into smaller ones)', async () => {
    document.documentElement.style.fontSize = '12px';
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <support-center .now=${NOW}></support-center>
        <support-faq searchable><support-faq-item question="Refunds?"><p>Five days.</p></support-faq-item></support-faq>
        <support-call-prep storage-key="engines-font" .now=${NOW}></support-call-prep>
        <support-dispute-checklist type="not-received" .now=${NOW}></support-dispute-checklist>
      </div>`);
      const center = page.querySelector<SupportCenter>('support-center')!;
      const loaded = oneEvent(center, 'support-center-load');
      center.src = '/test/fixtures/center.json';
      await loaded;
      await waitUntil(() => deep(page).filter((e) => e.localName === 'support-dispute-checklist').length === 2, 'the center rendered its sections');
      const elements = deep(page).filter((e) => e.localName.startsWith('support-')) as (HTMLElement & { updateComplete?: Promise<unknown> })[];
      await Promise.all(elements.map((e) => e.updateComplete));
      const fields = deep(page).filter(typed);
      // The center's FAQ search and call form, the FAQ's search, the call form's fields, the checklist's date.
      expect(fields.length).to.be.greaterThan(10);
      expect(under16(fields)).to.deep.equal([]);
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('every text field stays at 16 px or more when the merchant sets --support-font-size: 14px: the callback form, the call form, the checklist, the FAQ search', async () => {
    // A documented theming setting: the elements' text follows it, their text fields never go under 16 px.
    document.documentElement.style.setProperty('--support-font-size', '14px');
    try {
      const page = await fixture<HTMLElement>(html`<div>
        <support-hotline
          callback-endpoint="/__capture/engines-font"
          .lines=${[{ label: 'Support', number: '+18005550100', hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York' }]}
          .viewerTimeZone=${'America/New_York'}
          .now=${new Date('2026-11-24T20:45:00Z')}
        ></support-hotline>
        <support-faq searchable><support-faq-item question="Refunds?"><p>Five days.</p></support-faq-item></support-faq>
        <support-call-prep storage-key="engines-font-14" .now=${NOW}></support-call-prep>
        <support-dispute-checklist type="not-received" .now=${NOW}></support-dispute-checklist>
      </div>`);
      const hotline = page.querySelector<SupportHotline>('support-hotline')!;
      await hotline.updateComplete;
      hotline.shadowRoot!.querySelector<HTMLButtonElement>('[data-cb]')!.click();
      await waitUntil(() => hotline.shadowRoot!.querySelector('[part=callback-form]'), 'the callback form opened');
      const elements = deep(page).filter((e) => e.localName.startsWith('support-')) as (HTMLElement & { updateComplete?: Promise<unknown> })[];
      await Promise.all(elements.map((e) => e.updateComplete));
      // The text itself follows the setting (a line's label), so the setting is in force.
      expect(getComputedStyle(hotline.shadowRoot!.querySelector('[part=label]')!).fontSize).to.equal('14px');
      const fields = deep(page).filter(typed);
      expect(fields.filter((f) => (f.getRootNode() as ShadowRoot).host === hotline).length, 'the callback form’s fields').to.be.greaterThan(1);
      expect(under16(fields)).to.deep.equal([]);
    } finally {
      document.documentElement.style.removeProperty('--support-font-size');
    }
  });

  it('the hotline number is a tel: link, and Enter on it fires support-hotline-call before the dial', async () => {
    const el = await fixture<SupportHotline>(
      html`<support-hotline number="+18005550100" display-number="1-800-555-0100" label="Customer support" .now=${NOW}></support-hotline>`,
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=number]')!;
    expect(link.protocol).to.equal('tel:');
    expect(link.getAttribute('href')).to.equal('tel:+18005550100');
    // Cancelled, so the test browser does not try to open a dialler.
    el.addEventListener('support-hotline-call', (e) => e.preventDefault());
    const call = oneEvent(el, 'support-hotline-call');
    link.focus();
    await sendKeys({ press: 'Enter' });
    expect((await call).detail).to.deep.equal({ number: '+18005550100', label: 'Customer support' });
  });

  it('a tel: link in a FAQ answer keeps its number in each engine', async () => {
    const el = await fixture<SupportFaq>(
      html`<support-faq .items=${[{ id: 'q', question: 'Phone?', answer: 'Call [1-800-555-0100](tel:+18005550100).' }]}></support-faq>`,
    );
    const [item] = await ready(el);
    item.open = true;
    await animations(el);
    const link = item.querySelector<HTMLAnchorElement>('a')!;
    expect(link.protocol).to.equal('tel:');
    expect(link.getAttribute('href')).to.equal('tel:+18005550100');
    expect(text(link)).to.equal('1-800-555-0100');
    expect(panel(item).hidden).to.equal(false);
  });

  it("copies the number to the engine's real clipboard: pasted into a field, it is the number", async () => {
    const el = await fixture<SupportHotline>(
      html`<support-hotline number="+18005550100" display-number="1-800-555-0100" label="Customer support" .now=${NOW}></support-hotline>`,
    );
    const field = await fixture<HTMLTextAreaElement>(html`<textarea aria-label="Paste here"></textarea>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=copy]')!;
    button.focus();
    const copied = oneEvent(el, 'support-hotline-copy');
    await sendKeys({ press: 'Enter' });
    expect((await copied).detail).to.deep.equal({ number: '+18005550100' });
    await waitUntil(() => text(button) === 'Copied', 'the button says Copied');
    field.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'v' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => field.value !== '', 'the paste arrived', { timeout: 3000 }).catch(() => undefined);
    expect(field.value).to.equal('+18005550100');
    field.remove();
  });

  it("copies the call summary, several lines, to the engine's real clipboard: pasted into a field, it is the summary", async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('engines-copy')} .now=${NOW}></support-call-prep>`);
    await fillCallPrep(el);
    const submitted = oneEvent(el, 'support-call-prep-submit');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await submitted;
    await el.updateComplete;
    const summary = el.summaryText();
    expect(summary.split('\n').length).to.be.greaterThan(3);
    const copy = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=summary] button')].find((b) => text(b) === 'Copy')!;
    copy.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text(el.shadowRoot!.querySelector('[role=status]')) === 'Copied', 'the form says Copied');
    const field = await fixture<HTMLTextAreaElement>(html`<textarea aria-label="Paste here"></textarea>`);
    field.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'v' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => field.value !== '', 'the paste arrived', { timeout: 3000 }).catch(() => undefined);
    expect(field.value).to.equal(summary);
    field.remove();
  });

  it('lang="ar-u-nu-latn" gives Latin digits in every engine, whatever its Intl data does for plain ar (docs/languages.md)', async () => {
    const el = await fixture<SupportHotline>(
      html`<support-hotline lang="ar-u-nu-latn" number="+18005550100" display-number="1-800-555-0100" hours="Mo-Fr 09:00-18:00" timezone="America/New_York" .viewerTimeZone=${'America/New_York'} .now=${NOW}></support-hotline>`,
    );
    const status = text(el.shadowRoot!.querySelector('[part=status]'));
    expect(status).to.match(/[0-9]/);
    expect(status).not.to.match(/[\u0660-\u0669\u06f0-\u06f9]/);
  });

  it('closed FAQ answers: findable by find-in-page (hidden="until-found") where supported, plainly hidden elsewhere', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>
      <support-faq-item question="Refunds?"><p>Refunds take five days.</p></support-faq-item>
    </support-faq>`);
    const [item] = await ready(el);
    const region = panel(item);
    // `hidden="until-found"` and the `beforematch` event ship together (Chromium 102, Firefox 139, Safari 26).
    const untilFound = 'onbeforematch' in document.body;
    expect(region.getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
    // Closed, the answer takes no room either way, and a click opens it.
    expect(region.getBoundingClientRect().height).to.equal(0);
    item.shadowRoot!.querySelector('button')!.click();
    await animations(el);
    await nextFrame();
    expect(region.hidden).to.equal(false);
    expect(region.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  // Last in this file: the page keeps its CSP, and the library decides on its Trusted Types policy once per page.
  it('a strict CSP without Trusted Types (an engine without the API): the elements render and write their JSON-LD with no violation', async () => {
    // As in an engine without Trusted Types; the policy is looked up at the first JSON-LD write.
    Object.defineProperty(window, 'trustedTypes', { configurable: true, value: undefined });
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'";
    document.head.append(meta);
    const violations: string[] = [];
    const report = (e: SecurityPolicyViolationEvent): number => violations.push(e.violatedDirective);
    document.addEventListener('securitypolicyviolation', report);
    const errors = capture('error');
    try {
      const items = [{ question: 'How long does a refund take?', answer: 'To a card: **5 to 10 business days**.' }];
      const el = await fixture<SupportFaq>(html`<support-faq structured-data .items=${items}></support-faq>`);
      await ready(el);
      const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];
      expect(scripts.map((x) => (JSON.parse(x.textContent!) as { '@type': string })['@type'])).to.include('FAQPage');
      expect(text(el.shadowRoot!.querySelector('support-faq-item')!.shadowRoot!.querySelector('button'))).to.equal('How long does a refund take?');
      await nextFrame();
      expect(violations).to.deep.equal([]);
      expect(errors.calls).to.deep.equal([]);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
      document.removeEventListener('securitypolicyviolation', report);
    }
  });
});
