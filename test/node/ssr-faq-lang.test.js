// Answers per language on the server (issue 19): a data item given per language is written in the FAQ's
// language, with the `lang` and `dir` of the language it falls back to, as the browser renders it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html } from 'lit';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';

await Promise.all([import('support-widgets'), import('support-widgets/locales/ar.js'), import('support-widgets/locales/zh-CN.js')]);

const items = [
  {
    id: 'refund',
    question: { en: 'How long does a refund take?', 'zh-CN': '退款需要多长时间？', ar: 'كم يستغرق استرداد المبلغ؟' },
    answer: { en: 'To a card: **5 to 10 business days**.', 'zh-CN': '退回银行卡：**5 至 10 个工作日**。', ar: 'إلى البطاقة: **من 5 إلى 10 أيام عمل**.' },
  },
  { id: 'fees', question: { en: 'Are there any fees?', ar: 'هل توجد رسوم؟' }, answer: { en: 'No fees.', ar: 'لا توجد رسوم.' } },
];

/** What the server writes, without style sheets and Lit's markers. */
const serve = async (template) => (await collectResult(render(template))).replace(/<style>[^]*?<\/style>/g, '').replace(/<!--[^]*?-->/g, '');
/** The data items' opening tags and their questions, in order. */
const shown = (out) =>
  [...out.matchAll(/<support-faq-item ([^>]*)>[^]*?<bdi>([^<]*)<\/bdi>/g)].map(([, attrs, q]) => [/lang="([^"]+)"/.exec(attrs)?.[1] ?? null, q]);

test('<support-faq lang="zh-CN"> writes each item in Chinese, an item without Chinese in English with lang="en"', async () => {
  const out = await serve(html`<support-faq lang="zh-CN" .items=${items}></support-faq>`);
  assert.deepEqual(shown(out), [
    [null, '退款需要多长时间？'],
    ['en', 'Are there any fees?'],
  ]);
  assert.ok(out.includes('退回银行卡：<strong>5 至 10 个工作日</strong>。'), 'the Chinese answer');
  assert.match(out, /<support-faq-item\s+id="fees" lang="en" dir="ltr"/);
});

test('<support-center lang="ar"> passes the FAQ its defaultLang: Arabic where given, else the default language', async () => {
  const out = await serve(
    html`<support-center lang="ar" .config=${{ faq: { defaultLang: 'zh-CN', items: [...items, { id: 'x', question: { en: 'Cards?', 'zh-CN': '银行卡？' }, answer: { en: 'Yes.', 'zh-CN': '可以。' } }] } }}></support-center>`,
  );
  assert.deepEqual(shown(out), [
    [null, 'كم يستغرق استرداد المبلغ؟'],
    [null, 'هل توجد رسوم؟'],
    ['zh-CN', '银行卡？'],
  ]);
});

test('an item open on the server in another language than the FAQ’s says so in the server HTML, before its answer', async () => {
  const out = await serve(
    html`<support-faq lang="zh-CN"><support-faq-item id="fees" lang="en" open question="Are there any fees?"><p>No fees.</p></support-faq-item><support-faq-item id="cards" open question="支持哪些银行卡？"><p>全部。</p></support-faq-item></support-faq>`,
  );
  // The notice in the FAQ's language and direction, first in the open answer (where the browser puts it); after the
  // answer the tools row, in the FAQ's language too.
  assert.match(
    out,
    /<div id="a" part="answer"\s*><p id="n" part="notice" lang="zh-CN" dir="ltr"\s*>此回答暂无您所用语言的版本，现以英语显示。<\/p><slot><\/slot><div part="tools" lang="zh-CN" dir="ltr"\s*><button part="link" aria-label="复制链接：Are there any fees\?"\s*>/,
  );
  // Once only: the item in the FAQ's own language has none.
  assert.equal(out.match(/part="notice"/g)?.length, 1);
});
