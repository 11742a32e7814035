import { stripBidi } from './bidi.js';
import { asciiDigit } from './digits.js';

/** ITU-T E.164 §6: a country code (no leading 0) and at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;
/** Letters on a telephone keypad, A to Z (ITU-T E.161 §4: ABC 2, DEF 3 … PQRS 7, TUV 8, WXYZ 9). */
const KEYPAD = '22233344455566677778889999';
/** What may stand between the digits of a written number (ITU-T E.123 §7: spaces; hyphens, dots, slashes, brackets as pages write them). */
const SEPARATORS = '\\s().\\/\\u2010-\\u2015\\u2212-';
const WRITTEN = new RegExp(`^\\s*\\+?[\\d${SEPARATORS}]+$`);
/** Country codes of one or two digits (ITU-T E.164 list of assigned country codes); all others have three. */
const CC = /^(?:[17]|2[07]|3[0-469]|4[013-9]|5[1-8]|6[0-6]|8[1246]|9[0-58])/;
/**
 * National (trunk) prefixes where they are not `0` (ITU Operational Bulletin, "Dialling procedures",
 * annex to ITU-T E.164): `1` in the NANP, `8` in Russia and Kazakhstan, `06` in Hungary, `80` in Belarus
 * (R11-14: Minsk `8 017 …` for +375 17 …). Not checked against a primary source: Belarus's E.164 plan
 * communication to the ITU was not found (2026-12). What was read: A1 (velcom), "The change of dialing rules",
 * 9 March 2010 (a1.by): domestic long distance `8 0` + city or network code, and `0` + code on its own mobile
 * network only; Wikipedia, "Telephone numbers in Belarus": trunk prefix `8`, dial tone, then `0` (`8~0`), a
 * move to `0` planned by Beltelecom. So `80` is the form dialled from every network. None where the national
 * number is dialled as written (Italy's leading 0 is part of the number).
 */
const TRUNK: Record<string, string> = { 1: '1', 7: '8', 36: '06', 375: '80' };
const NO_TRUNK = /^(?:30|34|39|45|47|52|65|29[89]|35[0-2467]|37[1268]|423|85[23]|96[58]|97[34])$/;
/**
 * National numbers dialled as written although the country has a trunk prefix: the NANP's ten digits, whose `1`
 * is a toll prefix that 10-digit dialling leaves out (NANP Administration, "About the NANP"; ATIS-0300076, the
 * NANP numbering guidelines); China's mobile (1xx) and nationwide service numbers (400, 800), dialled without the
 * `0` of its area codes (MIIT, 电信网编号计划 2017, the telecommunications network numbering plan): mobiles are 11
 * digits from 13 to 19, 400/800 numbers 10 digits. Other numbers starting 1 are not mobiles: 10xxx are carriers'
 * service numbers (10086), and `10 8888 6666` is Beijing (010) without its 0 (R11-5).
 */
const AS_WRITTEN: Record<string, RegExp> = { 1: /^/, 86: /^(?:1[3-9]\d{9}|[48]00\d{7})$/ };
/**
 * The NANP's written shapes, `(NXX) NXX-XXXX` and `NXX-NXX-XXXX` (NANP Administration, "About the NANP"; ATIS-0300076
 * writes numbers so): a national number in them reads as a North American one, `(312) 345-6789` as Chicago for
 * an Italian mobile (R11-10). China writes its 10-digit 400/800 numbers 3-3-4 with dashes (`400-820-8820`, the
 * form MIIT's 400 service rules and every carrier print), so those stay.
 */
// The area code's first digit is N, 2 to 9: a national form that starts with its trunk 0 (`050-123-4567`, a Saudi
// mobile as written there) is no North American number.
const NANP_SHAPE = /^\s*(?:\([2-9]\d{2}\)\s*|[2-9]\d{2}-)\d{3}-\d{4}\s*$/;
/**
 * The international prefix of the NANP, `011` (NANP Administration, "International dialing": 011 + country code
 * + number), standing for `+` when a space or separator follows it: `011 44 20 7946 0000` (R11-14). A national
 * number can begin 011 too (Riyadh `011 234 5678`, Sheffield `0114 …`), so both readings are tried.
 */
const NANP_INTL = new RegExp(`^(\\s*)011(?=[${SEPARATORS}]+[1-9])`);

/** The E.164 form of a number written with RFC 3966 visual separators (`+1 (800) 555-0100`); undefined if it is not one. */
export function e164(value: string): string | undefined {
  const tel = stripBidi(value).replace(/[ ().-]/g, '');
  return E164.test(tel) ? tel : undefined;
}

/**
 * A written number with the digits that input methods type for the languages shipped as ASCII: full-width
 * forms (Chinese and Japanese input methods: `１８００`, `＋`, `（`), Arabic-Indic `١٨٠٠` and Extended
 * Arabic-Indic (Persian, Urdu) `۱۸۰۰`. Digits of any other script (Bengali `৪` is a 4 that looks like 8,
 * Oriya `୨` a 2 that looks like 9), superscripts, circled or Roman numerals (`Ⅰ`) stay as they are, so the
 * text is not a number a user can check by reading.
 */
export function asciiDigits(text: string): string {
  return stripBidi(text)
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, asciiDigit);
}

/**
 * Letters that read as digits (`O` as 0, `I` and `l` as 1, `S` as 5, `B` as 8, `Z` as 2): a word made only of
 * them (`1-800-555-OIOO`) passes for digits, so it is not a vanity word.
 */
const LOOKS_LIKE_DIGITS = /^[OoIilSsBZz]+$/;

/**
 * What a written number dials: ASCII digits, and keypad letters as their digits only in whole vanity words
 * (ITU-T E.161: `1-800-FLOWERS`, `1-800-MY-APPLE`): two letters or more, not glued to a digit, not all
 * lookalikes of digits. A letter among digits (`555-O1OO`, `0l00`) is not mapped: the number differs.
 */
const dialText = (text: string): string =>
  asciiDigits(text).replace(/(?<![\p{L}\p{N}])[A-Za-z]{2,}(?![\p{L}\p{N}])/gu, (w) =>
    LOOKS_LIKE_DIGITS.test(w) ? w : w.replace(/[a-z]/gi, (l) => KEYPAD[l.toUpperCase().charCodeAt(0) - 65]),
  );

function parts(tel: string): [cc: string, nsn: string] {
  const cc = CC.exec(tel.slice(1))?.[0] ?? tel.slice(1, 4);
  return [cc, tel.slice(1 + cc.length)];
}

/**
 * Whether `written` (a display form) is the E.164 number `tel`: the same digits, of one script, after mapping
 * the scripts input methods type and the letters of vanity words (see asciiDigits, dialText), in the
 * international form (`+1 800 555 0100`, with `(0)` after the country code as pages write it, E.123 §2.5) or
 * the national form with its trunk prefix (`020 7946 0000`, `8 800 …`), or without one only where the country has
 * none (`912 34 56 78` for +34) or dials the number so (`AS_WRITTEN`: `(800) 555-0100`). Without it, `800 555 0100`
 * for +78005550100 reads as a North American toll-free number while it dials Russia (issue 13, R10-16).
 */
export function sameNumber(written: string, tel: string): boolean {
  // Digits of one script only: a number mixing them (`555 ٥1٥٥`, an Arabic-Indic 5 looks like a 0) reads as another.
  const zeros = new Set([...written].filter((c) => /\p{Nd}/u.test(c)).map((c) => c.codePointAt(0)! - Number(asciiDigit(c))));
  if (zeros.size > 1) return false;
  // A leading `00` is the international prefix of most countries (ITU-T E.164 annex A, ITU Operational Bulletin
  // "Dialling procedures": 00 in Europe, Africa, most of Asia), standing for `+`: `0044 20 7946 0000` is
  // +442079460000 (R9-15). No national number with its trunk prefix begins with 00, so nothing else reads so.
  const text = dialText(written).replace(new RegExp(`^(\\s*)00(?=[${SEPARATORS}]*[1-9])`), '$1+');
  if (!WRITTEN.test(text)) return false;
  return reads(text, tel) || (NANP_INTL.test(text) && reads(text.replace(NANP_INTL, '$1+'), tel));
}

function reads(text: string, tel: string): boolean {
  const [cc, nsn] = parts(tel);
  const trunk = NO_TRUNK.test(cc) ? '' : (TRUNK[cc] ?? '0');
  if (/^\s*\+/.test(text)) {
    // `(0)` after the country code says "leave this 0 out when dialling from abroad" (E.123 §2.5, `+44 (0)20 …`):
    // only true where the trunk prefix is 0 and the number does not itself begin with it. In Italy the 0 is
    // dialled from abroad too (+39 06 …), so `+39 (0)6 1234 5678` has the reader dial +39 6 … (R11-4).
    const zero = new RegExp(`^\\s*\\+\\s*${cc}[${SEPARATORS}]*\\(\\s*0\\s*\\)`);
    if (zero.test(text) && (trunk !== '0' || nsn.startsWith('0'))) return false;
    return text.replace(zero, cc).replace(/\D/g, '') === cc + nsn;
  }
  if (cc !== '1' && NANP_SHAPE.test(text) && !(cc === '86' && /^[48]00/.test(nsn))) return false;
  const digits = text.replace(/\D/g, '');
  return (!!trunk && digits === trunk + nsn) || (digits === nsn && (!trunk || !!AS_WRITTEN[cc]?.test(nsn)));
}

/**
 * Groups of a national number where the plan fixes them. The NANP (+1): a 3-digit area code, a 3-digit exchange,
 * 4 digits (NANP Administration, "About the NANP"). The United Kingdom as Ofcom's numbering plan writes them
 * (Ofcom, "The National Telephone Numbering Plan"; the formats tabled in "Telephone numbers in the United
 * Kingdom", Wikipedia): 02x xxxx xxxx (London 20, Cardiff 29, …), 011x and 01x1 xxx xxxx, the other 01xxx
 * xxxxxx, 07xxx xxxxxx, 03xx and 08xx xxx xxxx.
 */
const GROUPS: Record<string, [RegExp, number[]][]> = {
  1: [[/^\d{10}$/, [3, 3, 4]]],
  44: [
    [/^2\d{9}$/, [2, 4, 4]],
    [/^1(?:1\d|\d1)\d{7}$/, [3, 3, 4]],
    [/^[17]\d{9}$/, [4, 6]],
    [/^[38]\d{9}$/, [3, 3, 4]],
  ],
};

/**
 * An E.164 number for reading (ITU-T E.123 §2: the country code, then the national number, separated by spaces):
 * grouped as the plan fixes it (`GROUPS`: `+1 800 555 0100`, `+44 20 7946 0000`), else the national number as one
 * group, `+49 3012345678`: elsewhere area codes vary in length within a country (Germany: 2 to 5 digits, Berlin's
 * 30 and Bonn's 228), and a guessed split would be wrong.
 */
export function formatNumber(tel: string): string {
  const [cc, nsn] = parts(tel);
  const sizes = GROUPS[cc]?.find(([re]) => re.test(nsn))?.[1];
  if (!sizes) return `+${cc} ${nsn}`;
  let at = 0;
  return `+${cc} ${sizes.map((n) => nsn.slice(at, (at += n))).join(' ')}`;
}

// The parts of a number told in words (R6-4, R7-2). English, glued too ("thirtyfive", "twelvehundred") and as
// commonly misspelt ("fourty", "ninty").
const EN_UNIT = 'zero|two|three|four|five|six|seven|eight|nine';
const EN_TEEN = 'ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen';
const EN_TENS = '(?:twen|thir|fou?r|fif|six|seven|eigh|nine?)ty';
const EN_BIG = 'hundred|thousand|million';
// Arabic, written with ه for ة as most people type it, with dialect spellings (ت for ث: تلاتة, اتنين, تمانية)
// and duals (ألفين, مئتين, ميتين).
const AR_UNIT = 'صفر|اثن(?:ان|ين|تان)|اتن(?:ين|ان)|(?:ثلاث|تلات|[اأ]ربع|خمس|ست|سبع|ثماني?|تماني?|تسع)(?:[ةه]|ون|ين)?';
const AR_BIG =
  '(?:ثلاث|ثلث|تلات|[اأ]ربع|خمس|ست|سبع|ثمان|تمن|تسع)?م(?:ا|ي)?[ئي][ةه]|مئت(?:ان|ين|ي)|ميت(?:ين|ان)|عشر(?:[ةه]|ون|ين)?|[أاإآ]لف(?:ين|ان)?|[آا]لاف|مليون|ملايين';
const ZH_DIGIT = '[零〇一二三四五六七八九幺两壹贰貳叁參肆伍陆陸柒捌玖]';
const ZH_BIG = '[十百千拾佰仟廿卅]';
/**
 * A number told in words in the shipped languages: digit names ("nine zero zero", "تسعة" with و or ب attached),
 * teens, tens, hundreds, thousands and millions in English and Arabic ("Call twelve hundred", "ثمانمائة");
 * "one" and "واحد" only beside another number word ("one one one", not "Call one of our agents"); Chinese
 * numerals three in a row, a space, `、` or dash between them or not (九零零, 九 零 零), or a numeral with a
 * multiplier (八百, 一千, 廿四): 五一 and 十一 (the May Day and National Day holidays), 一一 and 万一 ("in case") are words.
 */
const NUMBER_WORDS = new RegExp(
  `(?<!\\p{L})[وب]?(?:${EN_TENS}(?:${EN_UNIT}|one)?(?:${EN_BIG})?|(?:${EN_UNIT}|${EN_TEEN}|one)?(?:${EN_BIG})|${EN_UNIT}|${EN_TEEN}|${AR_UNIT}|${AR_BIG}|(?:one|واحد[ةه]?)(?=[\\s-]+[وب]?(?:${EN_UNIT}|${EN_TEEN}|${EN_TENS}|${EN_BIG}|one|${AR_UNIT}|${AR_BIG}|واحد)(?!\\p{L})))s?(?!\\p{L})` +
    `|${ZH_DIGIT}(?:[\\s、，,\\-－]?${ZH_DIGIT}){2}|${ZH_DIGIT}[\\s、\\-－]?${ZH_BIG}|${ZH_BIG}${ZH_DIGIT}${ZH_BIG}?(?!期间|假期|黄金周|长假)`,
  'iu',
);

/**
 * Whether a link's text may stand for the number `tel` it dials: a text with no digit of any script, no
 * number told in words and no keypad letters after three digits ("Call us") stands for it; any other text
 * only when it shows that number (from its first `+` or digit to its last digit or capital letter, see
 * sameNumber). A number in words is never checked against the number dialled: it is refused.
 */
export function textFits(text: string, tel: string): boolean {
  const plain = asciiDigits(text);
  // Digits and numerals of every script count (a number written in Bengali digits reads as a number too); the
  // number is taken as written, so that sameNumber sees its scripts.
  // Found from each end, not by one pattern: `[+＋\p{N}][\s\S]*[…]` backtracked from every `+` to the text's end
  // (R7-16: a link text of 80 KB of `+a` took 9.5 s). The lookahead below runs only from a digit or capital and
  // stops at the next one: linear.
  const shown = stripBidi(text);
  const from = shown.search(/[+\uff0b\p{N}]/u);
  const last = /[\p{N}A-Z\uff21-\uff3a](?=[^\p{N}A-Z\uff21-\uff3a]*$)/u.exec(shown);
  const number = from >= 0 && last && last.index > from ? shown.slice(from, last.index + last[0].length) : '';
  // Tatweel (ـ) stretches Arabic letters without changing the word: ثـمـانـيـة.
  return !NUMBER_WORDS.test(plain.replace(/\u0640/g, '')) && (!/\p{N}/u.test(plain) || sameNumber(number, tel));
}
