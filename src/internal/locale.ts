import { en, type Section, type Strings } from '../locales/en.js';
import type { SecretWords } from './secret-words.js';
import { addSecretWords } from './sensitive.js';
import { own } from './config.js';

/**
 * A language's strings: any section or string left out falls back to English. `secrets`: the words that
 * introduce a code or password in that language, added to the detector for every element, whatever its language.
 */
export type LocaleStrings = { dir?: 'ltr' | 'rtl'; secrets?: Partial<SecretWords> } & { [S in Section]?: Partial<Strings[S]> };

const tables = new Map<string, Strings>([['en', en]]);
const pending = new Map<string, Promise<void>>();
/**
 * A language file as the CDN build ships it: the direction, then each section's strings as an array in the
 * order of the English keys (keys are a third of a language file's bytes). `scripts/pack-locales.js` makes it.
 */
export type PackedStrings = [dir: 'ltr' | 'rtl', ...sections: (string | null)[][]];

/** A language table from its file: packed by the CDN build, or the plain object of the npm build. */
export function unpack(table: Strings | PackedStrings): Strings {
  if (!Array.isArray(table)) return table;
  const [dir, ...sections] = table;
  const out: Record<string, unknown> = { dir };
  Object.keys(en)
    .filter((key) => key !== 'dir')
    .forEach((section, i) => {
      const english = en[section as Section] as unknown as Record<string, string>;
      out[section] = Object.fromEntries(Object.keys(english).map((key, j) => [key, sections[i]?.[j] ?? english[key]]));
    });
  return out as Strings;
}

// A static map, not a template-literal import, so that bundlers and dev servers can see every file.
const loaders: Record<string, () => Promise<{ default: Strings | PackedStrings }>> = {
  'zh-cn': () => import('../locales/zh-CN.js'),
  ar: () => import('../locales/ar.js'),
};
const aliases: Record<string, string> = { zh: 'zh-cn', 'zh-hans': 'zh-cn', 'zh-hans-cn': 'zh-cn', 'zh-sg': 'zh-cn' };
const listeners = new Set<() => void>();

/** The candidates for a language tag, most specific first: `zh-Hant-TW` → `zh-hant-tw`, `zh-hant`, `zh`. */
function candidates(lang: string): string[] {
  const parts = lang.toLowerCase().replace(/_/g, '-').split('-');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) {
    const tag = parts.slice(0, i).join('-');
    out.push(tag);
    if (Object.hasOwn(aliases, tag)) out.push(aliases[tag]);
  }
  return out;
}

/**
 * Registers a language at run time, or overrides strings of a built-in one. Every element using
 * that language re-renders. Strings left out fall back to English.
 *
 * ```js
 * registerLocale('fr', { dir: 'ltr', faq: { search: 'Rechercher' } });
 * ```
 */
export function registerLocale(lang: string, strings: LocaleStrings): void {
  const key = lang.toLowerCase();
  // Overrides for a built-in language apply on top of it, once it has loaded.
  if (Object.hasOwn(loaders, key) && !tables.has(key)) {
    void loadLocale(key).then(() => {
      if (!tables.has(key)) tables.set(key, en);
      registerLocale(key, strings);
    });
    return;
  }
  const secrets = Object.hasOwn(strings, 'secrets') ? strings.secrets : undefined;
  if (secrets && typeof secrets === 'object') addSecretWords(key, secrets);
  const base = tables.get(key) ?? en;
  // Own properties only: a polluted Object.prototype adds no string and no direction.
  const dir = own(strings, 'dir');
  const table = { ...base, dir: dir === 'rtl' || dir === 'ltr' ? dir : base.dir } as Record<string, unknown>;
  for (const section of Object.keys(en)) {
    if (section !== 'dir') table[section] = { ...base[section as Section], ...(own(strings, section) as object | undefined) };
  }
  tables.set(key, table as Strings);
  listeners.forEach((fn) => fn());
}

/** The table for a language: a registered one, else the closest match, else English. */
export function stringsFor(lang: string): Strings {
  for (const tag of candidates(lang)) {
    const table = tables.get(tag);
    if (table) return table;
  }
  return en;
}

/**
 * Loads a built-in language that is not loaded yet. Resolves at once for English, a loaded or
 * registered language, or one the library does not ship.
 */
export function loadLocale(lang: string): Promise<void> {
  for (const tag of candidates(lang)) {
    if (tables.has(tag)) return Promise.resolve();
    const loader = Object.hasOwn(loaders, tag) ? loaders[tag] : undefined;
    if (loader) {
      let promise = pending.get(tag);
      if (!promise) {
        promise = loader().then(
          (m) => {
            if (!tables.has(tag)) tables.set(tag, unpack(m.default));
            listeners.forEach((fn) => fn());
          },
          // A language file that fails to load leaves English in place; it is retried on the next request.
          () => void pending.delete(tag),
        );
        pending.set(tag, promise);
      }
      return promise;
    }
  }
  return Promise.resolve();
}

/** Calls `fn` whenever a language is registered or loaded. Returns the unsubscribe function. */
export function onLocaleChange(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Fills `{name}` placeholders from `params`. */
export function format(template: string, params?: Record<string, string | number>): string {
  // Own keys only: `{constructor}` in a merchant's string is not a parameter.
  return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m)) : template;
}
