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
 * National numbers dialled as written although the country has a trunk prefix (the trunk form stays good too):
 * - +1: the NANP's ten digits, whose `1` is a toll prefix that 10-digit dialling leaves out (NANP Administration,
 *   "About the NANP"; ATIS-0300076, the NANP numbering guidelines).
 * - +86: China's mobiles, 11 digits from 13 to 19 (MIIT, 电信网编号计划 2017, the telecommunications network
 *   numbering plan; a `0` before a mobile only from a landline in another area). Other numbers starting 1 are not
 *   mobiles: 10xxx are carriers' service numbers (10086), and `10 8888 6666` is Beijing (010) without its 0 (R11-5).
 * - +91: India's mobiles, 10 digits from 6 to 9 (DoT, National Numbering Plan 2003, as amended; a `0` before them
 *   only from a landline: DoT circular of 20 November 2020 on TRAI's recommendations of 29 May 2020, "Ensuring
 *   Adequate Numbering Resources for Fixed Line and Mobile Services"). Delhi's `11 2345 6789` still needs its 0.
 * - +55: any Brazilian number with its 2-digit area code, `(11) 91234-5678`: Anatel's plans (Regulamento de
 *   Numeração do STFC; SMP numbering as amended by Resolução 553/2010, the ninth digit) have a long-distance call
 *   dialled as `0` + a carrier selection code + the area code, so no single trunk digit precedes the number as it
 *   is written. Not read here in Anatel's own text (2026-12): Anatel's 9XXXX-XXXX form as press reports quote it.
 */
const AS_WRITTEN: Record<string, RegExp> = { 1: /^/, 55: /^/, 86: /^1[3-9]\d{9}$/, 91: /^[6-9]\d{9}$/ };
/**
 * National numbers dialled only as written, never after the trunk prefix (R12-11, R12-12):
 * - +86: China's nationwide 400 and 800 numbers, 10 digits (MIIT, 电信网编号计划 2017): `0400-820-8820` dials nothing.
 * - +61: Australia's 13 (6 digits), 1300 and 1800 (10 digits) numbers (ACMA, Telecommunications Numbering Plan 2015,
 *   local rate and freephone numbers; the plan read in its 2023 compilation, its section numbers not checked
 *   here): `1300 123 456` is dialled so from anywhere in Australia; `01300 …` is no number.
 */
const ONLY_AS_WRITTEN: Record<string, RegExp> = { 61: /^1(?:3\d{4}|[38]00\d{6})$/, 86: /^[48]00\d{7}$/ };
/**
 * The NANP's written shapes, `(NXX) NXX-XXXX`, `NXX-NXX-XXXX` and `NXX.NXX.XXXX` (NANP Administration, "About the
 * NANP"; ATIS-0300076 writes numbers so; the dotted form is common on US pages): a national number in them reads
 * as a North American one, `(312) 345-6789` or `312.345.6789` as Chicago for an Italian mobile (R11-10, R12-9). A
 * bracketed 3-digit area code before 7 digits reads so whatever follows it (`(210) 1234567`). China writes its
 * 10-digit 400 numbers 3-3-4 with dashes (`400-820-8820`, the form MIIT's 400 service rules and every carrier
 * print), so those stay; 400 is no NANP area code in service.
 */
// The area code's first digit is N, 2 to 9: a national form that starts with its trunk 0 (`050-123-4567`, a Saudi
// mobile as written there) is no North American number.
const NANP_SHAPE =
  /^\s*(?:\(\s*[2-9]\d{2}\s*\)[\s.\u2010-\u2015\u2212-]*\d{3}[\s.\u2010-\u2015\u2212-]?\d{4}|[2-9]\d{2}[.\u2010-\u2015\u2212-]\d{3}[.\u2010-\u2015\u2212-]\d{4})\s*$/;
/**
 * The NANP's toll-free codes, 8YY: 800, 833, 844, 855, 866, 877, 888 (NANP Administration, toll-free codes; as
 * listed there, not re-read at the source here, 2026-12). A 10-digit national number starting with one, written
 * without its country's trunk prefix in any grouping, reads as a North American toll-free number: China's
 * `800 820 8820`, as Russia's `800 555 0100` (R10-16, R12-9). The international form (`+86 800 820 8820`) is shown.
 */
const NANP_TOLL_FREE = /^8(?:00|33|44|55|66|77|88)\d{7}$/;
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
 * forms (Chinese and Japanese input methods: `１８００`, `＋`, `（`), Arabic-Indic `١٨٠٠`, Extended
 * Arabic-Indic (Persian, Urdu) `۱۸۰۰`, Devanagari `०११` (hi) and Thai `๐๒` (th) (R12-12). Digits of any other script (Bengali `৪` is a 4 that looks like 8,
 * Oriya `୨` a 2 that looks like 9), superscripts, circled or Roman numerals (`Ⅰ`) stay as they are, so the
 * text is not a number a user can check by reading.
 */
export function asciiDigits(text: string): string {
  return stripBidi(text)
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]/g, asciiDigit);
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
  // Full-width digits are the ASCII ones as CJK input methods type them, the same shapes: `+81 ３-１２３４` is one script (R12-12).
  const zeroOf = (c: string): number => c.codePointAt(0)! - Number(asciiDigit(c));
  const zeros = new Set([...written].filter((c) => /\p{Nd}/u.test(c)).map((c) => (zeroOf(c) === 0xff10 ? 0x30 : zeroOf(c))));
  if (zeros.size > 1) return false;
  // A leading `00` is the international prefix of most countries (ITU-T E.164 annex A, ITU Operational Bulletin
  // "Dialling procedures": 00 in Europe, Africa, most of Asia), standing for `+`: `0044 20 7946 0000` is
  // +442079460000 (R9-15). No national number with its trunk prefix begins with 00, so nothing else reads so.
  const text = dialText(written).replace(new RegExp(`^(\\s*)00(?=[${SEPARATORS}]*[1-9])`), '$1+');
  if (!WRITTEN.test(text)) return false;
  // 011 stands for `+` only before another zone's country code: within the NANP, `011 1 800 …` is not dialled (R12-11).
  return reads(text, tel) || (NANP_INTL.test(text) && !tel.startsWith('+1') && reads(text.replace(NANP_INTL, '$1+'), tel));
}

function reads(text: string, tel: string): boolean {
  const [cc, nsn] = parts(tel);
  const only = !!ONLY_AS_WRITTEN[cc]?.test(nsn);
  const trunk = only || NO_TRUNK.test(cc) ? '' : (TRUNK[cc] ?? '0');
  if (/^\s*\+/.test(text)) {
    // `(0)` after the country code says "leave this 0 out when dialling from abroad" (E.123 §2.5, `+44 (0)20 …`):
    // only true where the trunk prefix is 0 and the number does not itself begin with it. In Italy the 0 is
    // dialled from abroad too (+39 06 …), so `+39 (0)6 1234 5678` has the reader dial +39 6 … (R11-4).
    const zero = new RegExp(`^\\s*\\+\\s*${cc}[${SEPARATORS}]*\\(\\s*0\\s*\\)`);
    if (zero.test(text) && (trunk !== '0' || nsn.startsWith('0'))) return false;
    return text.replace(zero, cc).replace(/\D/g, '') === cc + nsn;
  }
  if (cc !== '1' && NANP_SHAPE.test(text) && !(cc === '86' && /^400/.test(nsn))) return false;
  const digits = text.replace(/\D/g, '');
  if (cc !== '1' && digits === nsn && NANP_TOLL_FREE.test(nsn)) return false;
  return (!!trunk && digits === trunk + nsn) || (digits === nsn && (!trunk || only || !!AS_WRITTEN[cc]?.test(nsn)));
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
 * What is wrong with the length of an E.164 number where the library knows the plan, in words for the merchant's
 * console and the builder (c23-6); undefined when nothing is known to be wrong. Only the plans it formats:
 * - +1: the NANP's national numbers are 10 digits, NPA-NXX-XXXX, the area code (NPA) and the exchange (NXX) each
 *   starting 2 to 9 (NANP Administration, "About the NANP"; ATIS-0300076 §2).
 * - +44: national significant numbers of 10 digits, 9 for some 01 areas and 0800 numbers, 7 for two special
 *   numbers, 0800 1111 and 0845 4647 (Ofcom, "The National Telephone Numbering Plan"; the lengths as tabled in
 *   "Telephone numbers in the United Kingdom", Wikipedia: the plan's own tables were not read here, 2026-12).
 */
export function lengthProblem(tel: string): string | undefined {
  const [cc, nsn] = parts(tel);
  if (cc === '1') {
    if (nsn.length !== 10) return `${tel} has ${nsn.length} digits after +1, and a North American number has 10 (area code, exchange, line)`;
    if (!/^[2-9]\d{2}[2-9]/.test(nsn))
      return `${tel} is no North American number: its area code and its exchange (the 1st and 4th digits after +1) start with 2 to 9`;
  }
  if (cc === '44' && !(nsn.length === 10 || (nsn.length === 9 && /^(?:1|800)/.test(nsn)) || /^(?:8001111|8454647)$/.test(nsn))) {
    return `${tel} has ${nsn.length} digits after +44, and a UK number has 10 (9 for some 01 and 0800 numbers)`;
  }
  return undefined;
}

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
