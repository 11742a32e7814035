// Bugs the hostile-input corpus found, one test each (each failed before its fix).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { hasSecret, type SupportCallPrep, type SupportDisputeChecklist, type SupportFaq, type SupportHotline } from '../../src/index.js';
import { capture, nextFrame } from '../helpers.js';

const NOW = new Date('2026-11-24T15:45:00Z');
const N = 100_000;

/** Milliseconds `fn` takes. */
async function ms(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

describe('hostile input: regressions', () => {
  afterEach(() => localStorage.clear());

  it('<support-faq> renders a 1 MB answer of "[" at once (the link pattern backtracked quadratically: 15 s)', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq></support-faq>`);
    const took = await ms(async () => {
      el.items = [
        { question: 'Brackets?', answer: '['.repeat(1 << 20) },
        { question: 'Links?', answer: '[a]('.repeat(1 << 18) },
      ];
      await el.updateComplete;
    });
    expect(took).to.be.below(1000);
    expect(el.shadowRoot!.querySelector('support-faq-item')!.textContent!.length).to.equal(1 << 20);
  });

  it('<support-faq> still renders links, with brackets and parentheses around them as text', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq></support-faq>`);
    el.items = [{ question: 'Links?', answer: 'See [[our fees](https://example.com/fees)] (or [mail](mailto:a@example.com)).' }];
    await el.updateComplete;
    const it = el.shadowRoot!.querySelector('support-faq-item')!;
    expect(it.textContent).to.equal('See [our fees] (or mail).');
    expect([...it.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/fees', 'mailto:a@example.com']);
  });

  it('hasSecret checks a Chinese code keyword followed by 100,000 spaces in linear time', async () => {
    const took = await ms(() => hasSecret(`验证码${' '.repeat(N)}x`));
    expect(took).to.be.below(500);
    expect(['验证码 是 123456', '验证码123456', 'CVV: 123', '安全码为 321'].map(hasSecret)).to.deep.equal([true, true, true, true]);
  });

  it('<support-dispute-checklist> survives a planted note that is not text (an object whose toString is not a function)', async () => {
    const key = 'hostile-bug-note';
    const d = { t: 'not-received', p: { 'not-received': { statement: { c: 1, n: { toString: 1, valueOf: 1 } }, receipt: { n: 42 } } } };
    localStorage.setItem(`support-widgets@2:dispute:${key}:`, JSON.stringify({ v: 1, t: NOW.getTime(), e: NOW.getTime() + 864e5, d }));
    const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist storage-key=${key} .now=${NOW}></support-dispute-checklist>`);
    await el.updateComplete;
    await nextFrame();
    const notes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[part=note]')].map((n) => n.value);
    expect(notes.slice(0, 2)).to.deep.equal(['', '']);
    expect(el.exportText()).to.include('[x] Statement line\n');
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Item or service not received');
  });

  it('<support-call-prep> refuses a custom field id that names an Object.prototype member (typing in it threw)', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep no-persist .now=${NOW} .fields=${['account', { id: 'toString', label: 'Odd' }, { id: 'constructor', label: 'Odd' }, { id: 'order', label: 'Order' }]}></support-call-prep>`,
      );
      await el.updateComplete;
      expect(errors.calls).to.deep.equal([
        '<support-call-prep> fields[1].id: expected a new id of letters, digits and dashes, got string "toString".',
        '<support-call-prep> fields[2].id: expected a new id of letters, digits and dashes, got string "constructor".',
      ]);
      const order = el.shadowRoot!.querySelector<HTMLInputElement>('[name=order]')!;
      order.value = 'A-1';
      order.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      // Account and Order, then the four call notes.
      expect(el.shadowRoot!.querySelectorAll('[part=field]')).to.have.length(6);
    } finally {
      errors.restore();
    }
  });

  it('<support-call-prep> keeps a planted "__proto__" draft key as data, never as the prototype of the values', async () => {
    const key = 'hostile-bug-proto';
    localStorage.setItem(
      `support-widgets:${key}:call-prep`,
      `{"v":1,"t":${NOW.getTime()},"e":${NOW.getTime() + 864e5},"d":{"__proto__":["x"],"account":"ana"}}`,
    );
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep storage-key=${key} .now=${NOW} .fields=${['account', { id: 'map', label: 'Map' }]}></support-call-prep>`,
    );
    await el.updateComplete;
    const account = el.shadowRoot!.querySelector<HTMLInputElement>('[name=account]')!;
    expect(account.value).to.equal('ana');
    // Submitting reads every shown field's value: `map` must not find Array.prototype.map.
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.summaryText()).to.include('Email or account ID: ana\n');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('[name=map]')!.value).to.equal('');
  });

  it('<support-hotline> reports a number or time zone of the wrong type once, not twice', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportHotline>(html`<support-hotline .now=${NOW}></support-hotline>`);
      el.lines = [{ number: 18005550100 as unknown as string, hours: 'Mo-Fr 09:00-18:00', timezone: 7 as unknown as string }];
      await el.updateComplete;
      expect(errors.calls).to.deep.equal([
        '<support-hotline> lines[0].number: expected a string, got number 18005550100.',
        '<support-hotline> lines[0].timezone: expected a string, got number 7.',
      ]);
      expect(el.shadowRoot!.querySelector('[part=status]')!.getAttribute('data-state')).to.equal('hoursUnknown');
    } finally {
      errors.restore();
    }
  });

  it('<support-dispute-checklist> reports types[].items that is not an array once, not twice', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist .now=${NOW} .types=${[{ id: 'gift', label: 'Gift card', items: 5 }]}></support-dispute-checklist>`,
      );
      await el.updateComplete;
      expect(errors.calls).to.deep.equal(['<support-dispute-checklist> types[0].items: expected an array of evidence items, got number 5.']);
    } finally {
      errors.restore();
    }
  });

  it('<support-call-prep> renders an amount field given without options (with the built-in currencies); rendering threw', async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist .now=${NOW} .fields=${[{ id: 'refund', label: 'Refund', type: 'amount' }]}></support-call-prep>`,
    );
    await el.updateComplete;
    const currencies = [...el.shadowRoot!.querySelectorAll('[name=refundCurrency] option')].map((o) => o.getAttribute('value'));
    expect(currencies.slice(0, 3)).to.deep.equal(['', 'USD', 'EUR']);
    expect(el.shadowRoot!.querySelector('#refund-l')!.textContent).to.include('Refund');
  });

  it('<support-call-prep> refuses the topic field turned into checkboxes without options; rendering threw', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep no-persist .now=${NOW} .fields=${[{ id: 'topic', type: 'checks' }, 'account']}></support-call-prep>`,
      );
      await el.updateComplete;
      expect(errors.calls).to.deep.equal(['<support-call-prep> fields[0].options: expected an array of strings, got nothing.']);
      expect(el.shadowRoot!.querySelector('[name=account]')).to.exist;
    } finally {
      errors.restore();
    }
  });

  it('<support-center> follows or ignores a link whose href holds a newline or a quote; the section lookup threw', async () => {
    const el = await fixture<HTMLElement>(
      html`<support-center sections="faq hotline"><div slot="faq"><a id="odd" href="#hot\nline">Odd</a> <a id="quote" href="#hotline&quot;]">Quote</a></div></support-center>`,
    );
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const url = location.href;
    try {
      for (const id of ['odd', 'quote']) {
        // An error in the element's click handler would surface as an uncaught error and fail this test.
        el.querySelector<HTMLAnchorElement>(`#${id}`)!.click();
        await nextFrame();
      }
    } finally {
      history.replaceState(history.state, '', url);
    }
  });

  it('a string override keeps placeholders that are not parameters, {constructor} and {toString} included, as written', async () => {
    const el = await fixture<SupportHotline>(
      html`<support-hotline .now=${NOW} .lines=${[{ number: '+18005550100', languages: 'en' }]} .strings=${{ languages: 'Languages: {list} {constructor} {toString} {x}' }}></support-hotline>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.meta')!.textContent).to.equal('Languages: English {constructor} {toString} {x}');
  });
});
