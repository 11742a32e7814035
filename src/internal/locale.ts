import { isServer } from 'lit';
import type { Section, Strings } from '../locales/en.js';
import type { SecretWords } from './secret-words.js';
import { addSecretWords } from './sensitive.js';
import { errorText, own } from './config.js';
import { dirOfLang, match, read } from './lang-match.js';

/**
 * A language's strings: any section or string left out falls back to English. `secrets`: the words that
 * introduce a code or password in that language, added to the detector for every element, whatever its language.
 */
export type LocaleStrings = { dir?: 'ltr' | 'rtl'; secrets?: Partial<SecretWords> } & { [S in Section]?: Partial<Strings[S]> };

/**
 * One element's strings in one language as the CDN build ships them: an array in the order of the English keys
 * (keys are a third of a language file's bytes). `scripts/pack-locales.js` makes it from `<name>.<tag>.ts`.
 */
export type PackedStrings = readonly (string | null)[];

/** The sections of a language, in the order of `locales/en.ts` (a test keeps them equal). */
export const SECTIONS = ['faq', 'hotline', 'callPrep', 'dispute', 'center'] as const satisfies readonly Section[];

/** Strings of one section: a plain object, or the packed array of a CDN language file (see PackedStrings). */
type Layer = Readonly<Record<string, unknown>> | PackedStrings;

/**
 * A language: its direction and, per section, its strings as layers (the built-in file's, then each
 * registerLocale call's), the last that holds a key winning. English is not here: each element brings its own.
 */
export interface Language {
  readonly dir: 'ltr' | 'rtl';
  readonly sections: ReadonlyMap<string, readonly Layer[]>;
}

const ENGLISH: Language = { dir: 'ltr', sections: new Map() };
const languages = new Map<string, Language>([['en', ENGLISH]]);
/** The built-in sections loaded, as `<tag> <section>`, and those loading. */
const loaded = new Set<string>();
const pending = new Map<string, Promise<void>>();
/** Languages whose secret-words file failed to load, with the browser's error, until an element reports it (once a page). */
const secretsFailed = new Map<string, string>();

/**
 * The string `key` of `section` in `language`, from the last layer that holds it as a string; undefined when
 * none does (the element then shows its own English). `english` gives the key order of packed layers.
 */
export function lookup(language: Language, section: string, key: string, english: Readonly<Record<string, string>>): string | undefined {
  const layers = language.sections.get(section) ?? [];
  for (let i = layers.length - 1; i >= 0; i--) {
    const layer = layers[i];
    // A packed layer holds the strings in the order of the English keys. Own properties only: a polluted
    // Object.prototype supplies no string.
    const text = Array.isArray(layer) ? layer[Object.keys(english).indexOf(key)] : own(layer, key);
    if (typeof text === 'string') return text;
  }
  return undefined;
}

/** A section's file: its module, whose export named after the section holds its strings (packed in the CDN build). */
type Loader = () => Promise<Record<string, unknown>>;

// THE list of built-in languages besides English: one entry per language, keyed by its tag in lower case, with one
// loader per element, so an element loads only its own strings (the center, those of the sections it shows).
// Its files: each element's <name>.<tag>.ts, and src/locales/<tag>.ts with src/locale-<tag>.ts for the entry
// point that adds it at once. Static imports, not template literals, so that bundlers, Vite and dev servers see
// every file. `secrets`: the words that name a code or password in that language (secret-words.<tag>.ts), loaded
// with the language's first file and added to the detector for every element on the page; English, Chinese and
// Arabic words are in the core bundle (secret-words.ts), as they were before the other languages came.
const builtIn: Record<string, Record<Section, Loader> & { secrets?: Loader }> = {
  'zh-cn': {
    faq: () => import('../components/faq/faq.zh-CN.js'),
    hotline: () => import('../components/hotline/hotline.zh-CN.js'),
    callPrep: () => import('../components/call-prep/call-prep.zh-CN.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.zh-CN.js'),
    center: () => import('../components/center/center.zh-CN.js'),
  },
  ar: {
    faq: () => import('../components/faq/faq.ar.js'),
    hotline: () => import('../components/hotline/hotline.ar.js'),
    callPrep: () => import('../components/call-prep/call-prep.ar.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.ar.js'),
    center: () => import('../components/center/center.ar.js'),
  },
  'zh-hant': {
    faq: () => import('../components/faq/faq.zh-Hant.js'),
    hotline: () => import('../components/hotline/hotline.zh-Hant.js'),
    callPrep: () => import('../components/call-prep/call-prep.zh-Hant.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.zh-Hant.js'),
    center: () => import('../components/center/center.zh-Hant.js'),
    secrets: () => import('./secret-words.zh-Hant.js'),
  },
  ja: {
    faq: () => import('../components/faq/faq.ja.js'),
    hotline: () => import('../components/hotline/hotline.ja.js'),
    callPrep: () => import('../components/call-prep/call-prep.ja.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.ja.js'),
    center: () => import('../components/center/center.ja.js'),
    secrets: () => import('./secret-words.ja.js'),
  },
  ko: {
    faq: () => import('../components/faq/faq.ko.js'),
    hotline: () => import('../components/hotline/hotline.ko.js'),
    callPrep: () => import('../components/call-prep/call-prep.ko.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.ko.js'),
    center: () => import('../components/center/center.ko.js'),
    secrets: () => import('./secret-words.ko.js'),
  },
  es: {
    faq: () => import('../components/faq/faq.es.js'),
    hotline: () => import('../components/hotline/hotline.es.js'),
    callPrep: () => import('../components/call-prep/call-prep.es.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.es.js'),
    center: () => import('../components/center/center.es.js'),
    secrets: () => import('./secret-words.es.js'),
  },
  fr: {
    faq: () => import('../components/faq/faq.fr.js'),
    hotline: () => import('../components/hotline/hotline.fr.js'),
    callPrep: () => import('../components/call-prep/call-prep.fr.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.fr.js'),
    center: () => import('../components/center/center.fr.js'),
    secrets: () => import('./secret-words.fr.js'),
  },
  de: {
    faq: () => import('../components/faq/faq.de.js'),
    hotline: () => import('../components/hotline/hotline.de.js'),
    callPrep: () => import('../components/call-prep/call-prep.de.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.de.js'),
    center: () => import('../components/center/center.de.js'),
    secrets: () => import('./secret-words.de.js'),
  },
  pt: {
    faq: () => import('../components/faq/faq.pt.js'),
    hotline: () => import('../components/hotline/hotline.pt.js'),
    callPrep: () => import('../components/call-prep/call-prep.pt.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.pt.js'),
    center: () => import('../components/center/center.pt.js'),
    secrets: () => import('./secret-words.pt.js'),
  },
  it: {
    faq: () => import('../components/faq/faq.it.js'),
    hotline: () => import('../components/hotline/hotline.it.js'),
    callPrep: () => import('../components/call-prep/call-prep.it.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.it.js'),
    center: () => import('../components/center/center.it.js'),
    secrets: () => import('./secret-words.it.js'),
  },
  ru: {
    faq: () => import('../components/faq/faq.ru.js'),
    hotline: () => import('../components/hotline/hotline.ru.js'),
    callPrep: () => import('../components/call-prep/call-prep.ru.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.ru.js'),
    center: () => import('../components/center/center.ru.js'),
    secrets: () => import('./secret-words.ru.js'),
  },
  tr: {
    faq: () => import('../components/faq/faq.tr.js'),
    hotline: () => import('../components/hotline/hotline.tr.js'),
    callPrep: () => import('../components/call-prep/call-prep.tr.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.tr.js'),
    center: () => import('../components/center/center.tr.js'),
    secrets: () => import('./secret-words.tr.js'),
  },
  he: {
    faq: () => import('../components/faq/faq.he.js'),
    hotline: () => import('../components/hotline/hotline.he.js'),
    callPrep: () => import('../components/call-prep/call-prep.he.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.he.js'),
    center: () => import('../components/center/center.he.js'),
    secrets: () => import('./secret-words.he.js'),
  },
  hi: {
    faq: () => import('../components/faq/faq.hi.js'),
    hotline: () => import('../components/hotline/hotline.hi.js'),
    callPrep: () => import('../components/call-prep/call-prep.hi.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.hi.js'),
    center: () => import('../components/center/center.hi.js'),
    secrets: () => import('./secret-words.hi.js'),
  },
  id: {
    faq: () => import('../components/faq/faq.id.js'),
    hotline: () => import('../components/hotline/hotline.id.js'),
    callPrep: () => import('../components/call-prep/call-prep.id.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.id.js'),
    center: () => import('../components/center/center.id.js'),
    secrets: () => import('./secret-words.id.js'),
  },
  vi: {
    faq: () => import('../components/faq/faq.vi.js'),
    hotline: () => import('../components/hotline/hotline.vi.js'),
    callPrep: () => import('../components/call-prep/call-prep.vi.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.vi.js'),
    center: () => import('../components/center/center.vi.js'),
    secrets: () => import('./secret-words.vi.js'),
  },
  th: {
    faq: () => import('../components/faq/faq.th.js'),
    hotline: () => import('../components/hotline/hotline.th.js'),
    callPrep: () => import('../components/call-prep/call-prep.th.js'),
    dispute: () => import('../components/dispute-checklist/dispute-checklist.th.js'),
    center: () => import('../components/center/center.th.js'),
    secrets: () => import('./secret-words.th.js'),
  },
};
const listeners = new Set<() => void>();
const picked = new Map<string, string>();

/**
 * The tag of the language, registered or built in, that serves `lang` best, else `en`: BCP 47 lookup with
 * CLDR's likely subtags (see `match`), so a region falls back to its language (`pt-PT` and `pt-BR` → `pt`,
 * `es-419` → `es`), a script decides Chinese (`zh-HK`, `zh-TW`, `zh-MO`, `zh-Hant-*` → `zh-Hant`; `zh`, `zh-SG`,
 * `zh-Hans` → `zh-CN`), and the deprecated codes Intl still reads (`iw` → `he`, `in` → `id`). An invalid tag is English.
 */
function pick(lang: string): string {
  let tag = picked.get(lang);
  if (tag === undefined) {
    let score = 0;
    tag = 'en';
    for (const known of new Set([...languages.keys(), ...Object.keys(builtIn)])) {
      const s = match(known, lang);
      if (s > score) [tag, score] = [known, s];
    }
    // Bounded: the `lang` values of one page, never grown without end by hostile ones.
    if (picked.size > 500) picked.clear();
    picked.set(lang, tag);
  }
  return tag;
}

/**
 * The tag an element shows `lang` in, written on its inner wrapper and given to Intl: `lang` itself when a
 * language serves it (`pt-PT` shows Portuguese, `en-GB` English), else English with the region `lang` names or
 * implies (`nl` → `en-NL`, `sw-TZ` → `en-TZ`; an invalid tag → `en`). So the wrapper never says Dutch about English
 * text (screen readers and hyphenation follow it), and dates and times still take the reader's region, in English
 * words: a sentence is never half English strings, half Dutch month names.
 */
export function shownTag(lang: string): string {
  // `zh_TW` (an underscore, as some systems write it) is served leniently, and written as the valid `zh-TW`.
  const tag = lang.replace(/_/g, '-');
  const reader = read(tag);
  // Cantonese is shown standard written Chinese, and declared as such (`yue` → `zh-Hant-HK`).
  const served = pick(lang);
  if (served !== 'en') return served.startsWith('zh') && /^(zh-)?yue\b/i.test(tag) ? String(reader) : tag;
  return englishTag(tag);
}

/** English in the region `tag` names or implies (`nl` → `en-NL`; an invalid tag → `en`): see shownTag. */
export function englishTag(lang: string): string {
  const tag = lang.replace(/_/g, '-');
  const reader = read(tag);
  return reader?.language === 'en' ? tag : reader?.region ? `en-${reader.region}` : 'en';
}

/**
 * Whether `lang` is a language the library does not ship, registered (registerLocale) without some of the
 * strings of `section`, which then show in English. Its element declares English (englishTag) rather than
 * `lang`: most of what it shows is English, and a screen reader picks its voice from the declared language
 * (WCAG 3.1.1 and 3.1.2). A built-in language's file has every string (scripts/check-strings.js).
 */
export function partlyRegistered(lang: string, language: Language, section: string, english: Readonly<Record<string, string>>): boolean {
  const tag = pick(lang);
  if (tag === 'en' || Object.hasOwn(builtIn, tag)) return false;
  return Object.keys(english).some((key) => lookup(language, section, key, english) === undefined);
}

/** The language `tag`, made with its script's direction if new (a built-in language's first file or override). */
function language(tag: string): Language {
  return languages.get(tag) ?? { dir: dirOfLang(tag), sections: new Map() };
}

/** Adds a built-in section's strings under any override registered before, and tells every element. */
function addSection(tag: string, section: string, layer: Layer): void {
  const base = language(tag);
  const sections = new Map(base.sections);
  sections.set(section, [layer, ...(sections.get(section) ?? [])]);
  languages.set(tag, { dir: base.dir, sections });
  loaded.add(`${tag} ${section}`);
  listeners.forEach((fn) => fn());
}

/**
 * Registers a language at run time, or overrides strings of a built-in one. Every element using
 * that language re-renders. Strings left out fall back to English; an element in a language not shipped says it
 * is in that language only once its section's strings are all given (see partlyRegistered).
 *
 * ```js
 * registerLocale('fr', { dir: 'ltr', faq: { search: 'Rechercher' } });
 * ```
 */
export function registerLocale(lang: string, strings: LocaleStrings): void {
  const key = lang.toLowerCase();
  const secrets = Object.hasOwn(strings, 'secrets') ? strings.secrets : undefined;
  if (secrets && typeof secrets === 'object') addSecretWords(key, secrets);
  // Overrides of a built-in language stay on top of its files, which go under them as they load.
  const base = Object.hasOwn(builtIn, key) ? language(key) : (languages.get(key) ?? ENGLISH);
  // Own properties only: a polluted Object.prototype adds no string and no direction.
  const dir = own(strings, 'dir');
  const sections = new Map(base.sections);
  for (const section of Object.keys(strings)) {
    const layer = own(strings, section);
    if (section === 'dir' || section === 'secrets') continue;
    // A section the elements do not read changes nothing: said once, by name (c20b-8: 'call-prep' for callPrep).
    if (!(SECTIONS as readonly string[]).includes(section)) {
      console.error(`registerLocale('${lang}'): no section "${section}"; the sections are ${SECTIONS.join(', ')}.`);
      continue;
    }
    // A copy: changing the object afterwards changes nothing, as with a built-in file.
    if (layer && typeof layer === 'object') sections.set(section, [...(sections.get(section) ?? []), { ...layer }]);
  }
  languages.set(key, { dir: dir === 'rtl' || dir === 'ltr' ? dir : base.dir, sections });
  // A new language may serve tags that matched another before.
  picked.clear();
  listeners.forEach((fn) => fn());
}

/**
 * Adds a built-in language at once, every section, from its file (the entry points `support-widgets/locales/<tag>.js`):
 * nothing to load, so the server renders it too. Overrides registered before stay on top. `secrets`: the
 * language's secret words (secret-words.<tag>.ts), added to the detector.
 */
export function addLocale(tag: string, table: Strings, secrets?: SecretWords): void {
  if (secrets && !loaded.has(`${tag} secrets`)) {
    loaded.add(`${tag} secrets`);
    addSecretWords(tag, secrets);
  }
  for (const section of SECTIONS) if (!loaded.has(`${tag} ${section}`)) addSection(tag, section, table[section]);
}

const warned = new Set<string>();

/**
 * The language for `lang` in which an element of `section` shows: a registered or loaded one, else the closest
 * match, else English (the elements' own). Undefined for a built-in language whose file for `section` is not
 * loaded (not imported on a server, or failed to load): its elements show English meanwhile, all of it
 * (strings, dates, direction), never half of each.
 */
export function languageFor(lang: string, section: Section): Language | undefined {
  const tag = pick(lang);
  if (!Object.hasOwn(builtIn, tag) || loaded.has(`${tag} ${section}`)) return languages.get(tag) ?? ENGLISH;
  // On the server a built-in language cannot load (rendering does not wait): it must have been imported.
  if (isServer && !warned.has(tag)) {
    warned.add(tag);
    console.warn(
      `support-widgets: lang="${lang}" renders in English on the server, where its language file cannot load; import 'support-widgets/locales/${Intl.getCanonicalLocales(tag)[0]}.js' in the server code first.`,
    );
  }
  return undefined;
}

/**
 * Loads the strings of `section` in a built-in language, if not loaded yet. Resolves at once for English, a
 * loaded or registered language, or one the library does not ship.
 */
export function loadLocale(lang: string, section: Section): Promise<void> {
  const tag = pick(lang);
  return Object.hasOwn(builtIn, tag) ? Promise.all([load(tag, section), load(tag, 'secrets')]).then(() => undefined) : Promise.resolve();
}

/** Loads one file of built-in language `tag` (a section's strings, or its secret words) once; retried 30 s after a failure. */
function load(tag: string, part: Section | 'secrets'): Promise<void> {
  const key = `${tag} ${part}`;
  const loader = builtIn[tag][part];
  if (!loader || loaded.has(key)) return Promise.resolve();
  let promise = pending.get(key);
  if (!promise) {
    promise = loader().then(
      (m) => {
        if (loaded.has(key)) return;
        if (part === 'secrets') {
          loaded.add(key);
          addSecretWords(tag, m.secrets as SecretWords);
        } else addSection(tag, part, m[part] as Layer);
      },
      // A language file that fails to load leaves English in place (and the detector as it was). It is tried again
      // on a request 30 s later at the earliest, not at once: each element re-renders whenever another file loads,
      // and a file the browser refused (a changed file under the import map's integrity, docs/security.md) would be
      // fetched and reported again each time.
      (error) => {
        // Secret words that did not load leave that language's codes and passwords undetected: an element says so
        // (see takeSecretsFailure), as the browser's own error names only the file.
        if (part === 'secrets' && !secretsFailed.has(tag)) secretsFailed.set(tag, errorText(error));
        setTimeout(() => pending.delete(key), 3e4);
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

/**
 * Once a page per language: the file name and the browser's error when the secret words of `lang`'s language
 * failed to load (a file refused under the import map's `integrity`, a network error), for the element that
 * asked to report; undefined otherwise.
 */
export function takeSecretsFailure(lang: string): { file: string; error: string } | undefined {
  const tag = pick(lang);
  const error = secretsFailed.get(tag);
  if (error === undefined || loaded.has(`${tag} secrets`)) return undefined;
  secretsFailed.set(tag, '');
  return error ? { file: `secret-words.${Intl.getCanonicalLocales(tag)[0]}.js`, error } : undefined;
}

/** Calls `fn` whenever a language is registered or loaded. Returns the unsubscribe function. */
export function onLocaleChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** A cached Intl object for `lang`; the browser's default language for a tag Intl refuses (an invalid `lang`). */
function cached<T>(cache: Map<string, T>, lang: string, make: (lang?: string) => T): T {
  let value = cache.get(lang);
  if (!value) {
    try {
      value = make(lang);
    } catch {
      value = make();
    }
    // Bounded: the languages of one page, never grown without end by hostile `lang` values.
    if (cache.size > 100) cache.clear();
    cache.set(lang, value);
  }
  return value;
}

/** `n` written in language `lang`'s digits and separators (Intl.NumberFormat, cached per language). */
export const formatNumber = (n: number, lang: string): string => cached(numberFormats, lang, (l) => new Intl.NumberFormat(l)).format(n);

/** The index of the `}` that closes the `{` at `open`, or -1. */
function close(text: string, open: number): number {
  for (let i = open, depth = 0; i < text.length; i++)
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && !--depth) return i;
  return -1;
}

/** `template` with its placeholders and plurals filled (see `format`); throws on a malformed plural. */
function fill(template: string, params: Record<string, string | number>, lang: string, pluralLang: string, count?: string): string {
  // `{name}`, the start of `{name, plural, …}`, or `#` (the count, inside a plural's branch). Anything else,
  // a lone brace included, is text.
  const token = /\{\s*(\w+)\s*(?:\}|,\s*plural\s*,)|#/g;
  let out = '';
  let at = 0;
  for (let m; (m = token.exec(template)); at = token.lastIndex) {
    out += template.slice(at, m.index);
    const [whole, name] = m;
    // Own keys only: `{constructor}` in a merchant's string is not a parameter.
    const value = name && Object.hasOwn(params, name) ? params[name] : undefined;
    const shown = typeof value === 'number' ? formatNumber(value, lang) : value;
    if (!name) out += count ?? whole;
    else if (whole.endsWith('}')) out += shown ?? whole;
    else {
      // The branches, `=0 {…}` or a CLDR category, each with its message in balanced braces; `other` required.
      const end = close(template, m.index);
      const body = template.slice(token.lastIndex, end);
      const cases = new Map<string, string>();
      const branch = /\s*(?:(=\d+|zero|one|two|few|many|other)\s*\{|$)/y;
      for (let b; (b = branch.exec(body)) && b[1];) {
        const stop = close(body, branch.lastIndex - 1);
        if (stop < 0) break;
        cases.set(b[1], body.slice(branch.lastIndex, stop));
        branch.lastIndex = stop + 1;
      }
      if (end < 0 || branch.lastIndex !== body.length || !cases.has('other') || shown === undefined) throw new SyntaxError();
      // An exact match first, then the category of the language the text is in (CLDR's rules, Intl.PluralRules).
      const rule = cached(pluralRules, pluralLang, (l) => new Intl.PluralRules(l)).select(Number(value));
      out += fill(cases.get(`=${value}`) ?? cases.get(rule) ?? cases.get('other')!, params, lang, pluralLang, shown);
      token.lastIndex = end + 1;
    }
  }
  return out + template.slice(at);
}

/**
 * Fills `{name}` placeholders from `params` and ICU MessageFormat plurals: `{n, plural, =0 {no days left} one {#
 * day left} other {# days left}}`, the branch chosen by an exact `=N` match, else by `Intl.PluralRules` of
 * `pluralLang` (the language the template is written in), `#` being the number in language `lang`'s digits,
 * as are numbers in placeholders. A malformed plural (unbalanced braces, no `other`, an unknown selector, no
 * value) calls `onError` and gives the template as written, its plain placeholders filled: never a throw.
 */
export function format(
  template: string,
  params: Record<string, string | number> = {},
  lang = 'en',
  pluralLang = lang,
  onError?: (problem: string) => void,
): string {
  try {
    return fill(template, params, lang, pluralLang);
  } catch {
    onError?.('a malformed plural, shown as written');
    return template.replace(/\{\s*(\w+)\s*\}/g, (m, name: string) => {
      const value = Object.hasOwn(params, name) ? params[name] : m;
      return typeof value === 'number' ? formatNumber(value, lang) : value;
    });
  }
}
