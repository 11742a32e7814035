// Red team R10-13: a search box with no limit. A megabyte set into the FAQ's search by a script (or pasted) blocked
// the page for about a minute and went out whole as the `support-faq-search` event's `query`. The box keeps 256
// characters (its `maxlength`), and a longer value set by a script is cut to it before anything is searched or sent.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/faq.js';
import type { SupportFaq, SupportFaqSearchEvent } from '../src/faq.js';

const ITEMS = [
  { id: 'refund', question: 'How long does a refund take?', answer: 'Five to ten business days.' },
  { id: 'address', question: 'Can I change my delivery address?', answer: 'Before it ships.' },
];

describe('<support-faq> search: a huge query', () => {
  it('keeps 256 characters of a 1 MB value, searches those and sends no more in its event', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable .items=${ITEMS}></support-faq>`);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[part=search]')!;
    expect(input.maxLength).to.equal(256);
    input.value = `refund ${'x'.repeat(1_000_000)}`;
    setTimeout(() => input.dispatchEvent(new Event('input')));
    const event = (await oneEvent(el, 'support-faq-search')) as SupportFaqSearchEvent;
    expect(input.value.length).to.equal(256);
    expect(event.detail.query.length).to.be.at.most(256);
    expect(event.detail.query.startsWith('refund')).to.equal(true);
  });
});
