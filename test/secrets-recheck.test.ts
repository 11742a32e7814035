// The second outside check of issue 13 (findings 1, 2 and 5): card separators, secrets written with quotes,
// marks and lookalike letters, and 1 MB strings of them. Inputs exactly as the check typed them, then
// properties (fixed seed: test/secret-gen.ts). What leaves the device while a card is typed (after a group of
// four, after `#`, in two sittings) is still open (docs/security.md) and not tested here.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { redact } from '../src/internal/sensitive.js';
import { cardNumber, digitsOf, inScript, maskOf, scripts } from './secret-gen.js';

// What people and input methods put between digit groups, beyond the first check's list: spaced semicolons,
// double dots, `&`, backslash, bullets and dots of every kind, CJK full stop, enumeration and full-width
// comma, Arabic thousands separator, Arabic comma and semicolon, straight and curly quotes, guillemets.
const SEPS = [
  ' ; ',
  '..',
  ' .. ',
  '&',
  '\\',
  '●',
  '∙',
  '⋅',
  '‧',
  '。',
  '、',
  '，',
  '٬',
  '،',
  '؛',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  ' ● ',
  '\u200f',
  ' \u200f ',
  '\u061c',
];

describe('card numbers with the separators people and input methods produce (second check, finding 1)', () => {
  it('masks the cards exactly as the check wrote them', () => {
    for (const sep of [' ; ', '..', '&', '\\', '●', '∙', '⋅', '‧', '。', '、', '，', '"', "'", '“', '’']) {
      const text = `paid with ${['4539', '1488', '0343', '6467'].join(sep)} yesterday`;
      expect(redact(text).text, text).to.equal('paid with •••• 6467 yesterday');
    }
  });

  it('masks every network and length, in every digit script, grouped in fours or (14 and 15 digits, as Amex and Diners print them) 4-6-5, with these separators, in Arabic and Chinese text (property)', () => {
    fc.assert(
      fc.property(
        cardNumber,
        scripts,
        fc.constantFrom(...SEPS),
        fc.boolean(),
        fc.constantFrom(['دفعت بالبطاقة ', ' أمس'], ['我用卡 ', ' 付款'], ['card ', '.'], ['\u200f', '\u200f']),
        (card, s, sep, amex, [before, after]) => {
          const plan = amex && (card.length === 14 || card.length === 15) ? [4, 6, 5] : [4, 4, 4, 4, 4];
          const parts: string[] = [];
          for (let at = 0, i = 0; at < card.length; at += plan[i++]) parts.push(card.slice(at, at + plan[i]));
          const text = `${before}${inScript(parts.join(sep), s)}${after}`;
          const out = redact(text).text;
          expect(digitsOf(out), `${JSON.stringify(text)} → ${JSON.stringify(out)}`).to.equal(digitsOf(maskOf(card, parts.join(sep))));
          // The invisible marks right after a card go with it (a keycap's U+20E3, an RLM): what is seen stays.
          expect(out.startsWith(before) && out.endsWith(after.replace('\u200f', '')), out).to.equal(true);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('keeps phone numbers, amounts, dates and order numbers written with these marks', () => {
    for (const text of [
      'order 112-1234567-1234565',
      'Total: 1,234.56 USD',
      '25。12。2026',
      'call +1 415 555 0100',
      'ids 1234 ; 5678',
      'ticket 4539 ; 42',
      'order #500102. 02/19/03',
      'orders 1234 & 5678 & 9012',
      '订单 4539、1488 已发货',
    ]) {
      expect(redact(text).text, text).to.equal(text);
    }
  });
});

describe('secrets as the second check wrote them (finding 2)', () => {
  it('masks a quoted passphrase whole, and codes with dots, slashes, pipes and underscores', () => {
    const cases: [string, string][] = [
      ['password "correct horse battery staple" thanks', 'password "••••••" thanks'],
      ['密码“correct horse battery staple”谢谢', '密码“••••••”谢谢'],
      ['password «correct horse battery staple» ok', 'password «••••••» ok'],
      ['كلمة المرور «حصان صحيح بطارية» شكرا', 'كلمة المرور «••••••» شكرا'],
      ['my password, "correct horse battery staple"', 'my password, "••••••"'],
      ['Password: well-known horse battery staple', 'Password: ••••••'],
      ['otp 123.456', 'otp ••••••'],
      ['pin 1.2.3.4', 'pin ••••••'],
      ['cvv|123', 'cvv|••••••'],
      ['cvv_123', 'cvv_••••••'],
      ['OTP#123456', 'OTP#••••••'],
      ['otp 123/456', 'otp ••••••'],
      ['ᴏᴛᴘ 123456', 'ᴏᴛᴘ ••••••'],
      ['ᴘɪɴ 4321', 'ᴘɪɴ ••••••'],
      ['ᴄᴠᴠ 123', 'ᴄᴠᴠ ••••••'],
      ['ᴘᴀꜱꜱᴡᴏʀᴅ: hunter2', 'ᴘᴀꜱꜱᴡᴏʀᴅ: ••••••'],
      ['օtp 123456', 'օtp ••••••'],
    ];
    for (const [text, out] of cases) expect(redact(text).text, text).to.equal(out);
  });

  it('leaves ordinary text with commas, quotes and dots alone', () => {
    for (const text of [
      '我忘记了支付密码, 100 USD',
      'My password, which I changed, fails',
      'the "password reset" link',
      'PIN 123 Main Street',
      'code 12.05.2026',
    ]) {
      expect(redact(text).text, text).to.equal(text);
    }
  });
});

// The 1 MB linear-time check of these strings (finding 5) is in test/huge-input.test.ts, a long suite: a timing test
// of seconds that only means something on a quiet machine (`npm run test:long`).
