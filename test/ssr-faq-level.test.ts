// <support-faq heading-level="2"> rendered on the server, then hydrated: the question headings are at level 2
// in the server HTML already, and hydration keeps the same heading nodes without touching their level.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { SupportFaq } from '../src/index.js';
import { hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

let faq: SupportFaq;
let headings: Element[] = [];
let serverLevels: (string | null)[] = [];
const changes: string[] = [];
let messages: string[] = [];

/** The question headings of the FAQ's data items (in its shadow root) and its in-page items. */
const questionHeadings = () =>
  [...faq.shadowRoot!.querySelectorAll('support-faq-item'), ...faq.querySelectorAll('support-faq-item')].map((it) =>
    it.shadowRoot!.querySelector('[part=heading]')!,
  );

describe('<support-faq heading-level="2"> from the server', () => {
  before(async () => {
    faq = (await serverHtml('faq-level')) as SupportFaq;
    headings = questionHeadings();
    serverLevels = headings.map((h) => h.getAttribute('aria-level'));
    const observer = new MutationObserver((records) =>
      records.forEach((r) => changes.push(`${r.attributeName}=${(r.target as Element).getAttribute(r.attributeName!)}`)),
    );
    for (const h of headings) observer.observe(h, { attributes: true, attributeFilter: ['aria-level'] });
    messages = recordMessages();
    await hydrateAll();
    observer.takeRecords().forEach((r) => changes.push(`${r.attributeName}=${(r.target as Element).getAttribute(r.attributeName!)}`));
  });

  it('the server HTML has every question heading at level 2', () => {
    expect(headings.length).to.equal(3);
    expect(serverLevels).to.deep.equal(['2', '2', '2']);
  });

  it('hydration keeps the same headings at level 2 and never rewrites them', async () => {
    expect(questionHeadings()).to.deep.equal(headings);
    expect(questionHeadings().map((h) => h.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2']);
    expect(changes).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    await expect(faq).to.be.accessible();
  });
});
