// The API tables of the element pages in docs/ (and any in README.md), generated from custom-elements.json
// (built from the classes' JSDoc). `node scripts/api-docs.js` rewrites every block between
// `<!-- api:TAG -->` and `<!-- /api:TAG -->`; `--check` only compares and fails when a page is stale (run by
// `npm test` after the build), or when an element of the manifest has no API block in any page.
// The Strings tables are generated the same way, between `<!-- strings:EL LANG… -->` and `<!-- /strings:EL -->`,
// from src/components/EL/EL.en.ts (each key's JSDoc gives the note in brackets) and the built EL.LANG.js files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { apiTables, cell, code, table } from './api-tables.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const { declarations, withInherited, render } = apiTables(manifest);

const pages = [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
const LANGUAGE = { 'zh-CN': '中文', ar: 'العربية' };
/** The strings table of an element's folder: one row per key, English and the given languages, from the locale files. */
async function stringsTable(el, langs) {
  const load = async (lang) => Object.values(await import(`../dist/components/${el}/${el}.${lang}.js`))[0];
  const english = await load('en');
  const others = await Promise.all(langs.map(load));
  // Each key's JSDoc (`/** Label of the search box. */`) in the English file, as a short note.
  const source = readFileSync(`src/components/${el}/${el}.en.ts`, 'utf8');
  const notes = new Map(
    [...source.matchAll(/\/\*\*\s*((?:(?!\*\/)[\s\S])*?)\s*\*\/\s*'?([\w-]+)'?\s*:/g)].map(([, note, key]) => [key, note.replace(/\s*\n\s*\*?\s*/g, ' ')]),
  );
  const note = (key) => {
    const n = notes.get(key)?.replace(/\.$/, '');
    return n ? ` (${n[0].toLowerCase()}${n.slice(1)})` : '';
  };
  const rows = Object.keys(english).map((key) => [code(key), cell(english[key] + note(key)), ...others.map((o) => cell(o[key]))]);
  return table(['Key', 'English', ...langs.map((l) => LANGUAGE[l] ?? l)], rows);
}

const byTag = new Map([...declarations.values()].filter((d) => d.tagName).map((d) => [d.tagName, d]));
const missing = [];
const documented = new Set();
const updated = new Map();
for (const page of pages) {
  const text = readFileSync(page, 'utf8');
  const next = text.replace(/<!-- api:([a-z-]+) -->[\s\S]*?<!-- \/api:\1 -->/g, (_m, tag) => {
    const decl = byTag.get(tag);
    if (decl) documented.add(tag);
    else missing.push(`${page}: ${tag}`);
    return `<!-- api:${tag} -->\n<!-- Generated from custom-elements.json by scripts/api-docs.js: edit the JSDoc, not this table. -->\n\n${decl ? render(decl) : ''}\n\n<!-- /api:${tag} -->`;
  });
  let strings = next;
  for (const [block, el, langs] of next.matchAll(/<!-- strings:([a-z-]+)((?: [a-zA-Z-]+)*) -->[\s\S]*?<!-- \/strings:\1 -->/g)) {
    const body = await stringsTable(el, langs.trim() ? langs.trim().split(' ') : []);
    strings = strings.replace(
      block,
      () =>
        `<!-- strings:${el}${langs} -->\n<!-- Generated from src/components/${el}/${el}.*.ts by scripts/api-docs.js: edit the locale files, not this table. -->\n\n${body}\n\n<!-- /strings:${el} -->`,
    );
  }
  if (strings !== text) updated.set(page, strings);
}
if (missing.length) {
  console.error(`API blocks for elements the manifest does not know: ${missing.join(', ')}.`);
  process.exit(1);
}
const withoutPage = [...byTag.keys()].filter((tag) => !documented.has(tag));
if (withoutPage.length) {
  console.error(`Elements without an API block (<!-- api:TAG --><!-- /api:TAG -->) in docs/: ${withoutPage.join(', ')}.`);
  process.exit(1);
}
// The manifest must be complete: every public attribute, property, method, event (with its type), slot,
// part and custom property of every element has a description.
const undocumented = [];
for (const decl of byTag.values()) {
  const d = withInherited(decl);
  const name = (kind, item) => undocumented.push(`<${decl.tagName}> ${kind} ${item.name ?? '(default)'}`);
  for (const a of d.attributes) if (a.name && !(a.description || d.members.find((m) => m.name === a.fieldName)?.description)) name('attribute', a);
  for (const m of d.members) if ((m.privacy ?? 'public') === 'public' && !m.static && !m.description) name(m.kind, m);
  // A nameless event (the analyzer's guess from a `dispatchEvent(new X())`) breaks the tools that generate
  // framework types from the manifest: every event needs a name, a type and a description.
  for (const e of d.events) if (!(e.name && e.description && e.type?.text)) name('event', e.name ? e : { name: `(nameless ${e.type?.text ?? 'event'})` });
  for (const [key, kind] of [
    ['slots', 'slot'],
    ['cssParts', 'part'],
    ['cssProperties', 'custom property'],
  ]) {
    for (const item of d[key] ?? []) if (!item.description) name(kind, item);
  }
}
if (undocumented.length) {
  console.error(`custom-elements.json has undocumented API (add JSDoc):\n  ${undocumented.join('\n  ')}`);
  process.exit(1);
}

if (process.argv.includes('--check')) {
  if (updated.size) {
    console.error(`API or Strings tables are stale in ${[...updated.keys()].join(', ')}: run \`node scripts/api-docs.js\` and commit the result.`);
    process.exit(1);
  }
  console.log(`API and Strings tables in ${pages.length} pages are up to date with custom-elements.json and the locale files.`);
} else {
  for (const [page, text] of updated) writeFileSync(page, text);
}
