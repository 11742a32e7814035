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
});
