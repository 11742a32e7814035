// Issue 13, the outside red team's nineteenth round (R19, run on round 18's fixes before they landed): what rounds
// 17 and 18 broke, each line as a customer types it.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { expectRedacted, loadEveryLanguage } from './helpers.js';

describe('Round 19, with every shipped language’s words loaded', () => {
  before(loadEveryLanguage);

  it('keeps a number the who-sent clause names, and masks the value after its "is" (R19-1 to R19-3, R19-7, R19-8)', () => {
    expectRedacted(
      [
        ['The OTP sent to 9123 4567 was 482913', 'The OTP sent to 9123 4567 was ••••••'],
        ['The OTP they sent with txn id 4829170 is 482913', 'The OTP they sent with txn id 4829170 is ••••••'],
        ['The password I entered for my account Hunter22 is wrong', 'The password I entered for my account •••••• is wrong'],
        ['The OTP sent for payment 482913 is invalid', 'The OTP sent for payment •••••• is invalid'],
        ['The OTP I received 482913 was 2 minutes late', 'The OTP I received •••••• was 2 minutes late'],
      ],
      ['I’m not receiving the OTP sent to 6123 4567', 'The OTP they sent via SMS 56161 is fake'],
    );
  });

  it('reads a number before a colon or "is" after any purpose, and the "is" of Italian and Portuguese (R19-9 to R19-11)', () => {
    expectRedacted([
      ['Password for customer ID 4829170: Summer24', 'Password for customer ID 4829170: ••••••'],
      ['PIN for locker 1204: 5678', 'PIN for locker 1204: ••••••'],
      ['Delivery OTP for order 4829 is 1234', 'Delivery OTP for order 4829 is ••••••'],
      ['Código OTP para o pedido 4829173 é 482913', 'Código OTP para o pedido 4829173 é ••••••'],
      ["Il codice OTP per l'ordine 4829173 è 482913", "Il codice OTP per l'ordine 4829173 è ••••••"],
    ]);
  });

  it('masks a PIN changed to a year-like number, and a password with a dot between commas (R19-12, R19-13)', () => {
    expectRedacted(
      [
        ['I reset my PIN to 1999 but ATM says wrong PIN', 'I reset my PIN to •••••• but ATM says wrong PIN'],
        ['я поменял ПИН на 1990', 'я поменял ПИН на ••••••'],
        ['I changed my password to 12345678', 'I changed my password to ••••••'],
        ['my password, Hunter.22, is not accepted', 'my password, ••••••, is not accepted'],
      ],
      ['I updated my number for OTP to 91234567', 'I changed my password in 24h and it still fails', 'Kode OTP, 12-03, tidak masuk'],
    );
  });

  it('reads a card’s "ending" only as a whole word (R19-5)', () => {
    expectRedacted([['My PIN for online spending 4829 is blocked now', 'My PIN for online spending •••••• is blocked now']]);
  });

  it('changes nothing when masking what it masked (R19-1)', () => {
    for (const left of ['The OTP sent to 9123 4567 was ••••••', 'The code sent to 56161 was ••••••', 'OTP received •••••• but ref 4829170 shows failed'])
      expect(redact(left).text, left).to.equal(left);
  });
});
