import { dict } from '../../internal/dict.js';
import { LETTER_OR_DIGIT } from './faq.search.js';

/** Questions shown under an open answer at most. */
export const RELATED = 3;

/**
 * Words too common in questions to relate two of them, after folding (English, Chinese, Arabic: the shipped
 * languages). Words shorter than three letters (two for Chinese, Japanese and Korean) never count either.
 */
const COMMON = new Set(
  (
    'the and for with what how can does did why when where who which you your are was were this that from have has not but will about into ' +
    'there their they them its our any all get use after before should would could ' +
    '什么 如何 怎么 怎样 为什么 可以 我的 是否 哪些 ' +
    'ماذا كيف لماذا متى أين التي الذي هذا هذه يمكنني يمكن'
  )
    .split(' ')
    .map((w) => w.normalize('NFKD').replace(/\p{M}/gu, '')),
);
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
let words: Intl.Segmenter | undefined;

/**
 * The significant words of a folded question, as `Intl.Segmenter` splits them (Chinese and Japanese, which
 * have no spaces, by its dictionary).
 */
export function significant(folded: string): Set<string> {
  words ??= new Intl.Segmenter(undefined, dict<Intl.SegmenterOptions>({ granularity: 'word' }));
  const out = new Set<string>();
  for (const { segment, isWordLike } of words.segment(folded)) {
    // Firefox marks Chinese words its dictionary lacks as not word-like: see words() in faq.search.ts.
    if ((isWordLike || LETTER_OR_DIGIT.test(segment)) && segment.length >= (CJK.test(segment) ? 2 : 3) && !COMMON.has(segment)) out.add(segment);
  }
  return out;
}

/**
 * Up to RELATED other entries of `list` related to `list[at]`: those of the same category first, then those
 * sharing the most significant words of the question; ties in the merchant's order. Never the entry itself;
 * none when nothing is related.
 */
export function relatedTo<T>(list: readonly T[], at: number, category: (t: T) => string | undefined, wordsOf: (t: T) => Set<string>): T[] {
  const mine = wordsOf(list[at]);
  const cat = category(list[at]);
  const scored: [same: number, shared: number, i: number][] = [];
  list.forEach((other, i) => {
    if (i === at) return;
    const same = +(!!cat && category(other) === cat);
    let shared = 0;
    if (mine.size) for (const w of wordsOf(other)) shared += +mine.has(w);
    if (same || shared) scored.push([same, shared, i]);
  });
  return scored
    .sort((a, b) => b[0] - a[0] || b[1] - a[1] || a[2] - b[2])
    .slice(0, RELATED)
    .map(([, , i]) => list[i]);
}
