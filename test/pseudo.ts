// A pseudo language built from English at test time (issue 20): every string 40% longer, its Latin letters
// accented, its `{placeholders}` and ICU plural syntax intact, as a long translation (German, Finnish, Russian)
// would stress the layout. Registered under `en-XA`, the private-use region Android and Chromium use for their
// accented pseudo-locale (BCP 47 reserves regions XA-XZ for private use: RFC 5646, 2.2.4).
import { registerLocale, type LocaleStrings } from '../src/index.js';
import { faq } from '../src/components/faq/faq.en.js';
import { hotline } from '../src/components/hotline/hotline.en.js';
import { callPrep } from '../src/components/call-prep/call-prep.en.js';
import { dispute } from '../src/components/dispute-checklist/dispute-checklist.en.js';
import { center } from '../src/components/center/center.en.js';

export const PSEUDO = 'en-XA';

const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹḾÑÖÞǪŔŠŢÛṼŴẊÝŽ';
const accent = (s: string): string => s.replace(/[a-zA-Z]/g, (c) => ACCENTED[PLAIN.indexOf(c)]);

/** The ICU syntax a message may hold, kept as it is: `{name}`, `{n, plural,`, `one {`, `=0 {`, `}` and `#`. */
const SYNTAX = /(\{\s*\w+\s*\}|\{\s*\w+\s*,\s*plural\s*,\s*|(?:=\d+|\b(?:zero|one|two|few|many|other))\s*\{|\}|#)/;

/** A stretch of prose made longer and accented: each word grows by 40% of its own letters ("Searchsea"). */
function stretch(prose: string): string[] {
  return prose.split(/(\p{L}+)/u).map((part, i) => {
    if (i % 2 === 0) return part;
    // A long word stays one unbreakable word, as German compounds are; capitals stay capitals ("PINPI").
    const tail = part === part.toUpperCase() ? part : part.toLowerCase();
    return part + tail.repeat(2).slice(0, Math.ceil(part.length * 0.4));
  });
}

/**
 * `text` in the pseudo language: its syntax kept, its prose 40% longer in all (the last word takes what the
 * words' own growth left missing) and accented. Prose with no letters (". ") stays as it is.
 */
export function pseudo(text: string): string {
  const parts = text.split(SYNTAX).map((part, i) => (i % 2 ? [part] : stretch(part)));
  const prose = (all: string[][]): number => all.filter((_, i) => i % 2 === 0).reduce((n, p) => n + p.join('').length, 0);
  const missing = Math.ceil(prose(text.split(SYNTAX).map((p) => [p])) * 1.4) - prose(parts);
  const last = parts.findLastIndex((p, i) => i % 2 === 0 && p.length > 1);
  if (last >= 0 && missing > 0) {
    const words = parts[last];
    const word = words[words.length - 2];
    words[words.length - 2] =
      word +
      word
        .toLowerCase()
        .repeat(Math.ceil(missing / word.length) + 1)
        .slice(0, missing);
  }
  return parts.map((p, i) => (i % 2 ? p[0] : accent(p.join('')))).join('');
}

/** Every string of English in the pseudo language. */
export function pseudoStrings(): LocaleStrings {
  const tables = { faq, hotline, callPrep, dispute, center };
  const out: Record<string, Record<string, string>> = {};
  for (const [section, table] of Object.entries(tables)) out[section] = Object.fromEntries(Object.entries(table).map(([k, v]) => [k, pseudo(v)]));
  return { dir: 'ltr', ...out } as LocaleStrings;
}

/** Registers the pseudo language under `en-XA` (idempotent: a later call only layers the same strings again). */
export const registerPseudo = (): void => registerLocale(PSEUDO, pseudoStrings());
