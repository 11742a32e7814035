// A page that enforces Trusted Types and allows Lit's policy but not `support-widgets`:
//   Content-Security-Policy: require-trusted-types-for 'script'; trusted-types lit-html
// Structured data is off after one warning; nothing else is refused, however often the elements re-render.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { SupportFaq } from '../src/faq.js';
import type { SupportHotline } from '../src/hotline.js';
import { capture } from './helpers.js';

const violations: string[] = [];

describe('Trusted Types without the support-widgets policy', () => {
  before(async () => {
    // Lit's policy exists already (the test helpers loaded Lit); from here on the page enforces the policy.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    await import('../src/faq.js');
    await import('../src/hotline.js');
  });

  it('warns once, writes no JSON-LD and causes no sink violation, through re-renders', async () => {
    const warn = capture('warn');
    const error = capture('error');
    try {
      const items = [{ question: 'How long does a refund take?', answer: '5 to 10 business days.' }];
      const faq = await fixture<SupportFaq>(html`<support-faq structured-data .items=${items}></support-faq>`);
      const hotline = await fixture<SupportHotline>(
        html`<support-hotline structured-data .lines=${[{ label: 'Support', number: '+18005550100', hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York' }]}></support-hotline>`,
      );
      faq.items = [...items, { question: 'Can I change my address?', answer: 'Until the parcel ships.' }];
      await faq.updateComplete;
      hotline.requestUpdate();
      await hotline.updateComplete;
      // The refused policy is reported by the browser once; nothing was assigned to a script afterwards.
      await waitUntil(() => violations.length > 0);
      expect(violations).to.deep.equal(['trusted-types']);
      expect(document.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
      expect(warn.calls).to.have.length(1);
      expect(warn.calls[0]).to.include('"support-widgets"');
      expect(error.calls).to.deep.equal([]);
      // The elements themselves work.
      expect(faq.shadowRoot!.querySelectorAll('support-faq-item')).to.have.length(2);
      expect(hotline.shadowRoot!.querySelector('[part=number]')!.getAttribute('href')).to.equal('tel:+18005550100');
    } finally {
      warn.restore();
      error.restore();
    }
  });
});
