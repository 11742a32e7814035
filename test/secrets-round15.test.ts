// Issue 13, the outside red team's fifteenth round (R15, run on round 14's fixes before they landed). Each line is
// what a customer types or pastes from an SMS; the first lines go through every sink (the call form and a checklist
// note), the rest through the detector.
import '../src/index.js';
import { expectEverywhere, expectRedacted, loadEveryLanguage } from './helpers.js';

const NOW = new Date('2026-12-07T12:00');
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('Round 15, with every shipped language’s words loaded', () => {
  before(loadEveryLanguage);

  it('masks a secret given after “of”, a clause saying who sent it, or “это” (R15-1 to R15-3), in every sink', async function () {
    this.timeout(120_000);
    await expectEverywhere('r15', NOW, [
      ['I got an OTP of 482913', 'I got an OTP of ••••••'],
      ['the PIN they gave me is 4829', 'the PIN they gave me is ••••••'],
      ['пароль от сбера это Qwerty123', 'пароль от сбера это ••••••'],
      ['Код для оплаты 1500 руб: 482913', 'Код для оплаты 1500 руб: ••••••'],
    ]);
  });

  it('masks every secret the red team found kept that this round covers (R15-1 to R15-5, R15-7, R15-9)', () => {
    expectRedacted([
      // R15-1
      ['I got an OTP of 482913', 'I got an OTP of ••••••'],
      ['I got an OTP of 482913 but it says invalid', 'I got an OTP of •••••• but it says invalid'],
      ['OTP of 482913 received but payment failed', 'OTP of •••••• received but payment failed'],
      ['received OTP of 482913', 'received OTP of ••••••'],
      ['a one-time password of 482913', 'a one-time password of ••••••'],
      ['the bank sent a code of 482913', 'the bank sent a code of ••••••'],
      ['I set a PIN of 4829 yesterday', 'I set a PIN of •••••• yesterday'],
      ['my new PIN of 4829 is not accepted', 'my new PIN of •••••• is not accepted'],
      ['they gave me a temporary password of Welcome123', 'they gave me a temporary password of ••••••'],
      ['with a CVV of 737', 'with a CVV of ••••••'],
      ['cvv of 737', 'cvv of ••••••'],
      // R15-2
      ['пароль от сбера это Qwerty123', 'пароль от сбера это ••••••'],
      ['пароль от Сбера это Qwerty123', 'пароль от Сбера это ••••••'],
      ['пароль от сбербанка это Qwerty123', 'пароль от сбербанка это ••••••'],
      ['пароль для сбера это Qwerty123', 'пароль для сбера это ••••••'],
      ['пароль от почты это hunter22', 'пароль от почты это ••••••'],
      ['Код для оплаты 1500 руб это 482913', 'Код для оплаты 1500 руб это ••••••'],
      // R15-3
      ['the code they texted me was 123456', 'the code they texted me was ••••••'],
      ['the PIN they gave me is 4829', 'the PIN they gave me is ••••••'],
      ['PIN they gave me: 4829', 'PIN they gave me: ••••••'],
      ['the PIN I chose was 4829', 'the PIN I chose was ••••••'],
      ['new PIN I chose is 4829', 'new PIN I chose is ••••••'],
      ['the password I set was hunter22', 'the password I set was ••••••'],
      ['the password I created is Hunter22!', 'the password I created is ••••••'],
      ['the code they sent is 482913', 'the code they sent is ••••••'],
      ['the code they gave me is 482913', 'the code they gave me is ••••••'],
      ['the code the bank sent me is 482913', 'the code the bank sent me is ••••••'],
      ['the code the bank sent was 482913', 'the code the bank sent was ••••••'],
      ['the code I got from the bank is 482913', 'the code I got from the bank is ••••••'],
      ['the code from my bank was 482913', 'the code from my bank was ••••••'],
      ['the code from the bank is 482913', 'the code from the bank is ••••••'],
      ['the code from the bank SMS was 482913', 'the code from the bank SMS was ••••••'],
      ['the code in the SMS from my bank is 482913', 'the code in the SMS from my bank is ••••••'],
      ['code sent by the bank: 482913', 'code sent by the bank: ••••••'],
      ['the code that came was 482913', 'the code that came was ••••••'],
      ['the code that came by SMS is 482913', 'the code that came by SMS is ••••••'],
      ['the OTP sent is 482913', 'the OTP sent is ••••••'],
      ['the OTP that I received is 482913', 'the OTP that I received is ••••••'],
      ['the OTP received on my phone is 482913', 'the OTP received on my phone is ••••••'],
      ['OTP received on my phone: 482913', 'OTP received on my phone: ••••••'],
      ['the OTP sent to my phone is 482913', 'the OTP sent to my phone is ••••••'],
      ['the OTP sent to +919876543210 is 482913', 'the OTP sent to +919876543210 is ••••••'],
      ['the OTP I got on my phone is 482913', 'the OTP I got on my phone is ••••••'],
      ['the code they sent me is 482913', 'the code they sent me is ••••••'],
      ['the code I got from HDFC is 482913', 'the code I got from HDFC is ••••••'],
      ['the PIN I got was 4829', 'the PIN I got was ••••••'],
      ['OTP sent to me: 482913', 'OTP sent to me: ••••••'],
      // R15-4
      ['Kode OTP untuk transaksi Rp 150.000 adalah 482913', 'Kode OTP untuk transaksi Rp 150.000 adalah ••••••'],
      ['رمز التحقق للدفع 150 ريال هو 482913', 'رمز التحقق للدفع 150 ريال هو ••••••'],
      ['Код для оплаты 1500 руб: 482913', 'Код для оплаты 1500 руб: ••••••'],
      ['Код для оплаты 2500 руб: 482913', 'Код для оплаты 2500 руб: ••••••'],
      ['Код для оплаты на сумму 2500 руб: 482913', 'Код для оплаты на сумму 2500 руб: ••••••'],
      ['Код для оплаты 1500 руб. 482913', 'Код для оплаты 1500 руб. ••••••'],
      ['Код подтверждения для оплаты 1500 руб: 482913', 'Код подтверждения для оплаты 1500 руб: ••••••'],
      ['รหัส OTP สำหรับการชำระเงิน 1500 บาท คือ 482913', 'รหัส OTP สำหรับการชำระเงิน 1500 บาท คือ ••••••'],
      // R15-5
      ['пароль это дата рождения 15081987', 'пароль это дата рождения ••••••'],
      ['пароль это моя дата рождения 150887', 'пароль это моя дата рождения ••••••'],
      ['пароль это кличка собаки Barsik2015', 'пароль это кличка собаки ••••••'],
      ['הסיסמה היא תאריך הלידה שלי 15081987', 'הסיסמה היא תאריך הלידה שלי ••••••'],
      // R15-7
      ['4111111111111111 12 / 27 737', '•••• 1111 12 / 27 ••••••'],
      ['4111111111111111 12 /27 737', '•••• 1111 12 /27 ••••••'],
      ['4111111111111111 12/ 27 737', '•••• 1111 12/ 27 ••••••'],
      ['4111111111111111 12 - 27 737', '•••• 1111 12 - 27 ••••••'],
      ['4111111111111111,12,27,737', '•••• 1111,12,27,••••••'],
      // R15-9
      ['Kode OTP untuk transaksi Rp 150.000 adalah 482913', 'Kode OTP untuk transaksi Rp 150.000 adalah ••••••'],
    ]);
  });

  it('keeps an amount after its currency, times and plates after a purpose, and counts after prose (R15-9, R15-10, R15-5)', () => {
    expectRedacted(
      [],
      [
        // R15-9
        'OTP for payment of Rs 1500',
        // R15-10
        'OTP for login 10.30',
        'the OTP for login 12.03',
        'OTP MH12AB1234 vehicle',
        // R15-5: a count after the prose is no password.
        'הסיסמה היא לפחות 8 תווים',
        'пароль это минимум 8 символов',
        'the PIN I entered was wrong',
        'OTP SMS from: 5676791',
        'the code on my screen was 123456',
        'the code from the bank is not working',
        'OTP sent to my phone is delayed by 10 minutes',
      ],
    );
  });
});
