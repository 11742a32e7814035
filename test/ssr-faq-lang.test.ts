// Answers per language, server-rendered: the server sees only the FAQ's own `lang` (none here) and writes
// English; the browser hydrates that HTML in the same language (no hydration error: the English answer has a
// list, the Arabic one not), then shows the items in the page's language (an ancestor's `lang="ar"`).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { SupportFaq, SupportFaqItem } from '../src/index.js';
import { hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

describe('<support-faq> answers per language, server-rendered', () => {
  it('hydrates the server’s English, then shows the page’s Arabic, the English-only item saying so', async () => {
    const messages = recordMessages();
    const el = (await serverHtml('faq-lang')) as SupportFaq;
    const server = el.shadowRoot!.querySelectorAll('support-faq-item');
    expect([...server].map((it) => it.shadowRoot!.querySelector('bdi')!.textContent)).to.deep.equal(['How long does a refund take?', 'Are there any fees?']);
    el.parentElement!.lang = 'ar';
    await hydrateAll();
    const bdi = (): string[] => [...el.shadowRoot!.querySelectorAll('support-faq-item')].map((it) => it.shadowRoot!.querySelector('bdi')!.textContent!);
    await waitUntil(() => bdi()[0] === 'كم يستغرق استرداد المبلغ؟', 'shown in Arabic');
    await el.updateComplete;
    expect(bdi()).to.deep.equal(['كم يستغرق استرداد المبلغ؟', 'Are there any fees?']);
    const [refund, fees] = el.shadowRoot!.querySelectorAll<SupportFaqItem>('support-faq-item');
    expect([refund.lang, fees.lang, fees.dir]).to.deep.equal(['', 'en', 'ltr']);
    expect(refund.textContent).to.equal('إلى البطاقة: من 5 إلى 10 أيام عمل.');
    expect(messages).to.deep.equal([]);
    el.parentElement!.remove();
  });

  it('an answer open on the server in English in a Chinese FAQ says so before hydration, and hydration keeps that notice as it is', async () => {
    const messages = recordMessages();
    const el = (await serverHtml('faq-lang-open')) as SupportFaq;
    const item = el.querySelector<SupportFaqItem>('support-faq-item')!;
    const notice = item.shadowRoot!.querySelector('[part=notice]');
    // What a reader sees before any script runs.
    expect(notice?.textContent).to.equal('此回答暂无您所用语言的版本，现以英语显示。');
    expect([notice!.getAttribute('lang'), notice!.getAttribute('dir')]).to.deep.equal(['zh-CN', 'ltr']);
    // Every change to the server's nodes: removed nodes, attributes, text. The server's tools row after the slot
    // gives way to the browser's, which has listeners (test/ssr-faq-tools.test.ts): its nodes are not counted.
    const changes: string[] = [];
    const tools = [...item.shadowRoot!.querySelectorAll('slot ~ *, slot ~ * *')];
    const note = (records: MutationRecord[]): void =>
      records.forEach((r) => {
        const at = `${(r.target as Element).localName ?? '#text'}`;
        const removed = [...r.removedNodes].filter((n) => n.nodeType !== Node.COMMENT_NODE && !tools.includes(n as Element));
        if (r.type !== 'childList') changes.push(`${r.type} ${r.attributeName ?? ''} of ${at}`);
        else if (removed.length) changes.push(`removed ${removed.map((n) => n.nodeName).join()} from ${at}`);
      });
    const observer = new MutationObserver(note);
    observer.observe(item.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    await hydrateAll();
    await el.updateComplete;
    note(observer.takeRecords());
    observer.disconnect();
    // The same notice node, with the same text, first in the open answer; the question heading was not rewritten.
    expect(item.shadowRoot!.querySelector('[part=notice]')).to.equal(notice);
    expect(item.shadowRoot!.querySelector('[part=answer]')!.firstElementChild).to.equal(notice);
    expect(notice!.textContent).to.equal('此回答暂无您所用语言的版本，现以英语显示。');
    expect(changes).to.deep.equal([]);
    expect(messages).to.deep.equal([]);
    el.parentElement!.remove();
  });
});
