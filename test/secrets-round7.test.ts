// Issue 13, the outside red team's seventh round (/work/rt/safety7/FINDINGS.md). R7-1: a card split across two
// fields of one form after 3 to 11 digits (too few for the first part to be masked on its own) went out with 15
// of its 16 digits while the second field was typed, and the 16th is the Luhn digit.
// Tried through what the user types and what leaves each element: drafts in localStorage, change and submit
// events, the POST body, summaryText(), the checklist's storage and exports.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist } from '../src/index.js';
import { redact, redactFields } from '../src/internal/sensitive.js';
import { capture, cardRunShownArabicWide as exposed, shadow, storage, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');

const VISA = '4539148803436467';
const AMEX = '378282246310005';
/** Every split of a card as typed in groups, the first part under 12 digits: [first field, second field, card]. */
function splits(grouped: string, card: string): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (let at = 1; at < grouped.length; at++) {
    const first = grouped.slice(0, at).trimEnd();
    if (first.replace(/\D/g, '').length >= 12 || grouped[at - 1] === ' ') continue;
    out.push([`card ${first}`, grouped.slice(at).trimStart(), card]);
  }
  return out;
}
const SPLITS = [
  ...splits('4539 1488 0343 6467', VISA),
  ...splits('3782 822463 10005', AMEX),
  ['卡号 ４５３９ １４８８ ０３４', '３ ６４６７', VISA],
  ['بطاقتي ٤٥٣٩ ١٤٨٨ ٠٣٤', '٣ ٦٤٦٧', VISA],
] as [string, string, string][];

beforeEach(() => localStorage.clear());

describe('R7-1: a card split after 3 to 11 digits never shows 12 of its digits while the second field is typed', () => {
  it('the form fields read together, key by key: at most the first part as typed (under 12 digits), never its continuation', () => {
    for (const [first, rest, card] of SPLITS) {
      const keys = [...rest];
      for (let n = 1; n <= keys.length; n++) {
        const typed = keys.slice(0, n).join('');
        const out = redactFields([first, typed], { startedCards: true }).map((r) => r.text);
        expect(exposed(out.join(' | '), card), `${first} | ${typed} → ${out.join(' | ')}`).to.be.below(12);
      }
      // Whole: the card is masked as one, its last four shown once.
      const whole = redactFields([first, rest], { startedCards: true }).map((r) => r.text);
      expect(exposed(whole.join(' | '), card), `${first} | ${rest} → ${whole.join(' | ')}`).to.be.below(8);
    }
  });

  it('a number that only looks like a continuation stays as typed: fewer than 12 digits together, or a field starting with words', () => {
    for (const [first, second] of [
      ['transaction 4521 8899', '2 attempts, then it failed'],
      ['charged twice, order 4000', 'then 3 days later a refund'],
      ['card ending 4539', 'I tried 3 times'],
      ['amount 45.10', '12 hours ago'],
    ])
      expect(
        redactFields([first, second], { startedCards: true }).map((r) => r.text),
        `${first} | ${second}`,
      ).to.deep.equal([first, second]);
  });

  it('<support-call-prep>: storage, change events, summary and POST body while the second field is typed and after submitting', async function () {
    this.timeout(60_000);
    for (const [first, rest, card] of [SPLITS[10], SPLITS.at(-2)!, SPLITS.at(-1)!]) {
      const k = uniqueKey('round7');
      const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW} endpoint="/__capture/${k}"></support-call-prep>`);
      const seen: string[] = [];
      const onEvent = (e: Event) => seen.push(JSON.stringify((e as CustomEvent).detail));
      el.addEventListener('support-call-prep-change', onEvent);
      el.addEventListener('support-call-prep-submit', onEvent);
      const type = async (name: string, value: string): Promise<void> => {
        const control = shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
        control.value = value;
        control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      const leave = async (name: string): Promise<void> => {
        shadow(el)
          .querySelector(`[name="${name}"]`)!
          .dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      await type('topic', 'payment');
      await type('account', 'ana@example.com');
      await type('what', first);
      await leave('what');
      const keys = [...rest].slice(0, -1);
      for (let n = 1; n <= keys.length; n++) {
        await type('tried', keys.slice(0, n).join(''));
        seen.push(storage());
      }
      await leave('tried');
      const submitted = oneEvent(el, 'support-call-prep-submit');
      shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await submitted;
      await waitUntil(() => shadow(el).querySelector('.status.sent'), 'sent');
      const body = await (await fetch(`/__capture/${k}`)).text();
      for (const out of [body, storage(), el.summaryText(), ...seen]) expect(exposed(out, card), `${first} | ${rest} → ${out}`).to.be.below(12);
      el.remove();
      localStorage.clear();
    }
  });

  it('<support-dispute-checklist>: the same split across two notes, in storage and the exports', async () => {
    for (const [first, rest, card] of [SPLITS[10], SPLITS.at(-1)!]) {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist type="duplicate" dispute-id=${uniqueKey('round7')} storage-key="r7" .now=${NOW}></support-dispute-checklist>`,
      );
      const [one, two] = shadow(el).querySelectorAll<HTMLInputElement>('input[part=note]');
      one.value = first;
      one.dispatchEvent(new Event('change'));
      for (let n = 1; n < [...rest].length; n++) {
        two.value = [...rest].slice(0, n).join('');
        two.dispatchEvent(new Event('change'));
        await el.updateComplete;
        for (const out of [storage(), el.exportText(), JSON.stringify(el.exportJson())])
          expect(exposed(out, card), `${first} | ${two.value} → ${out}`).to.be.below(12);
      }
      el.remove();
    }
  });
});

// R7-6: separators were a list, and each round found the next character left out of it. Every symbol and
// punctuation mark between groups separates them now (Unicode categories Sm, So, Pc, Po), and digits NFKC leaves
// as symbols (dingbat circles, digit with full stop or comma) are digits.
describe('R7-6: a card is found whatever symbol stands between its groups, and in dingbat digits', () => {
  const SEPARATORS = [
    '━',
    '│',
    '┃',
    '╴',
    '╶',
    '╸',
    '⏤',
    '➖',
    '➕',
    '∕',
    '⁄',
    '⧸',
    '∼',
    '⁓',
    '¦',
    '∣',
    '∥',
    '‖',
    '❘',
    '⏐',
    '￨',
    '׀',
    '‿',
    '⁀',
    '⁔',
    '▁',
    '჻',
    '⸱',
    '׳',
    '\u0085',
  ];
  it('between the groups and inside one', () => {
    for (const sep of SEPARATORS)
      for (const text of [`card 4539${sep}1488${sep}0343${sep}6467 exp 12/27`, `card 45${sep}39 1488 0343 6467`]) {
        const out = redact(text).text;
        expect(exposed(out, VISA), `${JSON.stringify(text)} → ${out}`).to.be.below(8);
        expect(out, text).to.include('6467');
      }
  });

  it('written in dingbat digits, or digits with a full stop or comma', () => {
    for (const text of [
      'card ❹❺❸❾ ❶❹❽❽ ⓿❸❹❸ ❻❹❻❼',
      'card ➃➄➂➈ ➀➃➇➇ 🄋➂➃➂ ➅➃➅➆',
      'card ➍➎➌➒ ➊➍➑➑ 🄌➌➍➌ ➏➍➏➐',
      'card ⓸⓹⓷⓽ ⓵⓸⓼⓼ ⓪⓷⓸⓷ ⓺⓸⓺⓻',
      'card ⒋⒌⒊⒐ ⒈⒋⒏⒏ 🄀⒊⒋⒊ ⒍⒋⒍⒎',
      'card 🄅🄆🄄🄊 🄂🄅🄉🄉 🄁🄄🄅🄄 🄇🄅🄇🄈',
    ])
      expect(redact(text).cards, text).to.equal(1);
  });

  it('symbols around ordinary numbers change nothing: temperatures, ratings, sizes, ticks, tracking and order numbers', () => {
    for (const text of [
      '25°C and 30 ℃',
      '★★★★★ 4539 reviews',
      'size 5×3 cm',
      'order 112-1234567-1234565 ✓ delivered',
      'tracking 1Z999AA10123456784 ━ delivered',
      'IBAN DE89 3704 0044 0532 0130 00 ✔',
      '订单号 20261124 ➜ 已发货',
      'phone ☎ +1 800 555 0100',
    ])
      expect(redact(text).text, text).to.equal(text);
  });
});

// R7-8: a field whose label mentions a secret was taken to hold one, whatever its type: "Did you receive the SMS
// code?" Yes/No and a password-reset email address went out as ••••••, with a warning the user had not earned.
describe('R7-8: a choice, an email address, a phone number or a date never becomes •••••• for its label', () => {
  it('keeps what was chosen or typed there; a text field named as a secret still holds one', async () => {
    const k = uniqueKey('round7');
    const fields = [
      'topic',
      { id: 'otpgot', label: 'Did you receive the SMS code?', type: 'select', options: ['Yes', 'No'] },
      { id: 'zhotp', label: '验证码是否收到？', type: 'select', options: ['收到了', '没收到'] },
      { id: 'aremail', label: 'Password reset email address', type: 'email' },
      { id: 'pinphone', label: 'Phone number that gets your OTP', type: 'tel' },
      { id: 'pin', label: 'PIN', type: 'text' },
    ];
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep storage-key=${k} .now=${NOW} endpoint="/__capture/${k}" .fields=${fields}></support-call-prep>`,
    );
    const set = async (name: string, value: string): Promise<void> => {
      const control = shadow(el).querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await set('topic', 'payment');
    await set('otpgot', 'No');
    await set('zhotp', '没收到');
    await set('aremail', 'ana.backup@example.com');
    await set('pinphone', '+1 415 555 0100');
    await set('pin', '4321');
    expect(shadow(el).querySelector('#otpgot-w'), 'no warning under a choice').to.equal(null);
    expect(shadow(el).querySelector('#aremail-w'), 'no warning under an email address').to.equal(null);
    const submitted = oneEvent(el, 'support-call-prep-submit');
    shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await submitted;
    await waitUntil(() => shadow(el).querySelector('.status.sent'), 'sent');
    const body = JSON.parse(await (await fetch(`/__capture/${k}`)).text()) as Record<string, unknown>;
    expect(body).to.include({ otpgot: 'No', zhotp: '没收到', aremail: 'ana.backup@example.com', pinphone: '+1 415 555 0100', pin: '••••••' });
    // A label that asks a question takes no colon after its question mark (C20-3).
    expect(el.summaryText()).to.include('Did you receive the SMS code? No');
    expect(el.summaryText()).not.to.include('4321');
    expect(storage()).not.to.include('4321');
    await expect(el).to.be.accessible();
  });
});

// R7-10: anyone can send a link to the merchant's own support page. With prefill-from-url and prefill-readonly,
// a link put "SUSPENDED - call +1 900 666 0000 now" into read-only fields labelled as the transaction and the
// decline code, and "ExamplePay fraud desk: call +1 900 666 0000 first" into the dispute letter's merchant name.
describe('R7-10: a link cannot write a phone number or instructions into the forms', () => {
  const visit = (query: string): (() => void) => {
    const before = location.href;
    history.replaceState(null, '', `?${query}`);
    return () => history.replaceState(null, '', before);
  };

  it('<support-call-prep>: a text value from the URL is an ID or refused, and never read-only', async () => {
    const back = visit(
      'call-topic=payment&call-txn=SUSPENDED%20-%20call%20%2B1%20900%20666%200000%20now&call-account=Security%20team%3A%20call%20%2B1%20900%20666%200000&call-code=call%201-900-666-0000',
    );
    const errors = capture();
    try {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep storage-key=${uniqueKey('round7')} .now=${NOW} prefill-from-url prefill-readonly></support-call-prep>`,
      );
      for (const id of ['txn', 'account', 'decline']) expect(shadow(el).querySelector<HTMLInputElement>(`#${id}`)!.value, id).to.equal('');
      expect(errors.calls).to.have.length(3);
      expect(errors.calls[0]).to.match(/^<support-call-prep> \?call-account: expected an ID from a link/);
      expect(errors.calls.join('\n')).to.include('?call-txn').and.include('?call-code');
      expect(el.summaryText()).not.to.include('900');
    } finally {
      errors.restore();
      back();
    }
    const again = visit('call-topic=payment&call-txn=TX-20261124-000123&call-account=ana%40example.com&call-code=05');
    try {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep storage-key=${uniqueKey('round7')} .now=${NOW} prefill-from-url prefill-readonly></support-call-prep>`,
      );
      const txn = shadow(el).querySelector<HTMLInputElement>('#txn')!;
      expect(txn.value).to.equal('TX-20261124-000123');
      expect(shadow(el).querySelector<HTMLInputElement>('#account')!.value).to.equal('ana@example.com');
      // The link's values are shown, but the user can change them: the page did not vouch for them.
      expect(txn.readOnly).to.equal(false);
      el.prefill({ txn: 'TX-FROM-PAGE' });
      await el.updateComplete;
      expect(txn.value).to.equal('TX-FROM-PAGE');
      expect(txn.readOnly, 'a value the page gives stays read-only').to.equal(true);
    } finally {
      again();
    }
  });

  it('<support-dispute-checklist>: a merchant name from the URL holds no phone number, address or web link', async () => {
    for (const [name, kept] of [
      ['ExamplePay fraud desk: call +1 900 666 0000 first', false],
      ['NORTHWIND call 19006660000', false],
      ['Pay at www.evil.example', false],
      ['refunds@evil.example', false],
      ['NORTHWIND GADGETS', true],
      ['7-Eleven', true],
    ] as const) {
      const back = visit(`dispute-type=not-received&dispute-merchant=${encodeURIComponent(name)}`);
      const errors = capture();
      try {
        const el = await fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist prefill-from-url dispute-id=${uniqueKey('round7')} storage-key="r7" .now=${NOW}></support-dispute-checklist>`,
        );
        expect(el.exportText().includes(name), name).to.equal(kept);
        expect(errors.calls, name).to.have.length(kept ? 0 : 1);
        if (!kept) expect(errors.calls[0]).to.include('dispute-merchant: expected a merchant name from a link');
      } finally {
        errors.restore();
        back();
      }
    }
  });
});

// R7-14: a CVV copied from the back right after the front's number, before the expiry, was kept; and when the
// card and its CVV passed Luhn together (1 CVV in 10) they were read as one 19-digit card whose "last four" held the CVV.
describe('R7-14: a CVV right after the card number, before its expiry', () => {
  it('is masked; the card keeps its own last four unless card and CVV could be one 19-digit card', () => {
    for (const [text, masked] of [
      ['my card 5555 5555 5555 4444 123 12/27, the charge failed', 'my card •••• 4444 •••••• 12/27, the charge failed'],
      // 4539148803436467 and 123 pass Luhn together, as a 19-digit card would: masked whole, no "last four".
      ['Also 4539 1488 0343 6467 123 12/27', 'Also •••• 12/27'],
      ['4539 1488 0343 6467 123', '••••'],
      ['4539148803436467 123', '••••'],
      ['4539 1488 0343 6467 124 12/27', '•••• 6467 •••••• 12/27'],
      ['4111 1111 1111 1111 123 1227', '•••• 1111 •••••• 1227'],
      ['3782 822463 10005 1234 12/27', '•••• 0005 •••••• 12/27'],
      ['卡号 4539 1488 0343 6467 124 有效期12/27', '卡号 •••• 6467 •••••• 有效期12/27'],
      ['4539 1488 0343 6467 12/27 123', '•••• 6467 12/27 ••••••'],
    ])
      expect(redact(text).text, text).to.equal(masked);
  });

  it('leaves the numbers after a card that are no CVV', () => {
    expect(redact('order 4539 1488 0343 6467 and 123 items').text).to.equal('order •••• 6467 and 123 items');
    expect(redact('card 4111 1111 1111 1111 then order 123 4567').text).to.equal('card •••• 1111 then order 123 4567');
  });
});

// R7-15: a card with one digit mistyped fails Luhn, and Mastercard (16) and Amex (15) have no longer length it
// could still grow to: the call form and the notes kept 15 correct digits of the real card.
describe('R7-15: a card mistyped by one digit, in the call form and the notes', () => {
  it('is masked as a card whose number is not whole', () => {
    for (const [text, masked] of [
      ['my card 5555 5555 5555 4445 was declined', 'my card •••• was declined'],
      ['my amex 3782 822463 10006 was declined', 'my amex •••• was declined'],
      ['my card 5555 5555 5555 4444 was declined', 'my card •••• 4444 was declined'],
      ['IBAN DE89 3704 0044 0532 0130 00', 'IBAN DE89 3704 0044 0532 0130 00'],
    ])
      expect(redactFields([text], { startedCards: true })[0].text, text).to.equal(masked);
  });
});

// R7-12, a false positive R6-1 brought: digits followed by a Chinese unit of time or count are a date, a duration
// or a count, not the code the keyword before them names.
describe('R7-12: Chinese dates, durations and counts after a code keyword are kept', () => {
  it('keeps them, and still masks a code ended by a Chinese word', () => {
    for (const text of [
      '收不到验证码 2026年12月5日',
      '验证码2026年12月5日起收不到',
      '验证码300秒内有效',
      '验证码1000次都失败',
      '验证码120秒后重新获取',
      'OTP 2026年12月5日到期',
    ])
      expect(redact(text).text, text).to.equal(text);
    expect(redactFields(['收不到验证码', '2026年12月5日打过客服电话，验证码120秒后重新获取也没用'], { startedCards: true }).map((r) => r.text)).to.deep.equal([
      '收不到验证码',
      '2026年12月5日打过客服电话，验证码120秒后重新获取也没用',
    ]);
    expect(redact('验证码是482913吗').text).to.equal('验证码是••••••吗');
    expect(redact('验证码482913过期了').text).to.equal('验证码••••••过期了');
  });
});

// R7-13: a keyword ending one field ("my password is") and its value typed in the next: the value went out key by
// key (`h`, `hu`, … `hunter`) until it was whole, as the held-while-typing check read the field alone.
describe('R7-13: a secret whose keyword ends the field before it', () => {
  it('is held while typed: neither saved nor told until it is whole, then masked', async function () {
    this.timeout(60_000);
    for (const [first, value] of [
      ['my password is', 'hunter2'],
      ['my PIN is', '1234'],
      ['OTP:', '482913'],
    ]) {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('round7')} .now=${NOW}></support-call-prep>`);
      const seen: string[] = [];
      el.addEventListener('support-call-prep-change', (e) => seen.push(JSON.stringify(e.detail.data)));
      const type = async (name: string, v: string): Promise<void> => {
        const control = shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
        control.value = v;
        control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      await type('what', first);
      shadow(el)
        .querySelector('[name="what"]')!
        .dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
      await el.updateComplete;
      for (let n = 1; n <= value.length; n++) {
        await type('tried', value.slice(0, n));
        seen.push(storage());
      }
      for (const out of seen) for (let n = 2; n <= value.length; n++) expect(out, `${first} | ${value}`).not.to.include(`"${value.slice(0, n)}`);
      expect(el.summaryText()).not.to.include(value);
      el.remove();
      localStorage.clear();
    }
  });
});
