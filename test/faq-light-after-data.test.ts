import { expect, fixture, html } from '@open-wc/testing';
import '../src/faq.js';
import type { SupportFaq, SupportFaqItem } from '../src/faq.js';
import { animations, question, ready } from './helpers.js';

const ITEMS = [
  { id: 'refund-time', question: 'How long does a refund take?', answer: '5 to 10 business days.' },
  { id: 'change-address', question: 'Can I change my delivery address?', answer: 'Until the parcel ships.' },
];

/** A page script adds an in-page item after the FAQ rendered its data items. */
async function addInPage(el: SupportFaq): Promise<SupportFaqItem[]> {
  const item = document.createElement('support-faq-item');
  item.id = 'gift-wrap';
  item.question = 'Do you gift-wrap?';
  item.append('Yes, for 3 euros.');
  el.append(item);
  return ready(el);
}

describe('<support-faq>: in-page items added after the data items', () => {
  it('an open data answer stays open, its question still says so, and the new item is listed first', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq .items=${ITEMS}></support-faq>`);
    const [, address] = await ready(el);
    question(address).click();
    await ready(el);
    const items = await addInPage(el);
    const ids = items.map((it) => it.id);
    expect(ids).to.deep.equal(['gift-wrap', 'refund-time', 'change-address']);
    const opened = items.filter((it) => it.open).map((it) => it.id);
    expect(opened).to.deep.equal(['change-address']);
    expect(question(items[2]).getAttribute('aria-expanded')).to.equal('true');
    // Axe would measure the answer's contrast mid-fade (seen in WebKit on a loaded machine).
    await animations(el);
    await expect(el).to.be.accessible();
  });

  it('new data items start closed, as before', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq .items=${ITEMS}></support-faq>`);
    const [refund] = await ready(el);
    question(refund).click();
    el.items = [...ITEMS];
    const items = await ready(el);
    expect(items.filter((it) => it.open)).to.deep.equal([]);
  });
});
