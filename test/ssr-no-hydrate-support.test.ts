// A page that server-renders the elements but loads Lit before its hydration support (what a bundler does
// when it puts Lit in a shared chunk that runs before the entry): Lit cannot hydrate, and would draw a second
// copy beside the server's. This file deliberately does NOT import lit-element-hydrate-support.js.
import { expect } from '@open-wc/testing';
import { allElements, hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

describe('server HTML without Lit’s hydration support', () => {
  it('each element renders once, and one warning names the missing module', async () => {
    const messages = recordMessages();
    const faq = await serverHtml('faq');
    const hotline = await serverHtml('hotline');
    const serverQuestions = faq.shadowRoot!.querySelectorAll('support-faq-item').length + faq.querySelectorAll('support-faq-item').length;
    const serverCalls = hotline.shadowRoot!.querySelectorAll('a[href^="tel:"]').length;
    expect(serverCalls).to.be.greaterThan(0);
    await hydrateAll();
    expect(hotline.shadowRoot!.querySelectorAll('a[href^="tel:"]').length, 'call links after upgrade').to.equal(serverCalls);
    expect(faq.shadowRoot!.querySelectorAll('support-faq-item').length + faq.querySelectorAll('support-faq-item').length).to.equal(serverQuestions);
    for (const el of allElements(document.body)) expect(el.shadowRoot!.querySelectorAll(':scope > [part]').length, el.localName).to.be.lessThan(20);
    const warnings = messages.filter((m) => m.startsWith('warn:'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('lit-element-hydrate-support.js');
    expect(messages.filter((m) => !m.startsWith('warn:'))).to.deep.equal([]);
  });
});
