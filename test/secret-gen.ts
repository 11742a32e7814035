// Generators for the secrets tests: card numbers of every network, written in every digit script with every
// separator people use, secrets in every shipped language, and ordinary support text that must pass unchanged.
import fc from 'fast-check';
import { SECRET_WORDS } from '../src/internal/secret-words.js';
import { redact } from '../src/internal/sensitive.js';

// One seed for every property of the secrets suites, so that `npm test` (and CI) runs the same inputs each
// time. Random seeds found the counterexamples listed in the README's Security section; change the seed here
// to explore further.
fc.configureGlobal({ seed: 20261205 });

/** Luhn check digit for a partial number. */
export function checkDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

/** [network, first prefix, last prefix, lengths]: the ranges the networks publish (see src/internal/sensitive.ts). */
export const NETWORKS: [string, number, number, number[]][] = [
  ['Visa', 4, 4, [13, 16, 19]],
  ['Mastercard', 51, 55, [16]],
  ['Mastercard 2-series', 2221, 2720, [16]],
  ['American Express', 34, 34, [15]],
  ['American Express', 37, 37, [15]],
  ['Discover', 6011, 6011, [16, 17, 18, 19]],
  ['Discover', 644, 649, [16, 17, 18, 19]],
  ['Discover', 65, 65, [16, 17, 18, 19]],
  ['Discover (UnionPay co-brand)', 622126, 622925, [16, 17, 18, 19]],
  ['JCB', 3528, 3589, [16, 17, 18, 19]],
  ['Diners Club', 36, 36, [14, 15, 16, 17, 18, 19]],
  ['Diners Club', 300, 305, [14, 15, 16, 17, 18, 19]],
  ['Diners Club', 3095, 3095, [14, 15, 16, 17, 18, 19]],
  ['Diners Club', 38, 39, [14, 15, 16, 17, 18, 19]],
  ['UnionPay', 62, 62, [16, 17, 18, 19]],
  ['Maestro', 50, 50, [12, 13, 14, 15, 16, 17, 18, 19]],
  ['Maestro', 56, 69, [12, 13, 14, 15, 16, 17, 18, 19]],
];

/** A valid card number (ASCII digits) of any network, any of its lengths. */
export const cardNumber = fc
  .record({ net: fc.constantFrom(...NETWORKS), p: fc.integer({ min: 0, max: 1e6 }), len: fc.nat(7), body: fc.stringMatching(/^[0-9]{19}$/) })
  .map(({ net: [, lo, hi, lens], p, len, body }) => {
    const prefix = String(lo + (p % (hi - lo + 1)));
    const n = lens[len % lens.length];
    const partial = (prefix + body).slice(0, n - 1);
    return partial + checkDigit(partial);
  });

/** Zero of each decimal digit script: ASCII, full-width, Arabic-Indic, Extended Arabic-Indic (Persian), Devanagari, Bengali, Gujarati, Tamil, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian, NKo, mathematical bold. */
export const ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xae6, 0xbe6, 0xe50, 0xed0, 0xf20, 0x1040, 0x17e0, 0x1810, 0x7c0, 0x1d7ce];
/** Writes ASCII digits in one script, or a mix (one script per digit). */
export const inScript = (digits: string, scripts: number[]): string =>
  [...digits].map((d, i) => (/\d/.test(d) ? String.fromCodePoint(scripts[i % scripts.length] + Number(d)) : d)).join('');
export const scripts = fc.oneof(
  fc.constantFrom(...ZEROS).map((z) => [z]),
  fc.array(fc.constantFrom(...ZEROS), { minLength: 2, maxLength: 4 }),
);

/** What people put between digit groups. */
export const SEPARATORS = [
  ' ',
  '-',
  '.',
  '/',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u2007',
  '\u3000',
  '\u2013',
  '\u2014',
  '\u2212',
  ' - ',
  ' – ',
  ' / ',
  '\u200b',
  '',
];
/**
 * How a card written as `written` (ASCII digits, any separators) is masked: `•••• 1111`, or `••••` when it has
 * over 16 digits and its last group of 3 or 4 follows a whole card of its own: a card and its CVV, or one
 * 19-digit card? The detector cannot know which digits are the last four (issue 13, R7-14).
 */
export function maskOf(card: string, written: string): string {
  const last = /(\d+)\D*$/.exec(written.replace(/\p{Cf}/gu, ''))?.[1] ?? '';
  const short = card.slice(0, -last.length);
  const ambiguous = card.length > 16 && last.length <= 4 && redact(short).text === `•••• ${short.slice(-4)}`;
  return ambiguous ? '••••' : `•••• ${card.slice(-4)}`;
}

/** Splits digits into groups (4s, the Amex 4-6-5, or any sizes) joined by separators. */
export const grouped = (digits: string): fc.Arbitrary<string> =>
  fc
    .record({
      kind: fc.nat(2),
      sizes: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 8 }),
      seps: fc.array(fc.constantFrom(...SEPARATORS), { minLength: 8, maxLength: 8 }),
    })
    .map(({ kind, sizes, seps }) => {
      const plan = kind === 0 ? [4, 4, 4, 4, 4] : kind === 1 ? [4, 6, 5, 4] : sizes;
      const parts: string[] = [];
      let at = 0;
      for (let i = 0; at < digits.length; i++) {
        const size = plan[i % plan.length];
        parts.push(digits.slice(at, at + size));
        at += size;
      }
      // At most one place without a visible separator: a number in 3 or more groups with two groups of over 6
      // digits reads as an order number (3-7-7), not a card.
      let glued = 0;
      return parts.map((p, i) => (i ? (/^\u200b?$/.test(seps[i % seps.length]) && glued++ ? ' ' : seps[i % seps.length]) : '') + p).join('');
    });

/** Ordinary words around a number: no digits, none of them a secret keyword. */
export const words = fc.constantFrom(
  'I paid with',
  'My card',
  'Charged twice on',
  'please help,',
  'refund to',
  '我用这张卡付款',
  '卡号是',
  'دفعت بالبطاقة',
  'Thanks!',
  'the card ending',
  'Card number:',
);

// ---------------------------------------------------------------------------------------------- secrets

const linkOf: Record<string, string[]> = {
  en: [' ', ' is ', ': ', ' = ', ' was ', ' is: ', ' number is '],
  zh: ['', ' ', '是', '是：', '：', '为 ', '是 '],
  ar: [' ', ' هو ', ': ', ' الخاص بي هو '],
};
/** A code of 6 to 8 digits, plain or grouped. */
const code = fc.stringMatching(/^[0-9]{6,8}$/).chain((d) => fc.constantFrom(d, `${d.slice(0, 3)} ${d.slice(3)}`, `${d.slice(0, 3)}-${d.slice(3)}`));
/** A password as people choose them: a word with digits or symbols. */
const password = fc
  .tuple(fc.constantFrom('hunter', 'Summer', 'qwerty', 'abc', 'P@ss', 'letmein', 'dragon', 'Tr0ub4dor'), fc.stringMatching(/^[0-9]{2,4}[!#$%*]?$/))
  .map(([w, d]) => w + d);

/** A secret given by keyword and value in one shipped language: the text, and the value that must not survive. */
export const secret = fc
  .record({ lang: fc.constantFrom('en', 'zh', 'ar'), kind: fc.boolean(), k: fc.nat(), l: fc.nat(), code, password, scripts, upper: fc.boolean() })
  .map(({ lang, kind, k, l, code: c, password: p, scripts: s, upper }) => {
    const table = SECRET_WORDS[lang];
    const list = kind ? table.codes : table.passwords;
    let keyword = list[k % list.length];
    if (upper) keyword = keyword.toUpperCase();
    const links = linkOf[lang];
    const value = kind ? inScript(c, s) : p;
    return { keyword, link: links[l % links.length], value };
  });

// -------------------------------------------------------------------------------------- ordinary text

const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);
/** Support text as customers write it: order and transaction numbers, phone numbers, amounts, dates, and the words. */
export const ordinary = fc
  .array(
    fc.oneof(
      fc.stringMatching(/^1[0-9]{2}-[0-9]{7}-[0-9]{7}$/).map((o) => `Order ${o} never arrived.`),
      fc.stringMatching(/^[0-9]{5,9}$/).map((o) => `order #${o}`),
      pick('112-1234567-1234565', 'TXN-8F3A2C9D', '5TY05013RG002845M', '2026112422001412345678901234', '4200001234202611241234567890', 'ch_3N8xQ2LkdF0aTq1B'),
      pick(
        '+1 800 555 0100',
        '+1 (800) 555-0100',
        '+44 20 7946 0958',
        '+86 138 0013 8000',
        '+62 812 3456 7890',
        '+971 4 123 4567',
        '+966 11 234 5678',
        '(800) 555-0100',
        '010-1234-5678',
        '+٩٧١ ٤ ١٢٣ ٤٥٦٧',
      ),
      fc
        .tuple(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 0, max: 99 }))
        .map(([a, c]) => pick(`$${a.toLocaleString('en')}.${String(c).padStart(2, '0')}`, `¥${a}`, `${a},${String(c).padStart(2, '0')} €`, `${a} USD`))
        .chain((x) => x),
      fc
        .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10))
        .chain((iso) => {
          const [y, m, dd] = iso.split('-');
          return pick(iso, `${dd}/${m}/${y}`, `${m}/${dd}/${y.slice(2)}`, `${y}年${Number(m)}月${Number(dd)}日`, `${iso} 10:30`);
        }),
      pick(
        'password reset',
        'My password was reset yesterday and I still cannot log in',
        'I forgot my PIN',
        'the code did not arrive',
        'I did not get a one-time code',
        'The verification code expired',
        'My card was declined',
        'the PIN pad was broken',
        '验证码没收到',
        '密码重置后还是登录不了',
        '我忘记了支付密码',
        'لم يصلني رمز التحقق',
        'نسيت كلمة المرور',
        'Refund of 25 dollars, 3 items',
        'Call me after 6 pm',
      ),
    ),
    { minLength: 1, maxLength: 4 },
  )
  // Joined as sentences are: "I forgot my PIN 500 USD" would read as giving the PIN.
  .chain((parts) =>
    fc
      .array(pick('. ', ', ', '.\n', ' and ', '; ', '? '), { minLength: parts.length, maxLength: parts.length })
      .map((seps) => parts.map((p, i) => (i ? seps[i] : '') + p).join('')),
  );

// ------------------------------------------------------------------------------------ leaks, for the paths

/** Every decimal digit of the text, in any script, as ASCII: what anyone reading it could recover. */
export const digitsOf = (s: string): string =>
  [...s.normalize('NFKC')]
    .map((c) => {
      if (!/\p{Nd}/u.test(c)) return '';
      let cp = c.codePointAt(0)!;
      let k = 0;
      while (k < 60 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
        cp--;
        k++;
      }
      return String(k % 10);
    })
    .join('');

/**
 * The card's digits other than its last four that are still readable: the longest run of them, in order, in the
 * output's digits (any script; see helpers.ts for the red-team rounds' other measures).
 */
export function hiddenCardDigitsShown(output: string, card: string): number {
  const out = digitsOf(output);
  const hidden = card.slice(0, -4);
  let best = 0;
  for (let i = 0; i < hidden.length; i++) for (let n = best + 1; i + n <= hidden.length && out.includes(hidden.slice(i, i + n)); n++) best = n;
  return best;
}

/** Text holding a card number or a secret, and what must never be readable after it went through the library. */
export interface Sensitive {
  text: string;
  /** The digits that must not appear (a card's digits before its last four, or a code). */
  digits?: string;
  /** A password that must not appear. */
  word?: string;
}
export const sensitive: fc.Arbitrary<Sensitive> = fc.oneof(
  cardNumber
    .chain((card) =>
      fc.record({ card: fc.constant(card), written: grouped(card), scripts, before: words, after: fc.constantFrom('', ' 12/27 123', ' thanks', ' 1227') }),
    )
    .map(({ card, written, scripts: s, before, after }) => ({ text: `${before} ${inScript(written, s)}${after}`, digits: card.slice(0, -4) })),
  fc.tuple(secret, words).map(([{ keyword, link, value }, before]) => ({
    text: `${before} ${keyword}${link}${value}`,
    ...(/\p{Nd}{3}/u.test(value) && !/\p{L}/u.test(value) ? { digits: digitsOf(value) } : { word: value }),
  })),
);
/** True when what the library let out still holds the card number or secret. */
export const leaks = (out: string, s: Sensitive): boolean => (s.digits ? digitsOf(out).includes(s.digits) : out.includes(s.word!));
