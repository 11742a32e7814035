import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { SupportFaq } from '../src/faq.js';
import { capture } from './helpers.js';
import { focused } from './helpers.js';
import { attackerItems, attackerQueries, question, ready, searchFor as search, shownIds as shown } from './helpers.js';

/** The "Best matches" list: its label and the ids its links open, in its order. */
const best = (el: SupportFaq): { label: string; ids: string[] } | undefined => {
  const part = el.shadowRoot!.querySelector('[part=best]');
  if (!part) return undefined;
  const list = part.querySelector('ul')!;
  return {
    label: el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent!,
    ids: [...list.querySelectorAll('a')].map((a) => decodeURIComponent(a.hash.slice(1))),
  };
};
/** The highlighted text, lower case. */
const marked = (): string[] => ([...(CSS.highlights.get('support-faq') ?? [])] as Range[]).map((r) => r.toString().toLowerCase());

const cards = () => html`
  <support-faq-item id="gift" question="Ordering a giftcard"><p>Choose an amount.</p></support-faq-item>
  <support-faq-item id="answer-word" question="Help with payments"><p>Your card is charged at dispatch.</p></support-faq-item>
  <support-faq-item id="cards" question="Which cards do you take?"><p>Visa and Mastercard.</p></support-faq-item>
  <support-faq-item id="lost" question="Lost card"><p>Block it in the app.</p></support-faq-item>
  <support-faq-item id="stolen" question="Stolen card"><p>Block it and call us.</p></support-faq-item>
  <support-faq-item id="holder" question="Changing your name"><p>The cardholder's name must match.</p></support-faq-item>
  <support-faq-item id="other" question="Opening hours"><p>Monday to Friday.</p></support-faq-item>
`;

describe('<support-faq> search ranking, typos and synonyms', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists the best five matches above the list in ranked order: question before answer, word before prefix before inside, ties in page order', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">${cards()}</support-faq>`);
    await ready(el);
    expect(best(el)).to.equal(undefined);
    const { detail } = await search(el, 'Card');
    // The list under it keeps the merchant's order (screen readers, find-in-page and Tab follow what is seen).
    expect(shown(el)).to.deep.equal(['gift', 'answer-word', 'cards', 'lost', 'stolen', 'holder']);
    expect(detail.results).to.equal(6);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim()).to.equal('6 results');
    // Whole word in the question (in page order), prefix in the question, inside a word in the question, whole word in the answer.
    // The best matches are scored in idle slices after the search settles (IDLE_SLICE): wait for the list.
    await waitUntil(() => best(el), 'the best matches');
    expect(best(el)).to.deep.equal({ label: 'Best matches', ids: ['lost', 'stolen', 'cards', 'gift', 'answer-word'] });
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=best] a')];
    expect(links.map((a) => a.textContent)).to.deep.equal([
      'Lost card',
      'Stolen card',
      'Which cards do you take?',
      'Ordering a giftcard',
      'Help with payments',
    ]);
    // One match: nothing to rank. No query: no list.
    await search(el, 'giftcard');
    expect(shown(el)).to.deep.equal(['gift']);
    expect(best(el)).to.equal(undefined);
    await search(el, '');
    expect(best(el)).to.equal(undefined);
  });

  it('forgives one typo in a word of five or more letters, never in four, nor in Chinese, Japanese or Korean; the highlight marks the word found', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      <support-faq-item id="refund" question="How long does a refund take?"><p>Five to ten business days to your card.</p></support-faq-item>
      <support-faq-item id="track" question="Where is my parcel?"><p>Track it with the link in your email.</p></support-faq-item>
      <support-faq-item id="ja" question="クレジットカードの変更"><p>設定から変更できます。</p></support-faq-item>
      <support-faq-item id="ko" question="비밀번호를 잊었어요"><p>재설정하세요.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    // Swapped letters, a missing letter, a wrong letter, an extra letter.
    for (const typo of ['refnud', 'rfund', 'refumd', 'refuund']) {
      expect((await search(el, typo)).detail.results, typo).to.equal(1);
      expect(shown(el), typo).to.deep.equal(['refund']);
      expect(marked(), typo).to.deep.equal(['refund']);
    }
    expect((await search(el, 'how long refnud')).detail.results).to.equal(1);
    expect((await search(el, 'trakc')).detail.results).to.equal(1);
    // Four letters: "cadr" is no "card".
    expect((await search(el, 'cadr')).detail.results).to.equal(0);
    // Two typos are too many.
    expect((await search(el, 'rfnud')).detail.results).to.equal(0);
    // Japanese and Korean words one letter off find nothing (segmentation, not typos, decides there).
    expect((await search(el, 'クレジットカーダ')).detail.results).to.equal(0);
    expect((await search(el, '비밀번호릉')).detail.results).to.equal(0);
    expect((await search(el, 'クレジットカード')).detail.results).to.equal(1);
  });

  it('splits a Chinese query into words (Intl.Segmenter): the words may stand apart in the answer', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="zh-CN" searchable search-delay="0">
      <support-faq-item id="refund-time" question="退款多久能到账？"><p>一般三到五个工作日。</p></support-faq-item>
      <support-faq-item id="pay" question="支付失败怎么办？"><p>请检查网络和余额。</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    // "退款到账" is nowhere as one string: its words 退款 and 到账 are.
    expect((await search(el, '退款到账')).detail.results).to.equal(1);
    expect(shown(el)).to.deep.equal(['refund-time']);
    // Highlighted as the words it was split into (ICU splits 到账 in two).
    expect(marked()).to.include.members(['退款', '账']);
    expect((await search(el, '到账退款')).detail.results).to.equal(1);
    expect((await search(el, '退款失败')).detail.results).to.equal(0);
  });

  it("finds the merchant's synonyms, phrases of several words too, and marks what it found", async () => {
    const el = await fixture<SupportFaq>(html`<support-faq
      searchable
      search-delay="0"
      .synonyms=${[
        ['refund', 'money back'],
        ['退款', '退钱'],
        ['parcel', 'package', 'delivery'],
      ]}
    >
      <support-faq-item id="refund" question="How long does a refund take?"><p>Five to ten business days.</p></support-faq-item>
      <support-faq-item id="guarantee" question="Our guarantee"><p>Not happy? Get your money back within 30 days.</p></support-faq-item>
      <support-faq-item id="zh" question="退款需要多久？"><p>三到五个工作日。</p></support-faq-item>
      <support-faq-item id="track" question="Where is my parcel?"><p>Use the tracking link.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    expect((await search(el, 'money back')).detail.results).to.equal(2);
    expect(shown(el)).to.deep.equal(['refund', 'guarantee']);
    expect(marked()).to.have.members(['refund', 'money back']);
    expect((await search(el, 'your Money  Back')).detail.results).to.equal(1);
    expect(shown(el)).to.deep.equal(['guarantee']);
    expect((await search(el, 'refund')).detail.results).to.equal(2);
    expect((await search(el, '退钱')).detail.results).to.equal(1);
    expect(shown(el)).to.deep.equal(['zh']);
    expect(marked()).to.deep.equal(['退款']);
    expect((await search(el, 'delivery')).detail.results).to.equal(1);
    expect(shown(el)).to.deep.equal(['track']);
  });

  it('knows a few payment words of its language: English and Chinese built-in synonyms', async () => {
    const en = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      <support-faq-item id="failed" question="My payment failed"><p>Check your balance.</p></support-faq-item>
      <support-faq-item id="fee" question="Is there a fee?"><p>No.</p></support-faq-item>
    </support-faq>`);
    await ready(en);
    expect((await search(en, 'declined')).detail.results).to.equal(1);
    expect(shown(en)).to.deep.equal(['failed']);
    expect(marked()).to.deep.equal(['failed']);
    expect((await search(en, 'charge rejected')).detail.results).to.equal(1);
    const zh = await fixture<SupportFaq>(html`<support-faq lang="zh-CN" searchable search-delay="0">
      <support-faq-item id="pay" question="支付失败怎么办？"><p>请检查银行卡余额。</p></support-faq-item>
      <support-faq-item id="charge" question="为什么被扣款两次？"><p>重复的扣款会自动退回。</p></support-faq-item>
    </support-faq>`);
    await ready(zh);
    await zh.updateComplete;
    expect((await search(zh, '付款被拒')).detail.results).to.equal(1);
    expect(shown(zh)).to.deep.equal(['pay']);
    expect((await search(zh, '扣钱')).detail.results).to.equal(1);
    expect(shown(zh)).to.deep.equal(['charge']);
    // A merchant's strings can turn the built-in list off.
    zh.strings = { synonyms: '' };
    await zh.updateComplete;
    expect((await search(zh, '扣钱')).detail.results).to.equal(0);
  });

  it('reports bad synonyms in the JSON config once, by path, and uses the rest', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
        <script type="application/json">
          { "synonyms": [["refund", "money back"], ["alone"], ["parcel", 42]] }
        </script>
        <support-faq-item id="refund" question="How long does a refund take?"><p>Days.</p></support-faq-item>
        <support-faq-item id="track" question="Where is my parcel?"><p>Track it.</p></support-faq-item>
      </support-faq>`);
      await ready(el);
      expect(errors.calls).to.have.length(2);
      expect(errors.calls[0]).to.match(/^<support-faq> synonyms\[1\]: expected an array of two or more words or phrases/);
      expect(errors.calls[1]).to.match(/^<support-faq> synonyms\[2\]\[1\]: expected a non-empty string, got number 42/);
      expect((await search(el, 'money back')).detail.results).to.equal(1);
      expect(shown(el)).to.deep.equal(['refund']);
      el.synonyms = 'refund=money back' as unknown as string[][];
      await el.updateComplete;
      expect(errors.calls).to.have.length(3);
      expect(errors.calls[2]).to.match(/^<support-faq> synonyms: expected an array of groups/);
      expect((await search(el, 'parcel')).detail.results).to.equal(1);
    } finally {
      errors.restore();
    }
  });

  it("survives an attacker's query: regex characters, 10,000 characters, a card number (redacted in the event)", async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0" .items=${attackerItems()}></support-faq>`);
    await ready(el);
    const input = el.shadowRoot!.querySelector('input')!;
    for (const query of attackerQueries) {
      const { detail } = await search(el, query);
      expect(detail.results, query.slice(0, 20)).to.equal(['(visa)', '[x]', 'refunds '.repeat(1_300)].includes(query) ? 300 : 0);
      // What bounds the work of a keystroke, whatever the machine (R10-13: a megabyte blocked the page for a
      // minute): the box keeps 256 characters, and those are what is searched and sent. The time each query
      // takes is a budget of test/budgets.test.ts.
      expect(input.value.length, query.slice(0, 20)).to.equal(Math.min(query.length, 256));
      expect(detail.query.length, query.slice(0, 20)).to.be.at.most(256);
    }
    const { detail } = await search(el, 'refund 4111 1111 1111 1111');
    expect(detail.query).not.to.include('4111 1111 1111 1111');
    expect(detail.results).to.equal(0);
  });

  it('Tab reaches the best matches, Enter opens the item through its deep link and focuses its question', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">${cards()}</support-faq>`);
    const items = await ready(el);
    await search(el, 'card');
    el.shadowRoot!.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent).to.equal('Lost card');
    await sendKeys({ press: 'Tab' });
    expect(focused()?.textContent).to.equal('Stolen card');
    await sendKeys({ press: 'Enter' });
    const stolen = items.find((i) => i.id === 'stolen')!;
    await waitUntil(() => stolen.open && focused() === question(stolen));
    expect(location.hash).to.equal('#stolen');
    expect(stolen.open).to.equal(true);
    expect(focused()).to.equal(question(stolen));
    // The address has that link already: the list still opens it (no hashchange follows).
    stolen.open = false;
    el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=best] a')[1].focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => stolen.open);
    expect(focused()).to.equal(question(stolen));
  });

  for (const [lang, label] of [
    ['en', 'Best matches'],
    ['ar', 'أفضل النتائج المطابقة'],
    ['zh-CN', '最相关的问题'],
  ] as const) {
    it(`is accessible with the best matches shown (${lang})`, async () => {
      const el = await fixture<SupportFaq>(html`<support-faq lang=${lang} searchable search-delay="0">
        <support-faq-item id="a" question="بطاقة مفقودة"><p>أوقف البطاقة من التطبيق. Lost card 卡</p></support-faq-item>
        <support-faq-item id="b" question="بطاقة مسروقة"><p>اتصل بنا. Stolen card 卡</p></support-faq-item>
      </support-faq>`);
      await ready(el);
      await el.updateComplete;
      await search(el, { en: 'card', ar: 'بطاقة', 'zh-CN': '卡' }[lang]);
      await waitUntil(() => best(el), 'the best matches');
      expect(best(el)).to.deep.equal({ label, ids: ['a', 'b'] });
      const part = el.shadowRoot!.querySelector<HTMLElement>('[part=best]')!;
      expect(getComputedStyle(part).direction).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
      await expect(el).to.be.accessible();
    });
  }
});

describe('<support-faq> search on the demo pages', () => {
  /** The FAQ items of a demo page's help center config. */
  async function demoItems(page: string): Promise<unknown[]> {
    const doc = new DOMParser().parseFromString(await (await fetch(`/demo/${page}`)).text(), 'text/html');
    return JSON.parse(doc.querySelector('support-center script[type="application/json"]')!.textContent!).faq.items;
  }

  it('finds the refund answer for the typo "refnud" (English) and for 退钱 (Chinese), as the demo says', async () => {
    for (const [page, lang, query] of [
      ['index.html', 'en', 'refnud'],
      ['zh.html', 'zh-CN', '退钱'],
    ]) {
      const el = await fixture<SupportFaq>(html`<support-faq lang=${lang} searchable search-delay="0" .items=${await demoItems(page)}></support-faq>`);
      await ready(el);
      await el.updateComplete;
      expect((await search(el, query)).detail.results, page).to.equal(1);
      expect(
        [...el.shadowRoot!.querySelectorAll('support-faq-item')].filter((i) => !i.hidden).map((i) => i.id),
        page,
      ).to.deep.equal(['refund-time']);
    }
  });
});
