// Issue 19, outside check c22-4: the ways users type a search every day (Arabic ه for ة, Traditional characters on a
// Simplified page, English inflections, an English word on a page in another language), typed into the box.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { SupportFaq, SupportFaqSearchEvent } from '../src/faq.js';
import { ready, shownQuestions as shown } from './helpers.js';

/** Types `query` into the FAQ's search box over what it held, and resolves with the questions left, once typing settles. */
async function type(el: SupportFaq, query: string): Promise<string[]> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.focus();
  input.select();
  const settled = new Promise<void>((resolve) => {
    const on = (e: Event): void => {
      if ((e as SupportFaqSearchEvent).detail.query !== query) return;
      el.removeEventListener('support-faq-search', on);
      resolve();
    };
    el.addEventListener('support-faq-search', on);
  });
  await sendKeys({ type: query });
  await settled;
  await el.updateComplete;
  return shown(el);
}

/** The questions of the "Best matches" list, best first. */
const best = (el: SupportFaq): string[] => [...el.shadowRoot!.querySelectorAll('[part=best] a')].map((a) => a.textContent!);

describe('<support-faq> search finds what users type (c22-4)', () => {
  it('Arabic: ه typed for ة and ي for ى find the word (كلمه المرور, علي)', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="ar" searchable search-delay="0">
      <support-faq-item question="كيف أحصل على فاتورة؟"><p>من صفحة الطلبات.</p></support-faq-item>
      <support-faq-item question="نسيت كلمة المرور"><p>اضغط على الرابط.</p></support-faq-item>
      <support-faq-item question="ساعات العمل"><p>من الأحد إلى الخميس.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    expect(await type(el, 'كلمه المرور')).to.deep.equal(['نسيت كلمة المرور']);
    expect(await type(el, 'كلمه')).to.deep.equal(['نسيت كلمة المرور']);
    expect(await type(el, 'علي')).to.deep.equal(['كيف أحصل على فاتورة؟', 'نسيت كلمة المرور']);
    // In an answer too; the hamza on alef is still ignored.
    expect(await type(el, 'الي الخميس')).to.deep.equal(['ساعات العمل']);
    expect(await type(el, 'احصل')).to.deep.equal(['كيف أحصل على فاتورة؟']);
  });

  it('Chinese: a Traditional query finds a Simplified FAQ and the reverse (帳戶 → 账户, 退款到賬, 退費)', async () => {
    const hans = await fixture<SupportFaq>(html`<support-faq lang="zh-CN" searchable search-delay="0">
      <support-faq-item question="如何修改账户信息？"><p>进入设置。</p></support-faq-item>
      <support-faq-item question="退款多久到账？"><p>5天。</p></support-faq-item>
    </support-faq>`);
    await ready(hans);
    expect(await type(hans, '帳戶')).to.deep.equal(['如何修改账户信息？']);
    expect(await type(hans, '退款到賬')).to.deep.equal(['退款多久到账？']);
    // 退費 is 退费, a built-in synonym of 退款.
    expect(await type(hans, '退費')).to.deep.equal(['退款多久到账？']);
    // A merchant's strings can turn the list off.
    hans.strings = { variants: '' };
    await hans.updateComplete;
    expect(await type(hans, '帳戶')).to.deep.equal([]);
    const hant = await fixture<SupportFaq>(html`<support-faq lang="zh-Hant" searchable search-delay="0">
      <support-faq-item question="如何修改帳戶資料？"><p>進入設定。</p></support-faq-item>
      <support-faq-item question="退款多久會入帳？"><p>5天。</p></support-faq-item>
    </support-faq>`);
    await ready(hant);
    expect(await type(hant, '账户')).to.deep.equal(['如何修改帳戶資料？']);
    expect(await type(hant, '修改资料')).to.deep.equal(['如何修改帳戶資料？']);
    // 退钱 is 退錢, a built-in synonym of 退款 in Traditional Chinese.
    expect(await type(hant, '退钱')).to.deep.equal(['退款多久會入帳？']);
  });

  it('a merchant’s own variants, with the characters a pattern would read as syntax, fold as pairs and break nothing', async () => {
    // The long suite's hostile strings as `variants` threw a SyntaxError out of the FAQ's update (`[<-<…]`).
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0" .strings=${{ variants: ']x-y^z\\w[v' }}>
      <support-faq-item question="Where is order x-y?"><p>In transit.</p></support-faq-item>
      <support-faq-item question="Who is z?"><p>Support.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    // `-` is read as `y`, `]` as `x`: typing `]` finds the question with an x.
    expect(await type(el, ']')).to.deep.equal(['Where is order x-y?']);
    expect(await type(el, '^')).to.deep.equal(['Who is z?']);
  });

  it('English: refunded, refunding, charged, disputes, cancelled and canceled find their word; chargeback finds dispute', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      <support-faq-item question="How long does a refund take?"><p>Five to ten business days.</p></support-faq-item>
      <support-faq-item question="Is there a charge for paying by card?"><p>No.</p></support-faq-item>
      <support-faq-item question="How do I dispute a payment?"><p>Open the payment and choose Report.</p></support-faq-item>
      <support-faq-item question="Can I cancel an order?"><p>Until it ships.</p></support-faq-item>
      <support-faq-item question="Opening hours"><p>Monday to Friday.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    expect(await type(el, 'refunded')).to.deep.equal(['How long does a refund take?']);
    expect(await type(el, 'refunding')).to.deep.equal(['How long does a refund take?']);
    expect(await type(el, 'charged')).to.deep.equal(['Is there a charge for paying by card?']);
    expect(await type(el, 'disputes')).to.deep.equal(['How do I dispute a payment?']);
    expect(await type(el, 'cancelled')).to.deep.equal(['Can I cancel an order?']);
    expect(await type(el, 'canceled')).to.deep.equal(['Can I cancel an order?']);
    expect(await type(el, 'chargeback')).to.deep.equal(['How do I dispute a payment?']);
    expect(await type(el, 'chargebacks')).to.deep.equal(['How do I dispute a payment?']);
    // A typo in an inflected word is still forgiven.
    expect(await type(el, 'refnuded')).to.deep.equal(['How long does a refund take?']);
  });

  it('an English word on a Japanese page finds the item by its English question, ranked below matches in the shown text', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="ja" default-lang="en" searchable search-delay="0"></support-faq>`);
    el.items = [
      { question: { en: 'How long does a refund take?', ja: '返金にはどのくらいかかりますか？' }, answer: { en: '5 to 10 days.', ja: '5〜10日です。' } },
      { question: { en: 'Opening hours', ja: '営業時間' }, answer: { en: 'Weekdays.', ja: '平日です。' } },
      { question: 'APIで返金するには？', answer: 'refund APIを呼び出します。' },
    ];
    await ready(el);
    // The questions stay in Japanese: the English one is only searched.
    expect(await type(el, 'refund')).to.deep.equal(['返金にはどのくらいかかりますか？', 'APIで返金するには？']);
    // The best matches are scored in idle slices after the search settles: wait for the list.
    await waitUntil(() => best(el).length > 0, 'the best matches');
    expect(best(el)).to.deep.equal(['APIで返金するには？', '返金にはどのくらいかかりますか？']);
    expect(await type(el, 'opening hours')).to.deep.equal(['営業時間']);
    expect(await type(el, 'refunded')).to.deep.equal(['返金にはどのくらいかかりますか？', 'APIで返金するには？']);
    expect(await type(el, 'returns')).to.deep.equal([]);
  });
});
