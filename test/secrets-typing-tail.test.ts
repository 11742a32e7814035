// Issue 13, red-team findings F1 and F2: a card typed right after `#` (`Card#4539…`) or after a group of four
// digits (`ref 2026 4539…`) must be held while typing like any other: no more than 6 of its digits may reach the
// change event, the draft or the FAQ search event before it is whole (then only its last four).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportFaq } from '../src/index.js';
import { cardStartShown as exposed, shadow } from './helpers.js';

const CARD = '4539148803436467';
const TYPED = [
  `Card#${CARD}`,
  `卡号#${CARD}`,
  `#${CARD}`,
  'Card#4539-1488-0343-6467',
  `ref 2026 ${CARD}`,
  'order 1234 4539 1488 0343 6467',
  `paid on 5 Dec 2026 ${CARD}`,
];

describe('a card typed after # or after a group of four is held while typing', () => {
  afterEach(() => localStorage.clear());

  it('<support-call-prep>: the change event and the draft get at most 6 of its digits, keystroke by keystroke', async () => {
    for (const typed of TYPED) {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep></support-call-prep>`);
      const what = shadow(el).querySelector<HTMLTextAreaElement>('[name="what"]')!;
      const seen: string[] = [];
      el.addEventListener('support-call-prep-change', (e) => seen.push(String(e.detail.data.what ?? '')));
      for (let k = 1; k <= typed.length; k++) {
        what.value = typed.slice(0, k);
        what.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        seen.push(Object.values(localStorage).join(' '));
      }
      const worst = Math.max(...seen.map((s) => exposed(s, typed, CARD)));
      expect(worst, typed).to.be.at.most(6);
      el.remove();
      localStorage.clear();
    }
  });

  it('<support-faq>: the search event’s query gets at most 6 of its digits; an order number after # is kept', async () => {
    const el = await fixture<SupportFaq>(
      html`<support-faq searchable search-delay="0"><support-faq-item question="Refunds"><p>Five days.</p></support-faq-item></support-faq>`,
    );
    const input = shadow(el).querySelector<HTMLInputElement>('input')!;
    const search = async (value: string): Promise<string> => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      return (await oneEvent(el, 'support-faq-search')).detail.query;
    };
    for (const typed of TYPED) {
      const start = typed.search(/4539/);
      for (const k of [start + 7, start + 12, typed.length - 1])
        expect(exposed(await search(typed.slice(0, k)), typed, CARD), typed.slice(0, k)).to.be.at.most(6);
      expect(await search(typed)).to.match(/•••• 6467$/);
    }
    for (const order of ['order #2221000', 'Order #5456789012', 'ticket #45678901', 'invoice no. #3312345', 'ref #6011000'])
      expect(await search(order)).to.equal(order);
  });
});
