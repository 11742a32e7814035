// Issue 13, the outside red team's eleventh round (R11-1 to R11-8: /work/rt/r11/FINDINGS.md). Each secret is typed
// where a user types it, into <support-call-prep> and into <support-dispute-checklist> notes, and read where it
// leaves the element: drafts in localStorage, change and submit events, the POST body, summaryText(), the
// checklist's storage and its text and JSON exports. The first half runs on a page whose elements are all English
// (only the core words, English, Chinese and Arabic, are loaded); the second loads the other languages' words, as a
// page showing an element in each of them does. Every new word has a sentence beside it that must be kept.
import '../src/index.js';
import { expectEverywhere, expectRedacted, loadEveryLanguage } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());
describe('Round 11, on a page in English (the core words of English, Chinese and Arabic)', () => {
  it('R11-1: masks a code given before its keyword however the SMS or the caller words the few words between', async function () {
    this.timeout(120_000);
    await expectEverywhere('r11', NOW, [
      ['482913 — your verification code', '•••••• — your verification code'],
      ['482913 was my OTP', '•••••• was my OTP'],
      ['4829 is my card PIN', '•••••• is my card PIN'],
      ['482-913 is your code', '•••••• is your code'],
      ['482913 是您本次登录的验证码', '•••••• 是您本次登录的验证码'],
      ['【美团】482913（美团验证码），请在5分钟内完成验证', '【美团】••••••（美团验证码），请在5分钟内完成验证'],
      ['482913 رمز التحقق الخاص بك', '•••••• رمز التحقق الخاص بك'],
      ['482913 is your pickup code', '482913 is your pickup code'],
    ]);
    expectRedacted(
      [
        ['482913 is ur OTP', '•••••• is ur OTP'],
        ['Use 482913 as Microsoft account security code', 'Use •••••• as Microsoft account security code'],
        ['482913 is your 2-step verification code', '•••••• is your 2-step verification code'],
        ['48 29 13 is your verification code', '•••••• is your verification code'],
        ['482913: your verification code', '••••••: your verification code'],
        ['482913（验证码）', '••••••（验证码）'],
        ['2024 is my PIN', '•••••• is my PIN'],
      ],
      [
        // Amounts, years, order and phone numbers, times: a number in another clause, or named, is no code.
        'I paid 4829 and my PIN is blocked',
        'In 2024 my PIN was stolen',
        'Order 482913 — your code follows',
        '482913 is my order number',
        'Call 555-123-4567 about the code',
        'At 14:30 my code arrived',
        'Paid 25.00 on 06/12/2026, the code never came',
        '482913 is your gift card code',
        '482913 is your ticket code',
        "4829 is your PIN's last change year",
        '482913是订单号不是验证码',
        '482913 هو رمز الطلب الخاص بك',
        '482913是您的会员代码',
        '城市代码：0755，门店代码：4829',
      ],
    );
  });
});

describe('Round 11, with the other languages’ words loaded', () => {
  before(loadEveryLanguage);

  it('R11-1: masks a code before its keyword in every language, with a dash, a copula, an adjective or an app between', async function () {
    this.timeout(120_000);
    await expectEverywhere('r11', NOW, [
      ['482913 - код подтверждения', '•••••• - код подтверждения'],
      ['482913 là mã OTP của bạn', '•••••• là mã OTP của bạn'],
      ['482913 doğrulama kodunuz', '•••••• doğrulama kodunuz'],
      ['482913 aapka OTP hai', '•••••• aapka OTP hai'],
      ['482913はLINEの認証番号です', '••••••はLINEの認証番号です'],
      ['482913은 카카오 인증번호입니다', '••••••은 카카오 인증번호입니다'],
      ['482913 è il tuo codice WhatsApp', '•••••• è il tuo codice WhatsApp'],
      ['482913 ist Ihr einmaliger Code', '•••••• ist Ihr einmaliger Code'],
    ]);
    expectRedacted(
      [
        ['482913 tek kullanımlık şifreniz', '•••••• tek kullanımlık şifreniz'],
        ['482913 आपका लॉगिन OTP है', '•••••• आपका लॉगिन OTP है'],
        ['482913은 본인확인 인증번호입니다', '••••••은 본인확인 인증번호입니다'],
        ['482913 es tu código', '•••••• es tu código'],
        ['482913 é o seu código', '•••••• é o seu código'],
      ],
      [
        'Сумма 2500 руб, код пришёл',
        'Am 06.12.2026 um 14:30 kam kein Code',
        '482913 ist meine Bestellnummer',
        'Pedido 482913, o código não chegou',
        '482913 — ваш трек-код',
        '482913 é o seu código de rastreio',
        '482913 è il tuo codice di ritiro',
      ],
    );
  });

  it('R11-7, R11-8: keeps an order, customer, parcel, store or area code, the code first or its name first', async function () {
    this.timeout(120_000);
    await expectEverywhere('r11', NOW, [
      ['482913 — ваш код заказа', '482913 — ваш код заказа'],
      ['482913 คือรหัสพัสดุของคุณ', '482913 คือรหัสพัสดุของคุณ'],
      ['482913 הוא קוד הלקוח שלך', '482913 הוא קוד הלקוח שלך'],
      ['お客様コード：482913', 'お客様コード：482913'],
    ]);
    expectRedacted(
      [],
      ['482913 — ваш код клиента', '482913 هو كود الخصم الخاص بك', '482913 คือรหัสลูกค้าของคุณ', '매장 코드: 4829', 'ग्राहक कोड: 482913', '门店代码：4829'],
    );
  });

  it('R11-2: masks a code or password given "for" what it confirms, in lower-case words before a colon (Sberbank, VTB)', async function () {
    this.timeout(120_000);
    await expectEverywhere('r11', NOW, [
      ['Пароль для входа: 482913', 'Пароль для входа: ••••••'],
      ['Пароль для подтверждения операции: 482913', 'Пароль для подтверждения операции: ••••••'],
      ['Code zur Bestätigung: 482913', 'Code zur Bestätigung: ••••••'],
      ['Код для заказа: 482913', 'Код для заказа: 482913'],
    ]);
    expectRedacted(
      [
        ['Сбербанк. Пароль для подтверждения платежа - 482913', 'Сбербанк. Пароль для подтверждения платежа - ••••••'],
        ['Пароль для подтверждения покупки: 482913. Сумма 2500 руб.', 'Пароль для подтверждения покупки: ••••••. Сумма 2500 руб.'],
        ['Ваш пароль для входа в приложение: 482913', 'Ваш пароль для входа в приложение: ••••••'],
        ['code pour confirmer : 482913', 'code pour confirmer : ••••••'],
      ],
      ['Пароль для входа: забыл', 'Пароль для входа 2 раза не подошёл', 'Der Code für die Bestellung 4829 ist da', 'Code for 2 days: 482913'],
    );
  });

  it('R11-3: masks a code for an app named in several words, with digits or as a domain', async function () {
    this.timeout(120_000);
    await expectEverywhere('r11', NOW, [
      ['Ihr Bestätigungscode für N26 lautet 482913', 'Ihr Bestätigungscode für N26 lautet ••••••'],
      ['Your code for amazon.com is 482913', 'Your code for amazon.com is ••••••'],
      ['Seu código para o Nubank é 482913', 'Seu código para o Nubank é ••••••'],
      ['The code for order 4829: sent today', 'The code for order 4829: sent today'],
    ]);
    expectRedacted(
      [
        ['Ihr Code für O2: 482913', 'Ihr Code für O2: ••••••'],
        ['Your code for the Chase app: 482913', 'Your code for the Chase app: ••••••'],
        ['Your verification code for my.t-mobile.com is 482913', 'Your verification code for my.t-mobile.com is ••••••'],
        ["Votre code de sécurité pour l'application Lydia : 482913", "Votre code de sécurité pour l'application Lydia : ••••••"],
        ['Kode OTP untuk BCA mobile: 482913', 'Kode OTP untuk BCA mobile: ••••••'],
        ["Il codice OTP per l'app IO è 482913", "Il codice OTP per l'app IO è ••••••"],
      ],
      ['Error code for the app: 504 error', 'Password for the account: forgot it', 'Rufen Sie für O2 die 0800 123 4567 an'],
    );
  });
});
