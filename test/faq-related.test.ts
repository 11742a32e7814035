import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { FaqItemData, SupportFaq, SupportFaqItem } from '../src/faq.js';
import { animations, question, ready } from './helpers.js';

// Related questions (issue 19): under an open answer, up to three other questions, those of the same category
// first, then those sharing the most significant words of the question, ties in the merchant's order, as links
// to their deep links (`related` on the FAQ).

const related = (it: SupportFaqItem): HTMLElement | null => it.shadowRoot!.querySelector('[part=related]');
const links = (it: SupportFaqItem): HTMLAnchorElement[] => [...(related(it)?.querySelectorAll('a') ?? [])];
/** The focused element, through every shadow root. */
function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
const clearHash = (): void => history.replaceState(null, '', location.pathname + location.search);

const data: FaqItemData[] = [
  { id: 'refund-time', question: 'How long does a refund take?', answer: 'Five to ten business days.', category: 'Refunds' },
  { id: 'address', question: 'Can I change my delivery address?', answer: 'Until the parcel ships.', category: 'Delivery' },
  { id: 'cards', question: 'Which cards do you accept?', answer: 'Visa and Mastercard.', category: 'Payments' },
  { id: 'refund-where', question: 'Where is my refund?', answer: 'Check your statement.', category: 'Refunds' },
];

/** Two in-page items (Payments) and the data items above. */
async function faq(attrs = 'related'): Promise<{ el: SupportFaq; items: SupportFaqItem[] }> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  host.append(
    document.createRange().createContextualFragment(`<support-faq ${attrs}>
      <support-faq-item id="refund-card" question="How do I get a refund for a card payment?" category="Payments"><p>From your orders.</p></support-faq-item>
      <support-faq-item id="declined" question="Why was my card payment declined?" category="Payments"><p>Ask your bank.</p></support-faq-item>
    </support-faq>`),
  );
  const el = host.querySelector('support-faq')!;
  el.items = data;
  return { el, items: await ready(el) };
}

async function open(el: SupportFaq, it: SupportFaqItem): Promise<void> {
  question(it).click();
  await el.updateComplete;
}

describe('<support-faq related>', () => {
  afterEach(clearHash);

  it('lists the same category first, then the most shared words, in merchant order, at most three, never the item itself', async function () {
    // Opening, fading in and axe on several answers: seconds in WebKit's driver on a loaded 2-core machine.
    this.timeout(30_000);
    const { el, items } = await faq();
    const [refundCard, , , address, , refundWhere] = items;
    await open(el, refundCard);
    // Payments: "declined" shares "card" and "payment", "cards" none; then a shared word ("refund"): the first of two.
    expect(links(refundCard).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Why was my card payment declined?', '#declined'],
      ['Which cards do you accept?', '#cards'],
      ['How long does a refund take?', '#refund-time'],
    ]);
    // The label names the list: a list with an accessible name.
    const list = related(refundCard)!.querySelector('ul')!;
    expect(related(refundCard)!.querySelector(`#${list.getAttribute('aria-labelledby')}`)!.textContent).to.equal('Related questions');

    // A data item: its category first, then the in-page item sharing "refund".
    await open(el, refundWhere);
    expect(links(refundWhere).map((a) => a.textContent)).to.deep.equal(['How long does a refund take?', 'How do I get a refund for a card payment?']);

    // Nothing related: no list at all.
    await open(el, address);
    expect(related(address)).to.equal(null);
    await animations(el);
    await expect(el).to.be.accessible();
  });

  it('is off unless `related` is set', async () => {
    const { el, items } = await faq('');
    await open(el, items[0]);
    expect(items[0].shadowRoot!.querySelector('[part=tools]')).not.to.equal(null);
    expect(related(items[0])).to.equal(null);
    el.related = true;
    await el.updateComplete;
    expect(links(items[0])).to.have.length(3);
  });

  it('opens the question a link names and moves focus to it, in-page and data items alike, again after closing it', async () => {
    const { el, items } = await faq();
    const [refundCard, , refundTime] = items;
    await open(el, refundCard);
    links(refundCard)[2].click();
    await waitUntil(() => refundTime.open, 'the data item opens');
    expect(deepActive()).to.equal(question(refundTime));
    expect(location.hash).to.equal('#refund-time');
    // From a data item to an in-page item.
    await open(el, el.shadowRoot!.querySelector<SupportFaqItem>('#refund-where')!);
    // Closed again, the same link (the address already names it: no hashchange) opens it again.
    await open(el, refundTime);
    expect(refundTime.open).to.equal(false);
    links(refundCard)[2].click();
    await waitUntil(() => refundTime.open, 'opens again');
    expect(deepActive()).to.equal(question(refundTime));
    // From a data item back to the in-page item, closed meanwhile.
    await open(el, refundCard);
    expect(refundCard.open).to.equal(false);
    links(refundTime)
      .find((a) => a.hash === '#refund-card')!
      .click();
    await waitUntil(() => refundCard.open, 'the in-page item opens');
    expect(deepActive()).to.equal(question(refundCard));
  });

  /** An in-page item and two data items given in English and Chinese, the first related to it by category. */
  async function twoLanguages(): Promise<{ host: HTMLElement; el: SupportFaq; refundCard: SupportFaqItem }> {
    const host = await fixture<HTMLElement>(html`<div lang="en"></div>`);
    host.append(
      document.createRange().createContextualFragment(`<support-faq related>
        <support-faq-item id="refund-card" question="How do I get a refund for a card payment?" category="Refunds"><p>From your orders.</p></support-faq-item>
      </support-faq>`),
    );
    const el = host.querySelector('support-faq')!;
    el.items = [
      {
        id: 'refund-time',
        question: { en: 'How long does a refund take?', 'zh-CN': '退款需要多长时间？' },
        answer: { en: 'Five days.', 'zh-CN': '五天。' },
        category: 'Refunds',
      },
      { id: 'address', question: { en: 'Can I change my address?', 'zh-CN': '可以修改地址吗？' }, answer: { en: 'Yes.', 'zh-CN': '可以。' } },
    ];
    const [refundCard] = await ready(el);
    return { host, el, refundCard };
  }

  it('lists them under an answer the page opens itself, and under the label of the merchant’s strings (issue 17)', async () => {
    const { el, refundCard } = await twoLanguages();
    // Opened by the page, not through the FAQ: its related questions show all the same.
    refundCard.open = true;
    await el.updateComplete;
    expect(links(refundCard).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([['How long does a refund take?', '#refund-time']]);
    el.strings = { related: 'See also' };
    await el.updateComplete;
    expect(related(refundCard)!.querySelector('p')!.textContent).to.equal('See also');
    // Closed and opened by the page again: the same list; with `related` off, none.
    refundCard.open = false;
    refundCard.open = true;
    expect(links(refundCard)).to.have.length(1);
    el.related = false;
    await el.updateComplete;
    expect(related(refundCard)).to.equal(null);
  });

  it('shows the related question in the new language when the page language changes under an open answer (issue 17)', async () => {
    const { host, el, refundCard } = await twoLanguages();
    question(refundCard).click();
    await el.updateComplete;
    expect(links(refundCard).map((a) => a.textContent)).to.deep.equal(['How long does a refund take?']);
    host.lang = 'zh-CN';
    await waitUntil(() => related(refundCard)?.querySelector('p')!.textContent === '相关问题', 'the label in Chinese');
    await ready(el);
    // The data items are made again in Chinese: the link shows the new one's question (it kept the English one of
    // the item it replaced until the answer was shown again).
    expect(links(refundCard).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([['退款需要多长时间？', '#refund-time']]);
  });

  // Outside check of issue 17 (F1): the links were copies made when the item first opened, so an in-page item
  // whose id or question the page changed kept its old link, a hash no element has, and clicking it did nothing.
  it('follows a related item’s new id and question the next time the answer shows (issue 17)', async () => {
    const { el, items } = await faq();
    const [refundCard, declined] = items;
    await open(el, refundCard);
    expect(links(refundCard)[0].getAttribute('href')).to.equal('#declined');
    await open(el, refundCard);
    declined.id = 'card-declined';
    declined.setAttribute('question', 'Why did my bank decline the payment?');
    await open(el, refundCard);
    const [link] = links(refundCard);
    expect([link.textContent, link.getAttribute('href')]).to.deep.equal(['Why did my bank decline the payment?', '#card-declined']);
    link.click();
    await waitUntil(() => declined.open, 'the renamed item opens');
    expect(deepActive()).to.equal(question(declined));
    // While the answer stays open, the merchant's strings given again show the current question too.
    declined.setAttribute('question', 'Why was the payment declined?');
    el.strings = { related: 'See also' };
    await el.updateComplete;
    expect(links(refundCard)[0].textContent).to.equal('Why was the payment declined?');
  });

  it('works with the keyboard alone', async () => {
    const { el, items } = await faq();
    const [refundCard, declined] = items;
    question(refundCard).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(refundCard.open).to.equal(true);
    // Question → "Copy link" → the first related question.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(links(refundCard)[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => declined.open, 'Enter follows the link');
    expect(deepActive()).to.equal(question(declined));
  });

  it('relates Chinese questions by their words, though Chinese has no spaces', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="zh-CN" related></support-faq>`);
    el.items = [
      { id: 'apply', question: '如何申请退款？', answer: '在订单中申请。' },
      { id: 'address', question: '如何修改收货地址？', answer: '在发货前修改。' },
      { id: 'time', question: '退款需要多长时间？', answer: '五到十个工作日。' },
    ];
    const items = await ready(el);
    await open(el, items[0]);
    // "退款" is shared; "如何" (how) is too common to relate anything.
    expect(links(items[0]).map((a) => a.textContent)).to.deep.equal(['退款需要多长时间？']);
    expect(related(items[0])!.querySelector('p')!.textContent).to.equal('相关问题');
  });

  it('is accessible in right-to-left Arabic, with per-language questions in their language', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"></div>`);
    host.append(document.createRange().createContextualFragment('<support-faq related theme="dark"></support-faq>'));
    const el = host.querySelector('support-faq')!;
    el.items = [
      {
        id: 'refund',
        question: { ar: 'كم يستغرق استرداد المبلغ؟', en: 'How long does a refund take?' },
        answer: { ar: 'من خمسة إلى عشرة أيام عمل.', en: 'Five to ten days.' },
        category: 'المدفوعات',
      },
      { id: 'refund-card', question: { en: 'Refund to my card?' }, answer: { en: 'Yes.' }, category: 'المدفوعات' },
      { id: 'fees', question: { ar: 'هل توجد رسوم على استرداد المبلغ؟' }, answer: { ar: 'لا توجد رسوم.' } },
    ];
    const items = await ready(el);
    await open(el, items[0]);
    const list = related(items[0])!;
    expect(list.querySelector('p')!.textContent).to.equal('أسئلة ذات صلة');
    expect(getComputedStyle(list).direction).to.equal('rtl');
    // The English question keeps its language in the list (a screen reader switches voice).
    expect(links(items[0]).map((a) => [a.textContent, a.getAttribute('lang')])).to.deep.equal([
      ['Refund to my card?', 'en'],
      ['هل توجد رسوم على استرداد المبلغ؟', null],
    ]);
    await animations(el);
    await expect(el).to.be.accessible();
  });
});
