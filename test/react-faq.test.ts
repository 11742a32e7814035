// `support-widgets/react/faq.js` alone: the FAQ wrapper registers the FAQ and nothing else.
import { expect, waitUntil } from '@open-wc/testing';
import { createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SupportFaq, SupportFaqItem, type SupportFaqElement, type SupportFaqToggleEvent } from '../src/react/faq.js';
import { animations } from './helpers.js';

describe('support-widgets/react/faq.js', () => {
  it('registers <support-faq> and <support-faq-item> only', () => {
    expect(customElements.get('support-faq')).to.be.a('function');
    expect(customElements.get('support-faq-item')).to.be.a('function');
    for (const tag of ['support-hotline', 'support-call-prep', 'support-dispute-checklist', 'support-center'])
      expect(customElements.get(tag), tag).to.equal(undefined);
  });

  it('renders a FAQ from props, with in-page items as children, and reports toggles', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = createRoot(host);
    const toggles: string[] = [];
    flushSync(() =>
      root.render(
        h(
          SupportFaq,
          {
            items: [{ id: 'refund', question: 'How long does a refund take?', answer: 'Usually 5 to 10 business days.' }],
            onSupportFaqToggle: (e: SupportFaqToggleEvent) => toggles.push(`${e.detail.id} ${e.detail.open}`),
          },
          h(SupportFaqItem, { question: 'Where is my order?', id: 'order' }, 'The tracking link is in the email.'),
        ),
      ),
    );
    const faq = host.querySelector('support-faq') as SupportFaqElement;
    await waitUntil(() => faq.shadowRoot?.querySelector('support-faq-item')?.shadowRoot?.querySelector('bdi')?.textContent);
    const items = [...faq.querySelectorAll('support-faq-item'), ...faq.shadowRoot!.querySelectorAll('support-faq-item')];
    expect(items.map((i) => i.shadowRoot!.querySelector('bdi')!.textContent)).to.deep.equal(['Where is my order?', 'How long does a refund take?']);
    items[1].shadowRoot!.querySelector<HTMLElement>('#q')!.click();
    expect(toggles).to.deep.equal(['refund true']);
    // Axe would measure the answer's contrast mid-fade (seen in WebKit on a loaded machine).
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await animations(faq);
    await expect(faq).to.be.accessible();
    root.unmount();
    host.remove();
  });
});
