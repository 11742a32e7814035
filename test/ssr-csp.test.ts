// A server-rendered page under a strict `style-src 'self'` without the hashes of dist/style-hashes.json: the
// browser blocks the <style> in each declarative shadow root, and the elements are styled once hydrated by
// their adopted style sheets (which CSP does not treat as inline styles).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { allElements, hydrateAll, serverHtml } from './ssr-load.js';

const blocked: string[] = [];
let hosts: HTMLElement[] = [];

/**
 * Whether the element's own styles apply: its `:host` display (an unstyled custom element is inline) and its
 * screen-reader-only live region, if it has one, visually hidden.
 */
const srOnlyHidden = (el: Element) => {
  const region = el.shadowRoot!.querySelector('.sr-only');
  const hidden = !region || (getComputedStyle(region).position === 'absolute' && region.getBoundingClientRect().width <= 1);
  return getComputedStyle(el).display !== 'inline' && hidden;
};

describe('server-rendered HTML under a strict style-src, hydrated', () => {
  before(async () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "style-src 'self'";
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (e) => blocked.push(e.effectiveDirective));
    for (const name of ['faq', 'hotline', 'call-prep', 'dispute-checklist', 'center']) hosts.push(await serverHtml(name));
  });

  it('the server <style> is blocked, so before hydration the elements are unstyled', async () => {
    await new Promise(requestAnimationFrame);
    expect(blocked.length).to.be.greaterThan(0);
    expect(hosts.map(srOnlyHidden)).to.deep.equal(hosts.map(() => false));
  });

  it('after hydration every element, nested ones too, adopts its style sheets and is styled', async function () {
    // Five elements hydrate, then axe checks each: more than the default 10 s on a busy machine.
    this.timeout(60000);
    await hydrateAll();
    hosts = allElements(document.body).filter((el) => el.localName !== 'support-faq-item');
    expect(hosts.length).to.be.greaterThan(6);
    expect(hosts.filter((el) => !el.shadowRoot!.adoptedStyleSheets.length).map((el) => el.localName)).to.deep.equal([]);
    expect(hosts.filter((el) => !srOnlyHidden(el)).map((el) => el.localName)).to.deep.equal([]);
    const item = document.querySelector('support-faq')!.shadowRoot!.querySelector('support-faq-item')!;
    expect(item.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
    for (const el of hosts.filter((h) => h.parentElement?.localName === 'div')) await expect(el).to.be.accessible();
  });
});
