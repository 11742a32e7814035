// Issue 13, the outside red team's twelfth round, its MEDIUM findings (R12-6 to R12-8: /work/rt/r12/FINDINGS.md). Each
// case is typed where a user types it, into <support-call-prep> and into a <support-dispute-checklist> note, and read
// where it leaves the element: drafts in localStorage, change and submit events, the POST body, summaryText(), the
// checklist's storage and its text and JSON exports. Beside each secret, the ordinary numbers of the same shape stay as
// typed; beside each ordinary number, the card numbers and codes next to it stay masked.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { expectEverywhere, expectRedacted, loadEveryLanguage } from './helpers.js';
import { cardNumber } from './secret-gen.js';

const NOW = new Date('2026-12-06T12:00');
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

/** An IBAN with its check digits (ISO 13616-1: the BBAN, the country's letters as numbers and `00`, modulo 97). */
function iban(country: string, bban: string): string {
  const digits = [...`${bban}${country}00`].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  let rest = 0;
  for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}
/** As banks print it: groups of four. */
const inFours = (s: string): string => s.replace(/(.{4})(?=.)/g, '$1 ');

describe('Round 12, medium findings, with every shipped language’s words loaded', () => {
  before(loadEveryLanguage);

  it('R12-6: masks a one-time code split in an unusual way, before or after its keyword', async function () {
    this.timeout(120_000);
    await expectEverywhere('r12m', NOW, [
      ['48-29-13 is your verification code', '•••••• is your verification code'],
      ['482.913 is your verification code', '•••••• is your verification code'],
      ['482/913 is your verification code', '•••••• is your verification code'],
      ['Your verification code is 4829-13', 'Your verification code is ••••••'],
      ['OTP: 4829-13', 'OTP: ••••••'],
      ['Код: 4829-13', 'Код: ••••••'],
      // Look-alikes: an amount, a date, a phone number before a keyword.
      ['Amount 2471.58 OTP failed', 'Amount 2471.58 OTP failed'],
      ['24.11.26 OTP not received', '24.11.26 OTP not received'],
    ]);
  });

  it('R12-6: masks every split of a six-digit code with every separator, and keeps prices, dates, versions and phone numbers', () => {
    const splits = [
      [3, 3],
      [2, 2, 2],
      [4, 2],
      [2, 4],
      [1, 5],
      [5, 1],
    ];
    // Dashes (hyphen, en, em, minus), a dot, a slash, an underscore, middle dots (Latin and Katakana), a space.
    const separators = ['-', '–', '—', '−', '.', '/', '_', '·', '・', ' '];
    const masked: [string, string][] = [];
    for (const sizes of splits)
      for (const sep of separators) {
        let at = 0;
        const code = sizes.map((n) => '482913'.slice(at, (at += n))).join(sep);
        masked.push(
          [`OTP: ${code}`, 'OTP: ••••••'],
          [`Your verification code is ${code}`, 'Your verification code is ••••••'],
          [`${code} is your verification code`, '•••••• is your verification code'],
          [`Ваш код подтверждения: ${code}`, 'Ваш код подтверждения: ••••••'],
        );
      }
    expectRedacted(masked, [
      'Paid 4829.13 OTP not received',
      '$4829.13 charged, OTP never came',
      '12.50 OTP fee charged',
      '24/11/26 OTP not received',
      '06-04-26 OTP not received',
      '2026-11 OTP not received',
      '11/2026 PIN not working',
      'OTP 2026-11-20 not received',
      'OTP 20.11.2026 not received',
      'verification code 11/2026 expired',
      'app 10.4.2 OTP not arriving',
      'version 4.12.1 verification code bug',
      '415-555-2671 OTP not received',
      '0912 345 678 OTP not received',
      'call 555-0100 PIN reset',
      '482.913 VND OTP',
      '12-34-56 sort code',
    ]);
  });

  it('R12-7: keeps an order, ticket or customer number written before a secret’s keyword, in every shipped language', async function () {
    this.timeout(180_000);
    await expectEverywhere('r12m', NOW, [
      ['Order number 482913: OTP not received', 'Order number 482913: OTP not received'],
      ['Ticket 482913: password reset not received', 'Ticket 482913: password reset not received'],
      ['Customer ID 48291356 OTP not coming', 'Customer ID 48291356 OTP not coming'],
      ['订单号482913 验证码收不到', '订单号482913 验证码收不到'],
      ['訂單編號482913驗證碼收不到', '訂單編號482913驗證碼收不到'],
      ['注文番号 482913 認証コードが届きません', '注文番号 482913 認証コードが届きません'],
      ['주문번호 482913 인증번호가 안 와요', '주문번호 482913 인증번호가 안 와요'],
      ['Bestellnummer 482913 – TAN kommt nicht an', 'Bestellnummer 482913 – TAN kommt nicht an'],
      ['Đơn hàng 482913 - mã OTP không đến', 'Đơn hàng 482913 - mã OTP không đến'],
      ['طلب رقم 482913 - رمز التحقق لم يصل', 'طلب رقم 482913 - رمز التحقق لم يصل'],
      ['Kundennummer 48291356 Passwort vergessen', 'Kundennummer 48291356 Passwort vergessen'],
      ['尾号4829的卡验证码收不到', '尾号4829的卡验证码收不到'],
      // The secret given after the number is still masked.
      ['Order number 482913: OTP 739164', 'Order number 482913: OTP ••••••'],
      ['订单号482913 验证码是739164', '订单号482913 验证码是••••••'],
    ]);
  });

  it('R12-7: keeps the usual forms of a public number’s name (no., #, number, ID) in each language, and masks a code without one', () => {
    expectRedacted(
      [
        ['482913 is your verification code', '•••••• is your verification code'],
        ['Room 4829 — PIN 1234', 'Room 4829 — PIN ••••••'],
        ['Заказ 482913, ваш код: 739164', 'Заказ 482913, ваш код: ••••••'],
      ],
      [
        'Order no. 482913 OTP not received',
        'Order #482913 OTP not received',
        'Case 48291356 - password reset',
        'Invoice 48291 - OTP not received',
        'Bestellung Nr. 482913: TAN fehlt',
        'Commande n° 482913 – code de vérification non reçu',
        'Numéro de commande 482913 - code de vérification non reçu',
        'Pedido nº 482913 - código de verificación no llega',
        'Protocolo 482913 - código de verificação não chega',
        'Pratica 482913 - codice di verifica non arriva',
        'Заказ № 482913 код не пришёл',
        'Заявка 482913 - код подтверждения не пришёл',
        'Sipariş numarası 482913 - doğrulama kodu gelmedi',
        'Sipariş no 482913 doğrulama kodu gelmedi',
        'Invoice 482913 - kode OTP tidak masuk',
        'หมายเลขคำสั่งซื้อ 482913 ไม่ได้รับรหัส OTP',
        'הזמנה מספר 482913 - קוד אימות לא הגיע',
        'ऑर्डर नंबर 482913 - OTP नहीं आया',
        'ご注文番号482913の認証コードが届きません',
        '고객번호 48291356 비밀번호 재설정',
        '订单编号482913 验证码收不到',
        'Mã đơn hàng 482913 - mã OTP không đến',
      ],
    );
  });

  it('R12-8: keeps an IBAN printed in groups of four, a row of amounts and a spaced IMEI, everywhere', async function () {
    this.timeout(120_000);
    await expectEverywhere('r12m', NOW, [
      ['Please refund to IBAN DE91 4282 2359 3922 4799 36', 'Please refund to IBAN DE91 4282 2359 3922 4799 36'],
      ['683.19 642.20 424.16', '683.19 642.20 424.16'],
      ['IMEI 50 154967 793039 1', 'IMEI 50 154967 793039 1'],
      // A card beside an IBAN is still masked.
      ['IBAN DE91 4282 2359 3922 4799 36, card 4111 1111 1111 1111', 'IBAN DE91 4282 2359 3922 4799 36, card •••• 1111'],
    ]);
  });

  it('R12-8: keeps the IBANs of every country (ISO 13616 check digits) and masks a card written next to one', () => {
    expectRedacted(
      [
        ['DE91 4282 2359 3922 4799 36 4111 1111 1111 1111', 'DE91 4282 2359 3922 4799 36 •••• 1111'],
        // One digit mistyped, the check fails: no IBAN, and 16 of its digits pass as a Visa number (a documented limit).
        ['DE91 4282 2359 3922 4799 37', 'DE91 •••• 4799 37'],
        ['4111 1111 1111 1111 DE91 4282 2359 3922 4799 36', '•••• 1111 DE91 4282 2359 3922 4799 36'],
      ],
      [
        'DE68 0612 8192 8201 5399 69',
        'FR15 3962 4104 0589 3422 3727 372',
        'ES83 5795 1772 5587 8435 7307',
        'AT24 4880 8708 6564 3954',
        'BE56 0156 2752 3203',
        'PL37 3151 4136 5706 5061 5876 6717',
        'TR92 5381 6985 9309 4339 4456 81',
        'IT76 Z168 5421 3630 9932 1814 543',
        'GB48 NWBK 6219 2380 1420 83',
        'CH69 8960 7197 0781 7255 7',
        'de91 4282 2359 3922 4799 36',
        'DE91428223593922479936',
        'Subscription charged for 24/11/2026 - 03/08/2026',
        'called 657 716 3301 at 02:18',
        '6898 8393 06/04/26',
        '670.81 582.49 575.62',
        '1,683.19 642.20 424.16',
      ],
    );
    const countries: [string, number, boolean?][] = [
      ['DE', 18],
      ['FR', 23],
      ['ES', 20],
      ['AT', 16],
      ['PL', 24],
      ['TR', 22],
      ['BE', 12],
      ['PT', 21],
      ['SA', 20],
      ['IT', 22, true],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...countries), fc.stringMatching(/^[0-9]{24}$/), ([country, length, letter], digits) => {
        const written = inFours(iban(country, (letter ? 'X' : '') + digits.slice(0, length)));
        expect(redact(`Please refund to IBAN ${written}`).text).to.equal(`Please refund to IBAN ${written}`);
      }),
      { numRuns: 1000 },
    );
    // Card recall beside an IBAN: every network's number after one is still masked.
    fc.assert(
      fc.property(cardNumber, (card) => {
        const out = redact(`IBAN DE91 4282 2359 3922 4799 36 card ${card}`).text;
        expect(out).to.equal(`IBAN DE91 4282 2359 3922 4799 36 card •••• ${card.slice(-4)}`);
      }),
      { numRuns: 300 },
    );
  });
});
