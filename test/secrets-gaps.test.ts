// The outside red team's fourth round, finding F7 (detector gaps): Arabic codes given with the bare word for
// "code", a CVV named in words after a card, separators and groupings people type, and the Mir and Troy
// networks. Each case is tried in the detector and through the elements where it would leak: the call form's
// storage, change and submit events, request body and summary; the checklist's storage and exports.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportDisputeChecklist } from '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { capturingCallPrep, shadow, storage, typeAndLeave, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');

/** As the user typed them, and what must be left of each. */
const ARABIC_CODES: [string, string][] = [
  ['الرمز 482913', 'الرمز ••••••'],
  ['رمز 482913', 'رمز ••••••'],
  ['كود 482913', 'كود ••••••'],
  ['الكود 482913', 'الكود ••••••'],
  ['رمز الدخول 482913', 'رمز الدخول ••••••'],
  ['الرقم السري للبطاقة 1234', 'الرقم السري للبطاقة ••••••'],
  ['رقم سري 1234', 'رقم سري ••••••'],
  ['وصلني الرمز ٤٨٢٩١٣ الآن', 'وصلني الرمز •••••• الآن'],
  ['كودي هو 482913', 'كودي هو ••••••'],
];
const CVV_IN_WORDS: [string, string][] = [
  ['card 4111 1111 1111 1111, expires 12/27, the 3 digits on the back are 123', 'card •••• 1111, expires 12/27, the 3 digits on the back are ••••••'],
  ['my card number is 4111-1111-1111-1111 and the code on back is 123', 'my card number is •••• 1111 and the code on back is ••••••'],
  ['card 4111 1111 1111 1111 and the number on the back of the card is 1234', 'card •••• 1111 and the number on the back of the card is ••••••'],
  ['卡号4111111111111111，有效期12/27，背面的三位数是123', '卡号•••• 1111，有效期12/27，背面的三位数是••••••'],
  ['بطاقتي 4111111111111111 والأرقام الثلاثة على ظهر البطاقة هي 123', 'بطاقتي •••• 1111 والأرقام الثلاثة على ظهر البطاقة هي ••••••'],
  ['بطاقتي 4111111111111111 والرمز على ظهر البطاقة 123', 'بطاقتي •••• 1111 والرمز على ظهر البطاقة ••••••'],
];
const SEPARATORS: [string, string][] = [
  ['4539˗1488˗0343˗6467', '•••• 6467'],
  ['3782ー822463ー10005', '•••• 0005'],
  ['3782 , 822463 , 10005', '•••• 0005'],
  ['3782x822463x10005', '•••• 0005'],
  ['3056ー930902ー5904', '•••• 5904'],
  ['3056 , 930902 , 5904', '•••• 5904'],
  ['3056x930902x5904', '•••• 5904'],
];
// Mir 2200-2204 (16-19 digits), Troy 9792 (16): Luhn-valid test numbers.
const NETWORKS: [string, string][] = [
  ['Mir 2200 0000 0000 0004', 'Mir •••• 0004'],
  // Its first 16 digits are a card too: 16 digits and a CVV, or 19 digits? Masked whole, no last four (R7-14).
  ['Мир 2204 0000 0000 0000 006', 'Мир ••••'],
  ['Troy 9792 0000 0000 0003', 'Troy •••• 0003'],
];
/** Text the new rules must leave exactly as typed. */
const ORDINARY = [
  'رمز الخطأ 504',
  'رمز الخطأ هو 504',
  'الرمز البريدي 12345',
  'كود الخصم 2024',
  'كود الخصم هو 1234',
  'لم يصلني رمز التحقق',
  'error code 504',
  'my zip code 94103',
  'I forgot my PIN',
  'the new one is the iPhone 15',
  'order 5009 on the back 123',
  // UATP (1…, 15 digits) is not recognised: a DECT IMEI (reporting body 10) carries a Luhn digit too.
  'IMEI 101234567890127',
  'UATP 1234 567890 12347',
  // Only one mark that is a letter joins the Amex grouping: "3782 by 822463" is two numbers.
  'room 3782 by 822463 by 10005',
  // Troy's prefix, but 15 digits: no card.
  '979200000000004',
];

// Whatever another test file left in this origin's storage is not this file's: every test starts empty.
beforeEach(() => localStorage.clear());

describe('detector gaps (red team F7)', () => {
  for (const [name, cases] of [
    ['Arabic codes given with the bare word for "code"', ARABIC_CODES],
    ['a CVV named in words after a card', CVV_IN_WORDS],
    ['separators and groupings of Amex and Diners numbers', SEPARATORS],
    ['Mir and Troy card numbers', NETWORKS],
  ] as const)
    it(`masks ${name}`, () => {
      for (const [typed, left] of cases) expect(redact(typed).text, typed).to.equal(left);
    });

  it('masks a password given as "the new one" after a password was named', () => {
    for (const [typed, left] of [
      ['I changed my password, the new one is hunter2', 'I changed my password, the new one is ••••••'],
      ['my password was reset, the new one is hunter2 thanks', 'my password was reset, the new one is •••••• thanks'],
      ['password reset: the old one was abc123, new one is xyz789!', 'password reset: the old one was ••••••, new one is ••••••'],
    ])
      expect(redact(typed).text, typed).to.equal(left);
    // Without a password named before, "the new one" is any new thing.
    for (const t of ['the new one is hunter2', 'the new one is the iPhone 15', 'my password was reset, the new one arrived'])
      expect(redact(t).text, t).to.equal(t);
  });

  it('leaves error, postal and discount codes, sentences without a code, and UATP-shaped numbers alone', () => {
    for (const t of ORDINARY) expect(redact(t).text, t).to.equal(t);
    // The words on the back name a CVV only in the card's sentence.
    expect(redact('card 4111 1111 1111 1111. The code on the back of my parcel is 1234').text).to.equal(
      'card •••• 1111. The code on the back of my parcel is 1234',
    );
  });

  describe('through <support-call-prep>', () => {
    afterEach(() => localStorage.clear());

    it('nothing of these reaches storage, events, the request body or the summary', async function () {
      this.timeout(60_000);
      for (const [typed, left] of [...ARABIC_CODES, ...CVV_IN_WORDS, ...SEPARATORS, ...NETWORKS]) {
        const { el, events, submit } = await capturingCallPrep('gaps', NOW);
        await typeAndLeave(el, 'topic', 'payment');
        await typeAndLeave(el, 'account', 'ana@example.com');
        await typeAndLeave(el, 'what', typed);
        const body = await submit();
        expect(JSON.parse(body).what, typed).to.equal(left);
        // The secret's digits: the code, or the card's digits before its last four.
        const secret = typed === left ? '' : (/[0-9٠-٩]{3,}(?=\D*$)/.exec(typed)?.[0] ?? '');
        const card = /(?:\d[ ˗ー,x-]*){13,}/.exec(typed)?.[0].replace(/\D/g, '').slice(0, -4) ?? '';
        for (const out of [body, storage(), el.summaryText(), ...events]) {
          if (card) expect(out.replace(/\D/g, ''), `${typed} → ${out}`).not.to.include(card);
          if (CVV_IN_WORDS.some(([t]) => t === typed) || ARABIC_CODES.some(([t]) => t === typed))
            expect(out, `${typed} → ${out}`).not.to.include(secret.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)));
          expect(out, `${typed} → ${out}`).not.to.include(typed);
        }
        el.remove();
      }
    });
  });

  describe('through <support-dispute-checklist>', () => {
    afterEach(() => localStorage.clear());

    it('a note with an Arabic code or a CVV in words is stored and exported masked', async () => {
      for (const [typed, left] of [...ARABIC_CODES.slice(0, 3), ...CVV_IN_WORDS.slice(0, 2)]) {
        const el = await fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist type="duplicate" dispute-id=${uniqueKey('gaps')} storage-key="g" .now=${NOW}></support-dispute-checklist>`,
        );
        const input = shadow(el).querySelector<HTMLInputElement>('input[part=note]')!;
        input.value = typed;
        input.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(input.value).to.equal(left);
        expect(el.exportJson()!.items[0].note).to.equal(left);
        expect(el.exportText()).to.include(left);
        expect(storage()).not.to.include(typed);
        expect(storage()).to.include(left);
        el.remove();
      }
    });
  });
});
