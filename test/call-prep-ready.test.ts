import { expect, fixture, html } from '@open-wc/testing';
import { registerLocale } from '../src/index.js';
import { SupportCallPrep } from '../src/call-prep.js';
import { $, $$, capture, fillCallPrep, text } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');

/** A form filled in for `topic` and submitted: its summary shows what to have ready. */
async function prepared(el: SupportCallPrep, topic = 'payment'): Promise<string[]> {
  await fillCallPrep(el);
  const select = $<HTMLSelectElement>(el, '#topic');
  select.value = topic;
  select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  $<HTMLButtonElement>(el, '[part="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
  return $$(el, '[part="summary"] ul li').map(text);
}

describe('<support-call-prep> what to have ready', () => {
  it('lists one string per item, each overridden by its own key; a | in an override is just text', async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist .now=${NOW} .strings=${{ ready_payment_error: 'The exact error text | its code' }}></support-call-prep>`,
    );
    expect(await prepared(el)).to.deep.equal(['The card or bank statement', 'The exact error text | its code']);
    expect(el.summaryText()).to.include('Have ready:\n- The card or bank statement\n- The exact error text | its code');
    await expect(el).to.be.accessible();
  });

  it('lists each language’s items, and a custom topic gets the list of "other"', async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep lang="zh-CN" no-persist .now=${NOW} .topics=${['security', { id: 'refund', label: 'Refund' }]}></support-call-prep>`,
    );
    expect(await prepared(el, 'security')).to.deep.equal(['您常用的设备', '不认识的账户活动']);
    const custom = await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist .now=${NOW} .topics=${[{ id: 'refund', label: 'Refund' }]}></support-call-prep>`,
    );
    expect(await prepared(custom, 'refund')).to.deep.equal(['Screenshots or emails about it']);
  });

  it('still reads a merchant’s old one-string list (`ready_payment`, items split on |) for this release, warning once per page', async () => {
    const warn = capture('warn');
    try {
      const old = { ready_payment: 'Bank statement|Screenshot of the error|Receipt' };
      const first = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .now=${NOW} .strings=${old}></support-call-prep>`);
      expect(await prepared(first)).to.deep.equal(['Bank statement', 'Screenshot of the error', 'Receipt']);
      const second = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .now=${NOW} .strings=${old}></support-call-prep>`);
      expect(await prepared(second)).to.deep.equal(['Bank statement', 'Screenshot of the error', 'Receipt']);
      expect(warn.calls).to.deep.equal([
        '<support-call-prep>: "ready_payment" is read in this release only: use ready_payment_statement, ready_payment_error (docs/call-prep.md).',
      ]);
      // Another topic's list is untouched.
      const other = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .now=${NOW} .strings=${old}></support-call-prep>`);
      expect(await prepared(other, 'dispute')).to.deep.equal(['Receipts, emails and other evidence', 'The seller’s reply']);
    } finally {
      warn.restore();
    }
  });

  it('still reads the old key from a registered language, and from the JSON config, warning once each', async () => {
    registerLocale('x-ready-test', { callPrep: { ready_security: 'Votre téléphone|Les connexions inconnues' } as never });
    const warn = capture('warn');
    try {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep lang="x-ready-test" no-persist .now=${NOW}></support-call-prep>`);
      expect(await prepared(el, 'security')).to.deep.equal(['Votre téléphone', 'Les connexions inconnues']);
      const json = await fixture<SupportCallPrep>(
        html`<support-call-prep no-persist .now=${NOW}><script type="application/json">{ "strings": { "ready_methods": "The new card" } }</script></support-call-prep>`,
      );
      expect(await prepared(json, 'methods')).to.deep.equal(['The new card']);
      expect(warn.calls.map((w) => w.match(/"(ready_\w+)"/)?.[1])).to.deep.equal(['ready_security', 'ready_methods']);
    } finally {
      warn.restore();
    }
  });

  it('warns about an old list when the page gives it, before any summary shows, and never while rendering one', async () => {
    const warn = capture('warn');
    const errors = capture('error');
    // What the console got while an element rendered: rendering reports nothing (validation happens on input).
    const fromRender: string[] = [];
    const { render } = SupportCallPrep.prototype;
    SupportCallPrep.prototype.render = function (this: SupportCallPrep) {
      const before = [warn.calls.length, errors.calls.length];
      const result = render.call(this);
      fromRender.push(...warn.calls.slice(before[0]), ...errors.calls.slice(before[1]));
      return result;
    };
    try {
      const old = { ready_account: 'Passport|The new address' };
      const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .now=${NOW} .strings=${old}></support-call-prep>`);
      // Said as the strings came in: the merchant sees it on loading the page, not when a user first prepares a call.
      expect(warn.calls).to.deep.equal([
        '<support-call-prep>: "ready_account" is read in this release only: use ready_account_id, ready_account_new (docs/call-prep.md).',
      ]);
      expect(await prepared(el, 'account')).to.deep.equal(['Passport', 'The new address']);
      // The summary rendered again, and in a second form: still the one warning.
      el.requestUpdate();
      await el.updateComplete;
      const again = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .now=${NOW} .strings=${old}></support-call-prep>`);
      expect(await prepared(again, 'account')).to.deep.equal(['Passport', 'The new address']);
      expect(warn.calls).to.have.length(1);
      // A language registered while the form is on the page: its old list is said at once too.
      const later = await fixture<SupportCallPrep>(html`<support-call-prep lang="x-ready-later" no-persist .now=${NOW}></support-call-prep>`);
      registerLocale('x-ready-later', { callPrep: { ready_other: 'Photos of it|Emails about it' } as never });
      await later.updateComplete;
      expect(warn.calls.map((w) => w.match(/"(ready_\w+)"/)?.[1])).to.deep.equal(['ready_account', 'ready_other']);
      expect(await prepared(later, 'other')).to.deep.equal(['Photos of it', 'Emails about it']);
      expect(fromRender).to.deep.equal([]);
      expect(errors.calls).to.deep.equal([]);
    } finally {
      SupportCallPrep.prototype.render = render;
      warn.restore();
      errors.restore();
    }
  });

  it("shows a merchant field's options as given, never a string of the table whose key they happen to spell", async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist .now=${NOW} .fields=${['topic', { id: 'ready', label: 'Ready', type: 'checks', options: ['account', 'account_id'] }]}></support-call-prep>`,
    );
    expect($$(el, '.check').map(text)).to.deep.equal(['account', 'account_id']);
  });
});
