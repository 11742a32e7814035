// A Rollup plugin for the CDN build: each language file other than English becomes a packed array (see
// `PackedStrings` in src/internal/locale.ts): its strings in the order of the English keys, without the keys.
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const LANGUAGE = /[\\/]dist[\\/]locales[\\/](?!en\.js)[^\\/]+\.js$/;

export function packLocales() {
  return {
    name: 'pack-locales',
    async load(id) {
      if (!LANGUAGE.test(id)) return null;
      const { en } = await import(pathToFileURL(resolve('dist/locales/en.js')).href);
      const { default: table } = await import(`${pathToFileURL(id).href}?${Date.now()}`);
      const sections = Object.keys(en).filter((key) => key !== 'dir');
      for (const section of Object.keys(table)) {
        if (section !== 'dir' && !sections.includes(section)) this.error(`${id}: section ${section} is not in English`);
      }
      const packed = [table.dir ?? 'ltr', ...sections.map((s) => Object.keys(en[s]).map((key) => table[s]?.[key] ?? null))];
      return `export default ${JSON.stringify(packed)};`;
    },
  };
}
