// Issue 13, the outside red team's thirteenth round (R13-6, R13-7: /work/rt/r13/FINDINGS.md). Round 12's shapes (a
// keyword, one or two words, a colon; a keyword, a purpose, a number) took ordinary text: a ticket, a fee, a date, an
// e-mail after a password's name, an amount or an order number after a code's purpose. Each line is typed where a
// user types it (the call form and a checklist note) and read where it leaves the element; round 12's secrets stay
// masked beside them.
import '../src/index.js';
import { expectEverywhere, expectRedacted, loadEveryLanguage } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('Round 13, with every shipped language’s words loaded', () => {
  before(loadEveryLanguage);

  it('R13-6: keeps a ticket, fee, date, e-mail, page, version or sender named after a password, PIN or code', async function () {
    this.timeout(120_000);
    await expectEverywhere('r13', NOW, [
      ['Password change ticket: 29181722', 'Password change ticket: 29181722'],
      ['PIN issue fee: 886.29', 'PIN issue fee: 886.29'],
      ['Kennwort gesperrt am: 25/01/2026', 'Kennwort gesperrt am: 25/01/2026'],
      ['パスワード再設定 注文番号：48291356', 'パスワード再設定 注文番号：48291356'],
      ['Password email: john@example.com', 'Password email: john@example.com'],
      // Round 12's secrets beside them.
      ['PIN bank: 4829', 'PIN bank: ••••••'],
      ['Пароль клиента: hunter2', 'Пароль клиента: ••••••'],
    ]);
    expectRedacted(
      [
        ['Код подтверждения заказа: 482913', 'Код подтверждения заказа: ••••••'],
        ['PIN of the customer: 4829', 'PIN of the customer: ••••••'],
        ['password wifi: hunter2', 'password wifi: ••••••'],
      ],
      [
        'Password page: https://bank.example/reset',
        'OTP app version: 4.12.1',
        'Password manager: Bitwarden',
        'OTP sender ID: 56161',
        'OTP SMS from: 5676791',
        'Mot de passe réinitialisé le : 20/11/2026',
        'كلمة المرور تغيرت بتاريخ: 20/11/2026',
        'รหัสผ่านลืม เบอร์: 0812345678',
        '비밀번호 재설정 주문번호: 48291356',
        'senha redefinida pedido: 48291356',
        'PIN 锁定订单号: 52686918',
        'OTP ब्लॉक शुल्क: 751.38',
        'PIN 잠김 수수료: 634.30',
      ],
    );
  });

  it('R13-7: keeps an amount, an order or refund number and a card’s last four after a code’s purpose', async function () {
    this.timeout(120_000);
    await expectEverywhere('r13', NOW, [
      ['OTP for payment 1500 failed', 'OTP for payment 1500 failed'],
      ['PIN for card ending 4829 blocked', 'PIN for card ending 4829 blocked'],
      ['Код для оплаты 1500 рублей не пришёл', 'Код для оплаты 1500 рублей не пришёл'],
      ['Código para rastrear: 48291356', 'Código para rastrear: 48291356'],
      ['קוד אימות להזמנה 48291356 לא הגיע', 'קוד אימות להזמנה 48291356 לא הגיע'],
      ['Code for refund 48291356', 'Code for refund 48291356'],
      // Round 12's secrets beside them.
      ['Пароль для входа 482913', 'Пароль для входа ••••••'],
      ['رمز التحقق للدفع 482913', 'رمز التحقق للدفع ••••••'],
    ]);
    expectRedacted(
      [
        // The amount is the purpose's, the password after the colon is masked (main masked the amount and kept it).
        ['Пароль для подтверждения операции на сумму 2500 руб: 482913', 'Пароль для подтверждения операции на сумму 2500 руб: ••••••'],
        ['ПИН для карты 4829', 'ПИН для карты ••••••'],
        ['קוד האימות לכניסה לחשבון הוא 482913', 'קוד האימות לכניסה לחשבון הוא ••••••'],
        ['OTP for login 482913', 'OTP for login ••••••'],
      ],
      [
        'Mã OTP để thanh toán 1500000 đồng không về',
        'รหัส OTP สำหรับคำสั่งซื้อ 48291356 ไม่มา',
        'رمز التحقق للطلب 48291356 لم يصل',
        'Código para el reembolso: 48291356',
        'PIN for account 48291356 reset',
        'TAN für Bestellung 39510505 kommt nicht an',
        'PIN für Zahlung von 8605 geht nicht',
        'Kode OTP untuk transfer 7371 gagal',
      ],
    );
  });

  it('R13-6, R13-7: a split code after whose words or a purpose is no date, version or amount without its own marks', () => {
    expectRedacted(
      [
        ['Пароль клиента: 4829.13', 'Пароль клиента: ••••••'],
        ['PIN of the customer: 48-29-13', 'PIN of the customer: ••••••'],
        ['OTP for login: 48/29/13', 'OTP for login: ••••••'],
        ['Code for the app: 4.82.913', 'Code for the app: ••••••'],
        ['Ваш код подтверждения: 48.29.13', 'Ваш код подтверждения: ••••••'],
      ],
      ['Password reset on: 2026-11-20', 'PIN blocked on: 20.11.2026', 'OTP app: v4.12.1', 'OTP for payment: 1500.00 EUR', 'Code for the fee: €12.50'],
    );
  });

  it('R13-1: reads a purpose after “чтобы”, “dùng cho” and “used for”, and the feminine “is” of Hebrew and Arabic', async function () {
    this.timeout(120_000);
    await expectEverywhere('r13', NOW, [
      ['Пароль, чтобы войти: 482913', 'Пароль, чтобы войти: ••••••'],
      ['The code used for login is 482913', 'The code used for login is ••••••'],
      ['הסיסמה לכניסה היא hunter22', 'הסיסמה לכניסה היא ••••••'],
    ]);
    expectRedacted(
      [
        ['Пароль чтобы войти 482913', 'Пароль чтобы войти ••••••'],
        ['Mã OTP dùng cho giao dịch là 482913', 'Mã OTP dùng cho giao dịch là ••••••'],
        ['Mã xác thực dùng cho đăng nhập: 482913', 'Mã xác thực dùng cho đăng nhập: ••••••'],
        ['Code used for sign in: 482913', 'Code used for sign in: ••••••'],
        ['كلمة السر للدخول هي hunter22', 'كلمة السر للدخول هي ••••••'],
      ],
      ['Пароль, чтобы войти, я забыл', 'The PIN used for my card expired 2024', 'Code used for order 48291356', 'OTP for payment 1500 failed'],
    );
  });

  it('R13-2: masks a one-time code of letters and digits after its name, and keeps measures and model names', async function () {
    this.timeout(120_000);
    await expectEverywhere('r13', NOW, [
      ['Einmalpasswort: K7pQ2x', 'Einmalpasswort: ••••••'],
      ['Your OTP is K7PQ2X', 'Your OTP is ••••••'],
    ]);
    expectRedacted(
      [
        ['OTP: AB12CD', 'OTP: ••••••'],
        ['otp: ab12cd', 'otp: ••••••'],
        ['Your OTP code is AB12CD', 'Your OTP code is ••••••'],
        ['验证码：AB12CD', '验证码：••••••'],
        ['Dein Einmalpasswort lautet K7pQ2x', 'Dein Einmalpasswort lautet ••••••'],
      ],
      ['OTP: 30sec', 'OTP: expired', 'Your OTP is valid for 10min', 'OTP: iPhone15 gets none', 'code: A320neo', 'tu código de Mercado Pago es válido'],
    );
  });

  it('R13-3: masks a PIN or password named in a German compound or plural', async function () {
    this.timeout(120_000);
    await expectEverywhere('r13', NOW, [
      ['Meine Kartenpinnummer ist 4829', 'Meine Kartenpinnummer ist ••••••'],
      ['Bankpasswörter: hunter22', 'Bankpasswörter: ••••••'],
    ]);
    expectRedacted(
      [
        ['Kartengeheimzahl: 4829', 'Kartengeheimzahl: ••••••'],
        ['Meine Kartengeheimzahl lautet 4829', 'Meine Kartengeheimzahl lautet ••••••'],
        ['Kontogeheimnummer: 4829', 'Kontogeheimnummer: ••••••'],
      ],
      ['Passwörter vergessen', 'Kennwörter zurückgesetzt'],
    );
  });

  it('R13-4: masks a CVV after a year-first expiry', async function () {
    this.timeout(120_000);
    await expectEverywhere('r13', NOW, [['Karte 4111 1111 1111 1111 2027/12 737', 'Karte •••• 1111 2027/12 ••••••']]);
    expectRedacted([
      ['4111 1111 1111 1111 2027-12 737', '•••• 1111 2027-12 ••••••'],
      ['Card 4111 1111 1111 1111, exp 2027/12, 737', 'Card •••• 1111, exp 2027/12, ••••••'],
    ]);
  });
});
