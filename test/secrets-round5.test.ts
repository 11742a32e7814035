// Issue 13, outside check 5: N1 a Latin keyword glued to Chinese (`CVV是123`, `PIN是1234`, `OTP是482913`);
// N2 a card joined to an earlier number by `-`, `.`, `/` or typed in groups of 3 or 5 (`ref 2026-4539-…`)
// while typing; N4 `refund#4539…` passed for an order reference; N5 codes that are no secret (`Approval code:
// 123456`) and answers that give no password (`Password: never set one`) were masked.
// Tried through what the user types and what leaves each element: drafts in localStorage, change and submit
// events, summaryText(), the FAQ search event, the checklist's storage and exports.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist, SupportFaq } from '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { cardStartShownArabic as exposed, searchQuery, shadow, storage, typeInto, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');

/** Latin keyword, Chinese link word, value: the secret each gives. */
const GLUED: [string, string][] = [
  ['CVV是123', '123'],
  ['PIN是1234', '1234'],
  ['OTP是482913', '482913'],
  ['CVV为123', '123'],
  ['我的PIN是1234', '1234'],
  ['CVV是１２３', '１２３'],
  ['CVV是٣٢١', '٣٢١'],
  ['password是：hunter2', 'hunter2'],
  ['OTP码是482913', '482913'],
  ['PIN号是1234', '1234'],
  ['cvv是：123', '123'],
  ['CVC是123', '123'],
];
/** The red team's sentence: three secrets in one line, as Chinese users write them. */
const SENTENCE = '卡的CVV是123，PIN是1234，OTP是482913';
const SENTENCE_SECRETS = ['123', '1234', '482913'];
/** Near misses: a keyword glued to Chinese that gives no secret; a Latin letter still makes a longer word. */
const NEAR = ['PIN码没收到', 'CVV在哪里', 'OTP没收到', 'CVV是什么？', 'pinot 1234', 'cvv2x 123', 'PIN号在卡背面吗'];

/** Whether `out` holds any secret, in any digit script it may have been typed in. */
const holds = (out: string, secrets: string[]): boolean => secrets.some((s) => out.includes(s));

// Whatever another test file left in this origin's storage is not this file's: every test starts empty.
beforeEach(() => localStorage.clear());

describe('N1: a Latin secret keyword glued to Chinese text', () => {
  afterEach(() => localStorage.clear());

  it('the detector masks the value and keeps the words', () => {
    for (const [text, secret] of GLUED) {
      const out = redact(text).text;
      expect(out, text).not.to.include(secret);
      expect(out, text).to.match(/••••••$/);
      expect(out.replace('••••••', ''), text).to.equal(text.slice(0, text.length - secret.length));
    }
    expect(redact(SENTENCE).text).to.equal('卡的CVV是••••••，PIN是••••••，OTP是••••••');
    expect(redact('CVV هو 123').text).to.equal('CVV هو ••••••');
    expect(redact('رمز CVVهو123').text).not.to.include('123');
  });

  it('leaves near misses as they are: no secret given, or a longer Latin word', () => {
    for (const text of NEAR) expect(redact(text).text, text).to.equal(text);
  });

  it('<support-call-prep>: typed key by key, no secret reaches the draft, a change or submit event or the summary', async () => {
    const k = uniqueKey('round5');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW}></support-call-prep>`);
    const out: string[] = [];
    el.addEventListener('support-call-prep-change', (e) => out.push(JSON.stringify(e.detail)));
    el.addEventListener('support-call-prep-submit', (e) => out.push(JSON.stringify(e.detail)));
    await typeInto(el, 'topic', 'payment');
    await typeInto(el, 'account', 'ana@example.com');
    for (let n = 1; n <= SENTENCE.length; n++) {
      await typeInto(el, 'what', SENTENCE.slice(0, n));
      out.push(storage());
    }
    shadow(el)
      .querySelector('[name="what"]')!
      .dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    out.push(storage());
    const submitted = oneEvent(el, 'support-call-prep-submit');
    shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await submitted;
    await el.updateComplete;
    out.push(el.summaryText(), storage());
    for (const text of out) expect(holds(text, SENTENCE_SECRETS), text).to.equal(false);
    expect(el.summaryText()).to.include('卡的CVV是••••••，PIN是••••••，OTP是••••••');
    for (const [text, secret] of GLUED) {
      await typeInto(el, 'what', text);
      expect(el.summaryText(), text).not.to.include(secret);
      expect(storage(), text).not.to.include(secret);
    }
    el.remove();
  });

  it('<support-faq>: the search event’s query never carries the secret', async () => {
    const el = await fixture<SupportFaq>(
      html`<support-faq searchable search-delay="0"><support-faq-item question="Refunds"><p>Five days.</p></support-faq-item></support-faq>`,
    );
    const search = searchQuery(el);
    for (const [text, secret] of GLUED) expect(await search(text), text).not.to.include(secret);
    expect(await search(SENTENCE)).to.equal('卡的CVV是••••••，PIN是••••••，OTP是••••••');
    for (const text of NEAR) expect(await search(text), text).to.equal(text);
  });

  it('<support-dispute-checklist>: a note keeps its words, and no secret reaches storage or the exports', async () => {
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist type="duplicate" dispute-id=${uniqueKey('round5')} storage-key="r5" .now=${NOW}></support-dispute-checklist>`,
    );
    const input = shadow(el).querySelectorAll<HTMLInputElement>('input[part=note]')[0];
    input.value = SENTENCE;
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    for (const text of [storage(), el.exportText(), JSON.stringify(el.exportJson()), input.value]) expect(holds(text, SENTENCE_SECRETS), text).to.equal(false);
    expect(el.exportText()).to.include('卡的CVV是••••••，PIN是••••••，OTP是••••••');
    await expect(el).to.be.accessible();
  });
});

const CARD = '4539148803436467';
/** The red team's N2 inputs, N4's `refund#`, and the same in Arabic-Indic digits. */
const TAILS = [
  'ref 2026-4539-1488-0343-6467',
  'ref 2026.4539.1488.0343.6467',
  'ref 2026/4539/1488/0343/6467',
  'ref 123-4539148803436467',
  'ref 2026 453 914 880 343 646 7',
  'ref 2026 45391 48803 43646 7',
  'ref ٢٠٢٦ ٤٥٣ ٩١٤ ٨٨٠ ٣٤٣ ٦٤٦ ٧',
  'ref ٢٠٢٦-٤٥٣٩-١٤٨٨-٠٣٤٣-٦٤٦٧',
  'refund#4539148803436467',
  'referral#4539148803436467',
];

describe('N2, N4: a card typed in the tail of another number, or after refund#, is held while typing', () => {
  afterEach(() => localStorage.clear());

  it('<support-call-prep>: the draft and the change event get at most 6 of its digits, keystroke by keystroke', async () => {
    for (const typed of TAILS) {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('round5')}></support-call-prep>`);
      const seen: string[] = [];
      el.addEventListener('support-call-prep-change', (e) => seen.push(String(e.detail.data.what ?? '')));
      for (let n = 1; n <= typed.length; n++) {
        await typeInto(el, 'what', typed.slice(0, n));
        seen.push(storage());
      }
      expect(Math.max(...seen.map((s) => exposed(s, typed, CARD))), typed).to.be.at.most(6);
      expect(seen[seen.length - 1], typed).to.include('•••• 6467');
      el.remove();
      localStorage.clear();
    }
  });

  it('<support-faq>: the query gets at most 6 of its digits; phone and order numbers are kept', async () => {
    const el = await fixture<SupportFaq>(
      html`<support-faq searchable search-delay="0"><support-faq-item question="Refunds"><p>Five days.</p></support-faq-item></support-faq>`,
    );
    const search = searchQuery(el);
    for (const typed of TAILS) {
      for (let n = 1; n < typed.length; n++) expect(exposed(await search(typed.slice(0, n)), typed, CARD), typed.slice(0, n)).to.be.at.most(6);
      expect(await search(typed)).to.match(/•••• 6467$/);
    }
    for (const kept of ['call (800) 555-0100', 'order 112-4567890-4234565', 'order 100-0000000-4000000', 'ref #6011000', 'reference #6011000', 'ref. #6011000'])
      expect(await search(kept)).to.equal(kept);
  });

  it('the detector: phone numbers and dates typed alone are whole once the field is left', () => {
    for (const text of ['415 555 0100', '(800) 555-0100', '25/12/2026', 'on 2026-12-05', 'ref 2026-4539', 'paid $69,642.44 on 25/12/2026'])
      expect(redact(text).text, text).to.equal(text);
  });
});

/** N5: what a receipt prints and an agent asks for, and answers that give no password. */
const PUBLIC = [
  'Approval code: 123456',
  'MCC code: 5411',
  'merchant code: 12345',
  'Booking confirmation code: 7781',
  'authorization code: 654321',
  'Authorisation code: 654321',
  'result code: 1001',
  'ISO code: 978',
  'order code: 55512',
  'reservation code: 12345',
  'Transaction code: 123456',
  'Password: never set one.',
  "password: don't have one",
  'password: I never had one',
  'code: 504 error',
];

describe('N5: codes that are no secret, and answers that give no password, are kept', () => {
  afterEach(() => localStorage.clear());

  it('the detector keeps them; real codes beside them and `auth code` (also a sign-in code) are still masked', () => {
    for (const text of PUBLIC) expect(redact(text).text, text).to.equal(text);
    for (const [text, out] of [
      ['Auth code: 123456', 'Auth code: ••••••'],
      ['code: 482913', 'code: ••••••'],
      ['Approval code: 123456, verification code: 482913', 'Approval code: 123456, verification code: ••••••'],
      ['Password: never set one. My PIN is 4321', 'Password: never set one. My PIN is ••••••'],
      ['password: never123', 'password: ••••••'],
    ])
      expect(redact(text).text, text).to.equal(out);
  });

  it('<support-call-prep>: the red team’s sentence reaches the submit event and the summary unchanged', async () => {
    const sentence = 'Receipt says Approval code: 123456, MCC code: 5411, merchant code: 12345. Booking confirmation code: 7781. Password: never set one.';
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('round5')} .now=${NOW}></support-call-prep>`);
    await typeInto(el, 'topic', 'payment');
    await typeInto(el, 'account', 'ana@example.com');
    await typeInto(el, 'what', sentence);
    shadow(el)
      .querySelector('[name="what"]')!
      .dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const submitted = oneEvent(el, 'support-call-prep-submit');
    shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!.click();
    expect((await submitted).detail.data.what).to.equal(sentence);
    await el.updateComplete;
    expect(el.summaryText()).to.include(sentence);
    expect(storage()).to.include(sentence);
  });
});
