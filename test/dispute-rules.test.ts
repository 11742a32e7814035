import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/dispute-checklist.js';
import '../src/center.js';
import type { DisputeDeadline, SupportDisputeChecklist } from '../src/dispute-checklist.js';
import type { SupportCenter } from '../src/center.js';
import { click, enterDate, field, capture, nextFrame, shadow as root, $, $$, text, uniqueKey } from './helpers.js';
import { deadlineFor } from '../src/components/dispute-checklist/dispute-checklist.rules.js';

const languages = (await (await fetch('/__languages')).json()) as { tag: string }[];

const NOW = new Date(2026, 10, 24, 10, 0); // 24 November 2026, local time

/**
 * A 320 px screen: the viewport where the engine's driver can set it (MiniBrowser's window, WebKit's, stops near
 * 450 px: scripts/engines.js says so), and in every engine a page box as wide as that screen's body inside its
 * 8 px margins (304 px) with a phone's overlay scrollbar (Firefox's desktop scrollbar takes 12 px of the page).
 * The checklist has no media queries: its layout follows the width it is given.
 */
const phone = async (): Promise<void> => {
  if (/Chrome\/|Firefox\//.test(navigator.userAgent)) await setViewport({ width: 320, height: 640 });
};
const phoneBody = (box: HTMLElement): void => {
  box.style.boxSizing = 'border-box';
  box.style.width = '304px';
};
const has = (el: Element, selector: string): boolean => !!root(el).querySelector(selector);
const boxes = (el: Element): HTMLInputElement[] => $$<HTMLInputElement>(el, 'input[type=checkbox]');
const items = (el: Element): string[] => $$(el, '.check').map(text);
const lines = (el: Element, selector: string): string[] => $$(el, `${selector} span`).map(text);
const button = (el: Element, name: string): HTMLButtonElement => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name)!;
/** What has focus, as a user would tell it: its tag and text, or its label's text (comparing elements directly makes a failure unreadable). */
const focused = (el: Element): string => {
  const a = root(el).activeElement as HTMLElement | null;
  return a ? `${a.tagName.toLowerCase()} ${text(a) || text(a.closest('label'))}` : 'nothing';
};

async function make(attrs: Record<string, string>, now = NOW): Promise<SupportDisputeChecklist> {
  const el = document.createElement('support-dispute-checklist');
  // Tests that make several in one page: each its own dispute (one record saved by two is reported).
  el.setAttribute('dispute-id', uniqueKey('rules'));
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = now;
  return fixture<SupportDisputeChecklist>(el);
}

const TYPES = [
  'unauthorized',
  'unrecognized',
  'not-received',
  'not-as-described',
  'duplicate',
  'paid-by-other-means',
  'subscription-cancelled',
  'refund-not-received',
  'incorrect-amount',
  'other',
];
const dl = (date: string, rule: string, basis: string, earliest: string | null = null): DisputeDeadline => ({ date, earliest, rule, basis });

describe('<support-dispute-checklist> deadline rules (issue 14)', () => {
  afterEach(() => localStorage.clear());

  describe('the issue’s examples', () => {
    const cases: [Record<string, string>, string][] = [
      [{ regime: 'us-credit', type: 'other', 'statement-date': '2026-11-10' }, '2027-01-09'],
      [{ regime: 'us-debit', type: 'other', 'statement-date': '2026-11-10' }, '2027-01-09'],
      [{ regime: 'paypal', type: 'not-received', 'transaction-date': '2026-03-01' }, '2026-08-28'],
      [{ regime: 'visa', type: 'not-received', 'expected-date': '2026-12-01' }, '2027-03-31'],
      [{ regime: 'eu', type: 'unauthorized', 'transaction-date': '2026-01-15' }, '2027-02-15'],
    ];
    for (const [attrs, date] of cases) {
      it(`${Object.entries(attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ')} → ${date}`, async () => {
        const el = await make(attrs);
        expect(el.deadline!.date).to.equal(date);
        // Read-only: the element computes it.
        expect(() => ((el as unknown as { deadline: unknown }).deadline = null)).to.throw(TypeError);
      });
    }
  });

  describe('every regime × type', () => {
    // Month ends and leap years: 31 December + 60 days is 29 February 2028; 31 January + 13 months is 29 February 2028.
    const expectations: Record<string, (type: string) => [Record<string, string>, DisputeDeadline | null]> = {
      'us-credit': () => [{ 'statement-date': '2027-12-31' }, dl('2028-02-29', 'us-reg-z', 'statement-date')],
      'us-debit': () => [{ 'statement-date': '2026-12-31' }, dl('2027-03-01', 'us-reg-e', 'statement-date')],
      eu: (t) => [
        { 'transaction-date': '2027-01-31' },
        ['unauthorized', 'unrecognized', 'duplicate', 'subscription-cancelled'].includes(t) ? dl('2028-02-29', 'eu-psd2-71', 'transaction-date') : null,
      ],
      paypal: (t) =>
        t === 'unauthorized' || t === 'unrecognized'
          ? [{ 'statement-date': '2026-11-10', 'transaction-date': '2026-01-01' }, dl('2027-01-09', 'paypal-unauthorized', 'statement-date')]
          : t === 'duplicate' || t === 'incorrect-amount'
            ? [{ 'statement-date': '2026-11-10', 'transaction-date': '2026-01-01' }, dl('2027-01-09', 'paypal-error', 'statement-date')]
            : [{ 'transaction-date': '2026-03-01' }, dl('2026-08-28', 'paypal-180', 'transaction-date')],
      visa: (t) => [
        { 'transaction-date': '2026-01-31' },
        t === 'not-received'
          ? dl('2026-05-31', 'visa-13.1', 'transaction-date', '2026-02-15')
          : dl('2026-05-31', t === 'not-as-described' ? 'visa-13.3' : t === 'refund-not-received' ? 'visa-13.6' : 'visa-120', 'transaction-date'),
      ],
      mastercard: (t) => [
        { 'transaction-date': '2026-01-31' },
        t === 'not-received'
          ? dl('2026-05-31', 'mastercard-4853', 'transaction-date', '2026-03-02')
          : ['duplicate', 'paid-by-other-means', 'incorrect-amount'].includes(t)
            ? dl('2026-05-01', 'mastercard-4834', 'transaction-date')
            : dl('2026-05-31', 'mastercard-120', 'transaction-date'),
      ],
      custom: () => [{ 'transaction-date': '2026-01-31' }, dl('2026-05-31', 'custom', 'transaction-date')],
    };
    for (const [regime, expect_] of Object.entries(expectations)) {
      it(`${regime}: the deadline of each of the ${TYPES.length} types`, async () => {
        for (const type of TYPES) {
          const [dates, want] = expect_(type);
          // Seen after the dates (a date after today is reported).
          const el = await make({ regime, type, ...dates }, new Date(2028, 0, 1, 12, 0));
          expect(el.deadline, `${regime} × ${type}`).to.deep.equal(want);
          if (!want)
            expect(text($(el, '.why')), `${regime} × ${type}`).to.include(
              type === 'incorrect-amount' ? 'refund within 8 weeks of the debit' : 'the law sets no deadline for this kind of problem',
            );
        }
      });
    }

    it('counts from the dates each rule names, capped at 540 days after the charge', async () => {
      const cases: [Record<string, string>, DisputeDeadline][] = [
        // Visa 13.1: 120 days after the promised date, but never more than 540 after the charge.
        [
          { regime: 'visa', type: 'not-received', 'transaction-date': '2026-01-10', 'expected-date': '2027-06-01' },
          dl('2027-07-04', 'visa-13.1', 'transaction-date', '2027-06-02'),
        ],
        [
          { regime: 'visa', type: 'not-received', 'transaction-date': '2026-11-01', 'expected-date': '2026-12-01' },
          dl('2027-03-31', 'visa-13.1', 'expected-date', '2026-12-02'),
        ],
        // Visa 13.3: from receipt; a return starts a 15-day wait.
        [
          { regime: 'visa', type: 'not-as-described', 'transaction-date': '2026-02-20', 'received-date': '2026-03-01', 'returned-date': '2026-03-05' },
          dl('2026-06-29', 'visa-13.3', 'received-date', '2026-03-20'),
        ],
        // Visa 13.6: from the refund confirmation's date, waiting 15 days from it (or from the return, if later).
        [
          { regime: 'visa', type: 'refund-not-received', 'transaction-date': '2026-10-01', 'refund-date': '2026-10-20' },
          dl('2027-02-17', 'visa-13.6', 'refund-date', '2026-11-04'),
        ],
        [
          { regime: 'visa', type: 'refund-not-received', 'transaction-date': '2026-10-01', 'refund-date': '2026-10-20', 'returned-date': '2026-11-20' },
          dl('2027-02-17', 'visa-13.6', 'refund-date', '2026-12-05'),
        ],
        // Mastercard 4853: from the promised date, waiting until it has passed.
        [{ regime: 'mastercard', type: 'not-received', 'expected-date': '2026-12-01' }, dl('2027-03-31', 'mastercard-4853', 'expected-date', '2026-12-02')],
        // Mastercard, not as described: from receipt.
        [
          { regime: 'mastercard', type: 'not-as-described', 'transaction-date': '2026-02-20', 'received-date': '2026-03-01' },
          dl('2026-06-29', 'mastercard-120', 'received-date'),
        ],
        // custom: window-days after the charge.
        [{ regime: 'custom', type: 'other', 'transaction-date': '2026-11-20', 'window-days': '30' }, dl('2026-12-20', 'custom', 'transaction-date')],
      ];
      for (const [attrs, want] of cases) expect((await make(attrs)).deadline, JSON.stringify(attrs)).to.deep.equal(want);
    });
  });

  describe('shown to the user', () => {
    it('shows the reason in plain language and, while the rules ask to wait, the first day the bank may accept it', async () => {
      const el = await make({ regime: 'visa', type: 'not-received', 'expected-date': '2026-12-01' });
      expect(lines(el, '[part=deadline]')).to.deep.equal([
        'Last day to file: March 31, 2027',
        '127 days left',
        'Your bank may ask you to wait until December 2, 2026.',
      ]);
      expect(text($(el, '.why'))).to.equal(
        'Visa: your bank has 120 days from the promised date (or the charge, if no date was promised), at most 540 days after the charge.',
      );
      await expect(el).to.be.accessible();
      // Once that day has come, no waiting line.
      el.now = new Date(2026, 11, 2, 0, 1);
      await el.updateComplete;
      expect(lines(el, '[part=deadline]')).to.deep.equal(['Last day to file: March 31, 2027', '119 days left']);
    });

    it('counts the days left in the user’s calendar day, up to the last minute of the last day', async () => {
      const el = await make({ regime: 'us-credit', type: 'other', 'statement-date': '2026-11-10' }, new Date(2027, 0, 9, 23, 59));
      expect(lines(el, '[part=deadline]')).to.deep.equal(['Last day to file: January 9, 2027', 'Today is the last day to file.']);
      el.now = new Date(2027, 0, 10, 0, 0);
      await el.updateComplete;
      expect(lines(el, '[part=deadline]')).to.deep.equal(['The deadline passed on January 9, 2027. Contact your card issuer.']);
      expect($(el, '[part=deadline]')!.classList.contains('passed')).to.equal(true);
    });

    it('US credit cards: the reason, the ready state and the export say the notice must be written, to the billing-error address', async () => {
      const el = await make({ regime: 'us-credit', type: 'incorrect-amount', 'statement-date': '2026-11-10' });
      expect(text($(el, '.why'))).to.equal('US credit cards: your bank must receive your letter within 60 days of the statement that first showed the charge.');
      for (const box of boxes(el)) await click(el, box);
      const written =
        'US credit cards: send your dispute in writing to the billing-error address on your statement (not the payment address). A phone call alone does not keep your rights.';
      expect(lines(el, '[part=ready]')).to.deep.equal(['Everything required is ready. File your dispute with your card issuer or wallet.', written]);
      expect(el.exportText().split('\n')).to.include(written);
      expect(el.exportJson()).to.deep.include({ regime: 'us-credit', rule: 'us-reg-z', deadline: '2027-01-09', dates: { 'statement-date': '2026-11-10' } });
      await expect(el).to.be.accessible();
    });

    it('US debit cards: a charge the user did not make also names the two business days after a lost or stolen card', async () => {
      const el = await make({ regime: 'us-debit', type: 'unauthorized', 'statement-date': '2026-11-10' });
      expect($$(el, '.why span').map(text)).to.deep.equal([
        'US debit cards and transfers: tell your bank within 60 days of the statement that first showed the charge.',
        'If your card or PIN was lost or stolen, tell your bank within 2 business days of noticing: after that you could lose up to $500.',
      ]);
      const other = await make({ regime: 'us-debit', type: 'duplicate', 'statement-date': '2026-11-10' });
      expect($$(other, '.why span')).to.have.length(1);
    });
  });

  describe('asking how the user paid', () => {
    it('asks in a labelled radio group, then for the date the rule needs, saying what it will compute; never a date before', async () => {
      const el = await make({ type: 'other', 'dispute-id': 'ask', 'storage-key': 'shop' });
      expect(el.deadline).to.equal(null);
      expect(has(el, '[part=deadline]'), '[part=deadline]').to.equal(false);
      const group = $(el, '[part=regimes]')!;
      expect(group.tagName).to.equal('FIELDSET');
      expect(text(group.querySelector('legend'))).to.equal('How did you pay?');
      expect([...group.querySelectorAll('label')].map(text)).to.deep.equal([
        'Credit card from a US bank',
        'Debit card or bank transfer, US bank',
        'Card or bank payment, bank in the EU or EEA',
        'PayPal',
        'Visa card, bank elsewhere',
        'Mastercard, bank elsewhere',
      ]);
      await expect(el).to.be.accessible();

      await click(el, field(el, 'Credit card from a US bank'));
      expect(el.deadline).to.equal(null);
      // No date yet: the deadline box says what it needs (issue 16, F1), the reason is under the fields.
      expect(text($(el, '[part=deadline]'))).to.equal('To work out your last day to file, enter: Date of the statement that first showed the charge.');
      expect(text($(el, '[part=dates] legend'))).to.equal('Dates');
      expect($$(el, '.why span').map(text)).to.deep.equal([
        'US credit cards: your bank must receive your letter within 60 days of the statement that first showed the charge.',
      ]);
      const input = field(el, 'Date of the statement that first showed the charge');
      expect([input.type, input.getAttribute('aria-required')]).to.deep.equal(['date', 'true']);
      // The field's description says what it is for.
      expect(text(root(el).getElementById(input.getAttribute('aria-describedby')!.split(' ')[0]))).to.match(/^To work out your last day to file/);
      await expect(el).to.be.accessible();

      // An incomplete date (a date field's value is empty until it is whole) computes nothing.
      await enterDate(el, 'Date of the statement that first showed the charge', '');
      expect(el.deadline).to.equal(null);
      await enterDate(el, 'Date of the statement that first showed the charge', '2026-11-10');
      expect(el.deadline).to.deep.equal(dl('2027-01-09', 'us-reg-z', 'statement-date'));
      expect(lines(el, '[part=deadline]')).to.deep.equal(['Last day to file: January 9, 2027', '46 days left']);
      await expect(el).to.be.accessible();

      // The answers are saved with the progress and come back when the page is opened again.
      el.remove();
      const again = await make({ type: 'other', 'dispute-id': 'ask', 'storage-key': 'shop' });
      expect(again.deadline).to.deep.equal(dl('2027-01-09', 'us-reg-z', 'statement-date'));
      expect(field(again, 'Credit card from a US bank').checked).to.equal(true);
      expect(field(again, 'Date of the statement that first showed the charge').value).to.equal('2026-11-10');

      // Another kind asks for its own date.
      await click(again, field(again, 'PayPal'));
      expect(again.deadline).to.equal(null);
      await enterDate(again, 'Date of the charge', '2026-03-01');
      expect(again.deadline).to.deep.equal(dl('2026-08-28', 'paypal-180', 'transaction-date'));
    });

    it('offers only the merchant’s kinds, with the merchant’s labels', async () => {
      const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="other" .now=${NOW}>
        <script type="application/json">
          { "regimes": ["paypal", { "id": "us-credit", "label": "ExampleBank credit card" }, { "id": "custom", "label": "Store card" }], "windowDays": 90 }
        </script>
      </support-dispute-checklist>`);
      expect($$(el, '[part=regimes] label').map(text)).to.deep.equal(['PayPal', 'ExampleBank credit card', 'Store card']);
      await click(el, field(el, 'Store card'));
      await enterDate(el, 'Date of the charge', '2026-11-01');
      expect(el.deadline).to.deep.equal(dl('2027-01-30', 'custom', 'transaction-date'));
      const errors = capture('error');
      try {
        const attr = await make({ type: 'other', regimes: 'eu, visa amex visa' });
        expect($$(attr, '[part=regimes] label').map(text)).to.deep.equal(['Card or bank payment, bank in the EU or EEA', 'Visa card, bank elsewhere']);
        expect(errors.calls).to.deep.equal([
          '<support-dispute-checklist> regimes[2]: expected one of us-credit, us-debit, eu, paypal, visa, mastercard, custom, once, got string "amex".',
          '<support-dispute-checklist> regimes[3]: expected one of us-credit, us-debit, eu, paypal, visa, mastercard, custom, once, got string "visa".',
        ]);
      } finally {
        errors.restore();
      }
    });

    it('does not ask when the merchant fixed the kind, and asks only for the dates the merchant did not give', async () => {
      const el = await make({ regime: 'visa', type: 'not-received', 'transaction-date': '2026-11-01' });
      expect(has(el, '[part=regimes]'), '[part=regimes]').to.equal(false);
      expect($$(el, '[part=dates] label').map(text)).to.deep.equal(['Promised delivery or service date']);
      expect(el.deadline).to.deep.equal(dl('2027-03-01', 'visa-13.1', 'transaction-date', '2026-11-16'));
      await enterDate(el, 'Promised delivery or service date', '2026-12-01');
      expect(el.deadline).to.deep.equal(dl('2027-03-31', 'visa-13.1', 'expected-date', '2026-12-02'));
    });

    it('is accessible with its questions in dark theme, right to left', async () => {
      const el = await make({ theme: 'dark', lang: 'ar', type: 'not-as-described', amount: '10', currency: 'EUR', 'merchant-name': 'SHOP' });
      await click(el, $$<HTMLInputElement>(el, '[part=regimes] input')[4]);
      expect($$(el, '[part=dates] input')).to.have.length(3);
      await expect(el).to.be.accessible();
    });

    it('asks for a missing date in Chinese and Arabic too', async () => {
      const zh = await make({ lang: 'zh-CN', regime: 'us-debit', type: 'other' });
      expect(text($(zh, '[part=deadline]'))).to.equal('请填写“首次显示这笔扣款的账单日期”，以便算出申诉截止日。');
      const ar = await make({ lang: 'ar', type: 'other' });
      expect(text($(ar, '[part=regimes] legend'))).to.equal('كيف دفعت؟');
      await expect(ar).to.be.accessible();
    });
  });

  describe('types and evidence', () => {
    it('unrecognized: look the name up and ask the household first; only then the fraud path', async () => {
      const el = await make({ regime: 'visa', 'transaction-date': '2026-11-01' });
      await click(el, field(el, 'I don’t recognise this charge'));
      expect(items(el)).to.deep.equal([
        'Statement line Required',
        'Look up the name on your statement Required',
        'Ask the people who share your card or account Required',
        'Proof you asked the merchant first Required',
      ]);
      expect(text($(el, '.head + .hint'))).to.match(/^First find out what it is/);
      await expect(el).to.be.accessible();
      await click(el, button(el, 'Nobody recognises it: report it as fraud'));
      expect(text($(el, '[role=heading]'))).to.equal('Charge I did not make');
      expect(focused(el)).to.equal('input Statement line Required');
    });

    it('paid by other means: proof of the other payment and of the attempt with the merchant (Visa 12.6.2)', async () => {
      const el = await make({ type: 'paid-by-other-means' });
      expect(items(el)).to.deep.equal([
        'Statement line Required',
        'Proof you paid another way Required',
        'Proof you asked the merchant first Required',
        'Receipt or order confirmation Recommended',
      ]);
    });

    it('not as described: goods need the return attempt, a service needs what was wrong with it and no photos', async () => {
      const el = await make({ type: 'not-as-described', 'dispute-id': 'nad' });
      expect(text($(el, 'fieldset:not([part]) legend'))).to.equal('What did you pay for?');
      expect(field(el, 'Goods').checked).to.equal(true);
      expect(items(el)).to.include.members(['Proof you sent it back Required', 'Photos of the problem Recommended']);
      await click(el, field(el, 'A service'));
      expect(items(el)).to.deep.equal([
        'Statement line Required',
        'Receipt or order confirmation Required',
        'What was promised Required',
        'Proof you asked the merchant first Required',
        'What was wrong with the service Required',
      ]);
      expect(el.exportJson()!.items.map((i) => i.id)).to.deep.equal(['statement', 'receipt', 'terms', 'contact', 'service']);
      await expect(el).to.be.accessible();
    });

    it('refund not received: for returned goods the return date, carrier and tracking are required', async () => {
      const el = await make({ type: 'refund-not-received' });
      const box = boxes(el)[3];
      expect(text(box.closest('label'))).to.equal('Proof you sent it back Required');
      expect(text(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.equal(
        "Return date, carrier and tracking number, or the merchant's refusal to take it back.",
      );
    });
  });

  describe('prefill', () => {
    it('shows the charge from attributes, formatted for the language, in the summary and the exports', async () => {
      const el = await make({
        regime: 'paypal',
        type: 'not-received',
        'transaction-date': '2026-11-01',
        amount: '1234.5',
        currency: 'usd',
        'merchant-name': 'EXAMPLESHOP*ORDER 1042',
      });
      expect(lines(el, '[part=charge]')).to.deep.equal(['Merchant: EXAMPLESHOP*ORDER 1042', 'Amount: $1,234.50', 'Date of the charge: November 1, 2026']);
      expect(el.exportText().split('\n').slice(0, 6)).to.deep.equal([
        'Dispute evidence checklist',
        'Type: Item or service not received',
        'Merchant: EXAMPLESHOP*ORDER 1042',
        'Amount: $1,234.50',
        'Date of the charge: November 1, 2026',
        'Last day to file: April 30, 2027',
      ]);
      expect(el.exportJson()).to.deep.include({
        merchantName: 'EXAMPLESHOP*ORDER 1042',
        amount: 1234.5,
        currency: 'USD',
        regime: 'paypal',
        rule: 'paypal-180',
      });
      // Danish, a language the library does not ship: its strings are English, its amounts Danish.
      el.setAttribute('lang', 'da');
      await el.updateComplete;
      expect(lines(el, '[part=charge]')[1]).to.equal('Amount: 1.234,50 US$');
      await expect(el).to.be.accessible();
    });

    it('reads the page URL only with prefill-from-url; attributes win', async () => {
      const before = location.href;
      const merchant = encodeURIComponent('\u202EEvil <b>Shop</b>');
      history.replaceState(
        null,
        '',
        `?dispute-type=not-received&dispute-regime=visa&dispute-transaction-date=2026-11-01&dispute-amount=19.99&dispute-currency=EUR&dispute-merchant=${merchant}`,
      );
      try {
        const off = await make({});
        expect(off.deadline).to.equal(null);
        expect(has(off, '[part=charge]'), '[part=charge]').to.equal(false);
        const el = await make({ 'prefill-from-url': '' });
        expect(text($(el, '[role=heading]'))).to.equal('Item or service not received');
        expect(has(el, '[part=regimes]'), '[part=regimes]').to.equal(false);
        expect(el.deadline).to.deep.equal(dl('2027-03-01', 'visa-13.1', 'transaction-date', '2026-11-16'));
        // Bidi controls are dropped, markup stays text.
        expect(lines(el, '[part=charge]')).to.deep.equal(['Merchant: Evil <b>Shop</b>', 'Amount: €19.99', 'Date of the charge: November 1, 2026']);
        expect(has(el, '[part=charge] b'), '[part=charge] b').to.equal(false);
        // A card number in a crafted link is masked.
        const card = await make({ type: 'other', 'merchant-name': 'SHOP 4111 1111 1111 1111' });
        expect(lines(card, '[part=charge]')[0]).to.equal('Merchant: SHOP •••• 1111');
        expect(card.exportText()).not.to.include('4111 1111');
        const won = await make({ 'prefill-from-url': '', regime: 'mastercard', amount: '5' });
        expect(won.deadline!.rule).to.equal('mastercard-4853');
        expect(lines(won, '[part=charge]')[1]).to.equal('Amount: €5.00');
        await expect(el).to.be.accessible();
      } finally {
        history.replaceState(null, '', before);
      }
    });

    it('reports each bad value once, ignores it and renders the rest', async () => {
      const before = location.href;
      history.replaceState(null, '', '?dispute-regime=amex&dispute-amount=12%2C50');
      const errors = capture('error');
      try {
        const el = await make({
          'prefill-from-url': '',
          type: 'other',
          currency: 'US$',
          'merchant-name': 'x'.repeat(101),
          'statement-date': '2026-13-01',
          'expected-date': '1.12.2026',
        });
        el.requestUpdate();
        await el.updateComplete;
        expect(errors.calls).to.deep.equal([
          '<support-dispute-checklist> dispute-regime: expected one of us-credit, us-debit, eu, paypal, visa, mastercard, custom, got string "amex".',
          '<support-dispute-checklist> statement-date: expected an ISO date (YYYY-MM-DD), got string "2026-13-01".',
          '<support-dispute-checklist> expected-date: expected an ISO date (YYYY-MM-DD), got string "1.12.2026".',
          '<support-dispute-checklist> dispute-amount: expected an amount above 0, digits with an optional "." and decimals, got string "12,50".',
          '<support-dispute-checklist> currency: expected an ISO 4217 currency code (USD), got string "US$".',
          `<support-dispute-checklist> merchant-name: expected a name of 1 to 100 characters, got string "${'x'.repeat(40)}…".`,
        ]);
        expect(has(el, '[part=charge]'), '[part=charge]').to.equal(false);
        expect(has(el, '[part=regimes]'), '[part=regimes]').to.equal(true);
        expect(boxes(el)).to.have.length(4);
        el.regime = 'amex';
        await el.updateComplete;
        expect(errors.calls.filter((c) => c.includes('"amex"'))).to.have.length(2);
      } finally {
        errors.restore();
        history.replaceState(null, '', before);
      }
    });
  });

  describe('in <support-center>', () => {
    it('hands the dispute section its regime, dates and charge, and reports a bad one under its path', async () => {
      const errors = capture('error');
      try {
        const center = await fixture<SupportCenter>(html`<support-center .now=${NOW}></support-center>`);
        center.config = {
          dispute: {
            type: 'other',
            regime: 'us-credit',
            statementDate: '2026-11-10',
            merchantName: 'EXAMPLESHOP',
            amount: 42.5,
            currency: 'USD',
            regimes: ['paypal'],
            prefillFromUrl: false,
          },
        };
        await center.updateComplete;
        const el = center.shadowRoot!.querySelector('support-dispute-checklist')!;
        await el.updateComplete;
        expect(el.deadline).to.deep.equal(dl('2027-01-09', 'us-reg-z', 'statement-date'));
        expect(lines(el, '[part=charge]')).to.deep.equal([
          'Merchant: EXAMPLESHOP',
          'Amount: $42.50',
          'Date of the statement that first showed the charge: November 10, 2026',
        ]);
        center.config = { dispute: { type: 'other', regime: 'discover', expectedDate: 'soon' } } as unknown as SupportCenter['config'];
        await center.updateComplete;
        await el.updateComplete;
        expect(el.deadline).to.equal(null);
        expect(errors.calls).to.deep.equal([
          '<support-center> dispute.regime: expected one of us-credit, us-debit, eu, paypal, visa, mastercard, custom, got string "discover".',
          '<support-center> dispute.expectedDate: expected an ISO date (YYYY-MM-DD), got string "soon".',
        ]);
      } finally {
        errors.restore();
      }
    });
  });

  describe('accessibility (issue 16, points 5, 6 and 10)', () => {
    it('ties the note warning to its field with aria-describedby', async () => {
      const el = await make({ type: 'other' });
      const input = $$<HTMLInputElement>(el, 'input[part=note]')[1];
      input.value = 'card 4111 1111 1111 1111';
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
      const id = input.getAttribute('aria-describedby');
      expect(text(id ? root(el).getElementById(id) : null)).to.equal('Card number hidden: only the last 4 digits are kept.');
      await expect(el).to.be.accessible();
    });

    it('after "Change type", Forget closes the picker and moves focus to Undo in its place, not to an unchecked type', async () => {
      const el = await make({ type: 'refund-not-received', 'dispute-id': 'f', 'storage-key': 'shop' });
      await click(el, boxes(el)[0]);
      await click(el, button(el, 'Change type'));
      button(el, 'Forget').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(has(el, '[part=picker]'), '[part=picker]').to.equal(false);
      expect(focused(el)).to.equal('button Undo');
      expect(boxes(el).some((b) => b.checked)).to.equal(false);
    });

    it('closes the type picker without a choice: Escape or Cancel, back to the type before and to "Change type"', async () => {
      const el = await make({ type: 'refund-not-received' });
      button(el, 'Change type').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(text($(el, '[role=heading]'))).to.equal('Charged after cancelling');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(has(el, '[part=picker]'), '[part=picker]').to.equal(false);
      expect(text($(el, '[role=heading]'))).to.equal('Refund not received');
      expect(focused(el)).to.equal('button Change type');

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const cancel = button(el, 'Cancel');
      expect(cancel.closest('fieldset')?.getAttribute('part')).to.equal('picker');
      await expect(el).to.be.accessible();
      cancel.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(has(el, '[part=picker]'), '[part=picker]').to.equal(false);
      expect(text($(el, '[role=heading]'))).to.equal('Refund not received');
      expect(focused(el)).to.equal('button Change type');
    });

    // Outside check c23-1: the Russian, Hebrew, German, French, Spanish, Italian, Portuguese, Turkish and Indonesian
    // hints were cut mid-word ("Где это найти, номер до").
    it('shows the whole note placeholder at 320 px, in a page with 16 px side padding, in every shipped language', async () => {
      await phone();
      try {
        for (const { tag: lang } of languages) {
          const page = await fixture<HTMLDivElement>(
            html`<div><support-dispute-checklist lang=${lang} type="not-received" .now=${NOW}></support-dispute-checklist></div>`,
          );
          phoneBody(page);
          page.style.paddingInline = '16px';
          const el = page.firstElementChild as SupportDisputeChecklist;
          await waitUntil(() => $(el, '[part=base]')?.getAttribute('lang') === lang && $(el, 'input[part=note]'), `${lang} loaded`, { timeout: 3000 });
          await nextFrame();
          const input = $<HTMLInputElement>(el, 'input[part=note]')!;
          const style = getComputedStyle(input);
          const ctx = document.createElement('canvas').getContext('2d')!;
          ctx.font = style.font;
          // The content box from the border box: Firefox's clientWidth of an input leaves out its padding already.
          const room =
            input.getBoundingClientRect().width -
            ['borderLeftWidth', 'borderRightWidth', 'paddingLeft', 'paddingRight'].reduce((sum, k) => sum + parseFloat(style[k as 'paddingLeft']), 0);
          expect(ctx.measureText(input.placeholder).width, `${lang}: "${input.placeholder}" in ${room}px`).to.be.at.most(room);
          expect(el.getBoundingClientRect().right).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  it('keeps each "How did you pay?" radio button beside its label at 320 px, the label wrapping beside it', async () => {
    await phone();
    try {
      const page = await fixture<HTMLDivElement>(html`<div><support-dispute-checklist type="duplicate" .now=${NOW}></support-dispute-checklist></div>`);
      phoneBody(page);
      const el = page.firstElementChild as SupportDisputeChecklist;
      await el.updateComplete;
      await nextFrame();
      for (const label of root(el).querySelectorAll<HTMLLabelElement>('[part=regimes] label')) {
        const radio = label.querySelector('input')!.getBoundingClientRect();
        const text = document.createRange();
        text.selectNodeContents(label);
        text.setStartAfter(label.querySelector('input')!);
        // The first line of the label's text starts on the radio button's line, to its side.
        const first = text.getClientRects()[0];
        expect(first.top, label.textContent!).to.be.below(radio.bottom);
        expect(first.left, label.textContent!).to.be.at.least(radio.right);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  describe('red team: deadline rules (issue 17)', () => {
    const CONFLICT = 'The waiting period in the card rules would end after this last day: contact your bank now.';

    it('never gives a first day after the last day: the last day governs and the user is told to contact the bank now', async () => {
      const errors = capture('error');
      try {
        const cases: [Record<string, string>, DisputeDeadline][] = [
          // 540-day cap against a promised date far away.
          [
            { regime: 'visa', type: 'not-received', 'transaction-date': '2026-03-01', 'expected-date': '2028-01-01' },
            { ...dl('2027-08-23', 'visa-13.1', 'transaction-date'), conflict: true },
          ],
          // A return late in the window: its 15-day wait ends after the charge + 120 days.
          [
            { regime: 'visa', type: 'not-received', 'transaction-date': '2026-03-01', 'returned-date': '2026-07-10' },
            { ...dl('2026-06-29', 'visa-13.1', 'transaction-date'), conflict: true },
          ],
          [
            { regime: 'visa', type: 'not-as-described', 'transaction-date': '2026-03-01', 'received-date': '2026-03-25', 'returned-date': '2026-07-20' },
            { ...dl('2026-07-23', 'visa-13.3', 'received-date'), conflict: true },
          ],
          [
            { regime: 'visa', type: 'refund-not-received', 'transaction-date': '2026-03-01', 'returned-date': '2026-07-20' },
            { ...dl('2026-06-29', 'visa-13.6', 'transaction-date'), conflict: true },
          ],
          [
            { regime: 'mastercard', type: 'not-received', 'transaction-date': '2026-03-01', 'expected-date': '2028-01-01' },
            { ...dl('2027-08-23', 'mastercard-4853', 'transaction-date'), conflict: true },
          ],
        ];
        for (const [attrs, want] of cases) {
          // A return is a past event: a date after today would be ignored (issue 16), so the clock is after it,
          // and then the last day has passed; the promised dates may lie ahead.
          const returned = 'returned-date' in attrs;
          const el = await make(attrs, returned ? new Date(2026, 6, 25, 12, 0) : new Date(2026, 5, 1, 12, 0));
          expect(el.deadline, JSON.stringify(attrs)).to.deep.equal(want);
          if (returned) {
            expect(lines(el, '[part=deadline]')[0], JSON.stringify(attrs)).to.match(/^The deadline passed on /);
            continue;
          }
          const shown = lines(el, '[part=deadline]');
          expect(shown[0], JSON.stringify(attrs)).to.match(/^Last day to file: /);
          expect(shown.at(-1), JSON.stringify(attrs)).to.equal(CONFLICT);
          expect(shown.join(' ')).not.to.include('wait until');
        }
        const el = await make(cases[0][0], new Date(2026, 5, 1, 12, 0));
        expect(lines(el, '[part=deadline]')).to.deep.equal(['Last day to file: August 23, 2027', '448 days left', CONFLICT]);
        await expect(el).to.be.accessible();
        // A first day on or before the last day is still given, without the conflict line.
        const fine = await make(
          { regime: 'visa', type: 'not-received', 'transaction-date': '2026-03-01', 'returned-date': '2026-06-14' },
          new Date(2026, 5, 20, 12, 0),
        );
        expect(fine.deadline).to.deep.equal(dl('2026-06-29', 'visa-13.1', 'transaction-date', '2026-06-29'));
        expect(lines(fine, '[part=deadline]')).not.to.include(CONFLICT);
      } finally {
        errors.restore();
      }
    });

    it('Mastercard duplicate, paid-by-other-means and incorrect amount: reason code 4834, 90 days from the charge', async () => {
      for (const type of ['duplicate', 'paid-by-other-means', 'incorrect-amount']) {
        const el = await make({ regime: 'mastercard', type, 'transaction-date': '2026-10-01' });
        expect(el.deadline, type).to.deep.equal(dl('2026-12-30', 'mastercard-4834', 'transaction-date'));
        expect(text($(el, '.why')), type).to.equal(
          'Mastercard: for a duplicate charge, a wrong amount or a charge already paid another way, your bank has 90 days from the charge.',
        );
      }
      // The other cardholder disputes keep 120 days.
      expect((await make({ regime: 'mastercard', type: 'unauthorized', 'transaction-date': '2026-10-01' })).deadline).to.deep.equal(
        dl('2027-01-29', 'mastercard-120', 'transaction-date'),
      );
    });

    it('PayPal duplicate and incorrect amount are "Errors": 60 days from the statement, not 180 from the payment', async () => {
      for (const type of ['duplicate', 'incorrect-amount']) {
        const asks = await make({ regime: 'paypal', type, 'transaction-date': '2026-10-01' });
        expect(asks.deadline, type).to.equal(null);
        expect(field(asks, 'Date of the statement that first showed the charge'), type).to.exist;
        const el = await make({ regime: 'paypal', type, 'transaction-date': '2026-10-01', 'statement-date': '2026-10-10' });
        expect(el.deadline, type).to.deep.equal(dl('2026-12-09', 'paypal-error', 'statement-date'));
        expect(text($(el, '.why')), type).to.equal('PayPal: report a wrong or duplicate charge within 60 days of the statement that showed it.');
      }
      expect((await make({ regime: 'paypal', type: 'not-received', 'transaction-date': '2026-03-01' })).deadline!.rule).to.equal('paypal-180');
    });

    it('window-days above 3650, Infinity or 1e9: one error naming the attribute, the 120-day default, nothing thrown', async () => {
      for (const value of ['1e9', 'Infinity', '3651']) {
        const errors = capture('error');
        try {
          const el = await make({ regime: 'custom', type: 'other', 'transaction-date': '2026-11-20', 'window-days': value });
          expect(el.deadline, value).to.deep.equal(dl('2027-03-20', 'custom', 'transaction-date'));
          expect(lines(el, '[part=deadline]')[0], value).to.equal('Last day to file: March 20, 2027');
          expect(errors.calls, value).to.have.length(1);
          expect(errors.calls[0], value).to.include('support-dispute-checklist').and.include('window-days');
        } finally {
          errors.restore();
        }
      }
      expect((await make({ regime: 'custom', type: 'other', 'transaction-date': '2016-11-24', 'window-days': '3650' })).deadline!.date).to.equal('2026-11-22');
    });

    it('dates outside 1970–2100 (9999, 0026) are refused with one error naming the field; no 5- or 2-digit years, nothing thrown', async () => {
      const cases: [Record<string, string>, string][] = [
        [{ regime: 'paypal', type: 'not-received', 'transaction-date': '9999-10-01' }, 'transaction-date'],
        [{ regime: 'eu', type: 'unauthorized', 'transaction-date': '0026-03-01' }, 'transaction-date'],
        [{ regime: 'us-credit', type: 'other', 'statement-date': '1969-12-31' }, 'statement-date'],
      ];
      for (const [attrs, name] of cases) {
        const errors = capture('error');
        try {
          const el = await make(attrs);
          expect(el.deadline, JSON.stringify(attrs)).to.equal(null);
          expect(text($(el, '[part=deadline]')), JSON.stringify(attrs)).to.match(/^To work out your last day to file/);
          expect(errors.calls, JSON.stringify(attrs)).to.have.length(1);
          expect(errors.calls[0]).to.include(name).and.include('1970');
          expect(JSON.stringify(el.exportJson())).not.to.match(/\+0\d{5}|1927/);
        } finally {
          errors.restore();
        }
      }
      // The edges are taken, and 13 months from early dates count in the right century.
      expect((await make({ regime: 'eu', type: 'unauthorized', 'transaction-date': '1970-01-31' })).deadline!.date).to.equal('1971-02-28');
      const errors = capture('error');
      try {
        expect((await make({ regime: 'paypal', type: 'not-received', 'transaction-date': '2100-12-31' }, new Date(2101, 0, 1))).deadline!.date).to.equal(
          '2101-06-29',
        );
      } finally {
        errors.restore();
      }
    });

    // A date after today (attribute, config, URL or typed; the promised date excepted): test/dispute-future-date.test.ts.

    it('EU incorrect amount: no date, but the reason names PSD2’s 8-week refund (art. 76), not "no deadline"', async () => {
      const el = await make({ regime: 'eu', type: 'incorrect-amount', 'transaction-date': '2026-10-01' });
      expect(el.deadline).to.equal(null);
      expect(text($(el, '.why')))
        .to.include('you can ask your bank for a refund within 8 weeks of the debit')
        .and.not.include('no deadline');
      await expect(el).to.be.accessible();
    });

    it('months are added in the date’s own year, even before year 100 (Date.UTC would read 0026 as 1926)', () => {
      expect(deadlineFor('eu', 'unauthorized', { transaction: Date.parse('0026-03-01') }, 120).deadline!.date).to.equal('0027-04-01');
      expect(deadlineFor('eu', 'unauthorized', { transaction: Date.parse('0099-01-31') }, 120).deadline!.date).to.equal('0100-02-28');
    });

    it('a promised or received date before the charge: Visa counts from the later of the two', async () => {
      const el = await make({ regime: 'visa', type: 'not-as-described', 'transaction-date': '2026-06-01', 'received-date': '2026-05-01' });
      expect(el.deadline).to.deep.equal(dl('2026-09-29', 'visa-13.3', 'transaction-date'));
    });
  });
});
