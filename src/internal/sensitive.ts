// The one detector of card numbers and secrets in user text. Every path that stores, summarises, emits, sends
// or exports user text goes through it. It normalises first (NFKC, every decimal digit script to ASCII, every
// space and dash variant), finds spans in the normalised text and maps them back, so only the secret span of
// what the user typed is replaced. Linear in the text's length: no pattern here can backtrack over the input.
import { BARE_CODE, NO_PASSWORD, PASSWORD_AGAIN, PUBLIC_CODES, SECRET_WORDS, VALUE_ONLY, type SecretWords } from './secret-words.js';
import { asciiDigit } from './digits.js';

/** What the detector found in a text: where (in the original text), what, and what replaces it. */
export interface SensitiveSpan {
  start: number;
  end: number;
  /** `card`: a full card number; `secret`: a CVV, PIN, password or one-time code. */
  kind: 'card' | 'secret';
  /** The replacement: `•••• 1111` for a card, `••••••` for a secret. */
  mask: string;
}

/**
 * What else to look for while a user is typing. A number or secret half typed is not one yet, but what is
 * emitted or saved between two keystrokes must not give it away: 15 of 16 digits give the 16th (Luhn).
 */
export interface Watch {
  /** Also mask a digit run that may still become a card number: 7 digits or more with a network's prefix, no longer than its longest number (see `HOLD`). */
  partialCards?: boolean;
  /** Also mask the value after a secret keyword that runs to the end of the text ("my password hunter" before the `2`). */
  partialSecrets?: boolean;
  /** The digits of card numbers found before, kept in memory only: any run of 8 or more of them is masked. Cards found are added. */
  known?: Set<string>;
  /** Also mask the first part of a card written in its groups and left there: 12 digits or more (see `STARTED`). */
  startedCards?: boolean;
}

/** A text with its secrets replaced, and what was replaced. */
export interface Redacted {
  text: string;
  cards: number;
  secrets: number;
}

const CODE_MASK = '••••••';
// Space, dash, dot, slash, comma (Latin and Arabic), underscore, and the other marks people and input methods put
// between digit groups: middle dots, ideographic comma and full stop `、。`, Arabic thousands separator and
// semicolon `٬؛`, star, plus, bar, colon, tilde, `&`, `\`, straight and curly quotes and guillemets, brackets,
// hash, equals, semicolon, bullets `•●∙⋅‧` (`•` is the detector's own mask: `4111•1111•…`), a card emoji. A list,
// not every punctuation mark or symbol: `%`, `@`, `×`, `°` and the like do not join numbers.
const SEP = /^(?:[ \-./,،_·・、。٬؛*+|:~&\\"'“”‘’„«»‹›()[\]#=;•●∙⋅‧]|\u{1F4B3}){1,8}$/u;
// A short run of words between digit groups ("4111 then 1111"): letters, spaces, commas; no sentence end.
const WORDS = /^[ \-,،\p{L}\p{M}]{1,24}$/u;
// Between a card number and its expiry or CVV: separators and the words that name them.
const AFTER_CARD =
  /^[ \-./,:،()]*(?:(?:exp(?:iry|ires|iration)?|valid(?: thru)?|cvv2?|cvc2?|cvn|csc|cid|(?:security )?code|security|有效期|安全码|安全碼|背面|تاريخ الانتهاء)[ \-./,:،()]*)?$/iu;
// After a card's expiry (`12/27`), up to three words before a CVV ("code", "security", "背面") or the expiry:
// no sentence end between.
const NEAR = /^[^.!?;\n。！？；]{0,24}$/u;
// After a card, in the same sentence, the words that name the code on its back, then 3 or 4 digits: "the 3 digits
// on the back are 123", "the code on back is 123", "背面三位数123", "الارقام الثلاثه علي ظهر البطاقه 123" (as normalised).
const BACK =
  /^[^.!?;\n。！？；]{0,48}?(?:(?:digits|code|number) on (?:the )?back|back of (?:the )?card|security (?:code|number)|背面|安全[码碼]|ظهر البطاقه|(?:ورا|وراء|خلف) البطاقه|خلفها|وراها|الارقام (?:الثلاثه|الاربعه)|(?:الثلاث|التلات|الاربع)ه? (?:ارقام|الارقام))[^0-9.!?;\n。！？；]{0,24}?([0-9]{3,4})(?![0-9])/iu;

// ---------------------------------------------------------------------------------------- normalisation

const folded = new Map<string, string>();
// Cyrillic, Greek, Latin small capitals (`ᴏᴛᴘ`) and other letters NFKC leaves that read as Latin ones (Unicode
// TR39, https://www.unicode.org/Public/security/latest/confusables.txt). One letter for one: spans map back.
const CONFUSABLE = 'АВЕКМНОРСТХУІЈЅаеорсухіјѕԁԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧοριναᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘʀꜱᴛᴜᴠᴡʏᴢıɑɡօսհոѵ';
const LATIN = 'ABEKMHOPCTXYIJSaeopcyxijsdqwABEZHIKMNOPTYXopivaabcdefghijklmnoprstuvwyziagouhnv';
const LOOKALIKE = new RegExp(`[${CONFUSABLE}]`, 'g');

/** One character as the detector sees it. */
function fold(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    const code = ch.codePointAt(0)!;
    const digit = DINGBAT_DIGITS.find(([from, to]) => code >= from && code <= to);
    out = (digit ? String(code - digit[0] + digit[2]) : ch).normalize('NFKC');
    // A Latin letter without its accents, as the marks typed apart are dropped below: Vietnamese input methods
    // type a tone mark apart from a letter that keeps its own (`mâ` + U+0323 for `mật`), so `mật khẩu` reads the
    // same however it was typed, and as unaccented `mat khau`.
    if (/\p{Script=Latin}/u.test(out)) out = out.normalize('NFD');
    out = out
      // Format characters (zero-width space and joiners, bidi marks, soft hyphen) and Arabic tatweel and
      // harakat: invisible, or decoration that can sit between any two characters.
      // Also every default-ignorable character (variation selectors, the combining grapheme joiner, Hangul
      // fillers) and combining marks (a keycap's U+20E3, accents put on a digit): nothing a reader sees as a
      // character of its own (Unicode DerivedCoreProperties, Default_Ignorable_Code_Point).
      .replace(/[\p{Cf}\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\u0640\u064B-\u065F\u0670]/gu, '')
      .replace(/\p{Nd}/gu, asciiDigit)
      // U+2800 (braille blank) looks like a space.
      .replace(/[\s\p{Zs}\u2800\u0085]/gu, ' ')
      // U+02D7 (modifier letter minus) is a letter to Unicode but reads as a dash; so do the lines U+2500 `─`
      // and U+23AF `⎯`, and U+02D6 `˖` as a plus (issue 13, R6-5: symbol pickers put them between groups).
      .replace(/[\p{Pd}\u2212\u2043\uFE63\uFF0D\u02D7\u2500\u23AF]/gu, '-')
      // Every other symbol and punctuation mark is a separator too: box-drawing lines and bars (`━`, `│`), maths
      // (`∕`, `∼`, `∣`), emoji signs (`➖`, `➕`), `‿`, `‖`, `׀`, `⁓`, `჻` (R7-6: a list of the dashes found by each
      // round left the next one out; Unicode general categories Sm, So, Pc and Po). The marks that end a sentence or
      // a clause in Chinese and Arabic keep their meaning for the keyword rules; quotes and brackets stay as they are.
      // `•`, the detector's own mask, stays itself (a separator between card groups, SEP): read as a dash, `PIN ••••••`
      // took the next field's digits as its value, and masking masked text changed it (R8-12).
      .replace(/[^\x00-\x7f]/gu, (c) => (/[\p{Sm}\p{So}\p{Pc}\p{Po}]/u.test(c) && !/[。、，！？；،؛؟•]/u.test(c) ? '-' : c))
      .replace(/\u02D6/g, '+')
      // Arabic letters written in several ways: alef with hamza or madda, teh marbuta, alef maksura.
      .replace(/[أإآٱ]/g, 'ا')
      .replace(/ة/g, 'ه')
      .replace(/ى/g, 'ي')
      // Arabic typed on a Persian keyboard: keheh for kaf, Farsi yeh for yeh.
      .replace(/ک/g, 'ك')
      .replace(/ی/g, 'ي')
      // Lookalike letters: `ОТР 123456`, `раssword: hunter2`, `ᴘɪɴ 4321` name a secret as their Latin twins do.
      .replace(LOOKALIKE, (c) => LATIN[CONFUSABLE.indexOf(c)]);
    folded.set(ch, out);
  }
  return out;
}

/**
 * Digits NFKC leaves as symbols, as [first, last, value of first]: dingbat circled digits (`❹`, `➃`, `➍`),
 * double-circled `⓸`, and the digit-full-stop `⒋` and digit-comma `🄅` characters (one glyph each, read as a
 * digit; NFKC would add the stop or comma). Unicode's UnicodeData.txt gives their numeric values.
 */
const DINGBAT_DIGITS: [number, number, number][] = [
  [0x2776, 0x277e, 1],
  [0x2780, 0x2788, 1],
  [0x278a, 0x2792, 1],
  [0x24f5, 0x24fd, 1],
  [0x24ff, 0x24ff, 0],
  [0x1f10b, 0x1f10b, 0],
  [0x1f10c, 0x1f10c, 0],
  [0x2488, 0x2490, 1],
  [0x1f100, 0x1f100, 0],
  [0x1f101, 0x1f10a, 0],
];

// The line breaks a passphrase ends at (`secrets` reads them; elsewhere they are spaces).
const LINE_BREAK = /[\n\r\v\f\u0085\u2028\u2029]/;

// What `fold` gives for each UTF-16 code unit outside printable ASCII, filled as met: one array read per
// character instead of a replace callback and a Map lookup (R9-11: 1 MB of Chinese text is a million of them).
const FOLD_UNIT: (string | undefined)[] = [];

/** The length in `s` of the character at `i`: 2 for a surrogate pair, else 1. */
const widthAt = (s: string, i: number): number => {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
};

/** The folded form of the character at `i`, `len` code units long (see `widthAt`). */
const foldAt = (s: string, i: number, len: number): string => (len === 2 ? fold(s.slice(i, i + 2)) : (FOLD_UNIT[s.charCodeAt(i)] ??= fold(s[i])));

// The last texts normalised and their results: one change of a form reads the same field several times (its
// redaction, the check for a value still being typed, the draft's check), each a pass over up to a megabyte.
const recent = [new Map<string, string>(), new Map<string, string>()];

/**
 * The text as the detector reads it. Only characters outside printable ASCII are looked at, in one loop that
 * copies only where a character changes. With `breaks`, line breaks stay `\n` (else they are spaces).
 */
function normalise(s: string, breaks = false): string {
  const memo = recent[+breaks];
  const hit = memo.get(s);
  if (hit !== undefined) return hit;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    const len = widthAt(s, i);
    const f = foldAt(s, i, len);
    const to = breaks && LINE_BREAK.test(s[i]) ? '\n' : f;
    if (len !== 1 || to !== s[i]) {
      out += s.slice(from, i) + to;
      from = i + len;
    }
    i += len - 1;
  }
  out = from ? out + s.slice(from) : s;
  // Short texts cost little to redo; long ones are kept, a few at a time.
  if (s.length > 256) {
    if (memo.size >= 6) memo.delete(memo.keys().next().value!);
    memo.set(s, out);
  }
  return out;
}

/**
 * Where characters of the normalised text came from: for each index in `at` (ascending), the start and end in
 * the original of the character that produced it. One pass, whatever the number of spans: only characters whose
 * folded form is not one character for one are looked at twice.
 */
function origins(s: string, at: number[]): [number, number][] {
  const out: [number, number][] = [];
  let k = 0;
  let n = 0;
  let o = 0;
  const settle = (upto: number, width: number, orig: number, len: number): void => {
    // Normalised indices n..upto-1 map one to one from `o`; then `width` indices all come from [orig, orig+len).
    for (; k < at.length && at[k] < upto; k++) out.push([o + at[k] - n, o + at[k] - n + 1]);
    for (; k < at.length && at[k] < upto + width; k++) out.push([orig, orig + len]);
  };
  for (let i = 0; i < s.length && k < at.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    const len = widthAt(s, i);
    const f = foldAt(s, i, len);
    if (len !== 1 || f.length !== 1) {
      const upto = n + i - o;
      settle(upto, f.length, i, len);
      n = upto + f.length;
      o = i + len;
    }
    i += len - 1;
  }
  if (k < at.length) settle(n + s.length - o, 0, 0, 0);
  return out;
}

// ----------------------------------------------------------------------------------------- card numbers

/** Bit mask of card lengths. */
const lengths = (lo: number, hi = lo): number => ((1 << (hi + 1)) - 1) & ~((1 << lo) - 1);
const L16_19 = lengths(16, 19);
/**
 * Issuer identification number ranges and lengths per network: [first prefix, last prefix, lengths].
 * Sources: ISO/IEC 7812-1 (the IIN is the leading digits, the last digit is the Luhn check digit); the ranges
 * and lengths as the networks publish them, collected at https://ldapwiki.com/wiki/Issuer%20Identification%20Number
 * and in Wikipedia's "Payment card number" (IIN ranges table): Visa 4 (13, 16, 19); Mastercard 51-55 and
 * 2221-2720 (16; the 2-series since 2017, Mastercard's "2-series BIN" announcement); American Express 34, 37
 * (15); Discover 6011, 644-649, 65, 622126-622925 (16-19); JCB 3528-3589 (16-19); Diners Club International
 * 36, 300-305, 3095, 38-39 (14-19); UnionPay 62 (16-19); Maestro 50, 56-69 (12-19).
 * Mir 2200-2204 (16-19) and Troy 9792 (16): from the same Wikipedia table; neither NSPK (Mir) nor BKM (Troy)
 * publishes a BIN list we could find, and Russian bank guides disagree on 2203, so the whole 2200-2204 block
 * is taken. UATP (1, 15 digits) is left out on purpose: 15-digit IMEIs of reporting body 10 (DECT, GSMA TS.06
 * appendix A) carry a Luhn check digit too (TS.06 5.1.5), as do one in ten of any 15-digit numbers starting with 1.
 */
const NETWORKS: [string, string, number][] = [
  ['4', '4', lengths(13) | lengths(16) | lengths(19)],
  ['51', '55', lengths(16)],
  ['2221', '2720', lengths(16)],
  ['34', '34', lengths(15)],
  ['37', '37', lengths(15)],
  ['6011', '6011', L16_19],
  ['644', '649', L16_19],
  ['65', '65', L16_19],
  ['622126', '622925', L16_19],
  ['3528', '3589', L16_19],
  ['36', '36', lengths(14, 19)],
  ['300', '305', lengths(14, 19)],
  ['3095', '3095', lengths(14, 19)],
  ['38', '39', lengths(14, 19)],
  ['62', '62', L16_19],
  ['50', '50', lengths(12, 19)],
  ['56', '69', lengths(12, 19)],
  ['2200', '2204', L16_19],
  ['9792', '9792', lengths(16)],
];
// The first digits of the networks above.
const FIRST = '234569';

/** The lengths (bit mask) that cards starting with these digits have; 0 when no network uses the prefix. */
function cardLengths(d: string): number {
  let lens = 0;
  for (const [lo, hi, l] of NETWORKS) {
    const p = d.slice(0, lo.length);
    if (p.length === lo.length && p >= lo && p <= hi) lens |= l;
  }
  return lens;
}

interface Group {
  s: number;
  e: number;
  /** Joined to the group before by a dash, dot, slash or comma: how order and phone numbers are written. */
  marked?: boolean;
  /** How this group joins the one before it: separators, a few words, or not at all. */
  join: 'sep' | 'words' | '';
}

function groups(t: string): Group[] {
  const out: Group[] = [];
  let prev: Group | undefined;
  for (let i = 0; i < t.length; i++) {
    if (!isDigit(t, i)) continue;
    const s = i;
    while (isDigit(t, i + 1)) i++;
    const e = i + 1;
    let join: Group['join'] = '';
    let marked = false;
    // Only a short gap can join two groups: long gaps are never sliced.
    if (prev && s - prev.e <= 24) {
      const gap = s - prev.e === 1 ? t[prev.e] : t.slice(prev.e, s);
      const [a, b] = [prev.e - prev.s, e - s];
      // `. ` ends a sentence and `, ` a list item: "order #687828, 11/19/18" is two numbers.
      // After a card's group (4, or the 6 and 5 of 4-6-5), as a card is written, `4111. 1111`, `4111 . 1111`,
      // `4539 ; 1488` and `4539 .. 1488` are one number, but not `#500102. 02/19/03`; ` +86` starts a phone number.
      if (
        (gap.length === 1 && ' -./'.includes(gap)) ||
        (gap.length <= 8 &&
          SEP.test(gap) &&
          !/\s\+$/.test(gap) &&
          (!/[.,،;؛]\s/.test(gap) || (/^ ?[.;؛]{1,3} $/.test(gap) && (a === 4 || ((a === 5 || a === 6) && b >= 4)))))
      ) {
        join = 'sep';
        marked = gap !== ' ' && /[^ ]/.test(gap);
      }
      // Words only between groups of four, as a card is read out: "4111 then 1111", never "41838 USD, 010". One
      // mark that is a letter or a spaced comma (`x`, `ー` typed for `-` by a Japanese IME, ` , `) joins the 4-6-5
      // and 4-6-4 groups of Amex and Diners numbers too.
      // The group sizes first: most gaps between other groups are never read (R9-11, speed).
      else if (
        (a === 4 || a === 6) &&
        ((a === 4 && b <= 4) || (gap.trim().length === 1 && ((a === 4 && b === 6) || (a === 6 && (b === 4 || b === 5))))) &&
        WORDS.test(gap) &&
        gap.split(/\s+/).filter(Boolean).length <= 3
      )
        join = 'words';
    }
    out.push((prev = { s, e, join, marked }));
  }
  return out;
}

/** The Luhn check of ISO/IEC 7812-1 annex B on a string of ASCII digits. */
function luhn(d: string): boolean {
  let sum = 0;
  for (let x = d.length - 1, twice = false; x >= 0; x--, twice = !twice) {
    const n = d.charCodeAt(x) - 48;
    sum += twice ? (n > 4 ? 2 * n - 9 : 2 * n) : n;
  }
  return sum % 10 === 0;
}

function isDigit(t: string, i: number): boolean {
  const c = t.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The runs of groups joined by separators (no words between): [first group, last group]. */
function runs(gs: Group[]): [number, number][] {
  const out: [number, number][] = [];
  gs.forEach((g, i) => (g.join === 'sep' && i ? (out[out.length - 1][1] = i) : out.push([i, i])));
  return out;
}

const digitsOf = (t: string, gs: Group[], i: number, j: number): string => t.slice(gs[i].s, gs[j].e).replace(/\D/g, '');
/** Whether `d` is a card number: a network's prefix and length (ISO/IEC 7812-1) and the Luhn check. */
const isCard = (d: string): boolean => d.length <= 19 && !!((cardLengths(d) >> d.length) & 1) && luhn(d);

// An amount with cents and a date, each as the shipped locales write them (CLDR number and date patterns: `471.58`,
// `2,471.58`, `2.471,58`, `2 471,58`, `2'471.58`; Arabic `٢٬٤٧١٫٥٨` reads `2-471-58` once normalised; `20/11/2026`,
// `20.11.2026`, `11-20-2026`, `2026-11-20`, `2026/11/20`). A run of digits holding both is a payment and its date,
// never one card number (R10-15: `charged 471.58 20/11/2026` passed Luhn as a 13-digit Visa): no network groups a
// card as a 2-digit cents group and a day-month-year date. Thousands groups bounded: linear in the text.
const AMOUNT = /(?<![0-9])[0-9]{1,3}(?:[ .,'-][0-9]{3}){0,4}[.,-][0-9]{2}(?![0-9])|(?<![0-9])[0-9]{4,9}[.,][0-9]{2}(?![0-9])/g;
const DATE = /(?<![0-9])(?:[0-9]{1,2}([/.-])[0-9]{1,2}\1(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}([/.-])[0-9]{1,2}\2[0-9]{1,2})(?![0-9])/g;
// A statement line prints its day and month without the year (`09/09 660.69 15/07 526.61`, R11-9): a day and
// month of two digits each standing alone (no other digits glued on by a mark), with an amount whose cents follow
// a point or a comma.
const DAY_MONTH = /(?<![0-9][-./:]?)(?:(?:0[1-9]|[12][0-9]|3[01])[/.](?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])[/.](?:0[1-9]|[12][0-9]|3[01]))(?![0-9]|[-./:][0-9])/g;
const PRICE = /(?<![0-9])[0-9]{1,3}(?:[ .,'][0-9]{3}){0,4}[.,][0-9]{2}(?![0-9])|(?<![0-9])[0-9]{4,9}[.,][0-9]{2}(?![0-9])/g;

/**
 * For a text, whether its span [a, b) overlaps both an amount with cents and a date (see `AMOUNT`, `DATE`). Read
 * around the span only (an amount or a date is at most 24 characters): a card candidate is short, so each question
 * costs a few dozen characters, not a pass over the text (R10-12: the form asks it at every keystroke).
 */
function paymentLines(t: string): (a: number, b: number) => boolean {
  return (a, b) => {
    const from = Math.max(0, a - 24);
    const near = t.slice(from, b + 24);
    const overlapping = (re: RegExp): [number, number][] => {
      const out: [number, number][] = [];
      re.lastIndex = 0;
      for (let m = re.exec(near); m; m = re.exec(near)) if (from + m.index < b && from + m.index + m[0].length > a) out.push([m.index, m.index + m[0].length]);
      return out;
    };
    // Two numbers, not one read both ways (`23.12` is an amount or a day and month, not both).
    const both = (amount: RegExp, date: RegExp): boolean => {
      const dates = overlapping(date);
      return dates.length > 0 && overlapping(amount).some(([x, y]) => dates.some(([p, q]) => y <= p || q <= x));
    };
    return both(AMOUNT, DATE) || both(PRICE, DAY_MONTH);
  };
}

/**
 * A date with its year (`25/07/2026`, `02/01/26`, `2026-07-25`) or a time (`21:46`, `21:46:05`) standing alone:
 * not glued by a mark to other digits (`4111-11-11-2011` is no date). Its groups are never a card's (R11-9:
 * `ref 50668375 25/07/2026` and `called 616 610 5991 at 21:46` passed Luhn as Maestro numbers): no network groups
 * a card as a day, a month and a year, nor an hour and its minutes (ISO/IEC 7812-1 numbers are printed in groups
 * of 4, or 4-6-5 and 4-6-4). A card right before a date or a time still ends where the date begins.
 */
const CALENDAR =
  /(?<![0-9][-./:]?)(?:([0-9]{1,2})([/.-])([0-9]{1,2})\2(?:19|20)[0-9]{2}|([0-9]{2})([/.])([0-9]{2})\5[0-9]{2}|(?:19|20)[0-9]{2}([/.-])(?:0?[1-9]|1[0-2])\7(?:0?[1-9]|[12][0-9]|3[01])|(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?)(?![0-9]|[-./:][0-9])/g;
const dayOrMonth = (x: string, most: number): boolean => +x >= 1 && +x <= most;

/** For each group, whether it is part of a date or a time (see `CALENDAR`). One pass over the text: linear. */
function calendar(t: string, gs: Group[]): Uint8Array {
  const out = new Uint8Array(gs.length);
  let g = 0;
  CALENDAR.lastIndex = 0;
  for (let m = CALENDAR.exec(t); m && g < gs.length; m = CALENDAR.exec(t)) {
    // Day and month in either order (`25/07`, `07/25`).
    const [d, mo] = m[1] ? [m[1], m[3]] : [m[4], m[6]];
    if (d && !((dayOrMonth(d, 31) && dayOrMonth(mo, 12)) || (dayOrMonth(d, 12) && dayOrMonth(mo, 31)))) continue;
    const end = m.index + m[0].length;
    while (g < gs.length && gs[g].s < m.index) g++;
    for (; g < gs.length && gs[g].e <= end; g++) out[g] = 1;
  }
  return out;
}

/**
 * The countries that write IBANs: SWIFT's IBAN Registry (ISO 13616-2 registration authority), and the national IBANs
 * of the franc-zone and Maghreb banks (Algeria, Angola, Benin, … Togo). Two letters each, ISO 3166-1 alpha-2.
 */
const IBAN_COUNTRIES = new Set(
  'ADAEALATAZBABEBGBHBIBRBYCHCRCYCZDEDJDKDOEEEGESFIFKFOFRGBGEGIGLGRGTHNHRHUIEILIQISITJOKWKZLBLCLILTLULVLYMCMDMEMKMNMRMTMUNINLNOOMPKPLPSPTQARORSRUSASCSDSESISKSMSOSTSVTLTNTRUAVAVGXKYEDZAOBJBFCMCVCFTDKMCGCIGQGAGWIRMGMLMAMZNESNTG'.match(
    /../g,
  ),
);
const IBAN_START = /(?<![\p{L}\p{N}])([A-Za-z]{2})([0-9]{2})(?=[ -]?[A-Za-z0-9])/gu;
/** The number ISO 13616 gives a character in the check: a digit itself, a letter A = 10 … Z = 35. */
const ibanValue = (c: number): number => (c <= 57 ? c - 48 : (c | 32) - 87);
const alnum = (c: number): boolean => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);

/**
 * Marks the groups of each IBAN in the text (R12-8: `DE91 4282 2359 3922 4799 36`, printed in fours as banks print
 * it, read as `DE91 •••• 4799 36` when 16 of its digits passed as a Visa number, one IBAN in ten). An IBAN is a
 * country code, two check digits and up to 30 letters and digits (ISO 13616-1), here whole or in groups joined by
 * one space or dash; it is one when its check holds: the BBAN, then the country's letters as numbers and the check
 * digits, read as one number, leaves 1 divided by 97 (ISO 13616-1, check digits of ISO/IEC 7064 MOD 97-10). The
 * longest reading that holds ends the IBAN. Its digits are never a card's. Each start reads at most 34 characters
 * and the groups are walked once: linear.
 */
function ibans(t: string, gs: Group[], out: Uint8Array): void {
  let g = 0;
  IBAN_START.lastIndex = 0;
  for (let m = IBAN_START.exec(t); m && g < gs.length; m = IBAN_START.exec(t)) {
    const cc = m[1].toUpperCase();
    if (!IBAN_COUNTRIES.has(cc)) continue;
    let r = 0;
    let n = 0;
    let end = -1;
    for (let p = m.index + 4; n < 30 && p < t.length; p++) {
      const c = t.charCodeAt(p);
      if ((c === 32 || c === 45) && alnum(t.charCodeAt(p - 1)) && alnum(t.charCodeAt(p + 1))) continue;
      if (!alnum(c)) break;
      const v = ibanValue(c);
      r = (r * (v > 9 ? 100 : 10) + v) % 97;
      // At a group's end, the check: the country's letters and the check digits moved after the BBAN.
      if (
        ++n >= 11 &&
        !alnum(t.charCodeAt(p + 1)) &&
        [...cc]
          .map((l) => ibanValue(l.charCodeAt(0)))
          .concat(+m[2])
          .reduce((x, v2) => (x * 100 + v2) % 97, r) === 1
      )
        end = p + 1;
    }
    if (end < 0) continue;
    while (g < gs.length && gs[g].s < m.index) g++;
    for (; g < gs.length && gs[g].e <= end; g++) out[g] = 1;
    IBAN_START.lastIndex = end;
  }
}

/**
 * The groups an IMEI is printed in, whole: `AA-BBBBBB-CCCCCC-D` (the 15-digit IMEI: type allocation code, serial
 * number, check digit) and its 16-digit IMEISV with a 2-digit software version, or TAC and serial apart (8-6-1,
 * 8-6-2). 3GPP TS 23.003, 6.2.1 and 6.2.2; GSMA TS.06. R12-8: `IMEI 50 154967 793039 1` read as a Maestro number
 * (1 in 14 random IMEIs so spaced). Only after the word IMEI: a 15-digit IMEI passes Luhn as a card does, and a card
 * cut in those groups is one (the property tests cut cards in random groups).
 */
const IMEI_SHAPES = new Set(['2,6,6,1', '2,6,6,2', '8,6,1', '8,6,2']);
const IMEI_WORD = /(?<!\p{L})imei(?:sv)?(?!\p{L})[^0-9.!?;\n。！？；]{0,16}$/iu;

/** For each group, whether it is part of an IBAN or an IMEI: an identifier whose digits are never a card's. */
function identifiers(t: string, gs: Group[]): Uint8Array {
  const out = new Uint8Array(gs.length);
  ibans(t, gs, out);
  for (const [i, j] of runs(gs))
    if (
      j - i >= 2 &&
      j - i <= 3 &&
      IMEI_SHAPES.has(
        gs
          .slice(i, j + 1)
          .map((g) => g.e - g.s)
          .join(),
      ) &&
      said(t, gs[i].s, IMEI_WORD)
    )
      out.fill(1, i, j + 1);
  return out;
}

// Amounts with cents in a row, spaced as a statement's column is copied (`683.19 642.20 424.16`, R12-8: 1 row of three
// in 17 passed Luhn as a 13- to 15-digit Maestro number). Thousands groups bounded: linear.
const AMOUNT_ROW = /(?<![0-9][-./,:]?)[0-9]{1,9}(?:[,.][0-9]{3}){0,4}[.,][0-9]{2}(?: +[0-9]{1,9}(?:[,.][0-9]{3}){0,4}[.,][0-9]{2})+(?![0-9]|[-./,:][0-9])/g;

/** For each group, whether it is part of a row of amounts (see AMOUNT_ROW). A card all of whose groups are is none. */
function amountRows(t: string, gs: Group[]): Uint8Array {
  const out = new Uint8Array(gs.length);
  let g = 0;
  AMOUNT_ROW.lastIndex = 0;
  for (let m = AMOUNT_ROW.exec(t); m && g < gs.length; m = AMOUNT_ROW.exec(t)) {
    while (g < gs.length && gs[g].s < m.index) g++;
    for (; g < gs.length && gs[g].e <= m.index + m[0].length; g++) out[g] = 1;
  }
  return out;
}
/** Whether groups `i` to `j` all lie in rows of amounts. */
const allIn = (rows: Uint8Array, i: number, j: number): boolean => rows.subarray(i, j + 1).every(Boolean);

// A word naming a card, or a telephone, right before a number (up to 16 other characters, no digit or sentence end):
// `my card 5555 …`, `بطاقتي …`, `call me on …`, `电话 …`, `هاتفي …`.
const CARD_WORD =
  /(?:(?<!\p{L})(?:card|carte|karte|kart|kartu|tarjeta|cartao|carta|amex|visa|mastercard|discover|jcb|diners|unionpay|maestro|credit|debit)|卡|بطاق|كرت|카드|カード|บัตร)[^0-9.!?;\n。！？；]{0,16}$/iu;
const PHONE_WORD =
  /(?:(?<!\p{L})(?:tel|phone|mobile|cell|fax|whatsapp|call me|ring me|text me)|电话|電話|手机|手機|هاتف|جوال|موبايل|تلفون|전화)[^0-9.!?;\n。！？；]{0,16}$/iu;
const said = (t: string, at: number, re: RegExp): boolean => re.test(t.slice(Math.max(0, at - 40), at));
/**
 * A number after a telephone word is a phone number when it has 14 digits or fewer: no E.164 number has more than
 * 15 (ITU-T E.164, 6.1), and none of 15 starts with 34 or 37 (Amex) while a card has at least 12 (R8-9:
 * `tel 5555 1234 5678` was masked as a card's first part). A card of 15 digits or more is masked after it too.
 */
const PHONE_MAX = 14;

interface Found {
  a: number;
  b: number;
  kind: SensitiveSpan['kind'];
  mask: string;
  /** A card's digits. */
  card?: string;
}

/**
 * How many digits of a card number still being typed may go out before it is complete: 6. A run of 7 or more
 * digits that may still become a card is held back (masked) while typing. Once the card is whole the detector
 * shows its last four, so at most the first six and the last four are ever seen, the most PCI DSS v4.0
 * requirement 3.4.1 allows to be displayed (BIN and last four), and never the 11 digits that, with the last
 * four and the Luhn digit, give a 16-digit number back. A 12-digit Maestro number keeps 2 unknown digits
 * (1 after Luhn). Phone, order and account numbers with a card's prefix are held too: only while typing.
 */
const HOLD = 7;
/**
 * An order or reference word before `#` (and `no.` or `number` between): what follows is not held. English
 * only: Chinese and Arabic write an order number after a word and a colon (订单号：…, رقم الطلب: …), not `#`;
 * any other `#…` run is held while typing, which only delays it (the field is judged when it is left).
 */
const ORDER = /\b(?:order|ref\.?|reference|invoice|ticket|case|booking|tracking|receipt|txn)(?: ?no\.?| number)? ?#$/i;
// Day and month (either order) and a year from 1900 to 2099; an amount with thousands separators and cents.
// Nothing looser: a card typed in odd groups (`25112.60`) must not pass for one.
const DATE_OR_AMOUNT = /^(?:(?:[0-2]?\d|3[01])([/.-])(?:[0-2]?\d|3[01])\1(?:19|20)\d\d|\d{1,3}(?:,\d{3})+\.\d\d)$/;

/**
 * Digit runs (groups joined by separators or words) that may become a card number as more digits are typed
 * (`HOLD` digits or more with a network's prefix, no longer than its longest number), or that hold 8 or more
 * digits of a card number seen before (the same card with its last digit deleted).
 */
function watched(t: string, gs: Group[], w: Watch, ids: Uint8Array, rows: Uint8Array): Found[] {
  const out: Found[] = [];
  // Every 8 digits in a row of a known card.
  const known = new Set([...(w.known ?? [])].flatMap((c) => Array.from({ length: Math.max(0, c.length - 7) }, (_, x) => c.slice(x, x + 8))));
  // Groups of a number written with a leading `+` (a phone number, "+1 800 555 0100"), to its last joined group.
  const phone: boolean[] = [];
  gs.forEach((g, i) => (phone[i] = t[g.s - 1] === '+' || (g.join === 'sep' && !!phone[i - 1])));
  // Where the run of groups joined by separators from each group ends (one pass from the end).
  const runEnd: number[] = [];
  for (let i = gs.length - 1; i >= 0 && w.partialCards; i--) runEnd[i] = i + 1 < gs.length && gs[i + 1].join === 'sep' ? runEnd[i + 1] : gs[i].e;
  // And the first group of that run.
  const start: number[] = [];
  gs.forEach((g, i) => (start[i] = g.join === 'sep' && i ? start[i - 1] : i));
  const payment = w.partialCards ? paymentLines(t) : () => false;
  for (let i = 0; i < gs.length && w.partialCards; i++) {
    if (!FIRST.includes(t[gs[i].s]) || phone[i] || ids[i]) continue;
    // In the tail of a longer number, any group may start a card, whatever joins it and however it is grouped
    // (`ref 2026-4539-…`, `ref 2026 453 914 …`: issue 13, F2 and N2, 15 digits and then the last four went out):
    // held while typing, so `(800) 555-0100` goes out whole only once the field is left. After `#`, held too
    // (`Card#4539…`, `卡号#4539…`: F1) unless an order or reference word names it (`order #2221000`, `订单#…`).
    // Kept: the tail of a number whole in a shape no card is written in, a phone number (3-3-4, `(800) 555-0100`,
    // ITU-T E.123) or an order number (3-7-7, `112-1234567-1234565`); one more digit and it is held.
    const shape = gs
      .slice(start[i], start[i] + 4)
      .filter((g) => g.e <= runEnd[i])
      .map((g) => g.e - g.s)
      .join();
    if ((t[gs[i].s - 1] === '#' && ORDER.test(t.slice(Math.max(0, gs[i].s - 30), gs[i].s))) || (i > start[i] && /^3,(3,4|7,7)$/.test(shape))) continue;
    const min = HOLD;
    let lens = -1;
    let digits = '';
    let end = -1;
    let big = 0;
    // A date (`25/12/2026`) or an amount (`69,642.44`), nor a part of one, is not a card being typed.
    if ([gs[i].s, gs[start[i]].s].some((a) => runEnd[i] - a <= 24 && DATE_OR_AMOUNT.test(t.slice(a, runEnd[i])))) continue;
    // Groups joined by separators or a few words, as a card is typed or read out; not two groups of over 6
    // digits (3-7-7, an order number).
    for (let j = i; j < gs.length && (j === i || (gs[j].join && !ids[j])) && digits.length < 19; j++) {
      digits += t.slice(gs[j].s, gs[j].e);
      if (gs[j].e - gs[j].s > 6 && ++big > 1) break;
      if (digits.length < min) continue;
      if (lens < 0) lens = cardLengths(digits);
      // Up to the network's longest number: "4111 1111 1111 111" may become 4111 1111 1111 1111.
      if (!lens) break;
      if (digits.length <= 31 - Math.clz32(lens)) end = j;
    }
    // An amount with cents and a date (R10-15) is no card being typed either.
    if (end >= 0 && !payment(gs[i].s, gs[end].e) && !allIn(rows, i, end)) out.push({ a: gs[i].s, b: gs[end].e, kind: 'card', mask: '••••' });
  }
  // A run holding 8 digits in a row of a known card: what is left of it after an edit.
  for (let i = 0, j = 0; known.size && i < gs.length; i = ++j) {
    let digits = t.slice(gs[i].s, gs[i].e);
    while (j + 1 < gs.length && gs[j + 1].join === 'sep') digits += t.slice(gs[++j].s, gs[j].e);
    for (let x = 0; x + 8 <= digits.length; x++) {
      if (known.has(digits.slice(x, x + 8))) {
        out.push({ a: gs[i].s, b: gs[j].e, kind: 'card', mask: '••••' });
        break;
      }
    }
  }
  return out;
}

/**
 * A card's first part, saved while its rest is still to come (a card split across two notes, or a field left
 * and typed on later): a run of groups written as a card is (fours, or 4-6 for Amex and Diners; the last group
 * shorter) with a network's prefix, 12 digits or more but fewer than the network's longest number, and no more
 * digits joined after it. 12: PCI DSS v4.0 3.4.1 allows the first six and last four to be seen; 12 or more first
 * digits leave at most 3 unknown. Unbroken runs are left alone: order numbers are written so (JD's 12 digits).
 */
const STARTED = 12;

function started(t: string, gs: Group[], ids: Uint8Array): Found[] {
  const out: Found[] = [];
  for (let i = 0; i < gs.length; i++) {
    if (gs[i].e - gs[i].s !== 4 || (gs[i].join === 'sep' && i > 0) || t[gs[i].s - 1] === '+' || !FIRST.includes(t[gs[i].s]) || ids[i]) continue;
    let digits = t.slice(gs[i].s, gs[i].e);
    let j = i;
    // Groups of 4 (or 6 second), each but the last whole: a group after a shorter one is another number.
    while (j + 1 < gs.length && gs[j + 1].join === 'sep' && (gs[j].e - gs[j].s === 4 || (j === i + 1 && gs[j].e - gs[j].s === 6)))
      digits += t.slice(gs[++j].s, gs[j].e);
    const lens = cardLengths(digits);
    if (j + 1 < gs.length && gs[j + 1].join === 'sep') continue;
    // A whole card among them is masked by the card rule, its last four shown: the spans merge. A number of a card's
    // whole length from 16 digits that fails Luhn is a reference (`booking 4929 1234 5678 9012`, R8-7), unless a
    // word or an expiry says card (`cards`, R7-15 and R8-4); a phone number after its word is no card (R8-9).
    const longest = 31 - Math.clz32(lens);
    const whole = digits.length >= 16 && (lens >> digits.length) & 1;
    if (digits.length >= STARTED && lens && digits.length < longest && !whole && !(digits.length <= PHONE_MAX && said(t, gs[i].s, PHONE_WORD)))
      out.push({ a: gs[i].s, b: gs[j].e, kind: 'card', mask: '••••' });
  }
  return out;
}

/**
 * The group sizes a Brazilian boleto's typed line (linha digitável) is written in, whole: the bank slip's 47 digits
 * as 5.5 5.6 5.6 1 14 (or without the dots, 10 11 11 1 14), and the utility and tax slip's (arrecadação) 48 digits
 * as four blocks of 11 digits and their check digit (11-1 or 12 each). Layout: FEBRABAN, "Especificações Técnicas
 * do Boleto de Pagamento" (fields 1 to 3: bank, currency and the free field, each closed by a modulo 10 check digit;
 * field 4 the barcode's check digit; field 5 the due-date factor and the amount), and FEBRABAN, "Layout Padrão de
 * Arrecadação/Recebimento com Utilização do Código de Barras" (segment 8; the third digit 6 or 7 says modulo 10,
 * 8 or 9 modulo 11 for each block's check digit). As reproduced in the banks' manuals (Banco do Brasil,
 * "Especificações Técnicas para Confecção de Boleto de Cobrança", anexo: the code and its typed line).
 */
const BOLETO_SHAPES = [
  [5, 5, 5, 6, 5, 6, 1, 14],
  [10, 11, 11, 1, 14],
  [11, 1, 11, 1, 11, 1, 11, 1],
  [12, 12, 12, 12],
];

/** FEBRABAN's modulo 11 check digit of an arrecadação block: weights 2 to 9 from the right; remainder 0 or 1 gives 0. */
function mod11(d: string): number {
  let sum = 0;
  for (let x = d.length - 1, w = 2; x >= 0; x--, w = w === 9 ? 2 : w + 1) sum += (d.charCodeAt(x) - 48) * w;
  const r = sum % 11;
  return r < 2 ? 0 : 11 - r;
}

/** Whether `d` is a boleto line's digits whose check digits all hold: 47 (bank slip) or 48 (arrecadação). */
function isBoleto(d: string): boolean {
  // Modulo 10 with weights 2, 1 from the right, digits of each product summed: the Luhn sum, the check digit included.
  if (d.length === 47) return luhn(d.slice(0, 10)) && luhn(d.slice(10, 21)) && luhn(d.slice(21, 32));
  if (d.length !== 48 || d[0] !== '8') return false;
  const blocks = [0, 12, 24, 36].map((x) => d.slice(x, x + 12));
  return '67'.includes(d[2]) ? blocks.every(luhn) : '89'.includes(d[2]) && blocks.every((b) => mod11(b.slice(0, 11)) === b.charCodeAt(11) - 48);
}

/**
 * For each group, the number (from 1) of the boleto line it belongs to, or 0: groups joined by separators in one of
 * the shapes above whose check digits hold (R9-12: the last two fields of a bank slip, `6 83820000026000`, read as a
 * 15-digit Maestro number and were masked, 1 slip in 50). Linear: each group starts at most four fixed shapes.
 */
function boletos(t: string, gs: Group[]): Uint32Array {
  const out = new Uint32Array(gs.length);
  for (let i = 0; i < gs.length; i++) {
    if (gs[i].e - gs[i].s < 5) continue;
    for (const sizes of BOLETO_SHAPES) {
      const j = i + sizes.length - 1;
      if (j >= gs.length || !sizes.every((n, k) => gs[i + k].e - gs[i + k].s === n && (!k || gs[i + k].join === 'sep'))) continue;
      if (!isBoleto(digitsOf(t, gs, i, j))) continue;
      out.fill(i + 1, i, j + 1);
      i = j;
      break;
    }
  }
  return out;
}

/** A card number found: groups `i` to `j`, its digits, and whether words stand between its groups. */
interface Candidate {
  i: number;
  j: number;
  card: string;
  words: boolean;
}

/** The best card number starting at group `i` (most digits, no words between groups first), if any. */
function cardAt(t: string, gs: Group[], i: number, stops: string, first: number, dates: Uint8Array): Candidate | undefined {
  // A number written with a leading `+` is a phone number; a date or a time is none (R11-9).
  if (t[gs[i].s - 1] === '+' || dates[i]) return undefined;
  // No network recognised here starts with 0, 1, 7 or 8: most numbers are ruled out at their first digit.
  if (!FIRST.includes(t[gs[i].s])) return undefined;
  let best: { j: number; words: boolean; rank: number } | undefined;
  let len = 0;
  // Luhn sums kept as digits come (ISO/IEC 7812-1 annex B): `even` doubles the digits at even places from the
  // start, `odd` those at odd places; a number of even length uses `even`, since its last digit is not doubled.
  let even = 0;
  let odd = 0;
  let words = false;
  let marked = false;
  let lens = -1;
  // Right after another group of 3 or more digits, only a number of 15 digits or more: the tail of a longer
  // number ("1234 5678 9012 3456", "100-6457072-7705720") is not a 12- to 14-digit card. After "order 12", any.
  const prev = gs[i - 1];
  const min = (gs[i].join === 'sep' && prev.e - prev.s >= 3) || said(t, gs[first].s, PHONE_WORD) ? 15 : 12;
  let big = 0;
  for (let j = i; j < gs.length && len <= 19; j++) {
    const g = gs[j];
    if (j > i) {
      // In three groups or more, at most one group is longer than 6 digits: 3-7-7 is an order number. A card whole
      // in one field does not run on into the next (R8-12: `card 4539 1488 0343 6467` | `123 Main Street`).
      if (!g.join || dates[j] || (big > 1 && j - i >= 2) || (best && stops[g.s - 1] === '\n')) break;
      words ||= g.join === 'words';
    }
    // With words between, the other groups are joined by spaces only: "4521 and 1234-5678-9012" is two numbers.
    marked ||= j > i && !!g.marked;
    if (words && marked) break;
    const before = len;
    for (let x = g.s; x < g.e; x++, len++) {
      const d = t.charCodeAt(x) - 48;
      const twice = d > 4 ? 2 * d - 9 : 2 * d;
      if (len % 2) {
        even += d;
        odd += twice;
      } else {
        even += twice;
        odd += d;
      }
    }
    if (g.e - g.s > 6) big++;
    if (len < min) continue;
    if (lens < 0) lens = cardLengths(digitsFrom(t, gs, i));
    if (!lens) break;
    // Rank: no words between groups first, then the most digits masked. A card ends where a group ends:
    // digits glued on after it make a longer number (a 20-digit transaction ID), not a card and its CVV.
    const rank = (words ? 0 : 1000) + j * 20 + len;
    if (len > before && len <= 19 && (lens >> len) & 1 && (!best || rank > best.rank) && (len % 2 ? odd : even) % 10 === 0) best = { j, words, rank };
  }
  if (!best) return undefined;
  let card = '';
  for (let x = i; x <= best.j; x++) card += t.slice(gs[x].s, gs[x].e);
  return { i, j: best.j, card, words: best.words };
}

/** The first digits of the number starting at group `i`, across the groups joined to it (for its prefix). */
function digitsFrom(t: string, gs: Group[], i: number): string {
  let d = '';
  for (let x = i; x < gs.length && d.length < 6 && (x === i || gs[x].join); x++) d += t.slice(gs[x].s, gs[x].e);
  return d;
}

/**
 * Card numbers in normalised text, and the CVV written right after one. Every group is tried as a card's
 * start, and every card found is masked, so that a false match (an order number and a card's first groups
 * that happen to pass Luhn: "Order 5009, card 3542 3094 7215 0006") never hides the real card after it. One
 * is left out only where a stronger card (no words between its groups, more digits) explains its digits but
 * fewer than 8, across words ("Order 5009, card …": the order number is kept); overlapping cards are
 * otherwise masked together.
 */
function cards(t: string, w: Watch, stops = t): Found[] {
  const gs = groups(t);
  // IBANs and IMEIs (R12-8): their groups are never a card's, nor a card's start while typing.
  const ids = identifiers(t, gs);
  const rows = amountRows(t, gs);
  const out: Found[] = w.partialCards || w.known?.size ? watched(t, gs, w, ids, rows) : [];
  if (w.startedCards) out.push(...started(t, gs, ids));
  // Strongest first: no words between groups, then more digits, then the earlier (buckets: linear time).
  const buckets: Candidate[][] = [];
  // The first group of the run each group is in (a number after a telephone word is judged from its start).
  const firsts: number[] = [];
  gs.forEach((g, i) => (firsts[i] = g.join === 'sep' && i ? firsts[i - 1] : i));
  const slip = boletos(t, gs);
  const payment = paymentLines(t);
  // Dates, times and identifiers alike: no card starts in one or runs through one.
  const dates = calendar(t, gs).map((d, i) => d | ids[i]);
  for (let i = 0; i < gs.length; i++) {
    const c = cardAt(t, gs, i, stops, firsts[i], dates);
    // Groups of one boleto line are its fields, not a card (R9-12); a card running on past the line is still one.
    // Nor an amount with cents and a date (R10-15).
    if (c && !(slip[c.i] && slip[c.i] === slip[c.j]) && !payment(gs[c.i].s, gs[c.j].e) && !allIn(rows, c.i, c.j))
      (buckets[+c.words * 20 + 19 - c.card.length] ??= []).push(c);
  }
  const kept: Candidate[] = [];
  // The kept cards covering each group, as linked lists (`head` per group, `next` per entry): a card spans at
  // most 19 groups, so this stays linear.
  const head = new Int32Array(gs.length).fill(-1);
  const next: number[] = [];
  const of: Candidate[] = [];
  const digitsIn = (from: number, to: number): number => {
    let n = 0;
    for (let x = from; x <= to; x++) n += gs[x].e - gs[x].s;
    return n;
  };
  const explains = (k: Candidate, c: Candidate): boolean => {
    if (c.i >= k.i && c.j <= k.j) return true;
    // What of `c` lies outside `k`, on one side, joined to it by words, and under 8 digits.
    if (c.i < k.i && c.j <= k.j) return gs[k.i].join === 'words' && digitsIn(c.i, k.i - 1) < 8;
    if (c.i >= k.i && c.j > k.j) return gs[k.j + 1].join === 'words' && digitsIn(k.j + 1, c.j) < 8;
    return false;
  };
  for (const bucket of buckets) {
    for (const c of bucket ?? []) {
      let explained = false;
      for (let x = c.i; x <= c.j && !explained; x++) for (let e = head[x]; e >= 0 && !explained; e = next[e]) explained = explains(of[e], c);
      if (explained) continue;
      kept.push(c);
      for (let x = c.i; x <= c.j; x++) {
        next.push(head[x]);
        of.push(c);
        head[x] = of.length - 1;
      }
    }
  }
  kept.sort((x, y) => x.i - y.i);
  const near = (x: number, loose = false): boolean => {
    const gap = x < gs.length ? stops.slice(gs[x - 1].e, gs[x].s) : '';
    return !!gap && gap.length <= 24 && (loose ? NEAR.test(gap) && gap.split(/[^\p{L}]+/u).filter(Boolean).length <= 3 : AFTER_CARD.test(gap));
  };
  const month = (x: number): boolean => /^(0?[1-9]|1[0-2])$/.test(t.slice(gs[x].s, gs[x].e));
  const mmyy = (x: number): boolean => x < gs.length && /^(0[1-9]|1[0-2])\d\d$/.test(t.slice(gs[x].s, gs[x].e));
  // An expiry MM/YY or MM/YYYY at group `x` (with a slash or dash, spaced or not, a dot, a bar, a colon, a comma, a
  // semicolon or a space: `12.27`, `12 27`, `|12|27|`, `12 / 27`: R14-14, R15-7), or year first, YYYY/MM or YYYY-MM (ISO 8601's order, as some forms and
  // people write it: `4111… 2027/12 737`, R13-4).
  const expiry = (x: number): boolean =>
    x + 1 < gs.length &&
    /^(?:[/.|:,;-]| {1,2}| ?[/.,-] ?)$/.test(t.slice(gs[x].e, gs[x + 1].s)) &&
    ((month(x) && /^(\d\d|\d{4})$/.test(t.slice(gs[x + 1].s, gs[x + 1].e))) || (/^20\d\d$/.test(t.slice(gs[x].s, gs[x].e)) && month(x + 1)));
  // Runs of groups split at a date or a time (R11-9): `50668375 25/07/2026` is read as `50668375`.
  const parts = runs(gs).flatMap(([i, j]): [number, number][] => {
    const out: [number, number][] = [];
    for (let k = i; k <= j; k++) if (!dates[k]) (out.length && out[out.length - 1][1] === k - 1 ? out[out.length - 1] : (out[out.length] = [k, k]))[1] = k;
    return out;
  });
  parts.forEach(([i, j], r) => {
    if (t[gs[i].s - 1] === '+' || payment(gs[i].s, gs[j].e)) return;
    const d = digitsOf(t, gs, i, j);
    // A card mistyped by one digit fails Luhn: it is a card when a word names one before it or its expiry follows
    // (`my card 5555 5555 5555 4445`, `4111 1111 1111 1112 exp 12/27`: R7-15, R8-4); otherwise a number no card
    // has, kept (`booking 4929 1234 5678 9012`, R8-7). Read to the group the expiry follows.
    for (let k = i, n = 0; k <= j && n <= 19; k++) {
      n += gs[k].e - gs[k].s;
      if (n < 13 || !((cardLengths(d) >> n) & 1)) continue;
      // A card among the first groups is the card rule's (a CVV may follow it).
      if (luhn(d.slice(0, n))) break;
      if ((k === j && said(t, gs[i].s, CARD_WORD)) || (near(k + 1, true) && expiry(k + 1))) {
        out.push({ a: gs[i].s, b: gs[k].e, kind: 'card', mask: '••••' });
        break;
      }
    }
    // A card read out in two parts with a few words between (`41111111 and then 11111111`, `5555 5555 5555 then the
    // last four 4444`: R8-1): masked when the parts together are a card; other numbers so read are kept.
    // Each part of 6 and 4 digits or more written with spaces or dashes only (not an amount nor a date), the first no
    // card of its own (a CVV may follow it).
    const next = parts[r + 1];
    const plain = (x: number, y: number): boolean => /^[0-9 -]+$/.test(t.slice(gs[x].s, gs[y].e));
    if (!next || d.length < 6 || !plain(i, j) || !plain(...next) || isCard(d)) return;
    const gap = stops.slice(gs[j].e, gs[next[0]].s);
    const whole = d + digitsOf(t, gs, ...next);
    if (
      gap.length <= 40 &&
      /^[ \-,،\p{L}\p{M}]+$/u.test(whole.length - d.length >= 4 ? gap : '') &&
      gap.split(/\s+/).filter(Boolean).length <= 6 &&
      isCard(whole)
    )
      out.push({ a: gs[i].s, b: gs[next[1]].e, kind: 'card', mask: `•••• ${whole.slice(-4)}`, card: whole });
  });
  for (const c of kept) {
    // A card of 17 to 19 digits whose last group of 3 or 4 follows a whole card of its own (`4539 1488 0343 6467
    // 123`) may be that card and its CVV, as people copy the back after the front: 1 CVV in 10 passes Luhn with
    // the card (R7-14: the "last four" shown held the CVV). Or a 19-digit card (UnionPay debit cards are, grouped
    // 4-4-4-4-3). Which digits are its last four is not known: it is masked whole.
    const last = gs[c.j];
    const short = c.card.slice(0, -(last.e - last.s));
    if (c.j > c.i && c.card.length > 16 && last.e - last.s <= 4 && last.join === 'sep' && (cardLengths(short) >> short.length) & 1 && luhn(short)) {
      out.push({ a: gs[c.i].s, b: gs[c.j].e, kind: 'card', mask: '••••', card: c.card });
      continue;
    }
    out.push({ a: gs[c.i].s, b: gs[c.j].e, kind: 'card', mask: `•••• ${c.card.slice(-4)}`, card: c.card });
    // A CVV written after the card number, or after its expiry: `4111… 12/27 123`, `4111… exp 1227 cvv 123`.
    let k = c.j + 1;
    // The expiry, MM/YY, after a few words ("expiring", "good thru", "有效期"); a CVV after it may follow words.
    let loose = false;
    let before = false;
    if (near(k, true) && expiry(k)) {
      k += 2;
      loose = true;
    }
    // A CVV before the expiry (`4111… 123 12/27`, `3782… 1234 12/27`, `4111… 123 1227`): as people copy the back
    // of the card after its front (R7-14). Read before MMYY, which `1234` also is.
    else if (near(k) && near(k + 1) && gs[k].e - gs[k].s >= 3 && gs[k].e - gs[k].s <= 4 && (expiry(k + 1) || (mmyy(k + 1) && !isDigit(t, gs[k + 1].e + 1))))
      before = true;
    // Or as one group, MMYY, when a CVV follows: `4111… 1227 123`.
    else if (near(k) && near(k + 1) && mmyy(k) && gs[k + 1].e - gs[k + 1].s <= 4) k++;
    const cvv = gs[k];
    // Other digits right after a CVV make it another number's start.
    if (cvv && near(k, loose) && cvv.e - cvv.s >= 3 && cvv.e - cvv.s <= 4 && (before || !isDigit(t, cvv.e + 1)))
      out.push({ a: cvv.s, b: cvv.e, kind: 'secret', mask: CODE_MASK });
    // Or named in words in the same sentence: "the 3 digits on the back are 123" (a bounded look: linear).
    else {
      const m = BACK.exec(stops.slice(gs[c.j].e, gs[c.j].e + 96));
      if (m) out.push({ a: gs[c.j].e + m[0].length - m[1].length, b: gs[c.j].e + m[0].length, kind: 'secret', mask: CODE_MASK });
    }
  }
  return out;
}

// -------------------------------------------------------------------------------------------- secrets

const tables = new Map<string, SecretWords>(Object.entries(SECRET_WORDS));
const KINDS = ['codes', 'passwords', 'links', 'none', 'bare', 'valueOnly', 'publicCodes', 'ends', 'publicWords', 'numbered', 'units'] as const;
let compiled: { key: RegExp; link: RegExp; hedge: RegExp } | undefined;
let ordinary: Ordinary | undefined;
interface Ordinary {
  publicCode: RegExp;
  noPassword: RegExp;
  /** R13-6: a public thing or state named between a keyword and its colon (`publicWords`, and `numbered`'s `!` ones). */
  publicWhose: (words: string) => boolean;
  /** R13-7: a purpose whose number is its own (`numbered`); `always`: in every form (`!`). */
  numbered: (words: string) => boolean;
  /**
   * R15-4, R16-10: whether the first word of `text` (after a number) is a currency or, unless `money`, a count or a
   * time (`units`). In a script without spaces, glued to the number it begins with one (`1500円`, `1234원`), after a
   * space it is one (`482913 円`): not a word that holds one (`482913 今日`, `1234 원래`: R17-1).
   */
  unit: (text: string, money?: boolean) => boolean;
  always: (words: string) => boolean;
  /** R13-7: whether the number at the text's start (after spaces) is an amount: a currency or unit after it (`units`), or cents after a purpose with a number of its own (`decimals`). */
  amount: (text: string, decimals: boolean) => boolean;
}

/**
 * Adds a language's secret keywords (merged with any it has). `registerLocale(lang, { secrets })` calls it,
 * so adding a language adds its keywords.
 */
export function addSecretWords(lang: string, words: Partial<SecretWords>): void {
  const key = lang.toLowerCase();
  const had = tables.get(key) ?? { codes: [], passwords: [], links: [] };
  const list = (k: keyof SecretWords): string[] => {
    const v = Object.hasOwn(words, k) ? words[k] : undefined;
    return [...(had[k] ?? []), ...(Array.isArray(v) ? v.filter((w): w is string => typeof w === 'string' && !!w.trim()) : [])];
  };
  tables.set(key, Object.fromEntries(KINDS.map((k) => [k, list(k)])) as unknown as SecretWords);
  compiled = ordinary = codeFirst = undefined;
}

/** A keyword as a pattern: normalised like the text, escaped, a space or hyphen matching any run of them. */
function pattern(word: string): string {
  return (
    normalise(word.trim())
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/[ -]+/g, '[ -]*')
      // A small letter whose capital folds to a Latin lookalike while it does not (Cyrillic в к м н т: `КОД` reads
      // `KOД`, `код` stays `кoд`) matches that Latin letter too, so `Код`, `ПИН` and `СМС` match `код`, `пин`, `смс`.
      .replace(/\p{Ll}/gu, (c) => {
        const i = CONFUSABLE.indexOf(c.toUpperCase());
        return i >= 0 && !CONFUSABLE.includes(c) ? `[${c}${LATIN[i]}]` : c;
      })
      // A Latin word after an Arabic one may take the Arabic article, attached or not: `رمز الـSMS`, `رمز ال SMS` (R7-3).
      .replace(/(?<=\p{Script=Arabic})\[ -\]\*(?=[A-Za-z])/gu, '[ -]*(?:ال[ -]*)?')
      // A Chinese keyword may be typed with a space inside (`验证 码`, `密 码`: R10-9), as Korean and Japanese ones are (R9-7).
      .replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, ' ?')
  );
}

function alternatives(words: string[], ascii: boolean): string {
  // ASCII once normalised: a keyword in accented Latin letters (`código`, `é`) is read without its accents, so it
  // stands as a whole word as an ASCII one does (`senha é …` must not take the `e` of `esqueci`).
  const list = [...new Set(words.filter((w) => /^[\x20-\x7e]+$/.test(normalise(w.trim())) === ascii).map(pattern))].sort((x, y) => y.length - x.length);
  return list.length ? list.join('|') : '(?!)';
}

// A letter that joins an ASCII keyword into a longer word: any letter but those of scripts written without Latin
// (Thai, like Chinese, without spaces between words: `รหัสOTP 482913`, `OTP 482913ค่ะ`).
const LETTER = '[^\\P{L}\\p{Script=Han}\\p{Script=Arabic}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}]';

function patterns(): { key: RegExp; link: RegExp; hedge: RegExp } {
  if (!compiled) {
    const all = [...tables.values()];
    const of = (k: (typeof KINDS)[number]): string[] => all.flatMap((t) => t[k] ?? []).concat(k === 'passwords' ? PASSWORD_AGAIN : []);
    // An English keyword may be plural ("OTPs 123456"), or take Indonesian's -nya, -ku, -mu ("the", "my", "your":
    // `OTPnya 482913`, `sandinya`, `PINku`, R9-6). A Chinese, Japanese, Korean or Arabic letter next to it ends it
    // as a space does: `CVV是123`, `我的PIN是1234` (issue 13, N1); a Latin one does not (`pinot`).
    // Turkish writes its suffixes on an abbreviation after an apostrophe (TDK, Yazım Kılavuzu, "Kesme işareti"):
    // `OTP'niz`, `PIN'im`, `CVV'si` (R10-6); as normalised (ı read as i, ü as u). Not `'s`: English `code's 482913`.
    const word = (alt: string): string => `(?<!${LETTER}|\\p{N})(?:${alt})(?:s|nya|ku|mu|['’](?!s(?![a-z]))[a-z]{1,5})?(?!${LETTER})`;
    const both = (k: (typeof KINDS)[number], extra: string[] = []): string => `(${alternatives(of(k).concat(extra), true)}|${alternatives(of(k), false)})`;
    // Groups: 1 code (ASCII), 2 password (ASCII), 3 code (other scripts), 4 password (other scripts), 5 the bare
    // "code" (BARE_CODE and each language's `bare`), 6 `valueOnly`. Codes first: at one position
    // `動態密碼` (a code) wins over `密碼` (a password); the bare "code" last: `code de vérification` wins over it.
    // A compound ending in a keyword of `ends` (`Kartenpin`, R12-3): 3 to 32 letters of a script written with
    // spaces, then the keyword. Any letter, unbounded, was tried from every character of a run of Chinese or Thai
    // (which `word` lets a keyword start in) to its end: 10,000 such characters took 85 s (R13-5).
    const ends = (k: (typeof KINDS)[number]): string => {
      const e = of('ends').filter((w) => of(k).includes(w));
      return e.length ? `|${LETTER}{3,32}(?:${alternatives(e, true)})` : '';
    };
    const key = new RegExp(
      `${word(`(${alternatives(of('codes'), true)}${ends('codes')})`)}|${word(`(${alternatives(of('passwords'), true)}${ends('passwords')})`)}|(${alternatives(of('codes'), false)})|(${alternatives(of('passwords'), false)})|${word(both('bare', [BARE_CODE]))}|${word(both('valueOnly'))}`,
      'giu',
    );
    const links = of('links').map((w) => w.replace(/^~/, ''));
    const hedges = of('links')
      .filter((w) => w.startsWith('~'))
      .map((w) => w.slice(1));
    // A link word of a script written with spaces between words (Cyrillic, Hebrew, Devanagari) ends at a space or
    // mark, as a whole word: Hindi `है` ("is") reads `ह` once its vowel sign is folded, the first letter of `हटाना`
    // ("to remove": `पासवर्ड हटाना है` is no password). Chinese, Japanese, Thai and Arabic ones may touch the next word.
    const spaced = (w: string): boolean => /[\p{Script=Cyrillic}\p{Script=Hebrew}\p{Script=Devanagari}]$/u.test(w.trim());
    const link = new RegExp(
      `(?:${word(alternatives(links, true))}|(?:${alternatives(links.filter(spaced), false)})(?![\\p{L}\\p{M}])|${alternatives(
        links.filter((w) => !spaced(w)),
        false,
      )})`,
      'iuy',
    );
    compiled = { key, link, hedge: new RegExp(`${word(alternatives(hedges, true))}|${alternatives(hedges, false)}`, 'iuy') };
  }
  return compiled;
}

// A code: 3 to 8 digits, or groups of 3 or more ("123 456"); not the start of a date, amount or time. A Latin
// letter after the digits makes them part of a word (`1234abc`); a Chinese, Japanese, Korean or Arabic one ends
// the value as a space does: Chinese is written without spaces (`验证码是482913吗`, issue 13, R6-1).
// A Chinese unit of time or count after the digits makes them a date, a duration or a count, not a code:
// `验证码120秒后重新获取` (the resend button of every Chinese app), `2026年12月5日`, `1000次` (R7-12); Korean
// ones likewise, glued to the number as Korean writes them (`인증번호는 180초 동안 유효합니다`; after a space, 일 or
// 원 begin words: `482913 일단`).
// A unit after the number, spaced, makes it a measure (R8-10: `pin 4000 mAh`, `OTP 300 seconds`). A comma or dot
// and a number with a word or unit after it begins a clause of its own after a code of 4 digits or more (R9-1: the
// Chinese SMS `验证码482913，10分钟内有效`, `PIN 1234,3 tries left`); after 3 digits it is a decimal or thousands
// part (`验证码120.5秒`, `OTP 100,000 times`).
const END = `(?![0-9%]|${LETTER}|(?!(?<=[0-9]{4}|[0-9][ \\-./|_][0-9]{3})(?:[,.][0-9]{1,4} ?\\p{L}|/[0-9]{1,3} ?(?:min|sec|h)))[-./,:][0-9]| ?(?:年|月|日|号|秒|分|小时|钟|天|周|次|条|位|个|元|块)|초|분|시간|일|회|원|개|년|월|자리| (?:ms|secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|times|mah|k?wh|[mgk]?hz|[kmgt]b)(?![a-z]))`;
// One group of 1 or 2 digits after the first, or before it, spaced: `OTP 4829 13`, `48 2913` (R8-3).
// A comma between groups of three (`OTP 482,913`), as thousands are written.
const CODE = new RegExp(`(?:[0-9]{1,2} (?=[0-9]{3}))?[0-9]{3,12}(?:[ \\-./|_][0-9]{3,8}|,[0-9]{3}){0,3}(?: [0-9]{1,2}(?![0-9]))?${END}`, 'iuy');
// R13-2: a code of letters and digits (RFC 4226 and 6238 codes are digits, but banks and shops send `K7PQ2X`): 5 to 10
// ASCII letters and digits with two digits or more and a letter, not digits and a unit after them (`30sec`, `10min`) nor a product's name and model in small letters (`iPhone15`, `Pixel8`; `QZX492` is a code, R14-12).
const MIXED_CODE =
  /(?=[A-Za-z0-9]{5,10}(?![\p{L}\p{N}]))(?![0-9]+\p{Ll}+(?![\p{L}\p{N}])|(?=[A-Z]?[a-z])[A-Za-z]{3,}[0-9]{1,3}(?![\p{L}\p{N}]))(?=[A-Za-z]*[0-9][A-Za-z]*[0-9])(?=[0-9]*[A-Za-z])[A-Za-z0-9]{5,10}/uy;
// A PIN is 4 to 12 digits (ISO 9564-1, 5.1.1): "PIN 123 Main Street" gives no PIN.
const PIN = /pin|الرقم السري|رقم سري|التعريف الشخصي/i;
// The code on a card's back (`卡背面的三位数是123`) is its CVV, 3 or 4 digits: `卡背面的号码是95588` is the bank's
// hotline (R9-9).
const ON_BACK = /背面|背后|背後|后面|後面|反面/;
// A password: a run of anything but spaces and letters of scripts written without Latin (the next Chinese or
// Arabic word is prose, not the password: `รหัสผ่านหมดอายุ`, "the password expired").
const TOKEN = /[^\s\p{Script=Han}\p{Script=Arabic}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]{1,64}/uy;
// After `:` or `=`, a password in any script, or a passphrase: everything up to the end of its line or phrase
// ("密码：你好123，", "Password: correct horse battery staple").
const ASSIGNED = /[^\n,;。、，；،؛]{1,64}/uy;
// A code said digit by digit or in pairs after its keyword: `1 2 3 4 5 6`, `12-34-56`, `12 3`, `1.2.3.4`.
const SPACED = new RegExp(`[0-9]{1,3}(?:[ \\-./|_][0-9]{1,3}){1,11}${END}`, 'iuy');
// R12-6: a code of 5 to 8 digits split once or twice anywhere, with any of those marks (a dot, a slash, an underscore, a
// dash or middle dot as normalised): `4829-13`, `48-2913`, `4-82913`, `48291-3`, `482.913`. Not a date with its year
// (`20.11.2026`, `2026-11`, `11/2026`): `OTP 2026-11-20 not received` names when, not the code.
const SPLIT = new RegExp(
  `(?!(?:[0-9]{1,2}[-./]){1,2}(?:19|20)[0-9]{2}(?![0-9])|(?:19|20)[0-9]{2}[-./](?:0?[1-9]|1[0-2])(?![0-9]))(?=(?:[0-9][ \\-./|_]?){5,8}(?![0-9]))[0-9]{1,5}(?:[ \\-./|_][0-9]{1,5}){1,2}${END}`,
  'iuy',
);
// Marks that may stand between a keyword and its value: `otp-123456`, `OTP (123456)`, `OTP → 123456`, `cvv/123`,
// `cvv|123`, `cvv_123`; a comma before a quote (`password, "correct horse"`).
// A closing bracket after another name in brackets (`security code (cvv): 123`) and the brackets Chinese SMS put
// around a code (`验证码为【482913】`, `〔〕`, `《》`: R9-16).
// R10-8, R10-9: the other brackets around a code (`OTP <482913>`, `〘〙`, `{}`, `⟨⟩`) and the closing one after a
// keyword in brackets (`【验证码】482913`).
const MARK = /[-()[\]【】〔〕《》〈〉〖〗〘〙⟨⟩{}<→>~/|_*]|[,،](?= *["'“‘„«‹「『])/y;
// The app or bank a code is from, between a Latin or Cyrillic keyword and its value: one to three capitalised words
// after a short word, one to five small letters: any shipped language's "of", "for", "to", "at" (`código de
// verificación de WhatsApp: 482-913`, `tu código de Mercado Pago es 482913`, R9-4; R10-1: `Bestätigungscode für
// PayPal`, `код для Сбербанк Онлайн`, `code pour Airbnb`, `código para Nubank`, `codice per Amazon`, `código de
// acceso a BBVA`, `kode untuk Tokopedia`); or without it a name with two capitals (`Votre code WhatsApp : 482-913`),
// or in Indonesian and Vietnamese one capital before "your" (`Kode OTP Tokopedia Anda`, `Mã xác thực Zalo của bạn`).
// Not after a password keyword (a capitalised passphrase) nor in lower case (`código de error`): a name checked
// against PUBLIC_CODES.
// Each word of the name at most 32 letters, as WHOSE's (P16-1): unbounded, a keyword inside a run of letters (`ПИН`
// repeated, `OTP是` repeated: a script without spaces is no word boundary) read the name to the run's end, and 16 KB of
// `ПИН` took 33 s.
const BEFORE = '\\p{Ll}{1,5}[ -]+\\p{Lu}';
const NAME_REST = '\\p{L}{0,31}';
const BRAND = new RegExp(
  `(?:${BEFORE}${NAME_REST}|\\p{Lu}\\p{Ll}{0,30}\\p{Lu}${NAME_REST}|\\p{Lu}${NAME_REST}(?=[ -]+(?:[Aa]nda|[Kk]amu|cua (?:ban|quy khach|em|anh|chi|toi|minh))(?!\\p{L})))(?:[ -]+(?!Anda(?!\\p{L}))\\p{Lu}${NAME_REST}){0,2}(?![\\p{L}\\p{N}])`,
  'uy',
);
// A short word and a capital: read as an app's name even where the word is also a link word (`untuk`); not a capital
// that begins a code of letters and digits (`is K7PQ2X`, R13-2).
const BRAND_FIRST = new RegExp(`${BEFORE}${NAME_REST}(?![\\p{L}\\p{N}])`, 'uy');
// After an Arabic, Hebrew or Thai keyword, "for" and the app's name: Arabic ل attached to it, in Arabic or Latin letters
// (`رمز التحقق لواتساب`, `رمز التحقق لـ WhatsApp`: R10-4), Hebrew ל (`קוד האימות ל-WhatsApp`), Thai สำหรับ (R10-1).
const LATIN_NAME = '[A-Za-z][A-Za-z0-9.]*(?: [A-Z][A-Za-z]*){0,2}';
const FOR_APP = new RegExp(`(?:لل?(?: ?${LATIN_NAME}|\\p{Script=Arabic}{2,16})|ל-?${LATIN_NAME}|${pattern('สำหรับ')} ?${LATIN_NAME})(?![\\p{L}\\p{N}])`, 'uy');
// R11-2, R11-3: what the code is for, after each language's "for" or "to", in up to four words of any case, with
// digits or dots, then `:` or "is": `Пароль для подтверждения операции: 482913` (Sberbank), `Code zur Bestätigung:`,
// `code pour confirmer :`, `Bestätigungscode für N26 lautet`, `code for amazon.com is`, `code for the Chase app:`,
// `código para o Nubank é`, `codice per l'app IO è`, `kode OTP untuk BCA mobile:`. Not a number alone (`code for 2
// days`) nor a public code's name (`code for order 1234`, checked where it is used).
// R12-1: the "for" glued to its word in Hebrew and Arabic (`לכניסה`, `لتسجيل الدخول`), Thai สำหรับ with or without a
// space, Vietnamese `để`/`dùng để` (`đ` is its own letter: never French or Spanish `de`), the "is" of Vietnamese,
// Thai, Hebrew and Arabic, and a code of 4 digits or more right after the purpose (`Пароль для входа 482913`), not a
// year (`the PIN for my debit card expired 2024`).
// A purpose's word may be a time or a day and month (`OTP for login on 12.03: 482913`, R16-1); four digits after it
// in two groups with a dot or colon are one (`OTP for login 10.30`, R15-10), with a space a PIN said in pairs
// (`PIN for card 12 34`, R16-8).
// Each purpose word at most 32 characters, as WHOSE's: in a script without spaces an unbounded one ran to the text's end.
// Currency signs, and the ISO 4217 codes of the shipped languages' countries and the most traded currencies.
const SIGN = '[$€£¥₹₽₺₪₫฿]';
const CURRENCY = 'USD|EUR|GBP|JPY|CNY|RMB|HKD|TWD|INR|RUB|TRY|BRL|IDR|VND|THB|KRW|ILS|SAR|AED|EGP|MXN|CAD|AUD|CHF|SGD|MYR|PHP|PKR|PLN|UAH';
// The shapes of PUBLIC_VALUE (below), also read as a purpose's word (`password for me@x.com:`, R14-1); no groups, as
// it is part of PURPOSE. Their e-mail address and URL come in two lengths: as long as they run (`PURPOSE`), or bounded
// (`PURPOSE_BOUNDED`, an address as RFC 5321 4.5.3.1.1 and RFC 1035 2.3.4 bound its parts, a URL at 64 characters and
// only whole), as `PUBLIC_VALUE` and `WHO` read them too (an address or URL past the bounds is no public value, so
// it is masked); see `purposeAt` for which is read when.
const DATE_SEP = '(?:\\.[0-9]{1,2}\\.|/[0-9]{1,2}/|-[0-9]{1,2}-)';
const EMAIL = '[^\\s@]+@(?:[^\\s@.]+\\.)*(?=[^\\s@.]*\\p{L})[^\\s@.]+\\.\\p{L}{2,}';
const EMAIL_BOUNDED = '[^\\s@]{1,64}@(?:[^\\s@.]{1,63}\\.){0,8}(?=[^\\s@.]{0,63}\\p{L})[^\\s@.]{1,63}\\.\\p{L}{2,63}';
// A URL after its scheme or `www.`; bounded, at most 64 characters and whole (a colon, `=` or `-` may follow it).
// Unbounded, never ending at a colon: taken in, a code after it (`OTP for <link>/track: 482913`) read as the number of
// the link's word (round 27).
const URL_REST = '\\S*[^\\s:]';
const URL_REST_BOUNDED = '\\S{1,64}?(?=[:：=-]?(?!\\S))';
// A phone number is read whole, not cut before its last 1 to 4 digits (`OTP sent to +44 20 7946 0958` gives no code);
// one of 11 digits or more may end before such a group, the code (R28-2: `OTP sent to +1 415 555 0100 4829`).
const publicShapes = (bounded: boolean): string =>
  `${bounded ? EMAIL_BOUNDED : EMAIL}|(?:https?:\\/\\/|www\\.)${bounded ? URL_REST_BOUNDED : URL_REST}|(?:${SIGN}|(?:${CURRENCY}|Rs\\.?|Rp\\.?|R\\$)(?= ?[0-9])) ?[0-9]+(?:[.,][0-9]+)*|[0-9]+(?:[.,][0-9]+)* ?(?:${SIGN}|(?:${CURRENCY})(?![\\p{L}]))|[0-9]{4}年[0-9]{1,2}月|v[0-9]+\\.[0-9]+(?:\\.[0-9]+)?|\\+[0-9](?:[ -]?[0-9]){7,14}(?![ -]?[0-9]{1,4}(?![0-9]))|\\+[0-9](?:[ -]?[0-9]){10,14}(?= [0-9]{1,4}(?![0-9]))|[0-9]{1,2}${DATE_SEP}(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}${DATE_SEP}[0-9]{1,2}`;
const PUBLIC = publicShapes(true);
// A word of one run read whole, marks and all, unbounded while the budget lasts (round 27, P17-6: `password for
// corp-vpn.eu-west-1.internal.example-company.com: hunter22`, `PIN for acct=12: 4829` were read to their first mark,
// or not at all past 32 characters); the 32-character word otherwise, never ending where the whole run ends (the two
// readings would double the ways a long text fails to match). Neither begins a link's `https:` or `www.`: a link is
// read whole or not at all (part of it was masked for the secret after it).
// Round 28 (R27-4): an IPv4 address with its port (`password for 192.168.1.1: hunter22`, `10.0.0.1:8080`), never without
// the port it has (R28-4: `password for 192.168.1.1:8080 keeps failing` gives no value); and read
// whole, a path, a share or a number sign before the run (`/etc/shadow`, `~/.ssh/id_rsa`, `\\server\share`, `$HOME/.netrc`,
// `acct #12`), a domain account's backslash in it (`CORP\jdoe`), digits then a dot and letters (`365.example.com`).
const IPV4 = '[0-9]{1,3}(?:\\.[0-9]{1,3}){3}(?::[0-9]{1,5})?(?![\\p{L}\\p{N}.]|:[0-9])';
const RUN = "[\\p{L}\\p{N}.'’&=:/\\\\_@$-]*(?<![:=])(?=[:=]?(?!\\S))";
const pw = (bounded: boolean): string =>
  `(?:${publicShapes(bounded)}|${IPV4}|[0-9]{1,2}[.:/ ][0-9]{2}(?![0-9])|(?!(?![0-9]+\\.[0-9]*\\p{L})[0-9]+(?![\\p{L}])|https?:\\/\\/|www\\.)(?:${bounded ? '' : `(?:#|\\$|[~$]?[./\\\\]{1,3})[\\p{L}\\p{N}]${RUN}|`}[\\p{L}\\p{N}](?:${bounded ? '' : `${RUN}|`}[\\p{L}\\p{N}.'’&-]{0,31}${bounded ? '' : '(?![:=]?(?!\\S))'})))`;
// "Is" after a purpose, in each language: Hebrew and Arabic have a feminine one for a feminine secret (הסיסמה היא,
// كلمة المرور هي: R13-1), Vietnamese `là`, Russian `это` (as the text is normalised: `этo`, R15-2).
const IS = ['[eéè]', ...['is', 'was', 'lautet', 'ist', 'est', 'es', 'adalah', 'sind', 'la', 'là', 'это', 'คือ', 'הוא', 'היא', 'هو', 'هي'].map(pattern)].join(
  '|',
);
// Round 27: an aside between a secret's name or purpose and its value (`PIN (the new one) is 4829`, `password for
// <link> (work) is hunter22`), skipped whole (see `asideSkipped`). Round 28: in round, square or lenticular brackets
// (`密码【新的】是`, R27-2), up to 64 characters and one bracket inside (R27-3: `PIN (new (really)) is 4829`), each part
// bounded, so a bracket never closed costs a constant. Never a masked value (`PIN (••••••) is blocked`, R27-11).
const IN_ASIDE = '[^()[\\]【】〔〕\\n•]{0,64}';
const ASIDE_SRC = ['\\(\\)', '\\[\\]', '【】', '〔〕']
  .map((b) => `${b.slice(0, -b.length / 2)}(?=[^\\n•]{0,64}?[\\p{L}\\p{N}])${IN_ASIDE}(?:[(\\[【〔]${IN_ASIDE}[)\\]】〕]${IN_ASIDE})?${b.slice(b.length / 2)}`)
  .join('|');
const ASIDE = new RegExp(ASIDE_SRC, 'uy');
// What gives the value after an aside: a colon or `=`, "is" in a shipped language, or a line (a form's next field).
const GIVEN = new RegExp(`[ \\t]*(?:[:：=]|\\n|(?:${IS}|是|为|為|は|는|은)(?![\\p{L}]))`, 'iuy');
const PURPOSE_WORD = `(?:,? *)(?:(?:${['для', 'чтобы', 'от', 'used for', 'for', 'of', 'to', 'fur', 'zur', 'zum', 'um', 'pour', 'para', 'per', 'untuk', 'cho', 'dùng cho', 'dùng để', 'để'].map(pattern).join('|')}) +|${pattern('สำหรับ')} ?|[לل](?=\\p{L}{2}))`;
// A link may come first with four words after it (round 27, P17-4: `for <link> on my work laptop is`), and an aside in
// brackets after them (`for <link> (work) is`: see ASIDE).
const purpose = (bounded: boolean, word = pw(bounded)): RegExp =>
  new RegExp(
    `${PURPOSE_WORD}((?:https?:\\/\\/|www\\.)${bounded ? URL_REST_BOUNDED : URL_REST}(?:,? +(?:[-–—] +)?${word}){1,6},?|${word}(?: +${word}){0,3})(?= *[:：=-]| +(?:${IS})(?!\\p{L})| *(?:${ASIDE_SRC}|["'“‘„«‹「『][^"'“”‘’„«»‹›「」『』\\n•]{1,64}["'”’“»›」』]) *(?:[:：=]|(?:${IS})(?!\\p{L}))| +(?!${IPV4}|(?:19|20)[0-9]{2}(?![0-9])|[0-9]{1,2}[.:][0-9]{2}(?![0-9]|[ ./-][0-9]))(?:[0-9][ ./-]?){3}[0-9]| +[0-9]{1,3}(?:,[0-9]{3})+(?:[.][0-9]{1,2})?(?= *[:：=]| +(?:${IS})(?!\\p{L})))`,
    'iuy',
  );
const PURPOSE = purpose(false);
const PURPOSE_BOUNDED = purpose(true);
const PURPOSE_START = new RegExp(PURPOSE_WORD, 'iuy');
// What the unbounded shapes may read from a position: the rest of its run, with the purpose word, and the five words
// (a link and four) PURPOSE reads after it (`for <URL>`, `for the <URL> …`). Charged fewer, about √n keywords read two
// long links each on every call and 1 MB took 30 to 59 s (round P18).
const RUNS = /[\s,]*\S*(?:\s*\S*){7}/y;
/**
 * The purpose at `p`, and where it ends. Its address and URL are read as long as they run while the characters
 * they may read from each keyword add up to less than a million and twice the text (a few tenths of a second),
 * and bounded after that: from every keyword of a text without spaces they read to its end, and 1 MB of Thai
 * `รหัสสำหรับ…` took 174 s, 1 MB of `OTPสำหรับwww.a-…` 8 s (round P16). A text as people write it, pasted JSON
 * included, reads them in full; bounded from the start, secrets after a long link were kept (round P17,
 * test/secrets-long-purpose.test.ts).
 */
function purposeAt(t: string, p: number, budget: { left: number }): [RegExpExecArray | null, number] {
  // No purpose word, no purpose, and nothing charged (a pasted JSON body names `password` at every field).
  PURPOSE_START.lastIndex = p;
  if (!PURPOSE_START.test(t)) return [null, p];
  let re = PURPOSE_BOUNDED;
  if (budget.left > 0) {
    RUNS.lastIndex = p;
    RUNS.test(t);
    budget.left -= RUNS.lastIndex - p;
    if (budget.left > 0) re = PURPOSE;
  }
  re.lastIndex = p;
  return [re.exec(t), re.lastIndex];
}
// R12-2: after a password, PIN or one-time code's name, one or two words naming whose or which (`Пароль клиента:`,
// `password wifi:`, `PIN bank:`) then `:` or `=`: the value is the secret (see `secrets`). Each word at most 32
// characters: in a script without spaces an unbounded word ran to the end of the text from every keyword, and 1 MB of
// `密码是一二三…` took minutes (quadratic); bounded, each keyword costs a constant.
const WHOSE = /[\p{L}][\p{L}'’.-]{0,31}(?: +[\p{L}][\p{L}'’.-]{0,31})?(?= *[:：=])/uy;
// R13-6, R13-7: a value that is no password, PIN or code: an e-mail address, a URL, an amount with its currency (a
// sign before or after it, or an ISO 4217 code after it), a calendar date with a four-digit year (day and month in
// either order, or year first; or a year-first month: `2026年1月`), a version with its `v` (`v4.12.1`), a phone
// number in international form (`+` and 8 to 15 digits: ITU-T E.164). An e-mail address's domain has a letter before
// its top level (`Admin@123.com` is a password). Each whole, up to a space or a mark: not a
// password that begins like one (`$5ecret`, `v1.2.3secret`, `2024年hunter`; R14-13, R14-20). Not a split code that
// looks like one without being one (`48-29-13`, `48.29.13`, `4829.13` after `код подтверждения:`): no calendar has
// day 48 or month 29, and a bare version or an amount without its currency is a code's shape too. Not a national
// number with its trunk 0 (`Password for wifi: 0912345678` is a password: R14-13), nor three capitals that are no
// currency (`482913 NOT WORKING`, Cyrillic `ВСЕ` read as Latin: R14-3).
const PUBLIC_VALUE = new RegExp(`^(?:${PUBLIC})(?![\\p{L}\\p{N}@$€£¥₹₽₺₪₫฿]|[.,/-][\\p{L}\\p{N}])`, 'u');
// A currency before an amount (R14-16).
const CURRENCY_BEFORE = new RegExp(`(?:${SIGN}|(?<![\\p{L}])(?:${CURRENCY}|[Rr][sp]|R\\$)\\.?) ?$`, 'u');
// After a public value, what gives the secret after it (R14-1); a purpose that took the "is" in (R14-6).
const THEN = new RegExp(` *[:：=] *| +(?:${IS}) +`, 'uy');
const IS_END = new RegExp(` (?:${IS})$`, 'iu');
const monthDay = (month: number, day: number): boolean => month >= 1 && month <= 12 && day >= 1 && day <= 31;
/** The length of the public value at the start of `s`, or 0. */
function publicValue(s: string): number {
  const m = PUBLIC_VALUE.exec(s);
  if (!m) return 0;
  const d = /^([0-9]+)[./-]([0-9]+)[./-]([0-9]+)$/.exec(m[0]);
  // A date: its day and month valid, in either order, or year first.
  if (d && !(d[1].length === 4 ? monthDay(+d[2], +d[3]) : monthDay(+d[2], +d[1]) || monthDay(+d[1], +d[2]))) return 0;
  return m[0].length;
}
// A word with letters of a script written with spaces between words, other than Latin (R14-17); as normalised, a
// Cyrillic word may hold Latin lookalikes (`нoмep`).
const PROSE_SCRIPT = /^(?=.*[\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Devanagari}])[\p{L}\p{M}]+$/u;
// R15-5: up to three words, then a value with a digit (not a count: `8 תווים`, `8 символов`).
const PROSE_THEN = /^(?:[\p{L}\p{M}]+ ){1,3}((?=[^\s,.;:!?]*[0-9])[^\s,.;:!?]{4,64})(?![^\s,.;:!?])/u;
// R15-3: who gave, sent or chose a secret, or how or where from it came, in up to five words, before "is", "was" or a
// colon (`the PIN they gave me is`, `the OTP sent to my phone is`, `the code from the bank SMS was`), or before the
// value itself, a word with a digit (`The OTP sent to me 482913 is not working`, `Password I entered Hunter22 is
// wrong`, `OTP received 482913 but…`: R17-5, R17-11), not a public one (`the OTP sent to +919876543210 is`). Its words
// hold no digit but in a public value: the clause never runs over the secret.
const SENDERS = 'i|you|they|we|he|she|the bank|my bank';
/** The clause: who, or how or from where, then up to `most` words as `word` reads them (lazily). */
const whoClause = (word: string, most: number): string =>
  `(?:(?:that|which) )?(?:(?:${SENDERS}|it|the app|the sms)${word}{1,${most}}?|(?:sent|received|recieved|came|arrived|given|entered|typed)${word}{0,${most}}?|(?:from|in)${word}{1,${most}}?)`;
// Its end: "is", "was" or a colon.
const WHO_IS = ' (?:is|was|are|were)(?![a-z])| ?:';
const WHO_WORD = `(?: (?:(?:${PUBLIC})(?!\\S)|(?!${CODE_MASK})[^\\s:0-9]+))`;
const WHO = new RegExp(`(?:(?:that|which)(?= (?:is|was)(?![a-z]))|${whoClause(WHO_WORD, 4)})(?=${WHO_IS}| (?=[^\\s]*[0-9])(?!(?:${PUBLIC})(?!\\S)))`, 'iuy');
// The clause with any words, numbers too, up to its "is", "was" or colon (`The OTP sent for order 4829173 is 482913`,
// `The OTP I received 5 minutes ago was 482913`: R18-3), when a value with a digit follows that.
const WHO_LONG = new RegExp(`${whoClause('(?: [^\\s:]+)', 6)}(?=${WHO_IS})`, 'iuy');
// What follows "is" is a value: three digits or more, letters and digits in six characters or more, or one masked
// already (not `was 2 minutes late`, R19-8; masking again changes nothing, R19-1).
const VALUE_NEXT = new RegExp(
  `^(?: (?:is|was|are|were)| ?:) *(?:${CODE_MASK}|(?![^\\s]*%)(?=(?:[^\\s]*?[0-9]){3})|(?=[^\\s]*\\p{L})(?=[^\\s]*[0-9])[^\\s]{6})`,
  'iu',
);
// A day glued to its month, or hours to their unit (`sent on 12Mar`, `12Okt`, `12Mei`, `12März`, `12Fév`, `received
// at 10Hrs`: R21-5, R22-4): the abbreviations of the shipped languages' months, exactly (`1Martin`, `9Mario` and
// `12abc` stay passwords: R23-8).
const GLUED_DATE =
  /^[0-9]{1,2}(?:jan|feb|fev|fév|mar|mär|märz|marz|mrz|apr|avr|abr|ma[iy]|mei|mag|jun|juin|giu|jul|juil|lug|aug|ago|agu|agt|août|sept?|set|oct|okt|ott|out|nov|de[csz]|déc|dic|ene|gen|h|hrs?|hours|mins?)\.?$/iu;
/**
 * Where a who-sent clause at `p` ends (R15-3, R17-5, R18-3), or -1: up to its "is", "was" or colon when a value with a
 * digit follows them; otherwise up to the value itself, unless the word before it names a payment's or an order's
 * number or a place or time (`the OTP sent for order 4829173` keeps the order, R18-14), when it ends at its "is" as
 * round 15 read it.
 */
function whoEnd(t: string, p: number): number {
  WHO_LONG.lastIndex = p;
  const long = WHO_LONG.test(t) ? WHO_LONG.lastIndex : -1;
  if (long >= 0 && VALUE_NEXT.test(t.slice(long, long + 80))) return long;
  WHO.lastIndex = p;
  if (!WHO.test(t)) return long;
  const clause = t.slice(p, WHO.lastIndex);
  const last = /\S+$/.exec(clause)?.[0] ?? '';
  const next = t.slice(WHO.lastIndex, WHO.lastIndex + 16);
  const token = /^ (\S+)/.exec(next)?.[1] ?? '';
  // After an order's, shipment's, invoice's or ticket's name, its reference (`the OTP sent for order 482917`, `…
  // for shipment AWB1234567`: R20-6); otherwise six digits, or letters and digits, are the value (`The OTP sent for
  // payment 482913 is invalid`, `The password I entered for my account Hunter22 is wrong`: R19-7), but not a date
  // glued to its month (`sent on 12Mar`).
  if (ordinaryWords().always(last)) return long;
  if (/^[0-9]{6}$/.test(token) || (/\p{L}/u.test(token) && /[0-9]/.test(token) && !GLUED_DATE.test(token))) return WHO.lastIndex;
  if (
    /^ [^\s]*[0-9]/.test(next) &&
    (ordinaryWords().numbered(last) ||
      // A place, a time or a card before the number (`the PIN I entered for card 4829 was wrong`, `OTP sent on 12/03`,
      // `the password I set in 2019`: R18-14, R18-16), or a date, time or year as the number.
      /^(?:on|at|in|for|by|via|since|until|from|of|to|card|account|ending|id|ref|no|number|phone|sms|text|yesterday|today|ago)$/i.test(last) ||
      /^ (?:[0-9]{1,2}[./:-][0-9]{1,2}(?![0-9])|(?:19|20)[0-9]{2}(?![0-9]))/.test(next))
  )
    return long;
  return WHO.lastIndex;
}
// R16-9: who sent or gave a code, as WHO begins (not `in`, `it`, nor `from` but the bank or its SMS).
const SENT_BY = new RegExp(`^(?:(?:that|which) )?(?:${SENDERS}|sent|received|given|came|from (?:the |my )?(?:bank|sms|text))(?![a-z])`, 'i');
// R17-6: a secret changed or set to a value, in the languages that say it with the verb before the name and a word
// for "to" after it (`I changed my password to Hunter22`, `cambié mi contraseña a …`, `я поменял ПИН на 4829`,
// `saya ganti password jadi …`, `tôi đã đổi mật khẩu thành …`, `غيرت كلمة المرور إلى …`): the verb in the 40
// characters before the name, the "to" right after it, then a value with a digit (not `… to something easier`), not
// an ordinal, nor after "in" a year or a duration; never after a one-time code's name, which is sent, not set
// (`update my number for OTP to 9123 4567`, R19-6).
const CHANGE_VERB = new RegExp(
  `(?<![\\p{L}])(?:${['chang', 'reset', 'set', 'updat', 'switch', 'cambi', 'actualic', 'modifi', 'mud', 'troqu', 'alter', 'impostat', 'поменял', 'сменил', 'изменил', 'ganti', 'ubah', 'mengganti', 'mengubah', 'đổi', 'غيرت', 'بدلت'].map(pattern).join('|')})[\\p{L}]*((?: [^ ]+){0,3}) *$`,
  'iu',
);
// A phone or its number named (a word in a shipped language), before "changed … to" (R23-7).
const PHONE_NAMED = new RegExp(
  `(?<!\\p{L})(?:${['phone', 'mobile', 'number', 'celular', 'móvil', 'número', 'numero', 'numéro', 'nummer', 'handy', 'telefon', 'cellulare', 'nomor', 'hp', 'số', 'номер', 'телефон', 'رقم', 'جوال', 'موبايل'].map(pattern).join('|')})(?: \\S+)*? (?:${['for', 'of', 'del', 'de', 'da', 'della', 'per', 'для', 'untuk', 'cho', 'của'].map(pattern).join('|')}|ل)(?: |$)`,
  'iu',
);
// A phone number is no value: with its `+`, its trunk `0` and groups (`0812 3456 7890`, R21-6) or in North America's
// 3-3-4 shape; other digit groups are a PIN or password said in groups (`I changed my PIN to 4 8 2 9`, R22-1).
const CHANGED_TO = new RegExp(
  `(?:(?:in|en) +(?!(?:19|20)[0-9]{2}(?![0-9])|[0-9]+ ?(?:h|hrs?|hours?|mins?|minutes?|d|days?|weeks?|months?)(?![\\p{L}]))|(?:${['to', 'a', 'para', 'pra', 'на', 'jadi', 'menjadi', 'thành', 'إلى', 'الى'].map(pattern).join('|')}) +)(?=[^\\s]*[0-9])(?![0-9]+(?:st|nd|rd|th|-?[йяе])(?![\\p{L}\\p{N}])|\\+[0-9]|0[0-9]*(?:[ -][0-9]+){2,}|[2-9][0-9]{2}[ -][0-9]{3}[ -][0-9]{4}(?![0-9]))`,
  'iuy',
);
// A comma, then a word with a digit and another comma: the value given between them (R17-7).
// Not a date, a time, a `#` or `№` number or a version (`OTP, 12/03, not received`, `OTP, 10h30, …`; R18-18, R19-4),
// by their calendar and clock ranges: `my PIN, 12-34, is blocked` is a PIN (R20-2).
const APPOSITION =
  /[,，،] *(?!(?:(?:[01]?[0-9]|2[0-3])[:h.][0-5][0-9]|(?:0?[1-9]|[12][0-9]|3[01])[./-](?:0?[1-9]|[12][0-9]|3[01])(?:[./-](?:19|20)?[0-9]{2})?|(?:19|20)[0-9]{2}[./-][01]?[0-9](?:[./-][0-3]?[0-9])?) *[,，،]|[#№][0-9]|v[0-9]+(?:\.[0-9]+)+[,，، ]|[0-9]+年)(?=[^\s,，،]*[0-9][^\s,，،]{0,63} *[,，،])/uy;
// Opening quotes and their closing ones: a quoted passphrase runs to its closing quote.
const OPEN = '"\'“‘„«‹「『';
const CLOSE = '"\'”’“»›」』';
const PARTIAL = /\S{1,64}$/uy;
// After a Latin keyword, a short run of Japanese, Korean, Thai, Hindi or Hebrew letters is a particle or a link word
// (`OTPは482913`, `PIN은 1234`, `PIN लिखा है 1234`): masked without that language's own words loaded (R8-2).
const FILLER =
  /[\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}\p{sc=Thai}\p{sc=Deva}\p{sc=Hebr}]{1,4}(?![\p{sc=Hira}\p{sc=Kana}\p{sc=Hang}\p{sc=Thai}\p{sc=Deva}\p{sc=Hebr}])/uy;
// A code said in Chinese numerals, as voice input writes it (`验证码是四八二九一三`, R7-4): only right after a
// keyword, and not a count (`验证码五六七次`): no numeral, 十百千 or counter after it.
const HAN = '〇零一二三四五六七八九幺';
// What makes the digits before it a count, a length or a date, not a password or a code.
const COUNTS = '次个個分秒天年月日位条條遍倍小';
const HAN_DIGITS = new RegExp(`[${HAN}]{3,12}(?![${HAN}十百千万${COUNTS}])`, 'uy');
const SCRIPTS = '\\p{Script=Han}\\p{Script=Arabic}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}';
// A letter of a script written without spaces between words (Arabic has them).
const GLUED_SCRIPT = new RegExp(`[${SCRIPTS.replace('\\p{Script=Arabic}', '')}]`, 'u');
// A password in the user's own letters with digits after them (see `secrets`): after Arabic letters 2 characters
// or more (`علي99`), after Chinese ones 3 or more, as a length or a count is 1 or 2 digits (`密码长度为8到16位`).
const TAIL = `(?=[^\\s${SCRIPTS}]{0,47}[0-9])[^\\s${SCRIPTS}]`;
const NATIVE = new RegExp(`\\p{Script=Arabic}{1,16}${TAIL}{2,48}|[${SCRIPTS}]{1,16}${TAIL}{3,48}`, 'uy');
const COUNTER = new RegExp(`^[${COUNTS}]`, 'u');
// Digits alone, ASCII or Chinese numerals: a password so given needs no `:` ("支付密码123456").
// Or digits in groups, 4 to 12 of them (`my password is 123 456`, `我的银行卡密码是 1 2 3 4 5 6`, `şifrem 1 2 3 4`:
// R22-8; `123.456`, `1234/5678`, `99-99`: R24-5), as a numeric password or passcode is read out; not a year and more
// (`password 2026 11`), a date or time (`password 12/03 reset`, `пароль 12.03`, `07-07`: R23-6), nor the digits before
// a password's letters (`Password: 07-07-Luna`, R23-5).
const DIGIT_GROUPS =
  /^(?![0-9]{1,3}(?:\.[0-9]{1,3}){3}$|(?:19|20)[0-9]{2}(?![0-9])|(?:[01]?[0-9]|2[0-3])[.:][0-5][0-9]$|(?:(?:0?[1-9]|[12][0-9]|3[01])[-./](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[-./](?:0?[1-9]|[12][0-9]|3[01]))(?:[-./][0-9]{2,4})?$)[0-9](?:[ \-./_]?[0-9]){3,11}$/;
const NUMERALS = new RegExp(`^[0-9${HAN}]+$`, 'u');
// A street after a PIN's digits: in `PIN 1234 Elm Street` the digits are a house number, in `PIN 1234 on the way`
// a PIN. One to three names (capitalised, or `5th`), then a street word (USPS Publication 28, appendix C1,
// street suffix abbreviations).
const STREET =
  /^ +((?:\S+ +){1,3}?)(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|drive|dr|way|court|ct|place|pl|terrace|highway|hwy|parkway|pkwy)(?![\p{L}])/iu;
const NAME = /^(?:\p{Lu}|\d+(?:st|nd|rd|th)$)/u;
// An Indian address's postal code is its "PIN" (Postal Index Number: six digits, the first 1 to 9; India Post): after
// an address given on its line (`address:`, `address is`, `पता:`) and a comma or dash, `Address: MG Road, Bengaluru,
// PIN: 560001` is kept (R9-14).
const ADDRESS = /(?:(?<!\p{L})address(?: is|:)|पता *:)[^\n]*[,-] *$/iu;

// A number said to be an error or status after it: `code: 504 error`, `رمز 504 خطأ`, `code: 504错误`.
// Russian `ошибка` reads `oшибка` once its о is folded to Latin; Turkish `hata`, Hebrew `שגיאה` (R9-5).
const ERROR_AFTER = /^ *\d+ *(?:(?:error|status|خطا|الخطا)(?!\p{L})|错误|錯誤|oшибк|hata|שגיא)/iu;

/** A word or text as `wordsIn` compares them: normalised, in small letters, Cyrillic lookalikes as Latin (see `pattern`). */
function canon(s: string): string {
  return normalise(s)
    .toLowerCase()
    .replace(/\p{Ll}/gu, (c) => {
      const i = CONFUSABLE.indexOf(c.toUpperCase());
      return i >= 0 ? LATIN[i].toLowerCase() : c;
    });
}

/**
 * A test for words as `publicWords`, `numbered` and `units` give them (`*` a stem, `$` only last, `!` and `~` dropped): whole
 * words in scripts with spaces, inside a word in those without, after a clitic in Arabic (و ف ب ل, ال, لل) and Hebrew
 * (ו ה ב ל מ ש כ). Sets and string compares, not one pattern: as a pattern of a few hundred words with look-behinds
 * each test took a tenth of a second.
 */
function wordsIn(words: string[]): (text: string) => boolean {
  // Sets and prefixes: this runs at every keyword, and a megabyte may hold a hundred thousand of them.
  const whole = new Set<string>();
  const last = new Set<string>();
  const stems: string[] = [];
  const lastStems: string[] = [];
  const glued: string[] = [];
  const spaced: string[] = [];
  for (const x of words) {
    const w = canon(x.replace(/^[!~]|[*$]$/g, ''));
    const stem = x.endsWith('*');
    if (GLUED_SCRIPT.test(w)) glued.push(w);
    else if (w.includes(' ')) spaced.push(` ${w}${stem ? '' : ' '}`);
    else if (x.endsWith('$')) {
      if (stem) lastStems.push(w);
      else last.add(w);
    } else if (stem) stems.push(w);
    else whole.add(w);
  }
  const clitic = /^(?:[وفبل]?ال|لل|[وفبل])(?=\p{L}{2})|^[והבלמשכ](?=\p{L}{2})/u;
  // An elided article or preposition before a word, in French and Italian (`l'ordine`, `dell'ordine`, `d'achat`).
  const elided = /^(?:l|d|dell|dall|nell|sull|all|qu)['’](?=\p{L}{2})/u;
  // The same few words come again at each keyword of a long text (`PIN PIN PIN …`): answers are kept, 256 at most.
  const seen = new Map<string, boolean>();
  return (text) => {
    let hit = seen.get(text);
    if (hit === undefined) {
      if (seen.size >= 256) seen.clear();
      seen.set(text, (hit = test(text)));
    }
    return hit;
  };
  function test(text: string): boolean {
    const c = canon(text);
    if (glued.length && GLUED_SCRIPT.test(c) && glued.some((w) => c.includes(w))) return true;
    const tokens = c.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter(Boolean);
    const bare = tokens.map((x) => x.replace(clitic, '').replace(elided, ''));
    const is = (v: string, set: Set<string>, pre: string[]): boolean => set.has(v) || pre.some((w) => v.startsWith(w));
    if ([...tokens, ...bare].some((v) => is(v, whole, stems))) return true;
    const end = tokens.length - 1;
    if (end >= 0 && (is(tokens[end], last, lastStems) || is(bare[end], last, lastStems))) return true;
    return spaced.length > 0 && [` ${tokens.join(' ')} `, ` ${bare.join(' ')} `].some((j) => spaced.some((w) => j.includes(w)));
  }
}

/** `code:` after a word naming a public code (`Error code:`); a password value saying there is none. */
function ordinaryWords(): Ordinary {
  if (!ordinary) {
    const all = (k: 'publicWords' | 'numbered' | 'units'): string[] => [...tables.values()].flatMap((t) => t[k] ?? []);
    const always = all('numbered').filter((w) => w.startsWith('!'));
    const units = all('units');
    const sign = new RegExp(`^${SIGN}$`, 'u');
    const unitTest = (money: boolean): ((text: string) => boolean) => {
      const list = units.filter((w) => !money || !w.startsWith('~'));
      const spaced = wordsIn(list.filter((w) => !GLUED_SCRIPT.test(w)));
      const own = list.filter((w) => GLUED_SCRIPT.test(w)).map((w) => canon(w.replace(/^~/, '')));
      return (text) => {
        const w = wordAfter(text);
        const word = canon(w.trim());
        if (!word) return false;
        // A currency sign after the amount (`1 500 ₽`, R17-8).
        if (sign.test(word)) return true;
        if (!GLUED_SCRIPT.test(word)) return spaced(word);
        return w.length === w.trimStart().length ? own.some((u) => word.startsWith(u)) : own.includes(word);
      };
    };
    const anyUnit = unitTest(false);
    const money = unitTest(true);
    // NO_PASSWORD's English, Chinese and Arabic, and the answers of each language added since (`none`).
    const none = [...NO_PASSWORD, ...[...tables.values()].flatMap((t) => t.none ?? [])];
    const named = [...PUBLIC_CODES, ...[...tables.values()].flatMap((t) => t.publicCodes ?? [])];
    ordinary = {
      // A name in a script without spaces may be glued to the word before it (`您的错误代码`, `のエラーコード`: R10-2, R10-3).
      // R12-7: and "number" abbreviated after it, as Latin scripts write it (`Order no.`, `Bestellung Nr.`, `Commande n°`,
      // and `№`, which reads `No`: `Заказ № 482913`). The words for "number" are each language's (`order number`, `订单号`).
      publicCode: new RegExp(
        `(?:(?<![\\p{L}\\p{N}])|(?=[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}]))(?:${alternatives(named, true)}|${alternatives(named, false)})(?:[ -]+(?:no|nr|n)(?![\\p{L}]))?[ -]*$`,
        'iu',
      ),
      // Whole, with "it" or "them" after it: "forgot it", "I dont know", "نسيتها".
      noPassword: new RegExp(
        `^(?:(?:i )?(?:${alternatives(none, true)})|${alternatives(none, false)})(?: (?:it|them|that|this|one|yet|already|again|sorry|out|too|either|lol))*[.!?]*$`,
        'iu',
      ),
      publicWhose: wordsIn(all('publicWords')),
      unit: (text, onlyMoney = false) => (onlyMoney ? money : anyUnit)(text),
      numbered: wordsIn(all('numbered')),
      always: wordsIn(always),
      amount: (text, decimals) => {
        const n = NUMBER.exec(text)?.[0];
        // The first word after the number only (`1500 рублей`, `1,500 บาท`, `1500円`). Cents alone make an amount only
        // after a purpose that has one (`OTP for payment 1500.00`): `Пароль для входа 4829.13` is a code split (R14-7).
        return !!n && ((decimals && /[0-9][.,][0-9]{1,2}$/.test(n)) || text.startsWith('/-', n.length) || anyUnit(text.slice(n.length)));
      },
    };
  }
  return ordinary;
}

// R17-12: a card's "ending" in each language, before its last four (`for my card ending 4829.`, `terminada en 4829`,
// `с окончанием 4829`, `ลงท้าย 4829`, `المنتهية بـ 4829`, `שמסתיים ב-4829`): those are kept, as the form asks for them.
const ENDING = new RegExp(
  `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}])(?:${['ending', 'ending in', 'ends in', 'ending with', 'terminada en', 'terminado en', 'che termina con', 'termina con', 'tarjeta final', 'cartão final', 'com final', 'se terminant par', 'endziffern', 'endend auf', 'с окончанием', 'оканчивающейся на', 'berakhiran', 'akhiran', 'đuôi', 'ลงท้าย', 'ลงท้ายด้วย', 'المنتهية بـ', 'المنتهية ب', 'שמסתיים ב', 'שמסתיים ב-'].map(pattern).join('|')}) *-?$`,
  'iu',
);
// "Was", "set as", "also" or `=` after a number: it was the secret (R23-2, R24-6), in the shipped languages that
// say it so.
const WAS = new RegExp(
  `^ *(?:=|(?:${['was', 'were', 'set as', 'same as', 'which was', 'that was', 'is also', 'also is', 'era', 'fue', 'también es', 'es también', 'était', 'etait', 'est aussi', 'war', 'ist auch', 'foi', 'também é', 'был', 'была', 'было', 'oldu', 'adalah', 'là', 'cũng là', 'היה', 'היתה', 'كان', 'था', 'थी'].map(pattern).join('|')})(?!\\p{L})|也是)`,
  'iu',
);
// A card's name, or its last digits named, right before a number: its last four (R22-12), masked as a card shows them
// or not (`card **** 4829`, `карта *4829`).
const CARD_BEFORE = new RegExp(
  `(?:(?<!\\p{L})(?:card|karte|tarjeta|cart\\p{L}{1,2}|kart\\p{L}{0,2}|last (?:4|four) digits|last 4|son (?:4|dört) hanesi|${['карт', 'thẻ', 'כרטיס', 'कार्ड', 'بطاقة', 'البطاقة'].map(pattern).join('|')})\\p{L}{0,3}|${['บัตร', '卡', 'カード', '카드', '末尾', '끝자리', '末四碼', '末4碼', '末四位', '末4位'].map(pattern).join('|')}) *[*•x·]* *-?$`,
  'iu',
);
const CODE_LENGTH = /^ +(?:[0-9]{6}|[0-9]{3} [0-9]{3})(?![0-9])/;
// R17-3: a purpose's number then a colon, a dash or "is", and a value: the number is the purpose's, the value the
// secret (`OTP for payment 1500: 482913`, `PIN for card ending 4829: 1234`, `… 4829 - 482913`). The value has three
// digits or more, or letters and digits in six characters or more (not `is 10 min valid`), and is no date, time or
// percentage, with a mark after it or not (`OTP for order 4829173: 12.03 delivery slot`, `… 12345678: 2FA enabled`,
// `… 4829: 100%, sure`: R22-3); it may be one already masked, so that masking again changes nothing. (Italian and
// Portuguese `è`/`é` read `e` once normalised, as "and" does: `ordine 4829173 e 4829180` is told by its length.)
const GIVEN_AFTER = new RegExp(
  `^ +([0-9]+(?:[.,][0-9]+)*)( *[:：=] *| +- +| +(?:${IS}) +)((?![0-9]{1,2}[./:][0-9]{1,2}(?![0-9])|(?:19|20)[0-9]{2}[./-][0-9]|(?:0?[1-9]|[12][0-9]|3[01])[./-](?:0?[1-9]|[12][0-9]|3[01])[./-](?:19|20)?[0-9]{2}(?![0-9])|[0-9]+(?:[.,][0-9]+)?%[.,;:!?)]*(?![^\\s]))(?:(?=(?:[^\\s]*?[0-9]){3})|(?=[^\\s]*\\p{L})(?=[^\\s]*[0-9])(?=[^\\s]{6}))[^\\s]+|${CODE_MASK})`,
  'iu',
);

/**
 * Whether the number after a purpose (its words `words`, ending at `at`) is the purpose's own, with a secret after its
 * colon, dash or "is" (R17-3, R17-4). Not six digits, a code's usual length. After a colon or "is", any purpose's
 * number (`Password for customer ID 4829170: Summer24`, `PIN for locker 1204: 5678`: R19-9); after a dash only a
 * payment's, order's or account's (`PIN for ATM 4829 - 3 tries left` is a PIN, R18-4). Not before an amount with its
 * currency, after it or glued to it (`My PIN for ATM 4829: 2000 rs not dispensed`, `… is 1500rs withdrawn`: R20-5);
 * other letters glued to digits are a password (`2468xyz`, R21-1). After a payment's, order's or account's number, a
 * second number of the same length after a colon, dash or `e` is another one (`OTP for order 4829173: 4829180 also
 * affected`, R18-17); after "is" it is the code (`Delivery OTP for order 4829 is 1234`, R19-10).
 */
function numberThenValue(t: string, at: number, words: string): boolean {
  const given = GIVEN_AFTER.exec(t.slice(at, at + 80));
  if (!given || CODE_LENGTH.test(t.slice(at))) return false;
  const [whole, number, link, value] = given;
  const o = ordinaryWords();
  const dash = link.includes('-');
  const listing = dash || /[:：=]/.test(link) || /^ +e +$/i.test(link);
  return (
    (!dash || o.numbered(words)) &&
    // A duration glued to its unit after a purpose with no number of its own (`OTP for login 4829: 120sec timeout`,
    // R22-3); after an account's or user's number it is the password (`Password for account 4829173: 12345h`, R23-9).
    !(!o.numbered(words) && /^[0-9]{1,4}(?:ms|s|secs?|seconds?|mins?|minutes?|h|hrs?|hours?)[.,;:!?)]*$/i.test(value)) &&
    !o.unit(t.slice(at + whole.length, at + whole.length + 30), true) &&
    !o.unit(/^[0-9]+(?:[.,][0-9]+)*(\p{L}{1,4})[.,;:!?)]*$/u.exec(value)?.[1] ?? '', true) &&
    !(listing && o.numbered(words) && number.replace(/\D/g, '').length === value.replace(/\D/g, '').length)
  );
}

/**
 * R13-6, R13-7: whether the words from `a` to `b`, read as an app's name or a particle after a keyword, are a public
 * code's purpose (`للطلب`, `für Bestellung`), or one whose number follows (`للدفع 1500`), or (`state`) a state or a
 * public thing (`OTP ब्लॉक शुल्क:`, `PIN 잠김 수수료:`).
 */
function numbered(t: string, a: number, b: number, state = false): boolean {
  const w = t.slice(a, b);
  const o = ordinaryWords();
  const after = t.slice(b, b + 40);
  // Six digits alone are a one-time code's usual length (RFC 4226, 5.3; RFC 6238): `رمز التحقق للدفع 482913`.
  // R14-4: a number that ends its clause after a purpose is the code (`OTP for payment 48291`, `Код для оплаты 48291`);
  // words after it make it the purpose's (`OTP for payment 1500 failed`).
  return (
    o.always(w) ||
    (state && o.publicWhose(w)) ||
    (ENDING.test(w) && /^ *[0-9]{4}(?![0-9])/.test(after)) ||
    (/^ +[0-9]/.test(after) &&
      // R15-9: a currency before the number (`OTP for payment of Rs 1500`).
      (CURRENCY_BEFORE.test(w) ||
        o.amount(after, o.numbered(w)) ||
        (o.numbered(w) && !CODE_LENGTH.test(after) && (/^ +[0-9]+(?:[.,][0-9]+)* *[\p{L}]/u.test(after) || GIVEN_AFTER.test(after)))))
  );
}

/**
 * The first word after a number, with the spaces before it (`1500 рублей`, `1,500 บาท`, `1500円`), or ''; up to a
 * mark, in Chinese and Japanese ones too (`482913です、何回`: R17-1).
 */
const wordAfter = (text: string): string => /^ *[^\s0-9.,!?;:、。，！？；：]{1,24}/u.exec(text)?.[0] ?? '';

// A number after spaces, its thousands spaced (`1 500 руб`, R16-3) or marked, its cents after a dot or comma.
const NUMBER = /^ +(?:[0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+(?![0-9])|[0-9]+(?:[.,][0-9]+)*)/;

/** The length of a purpose's own number at the start of `text` (after spaces), with its currency or unit (R15-4). */
function ownNumber(text: string): number {
  const n = NUMBER.exec(text)?.[0] ?? '';
  if (n && text.startsWith('/-', n.length)) return n.length + 2;
  return n.length + (n && ordinaryWords().unit(text.slice(n.length)) ? wordAfter(text.slice(n.length)).length : 0);
}

// R22-7: another value given as an alternative or in a list after the first (`PIN 4829 or 1357`, `OTP was 482913 and
// 592014`, `OTPs: 482913, 592014, 773311`, `password was Hunter22 or Hunter23`): after a comma, a slash, "or", "and"
// or "then" in a shipped language.
const OR_NEXT = new RegExp(
  `^(?: *[,/،、，] *(?:(?:or|and|then) +)?| +(?:${['or maybe', 'and then', 'or', 'and', 'then', 'o', 'y', 'ou', 'et', 'oder', 'und', 'или', 'и', 'atau', 'dan', 'hoặc', 'và', 'veya', 've', 'או', 'أو', 'या', 'और'].map(pattern).join('|')}) +)`,
  'iu',
);
const OR_WORD = new RegExp(
  `(?:/|(?<!\\p{L})(?:${['or', 'o', 'ou', 'oder', 'или', 'atau', 'hoặc', 'veya', 'או', 'أو', 'या'].map(pattern).join('|')})(?!\\p{L}))`,
  'iu',
);
const AMOUNT_AFTER = /^ *(?:(?:am|pm)(?! +i(?!\p{L}))|h|hrs|charged|debited|deducted|taken|withdrawn|paid|spent)(?!\p{L})/iu;
const LIST_END =
  /^(?:[.!?]*$|[.!?]*[,;)\n]| *[.!?]+ | +(?:or|and|then|both|neither|none|but|i|too|either|as well|were|are|did|didn'?t|don'?t|do not|not|never|all)(?!\p{L}))/iu;
/**
 * The span of a value of the same shape right after the value from `a` to `b` and a word of OR_NEXT, or undefined:
 * as many digits (not a year, nor an amount with its currency), or letters and digits again.
 */
function orValue(t: string, a: number, b: number): [number, number] | undefined {
  const link = OR_NEXT.exec(t.slice(b, b + 24));
  if (!link) return undefined;
  const from = b + link[0].length;
  const value = t.slice(a, b);
  const next = /^[^\s,;，；、،]+/u.exec(t.slice(from, from + 65))?.[0].replace(/[.!?)]+$/, '') ?? '';
  const same = /^[0-9]+$/.test(value)
    ? next.length === value.length && /^[0-9]+$/.test(next) && !/^(?:19|20)[0-9]{2}$/.test(next)
    : /\p{L}/u.test(value) && /[0-9]/.test(value) && /\p{L}/u.test(next) && /[0-9]/.test(next) && next.length >= 5;
  // What follows it ends the list or says so (`PIN 4829 or 1357 i dont remember`, `482913 / 592014 both failed`): not a
  // verb, as after an amount (`I entered my PIN 4829 and 2500 was taken`, `Мой ПИН 4829 и 3000 сняли`: R23-4).
  // After "or" or a slash, any words may follow (`my PIN is 4829 or 1357 maybe`, `мой ПИН 4829 или 1357 не помню`: R24-1).
  const after = t.slice(from + next.length, from + next.length + 30);
  // Not an amount or a time said so after it (`CVV 737 / 250 charged twice`, `PIN 4829 / 1130 am`: R25-5; `… or 9248
  // am I typing it wrong?` is a PIN: R26-2).
  if (!same || ordinaryWords().unit(after, true) || AMOUNT_AFTER.test(after) || (!OR_WORD.test(link[0]) && !LIST_END.test(after))) return undefined;
  return [from, from + next.length];
}

/**
 * Where a value from `a` to `b` ends with its line (R22-14): at the first line break after a line that holds a whole
 * value, four digits or more (three after a card security code's name, `cvv`), or six in all, or before a line that
 * does not begin with digits alone (`PIN 4829⏎3 attempts`, `security code 737⏎05/28`,
 * `PIN 4829⏎4242`, `CVV 737⏎2 attempts left`, `OTP: 482⏎913⏎2 attempts left`: R24-4, R26-4). A code typed in shorter
 * pieces over lines goes on (`PIN: 48⏎29 i think`, `verification code:⏎48⏎29⏎13`, `CID 123⏎4`, `verification code
 * 482⏎913`: R23-10, R25-3, R25-4, R26-3).
 */
function lineEnd(lines: string, a: number, b: number, cvv = false): number {
  const digits = (x: string): number => x.replace(/[^0-9]/g, '').length;
  // Breaks looked for in the value only: from every keyword of a long text without one, a search to its end was
  // quadratic (1 MB of `验证码1` took 4 s).
  const value = lines.slice(a, b);
  for (let from = 0, br = value.indexOf('\n'); br >= 0; from = br + 1, br = value.indexOf('\n', br + 1))
    if (digits(value.slice(from, br)) >= (cvv ? 3 : 4) || digits(value.slice(0, br)) >= 6 || ((DIGITS_LINE.lastIndex = a + br + 1), !DIGITS_LINE.test(lines)))
      return a + br;
  return b;
}
// A line that begins with digits alone (see `lineEnd`); nothing but spaces up to the end (see `secrets`).
const DIGITS_LINE = / *[0-9]+(?:\s|$)/y;
const ONLY_SPACE = /\s*$/y;

/** Secrets given by keyword and value, in normalised text. */
function secrets(t: string, partial: boolean | undefined, text: string, stops = t): Found[] {
  const { key, link, hedge } = patterns();
  // The text as normalised, but with its line breaks: a passphrase ends with its line.
  let lines: string | undefined;
  const out: Found[] = [];
  key.lastIndex = 0;
  let named = false;
  // What purposes may read in full (see `purposeAt`): a few tenths of a second of reading. Twice the text and 64 KB was
  // spent by 1.5 KB of pasted JSON naming `password` and `otp` forty times, and secrets after a link were kept (P18-2).
  const budget = { left: 1_000_000 + 2 * t.length };
  for (let m = key.exec(t); m; m = key.exec(t)) {
    const password = m[2] !== undefined || m[4] !== undefined;
    // "the new one is hunter2" gives a password only after one was named: "I changed my password, the new one …".
    if (password && / one$/i.test(m[0]) && !named) continue;
    named ||= password;
    // `Error code: 504`, `zip code is 94103`: the bare `code` after the name of a code that is no secret, or
    // before a number said to be one (`code: 504 error`, checked once past the marks). The Arabic word for "code" alone, before a three-digit HTTP-like number said to be an error (`رمز 504 خطأ`,
    // `خطأ كود 500`) or said to have appeared (`ظهر لي الرمز 504`, `طلع لي كود 500`): a code sent to the user
    // has 4 to 8 digits (issue 13, R6-3), so `الرمز 482913` and `الرمز 4829 خطأ` stay secrets.
    const after = t.slice(key.lastIndex, key.lastIndex + 40);
    // `رسالة خطأ برمز 504` ("an error message with code 504", R7-7): ب ("with") may be attached to the word.
    const bare = m[5] !== undefined || m[6] !== undefined;
    if (
      (bare && ordinaryWords().publicCode.test(t.slice(Math.max(0, m.index - 24), m.index))) ||
      (VALUE_ONLY.includes(m[0]) &&
        /^ *[1-5][0-9]{2}(?![0-9])/.test(after) &&
        (ERROR_AFTER.test(after) ||
          /(?:خطا|(?<!\p{L})(?:ي?ظهر|تظهر|ظهرت|ي?طلع|تطلع|طلعت)(?: (?:لي|لنا|معي))?) *ب?$/u.test(t.slice(Math.max(0, m.index - 16), m.index))))
    )
      continue;
    const pin = PIN.test(m[0]);
    // A keyword in Latin letters with accents (`contraseña`, issue 20) is Latin too: `la contraseña es incorrecta` is prose.
    const latin = m[1] !== undefined || m[2] !== undefined || !/[^\p{Script=Latin}\P{L}]/u.test(m[0]);
    // An app's name may follow a keyword in Latin or Cyrillic letters (`Код подтверждения для Сбербанк Онлайн`, R10-1).
    const nameable = latin || !/[^\p{Script=Latin}\p{Script=Cyrillic}\P{L}]/u.test(m[0]);
    let p = m.index + m[0].length;
    // A keyword given with its colon ("pass:") names a secret only so.
    let assigned = m[0].endsWith(':');
    let quoted = false;
    let close = '';
    let linked = false;
    let spaced = false;
    // Anything but spaces between the keyword and the value: a mark, a quote or a link word.
    let led = false;
    let verb: RegExpExecArray | null;
    // Past a purpose (R12-1) or whose words (R12-2): a date, amount, e-mail, URL, phone number or version after them
    // is that, not the secret (R13-6, R13-7).
    let through = false;
    // Where a purpose ended: an aside right after it may hold anything before its colon or "is" (see `asideSkipped`).
    let purposed = -1;
    // Up to three linking words and a few marks: "is", ": ", "是：", "هو".
    for (let steps = 0, words = 0; steps < 12 && p < t.length; steps++) {
      const c = t[p];
      link.lastIndex = p;
      if (c === ':' || c === '=' || c === '#') assigned = true;
      // "PIN's 4321": a possessive is skipped whole.
      else if (/^['’]s(?![\p{L}])/u.test(t.slice(p, p + 3))) p++;
      // Otherwise a quote opens the value; a dash, bracket or arrow, or a dot after a link ("no."), is skipped.
      // R27-2: a word in quotes before a colon or "is" names which secret it is (`password "work" is hunter22`, `PIN «new»:
      // 4829`); after a password's name it is masked too, as it may be the password (`password "sunshine" is wrong`).
      else if (
        OPEN.includes(c) &&
        !bare &&
        !VALUE_ONLY.includes(m[0]) &&
        ((QUOTED.lastIndex = p), QUOTED.test(t)) &&
        t[QUOTED.lastIndex - 1] === CLOSE[OPEN.indexOf(c)] &&
        quotedAside(t, stops, QUOTED.lastIndex, purposed >= 0 && !t.slice(purposed, p).trim(), p)
      ) {
        if (password && !(purposed >= 0 && !t.slice(purposed, p).trim())) out.push({ a: p + 1, b: QUOTED.lastIndex - 1, kind: 'secret', mask: CODE_MASK });
        p = QUOTED.lastIndex;
        led = true;
        continue;
      } else if (OPEN.includes(c)) {
        quoted = true;
        close = CLOSE[OPEN.indexOf(c)];
      } else if (c === ' ') spaced = true;
      // R17-7: the value set off by commas right after its name (`my PIN, 4829, is blocked`, `验证码，482913，用不了`).
      else if (((APPOSITION.lastIndex = p), APPOSITION.test(t))) assigned = true;
      // An aside (see ASIDE): `PIN (the new one) is 4829`, `密码（新的）是 abc12345`; not after the bare "code" nor Arabic's,
      // whose aside may name a public one (`the code (for the discount) is SAVE20`, `الرمز (الخصم) هو SAVE20`: R27-9).
      else if (
        !bare &&
        !VALUE_ONLY.includes(m[0]) &&
        ((ASIDE.lastIndex = p), ASIDE.test(t)) &&
        asideSkipped(
          t.slice(p + 1, ASIDE.lastIndex - 1),
          (lines ??= LINE_BREAK.test(text) ? normalise(text, true) : t),
          stops,
          ASIDE.lastIndex,
          purposed >= 0 && !t.slice(purposed, p).trim(),
        )
      ) {
        p = ASIDE.lastIndex;
        led = true;
        continue;
      } else if (((MARK.lastIndex = p), !MARK.test(t)) && !(c === '.' && linked)) {
        FILLER.lastIndex = p;
        const [purpose, purposeEnd] = purposeAt(t, p, budget);
        // A colon or "is" right after the purpose gives the value (R14-6: `OTP for refund is 482913`).
        // (The purpose's words may take the "is" in: `for refund is` before a code of 4 digits or more.)
        // So does one after the purpose's own number (R17-3, R17-4).
        const numberThen = !!purpose && numberThenValue(t, purposeEnd, purpose[1]);
        const given = !!purpose && (IS_END.test(purpose[0]) || ((THEN.lastIndex = purposeEnd), THEN.test(t)) || numberThen);
        if (
          purpose &&
          // After a secret's own name (not the bare "code"), what follows a colon or "is" is the secret whatever the
          // purpose (`my password for the bank is hunter22`, R14-8; `OTP for refund is 482913`, R14-6); not after "of",
          // which names whose it is (`the code on the back of my parcel is 1234`).
          ((!bare && given && !/^,? *of /i.test(purpose[0])) ||
            (!ordinaryWords().publicCode.test(purpose[0]) &&
              !/(?<![\p{L}])(?:order|pedido|commande|bestellung|заказ)/iu.test(purpose[1]) &&
              // R13-7: a public code's purpose (`Código para rastrear: 48291356`); 4 digits or more right after a
              // purpose whose number is its own (`OTP for payment 1500 failed`, `PIN for card ending 4829`), or an
              // amount (`Код для оплаты 1500 рублей`), are that number.
              !ordinaryWords().always(purpose[1]) &&
              // R27-10: after the bare "code", a key and its value name a page, a service or a record, whose code it is
              // (`code for svc=auth: 504`, `code for page=2: 4829`).
              !(bare && /\S=\S/.test(purpose[1]))))
        ) {
          p = purposed = purposeEnd;
          linked = led = through = true;
          // Its own number is part of the purpose: a code may follow it (`… на сумму 2500 руб: 482913`).
          if (numberThen || (!given && numbered(t, purposeEnd - purpose[1].length, p))) p += ownNumber(t.slice(p));
          continue;
        }
        if (words++ >= 3) break;
        // Not a one-time code, which is sent, never changed to a value (`I updated my number for OTP to 91234567`, R19-6).
        if (
          !/otp|one[ -]?time|verif|2fa/i.test(m[0]) &&
          ((CHANGED_TO.lastIndex = p), CHANGED_TO.test(t)) &&
          (verb = CHANGE_VERB.exec(t.slice(Math.max(0, m.index - 40), m.index))) &&
          // A phone's number changed, named between the verb and the secret's name with "for" or "of" before the name, in
          // its country's groups (`Я сменил номер для пароля на 8 912 345 67 89`, `cambié el celular del PIN a 55 1234
          // 5678`: R23-7; not `I changed my phone PIN to 48 29 13`, `I reset my mobile banking PIN to …` nor `Order number
          // 4829173. I reset my PIN to 12 34 56`: R24-3).
          !(PHONE_NAMED.test(verb[1]) && /^[0-9]+(?:[ -][0-9]+){2,}/.test(t.slice(CHANGED_TO.lastIndex)))
        ) {
          p = CHANGED_TO.lastIndex;
          linked = led = assigned = true;
          continue;
        }
        const brand = nameable && !password && !assigned;
        // R15-3: a clause saying who gave, sent or chose it, then "is", "was" or a colon (`the PIN they gave me is 4829`,
        // `the code the bank sent was 482913`, `the password I set was hunter22`).
        // After the bare "code", only who sent it: an error's, ticket's or order's code is named where it is shown (`the
        // code in the error message was 4003`, `the code from my order is 1234567`, R16-9).
        const who = latin ? whoEnd(t, p) : -1;
        if (who >= 0 && !(bare && !SENT_BY.test(t.slice(p, who)))) p = who;
        else if (link.test(t) && !(brand && ((BRAND_FIRST.lastIndex = p), BRAND_FIRST.test(t))) && !(bare && ((hedge.lastIndex = p), hedge.test(t))))
          p = link.lastIndex;
        else if (latin && FILLER.test(t) && !numbered(t, p, FILLER.lastIndex, true)) {
          p = FILLER.lastIndex;
          through = true;
        } else if (!latin && ((FOR_APP.lastIndex = p), FOR_APP.test(t)) && !ordinaryWords().always(t.slice(p, FOR_APP.lastIndex))) {
          // With its own number, read with it (`رمز التحقق للدفع 150 ريال هو 482913`, R15-4).
          const own = numbered(t, p, FOR_APP.lastIndex);
          p = FOR_APP.lastIndex;
          if (own) p += ownNumber(t.slice(p));
          through = true;
        } else if (
          brand &&
          ((BRAND.lastIndex = p), BRAND.test(t)) &&
          !ordinaryWords().publicCode.test(t.slice(p, BRAND.lastIndex)) &&
          !numbered(t, p, BRAND.lastIndex)
        ) {
          // A name alone leads no value to the bare "code" (`Code of Conduct 2024`).
          p = BRAND.lastIndex;
          linked = true;
          continue;
        } else if (
          !bare &&
          !VALUE_ONLY.includes(m[0]) &&
          ((WHOSE.lastIndex = p), WHOSE.test(t)) &&
          // A code named only by whose it is (`tu código`, `your code`) is the public code named after it (`de Pedido:`).
          !(GENERIC.has(m[0].split(' ')[0].toLowerCase()) && ordinaryWords().publicCode.test(t.slice(p, WHOSE.lastIndex))) &&
          !t
            .slice(p, WHOSE.lastIndex)
            .split(/ +/)
            // `oшибк` (ошибка) with a Latin o: the text is normalised, Cyrillic lookalikes read as Latin letters.
            .some((w) => ordinaryWords().noPassword.test(w) || /^(?:error|fehler|erro|erreur|hata|oшибк)/i.test(w)) &&
          // R13-6: a ticket, fee, date, page, sender or a state named there (`Password change ticket: 29181722`).
          !ordinaryWords().publicWhose(t.slice(p, WHOSE.lastIndex))
        ) {
          p = WHOSE.lastIndex;
          through = true;
        } else break;
        linked = led = true;
        continue;
      }
      led ||= c !== ' ';
      p++;
    }
    // Not the bare "code" before three digits alone (`the code is 504`): a card security code is three digits and
    // people call it "the code" (`the code is 123`); masking an HTTP status now and then loses less (docs/security.md).
    if (bare && ((!led && m[6] === undefined) || ERROR_AFTER.test(t.slice(p, p + 40)))) {
      key.lastIndex = m.index + 1;
      continue;
    }
    // R14-1: a public value there is kept; a secret may still follow it (`password for me@x.com: hunter22`, `OTP for
    // payment of $150.00 is 482913`): after its `:` or "is", the value is read; otherwise the keyword gives none.
    if (through) {
      const n = publicValue(t.slice(p, p + 80));
      if (n) {
        THEN.lastIndex = p + n;
        if (!THEN.test(t)) continue;
        p = THEN.lastIndex;
      }
    }
    const a = p;
    let b = p;
    CODE.lastIndex = p;
    SPACED.lastIndex = p;
    SPLIT.lastIndex = p;
    HAN_DIGITS.lastIndex = p;
    // The longer reading: `482 9 13` is one code said in groups, not `482 9` and a `13` left over.
    const grouped = CODE.exec(stops);
    lines ??= LINE_BREAK.test(text) ? normalise(text, true) : t;
    const groups = [SPACED.exec(stops), SPLIT.exec(stops)].reduce((x, y) => (y && (!x || y[0].length > x[0].length) ? y : x));
    // After a password's name, only digits alone in groups (see DIGIT_GROUPS), whole up to a space or the text's end.
    const inGroups =
      password &&
      !through &&
      groups &&
      !(DIGIT_GROUPS.test(lines.slice(p, lineEnd(lines, p, p + groups[0].length))) && /^(?:\s|$)/.test(stops.slice(p + groups[0].length)))
        ? null
        : groups;
    const code = (inGroups && grouped && inGroups[0].length > grouped[0].length ? inGroups : (grouped ?? inGroups)) ?? HAN_DIGITS.exec(stops);
    const inQuotes =
      password && quoted
        ? lines
            .slice(p, p + 65)
            .split('\n')[0]
            .indexOf(close)
        : -1;
    // R16-10: a number with a currency after it is an amount (`OTP of 5000 rs not received`); not with a count or a
    // time, nor a word that only holds one (`PIN saya 1234 hari ini diblokir`, `인증번호 482913 이번에도`: R17-1, R17-2).
    if (code && ordinaryWords().unit(t.slice(p + code[0].length, p + code[0].length + 30), true)) continue;
    const n = code ? code[0].replace(/\D/g, (c) => (HAN.includes(c) ? '0' : '')).length : 0;
    // `PIN 1234 Elm Street`: digits before a street's name are a house number.
    if (code && /^[1-9][0-9]{5}$/.test(code[0]) && /^(?:pin(?:[ -]*code)?|पिन)$/i.test(m[0]) && ADDRESS.test(lines.slice(Math.max(0, m.index - 120), m.index)))
      continue;
    const street = pin && code ? STREET.exec(t.slice(p + code[0].length, p + code[0].length + 48)) : null;
    if (
      street &&
      street[1]
        .trim()
        .split(/ +/)
        .every((w) => NAME.test(w))
    )
      continue;
    // After a password keyword without `:`, only digits alone are a password ("支付密码123456"), not "2026 11".
    // After a Latin password keyword with nothing but a space, a year is no password (`Sandi 2024`: a name, R8).
    const year = password && latin && !led && /^(?:19|20)[0-9]{2}$/.test(code?.[0] ?? '');
    if (
      code &&
      !year &&
      (pin ? n >= 4 && n <= 12 : n <= (ON_BACK.test(m[0]) ? 4 : 8)) &&
      (!password ||
        assigned ||
        quoted ||
        through ||
        NUMERALS.test(code[0]) ||
        (n >= 4 && DIGIT_GROUPS.test(lines.slice(p, lineEnd(lines, p, p + code[0].length))))) &&
      // A password's digits with more of it glued on are read whole below (`Password: 1990-Mike`, R23-5).
      // (not a word of a script written without spaces after it: `비밀번호는 1234입니다`).
      !(password && /^(?:[-._@#][\p{L}\p{N}]|[\p{Script=Latin}\p{Script=Cyrillic}\p{N}])/u.test(stops.slice(p + code[0].length)))
    )
      b = p + code[0].length;
    // R13-2: a one-time code of letters and digits after its name and a colon or "is" (`Einmalpasswort: K7pQ2x`, `OTP:
    // AB12CD`, `Your OTP is K7PQ2X`): 5 to 10 of them, two digits or more and a letter; not a measure (`30sec`).
    // After a mark too (`OTP (K7PQ2X)`, `OTP → K7PQ2X`), or a space alone when in capitals, 5 to 8 of them, letters and
    // digits mixed (`OTP K7PQ2X`, R14-12; not a name and a number: `ATM1234`, a plate `MH12AB1234`, R15-10).
    else if (
      !password &&
      !pin &&
      !bare &&
      ((MIXED_CODE.lastIndex = p), MIXED_CODE.test(stops)) &&
      (assigned ||
        linked ||
        led ||
        /^(?=.{5,8}$)[A-Z0-9]*[0-9][A-Z0-9]*[A-Z][A-Z0-9]*[0-9]|^(?=.{5,8}$)[A-Z0-9]*[A-Z][A-Z0-9]*[0-9][A-Z0-9]*[A-Z]/.test(
          stops.slice(p, MIXED_CODE.lastIndex),
        ))
    )
      b = MIXED_CODE.lastIndex;
    // A quoted password runs to its closing quote on its line: `password "correct horse battery staple"`.
    else if (inQuotes > 0) b = p + inQuotes;
    else if (password) {
      const re = assigned ? ASSIGNED : TOKEN;
      re.lastIndex = p;
      // Unassigned, a password that starts with Chinese or Arabic letters and goes on with digits (`你好2024`,
      // `محمد1990`: R7-11), up to a space or the next such letter; not a count (`密码错误3次`, `至少8位`).
      NATIVE.lastIndex = p;
      const native = assigned ? null : NATIVE.exec(t);
      // A passphrase ends where its sentence does: `.`, `!` or `?` and a space. A first word that is all letters
      // begins a passphrase (`correct horse battery staple`); one with a digit or symbol is a password, with the
      // words like it after it (`p@ss w0rd`), not the words after that (`hunter2 thanks`).
      let value = (native && !COUNTER.test(t.slice(p + native[0].length)) ? native : re.exec(assigned ? lines : stops))?.[0]
        .replace(/(?<=[.!?])\s[\s\S]*$/, '')
        .trimEnd();
      if (value && assigned && !/^[\p{L}\p{M}]+(?:[-'’][\p{L}\p{M}]+)*(?:\s|$)/u.test(value))
        value = /^\S*(?:\s+(?=\S*[^\p{L}\p{M}\s.,;:!?"'”’)\]」』。])\S+)*/u.exec(value)![0];
      // Sentence punctuation after the password is not part of it; `!` and `?` may be, so they are replaced
      // with it, but do not make a word a password ("reset?").
      const token = value?.replace(/[.,;:)\]"'”’」』。،؛]+$/, '') ?? '';
      // `••••••` is what this detector wrote: already masked.
      const word = token.replace(/[!?]+$/, '').replace(/^•+$/, '');
      const plain = /^[\p{L}\p{M}]+$/u.test(word);
      // Unassigned, a password holds a letter and a digit or symbol ("hunter2"): "$100.00" is an amount.
      // A sentence end glued to the next sentence ("reset.Order", "reset.+966") is prose, not a symbol.
      const mixed = /\p{L}/u.test(word) && !plain && !/^\p{L}+[.!?;,][\p{Lu}+]/u.test(word);
      // "Password: forgot it", "密码：忘记了", "كلمة المرور: نسيتها": no password given. While typing, not at the
      // end of the text: "forgot" may still become "forgot7!".
      // (Only spaces left, read from the front: `trim()` of the rest read the text's trailing spaces from every keyword, P16-2.)
      if (ordinaryWords().noPassword.test(word) && !(partial && ((ONLY_SPACE.lastIndex = p + token.length), ONLY_SPACE.test(t)))) continue;
      // A plain word after "password" is prose ("password reset") unless it is assigned, quoted, or Latin
      // right after a keyword in another script or its link ("密码abc", "密码是abc", "كلمة المرور هي abc").
      // R14-17: not a word of Hebrew, Cyrillic, Arabic or Devanagari letters after "is": in those scripts, written with
      // spaces, it is prose (`הסיסמה היא חזקה`, `пароль это номер телефона`); a Latin one is a password (`пароль это qwerty`).
      if (word.length >= 3 && (assigned || quoted || mixed || (plain && !latin && (linked || !spaced) && !PROSE_SCRIPT.test(word)))) b = p + token.length;
      // R15-5: the words may say what it is, then give it (`пароль это дата рождения 15081987`, `הסיסמה היא תאריך הלידה
      // שלי 15081987`): a value with a digit within three such words, in the same clause, is the password.
      else if (plain && linked && PROSE_SCRIPT.test(word)) {
        const said = PROSE_THEN.exec(t.slice(p, p + 160));
        if (said) out.push({ a: p + said[0].length - said[1].length, b: p + said[0].length, kind: 'secret', mask: CODE_MASK });
      }
    }
    // While typing, a value running to the end of the text may still become a secret.
    PARTIAL.lastIndex = p;
    if (b === a && partial && PARTIAL.test(t)) b = t.length;
    b = lineEnd(lines, a, b, /c[vs][vc]|cvn|cvd|ccv|背|三[碼码]|3[碼码]/i.test(m[0]));
    if (b > a) {
      out.push({ a, b, kind: 'secret', mask: CODE_MASK });
      for (let next = orValue(stops, a, b); next; next = orValue(stops, ...next)) {
        out.push({ a: next[0], b: next[1], kind: 'secret', mask: CODE_MASK });
        b = next[1];
      }
      key.lastIndex = Math.max(key.lastIndex, b);
    }
    // No value: the keyword's last word may begin a longer one (`card code on the back 123`); in a script without
    // spaces, or after a bare "code", any of its letters (`信用卡背面後3碼`, `הקוד הסודי`: R9-9, R9-5).
    else if (m[3] ?? m[5] ?? m[6]) key.lastIndex = m.index + 1;
    else if (m[0].search(/[ -][^ -]+$/) > 0) key.lastIndex = m.index + m[0].search(/[ -][^ -]+$/) + 1;
  }
  return out;
}

// R27-2: a word or a few in quotes (see `secrets`), at most 64 characters on one line.
const QUOTED = new RegExp(`[${OPEN}][^${OPEN}${CLOSE}\\n•]{1,64}[${CLOSE}]`, 'uy');
/** Whether the quoted words ending at `end` are an aside: before a colon or "is"; after the name, without a digit. */
function quotedAside(t: string, stops: string, end: number, purposed: boolean, start: number): boolean {
  GIVEN.lastIndex = end;
  return (
    GIVEN.test(stops) &&
    stops[GIVEN.lastIndex - 1] !== '\n' &&
    (purposed || !(/[0-9]/.test(t.slice(start, end)) || publicAside(t.slice(start + 1, end - 1), false)))
  );
}

// Words in an aside that say the number after it is no secret, as they do without brackets (R27-7: `CVV (expiry)
// 12/27`, `PIN (call me) 555 0199`, `PIN (year) 2024`), besides each language's public words.
const ASIDE_PUBLIC = /(?<![\p{L}])(?:call|year|error|fehler|erro|erreur|hata|oшибк)/iu;
// A word of letters alone in an aside with a digit (`(min 8 chars)`, `(2nd one)`, `（至少8位）`) or a version (`(v2)`):
// the aside describes the secret; digits alone, or letters glued to them (`(4829)`, `(hunter22)`), may be its value.
// An aside that gives a value itself (`(new: hunter22)`, `(mine is hunter22)`) is read as main reads it.
const ASIDE_GIVES = new RegExp(`[:：=]|(?<![\\p{L}])(?:${IS})(?![\\p{L}])`, 'iu');
const ASIDE_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(?:\\p{L}{2,}|v[0-9]+)(?![\\p{L}\\p{N}])|[${SCRIPTS}]{2}`, 'u');

/**
 * Whether the aside `inner` (its brackets' inside), ending at `end`, is skipped between a secret's name and its value.
 * Right after a purpose, anything in it when a colon or "is" follows (R27-5: `password for router (192.168.1.1):
 * admin123`); so read, the purpose's number is its own (R27-8: `PIN for card (4242) locked` gives no value). After the
 * name, not one whose words name a public value (R27-7: `CVV (expiry) 12/27`, `OTP (error code) 500`, `password
 * (reset link) https://…`); one with a digit only before its colon or "is", or the next line, with a word of its own
 * (R27-1: `PIN (2nd one) is 4829`, a field `Password (min 8 chars)` before one holding `hunter22`).
 */
function asideSkipped(inner: string, lines: string, stops: string, end: number, purposed: boolean): boolean {
  GIVEN.lastIndex = end;
  const given = GIVEN.test(stops) || ((GIVEN.lastIndex = end), GIVEN.test(lines));
  if (purposed) return given;
  const digits = /[0-9]/.test(inner);
  return !publicAside(inner, digits) && (!digits || (given && ASIDE_WORD.test(inner) && !ASIDE_GIVES.test(inner)));
}

/** Whether an aside's words name a public value (R27-7); with a digit in it, a purpose's word names that number. */
function publicAside(inner: string, digits: boolean): boolean {
  const words = ordinaryWords();
  // `(case sensitive)` is a password's hint, not a support case.
  const text = inner.replace(/case[ -]?(?:in)?sensitive/giu, '');
  return words.publicWhose(text) || words.publicCode.test(text) || words.always(text) || (!digits && words.numbered(text)) || ASIDE_PUBLIC.test(text);
}

// ------------------------------------------------------------------------------- a code before its keyword

/**
 * The words between a code and its keyword when the code comes first, as most SMS are worded (R10-11): `G-482913
 * is your Google verification code`, `482913是您的验证码`, `482913 ist Ihr Bestätigungscode`, `482913は認証コードです`.
 * A link says the number *is* the code ("is", and "your", "the"), so `482913 is my order number` (no secret's name)
 * and `482913 is your tracking code` (a public code's name, PUBLIC_CODES) are kept. For every shipped language, in
 * one list: a link word alone names nothing, and the keywords after it are each language's own.
 */
const CODE_FIRST_LINKS = [
  // English; `as your` after "Use" or "Enter".
  ...['is your', 'is the', 'is my', 'is our', 'is', 'are your', 'was your', 'will be your', 'as your', 'as the'],
  // Chinese (simplified and traditional): "is (your)", "as (your)".
  ...['是您的', '是你的', '是您', '是你', '为您的', '為您的', '为你的', '為你的', '是', '为', '為', '係', '就是'],
  // German, Spanish, French; Portuguese and Italian `é`/`è` read `e` once normalised: only with the article or "your".
  ...['ist ihr', 'ist dein', 'ist euer', 'ist der', 'ist die', 'ist das', 'ist'],
  ...['es tu', 'es su', 'es el', 'es la', 'es'],
  ...['est votre', 'est ton', 'est le', 'est la', 'est'],
  ...['é o seu', 'é a sua', 'é o teu', 'é a tua', 'é seu', 'é sua', 'é o', 'é a'],
  ...['è il tuo', 'è il suo', 'è il vostro', 'è la tua', 'è la sua', 'è il', 'è la', 'è tuo', 'è suo'],
  // Indonesian, Vietnamese, Russian ("— ваш", "это"), Hebrew (he, she, this), Hindi (your, is), Thai (is),
  // Japanese and Korean topic and subject particles, Arabic (he, she).
  ...['adalah', 'merupakan', 'ialah', 'là', 'это ваш', 'это твой', 'ваш', 'твой', 'это', 'הוא', 'היא', 'זה'],
  ...['आपका', 'आपकी', 'आपके', 'तुम्हारा', 'तुम्हारी', 'यह', 'คือ', 'เป็น', 'は', 'が', '은', '는', '이', '가', 'هو', 'هي'],
];
// R11-1: the code-first rule is a shape, not a list of phrases. After the code, in the same clause (no sentence
// end, comma or other number before the keyword), at most five words and 32 characters: a dash, a bracket, a
// copula or possessive in any language (`was my`, `ur`, `aapka`, `ваш`), an adjective (`one-time`, `einmaliger`,
// `本次登录的`), an app's name (`LINE の`, `카카오`, `（美团验证码）`), then a keyword of a loaded language. A link word
// (CODE_FIRST_LINKS) is no longer required; what may not stand between is a conjunction, a preposition or a
// negation (`4829 and my PIN`, `482913 for the PIN reset`, `是订单号不是验证码`): the number belongs to another clause.
const NOT_BETWEEN = [
  ...['and', 'or', 'but', 'not', 'no', 'then', 'than', 'for', 'from', 'to', 'on', 'at', 'in', 'with', 'of', 'after', 'before', 'if'],
  ...['und', 'oder', 'aber', 'nicht', 'kein', 'keine', 'fur', 'von', 'mit', 'nach', 'vor'],
  ...['y', 'pero', 'para', 'con', 'sin', 'de', 'et', 'ou', 'mais', 'pas', 'ne', 'pour', 'avec', 'non', 'per', 'senza'],
  ...['и', 'или', 'но', 'не', 'для', 'за', 'на', 'от', 'по', 'без'],
  ...['ve', 'veya', 'ama', 'degil', 'icin', 'dan', 'atau', 'tapi', 'tidak', 'bukan', 'untuk', 'ke', 'dari'],
  ...['va', 'hoac', 'nhung', 'khong', 'cho', 'और', 'या', 'लेकिन', 'नहीं', 'लिए', 'לא', 'או', 'ولا', 'أو', 'لا'],
];
let codeFirst: { value: RegExp; link: RegExp; publicAfter: RegExp; publicIn: RegExp; stop: RegExp } | undefined;
// A code of 4 to 8 digits (or 3 and 3 with a space or, as WhatsApp writes it, a dash: `482-913`; or three pairs:
// `48 29 13`), alone: not glued to a Latin letter or another number (an amount, a date, a phone number); a
// sender's letter and dash before it (Google's `G-482913`) are its prefix, left as they are.
// R12-6: six digits split in any way with any mark (`48-29-13`, `4829-13`, `48-2913`, `4-82913`, `48291-3`, `482.913`,
// `482/913`, `482_913`; a middle dot reads as a dash); see AMBIGUOUS for those that need "is" after them.
const FIRST_VALUE =
  /(?:(?<![A-Za-z0-9])[A-Z]{1,2}-)?(?<![A-Za-z0-9.,/+]|[0-9][ ./_-])([0-9]{4,8}|[0-9]{3}[ ./_-][0-9]{3}|[0-9]{2}([ ./_-])[0-9]{2}\2[0-9]{2}|[0-9]{4}[ ./_-][0-9]{2}|[0-9]{2}[ ./_-][0-9]{4}|[0-9][ ./_-][0-9]{5}|[0-9]{5}[ ./_-][0-9])(?![0-9]|[.,/ _-][0-9])/gu;
// A split code that may as well be an amount or a thousands group (`2471.58`, `482.913`), a date (`24/11/26`,
// `24-11-26`) or a month (`2026-11`, `11-2026`): a code only with a link saying it is one (`482.913 is your code`),
// as a year is (`Amount 2471.58 OTP failed` is kept).
const AMBIGUOUS =
  /^(?:.*[./].*|(?:0[1-9]|[12][0-9]|3[01])[ _-](?:0[1-9]|1[0-2])[ _-][0-9]{2}|(?:0[1-9]|1[0-2])[ _-](?:0[1-9]|[12][0-9]|3[01])[ _-][0-9]{2}|(?:19|20)[0-9]{2}[ _-](?:0[1-9]|1[0-2])|(?:0[1-9]|1[0-2])[ _-](?:19|20)[0-9]{2})$/;
// The clause a code is given in ends at a line, a comma or semicolon, or a sentence's end (not a domain's dot).
const CLAUSE_END = /[\n,;，；、]|[.!?。！？](?![\p{L}\p{N}])/u;
// A number standing alone between the code and the keyword (`2-step` is a word).
const OTHER_NUMBER = /(?<![\p{L}\p{N}])[0-9]+(?![0-9]|-?\p{L})/u;
// Between the code and its keyword: no negation or "number" in scripts without spaces (`是订单号不是验证码`).
const NOT_CODE = /[不没沒号號和或但]/u;
// "Enter 482913 to verify": a code given with what it does, no keyword.
const ENTER_TO =
  /(?<![\p{L}])(?:enter|use|type|input) +(?:(?:the )?code +)?([0-9]{4,8}|[0-9]{3} [0-9]{3})(?![0-9]|[.,/-][0-9]) +to +(?:verify|confirm|sign in|log in|login|continue|complete|reset|authenticate)(?!\p{L})/giu;
// Turkish says "your" and "is" with suffixes on the keyword: `482913 doğrulama kodunuz`, `… kodunuzdur`, `482913
// tek kullanımlık şifreniz` (R10-6, R11-1; as normalised, ı read as i).
const TR_COPULA = /^ +((?:\p{L}+ +){0,2})(?:kod|sifre|parola|otp|pin)(?:['’]?(?:unuz|un|um|u|iniz|in|im|niz|nuz|n|m)(?:[dt][iu]r)?|[dt][iu]r)(?!\p{L})/iu;

// Before the bare "code" (`482913 is your pickup code`, `… ваш трек-код`), a word in small letters names the code: a
// pickup, ticket, locker or gift card code is no secret, unless the word is a possessive, an article or says the
// code is one-time or secret (`482913 ist Ihr einmaliger Code`).
const GENERIC = new Set(
  [
    ...['is', 'was', 'your', 'ur', 'my', 'our', 'the', 'ist', 'ihr', 'ihre', 'dein', 'deine', 'euer', 'der', 'die', 'das', 'es', 'tu', 'su', 'el'],
    ...['est', 'votre', 'ton', 'le', 'la', 'seu', 'sua', 'teu', 'tua', 'il', 'tuo', 'suo', 'vostro', 'ваш', 'ваша', 'твой', 'это', 'one-time'],
    ...['onetime', 'temporary', 'secret', 'security', 'login', 'sign-in', 'access', 'einmaliger', 'einmalige', 'geheimer', 'temporaire', 'unique'],
    ...['temporal', 'temporario', 'temporaneo', 'segreto', 'secreto', 'new', 'neuer', 'nouveau', 'nuevo', 'novo', 'nuovo', 'новый'],
  ].map((w) => normalise(w)),
);
const named = (w: string | undefined): boolean => !!w && /^\p{Ll}{3,}-?$/u.test(w) && !GENERIC.has(w.replace(/-$/, ''));

// After a keyword, its own value or the mask it left (`482913 is your code: 1234`, `4829 PIN ••••••`).
const OWN_VALUE = new RegExp(`^[ :：=-]*(?:[0-9]|${CODE_MASK})`, 'u');

/** Codes given before their keyword (see FIRST_VALUE and NOT_BETWEEN), in normalised text. */
function codesFirst(stops: string): Found[] {
  if (!codeFirst) {
    const named = [...PUBLIC_CODES, ...[...tables.values()].flatMap((x) => x.publicCodes ?? [])];
    const names = `(?:(?<![\\p{L}\\p{N}])(?:${alternatives(named, true)})(?!\\p{L})|${alternatives(named, false)})`;
    codeFirst = {
      value: FIRST_VALUE,
      link: new RegExp(`[ -]*(?:(?<![\\p{L}])(?:${alternatives(CODE_FIRST_LINKS, true)})(?!\\p{L})|${alternatives(CODE_FIRST_LINKS, false)})[ -]*`, 'iuy'),
      // A public code's name right after the keyword (`código de seguimiento`, `code de suivi`, `код заказа`,
      // `رمز الطلب`, `รหัสพัสดุ`: R11-7); in a script without spaces glued to it.
      publicAfter: new RegExp(`^[ -]*(?:(?:de|do|da|di|del|du|des|of|for|von)[ -]+)?${names}`, 'iu'),
      // … or anywhere between the code and the keyword (`是您的会员代码`, `is your order PIN`).
      publicIn: new RegExp(names, 'iu'),
      stop: new RegExp(`(?<![\\p{L}])(?:${alternatives(NOT_BETWEEN, true)}|${alternatives(NOT_BETWEEN, false)})(?!\\p{L})`, 'iu'),
    };
  }
  const { value, link, publicAfter, publicIn, stop } = codeFirst;
  const { key } = patterns();
  const { publicCode } = ordinaryWords();
  const out: Found[] = [];
  value.lastIndex = 0;
  for (let v = value.exec(stops); v; v = value.exec(stops)) {
    const a = v.index + v[0].length - v[1].length;
    const b = v.index + v[0].length;
    // The last group of a longer number or of a masked card (`卡號4539 1488 0343 6467 末三碼…`, read again as
    // `卡號•••• 6467 末三碼…`: a card's last four, which stay shown) is no code of its own.
    if (/[0-9•][ .-]?$/.test(stops.slice(Math.max(0, a - 2), a))) continue;
    // `Order 482913 — your code follows`, `订单号482913`: the number is the public code named before it.
    const before = stops.slice(Math.max(0, a - 24), a);
    if (publicCode.test(before.replace(/[ #:№.-]+$/u, ''))) continue;
    // R22-12: a card's last four after the card's name or its "ending" (`my card ending 4829 PIN blocked`, `debit card
    // 4829 pin blocked`, `карта *4829 пин …`, `끝자리 4829 카드 비밀번호 잠김`): kept, as the form asks for them.
    // Not with "is", "was" or `=` after it (`my card 1234 is my PIN`, `They stole my card. 4829 was the PIN`: R23-2).
    if (b - a === 4 && (CARD_BEFORE.test(before) || ENDING.test(before)) && !((link.lastIndex = b), link.test(stops)) && !WAS.test(stops.slice(b, b + 16)))
      continue;
    // R14-16: an amount, with its currency before it or a currency or unit after it (`Rs 1500 OTP not received`,
    // `支付1500元的验证码`, `1500円の認証コード`, `15000원 결제 인증번호`), is no code.
    if (CURRENCY_BEFORE.test(stops.slice(Math.max(0, a - 6), a)) || ordinaryWords().amount(` ${stops.slice(a, b + 24)}`, false)) continue;
    const tr = TR_COPULA.exec(stops.slice(b, b + 64));
    if (tr && !publicIn.test(tr[1])) {
      out.push({ a, b, kind: 'secret', mask: CODE_MASK });
      continue;
    }
    // The first keyword in the code's clause, in a bounded window: linear in the text.
    let window = stops.slice(b, b + 64);
    const end = CLAUSE_END.exec(window);
    if (end) window = window.slice(0, end.index + 1);
    key.lastIndex = 0;
    const m = key.exec(window);
    key.lastIndex = 0;
    if (!m) continue;
    const gap = window.slice(0, m.index);
    const rest = window.slice(m.index + m[0].length);
    const words = gap
      .trim()
      .split(/ +/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w));
    // A year (`2024 my PIN was stolen`) is a code only with a link saying it is one (`2024 is my PIN`).
    const year = (/^(?:19|20)[0-9]{2}$/.test(v[1]) || AMBIGUOUS.test(v[1])) && !((link.lastIndex = b), link.test(stops) && link.lastIndex === b + gap.length);
    if (
      year ||
      gap.length > 32 ||
      words.length > 5 ||
      CLAUSE_END.test(gap) ||
      OTHER_NUMBER.test(gap) ||
      NOT_CODE.test(gap) ||
      stop.test(gap) ||
      publicIn.test(gap) ||
      /^['’]s(?!\p{L})/u.test(rest) ||
      (m[5] !== undefined && named(words[words.length - 1])) ||
      publicAfter.test(rest) ||
      // `482913 is your code: 1234`: the keyword gives its own value, or had it masked (`4829 PIN ••••••`; not a bullet:
      // `482913 is the OTP • …`, R23-1).
      OWN_VALUE.test(rest)
    )
      continue;
    out.push({ a, b, kind: 'secret', mask: CODE_MASK });
  }
  ENTER_TO.lastIndex = 0;
  for (let m = ENTER_TO.exec(stops); m; m = ENTER_TO.exec(stops)) {
    const a = m.index + m[0].indexOf(m[1], m[0].search(/[0-9]/));
    out.push({ a, b: a + m[1].length, kind: 'secret', mask: CODE_MASK });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------- public

/** Where a text holds a full card number, a CVV, PIN, password or one-time code: spans of the original text. */
export function findSensitive(text: string, watch: Watch = {}, fields?: string[]): SensitiveSpan[] {
  if (typeof text !== 'string' || !text) return [];
  const t = normalise(text);
  // The fields of one form read together (redactFields): a value or a card's CVV never runs on into the next field
  // (R8-12: `my PIN is 1234` | `5678 9012 arrived` lost the second note). `stops` is `t` with a line break there.
  let stops = t;
  if (fields) {
    const at = new Set<number>();
    fields.reduce((n, f) => {
      const end = n + normalise(f).length;
      at.add(end);
      return end + 1;
    }, 0);
    stops = t.replace(/ /g, (c, i: number) => (at.has(i) ? '\n' : c));
  }
  const found = [...cards(t, watch, stops), ...secrets(t, watch.partialSecrets, text, stops), ...codesFirst(stops)].sort(
    (x, y) => x.a - y.a || y.b - x.b || (x.card ? -1 : y.card ? 1 : x.kind === 'card' ? -1 : 1),
  );
  const kept: Found[] = [];
  for (const f of found) {
    const last = kept[kept.length - 1];
    if (f.card) watch.known?.add(f.card);
    // Overlapping spans are masked together: nothing of either is left, and the last four shown are those of
    // the card that ends last (the first one's "last four" may be the middle of the second).
    if (last && f.a < last.b) {
      if (f.b > last.b && f.kind === 'card') last.mask = f.mask;
      last.b = Math.max(last.b, f.b);
    } else kept.push({ ...f });
  }
  const where = origins(
    text,
    kept.flatMap((f) => [f.a, f.b - 1]),
  );
  return kept.map((f, i) => ({ start: where[2 * i][0], end: invisibleAfter(text, where[2 * i + 1][1]), kind: f.kind, mask: f.mask }));
}

/** The end of a span with the invisible characters right after it (a keycap's U+FE0F U+20E3) taken in. */
function invisibleAfter(text: string, end: number): number {
  for (let c = text.codePointAt(end); c !== undefined && c > 0x7e && !fold(String.fromCodePoint(c)); c = text.codePointAt(end)) end += c > 0xffff ? 2 : 1;
  return end;
}

/** Whether the character at `i` (or the surrogate pair ending there) is a digit of any script or form. */
function digitAt(text: string, i: number): boolean {
  const low = i > 0 && /[\udc00-\udfff]/.test(text[i]) && /[\ud800-\udbff]/.test(text[i - 1]);
  // As the detector reads it: a circled ④ or a full stop digit ⒋ is a digit too.
  return /[0-9]/.test(fold(String.fromCodePoint(text.codePointAt(low ? i - 1 : i) ?? 32)));
}

function apply(text: string, spans: SensitiveSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.mask;
    at = s.end;
  }
  return out + text.slice(at);
}

/** The text with each card number replaced by `•••• 1111` and each secret by `••••••`; the rest unchanged. */
export function redact(text: string, watch?: Watch): Redacted {
  const spans = findSensitive(text, watch);
  return { text: apply(text, spans), cards: spans.filter((s) => s.kind === 'card').length, secrets: spans.filter((s) => s.kind === 'secret').length };
}

/**
 * Redacts the fields of one form together, so that a card number split across two adjacent fields is found:
 * the fields are read in order, one line each. A card's part in an earlier field becomes `••••`.
 */
export function redactFields(texts: string[], watch?: Watch): Redacted[] {
  const joined = texts.join('\n');
  const spans = findSensitive(joined, watch, texts);
  const more = watch?.startedCards ? startedParts(texts) : [];
  const fours = watch?.startedCards ? lastFourParts(texts) : [];
  let offset = 0;
  return texts.map((text, n) => {
    const end = offset + text.length;
    const own: SensitiveSpan[] = [];
    for (const s of spans) {
      if (s.end <= offset || s.start >= end) continue;
      const last = s.end <= end;
      let from = Math.max(s.start, offset) - offset;
      let to = Math.min(s.end, end) - offset;
      // A card split across fields: only the digits in each field are its part; the words of a field between
      // them ("4111 1111" | "x" | "1111 1111") are the user's and kept.
      if (s.kind === 'card' && (s.start < offset || !last)) {
        while (from < to && !digitAt(text, from)) from++;
        while (to > from && !digitAt(text, to - 1)) to--;
        if (from === to) continue;
      }
      own.push({ ...s, start: from, end: to, mask: last || s.kind === 'secret' ? s.mask : '••••' });
    }
    for (const s of [...(more[n] ?? []), ...(fours[n] ?? [])]) if (!own.some((o) => o.start < s.end && s.start < o.end)) own.push(s);
    own.sort((x, y) => x.start - y.start);
    offset = end + 1;
    return { text: apply(text, own), cards: own.filter((s) => s.kind === 'card').length, secrets: own.filter((s) => s.kind === 'secret').length };
  });
}

/**
 * A card's first part left at the end of a field, judged in that field alone, and the digits that continue it
 * at the start of the next field while they are fewer than the card needs: `card 4539 1488 0343 6` and `46`
 * are both `••••` (issue 13, R6-0: read together the first part was no longer "started" once the next field
 * held a digit, and 15 digits and the Luhn digit went out). A first part too short to be masked on its own
 * (`card 4539 1488 034`, under 12 digits: shown as typed) is carried on too, so the digits continuing it are
 * masked (R7-1: split after 3 to 11 digits, the second field gave the rest but the Luhn digit). Once the card
 * is whole, the joined reading masks it.
 */
function startedParts(texts: string[]): SensitiveSpan[][] {
  let carry = '';
  return texts.map((text) => {
    const out: SensitiveSpan[] = [];
    // Only a field that starts with digits (after spaces or separators) continues a number.
    if (carry && /^[^\p{L}\p{N}]{0,8}\p{N}/u.test(text)) {
      // The first part's digits and the field, read as the user typed them on: a run that may still become the card,
      // once it holds as many digits as a first part masked on its own (fewer show no more than that part would).
      const joined = `${carry} ${text}`;
      for (const s of findSensitive(joined, { partialCards: true }))
        if (
          s.kind === 'card' &&
          s.start < carry.length &&
          s.end > carry.length + 1 &&
          normalise(joined.slice(s.start, s.end)).replace(/\D/g, '').length >= STARTED
        ) {
          let from = 0;
          while (from < s.end - carry.length - 1 && !digitAt(text, from)) from++;
          out.push({ ...s, start: from, end: s.end - carry.length - 1, mask: '••••' });
        }
    }
    for (const s of findSensitive(text, { startedCards: true })) if (s.kind === 'card' && s.mask === '••••') out.push(s);
    // What the field ends with after its last letter, when it holds a digit: the first part of a number the next
    // field may continue (a card has at most 19 digits: its last 64 characters are enough).
    let i = text.length;
    while (i > 0 && text.length - i < 64 && !/\p{L}/u.test(text[i - 1])) i--;
    // A card whole at the end of the field is not continued by the next (R8-12: `… 6467` | `123 Main Street`).
    carry = /\p{N}/u.test(text.slice(i)) && !findSensitive(text.slice(i)).some((s) => s.kind === 'card') ? text.slice(i) : '';
    return out;
  });
}

/**
 * A card's first 11 to 15 digits in one field and its last four alone in another, anywhere in the form (the call
 * form asks for the last four digits in a field of their own): the first part is masked as `••••` when the two
 * together are a card (prefix, length, Luhn; R8-13). A field holding only four digits is such a last four.
 */
function lastFourParts(texts: string[]): SensitiveSpan[][] {
  const fours = texts.map((x) => normalise(x).trim()).filter((x) => /^[0-9]{4}$/.test(x));
  return texts.map((text) => {
    const t = normalise(text);
    const gs = groups(t);
    const out: SensitiveSpan[] = [];
    for (const [i, j] of fours.length ? runs(gs) : []) {
      const d = digitsOf(t, gs, i, j);
      if (d.length < 11 || d.length > 15 || t[gs[i].s - 1] === '+' || !fours.some((f) => isCard(d + f))) continue;
      const [[start], [, end]] = origins(text, [gs[i].s, gs[j].e - 1]);
      out.push({ start, end, kind: 'card', mask: '••••' });
    }
    return out;
  });
}

/** True when a name or label names a secret ("PIN", "Password", "验证码", "كلمة المرور"): a field so named holds one. */
export function namesSecret(label: string): boolean {
  const { key } = patterns();
  key.lastIndex = 0;
  const t = normalise(label);
  let found = false;
  // VALUE_ONLY words are written as normalised.
  for (let m = key.exec(t); m && !found; m = key.exec(t)) found = !VALUE_ONLY.includes(m[0]) && m[5] === undefined && m[6] === undefined;
  key.lastIndex = 0;
  return found;
}

/** True when the text holds a full card number of a known network (prefix, length and Luhn), however written. */
export function hasCardNumber(text: string): boolean {
  return findSensitive(text).some((s) => s.kind === 'card');
}

/** Replaces every full card number in the text with its last four digits: `•••• 1111`. Secrets are left. */
export function maskCardNumbers(text: string): string {
  return apply(
    text,
    findSensitive(text).filter((s) => s.kind === 'card'),
  );
}

/** True when the text gives a CVV, PIN, password or one-time code. */
export function hasSecret(text: string): boolean {
  return findSensitive(text).some((s) => s.kind === 'secret');
}

/** True when the text must never be stored as is: a full card number or a secret. */
export function isSensitive(text: string): boolean {
  return findSensitive(text).length > 0;
}

/** True when any text in the data (strings and numbers, at any depth, each on its own) is sensitive. */
export function hasSensitiveData(data: unknown, depth = 0): boolean {
  if (typeof data === 'string') return isSensitive(data);
  if (typeof data === 'number') return isSensitive(String(data));
  if (!data || typeof data !== 'object' || depth > 20) return false;
  return Object.values(data).some((v) => hasSensitiveData(v, depth + 1));
}
