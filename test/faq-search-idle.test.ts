// Issue 19, search speed: what a settled search needs that is slow the first time in a page is made while the page
// is idle after the list renders, not while the user types. In a file of its own: the number formats are cached
// per page, so no earlier test may have made them.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { SupportFaq } from '../src/faq.js';
import { ready } from './helpers.js';

describe('<support-faq> first search in a fresh page', () => {
  it('the first search a user types makes no number format: the result count’s formats are made while the page is idle', async () => {
    // Intl.NumberFormat and Intl.PluralRules load locale data the first time a page makes one (100 ms and more
    // on a busy machine): a settled search that made them held up the keystroke typed while it ran.
    const made: string[] = [];
    const saved = { NumberFormat: Intl.NumberFormat, PluralRules: Intl.PluralRules };
    const counted = <T extends object>(name: string, ctor: T): T =>
      new Proxy(ctor, {
        construct(target, args) {
          made.push(name);
          return Reflect.construct(target as new (...a: unknown[]) => object, args) as object;
        },
      });
    Object.assign(Intl, { NumberFormat: counted('NumberFormat', saved.NumberFormat), PluralRules: counted('PluralRules', saved.PluralRules) });
    try {
      const el = await fixture<SupportFaq>(html`
        <support-faq searchable search-delay="0">
          <support-faq-item question="How do I get a refund?"><p>Open the order and choose Refund.</p></support-faq-item>
          <support-faq-item question="What is my card limit?"><p>See your account page.</p></support-faq-item>
        </support-faq>
      `);
      await ready(el);
      await waitUntil(() => made.includes('NumberFormat') && made.includes('PluralRules'), 'the formats made once the list is shown');
      made.length = 0;
      el.shadowRoot!.querySelector('input')!.focus();
      const settled = oneEvent(el, 'support-faq-search');
      await sendKeys({ type: 'refund' });
      await settled;
      // The count was announced with the formats made before.
      await waitUntil(() => el.shadowRoot!.textContent!.includes('1 result'), 'the count announced');
      expect(made).to.deep.equal([]);
    } finally {
      Object.assign(Intl, saved);
    }
  });
});
