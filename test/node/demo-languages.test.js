// The demo merchant page in every language the elements ship (c20b-6): demo/page-text.js words the page and the
// merchant's data in each, and every question of the demo's FAQ is written in each, so no language shows an
// English page around its elements (test/e2e/served-language-menu.spec.js looks at ja, ar and de in a browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { PAGE_TEXT, localizeConfig } from '../../demo/page-text.js';

const SHIPPED = readdirSync('src/locales')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3));
const page = readFileSync('demo/index.html', 'utf8');
const config = JSON.parse(page.match(/<support-center[^>]*>\s*<script type="application\/json">([^]*?)<\/script>/)[1]);

test('the demo page has its words and the merchant data in every shipped language, none left in English', () => {
  const keys = Object.keys(PAGE_TEXT.en).sort();
  assert.deepEqual(Object.keys(PAGE_TEXT).sort(), [...SHIPPED].sort());
  for (const tag of SHIPPED.filter((t) => t !== 'en')) {
    const t = PAGE_TEXT[tag];
    assert.deepEqual(Object.keys(t).sort(), keys, tag);
    for (const key of keys) {
      // Documentation is French too; every other word differs from the English.
      if (['docs'].includes(key)) continue;
      assert.notDeepEqual(t[key], PAGE_TEXT.en[key], `${tag}.${key} is still English`);
    }
    assert.match(t.intro, /\{amount\}/, `${tag}: the introduction has the amount`);
  }
});

test('every question and answer of the demo FAQ is written in every shipped language', () => {
  for (const item of config.faq.items)
    for (const field of ['question', 'answer', 'category']) assert.deepEqual(Object.keys(item[field]).sort(), [...SHIPPED].sort(), `${item.id}.${field}`);
});

test('the configuration in Japanese: hotline labels, notes, holidays, the amount by Intl, the case number', () => {
  const ja = localizeConfig(config, 'ja');
  assert.deepEqual(
    ja.hotline.lines.map((l) => l.label),
    ['カスタマーサポート', '中国語サポート', 'アラビア語サポート', '電話リレーサービス・TTY'],
  );
  assert.deepEqual(
    ja.hotline.lines[0].specialHours.map((s) => s.name),
    ['クリスマスイブ', 'クリスマス', '大みそか'],
  );
  assert.ok(ja.dispute.types[0].description.includes(new Intl.NumberFormat('ja', { style: 'currency', currency: 'USD' }).format(89)));
  assert.equal(ja.dispute.types[0].items[0].label, 'ExamplePay の問い合わせ番号');
  assert.deepEqual(ja.dispute.regimes.at(-1), { id: 'custom', label: 'ExamplePay 残高' });
  // The page's own configuration is not changed: the English stays for a page without scripts.
  assert.equal(config.hotline.lines[0].label, 'Customer support');
});

// Outside check c23-8: the Russian checklist card said "Как Вы платили?" and, one line lower, "если вы к нам
// обращались". Russian support text addresses one customer with the polite capital Вы (Ваш, Вам, Вас) throughout;
// a lower-case вы beside it reads as careless. Every Russian string a customer reads: the elements' tables, the
// guidance, the demo page and its merchant data.
test('Russian addresses the reader one way, with the polite capital Вы, in the elements and the demo page', async () => {
  const { importSource, SECTIONS } = await import('../../scripts/check-strings.js');
  const texts = [];
  const collect = (value, where) => {
    if (typeof value === 'string') texts.push([where, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, `${where}.${k}`);
  };
  for (const [section, [folder, stem]] of Object.entries(SECTIONS)) collect((await importSource(`src/components/${folder}/${stem}.ru.ts`))[section], section);
  collect(await importSource('src/components/dispute-checklist/dispute-checklist.guidance.ru.ts'), 'guidance');
  collect(PAGE_TEXT.ru, 'page');
  collect(localizeConfig(config, 'ru'), 'config');
  for (const item of config.faq.items) collect([item.question.ru, item.answer.ru, item.category.ru], `faq.${item.id}`);
  assert.ok(texts.length > 300, `${texts.length} Russian strings`);
  const lower = /(?<![\p{L}\p{M}])(?:вы|вас|вам|вами|ваш\p{L}*)(?![\p{L}\p{M}])/u;
  assert.deepEqual(
    texts.filter(([, text]) => lower.test(text)).map(([where, text]) => `${where}: ${text}`),
    [],
  );
  assert.ok(
    texts.some(([, text]) => /(?<!\p{L})Вы(?!\p{L})/u.test(text)),
    'the polite Вы is used',
  );
});
