import { unseen } from '../../internal/bidi.js';
import { expected, type Reporter } from '../../internal/config.js';
import { dict } from '../../internal/dict.js';
import { dirOfLang, full, match } from '../../internal/lang-match.js';

export { dirOfLang, match };

/** A question or answer per language, keyed by BCP 47 language tag: `{ "en": "…", "zh-CN": "…" }`. */
export type FaqTexts = Record<string, string>;

/** The best of `tags` for `wanted` (the first given among equals), or undefined when none serves it. */
function best(tags: readonly string[], wanted: string | undefined): string | undefined {
  let top: string | undefined;
  let score = 0;
  for (const tag of wanted ? tags : []) {
    const s = match(tag, wanted!);
    if (s > score) [top, score] = [tag, s];
  }
  return top;
}

/**
 * The language of `tags` to show to a reader of `wanted`: the best match (see `match`), else the merchant's
 * default language `fallback` (matched the same way), else the first language given.
 */
export function pickLang(tags: readonly string[], wanted: string, fallback?: string): string {
  return best(tags, wanted) ?? best(tags, fallback) ?? tags[0];
}

/** A valid BCP 47 tag in its canonical form (`zh-cn` → `zh-CN`), or undefined. */
export function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The name of language `tag` in language `inLang` (`zh-CN` in English: "Chinese"; `zh-TW`: "Traditional
 * Chinese"): the script is named only when it is not the language's usual one. The tag itself without Intl.
 */
export function languageName(tag: string, inLang: string): string {
  const l = full(tag);
  const name = l ? (full(l.language)?.script === l.script ? l.language : `${l.language}-${l.script}`) : tag;
  try {
    return new Intl.DisplayNames([inLang, 'en'], dict<Intl.DisplayNamesOptions>({ type: 'language' })).of(name) ?? tag;
  } catch {
    return tag;
  }
}

/** Nothing but invisible characters (white space, bidi and other format controls) in `value`, or no value at all: what a merchant left empty. */
const blank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && unseen(value));

/** What an item's field needs, said as the merchant would (the builder shows it beside the field). */
const NEEDS = { question: 'a question needs its text', answer: 'an answer needs its text', category: 'a category needs its name' };

/**
 * One field of a data item (`items[3].answer`): a string, or texts by language tag, checked with `need` (a
 * non-empty string, bidi controls removed). Returns the texts by canonical tag (a plain string under `''`),
 * or undefined when none is usable; each bad language or text is reported at its path. A field left empty
 * (missing, spaces, `{}` or only empty texts) is reported as what the merchant did ("this question is empty: a
 * question needs its text"), not as a JSON type they never wrote (C21b-3). Own keys only: a polluted Object.prototype
 * adds no language.
 */
export function textsOf(
  value: unknown,
  path: string,
  report: Reporter,
  need: (v: unknown, path: string) => string | undefined,
  field: keyof typeof NEEDS,
): Map<string, string> | undefined {
  const out = new Map<string, string>();
  const empty = `this ${field} is empty: ${NEEDS[field]}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    if (blank(value)) return void report(path, empty);
    const text = need(value, path);
    return text ? out.set('', text) : undefined;
  }
  const keys = Object.keys(value);
  const texts = value as FaqTexts;
  if (keys.every((key) => blank(texts[key]))) {
    report(path, empty);
    return undefined;
  }
  // No usable language at all: one report for the field, not one per key (a bad field is reported once).
  if (!keys.some((key) => canonical(key) && typeof texts[key] === 'string' && !blank(texts[key]))) {
    report(path, expected('a string, or texts by language like { "en": "…" }', value).replace('an object', 'an object with no usable language'));
    return undefined;
  }
  for (const key of keys) {
    const tag = canonical(key);
    const at = /^[A-Za-z][\w-]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
    if (!tag) report(at, 'not a BCP 47 language tag (like "en", "zh-CN" or "ar"), ignored');
    else if (blank(texts[key])) report(at, `this ${field} is empty in this language: write it, or leave the language out`);
    else {
      const text = need(texts[key], at);
      if (text && !out.has(tag)) out.set(tag, text);
    }
  }
  return out.size ? out : undefined;
}
