// Server-rendered pages of the config, CSP and heading-level tests (test/ssr-config.test.ts,
// test/ssr-csp*.test.ts, test/ssr-faq-level.test.ts), served by web-test-runner.config.js at /__ssr/<name>.
import { html } from 'lit';
import { data } from './templates.js';

// Child JSON configs as a merchant writes them in the page (static: the server writes them through untouched),
// with the same questions and line as `data`.
export const cases = {
  'faq-json': () =>
    html`<support-faq searchable><script type="application/json">{"items": [{"question": "How long does a refund take?", "answer": "To a card: **5 to 10 business days** after we receive the item.", "category": "Refunds"}, {"question": "Can I change my delivery address?", "answer": "Yes, until the parcel ships.", "category": "Delivery"}]}</script></support-faq>`,
  'hotline-json': () =>
    html`<support-hotline><script type="application/json">{"lines": [{"label": "Customer support", "number": "+18005550100", "display": "1-800-555-0100", "hours": "Mo-Fr 09:00-18:00", "timezone": "America/New_York"}]}</script></support-hotline>`,
  'center-json': () =>
    html`<support-center><script type="application/json">{"faq": {"items": [{"question": "How long does a refund take?", "answer": "5 to 10 business days."}]}, "hotline": {"lines": [{"label": "Customer support", "number": "+18005550100", "display": "1-800-555-0100", "hours": "Mo-Fr 09:00-18:00", "timezone": "America/New_York"}]}}</script></support-center>`,
  'faq-level': () =>
    html`<support-faq heading-level="2" .items=${data.items}><support-faq-item question=${data.light.question}>${data.light.answer}</support-faq-item></support-faq>`,
};
