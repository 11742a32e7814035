// A Rollup plugin for the CDN build: each element's strings in a language other than English
// (`dist/components/<name>/<name>.<tag>.js`, loaded on demand: see `builtIn` in src/internal/locale.ts) become a
// packed array (`PackedStrings`): its strings in the order of the English keys, without the keys.
//
// A language file may keep part of its strings in a second file it imports, `<name>.<part>.<tag>.js` (the dispute
// checklist's `guidance`: one file went over issue 20's 3,000 B gzip). That file is packed alone (its own keys, in
// English order) and stays its own file (`manualChunks` below); the first file's array takes those strings from
// it by index, so the element still reads one array and the main bundle needs no code to join them.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TAG = String.raw`(?!en\.js)[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.js$`;
/** An element's language file: `faq/faq.ar.js`, `center/center.zh-Hant.js` (a language tag, never `en`). */
export const LANGUAGE_FILE = new RegExp(String.raw`[\\/]components[\\/]([a-z-]+)[\\/]\1\.${TAG}`);
/** The second file of an element's language: `dispute-checklist/dispute-checklist.guidance.ru.js`. */
export const LANGUAGE_PART = new RegExp(String.raw`[\\/]components[\\/]([a-z-]+)[\\/]\1\.[a-z]{4,}\.${TAG}`);
/** A language's secret words (`internal/secret-words.ja.js`): its own file too, loaded with the language, not packed. */
export const SECRETS_FILE = /[\\/]internal[\\/]secret-words\.[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.js$/;

/** For the ES module build's `output.manualChunks`: each second part of a language is a file of its own. */
export const languageChunks = (id) => (LANGUAGE_PART.test(id) ? basename(id, '.js') : undefined);

export function packLocales() {
  return {
    name: 'pack-locales',
    async load(id) {
      if (!LANGUAGE_FILE.test(id) && !LANGUAGE_PART.test(id)) return null;
      const { en } = await import(pathToFileURL(resolve('dist/locales/en.js')).href);
      const read = async (file) => {
        const table = await import(`${pathToFileURL(file).href}?${Date.now()}`);
        const [section, ...rest] = Object.keys(table);
        if (rest.length || !Object.hasOwn(en, section))
          this.error(`${file}: one export named after a section of English expected, found ${Object.keys(table)}`);
        for (const key of Object.keys(table[section])) if (!Object.hasOwn(en[section], key)) this.error(`${file}: ${section}.${key} is not in English`);
        // The keys it holds, in the order of English's.
        return { section, strings: table[section], keys: Object.keys(en[section]).filter((key) => Object.hasOwn(table[section], key)) };
      };
      const { section, strings, keys } = await read(id);
      if (LANGUAGE_PART.test(id)) return `export const ${section} = ${JSON.stringify(keys.map((key) => strings[key]))};`;
      // The parts this file imports: their strings are read from their packed arrays.
      const parts = [...readFileSync(id, 'utf8').matchAll(/\bfrom\s*['"](\.\/[^'"]+)['"]/g)]
        .map((m) => resolve(id, '..', m[1]))
        .filter((file) => LANGUAGE_PART.test(file));
      const imports = [];
      /** Each key a part holds: the part's number and the key's index in its array. */
      const from = new Map();
      for (const [i, file] of parts.entries()) {
        const part = await read(file);
        if (part.section !== section) this.error(`${file}: a part of ${section} expected, found ${part.section}`);
        imports.push(`import { ${section} as p${i} } from './${basename(file)}';`);
        part.keys.forEach((key, at) => from.set(key, [i, at, part.keys.length]));
      }
      // A run of a part's strings in a row is spread (English keeps the guidance last: `...p0`), else each indexed.
      const packed = [];
      const english = Object.keys(en[section]);
      for (let k = 0; k < english.length; k++) {
        const key = english[k];
        if (!from.has(key)) {
          packed.push(JSON.stringify(Object.hasOwn(strings, key) ? strings[key] : null));
          continue;
        }
        const [i, at, size] = from.get(key);
        let end = at + 1;
        while (k + 1 < english.length && from.get(english[k + 1])?.[0] === i && from.get(english[k + 1])[1] === end) [k, end] = [k + 1, end + 1];
        packed.push(end - at === 1 ? `p${i}[${at}]` : `...p${i}${at === 0 && end === size ? '' : `.slice(${at}, ${end})`}`);
      }
      return `${imports.join('\n')}\nexport const ${section} = [${packed.join(',')}];`;
    },
  };
}
