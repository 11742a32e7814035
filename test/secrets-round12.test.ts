// Issue 13, the outside red team's twelfth round (R12-1 to R12-3: /work/rt/r12/FINDINGS.md). Each secret is typed
// where a user types it, into <support-call-prep> and into <support-dispute-checklist> notes, and read where it
// leaves the element: drafts in localStorage, change and submit events, the POST body, summaryText(), the
// checklist's storage and its text and JSON exports. The languages' words are loaded as a page showing an element in
// each of them loads them. Every shape has a look-alike beside it that must stay as typed.
import '../src/index.js';
import { expectEverywhere, expectRedacted, loadEveryLanguage } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('Round 12, with every shipped language’s words loaded', () => {
  before(loadEveryLanguage);

  it('R12-1: masks a code given with what it is for in Thai, Vietnamese, Hebrew, Arabic, Spanish and Russian', async function () {
    this.timeout(120_000);
    await expectEverywhere('r12', NOW, [
      ['รหัส OTP สำหรับเข้าสู่ระบบ: 482913', 'รหัส OTP สำหรับเข้าสู่ระบบ: ••••••'],
      ['รหัส OTP สำหรับทำรายการ คือ 482913', 'รหัส OTP สำหรับทำรายการ คือ ••••••'],
      ['Mã OTP cho giao dịch là 482913', 'Mã OTP cho giao dịch là ••••••'],
      ['Mã OTP để đăng nhập: 482913', 'Mã OTP để đăng nhập: ••••••'],
      ['קוד אימות לכניסה: 482913', 'קוד אימות לכניסה: ••••••'],
      ['رمز التحقق لتسجيل الدخول: 482913', 'رمز التحقق لتسجيل الدخول: ••••••'],
      ['Código para iniciar sesión: 482913', 'Código para iniciar sesión: ••••••'],
      ['Пароль для входа 482913', 'Пароль для входа ••••••'],
      // Look-alikes: a public code's purpose, a count, a postal code.
      ['Код для заказа: 482913', 'Код для заказа: 482913'],
      ['código postal: 28001', 'código postal: 28001'],
    ]);
    expectRedacted(
      [
        ['Mã OTP dùng để xác nhận giao dịch: 482913', 'Mã OTP dùng để xác nhận giao dịch: ••••••'],
        ['קוד האימות לכניסה לחשבון הוא 482913', 'קוד האימות לכניסה לחשבון הוא ••••••'],
        ['Mã xác thực cho giao dịch của bạn là 482913', 'Mã xác thực cho giao dịch của bạn là ••••••'],
        ['رمز التحقق الخاص بعملية الدفع: 482913', 'رمز التحقق الخاص بعملية الدفع: ••••••'],
        ['Код для входа 482913', 'Код для входа ••••••'],
      ],
      [
        'Пароль для входа 2 раза не подошёл',
        'Пароль для входа: забыл',
        'código de error: 504',
        'código para el pedido: 4829',
        'קוד לקוח: 4829',
        'Code for 2 days: 482913',
      ],
    );
  });

  it('R12-2: masks a password, PIN or one-time code named by whose or which it is before a colon', async function () {
    this.timeout(120_000);
    await expectEverywhere('r12', NOW, [
      ['Пароль клиента: hunter2', 'Пароль клиента: ••••••'],
      ['password wifi: hunter2', 'password wifi: ••••••'],
      ['OTP login: 482913', 'OTP login: ••••••'],
      ['PIN bank: 4829', 'PIN bank: ••••••'],
      ['كلمة مرور العميل: hunter2', 'كلمة مرور العميل: ••••••'],
      ['Kode OTP pelanggan: 482913', 'Kode OTP pelanggan: ••••••'],
      ['senha do cliente: Abc12345', 'senha do cliente: ••••••'],
      // Look-alikes: a public code named so, a reset, an error.
      ['code postal: 75001', 'code postal: 75001'],
      ['PIN code reset: done', 'PIN code reset: done'],
      ['Kode pelanggan: 482913', 'Kode pelanggan: 482913'],
    ]);
    expectRedacted(
      [
        ['Код подтверждения заказа: 482913', 'Код подтверждения заказа: ••••••'],
        ['contraseña del cliente: Abc12345', 'contraseña del cliente: ••••••'],
        ['Mot de passe client : hunter2', 'Mot de passe client : ••••••'],
        ['סיסמת לקוח: hunter2', 'סיסמת לקוח: ••••••'],
        ['รหัสผ่านลูกค้า: hunter2', 'รหัสผ่านลูกค้า: ••••••'],
        ['Mã OTP khách hàng: 482913', 'Mã OTP khách hàng: ••••••'],
        ['PIN of the customer: 4829', 'PIN of the customer: ••••••'],
        ['Passwort Kunde: hunter2', 'Passwort Kunde: ••••••'],
      ],
      ['Password reset: done', 'password expired: yes', 'OTP error: 504', 'رمز العميل: 4829', 'Код клиента: 482913', 'Password for the account: forgot it'],
    );
  });

  it('R12-3: masks a German PIN or password written as one compound, and keeps public -code compounds', async function () {
    this.timeout(120_000);
    await expectEverywhere('r12', NOW, [
      ['Kartenpin 4829', 'Kartenpin ••••••'],
      ['Kundenpasswort: hunter2', 'Kundenpasswort: ••••••'],
      ['mein Bankpasswort ist Abc12345', 'mein Bankpasswort ist ••••••'],
      ['Gutscheincode: 482913', 'Gutscheincode: 482913'],
      ['Postleitzahl: 10115', 'Postleitzahl: 10115'],
    ]);
    expectRedacted(
      [
        ['meine Kartenpin ist 4829', 'meine Kartenpin ist ••••••'],
        ['Kontokennwort: Abc12345', 'Kontokennwort: ••••••'],
        ['Bankkartenpin 4829', 'Bankkartenpin ••••••'],
        ['Pinnummer: 4829', 'Pinnummer: ••••••'],
      ],
      ['Fehlercode: 504', 'Rabattcode: 4829', 'Bestellcode: 482913', 'Bestellnummer 482913', 'alpin 2024'],
    );
  });
});
