// The Markdown sample converted by `npx support-widgets faq-import` (examples/faq-import/faq.json, kept current by
// test/node/faq-import.test.js) given to the real FAQ in the browser: no report, and the elements the safe text
// format promises.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/faq.js';
import type { FaqItemData, SupportFaq } from '../src/faq.js';
import { capture } from './helpers.js';
import { animations, question, ready } from './helpers.js';

describe('<support-faq> with items from faq-import', () => {
  it('renders the converted Markdown sample without a console.error, with its links, lists and emphasis', async () => {
    const config = (await (await fetch(new URL('../examples/faq-import/faq.json', import.meta.url))).json()) as { items: FaqItemData[] };
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq searchable .items=${config.items}></support-faq>`);
      const items = await ready(el);
      expect(errors.calls).to.deep.equal([]);
      expect(items.map((it) => question(it).textContent!.trim())).to.deep.equal(config.items.map((i) => i.question));
      expect(items.map((it) => it.id).slice(0, 2)).to.deep.equal(['payment-failed', 'refund-time']);
      const [failed] = items;
      expect([...failed.querySelectorAll('li')].map((li) => li.textContent)).to.include('daily limits reset at midnight;');
      expect(failed.querySelector('a[href="tel:+18005550100"]')!.textContent).to.equal('call us on 1-800-555-0100');
      expect(failed.querySelector('strong')!.textContent).to.equal('not charged');
      question(failed).click();
      await el.updateComplete;
      await animations(el);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });
});
