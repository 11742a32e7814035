import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { SupportFaq } from '../src/faq.js';
import { ready } from './helpers.js';

// In a file of its own: the highlight's style sheet is one per page (the first FAQ to search adopts it), so
// this page must not have searched before.
describe('<support-faq> first search in a fresh page', () => {
  it('typing the first letter into a FAQ just shown adds no style sheet to the page, and the match is still highlighted', async () => {
    const el = await fixture<SupportFaq>(html`
      <support-faq searchable>
        <support-faq-item id="refund" question="How do I get a refund?"><p>Open the order and choose Refund.</p></support-faq-item>
        <support-faq-item id="limit" question="What is my card limit?"><p>See your account page.</p></support-faq-item>
      </support-faq>
    `);
    await ready(el);
    // A style sheet added to the page restyles every element of it in that task: with 10,000 questions the
    // first keystroke took 2.8 s here (1.3 s of it restyling) when it brought the highlight's sheet along.
    const sheets = [...document.adoptedStyleSheets];
    el.shadowRoot!.querySelector('input')!.focus();
    const settled = oneEvent(el, 'support-faq-search');
    await sendKeys({ press: 'f' });
    expect(document.adoptedStyleSheets, 'the style sheets after the keystroke').to.deep.equal(sheets);
    await settled;
    if (!('Highlight' in window)) return;
    // "refund" holds an "f": the settled search highlights it, with no sheet added either.
    await waitUntil(() => (CSS.highlights.get('support-faq')?.size ?? 0) > 0, 'the match highlighted');
    expect(document.adoptedStyleSheets, 'the style sheets once the search settled').to.deep.equal(sheets);
  });
});
