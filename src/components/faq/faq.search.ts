// The FAQ's search, as pure functions (no DOM): words, synonyms, typo tolerance and ranking.
import { dict } from '../../internal/dict.js';

/**
 * Letters folded beyond accents, as people type them. Arabic as Lucene's ArabicNormalizer folds it (after Larkey,
 * Ballesteros and Connell, "Light Stemming for Arabic Information Retrieval", 2007): harakat and the hamza or madda
 * on alef go with the marks (`أ إ آ` → `ا`, by NFKD), teh marbuta is heh (`ة` → `ه`)
 * and alef maksura is yeh (`ى` → `ي`): `كلمه` finds `كلمة`, `علي` finds `على`. Latin letters with no Unicode
 * decomposition as Lucene's ASCIIFoldingFilter folds them (after ICU's Latin-ASCII transform): `ß` `œ` `æ` `đ` `ð`
 * `ø` `ł` `ı` `þ` → `ss` `oe` `ae` `d` `d` `o` `l` `i` `th`, so `strasse` finds `Straße`, `coeur` `cœur` and `don hang`
 * `đơn hàng`. Every apostrophe is the ASCII one (’ ‘ ʼ; NFKD already makes ＇ one): `can't` finds `can’t`.
 */
const LETTER = /[ةىßœæđðøłıþ’‘ʼ]/g;
const FOLDS: Record<string, string> = {
  ة: 'ه',
  ى: 'ي',
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
  đ: 'd',
  ð: 'd',
  ø: 'o',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  '’': "'",
  '‘': "'",
  ʼ: "'",
};

/**
 * Case- and accent-insensitive form of a text: `Café` → `cafe`, `Straße` → `strasse`; Chinese is unchanged; marks
 * and the letters above folded (see LETTER). A few letters become two (`ß` → `ss`): the highlight maps each folded
 * unit back to its source character (see SupportFaqItem.matchRanges).
 */
export const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(LETTER, (c) => FOLDS[c]);

/**
 * The stem of an English query word (ASCII letters): the S-stemmer's plurals (Harman, "How effective is
 * suffixing?", JASIS 42(1), 1991: `-ies`, `-s` but not `-ss` or `-us`) and step 1b of Porter's algorithm
 * ("An algorithm for suffix stripping", 1980: `-ed`, `-ing` after a vowel, a doubled last consonant undone), with
 * no `e` put back: words match inside longer words, so `refund` finds `refunded` and `charg` finds `charge`.
 * A stem shorter than four letters is not used (`used`, `during` stay whole).
 */
export function stem(word: string): string {
  if (/[^a-z]/.test(word)) return word;
  const cut = word.replace(/(ies|(?<![su])s|ed|ing)$/, '');
  const s = /(ed|ing)$/.test(word) ? cut.replace(/([^aeiou])\1$/, '$1') : cut;
  return s.length > 3 && /[aeiouy]/.test(s) ? s : word;
}

/** Chinese, Japanese and Korean letters: word boundaries come from segmentation there, and no typo is ever assumed. */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
/** Runs of letters (a word of the vocabulary: no digits, no CJK). */
const LETTERS = /\p{L}+/gu;
/** A segment holding a letter or digit: a word, whatever the segmenter says. */
export const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A letter or digit that continues a word: CJK characters never do (each match among them counts as a word). */
const WORDY = /[\p{L}\p{N}]/u;

/** Query words searched at most: the rest of a pasted essay is ignored, so a keystroke stays bounded. */
export const MAX_TERMS = 16;
/** Query words at most this long get typo tolerance (a longer one is no typing mistake). */
const MAX_TYPO = 40;

let segmenter: Intl.Segmenter | undefined | null;

/**
 * The words of a text, folded: `Intl.Segmenter` words where the browser has it (Chinese `退款多久` → `退款`, `多久`),
 * else the folded text split at white space.
 */
export function words(text: string): string[] {
  const folded = fold(text);
  segmenter ??= typeof Intl.Segmenter === 'function' ? new Intl.Segmenter(undefined, dict<Intl.SegmenterOptions>({ granularity: 'word' })) : null;
  if (!segmenter) return folded.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  // Firefox marks Chinese words its dictionary lacks as not word-like (`退钱`, `多久`): a segment with a letter or
  // digit is a word wherever the browser's data ends.
  for (const s of segmenter.segment(folded)) if (s.isWordLike || LETTER_OR_DIGIT.test(s.segment)) out.push(s.segment);
  return out;
}

/** True when `a` and `b` are one edit apart: a letter inserted, deleted, replaced, or two neighbours swapped (Damerau). */
export function oneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (a === b || Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la > lb) return a.slice(i + 1) === b.slice(i);
  if (la < lb) return a.slice(i) === b.slice(i + 1);
  return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/**
 * The words a typo tolerant search may read `word` as: those of the vocabulary one edit away, for a word of five
 * or more letters and never for Chinese, Japanese or Korean (as Algolia and Zendesk Guide do: one typo from
 * five letters; https://www.algolia.com/doc/guides/managing-results/optimize-search-results/typo-tolerance/).
 */
export function typos(word: string, vocabulary: Iterable<string>): string[] {
  const n = [...word].length;
  if (n < 5 || n > MAX_TYPO || CJK.test(word) || /[^\p{L}]/u.test(word)) return [];
  const out: string[] = [];
  for (const v of vocabulary) if (oneEdit(word, v)) out.push(v);
  return out;
}

/**
 * Adds the words a typo could mean (letters only, four or more, no CJK) of a folded text to `vocabulary`, and
 * every run of letters to `parts` (the halves a query word written joined may be split into, see joins).
 */
export function addWords(folded: string, vocabulary: Set<string>, parts?: Set<string>): void {
  for (const [w] of folded.matchAll(LETTERS)) {
    parts?.add(w);
    if (w.length > 3 && !CJK.test(w)) vocabulary.add(w);
  }
}

/**
 * A query word written as one that the FAQ writes as two (`login`, `signin`, `twofactor`, `cant` for `log in`,
 * `sign in`, `two-factor`, `can't`): the word cut in two wherever both halves are words of the FAQ (`parts`),
 * joined by a space, a hyphen or an apostrophe, as Elasticsearch's word-delimiter and shingle filters match a
 * compound against its parts. Letters only, no CJK (segmentation decides there).
 */
export function joins(word: string, parts: ReadonlySet<string>): string[] {
  const out: string[] = [];
  if (word.length < 3 || word.length > MAX_TYPO || CJK.test(word) || /[^\p{L}]/u.test(word)) return out;
  for (let k = 1; k < word.length; k++) {
    const [a, b] = [word.slice(0, k), word.slice(k)];
    if (parts.has(a) && parts.has(b)) out.push(`${a} ${b}`, `${a}-${b}`, `${a}'${b}`);
  }
  return out;
}

/** Synonyms by the words of one phrase (`money back` → its words joined by a space): each group's phrases, folded. */
export type Synonyms = Map<string, string[]>;

/** The folded form a phrase is found as in a text: white space collapsed. */
const phrase = (s: string): string => fold(s).replace(/\s+/g, ' ').trim();

/** A synonym table from groups of words or phrases that mean the same (`[["refund", "money back"]]`). */
export function synonymTable(groups: readonly (readonly string[])[]): Synonyms {
  const table: Synonyms = new Map();
  for (const group of groups) {
    const forms = group.map(phrase).filter(Boolean);
    for (const p of group) {
      const key = words(p).join(' ');
      if (key) table.set(key, [...new Set([...(table.get(key) ?? []), ...forms])]);
    }
  }
  return table;
}

/** A built-in list as the locale files write it: groups separated by `;`, the phrases of a group by `,`. */
export const parseGroups = (list: string): string[][] =>
  list.split(';').map((g) =>
    g
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean),
  );

/** One word (or synonym phrase) of a query: an item matches it when it holds any of `alts`; `typo` are the words read as typos. */
export interface Term {
  alts: string[];
  typo: string[];
}

/**
 * The terms of a query: its words (at most MAX_TERMS, repeats once), a run of words that is a synonym phrase
 * taken as one term with its synonyms; `typo(word)` gives the vocabulary's words a word may be a typo of, and
 * `parts` the FAQ's words, which a word written joined is split into (see joins). Two words in a row that the
 * FAQ writes as one (`sign in`, `signin`) each count that one as a whole word too.
 */
export function terms(query: string, synonyms: Synonyms, typo: (word: string) => string[], parts: ReadonlySet<string> = new Set()): Term[] {
  const ws = words(query.slice(0, 1_000));
  // A query of no words (`?`, `+`) is looked for as written; one that folds to nothing, not at all.
  const whole = phrase(query.slice(0, 1_000));
  if (!ws.length) return whole ? [{ alts: [whole], typo: [] }] : [];
  let longest = 1;
  for (const key of synonyms.keys()) longest = Math.max(longest, key.split(' ').length);
  const out: Term[] = [];
  const seen = new Set<string>();
  let last: [string, Term] | undefined;
  for (let i = 0; i < ws.length && out.length < MAX_TERMS;) {
    let n = Math.min(longest, ws.length - i);
    while (n > 1 && !synonyms.has(ws.slice(i, i + n).join(' '))) n--;
    const key = ws.slice(i, i + n).join(' ');
    i += n;
    if (seen.has(key)) continue;
    seen.add(key);
    // One word: also its English stem (`refunded` → `refund`), whose synonyms count as the word's, and the word
    // without its apostrophe (`can't` → `cant`).
    const st = n === 1 ? stem(key) : key;
    // Never an empty form: every text holds it, and the highlight would look for it without end.
    const alts = [...new Set([key, st, key.replace(/'/g, ''), ...(synonyms.get(key) ?? synonyms.get(st) ?? []), ...(n === 1 ? joins(key, parts) : [])])].filter(
      Boolean,
    );
    const term = { alts, typo: n === 1 ? [...new Set([...typo(key), ...typo(st)])].filter((t) => !alts.includes(t)) : [] };
    out.push(term);
    const joined = last && n === 1 ? last[0] + key : '';
    if (parts.has(joined)) for (const t of [last![1], term]) t.alts.push(joined);
    last = n === 1 ? [key, term] : undefined;
  }
  return out;
}

/** True when a folded text holds every term (in any of its forms). */
export const matches = (text: string, list: readonly Term[]): boolean =>
  list.every((t) => t.alts.some((a) => text.includes(a)) || t.typo.some((a) => text.includes(a)));

/**
 * How well a folded text (its question first, `questionEnd` characters; from `otherStart` on, the item's question
 * in another language) matches the terms: per term its best place, a match in the question above any in the
 * answer above any in the other language, and in the first two a whole word above the start of a word above the
 * inside of one; a word read as a typo counts as the inside of one.
 */
export function score(text: string, questionEnd: number, otherStart: number, list: readonly Term[]): number {
  let total = 0;
  for (const t of list) {
    let best = 0;
    for (const [i, forms] of [t.alts, t.typo].entries())
      for (const a of forms)
        for (let at = text.indexOf(a), k = 0; at >= 0 && k < 20; at = text.indexOf(a, at + 1), k++) {
          const kind = i ? 1 : !wordy(text[at - 1], a[0]) ? (!wordy(text[at + a.length], a[a.length - 1]) ? 3 : 2) : 1;
          best = Math.max(best, at < otherStart ? kind + (at < questionEnd ? 3 : 0) : 0.5);
        }
    total += best;
  }
  return total;
}

/** True when `c` continues the word that `edge` (the match's letter beside it) is part of. */
const wordy = (c: string | undefined, edge: string): boolean => !!c && WORDY.test(c) && !(CJK.test(c) || CJK.test(edge));
