// A page whose language is only on <html lang="ar">: the server cannot see it (it sees only an element's own
// `lang`) and writes English. Hydration keeps that HTML as it is: English, working, nothing logged (what
// docs/react.md says happens; the fix it gives is `lang` on the element).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { SupportFaq } from '../src/index.js';
import { hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

describe('<html lang="ar"> with server-rendered elements without their own lang', () => {
  it('keeps the server HTML in English, works, and logs nothing', async () => {
    document.documentElement.lang = 'ar';
    const faq = (await serverHtml('faq')) as SupportFaq;
    const messages = recordMessages();
    await hydrateAll();
    expect(faq.shadowRoot!.querySelector('label')!.textContent).to.equal('Search questions');
    // It works: a question opens.
    const item = faq.shadowRoot!.querySelector('support-faq-item')!;
    item.shadowRoot!.querySelector<HTMLElement>('[part=question]')!.click();
    await faq.updateComplete;
    expect(item.open).to.equal(true);
    expect(messages).to.deep.equal([]);
  });
});
