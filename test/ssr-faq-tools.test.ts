// An answer open in the server's HTML shows its tools row (copy link, "Was this helpful?") before any script runs,
// and hydration keeps it where it is: nothing under it moves, and its buttons work once the script has run.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import type { SupportFaq, SupportFaqItem } from '../src/index.js';
import { hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

/** What a reader sees and a screen reader hears of the tools row: each control's text and accessible name. */
const row = (it: SupportFaqItem): string[] =>
  [...it.shadowRoot!.querySelectorAll('[part=tools] :is(button, span)')].map((c) => `${c.textContent}${c.ariaLabel ? ` (${c.ariaLabel})` : ''}`);

describe('<support-faq> answer open on the server', () => {
  it('shows its copy-link and feedback buttons before the script runs, and hydration moves nothing', async () => {
    const messages = recordMessages();
    const el = (await serverHtml('faq-tools-open')) as SupportFaq;
    const [open, below] = el.querySelectorAll<SupportFaqItem>('support-faq-item');
    const expected = [
      'Copy link (Copy link to: Are there any fees?)',
      'Was this helpful?',
      'Yes (Yes, the answer to “Are there any fees?” helped)',
      'No (No, the answer to “Are there any fees?” did not help)',
    ];
    // Before any script: the server's HTML alone.
    expect(customElements.get('support-faq-item')).to.equal(undefined);
    expect(row(open)).to.deep.equal(expected);
    const top = (it: SupportFaqItem): number => it.getBoundingClientRect().top;
    // Items are `content-visibility: auto`, one line high by estimate until a frame has found them in view.
    const tools = open.shadowRoot!.querySelector('[part=tools]')!;
    await waitUntil(() => open.getBoundingClientRect().bottom >= tools.getBoundingClientRect().bottom, 'laid out as in view');
    const before = { below: top(below), height: el.getBoundingClientRect().height };
    await hydrateAll();
    await el.updateComplete;
    expect(row(open)).to.deep.equal(expected);
    expect(open.shadowRoot!.querySelectorAll('[part=tools]')).to.have.length(1);
    expect({ below: top(below), height: el.getBoundingClientRect().height }).to.deep.equal(before);
    // The buttons work: rating the answer thanks the reader.
    const rated = oneEvent(el, 'support-faq-feedback');
    open.shadowRoot!.querySelector<HTMLButtonElement>('[part=feedback] button')!.click();
    expect((await rated).detail).to.deep.equal({ id: 'fees', helpful: true });
    expect(open.shadowRoot!.querySelector('p[part=feedback]')!.textContent).to.equal('Thanks for the feedback!');
    expect(messages).to.deep.equal([]);
    el.parentElement!.remove();
  });
});
