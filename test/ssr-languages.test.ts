// Arabic and Chinese elements (their own `lang`) rendered on the server, then hydrated: the server HTML is
// already in the language and direction, and hydration keeps the same nodes and text without a message.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import { allElements, hydrateAll, recordMessages, serverHtml, shownText } from './ssr-load.js';

const names = ['faq-ar', 'faq-zh', 'hotline-ar', 'hotline-zh', 'center-ar'] as const;
const hosts: HTMLElement[] = [];
const server: { nodes: Element[]; text: ReturnType<typeof texts>; dir: string | null }[] = [];
let messages: string[] = [];

/** Every element of the host's shadow tree, nested ones too. */
const nodes = (host: HTMLElement): Element[] => [...host.shadowRoot!.querySelectorAll('*')].filter((n) => n.localName !== 'style');
const base = (host: HTMLElement) => host.shadowRoot!.querySelector('[part=base]')!;
/**
 * The text shown, the hotlines' status lines aside (after hydration they add the time in the browser's zone),
 * and the state word of each status line.
 */
const texts = (host: HTMLElement) => {
  const lines = [host, ...allElements(host.shadowRoot!)].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('[part=status]') ?? [])]);
  const all = lines.reduce((text, line) => text.replace(line.textContent!, ''), shownText(host));
  return { all, status: lines.map((line) => line.textContent!.split(' · ')[0]).join('|') };
};

describe('Arabic and Chinese from the server', () => {
  before(async () => {
    for (const name of names) hosts.push(await serverHtml(name));
    for (const host of hosts) server.push({ nodes: nodes(host), text: texts(host), dir: base(host).getAttribute('dir') });
    messages = recordMessages();
    await hydrateAll();
  });

  it('the server HTML is in the language and direction of each element', () => {
    const [faqAr, faqZh, hotlineAr, hotlineZh, centerAr] = server;
    expect(faqAr.text.all).to.include('ابحث في الأسئلة');
    expect(faqAr.dir).to.equal('rtl');
    expect(faqZh.text.all).to.include('搜索问题');
    expect(faqZh.dir).to.equal('ltr');
    expect(hotlineAr.text.all).to.include('نسخ الرقم');
    expect(hotlineAr.dir).to.equal('rtl');
    expect(hotlineZh.text.all).to.include('复制号码');
    // The center's own navigation and the elements it renders.
    expect(centerAr.text.all).to.include('ابحث في الأسئلة');
    expect(centerAr.text.all).to.include('نسخ الرقم');
    expect(server.every((b) => !/Search questions|Copy number|Open now|Closed/.test(b.text.all + b.text.status))).to.equal(true);
  });

  it('hydration keeps the nodes, the text and the direction, and logs nothing', async () => {
    expect(allElements(document.body).every((el) => !('hasUpdated' in el) || (el as { hasUpdated: boolean }).hasUpdated)).to.equal(true);
    hosts.forEach((host, i) => {
      expect(nodes(host), names[i]).to.deep.equal(server[i].nodes);
      expect(texts(host).all, names[i]).to.equal(server[i].text.all);
      // The status line (the hotline's) keeps its state and adds the time in the browser's zone, in the language.
      expect(texts(host).status, names[i]).to.equal(server[i].text.status);
      expect(base(host).getAttribute('dir'), names[i]).to.equal(server[i].dir);
    });
    expect(messages).to.deep.equal([]);
    for (const host of hosts) await expect(host).to.be.accessible();
  });
});
