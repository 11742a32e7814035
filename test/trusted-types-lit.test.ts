// A page whose `trusted-types` directive leaves out `lit-html`: Lit cannot create its policy, so the library
// does not load at all (what the README's Trusted Types table says). No @open-wc/testing here: it loads Lit.
import './csp-trusted-types-support-widgets-only.js';
import { expect } from '@esm-bundle/chai';

describe('Trusted Types without the lit-html policy', () => {
  it('the library fails to load, with the refused policy as the reason', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.sample}`));
    const failure = await import('../src/faq.js').then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(failure).to.match(/lit-html/);
    expect(customElements.get('support-faq')).to.equal(undefined);
    // The violation report is dispatched after the refusal: wait for it (the test's timeout bounds the wait).
    while (!violations.length) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(violations).to.deep.equal(['trusted-types lit-html']);
  });
});
