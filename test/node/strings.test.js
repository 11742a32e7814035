// The string checks of every language (scripts/check-strings.js): the languages on disk pass them, and each check
// fails on a broken table (fixtures built here from the real tables, each broken in memory, never a real file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { checkAll, checkLanguage, importSource, parseMessage, SECTIONS } from '../../scripts/check-strings.js';

const load = async (tag) => {
  const tables = {};
  for (const [section, [folder, stem]] of Object.entries(SECTIONS))
    tables[section] = (await importSource(`src/components/${folder}/${stem}.${tag}.ts`))[section];
  return tables;
};
const english = await load('en');
// The five strings that take ICU plurals from this session on (issue 20), as s20core writes them in English.
const plural = {
  ...english,
  faq: { ...english.faq, results: '{n, plural, one {# result} other {# results}}' },
  dispute: {
    ...english.dispute,
    left: '{n, plural, one {# day left} other {# days left}}',
    soon: '{n, plural, one {# day left. File soon.} other {# days left. File soon.}}',
    req: '{total, plural, one {{n} of # required item ready} other {{n} of # required items ready}}',
    rec: '{total, plural, one {{n} of # recommended item ready} other {{n} of # recommended items ready}}',
  },
};
// A complete, correct translation to break one string at a time.
const chinese = await load('zh-CN');
/** `tables` with `section.key` set to `text`. */
const with_ = (tables, id, text) => {
  const [section, key] = id.split('.');
  return { ...tables, [section]: { ...tables[section], [key]: text } };
};
/** The problems of `tag` with one string replaced, against the plural English. */
// The keys every language may keep as in English (brands, a file name): src/locales/identical.json's "*".
const always = new Set(Object.keys(JSON.parse(readFileSync('src/locales/identical.json', 'utf8'))['*']));
// The language's own tables where they are on disk (their plurals have its categories), else the Chinese ones.
// With them, the strings src/locales/identical.json lets that language keep as in English.
const identical = JSON.parse(readFileSync('src/locales/identical.json', 'utf8'));
const own = {};
for (const file of readdirSync('src/locales').filter((f) => /^[a-z]{2}(-[A-Za-z]+)?\.ts$/.test(f) && f !== 'en.ts'))
  own[file.slice(0, -3)] = await load(file.slice(0, -3));
const allowedFor = (tag) => (own[tag] ? new Set([...always, ...Object.keys(identical[tag] ?? {})]) : always);
const problems = (tag, id, text, allowed = allowedFor(tag)) => checkLanguage(tag, with_(own[tag] ?? chinese, id, text), plural, allowed);

test('every language on disk passes the string checks, and the languages are found on disk', async () => {
  const { languages, problems: found } = await checkAll();
  assert.deepEqual(found, []);
  assert.ok(languages.includes('ar') && languages.includes('zh-CN'), `found ${languages.join(', ')}`);
});

test("English's plurals are well formed, and today's translations fit the plural English too", () => {
  assert.deepEqual(checkLanguage('en', plural, plural), []);
  assert.deepEqual(checkLanguage('zh-CN', chinese, plural, always), []);
  // An English plural without its "one" form is caught in English itself.
  assert.deepEqual(checkLanguage('en', with_(plural, 'dispute.left', '{n, plural, other {# days left}}'), plural), [
    'en dispute.left: plural "n": the category "one" of en is missing (one, other)',
  ]);
});

test('plurals: well-formed branches for exactly the categories of the language pass', () => {
  const ru = '{n, plural, one {Остался # день} few {Осталось # дня} many {Осталось # дней} other {Осталось # дня}}';
  assert.deepEqual(problems('ru', 'dispute.left', ru), []);
  // Placeholders inside a branch, `#` the plural's own count, an exact match besides the categories.
  const req =
    '{total, plural, =1 {Готов {n} из 1 обязательного пункта} one {Готово {n} из # обязательного пункта} few {Готово {n} из # обязательных пунктов} many {Готово {n} из # обязательных пунктов} other {Готово {n} из # обязательного пункта}}';
  assert.deepEqual(problems('ru', 'dispute.req', req), []);
  assert.deepEqual(problems('ja', 'faq.results', '{n, plural, other {#件}}'), []);
  assert.deepEqual(
    problems(
      'ar',
      'dispute.left',
      '{n, plural, zero {لم يبقَ أي يوم} one {بقي يوم واحد} two {بقي يومان} few {بقيت # أيام} many {بقي # يومًا} other {بقي # يوم}}',
    ),
    [],
  );
});

test('Japanese and Chinese: no ASCII space between a date or count and the sentence around it (Korean and Thai keep theirs)', () => {
  assert.deepEqual(problems('ja', 'dispute.passed', '期限は {date} に過ぎています。'), [
    'ja dispute.passed: an ASCII space between a placeholder or number and the text around it (は {)',
  ]);
  assert.deepEqual(problems('zh-CN', 'faq.results', '{n, plural, other {共 # 条结果}}'), [
    'zh-CN faq.results: an ASCII space between a placeholder or number and the text around it (共 #)',
  ]);
  // A number written into the string itself (outside check c22-1: `付款后 180 天内`, `24 小时服务`).
  assert.deepEqual(problems('zh-CN', 'hotline.always', '24 小时服务'), [
    'zh-CN hotline.always: an ASCII space between a placeholder or number and the text around it (4 小)',
  ]);
  assert.deepEqual(problems('zh-CN', 'callPrep.card4L', '卡号后 4位'), [
    'zh-CN callPrep.card4L: an ASCII space between a placeholder or number and the text around it (后 4)',
  ]);
  assert.deepEqual(problems('zh-CN', 'hotline.always', '24小时服务'), []);
  assert.deepEqual(problems('ko', 'hotline.always', '24시간 운영'), []);
  assert.deepEqual(problems('ja', 'dispute.passed', '期限は{date}に過ぎています。'), []);
  assert.deepEqual(problems('th', 'dispute.left', '{n, plural, other {เหลืออีก # วัน}}'), []);
});

test('plurals: a missing "other", a category the language lacks, a missing category, a misspelt one', () => {
  assert.deepEqual(problems('ja', 'faq.results', '{n, plural, one {#件}}'), [
    'ja faq.results: plural "n" has no "other" branch',
    'ja faq.results: plural "n": "one" is no plural category of ja (other)',
  ]);
  assert.deepEqual(problems('ja', 'faq.results', '{n, plural, one {#件} other {#件}}'), [
    'ja faq.results: plural "n": "one" is no plural category of ja (other)',
  ]);
  assert.deepEqual(problems('ru', 'dispute.left', '{n, plural, one {Остался # день} other {Осталось # дней}}'), [
    'ru dispute.left: plural "n": the category "few" of ru is missing (few, many, one, other)',
    'ru dispute.left: plural "n": the category "many" of ru is missing (few, many, one, other)',
  ]);
  assert.deepEqual(problems('de', 'dispute.left', '{n, plural, one {Noch # Tag} othr {Noch # Tage}}'), [
    'de dispute.left: plural "n": "othr" is no plural category',
    'de dispute.left: plural "n" has no "other" branch',
  ]);
  assert.deepEqual(problems('de', 'dispute.left', '{n, plural, one {Noch # Tag} one {Noch ein Tag} other {Noch # Tage}}'), [
    'de dispute.left: plural "n": the branch "one" twice',
  ]);
  assert.deepEqual(problems('de', 'dispute.left', '{n, plural, one Noch # Tag other {Noch # Tage}}'), [
    'de dispute.left: plural "n": "one Noch # Tag other" is no "selector {message}" branch',
    'de dispute.left: plural "n" has no "other" branch',
    'de dispute.left: plural "n": the category "one" of de is missing (one, other)',
  ]);
});

test("placeholders: one missing, one renamed or translated, the plural's variable dropped", () => {
  assert.deepEqual(problems('es', 'dispute.due', 'Último día para presentar la disputa'), ['es dispute.due: the placeholder {date} of English is missing']);
  assert.deepEqual(problems('es', 'dispute.due', 'Último día: {fecha}'), [
    'es dispute.due: the placeholder {date} of English is missing',
    'es dispute.due: {fecha} is no placeholder of English ({date})',
  ]);
  // "{n} of {total}" written plainly where English's plural is on `total`: same names, accepted.
  assert.deepEqual(problems('fr', 'dispute.req', '{n} éléments obligatoires prêts sur {total}'), []);
  assert.deepEqual(
    problems('fr', 'dispute.req', '{n, plural, one {# élément obligatoire prêt} many {# éléments obligatoires prêts} other {# éléments obligatoires prêts}}'),
    ['fr dispute.req: the placeholder {total} of English is missing'],
  );
});

test('syntax: "#" outside a plural, unbalanced braces, a select, a brace with no name', () => {
  assert.deepEqual(problems('tr', 'dispute.left', 'Kalan gün: #'), [
    'tr dispute.left: "#" outside a plural branch (at 11): it would show as "#"',
    'tr dispute.left: the placeholder {n} of English is missing',
  ]);
  assert.deepEqual(problems('tr', 'dispute.due', 'Son başvuru günü: {date'), [
    'tr dispute.due: a "{" that no "}" closes (at 18)',
    'tr dispute.due: the placeholder {date} of English is missing',
  ]);
  assert.deepEqual(problems('tr', 'dispute.due', 'Son başvuru günü: {date}}'), ['tr dispute.due: a "}" that no "{" opens (at 24)']);
  assert.deepEqual(problems('tr', 'dispute.left', '{n, select, one {# gün} other {# gün}}'), [
    'tr dispute.left: "{n, select, one {# gün} other {# gün}}": only placeholders and plurals are supported ("select" is not)',
    'tr dispute.left: the placeholder {n} of English is missing',
  ]);
  assert.deepEqual(problems('tr', 'dispute.due', 'Son başvuru günü: { date }'), []);
  assert.deepEqual(problems('tr', 'dispute.due', 'Son başvuru günü: {tarih saati}'), [
    'tr dispute.due: "{tarih saati}" is neither a placeholder {name} nor a plural',
    'tr dispute.due: the placeholder {date} of English is missing',
  ]);
  // Apostrophes are text, not ICU quotes: French and Italian keep their elisions.
  assert.deepEqual(problems('fr', 'dispute.due', "Jusqu'au {date} pour l'ouvrir"), []);
});

test('keys: a missing key, a key English does not have, a value that is no string, an empty string', () => {
  const { search: _, ...noSearch } = chinese.faq;
  assert.deepEqual(checkLanguage('zh-CN', { ...chinese, faq: noSearch }, plural, always), ['zh-CN faq.search: missing']);
  assert.deepEqual(checkLanguage('zh-CN', with_(chinese, 'faq.serach', '搜索'), plural, always), ['zh-CN faq.serach: no such key in English (left over?)']);
  assert.deepEqual(problems('zh-CN', 'faq.search', ['搜索']), ['zh-CN faq.search: not a string (object)']);
  assert.deepEqual(problems('zh-CN', 'faq.search', ' '), ['zh-CN faq.search: empty']);
  // The FAQ's synonyms may be empty: `""` means none (faq.en.ts).
  assert.deepEqual(problems('zh-CN', 'faq.synonyms', ''), []);
  const { center: _c, ...noCenter } = chinese;
  assert.deepEqual(checkLanguage('zh-CN', noCenter, plural, always), ['zh-CN center: the section is missing']);
});

test('English left: the same string (case and punctuation aside), or three English words in a row', () => {
  assert.deepEqual(problems('fr', 'faq.copy', 'Copy link'), [
    'fr faq.copy: identical to English ("Copy link"): translate it or list it in src/locales/identical.json with the reason',
  ]);
  assert.deepEqual(problems('fr', 'faq.copy', 'copy link.'), [
    'fr faq.copy: identical to English ("copy link."): translate it or list it in src/locales/identical.json with the reason',
  ]);
  // An English plural pasted in place of a translation.
  assert.deepEqual(problems('ja', 'dispute.left', '{n, plural, other {# days left}}'), [
    'ja dispute.left: English left in: every word is English\'s ("{n, plural, other {# days left}}")',
  ]);
  assert.deepEqual(problems('de', 'dispute.left', '{n, plural, one {# day left} other {# days left}}'), [
    'de dispute.left: identical to English ("{n, plural, one {# day left} other {# da"): translate it or list it in src/locales/identical.json with the reason',
  ]);
  assert.deepEqual(problems('it', 'dispute.masked', 'Card number hidden: vengono conservate solo le ultime 4 cifre.'), [
    'it dispute.masked: English left in: "card number hidden"',
  ]);
  assert.deepEqual(problems('ko', 'faq.otherLanguage', '이 답변은 not available in your language 이므로 {language}(으)로 표시됩니다.'), [
    'ko faq.otherLanguage: English left in: "not available in your language"',
  ]);
  // Codes written in capitals are written so in every language: "CVV, PIN, password" is no run of English words.
  assert.deepEqual(
    problems('it', 'callPrep.wSecret', 'Non condivida mai CVV, PIN, password o codici: li sostituiamo con •••••• prima di salvare o inviare.'),
    [],
  );
  // Brand names and codes in a translated string are no leftover; a listed key may stay as in English.
  assert.deepEqual(problems('es', 'dispute.k-visa', 'Tarjeta Visa, banco de otro país'), []);
  assert.deepEqual(problems('de', 'dispute.k-paypal', 'PayPal'), []);
  assert.deepEqual(problems('de', 'dispute.k-paypal', 'PayPal', new Set([...allowedFor('de')].filter((k) => k !== 'dispute.k-paypal'))), [
    'de dispute.k-paypal: identical to English ("PayPal"): translate it or list it in src/locales/identical.json with the reason',
  ]);
  // A string with no words of its own has nothing to translate.
  assert.deepEqual(problems('de', 'dispute.sentence', '{text}.'), []);
  // A whole table pasted from English: every string with words is caught.
  const pasted = checkLanguage('de', plural, plural);
  assert.ok(pasted.length > 200 && pasted.every((p) => / (identical to English|English left in)/.test(p)), pasted.slice(0, 3).join('\n'));
});

test('files: a missing section file or locale file, a wrong direction, allowlist entries that are wrong or stale', async () => {
  const dir = mkdtempSync(`${tmpdir()}/strings-`);
  try {
    for (const folder of ['src/locales', ...Object.values(SECTIONS).map(([f]) => `src/components/${f}`)]) mkdirSync(`${dir}/${folder}`, { recursive: true });
    // Each section's file of the language and its second part if it has one (dispute-checklist.guidance.<tag>.ts).
    const copy = (tag, as = tag) => {
      for (const [folder, stem] of Object.values(SECTIONS))
        for (const f of readdirSync(`src/components/${folder}`)) {
          const part = new RegExp(`^${stem}(\\.[a-z]+)?\\.${tag}\\.ts$`).exec(f);
          if (!part) continue;
          const text = readFileSync(`src/components/${folder}/${f}`, 'utf8').replaceAll(`.${tag}.js'`, `.${as}.js'`);
          writeFileSync(`${dir}/src/components/${folder}/${stem}${part[1] ?? ''}.${as}.ts`, text);
        }
    };
    copy('en');
    // "he" with its own strings and Chinese's locale file (dir 'ltr'); "ko" has strings but no locale file and no center.
    copy('he');
    writeFileSync(`${dir}/src/locales/he.ts`, readFileSync('src/locales/zh-CN.ts', 'utf8'));
    copy('zh-CN', 'ko');
    rmSync(`${dir}/src/components/center/center.ko.ts`);
    writeFileSync(
      `${dir}/src/locales/identical.json`,
      JSON.stringify({
        '*': { 'callPrep.file': 'a file name', 'hotline.whatsapp': 'brand', 'hotline.lineApp': 'brand', 'dispute.k-paypal': 'brand' },
        he: { 'hotline.wechat': 'brand', 'faq.search': 'no longer needed', 'faq.nope': 'no such key', 'faq.all': '' },
        // A language not on disk yet (merged later): its entries wait for it.
        fr: { 'faq.search': 'not on disk' },
      }),
    );
    const { languages, problems: found } = await checkAll(dir);
    assert.deepEqual(languages, ['he', 'ko']);
    assert.deepEqual(found, [
      "he: src/locales/he.ts says dir: 'ltr', the language is written rtl",
      'identical.json he faq.search: the string is translated now: remove the entry',
      'identical.json he faq.nope: no such key',
      'identical.json he faq.all: give the reason it stays as in English',
      "ko: src/locales/ko.ts is missing (the language's table and direction)",
      'ko: src/components/center/center.ko.ts is missing',
      'ko center: the section is missing',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('parseMessage reads names and plurals as the elements fill them', () => {
  const { names, plurals, problems: p } = parseMessage('{total, plural, =0 {Nothing} one {{n} of # item} other {{n} of # items}}');
  assert.deepEqual([...names], ['total', 'n']);
  assert.deepEqual(plurals, [{ name: 'total', selectors: ['=0', 'one', 'other'] }]);
  assert.deepEqual(p, []);
});
