// Server-rendered pages of the config, CSP and heading-level tests (test/ssr-config.test.ts,
// test/ssr-csp*.test.ts, test/ssr-faq-level.test.ts), served by web-test-runner.config.js at /__ssr/<name>.
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { data } from './templates.js';

/** A child JSON config as a merchant writes it in the page (static HTML: the server passes it through untouched). */
const json = (config) => unsafeHTML(`<script type="application/json">${JSON.stringify(config)}</script>`);

export const cases = {
  'faq-json': () => html`<support-faq searchable>${json({ items: data.items })}</support-faq>`,
  'hotline-json': () => html`<support-hotline>${json({ lines: data.lines })}</support-hotline>`,
  'center-json': () => html`<support-center>${json({ faq: { items: data.items }, hotline: { lines: data.lines } })}</support-center>`,
  'faq-level': () =>
    html`<support-faq heading-level="2" .items=${data.items}><support-faq-item question=${data.light.question}>${data.light.answer}</support-faq-item></support-faq>`,
};
