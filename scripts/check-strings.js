// The string checks of every language (issue 20), on the sources: `node scripts/check-strings.js` prints each
// problem (a translator's quick check); test/node/strings.test.js runs them in `npm test`. Languages are found on
// disk (src/locales/<tag>.ts, src/components/<el>/<el>.<tag>.ts), so a language merged later is checked as it is.
//
// Per language and key: the same keys as English; a non-empty string; well-formed braces; the same placeholders as
// English (a plural's variable counts as one, placeholders inside its branches too); `#` only inside a plural
// branch; plurals in ICU MessageFormat's syntax (https://unicode-org.github.io/icu/userguide/format_parse/messages/)
// with an `other` branch, exactly the categories CLDR gives the language (through Intl.PluralRules, as the elements
// choose them at run time; https://cldr.unicode.org/index/cldr-spec/plural-rules) and `=N` exact matches; no string
// identical to English, and no run of three English words left in, unless src/locales/identical.json lists the key
// with its reason; the direction in src/locales/<tag>.ts is the language's (Intl.Locale's textInfo, from CLDR).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each section of a language: its folder and file stem under src/components, and its table's type name. */
export const SECTIONS = {
  faq: ['faq', 'faq', 'FaqStrings'],
  hotline: ['hotline', 'hotline', 'HotlineStrings'],
  callPrep: ['call-prep', 'call-prep', 'CallPrepStrings'],
  dispute: ['dispute-checklist', 'dispute-checklist', 'DisputeStrings'],
  center: ['center', 'center', 'CenterStrings'],
};

/** The CLDR plural categories ICU MessageFormat names; `=N` selectors are exact matches. */
const CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/**
 * A message parsed as the elements' `format` reads it (src/internal/locale.ts): `{name}` placeholders and
 * `{name, plural, sel {…} …}` plurals, `#` being the count inside a plural's branch. No quoting: an apostrophe is
 * text (French and Italian write many), so a brace in a string is always syntax.
 * Returns the placeholder names, the plurals (variable and selectors) and the syntax problems.
 */
export function parseMessage(text) {
  const names = new Set();
  const plurals = [];
  const problems = [];
  /** The index of the `}` matching the `{` at `open`, or -1. */
  const close = (open) => {
    for (let i = open + 1, depth = 1; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && !--depth) return i;
    }
    return -1;
  };
  /** Reads text[from, to); `inPlural`: a `#` is the count there. */
  const walk = (from, to, inPlural) => {
    for (let i = from; i < to; i++) {
      const c = text[i];
      if (c === '#' && !inPlural) problems.push(`"#" outside a plural branch (at ${i}): it would show as "#"`);
      if (c === '}') problems.push(`a "}" that no "{" opens (at ${i})`);
      if (c !== '{') continue;
      const end = close(i);
      if (end < 0 || end >= to) {
        problems.push(`a "{" that no "}" closes (at ${i})`);
        return;
      }
      const inner = text.slice(i + 1, end);
      const simple = /^\s*(\w+)\s*$/.exec(inner);
      const arg = /^\s*(\w+)\s*,\s*(\w+)\s*(?:,([^]*))?$/.exec(inner);
      if (simple) names.add(simple[1]);
      else if (arg && arg[2] === 'plural' && arg[3] !== undefined) {
        names.add(arg[1]);
        plural(arg[1], end - arg[3].length, end);
      } else if (arg) problems.push(`"{${inner.slice(0, 40)}}": only placeholders and plurals are supported ("${arg[2]}" is not)`);
      else problems.push(`"{${inner.slice(0, 40)}}" is neither a placeholder {name} nor a plural`);
      i = end;
    }
  };
  /** Reads a plural's branches in text[from, to). */
  const plural = (name, from, to) => {
    const selectors = [];
    let i = from;
    for (;;) {
      const m = /^\s*(?:(=\d+(?:\.\d+)?|[a-z]+)\s*\{|$)/.exec(text.slice(i, to));
      if (!m) {
        problems.push(`plural "${name}": "${text.slice(i, to).trim().slice(0, 20)}" is no "selector {message}" branch`);
        break;
      }
      if (!m[1]) break;
      const open = i + m[0].length - 1;
      const end = close(open);
      if (end < 0 || end >= to) {
        problems.push(`plural "${name}": the branch "${m[1]}" is not closed`);
        break;
      }
      if (!m[1].startsWith('=') && !CATEGORIES.includes(m[1])) problems.push(`plural "${name}": "${m[1]}" is no plural category`);
      if (selectors.includes(m[1])) problems.push(`plural "${name}": the branch "${m[1]}" twice`);
      selectors.push(m[1]);
      walk(open + 1, end, true);
      i = end + 1;
    }
    if (!selectors.includes('other')) problems.push(`plural "${name}" has no "other" branch`);
    plurals.push({ name, selectors });
  };
  walk(0, text.length, false);
  return { names, plurals, problems };
}

/** What a reader sees of a message: its text and plural branches, without the ICU syntax (names, selectors, braces). */
const visible = (text) => text.replace(/\{\s*\w+\s*(?:,\s*plural\s*,)?|(?:=\d+(?:\.\d+)?|\b(?:zero|one|two|few|many|other))\s*\{|\}/g, ' ');
/** The words (letters and digits) of a message, case-folded: "Copy link." and "copy link" are the same words. */
const tokens = (text) =>
  visible(text)
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
/**
 * The English words (Latin letters, two or more) of a message, lower case. Codes written in capitals (PIN, CVV,
 * SMS) are written so in every language: each is a mark that matches nothing, so it joins no run of English.
 */
const words = (text) =>
  (
    visible(text)
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((t) => /^[a-zA-Z]{2,}$/.test(t))
    .map((t) => (/^[A-Z]+$/.test(t) ? Symbol(t) : t.toLowerCase()));

/** The longest run of consecutive words of `english` that `translated` contains in the same order. */
function longestRun(english, translated) {
  let best = [];
  for (let i = 0; i < english.length; i++)
    for (let j = 0; j < translated.length; j++) {
      let k = 0;
      while (i + k < english.length && j + k < translated.length && english[i + k] === translated[j + k]) k++;
      if (k > best.length) best = english.slice(i, i + k);
    }
  return best;
}

/** Why `text` reads as untranslated `source`, or ''. */
function untranslated(source, text) {
  // Same words as English (case, spaces and punctuation aside). Strings with no words of their own ("{text}.")
  // have nothing to translate.
  const english = tokens(source).filter((t) => /\p{L}/u.test(t));
  const mine = tokens(text).filter((t) => /\p{L}/u.test(t));
  if (!english.length || !mine.length) return '';
  if (mine.join(' ') === english.join(' '))
    return `identical to English ("${text.slice(0, 40)}"): translate it or list it in src/locales/identical.json with the reason`;
  // Only words of the English string (a plural's branch pasted as it was), or three of them in a row.
  if (mine.every((t) => english.includes(t))) return `English left in: every word is English's ("${text.slice(0, 40)}")`;
  const run = longestRun(words(source), words(text));
  return run.length >= 3 ? `English left in: "${run.join(' ')}"` : '';
}

/**
 * A space between a Japanese or Chinese character and a placeholder, a plural count or a number written into the
 * string (`# 件`, `于 {date}`, `后 180 天`, `9:00 に`), either way round.
 */
const CJK_SPACED = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60\u3000-\u303f] (?:\{|#|\d)|(?:\}|#|\d) [\u3040-\u30ff\u3400-\u9fff\uff01-\uff60\u3000-\u303f]/u;

/** Keys whose English documents an empty string as a value: the FAQ's synonyms and variants (`""`: none, faq.en.ts). */
const MAY_BE_EMPTY = new Set(['faq.synonyms', 'faq.variants']);

/**
 * The problems of one language's tables against English, each "<tag> <section>.<key>: what". `tables` and
 * `english`: { section: { key: string } }. `allowed`: the keys ("section.key") that may stay as in English.
 * `tag` 'en' checks English's own syntax and plurals.
 */
export function checkLanguage(tag, tables, english, allowed = new Set()) {
  const out = [];
  let categories;
  try {
    categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  } catch {
    return [`${tag}: not a language tag Intl knows`];
  }
  const known = Intl.PluralRules.supportedLocalesOf([tag]).length > 0;
  if (!known) out.push(`${tag}: Intl.PluralRules has no rules for this language (its plurals would follow the default)`);
  for (const [section, en] of Object.entries(english)) {
    const table = tables[section];
    if (!table || typeof table !== 'object') {
      out.push(`${tag} ${section}: the section is missing`);
      continue;
    }
    for (const key of Object.keys(table)) if (!Object.hasOwn(en, key)) out.push(`${tag} ${section}.${key}: no such key in English (left over?)`);
    for (const [key, source] of Object.entries(en)) {
      const id = `${section}.${key}`;
      const say = (what) => out.push(`${tag} ${id}: ${what}`);
      if (!Object.hasOwn(table, key)) {
        say('missing');
        continue;
      }
      const text = table[key];
      if (typeof text !== 'string') {
        say(`not a string (${typeof text})`);
        continue;
      }
      if (!text.trim() && source.trim() && !MAY_BE_EMPTY.has(id)) say('empty');
      const mine = parseMessage(text);
      for (const p of mine.problems) say(p);
      const theirs = parseMessage(source);
      for (const name of theirs.names) if (!mine.names.has(name)) say(`the placeholder {${name}} of English is missing`);
      for (const name of mine.names)
        if (!theirs.names.has(name)) say(`{${name}} is no placeholder of English (${[...theirs.names].map((n) => `{${n}}`).join(' ') || 'none'})`);
      for (const { name, selectors } of mine.plurals) {
        const used = selectors.filter((s) => !s.startsWith('='));
        for (const s of used)
          if (CATEGORIES.includes(s) && !categories.includes(s)) say(`plural "${name}": "${s}" is no plural category of ${tag} (${categories.join(', ')})`);
        // A missing `other` is a syntax problem, said once by parseMessage.
        for (const c of categories)
          if (c !== 'other' && !used.includes(c)) say(`plural "${name}": the category "${c}" of ${tag} is missing (${categories.join(', ')})`);
      }
      // Japanese and Chinese put a date or a number straight between the sentence's characters (JLREQ 3.2.3,
      // clreq 3.2.4: the gap between Han and Western characters is the typesetter's, not a space character), as
      // Intl writes the date itself (2026年12月5日): `期限は {date} に` reads with stray gaps (outside check c20b-5).
      if (/^(ja|zh)\b/.test(tag) && CJK_SPACED.test(text))
        say(`an ASCII space between a placeholder or number and the text around it (${CJK_SPACED.exec(text)[0]})`);
      if (tag === 'en' || allowed.has(id)) continue;
      const left = untranslated(source, text);
      if (left) say(left);
    }
  }
  return out;
}

/**
 * A module's exports, from its TypeScript source (type-only imports are erased). A language file's other imports
 * are its own second part (`dispute-checklist.guidance.ru.ts`): relative, transpiled the same way.
 */
export async function importSource(file) {
  return import(sourceUrl(file));
}

/** `file` transpiled, as a data: URL, its relative imports of `.js` files made data: URLs of their `.ts` sources. */
function sourceUrl(file) {
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
  });
  const code = outputText.replace(
    /(\bfrom\s*['"])(\.\.?\/[^'"]+)\.js(['"])/g,
    (_, from, path, quote) => `${from}${sourceUrl(resolve(dirname(file), `${path}.ts`))}${quote}`,
  );
  return `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
}

/** The path of a section's file of language `tag`. */
const sectionFile = (dir, section, tag) => {
  const [folder, stem] = SECTIONS[section];
  return `${dir}/src/components/${folder}/${stem}.${tag}.ts`;
};

/**
 * The languages on disk besides English: each src/locales/<tag>.ts, and each tag of a component file that
 * declares a section's table (`faq: FaqStrings =`), so that a language with strings but no locale file shows up.
 */
export function discoverLanguages(dir = root) {
  const tags = new Set(
    readdirSync(`${dir}/src/locales`)
      .filter((f) => f.endsWith('.ts') && f !== 'en.ts')
      .map((f) => f.slice(0, -3)),
  );
  for (const [section, [folder, stem, type]] of Object.entries(SECTIONS))
    for (const f of readdirSync(`${dir}/src/components/${folder}`)) {
      const m = new RegExp(`^${stem}\\.(.+)\\.ts$`).exec(f);
      if (m && m[1] !== 'en' && new RegExp(`\\b${section}\\s*:\\s*${type}\\s*=`).test(readFileSync(`${dir}/src/components/${folder}/${f}`, 'utf8')))
        tags.add(m[1]);
    }
  return [...tags].sort();
}

/** The allowlist of strings that stay as in English: { "<tag>" | "*": { "section.key": "reason" } }. */
export function readAllowed(dir = root) {
  const file = `${dir}/src/locales/identical.json`;
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
}

/**
 * Every problem of the languages on disk (or of `dir`'s, a fixture tree): missing files, the direction, each
 * language's strings, and allowlist entries that name no key, give no reason, or are no longer needed.
 */
export async function checkAll(dir = root) {
  const out = [];
  const english = {};
  for (const section of Object.keys(SECTIONS)) english[section] = (await importSource(sectionFile(dir, section, 'en')))[section];
  out.push(...checkLanguage('en', english, english));
  const allowlist = readAllowed(dir);
  const tags = discoverLanguages(dir);
  // Entries of a language not on disk wait for it (a language merged later); `$comment` explains the file.
  for (const tag of tags) {
    const locale = `${dir}/src/locales/${tag}.ts`;
    if (!existsSync(locale)) out.push(`${tag}: src/locales/${tag}.ts is missing (the language's table and direction)`);
    else {
      // The direction the language is written in (CLDR, through Intl.Locale): Hebrew and Arabic are right to left.
      const dirMatch = /\bdir\s*:\s*'(ltr|rtl)'/.exec(readFileSync(locale, 'utf8'));
      const info = new Intl.Locale(tag);
      const direction = (info.textInfo ?? info.getTextInfo?.())?.direction;
      if (!dirMatch) out.push(`${tag}: src/locales/${tag}.ts sets no dir: 'ltr' or 'rtl'`);
      else if (direction && dirMatch[1] !== direction)
        out.push(`${tag}: src/locales/${tag}.ts says dir: '${dirMatch[1]}', the language is written ${direction}`);
    }
    const tables = {};
    for (const section of Object.keys(SECTIONS)) {
      const file = sectionFile(dir, section, tag);
      if (!existsSync(file)) out.push(`${tag}: ${file.slice(dir.length + 1)} is missing`);
      else tables[section] = (await importSource(file))[section];
    }
    const entries = { ...(allowlist['*'] ?? {}), ...(allowlist[tag] ?? {}) };
    for (const [id, reason] of Object.entries(entries)) {
      const [section, key] = id.split('.');
      if (!english[section] || !Object.hasOwn(english[section], key)) out.push(`identical.json ${tag} ${id}: no such key`);
      else if (typeof reason !== 'string' || reason.trim().length < 3) out.push(`identical.json ${tag} ${id}: give the reason it stays as in English`);
      // A language's own entry that its string no longer needs is stale ("*" entries serve many languages).
      else if (
        allowlist[tag] &&
        Object.hasOwn(allowlist[tag], id) &&
        typeof tables[section]?.[key] === 'string' &&
        !untranslated(english[section][key], tables[section][key])
      )
        out.push(`identical.json ${tag} ${id}: the string is translated now: remove the entry`);
    }
    out.push(...checkLanguage(tag, tables, english, new Set(Object.keys(entries))));
  }
  return { languages: tags, problems: out };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { languages, problems } = await checkAll();
  for (const p of problems) console.log(p);
  console.log(`${languages.length + 1} languages (en, ${languages.join(', ')}): ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  process.exitCode = problems.length ? 1 : 0;
}
