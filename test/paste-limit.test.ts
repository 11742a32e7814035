// Issue 13, R9-11: a huge paste into the call form or a checklist note. The browser's own layout of a megabyte of
// Chinese text in a text box takes tens of seconds in Chromium, so a text field keeps at most 10,000 characters
// (its `maxlength`), also when a script sets a longer value; the 1 MB case is in test/huge-input.test.ts.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist } from '../src/index.js';
import { uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');

describe('<support-call-prep>: a 100 KB paste', () => {
  it('keeps the first 10,000 characters of the description, shown, summarised and saved, with Chinese code keywords', async () => {
    const key = uniqueKey('paste-limit');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${key} .now=${NOW}></support-call-prep>`);
    const what = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name=what]')!;
    expect(what.maxLength).to.equal(10_000);
    what.focus();
    what.value = '验证码1'.repeat(25_000);
    what.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    what.blur();
    await el.updateComplete;
    expect(what.value.length).to.equal(10_000);
    expect(what.value.startsWith('验证码1验证码1')).to.equal(true);
    // The codes (`验证码1` is a keyword and a digit) are masked as before; nothing past the limit is kept anywhere.
    const saved = Object.keys(localStorage)
      .filter((k) => k.includes(key))
      .map((k) => localStorage.getItem(k)!)
      .join('');
    expect(saved.length).to.be.below(60_000);
    expect(el.summaryText().length).to.be.below(60_000);
  });

  it('tells the user, beside the field and in the live region, that the text beyond 10,000 characters was not kept', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .now=${NOW}></support-call-prep>`);
    const what = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name=what]')!;
    what.value = 'The app charged me twice for the same order. '.repeat(300);
    what.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    const note = el.shadowRoot!.getElementById(`what-w`);
    expect(note?.textContent).to.include('at most 10,000 characters');
    expect(what.getAttribute('aria-describedby')).to.include('what-w');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status], [aria-live]')?.textContent?.includes('10,000'), 'announced');
    // Shortened below the limit, the warning goes.
    what.value = 'The app charged me twice for the same order.';
    what.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('what-w')).to.equal(null);
  });

  it('says it in the page’s language (Japanese)', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep lang="ja" no-persist .now=${NOW}></support-call-prep>`);
    const what = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name=what]')!;
    what.value = '二重に請求されました。'.repeat(2_000);
    what.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('what-w')?.textContent).to.include('10,000 文字まで');
  });

  it('keeps the first 10,000 characters of a one-line field too, and never splits a character in two', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .now=${NOW}></support-call-prep>`);
    const account = el.shadowRoot!.querySelector<HTMLInputElement>('input[name=account]')!;
    expect(account.maxLength).to.equal(10_000);
    // An emoji (two UTF-16 units) across the limit is left out whole.
    account.value = `${'a'.repeat(9_999)}😀${'b'.repeat(100_000)}`;
    account.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
    await el.updateComplete;
    expect(account.value === 'a'.repeat(9_999), `${account.value.length} characters`).to.equal(true);
  });
});

describe('<support-dispute-checklist>: a 100 KB paste into a note', () => {
  it('keeps the first 200 characters, as the note’s maxlength does for a paste', async () => {
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist type="not-received" storage-key=${uniqueKey('paste-note')} .now=${NOW}></support-dispute-checklist>`,
    );
    const note = el.shadowRoot!.querySelector<HTMLInputElement>('input[part=note]')!;
    expect(note.maxLength).to.equal(200);
    note.value = 'Parcel 7781 not delivered. '.repeat(4_000);
    note.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(note.value.length).to.be.at.most(200);
    expect(el.exportText()).to.include('Parcel 7781 not delivered.');
    expect(el.exportText().length).to.be.below(5_000);
  });
});
