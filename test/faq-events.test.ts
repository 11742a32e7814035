import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import { SupportFaqItemToggleEvent, type SupportFaq, type SupportFaqToggleEvent } from '../src/faq.js';
import { question, ready } from './helpers.js';
import { focused } from './helpers.js';

describe('<support-faq> and its items: props down, events up', () => {
  it('an item asks with a typed event and its FAQ decides: in `single` mode opening one closes the other', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq single>
      <support-faq-item id="refund" question="How long does a refund take?" open><p>5 to 10 business days.</p></support-faq-item>
      <support-faq-item id="address" question="Can I change my delivery address?"><p>Until the parcel ships.</p></support-faq-item>
    </support-faq>`);
    const [refund, address] = await ready(el);
    const asked = oneEvent(address, 'support-faq-item-toggle');
    const told: { id: string; open: boolean }[] = [];
    el.addEventListener('support-faq-toggle', (e: SupportFaqToggleEvent) => told.push(e.detail));
    question(address).click();
    expect((await asked).detail).to.deep.equal({ open: true });
    expect([refund.open, address.open]).to.deep.equal([false, true]);
    expect(told).to.deep.equal([
      { id: 'refund', open: false },
      { id: 'address', open: true },
    ]);
    // The same request raised by hand is decided the same way: the FAQ owns the state.
    refund.dispatchEvent(new SupportFaqItemToggleEvent({ open: true }));
    expect([refund.open, address.open]).to.deep.equal([true, false]);
  });

  it('an item never opens itself: a request nobody hears changes nothing', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>
      <support-faq-item question="Where is my order?"><p>The tracking link is in the email.</p></support-faq-item>
    </support-faq>`);
    const [item] = await ready(el);
    // A page that swallows the request before it reaches the FAQ.
    item.addEventListener('support-faq-item-toggle', (e) => e.stopPropagation());
    question(item).click();
    await el.updateComplete;
    expect(item.open).to.equal(false);
    expect(question(item).getAttribute('aria-expanded')).to.equal('false');
  });

  it('a FAQ nested in an answer owns its own items: the outer one ignores their requests', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq id="main" single>
      <support-faq-item id="outer" question="Payments" open>
        <support-faq single>
          <support-faq-item id="inner-a" question="Which cards do you take?"><p>Visa and Mastercard.</p></support-faq-item>
          <support-faq-item id="inner-b" question="Can I pay later?"><p>Yes.</p></support-faq-item>
        </support-faq>
      </support-faq-item>
      <support-faq-item id="other" question="Delivery"><p>Three days.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    const inner = el.querySelector<SupportFaq>('support-faq support-faq')!;
    await ready(inner);
    const outer = el.querySelector('#outer')!;
    const [a, b] = [...inner.querySelectorAll('support-faq-item')];
    const told: string[] = [];
    el.addEventListener('support-faq-toggle', (e: SupportFaqToggleEvent) => told.push(`${(e.target as Element).id || 'inner'}:${e.detail.id}`));
    question(a).click();
    question(b).click();
    // The outer answer stays open (its `single` does not count the inner items) and each change is told once.
    expect([outer.hasAttribute('open'), a.open, b.open]).to.deep.equal([true, false, true]);
    expect(told).to.deep.equal(['inner:inner-a', 'inner:inner-a', 'inner:inner-b']);
  });

  it('moves focus among the data items it made, and the last slice of 2,000 too', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq heading-level="2"></support-faq>`);
    el.items = Array.from({ length: 2000 }, (_, i) => ({ question: `Question ${i}`, answer: `Answer ${i}` }));
    const items = await ready(el);
    expect(items).to.have.length(2000);
    // The context reached the items of every slice: the last one has the FAQ's heading level.
    expect(items[1999].shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    question(items[0]).focus();
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(question(items[1999]));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(question(items[0]));
    el.headingLevel = 4;
    await el.updateComplete;
    expect(items[1999].shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('4');
  });

  it('shows the empty message in the same render as the search that finds nothing', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      <support-faq-item question="Where is my order?" category="Delivery"><p>The tracking link is in the email.</p></support-faq-item>
    </support-faq>`);
    await ready(el);
    const input = el.shadowRoot!.querySelector('input')!;
    const empty = el.shadowRoot!.querySelector<HTMLElement>('[part=empty]')!;
    input.value = 'wire transfer';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(empty.hidden).to.equal(false);
    const { detail } = await oneEvent(el, 'support-faq-search');
    expect(detail).to.deep.equal({ query: 'wire transfer', results: 0 });
    input.value = 'order';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(empty.hidden).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
