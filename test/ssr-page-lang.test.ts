// A page whose language is only on <html lang="ar">: the server cannot see it (it sees only an element's own
// `lang`) and writes English. Hydration keeps that HTML, so the element says so once, with what to do.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

describe('<html lang="ar"> with server-rendered elements without their own lang', () => {
  it('keeps the server HTML (English) and warns once, naming the lang to put on the element', async () => {
    document.documentElement.lang = 'ar';
    const faq = await serverHtml('faq');
    const hotline = await serverHtml('hotline');
    const messages = recordMessages();
    await hydrateAll();
    expect(faq.shadowRoot!.querySelector('label')!.textContent).to.equal('Search questions');
    expect(hotline.shadowRoot!.querySelector('[part=number]')!.getAttribute('href')).to.equal('tel:+18005550100');
    expect(messages).to.have.length(1);
    expect(messages[0]).to.match(/^warn: support-widgets: <support-faq> was server-rendered in English \(the server sees only its own lang\): put lang="ar" on it\.$/);
  });
});
