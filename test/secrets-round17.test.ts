// Issue 13, the outside red team's seventeenth round (R17, run on round 16's fixes after they landed). Each line is
// what a customer types or pastes from an SMS; the first lines go through every sink (the call form and a checklist
// note), the rest through the detector.
import '../src/index.js';
import { expectEverywhere, expectRedacted, loadEveryLanguage } from './helpers.js';

const NOW = new Date('2026-12-07T12:00');
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('Round 17, with every shipped language’s words loaded', () => {
  before(loadEveryLanguage);

  it('masks a code followed by a count, a time or a word that only holds a unit, and one the who-sent clause ran over, in every sink', async function () {
    this.timeout(120_000);
    await expectEverywhere('r17', NOW, [
      ['認証コードは482913ですが、何回入れてもエラーになります', '認証コードは••••••ですが、何回入れてもエラーになります'],
      ['PIN saya 1234 hari ini diblokir', 'PIN saya •••••• hari ini diblokir'],
      ['The OTP sent to me 482913 is not working', 'The OTP sent to me •••••• is not working'],
      ['OTP for payment 1500: 482913', 'OTP for payment 1500: ••••••'],
    ]);
  });

  it('reads a number after a code as an amount only with a currency, glued or whole (R17-1, R17-2)', () => {
    expectRedacted(
      [
        ['認証コード：482913 今日届いたのに使えません', '認証コード：•••••• 今日届いたのに使えません'],
        ['暗証番号は1234ですが、自分で変更した覚えはありません', '暗証番号は••••••ですが、自分で変更した覚えはありません'],
        ['인증번호 482913 이번에도 안 돼요', '인증번호 •••••• 이번에도 안 돼요'],
        ['카드 비밀번호 1234 원래 이거였어요', '카드 비밀번호 •••••• 원래 이거였어요'],
        ['รหัส OTP 482913 ครั้งนี้ก็ใช้ไม่ได้', 'รหัส OTP •••••• ครั้งนี้ก็ใช้ไม่ได้'],
        ['kode OTP 482913 kali ini tidak bisa', 'kode OTP •••••• kali ini tidak bisa'],
        ['Mã OTP 482913 lần này không dùng được', 'Mã OTP •••••• lần này không dùng được'],
        ['Die TAN 482913 mal wieder ungültig', 'Die TAN •••••• mal wieder ungültig'],
        ['Мой ПИН 4829 разблокируйте пожалуйста', 'Мой ПИН •••••• разблокируйте пожалуйста'],
        ['ओटीपी 482913 बार बार गलत आ रहा है', 'ओटीपी •••••• बार बार गलत आ रहा है'],
        ['Is this OTP 482913 real or a scam?', 'Is this OTP •••••• real or a scam?'],
      ],
      // A currency after the number still makes it an amount (R16-10).
      ['OTP of 5000 rs not received', 'the OTP of 1500 rupees transaction did not come'],
    );
  });

  it('ends the who-sent clause before the value (R17-5, R17-11)', () => {
    expectRedacted(
      [
        ['The OTP I got 482913: invalid', 'The OTP I got ••••••: invalid'],
        ['the cvv I typed 123 was wrong', 'the cvv I typed •••••• was wrong'],
        ['Password I entered Hunter22 is wrong', 'Password I entered •••••• is wrong'],
        ['the OTP from the bank 482913 was wrong', 'the OTP from the bank •••••• was wrong'],
        ['OTP received 482913 but it says invalid', 'OTP received •••••• but it says invalid'],
        ['otp which is 482913', 'otp which is ••••••'],
        // A phone number in the clause is no value (R15-3).
        ['the OTP sent to +919876543210 is 482913', 'the OTP sent to +919876543210 is ••••••'],
      ],
      ['the code in the error message was 4003'],
    );
  });

  it('reads the purpose’s own number before a colon, a dash or "is" (R17-3, R17-4)', () => {
    expectRedacted([
      ['PIN for card ending 4829: 1234', 'PIN for card ending 4829: ••••••'],
      ['OTP for account ending 4829 - 482913', 'OTP for account ending 4829 - ••••••'],
      ['Код для оплаты 1500: 482913', 'Код для оплаты 1500: ••••••'],
      ['Kode OTP untuk pembayaran 1500: 482913', 'Kode OTP untuk pembayaran 1500: ••••••'],
      [
        'Your OTP for delivery of order 4829173 is 482913. Share it with the delivery agent',
        'Your OTP for delivery of order 4829173 is ••••••. Share it with the delivery agent',
      ],
      ['Código de verificación para el pedido 4829173: 482913', 'Código de verificación para el pedido 4829173: ••••••'],
      ['Mã OTP cho đơn hàng 4829173 là 482913', 'Mã OTP cho đơn hàng 4829173 là ••••••'],
    ]);
  });

  it('reads a purpose’s amount with thousands separators or a currency sign after it (R17-8)', () => {
    expectRedacted(
      [
        ['OTP for payment 1,500 is 482913', 'OTP for payment 1,500 is ••••••'],
        ['OTP for purchase of 1,299.00 is 482913', 'OTP for purchase of 1,299.00 is ••••••'],
        ['OTP for payment 1,500.00: 482913', 'OTP for payment 1,500.00: ••••••'],
        ['Код для оплаты 1 500 ₽: 482913', 'Код для оплаты 1 500 ₽: ••••••'],
        ['Код для покупки на 1 500 ₽: 482913', 'Код для покупки на 1 500 ₽: ••••••'],
      ],
      ['OTP for payment 1,500 failed', 'Код для оплаты 1 500 ₽ не пришёл'],
    );
  });

  it('masks a secret changed to a value, and one set off by commas (R17-6, R17-7)', () => {
    expectRedacted(
      [
        ['I changed my password to Hunter22', 'I changed my password to ••••••'],
        ['I changed my PIN to 4829', 'I changed my PIN to ••••••'],
        ['cambié mi contraseña a Hunter22', 'cambié mi contraseña a ••••••'],
        ['я поменял ПИН на 4829', 'я поменял ПИН на ••••••'],
        ['saya ganti password jadi Hunter22', 'saya ganti password jadi ••••••'],
        ['tôi đã đổi mật khẩu thành Hunter22', 'tôi đã đổi mật khẩu thành ••••••'],
        ['my PIN, 4829, is blocked', 'my PIN, ••••••, is blocked'],
        ['验证码，482913，用不了', '验证码，••••••，用不了'],
        ['رمز التحقق، 482913، لا يعمل', 'رمز التحقق، ••••••، لا يعمل'],
      ],
      // Without a digit the words after "to" are no value.
      [
        'I changed my password to something easier',
        'I want to change my password to a stronger one',
        'я поменял пароль на новый',
        'I changed my PIN to 4 digits',
      ],
    );
  });

  it('keeps a card’s last four after its "ending" at the end of a sentence (R17-12)', () => {
    expectRedacted(
      [],
      [
        'I can’t get an OTP for the card ending 4829.',
        'Please reset the PIN for my card ending 4829',
        'I forgot the PIN for my card ending 4829, can you help?',
        'I never received the OTP for my card ending in 4829',
        'No me llega el código para la tarjeta terminada en 4829',
        'Код для карты с окончанием 4829 не приходит',
        'Kode OTP untuk kartu berakhiran 4829 tidak masuk',
        'رمز التحقق للبطاقة المنتهية بـ 4829 لم يصل',
      ],
    );
  });
});
