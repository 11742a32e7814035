// A Rollup plugin for the CDN build: each element's strings in a language other than English
// (`dist/components/<name>/<name>.<tag>.js`, loaded on demand: see `builtIn` in src/internal/locale.ts) become a
// packed array (`PackedStrings`): its strings in the order of the English keys, without the keys.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

/** An element's language file: `faq/faq.ar.js`, `center/center.zh-Hant.js` (a language tag, never `en`). */
export const LANGUAGE_FILE = /[\\/]components[\\/]([a-z-]+)[\\/]\1\.(?!en\.js)[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.js$/;
/** A language's secret words (`internal/secret-words.ja.js`): its own file too, loaded with the language, not packed. */
export const SECRETS_FILE = /[\\/]internal[\\/]secret-words\.[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.js$/;

export function packLocales() {
  return {
    name: 'pack-locales',
    async load(id) {
      if (!LANGUAGE_FILE.test(id)) return null;
      const { en } = await import(pathToFileURL(resolve('dist/locales/en.js')).href);
      const table = await import(`${pathToFileURL(id).href}?${Date.now()}`);
      const [section, ...rest] = Object.keys(table);
      if (rest.length || !Object.hasOwn(en, section)) this.error(`${id}: one export named after a section of English expected, found ${Object.keys(table)}`);
      for (const key of Object.keys(table[section])) if (!Object.hasOwn(en[section], key)) this.error(`${id}: ${section}.${key} is not in English`);
      const packed = Object.keys(en[section]).map((key) => table[section][key] ?? null);
      return `export const ${section} = ${JSON.stringify(packed)};`;
    },
  };
}
