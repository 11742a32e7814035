// Issue 13, the outside red team's tenth round: R10-11 (a one-time code written before its keyword, the wording of
// most SMS) and R10-15 (an amount and a date, as a statement line is pasted, were masked as a card number). Each text
// is typed where a user types it, into <support-call-prep> and a <support-dispute-checklist> note, and read where it
// leaves the element: drafts in localStorage, events, the POST body, summaryText(), the checklist's exports.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { callPrepOutputs, expectEverywhere, holds, loadEveryLanguage } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('R10-11: a one-time code pasted with its SMS, the code before its name', () => {
  before(loadEveryLanguage);

  it('masks the code of the SMS as Google, Alipay, Shopee and banks word it, in every shipped language', async function () {
    this.timeout(120_000);
    await expectEverywhere('r10', NOW, [
      ['G-482913 is your Google verification code.', 'G-•••••• is your Google verification code.'],
      ['【支付宝】482913是您的验证码，10分钟内有效', '【支付宝】••••••是您的验证码，10分钟内有效'],
      ['482913是您的驗證碼', '••••••是您的驗證碼'],
      ['482913 ist Ihr Bestätigungscode', '•••••• ist Ihr Bestätigungscode'],
      ['482913 es tu código de verificación', '•••••• es tu código de verificación'],
      ['482913 est votre code de vérification', '•••••• est votre code de vérification'],
      ['482913 é o seu código de verificação', '•••••• é o seu código de verificação'],
      ['482913 è il tuo codice di verifica', '•••••• è il tuo codice di verifica'],
      ['<#> 482913 adalah kode verifikasi Shopee Anda.', '<#> •••••• adalah kode verifikasi Shopee Anda.'],
      ['482913 là mã xác thực của bạn', '•••••• là mã xác thực của bạn'],
      ['482913 — ваш код подтверждения', '•••••• — ваш код подтверждения'],
      ['482913 doğrulama kodunuzdur', '•••••• doğrulama kodunuzdur'],
      ['482913 הוא קוד האימות שלך', '•••••• הוא קוד האימות שלך'],
      ['482913 आपका OTP है', '•••••• आपका OTP है'],
      ['482913 คือรหัส OTP ของคุณ', '•••••• คือรหัส OTP ของคุณ'],
      ['482913は認証コードです', '••••••は認証コードです'],
      ['482913은 인증번호입니다', '••••••은 인증번호입니다'],
      ['482913 هو رمز التحقق الخاص بك', '•••••• هو رمز التحقق الخاص بك'],
      ['Use 482913 as your verification code', 'Use •••••• as your verification code'],
      ['Enter 482913 to verify', 'Enter •••••• to verify'],
      ['1234 is my PIN', '•••••• is my PIN'],
    ]);
  });

  it('keeps an order, tracking or receipt number written the same way, in every shipped language', async function () {
    this.timeout(120_000);
    const kept = [
      '482913 is my order number',
      'Order 482913 is your receipt',
      '1Z999AA10123456784 is your tracking code',
      '482913 is your tracking code',
      '3 is the code’s length',
      '2026 is the year I opened the account',
      '482913是您的订单号',
      '482913是您的訂單號',
      '482913 ist Ihre Bestellnummer',
      '482913 es tu código de seguimiento',
      '482913 est votre code de suivi',
      '482913 é o seu código de rastreamento',
      "482913 è il tuo numero d'ordine",
      '482913 adalah nomor pesanan Anda',
      '482913 là mã đơn hàng của bạn',
      '482913 — ваш номер заказа',
      '482913 kargo takip kodunuzdur',
      '482913 הוא מספר ההזמנה שלך',
      '482913 आपका ऑर्डर नंबर है',
      '482913 คือหมายเลขคำสั่งซื้อของคุณ',
      '482913は注文番号です',
      '482913은 주문번호입니다',
      '482913 هو رقم طلبك',
    ];
    await expectEverywhere(
      'r10',
      NOW,
      kept.map((k) => [k, k] as const),
    );
  });
});

describe('R10-15: an amount and a date pasted from a statement are kept for the agent', () => {
  it('keeps "charged 471.58 20/11/2026", German, Arabic-Indic and full-width amounts and dates, and a statement pasted whole', async function () {
    this.timeout(120_000);
    const kept = [
      'charged 471.58 20/11/2026 twice',
      'paid 2,471.58 20/11/2026, not refunded',
      'charged 2.471,58 20.11.2026',
      'paid 2 471,58 20/11/2026',
      'paid 471.58 2026-11-20',
      'charged ٤٧١٫٥٨ ٢٠/١١/٢٠٢٦ twice',
      'charged ４７１.５８ ２０/１１/２０２６',
      '19/11/2026 AMAZON 2,471.58 20/11/2026 AMAZON 2,608.89',
    ];
    await expectEverywhere(
      'r10',
      NOW,
      kept.map((k) => [k, k] as const),
    );
    // Lines pasted whole into the call form's description (a note is one line: the browser drops its line breaks).
    const statement = '19/11/2026 AMAZON 2,471.58\n20/11/2026 AMAZON 2,608.89';
    for (const out of await callPrepOutputs('r10', NOW, statement)) expect(holds(out, statement), out).to.equal(true);
  });

  it('still masks a card written in its groups beside an amount or a date', async function () {
    this.timeout(60_000);
    await expectEverywhere('r10', NOW, [
      ['card 4111 1111 1111 1111 charged 471.58 20/11/2026', 'card •••• 1111 charged 471.58 20/11/2026'],
      ['charged 471.58 20/11/2026 on 4111.1111.1111.1111', 'charged 471.58 20/11/2026 on •••• 1111'],
      ['20/11/2026 3782-822463-10005 2,471.58', '20/11/2026 •••• 0005 2,471.58'],
    ]);
  });
});
