// A server-rendered page under a strict style-src that lists the hashes the package ships in
// dist/style-hashes.json (docs/security.md): no violation at all, styled before any script runs.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { allElements, hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

const violations: string[] = [];
let messages: string[] = [];

describe('server-rendered HTML under style-src with the shipped hashes', () => {
  before(async () => {
    const { styleSrc } = (await (await fetch('/dist/style-hashes.json')).json()) as { styleSrc: string };
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = `style-src 'self' ${styleSrc}`;
    document.head.append(meta);
    document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.effectiveDirective} ${e.sample}`));
    for (const name of ['faq', 'hotline', 'call-prep', 'dispute-checklist', 'center']) await serverHtml(name);
    messages = recordMessages();
  });

  it('every element is styled from the server HTML alone, before any script', async () => {
    await new Promise(requestAnimationFrame);
    const regions = allElements(document.body).flatMap((el) => [...el.shadowRoot!.querySelectorAll('.sr-only')]);
    expect(regions.length).to.be.greaterThan(6);
    expect(regions.filter((r) => getComputedStyle(r).position !== 'absolute').length).to.equal(0);
  });

  it('hydrates with no CSP violation and nothing logged', async () => {
    await hydrateAll();
    await new Promise(requestAnimationFrame);
    expect(violations).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
  });
});
