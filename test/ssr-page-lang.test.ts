// A page whose language is only on <html lang="ar">: the server cannot see it (it sees only an element's own
// `lang`) and writes English, even with the Arabic file imported. Hydration takes that English HTML over, then
// each element shows the page's language, all of it (strings, dates, direction), as a browser render of it
// would: never English buttons beside an Arabic status line.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { SupportFaq } from '../src/index.js';
import { templates } from './node/templates.js';
import { allElements, hydrateAll, recordMessages, serverHtml, shownText } from './ssr-load.js';

const names = ['faq', 'hotline', 'call-prep', 'dispute-checklist', 'center'] as const;
/** A string each element shows in Arabic. */
const arabic = ['ابحث في الأسئلة', 'نسخ الرقم', 'الموضوع', 'تاريخ الخصم', 'موضوعات المساعدة'];
const ENGLISH =
  /Search questions|Copy number|Closed|Open now|opens|closes|your time|Monday|Tuesday|Wednesday|Thursday|Friday|\b[AP]M\b|Topic|Date of the charge|Help topics|We will never/;

type Lit = HTMLElement & { hasUpdated: boolean; updateComplete: Promise<unknown> };
/** The element and the elements it renders that are Lit elements (FAQ items are not). */
const lit = (host: HTMLElement): Lit[] => [host, ...allElements(host.shadowRoot!)].filter((el) => 'hasUpdated' in el) as Lit[];
/** The shown text and the accessible names of an element and everything it renders. */
const texts = (host: HTMLElement): string =>
  [host, ...allElements(host.shadowRoot!)]
    .flatMap((el) => [...el.shadowRoot!.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')))
    .join(' ') + shownText(host);
const dirs = (host: HTMLElement): string[] => lit(host).map((el) => el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')!);

describe('<html lang="ar"> with server-rendered elements without their own lang', () => {
  const hosts: HTMLElement[] = [];
  const server: string[] = [];
  let messages: string[] = [];

  before(async () => {
    document.documentElement.lang = 'ar';
    for (const name of names) hosts.push(await serverHtml(name));
    server.push(...hosts.map(texts));
    messages = recordMessages();
    await hydrateAll();
  });

  it('the server HTML is English, as the server cannot see the page language', () => {
    server.forEach((text, i) => expect(text, names[i]).not.to.match(/[\u0600-\u06ff]/));
  });

  it('hydrates, then shows every element in Arabic, right to left, all of it, logging nothing', async () => {
    for (const [i, host] of hosts.entries()) {
      expect(
        lit(host)
          .filter((el) => !el.hasUpdated)
          .map((el) => el.localName),
      ).to.deep.equal([]);
      expect(texts(host), names[i]).to.include(arabic[i]);
      expect(texts(host), names[i]).not.to.match(ENGLISH);
      expect(
        dirs(host).every((d) => d === 'rtl'),
        `${names[i]}: ${dirs(host).join()}`,
      ).to.equal(true);
      // As the same element rendered by this browser.
      const fresh = document.body.appendChild(document.createElement('div'));
      render(templates[names[i]](), fresh);
      const own = fresh.firstElementChild as HTMLElement;
      for (let all = lit(own); all.some((el) => !el.hasUpdated); all = lit(own)) await Promise.all(all.map((el) => el.updateComplete));
      await Promise.all(lit(own).map((el) => el.updateComplete));
      expect(texts(host), names[i]).to.equal(texts(own));
      fresh.remove();
    }
    expect(messages).to.deep.equal([]);
    await expect(hosts[1]).to.be.accessible();
  });

  it('works: a question opens, a search shows each question once', async () => {
    const faq = hosts[0] as SupportFaq;
    const item = faq.shadowRoot!.querySelector('support-faq-item')!;
    item.shadowRoot!.querySelector<HTMLElement>('[part=question]')!.click();
    await faq.updateComplete;
    expect(item.open).to.equal(true);
    const input = faq.shadowRoot!.querySelector('input')!;
    input.value = 'address';
    input.dispatchEvent(new Event('input'));
    await faq.updateComplete;
    const items = [...faq.shadowRoot!.querySelectorAll('support-faq-item'), ...faq.querySelectorAll('support-faq-item')];
    expect(items.length).to.equal(3);
    expect(items.filter((i) => !i.hidden).map((i) => i.question)).to.deep.equal(['Can I change my delivery address?']);
    expect(messages).to.deep.equal([]);
    await expect(faq).to.be.accessible();
  });
});
