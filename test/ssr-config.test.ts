// Server-rendered elements configured by a child JSON script: the server does not read children, so its HTML
// has no config; the first client render must match it (no "Hydration value mismatch"), then the config applies.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { SupportCenter, SupportFaq, SupportHotline } from '../src/index.js';
import { data } from './node/templates.js';
import { allElements, hydrateAll, recordMessages, serverHtml, shownText } from './ssr-load.js';

const hosts: Record<string, HTMLElement> = {};
const serverText: Record<string, string> = {};
const serverNodes: Element[] = [];
let messages: string[] = [];

describe('server-rendered elements with a child JSON config, hydrated', () => {
  before(async () => {
    for (const name of ['faq-json', 'hotline-json', 'center-json']) {
      hosts[name] = await serverHtml(name);
      serverText[name] = shownText(hosts[name]);
    }
    for (const el of allElements(document.body)) serverNodes.push(...el.shadowRoot!.querySelectorAll('*'));
    messages = recordMessages();
    await hydrateAll();
  });

  it('the server HTML has no JSON config content (documented: use properties for server content)', () => {
    expect(serverText['faq-json']).not.to.include(data.items[0].question);
    expect(serverText['hotline-json']).not.to.include('1-800-555-0100');
  });

  it('hydrates without a mismatch or any message, and keeps the server nodes', () => {
    expect(messages).to.deep.equal([]);
    expect(serverNodes.length).to.be.greaterThan(5);
    expect(serverNodes.filter((n) => !n.isConnected).map((n) => n.outerHTML.slice(0, 80))).to.deep.equal([]);
  });

  it('then applies the config: the FAQ shows its questions, the hotline its number, the center both', async () => {
    const faq = hosts['faq-json'] as SupportFaq;
    const questions = () => [...faq.shadowRoot!.querySelectorAll('support-faq-item')].map((i) => i.question);
    expect(questions()).to.deep.equal(data.items.map((i) => i.question));
    const hotline = hosts['hotline-json'] as SupportHotline;
    expect(hotline.shadowRoot!.querySelector('[part=number]')?.getAttribute('href')).to.equal('tel:+18005550100');
    const center = hosts['center-json'] as SupportCenter;
    expect(shownText(center)).to.include(data.items[0].question);
    expect(shownText(center)).to.include('1-800-555-0100');
    for (const el of [faq, hotline, center]) await expect(el).to.be.accessible();
  });
});
