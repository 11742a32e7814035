// Server rendering of every element with @lit-labs/ssr, from the built package (dist/): used by the Node test
// (test/node/ssr.test.js) and served to the browser hydration test (test/ssr-hydration.test.ts) by
// web-test-runner.config.js. Nothing here installs DOM globals: Lit's Node build brings what Lit needs.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

/** What the pages show: what a merchant would really write, in English. */
export const data = {
  items: [
    { question: 'How long does a refund take?', answer: 'To a card: **5 to 10 business days** after we receive the item.', category: 'Refunds' },
    { question: 'Can I change my delivery address?', answer: 'Yes, until the parcel ships:\n\n- open the order\n- choose *Change address*', category: 'Delivery' },
  ],
  light: { question: 'Where is my order?', answer: 'The tracking link is in the confirmation email.' },
  lines: [{ label: 'Customer support', number: '+18005550100', display: '1-800-555-0100', hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York' }],
  // A Monday, 10:00 in New York: the line is open.
  now: new Date('2026-03-02T15:00:00Z'),
};

let loaded;
/** The elements, registered in Lit's server registry (importing the package registers them). */
const load = () => (loaded ??= import('support-widgets'));

const templates = {
  faq: () =>
    html`<support-faq searchable .items=${data.items}><support-faq-item question=${data.light.question}>${data.light.answer}</support-faq-item></support-faq>`,
  hotline: () => html`<support-hotline .lines=${data.lines}></support-hotline>`,
  'call-prep': () => html`<support-call-prep></support-call-prep>`,
  'dispute-checklist': () => html`<support-dispute-checklist type="unauthorized" transaction-date="2026-02-20"></support-dispute-checklist>`,
  center: () => html`<support-center .config=${{ faq: { items: data.items }, hotline: { lines: data.lines } }}></support-center>`,
};
export const names = Object.keys(templates);

/** The server HTML of one element, as a Lit server render writes it (declarative shadow DOM, hydration markers). */
export async function renderElement(name) {
  await load();
  return collectResult(render(templates[name]()));
}
