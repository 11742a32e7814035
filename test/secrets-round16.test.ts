// Issue 13, the outside red team's sixteenth round (R16, run on round 15's fixes before they landed). Each line is
// what a customer types or pastes from an SMS; the first lines go through every sink (the call form and a checklist
// note), the rest through the detector.
import '../src/index.js';
import { expectEverywhere, expectRedacted, loadEveryLanguage } from './helpers.js';

const NOW = new Date('2026-12-07T12:00');
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('Round 16, with every shipped language’s words loaded', () => {
  before(loadEveryLanguage);

  it('masks a code after a time or date in its purpose, and a PIN said in pairs (R16-1, R16-8), in every sink', async function () {
    this.timeout(120_000);
    await expectEverywhere('r16', NOW, [
      ['OTP for login on 12.03: 482913', 'OTP for login on 12.03: ••••••'],
      ['PIN for card 12 34', 'PIN for card ••••••'],
      ['OTP of 5000 rs not received', 'OTP of 5000 rs not received'],
    ]);
  });

  it('masks the code after a date, a time, spaced thousands or 1500/- in a purpose, and a CVV after more expiry marks', () => {
    expectRedacted([
      // R16-1
      ['OTP for login on 12.03 is 482913', 'OTP for login on 12.03 is ••••••'],
      ['OTP for payment on 12/03 is 482913', 'OTP for payment on 12/03 is ••••••'],
      ['OTP for transaction at 10.30 is 482913', 'OTP for transaction at 10.30 is ••••••'],
      ['OTP for login at 10:30: 482913', 'OTP for login at 10:30: ••••••'],
      ['OTP for login at 10 30 is 482913', 'OTP for login at 10 30 is ••••••'],
      ['Your OTP for txn on 12/03 is 482913', 'Your OTP for txn on 12/03 is ••••••'],
      // R16-8
      ['Пароль для входа 12 34', 'Пароль для входа ••••••'],
      // R16-3, R16-4
      ['Код для оплаты 1 500 руб: 482913', 'Код для оплаты 1 500 руб: ••••••'],
      ['OTP for payment of 1500/- is 482913', 'OTP for payment of 1500/- is ••••••'],
      // R16-7
      ['card 4111111111111111 exp 12, 27 737', 'card •••• 1111 exp 12, 27 ••••••'],
      ['card 4111111111111111 exp 12 . 27 737', 'card •••• 1111 exp 12 . 27 ••••••'],
      ['card 4111111111111111, 12, 27, 737', 'card •••• 1111, 12, 27, ••••••'],
      // Round 15's who-sent clause, still read after the bare "code" when it names who sent it.
      ['the code they sent me is 482913', 'the code they sent me is ••••••'],
      ['the code from the bank SMS was 482913', 'the code from the bank SMS was ••••••'],
    ]);
  });

  it('keeps a code named where it is shown, and an amount after "of" (R16-9, R16-10)', () => {
    expectRedacted(
      [],
      [
        'the code in the error message was 4003',
        'the code it shows is 1001',
        'the code the app showed was 40401',
        'the code in the ticket is 12345',
        'the code from my order is 1234567',
        'the code from the invoice is 20240312',
        'the code from the ATM screen was 1001',
        'the OTP of 1500 rupees transaction did not come',
        'the OTP of 1500 rs payment not received',
        'a code of 1500 rupees was deducted',
      ],
    );
  });
});
