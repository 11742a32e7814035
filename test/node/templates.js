// The pages of the server-rendering tests: rendered on the server by server-render.js and hydrated in the
// browser by test/ssr-hydration.test.ts with the same templates and data, as an app does.
import { html } from 'lit';

/** What the pages show: what a merchant would really write, in English. */
export const data = {
  items: [
    { question: 'How long does a refund take?', answer: 'To a card: **5 to 10 business days** after we receive the item.', category: 'Refunds' },
    {
      question: 'Can I change my delivery address?',
      answer: 'Yes, until the parcel ships:\n\n- open the order\n- choose *Change address*',
      category: 'Delivery',
    },
  ],
  light: { question: 'Where is my order?', answer: 'The tracking link is in the confirmation email.' },
  lines: [{ label: 'Customer support', number: '+18005550100', display: '1-800-555-0100', hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York' }],
};

export const templates = {
  faq: () =>
    html`<support-faq searchable .items=${data.items}><support-faq-item question=${data.light.question}>${data.light.answer}</support-faq-item></support-faq>`,
  hotline: () => html`<support-hotline .lines=${data.lines}></support-hotline>`,
  'call-prep': () => html`<support-call-prep></support-call-prep>`,
  'dispute-checklist': () => html`<support-dispute-checklist type="unauthorized" transaction-date="2026-02-20"></support-dispute-checklist>`,
  center: () => html`<support-center .config=${{ faq: { items: data.items }, hotline: { lines: data.lines } }}></support-center>`,
};
