// Issue 13, the outside red team's eighteenth round (R18, run on round 17's fixes before they landed): what round 17's
// changes broke, each line as a customer types it.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { expectRedacted, loadEveryLanguage } from './helpers.js';

describe('Round 18, with every shipped language’s words loaded', () => {
  before(loadEveryLanguage);

  it('reads a purpose’s number before its value only after a payment’s, an order’s or an account’s name (R18-1, R18-2, R18-4)', () => {
    expectRedacted([
      // Vietnamese thẻ ("card") read English "the" once its accent was folded.
      ['PIN for the ATM 4829 not working', 'PIN for the ATM •••••• not working'],
      ['Password for the wifi 12345678 not working', 'Password for the wifi •••••• not working'],
      // The card's own PIN or CVV after the card's name.
      ['الرقم السري للبطاقة 4829 خطأ', 'الرقم السري للبطاقة •••••• خطأ'],
      ['Пароль от карты 4829 не подходит', 'Пароль от карты •••••• не подходит'],
      ['PIN for ATM 4829 - 3 tries left', 'PIN for ATM •••••• - 3 tries left'],
      ['Пароль для входа 4829 - 3 попытки', 'Пароль для входа •••••• - 3 попытки'],
    ]);
  });

  it('reads the who-sent clause to its "is" when the value follows it, and keeps an order’s number in it (R18-3, R18-14)', () => {
    expectRedacted(
      [
        ['The OTP sent for order 4829173 is 482913', 'The OTP sent for order 4829173 is ••••••'],
        ['The OTP sent to me 482913 is not working', 'The OTP sent to me •••••• is not working'],
      ],
      [
        'I never got the OTP sent for order 4829173',
        'the PIN I entered for card 4829 was wrong',
        'OTP sent on 12/03 is not working',
        'The OTP sent at 10.30 was wrong',
        'The password I set in 2019 is expired',
      ],
    );
  });

  it('keeps a year, an ordinal, a second order number, a date or a time where round 17 read a value (R18-16 to R18-18)', () => {
    expectRedacted(
      [],
      [
        'I changed my password in 2023 and it still fails',
        'I reset my password a 2nd time and still nothing',
        'поменял пароль на 5-й раз',
        'OTP for order 4829173: 4829180 also affected',
        'OTP for order 4829173 - 4829180 both missing',
        'OTP for order 4829173: 12.03 delivery slot',
        "Codice OTP per l'ordine 4829173 e 4829180 non arrivato",
        'OTP, 12/03, not received',
        'OTP, #4829173, not received',
      ],
    );
  });

  it('changes nothing when masking what it masked (the form’s summary and storage check mask again)', () => {
    for (const left of [
      'OTP for payment 1500: ••••••',
      'Код для оплаты 1 500 ₽: ••••••',
      'OTP for order 4829173 is ••••••',
      'The OTP sent to me •••••• is not working',
      'my PIN, ••••••, is blocked',
      'I changed my password to ••••••',
    ])
      expect(redact(left).text, left).to.equal(left);
  });
});
