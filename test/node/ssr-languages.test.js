// Chinese and Arabic on the server: an element's own `lang` renders its language and direction once the
// language's entry point (`support-widgets/locales/ar.js`, `/zh-CN.js`) is imported on the server, as
// docs/react.md says; without it the server writes English and says so once, naming the import to add.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { renderElement } from './server-render.js';

/** What the server writes, without style sheets and Lit's markers. */
const html = async (name) => (await renderElement(name)).replace(/<style>[^]*?<\/style>/g, '').replace(/<!--[^]*?-->/g, '');

test('<support-faq lang="ar"> renders Arabic, right to left, on the server', async () => {
  const out = await html('faq-ar');
  assert.match(out, /<div\s+part="base"\s+dir="rtl"/);
  assert.ok(out.includes('<label for="s" part="label">ابحث في الأسئلة</label>'), 'the search label in Arabic');
  assert.match(out, /<button part="chip"\s+aria-pressed="true" >الكل<\/button>/, 'the "All" chip in Arabic');
  assert.ok(!out.includes('Search questions'), 'no English label left');
});

test('<support-faq lang="zh-CN"> renders Chinese, left to right, on the server', async () => {
  const out = await html('faq-zh');
  assert.match(out, /<div\s+part="base"\s+dir="ltr"/);
  assert.ok(out.includes('<label for="s" part="label">搜索问题</label>'), 'the search label in Chinese');
  assert.ok(!out.includes('Search questions'));
});

test('<support-hotline lang="ar"> and lang="zh-CN" render their language on the server', async () => {
  const ar = await html('hotline-ar');
  assert.match(ar, /<section part="base" dir="rtl" lang="ar" aria-label="[^"a-zA-Z]+">/);
  assert.ok(ar.includes('نسخ الرقم'), 'the copy button in Arabic');
  const zh = await html('hotline-zh');
  assert.match(zh, /<section part="base" dir="ltr" lang="zh-CN" aria-label="客服热线">/);
  assert.ok(zh.includes('>复制号码</button>'));
});

test('<support-center lang="ar"> renders its sections in Arabic on the server too', async () => {
  const out = await html('center-ar');
  assert.match(out, /<support-faq\s+lang="ar"/);
  assert.match(out, /<support-hotline\s+lang="ar"/);
  assert.ok(out.includes('<label for="s" part="label">ابحث في الأسئلة</label>'), "the FAQ's search label in Arabic");
  assert.ok(out.includes('نسخ الرقم'), "the hotline's copy button in Arabic");
  assert.ok(!/Search questions|Copy number/.test(out));
});

/** Renders `template` in a fresh Node process that imports only `imports`: its HTML, and what it logged. */
function fresh(imports, template) {
  const code = `
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
${imports.map((m) => `import '${m}';`).join('\n')}
process.stdout.write(await collectResult(render(html\`${template}\`)));
`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r;
}

test('without the language imported, the server writes English, dates and direction included, and warns once, naming the import', () => {
  const r = fresh(
    ['support-widgets'],
    '<support-faq lang="ar" searchable></support-faq><support-hotline lang="ar-EG" label="Support" number="+18005550100" hours="Mo-Fr 09:00-18:00" timezone="America/New_York"></support-hotline>',
  );
  assert.ok(r.stdout.includes('Search questions'));
  // All of it English: the hotline's days and times too (not "opens الاثنين 9:00 ص"), left to right, and its
  // base says so (hydration renders first in that language, see LocaleController.hydrateFrom).
  assert.match(r.stdout, /<p part="status" data-state="\w+"><strong><!--lit-part-->(Open now|Closed|Closing soon|Opening soon)/);
  assert.doesNotMatch(r.stdout, /[\u0600-\u06ff]/);
  assert.equal(r.stdout.match(/part="base"\s+dir="ltr"\s+lang="en"/g)?.length, 2);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /lang="ar".*English on the server.*import 'support-widgets\/locales\/ar\.js'/);
});

test('with the language imported, nothing is logged', () => {
  const r = fresh(['support-widgets', 'support-widgets/locales/ar.js'], '<support-faq lang="ar" searchable></support-faq>');
  assert.equal(r.stderr, '');
  assert.ok(r.stdout.includes('ابحث في الأسئلة'));
});
