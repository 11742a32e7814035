import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/faq.js';
import '../src/center.js';
import type { FaqItemData, SupportFaq, SupportFaqItem } from '../src/faq.js';
import type { SupportCenter } from '../src/center.js';
import { capture, text } from './helpers.js';
import { animations, question, questionTexts as shown, ready } from './helpers.js';

// Answers per language (issue 19): a data item's `question` and `answer` may be given per BCP 47 tag; the FAQ
// shows its own language (the nearest `lang`), falls back by tag and script, then to `default-lang`, then to the
// item's first language, and says so when it shows another language than the page's.

const ld = (): Record<string, unknown> =>
  JSON.parse(document.head.querySelector('script[type="application/ld+json"]')!.textContent!) as Record<string, unknown>;
const notice = (it: SupportFaqItem): HTMLElement | null => it.shadowRoot!.querySelector('[part=notice]');

/** A FAQ with `items` inside `<div lang=…>`, rendered. */
async function faqIn(lang: string, items: FaqItemData[], attrs = ''): Promise<{ host: HTMLElement; el: SupportFaq; items: SupportFaqItem[] }> {
  const host = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  // Attributes written into the markup as a merchant writes them (default-lang, structured-data, …).
  host.append(document.createRange().createContextualFragment(`<support-faq ${attrs}></support-faq>`));
  const el = host.querySelector('support-faq')!;
  el.items = items;
  return { host, el, items: await ready(el) };
}

const refund: FaqItemData = {
  id: 'refund',
  question: { en: 'How long does a refund take?', 'zh-CN': '退款需要多长时间？', ar: 'كم يستغرق استرداد المبلغ؟' },
  answer: { en: 'To a card: **5 to 10 business days**.', 'zh-CN': '退回银行卡：**5 至 10 个工作日**。', ar: 'إلى البطاقة: **من 5 إلى 10 أيام عمل**.' },
};
const englishOnly: FaqItemData = { id: 'fees', question: { en: 'Are there any fees?' }, answer: { en: 'No fees for payments in your currency.' } };

describe('<support-faq> answers per language', () => {
  it('shows each item in the page language, falling back by tag, script, default language, then first language', async () => {
    const { items } = await faqIn(
      'zh-HK',
      [
        // zh-HK reads Traditional Chinese: zh-Hant, never zh-CN (Simplified), whatever the order.
        {
          question: { en: 'Card declined', 'zh-CN': '银行卡被拒', 'zh-Hant': '銀行卡被拒' },
          answer: { en: 'Call your bank.', 'zh-CN': '请联系银行。', 'zh-Hant': '請聯絡銀行。' },
        },
        // Another Traditional region: same language and script.
        { question: { 'zh-TW': '更改地址', en: 'Change address' }, answer: { 'zh-TW': '在設定中更改。', en: 'Change it in Settings.' } },
        // `zh` is Simplified: the merchant's default language (en) instead.
        { question: { zh: '退款', en: 'Refunds' }, answer: { zh: '五个工作日。', en: 'Five business days.' } },
        // Neither Chinese nor the default: the first language given.
        { question: { ar: 'الرسوم', fr: 'Frais' }, answer: { ar: 'لا رسوم.', fr: 'Aucuns frais.' } },
      ],
      'default-lang="en"',
    );
    expect(shown(items)).to.deep.equal(['銀行卡被拒', '更改地址', 'Refunds', 'الرسوم']);
    expect(items.map((it) => it.getAttribute('lang'))).to.deep.equal(['zh-Hant', 'zh-TW', 'en', 'ar']);
    expect(items.map((it) => it.getAttribute('dir'))).to.deep.equal(['ltr', 'ltr', 'ltr', 'rtl']);
    expect(text(items[0])).to.equal('請聯絡銀行。');
    expect(text(items[3])).to.equal('لا رسوم.');

    // en-GB takes `en` before `en-US` (the tag shortened), and the item in the page's own language has no `lang`.
    const gb = await faqIn('en-GB', [
      { question: { 'en-US': 'Color settings', en: 'Colour settings' }, answer: { 'en-US': 'Pick a color.', en: 'Pick a colour.' } },
      { question: { fr: 'Question', 'en-GB': 'Cheque payments' }, answer: { fr: 'Réponse', 'en-GB': 'We do not take cheques.' } },
      { question: { de: 'Frage', 'en-US': 'Zip code' }, answer: { de: 'Antwort', 'en-US': 'Any zip code.' } },
    ]);
    expect(shown(gb.items)).to.deep.equal(['Colour settings', 'Cheque payments', 'Zip code']);
    expect(gb.items.map((it) => it.getAttribute('lang'))).to.deep.equal(['en', null, 'en-US']);
  });

  it('without default-lang, shows the first language an item gives; ids stay those of that language', async () => {
    const { items } = await faqIn('ar', [
      refund,
      { question: { 'zh-CN': '如何联系我们？', en: 'How do I contact you?' }, answer: { 'zh-CN': '拨打热线。', en: 'Call the hotline.' } },
    ]);
    expect(shown(items)).to.deep.equal(['كم يستغرق استرداد المبلغ؟', '如何联系我们？']);
    // The id comes from the default (here: first) language's question, the same in every page language.
    expect(items[1].id).to.equal('如何联系我们');
  });

  it('says so, in the page language, when an answer is in another language; lang and dir follow the content', async function () {
    // Opening, fading in and axe on several answers: seconds in WebKit's driver on a loaded 2-core machine.
    this.timeout(30_000);
    const zh = await faqIn('zh-CN', [refund, englishOnly]);
    const [ok, fees] = zh.items;
    question(fees).click();
    question(ok).click();
    await zh.el.updateComplete;
    // Not for the answer in the page language.
    expect(notice(ok)?.hidden ?? true).to.equal(true);
    expect(ok.hasAttribute('lang')).to.equal(false);
    expect(text(notice(fees))).to.equal('此回答暂无您所用语言的版本，现以英语显示。');
    expect(notice(fees)!.getAttribute('lang')).to.equal('zh-CN');
    expect(fees.getAttribute('lang')).to.equal('en');
    // What a screen reader and CSS see: the question and answer are English, the notice and the FAQ's own buttons Chinese.
    expect(question(fees).matches(':lang(en)')).to.equal(true);
    expect(fees.querySelector('p')!.matches(':lang(en)')).to.equal(true);
    expect(notice(fees)!.matches(':lang(zh-CN)')).to.equal(true);
    expect(fees.shadowRoot!.querySelector('[part=link]')!.matches(':lang(zh-CN)')).to.equal(true);
    // Before the answer: read first.
    expect(notice(fees)!.compareDocumentPosition(fees.shadowRoot!.querySelector('slot')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await animations(zh.el);
    await expect(zh.el).to.be.accessible();

    // An Arabic page: the notice is Arabic and right-to-left, the English item left-to-right.
    const ar = await faqIn('ar', [englishOnly]);
    const [it] = ar.items;
    question(it).click();
    await ar.el.updateComplete;
    expect(text(notice(it))).to.equal('هذه الإجابة غير متوفرة بلغتك، لذا تُعرض باللغة الإنجليزية.');
    expect([notice(it)!.lang, notice(it)!.dir, it.dir]).to.deep.equal(['ar', 'rtl', 'ltr']);
    expect(getComputedStyle(question(it)).direction).to.equal('ltr');
    expect(getComputedStyle(notice(it)!).direction).to.equal('rtl');
    await animations(ar.el);
    await expect(ar.el).to.be.accessible();

    // An English page, an Arabic-only item: right-to-left content, English notice.
    const en = await faqIn('en', [{ question: { ar: 'هل توجد رسوم؟' }, answer: { ar: 'لا توجد رسوم.' } }]);
    question(en.items[0]).click();
    await en.el.updateComplete;
    expect([en.items[0].lang, en.items[0].dir]).to.deep.equal(['ar', 'rtl']);
    expect(text(notice(en.items[0]))).to.equal('This answer is not available in your language, so it is shown in Arabic.');
    await animations(en.el);
    await expect(en.el).to.be.accessible();
  });

  it('gives an in-page item marked in another language the notice too, not one in a variant of the page language', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="zh-CN">
      <support-faq-item lang="en" question="Any fees?"><p>None.</p></support-faq-item>
      <support-faq-item lang="zh-Hans" question="有费用吗？"><p>没有。</p></support-faq-item>
    </support-faq>`);
    const [en, zh] = await ready(el);
    question(en).click();
    question(zh).click();
    await el.updateComplete;
    expect(text(notice(en))).to.equal('此回答暂无您所用语言的版本，现以英语显示。');
    expect(notice(zh)).to.equal(null);
  });

  it('gives the notice of the language an in-page item has when it opens, also after its lang changed (issue 17: the item works it out)', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="en-GB">
      <support-faq-item question="Frais ?"><p>Aucuns.</p></support-faq-item>
    </support-faq>`);
    const [it] = await ready(el);
    const open = async (): Promise<void> => {
      question(it).click();
      await el.updateComplete;
    };
    await open();
    expect(notice(it)).to.equal(null);
    await open();
    // Marked French after the FAQ gave it its context: opened, it says so in the FAQ's language.
    it.lang = 'fr';
    await open();
    expect(text(notice(it))).to.equal('This answer is not available in your language, so it is shown in French.');
    expect([notice(it)!.lang, notice(it)!.hidden]).to.deep.equal(['en-GB', false]);
    await open();
    // A variant of the FAQ's language is no other language; no `lang`, no notice either.
    it.lang = 'en-US';
    await open();
    expect(notice(it)!.hidden).to.equal(true);
    await open();
    it.removeAttribute('lang');
    await open();
    expect(notice(it)!.hidden).to.equal(true);
    // And the FAQ's language changing changes the notice's language, at the next refresh of the item.
    await open();
    it.lang = 'de';
    el.lang = 'zh-CN';
    await waitUntil(
      () => question(it).getAttribute('aria-expanded') === 'false' && el.shadowRoot!.querySelector('[part=base]')!.getAttribute('lang') === 'zh-CN',
    );
    await open();
    expect(text(notice(it))).to.equal('此回答暂无您所用语言的版本，现以德语显示。');
  });

  it('shows the items again in a new language when the page language changes, open items staying open', async () => {
    const { host, el, items } = await faqIn('en', [refund, englishOnly]);
    question(items[0]).click();
    await el.updateComplete;
    host.lang = 'zh-CN';
    await waitUntil(() => shown([...el.shadowRoot!.querySelectorAll('support-faq-item')])[0] === '退款需要多长时间？');
    let now = await ready(el);
    expect(shown(now)).to.deep.equal(['退款需要多长时间？', 'Are there any fees?']);
    expect(now.map((it) => [it.id, it.open])).to.deep.equal([
      ['refund', true],
      ['fees', false],
    ]);
    expect(text(now[0])).to.equal('退回银行卡：5 至 10 个工作日。');
    // The element's own `lang` wins over its ancestor's.
    el.lang = 'ar';
    await waitUntil(() => question(el.shadowRoot!.querySelector('support-faq-item') as SupportFaqItem).textContent!.trim() === 'كم يستغرق استرداد المبلغ؟');
    now = await ready(el);
    expect(now[0].open).to.equal(true);
    expect(text(el.shadowRoot!.querySelector('#data')!.closest('[part=base]')!.querySelector('[part=empty]'))).to.equal('لا توجد إجابات مطابقة.');
  });

  it('reports bad per-language fields by path and renders the rest', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq lang="zh-CN" default-lang="english please">
        <script type="application/json">
          {
            "items": [
              { "id": "a", "question": { "en": "Refund?", "zh-CN": 42 }, "answer": { "en": "Five days." } },
              { "id": "b", "question": { "english!": "Bad tag", "en": "Good tag" }, "answer": "Plain answer." },
              { "id": "c", "question": {}, "answer": "No question." },
              { "id": "d", "question": "Answer with nothing usable", "answer": { "fr_FR": "Bonjour", "de": "" } },
              { "id": "e", "question": { "en": "Mismatch" }, "answer": { "ar": "لا." } }
            ]
          }
        </script>
      </support-faq>`);
      const items = await ready(el);
      expect(items.map((it) => it.id)).to.deep.equal(['a', 'b', 'e']);
      expect(shown(items)).to.deep.equal(['Refund?', 'Good tag', 'Mismatch']);
      const said = errors.calls.join('\n');
      for (const part of [
        'default-lang: expected a BCP 47 language tag like "en" or "zh-CN", got string "english please"',
        'items[0].question.zh-CN: expected a non-empty string, got number 42',
        'items[1].question["english!"]: not a BCP 47 language tag',
        // Left empty: said as what the merchant did (C21b-3).
        'items[2].question: this question is empty: a question needs its text',
        // Nothing usable in it: one report for the field, not one per key (hostile/fuzz.test.ts: one report per bad field).
        'items[3].answer: expected a string, or texts by language like { "en": "…" }, got an object with no usable language',
        'items[4]: the question and the answer have no language in common',
      ])
        expect(said).to.include(part);
      expect(errors.calls.every((c) => c.includes('support-faq'))).to.equal(true);
    } finally {
      errors.restore();
    }
  });

  it('says which question or answer a merchant left empty, in their words, at its path', async () => {
    // C21b-3: an empty field used to be "got an object with no usable language", a JSON type the merchant never wrote.
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq lang="en"></support-faq>`);
      el.items = [
        { id: 'a', question: { en: '' }, answer: { en: 'Five days.' } },
        { id: 'b', question: 'Refund?', answer: '   ' },
        { id: 'c', question: {}, answer: { en: 'Five days.' } },
        { id: 'd', question: { en: 'Fees?', fr: ' ' }, answer: { en: 'None.', fr: 'Aucun.' } },
        { id: 'e', question: 'Hours?', answer: { en: '\u200f ' }, category: { en: '' } },
      ] as FaqItemData[];
      const items = await ready(el);
      expect(shown(items)).to.deep.equal(['Fees?']);
      const said = errors.calls.join('\n');
      for (const part of [
        'items[0].question: this question is empty: a question needs its text',
        'items[1].answer: this answer is empty: an answer needs its text',
        'items[2].question: this question is empty: a question needs its text',
        'items[3].question.fr: this question is empty in this language: write it, or leave the language out',
        'items[4].answer: this answer is empty: an answer needs its text',
        'items[4].category: this category is empty: a category needs its name',
      ])
        expect(said).to.include(part);
      expect(said).not.to.include('no usable language');
    } finally {
      errors.restore();
    }
  });

  it('takes no language, text or default language from a polluted Object.prototype', async () => {
    const values = { 'zh-CN': '<b>injected</b>', zh: 'injected', defaultLang: 'zh-CN' };
    for (const [k, v] of Object.entries(values))
      Object.defineProperty(Object.prototype, k, { value: v, configurable: true, writable: true, enumerable: false });
    try {
      const el = await fixture<SupportFaq>(html`<support-faq lang="zh-CN">
        <script type="application/json">
          { "items": [{ "id": "fees", "question": { "en": "Are there any fees?" }, "answer": { "ar": "لا رسوم.", "en": "No fees." } }] }
        </script>
      </support-faq>`);
      const [it] = await ready(el);
      // No language from the prototype: the one language question and answer share (en), not zh-CN's injected text.
      expect(shown([it])).to.deep.equal(['Are there any fees?']);
      expect(text(it)).to.equal('No fees.');
      expect(it.lang).to.equal('en');
      expect(el.shadowRoot!.textContent).not.to.include('injected');
    } finally {
      for (const k of Object.keys(values)) delete (Object.prototype as Record<string, unknown>)[k];
    }
  });

  it('writes the structured data in the language shown, with inLanguage, and follows a language change', async () => {
    const { host, el } = await faqIn('zh-CN', [refund, englishOnly], 'structured-data');
    let data = ld();
    expect(data.inLanguage).to.equal('zh-CN');
    expect(data.mainEntity).to.deep.equal([
      { '@type': 'Question', name: '退款需要多长时间？', acceptedAnswer: { '@type': 'Answer', text: '退回银行卡：5 至 10 个工作日。' } },
      {
        '@type': 'Question',
        inLanguage: 'en',
        name: 'Are there any fees?',
        acceptedAnswer: { '@type': 'Answer', inLanguage: 'en', text: 'No fees for payments in your currency.' },
      },
    ]);
    host.lang = 'ar';
    await waitUntil(() => ld().inLanguage === 'ar');
    data = ld();
    expect((data.mainEntity as { name: string }[])[0].name).to.equal('كم يستغرق استرداد المبلغ؟');
    el.remove();
  });

  it('takes defaultLang from the JSON config and from <support-center>’s faq config', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="ar">
      <script type="application/json">
        { "defaultLang": "zh-CN", "items": [{ "id": "x", "question": { "en": "Fees?", "zh-CN": "有费用吗？" }, "answer": { "en": "No.", "zh-CN": "没有。" } }] }
      </script>
    </support-faq>`);
    const [it] = await ready(el);
    expect(shown([it])).to.deep.equal(['有费用吗？']);

    const center = await fixture<SupportCenter>(html`<support-center lang="ar"></support-center>`);
    center.config = { faq: { defaultLang: 'zh-CN', items: [{ question: { en: 'Fees?', 'zh-CN': '有费用吗？' }, answer: { en: 'No.', 'zh-CN': '没有。' } }] } };
    await center.updateComplete;
    const faq = center.shadowRoot!.querySelector('support-faq')!;
    expect(faq.defaultLang).to.equal('zh-CN');
    const [inner] = await ready(faq);
    expect(shown([inner])).to.deep.equal(['有费用吗？']);
  });
});
