// Server-rendered pages of the config, CSP and heading-level tests (test/ssr-config.test.ts,
// test/ssr-csp*.test.ts, test/ssr-faq-level.test.ts), served by web-test-runner.config.js at /__ssr/<name>.
import { html } from 'lit';
import { data } from './templates.js';
import { formatCases } from './safe-text-cases.js';

// Child JSON configs as a merchant writes them in the page (static: the server writes them through untouched),
// with the same questions and line as `data`.
export const cases = {
  'faq-json': () =>
    html`<support-faq searchable><script type="application/json">{"items": [{"question": "How long does a refund take?", "answer": "To a card: **5 to 10 business days** after we receive the item.", "category": "Refunds"}, {"question": "Can I change my delivery address?", "answer": "Yes, until the parcel ships.", "category": "Delivery"}]}</script></support-faq>`,
  'hotline-json': () =>
    html`<support-hotline><script type="application/json">{"lines": [{"label": "Customer support", "number": "+18005550100", "display": "1-800-555-0100", "hours": "Mo-Fr 09:00-18:00", "timezone": "America/New_York"}]}</script></support-hotline>`,
  'center-json': () =>
    html`<support-center><script type="application/json">{"faq": {"items": [{"question": "How long does a refund take?", "answer": "5 to 10 business days."}]}, "hotline": {"lines": [{"label": "Customer support", "number": "+18005550100", "display": "1-800-555-0100", "hours": "Mo-Fr 09:00-18:00", "timezone": "America/New_York"}]}}</script></support-center>`,
  // The element's own `lang`: the server renders the language (its file imported there, see server-render.js).
  'faq-ar': () => html`<support-faq lang="ar" searchable .items=${data.items}></support-faq>`,
  'faq-zh': () => html`<support-faq lang="zh-CN" searchable .items=${data.items}></support-faq>`,
  'hotline-ar': () => html`<support-hotline lang="ar" .lines=${data.lines}></support-hotline>`,
  'center-ar': () =>
    html`<support-center lang="ar" .config=${{ faq: { items: data.items, searchable: true }, hotline: { lines: data.lines } }}></support-center>`,
  'hotline-zh': () => html`<support-hotline lang="zh-CN" .lines=${data.lines}></support-hotline>`,
  'center-zh': () =>
    html`<support-center lang="zh-CN" .config=${{ faq: { items: data.items, searchable: true }, hotline: { lines: data.lines } }}></support-center>`,
  'call-prep-ar': () => html`<support-call-prep lang="ar"></support-call-prep>`,
  'call-prep-zh': () => html`<support-call-prep lang="zh-CN"></support-call-prep>`,
  'dispute-checklist-ar': () => html`<support-dispute-checklist lang="ar" type="unauthorized" transaction-date="2026-02-20"></support-dispute-checklist>`,
  'dispute-checklist-zh': () => html`<support-dispute-checklist lang="zh-CN" type="unauthorized" transaction-date="2026-02-20"></support-dispute-checklist>`,
  // The hotline rendered by a server whose clock reads a Wednesday noon in New York (open), hydrated in a browser
  // whose clock (the element's `now`, bound by the page's template) reads the Sunday after (closed).
  'hotline-clock': (now) => html`<support-hotline .lines=${data.lines} .now=${now}></support-hotline>`,
  // Every construct of the safe text format, one data item each (test/faq-safe-text.test.ts, test/node/safe-text.test.js).
  'faq-format': () => html`<support-faq .items=${formatCases.map(([question, answer]) => ({ question, answer }))}></support-faq>`,
  'faq-level': () =>
    html`<support-faq heading-level="2" .items=${data.items}><support-faq-item question=${data.light.question}>${data.light.answer}</support-faq-item></support-faq>`,
  // Answers per language (test/ssr-faq-lang.test.ts): the server sees no ancestor's `lang` and writes English.
  'faq-lang': () => html`<support-faq .items=${langItems}></support-faq>`,
  // An answer open on the server in another language than the FAQ's: its notice is in the server HTML.
  'faq-lang-open': () =>
    html`<support-faq lang="zh-CN"><support-faq-item id="fees" lang="en" open question="Are there any fees?"><p>No fees.</p></support-faq-item></support-faq>`,
  // An answer open on the server with its tools row (copy link, feedback), and a question under it (test/ssr-faq-tools.test.ts).
  'faq-tools-open': () =>
    html`<support-faq feedback><support-faq-item id="fees" open question="Are there any fees?"><p>No fees.</p></support-faq-item><support-faq-item id="late" question="My parcel is late"><p>Track it with the link in your email.</p></support-faq-item></support-faq>`,
};

const langItems = [
  {
    id: 'refund',
    question: { en: 'How long does a refund take?', ar: 'كم يستغرق استرداد المبلغ؟' },
    answer: { en: 'To a card: **5 to 10 business days**.\n\n- Balance: at once', ar: 'إلى البطاقة: **من 5 إلى 10 أيام عمل**.' },
  },
  { id: 'fees', question: { en: 'Are there any fees?' }, answer: { en: 'No fees.' } },
];

/** The server's clock (Date.now) while a case renders: Wednesday 4 March 2026, 12:00 in New York. */
export const serverClocks = { 'hotline-clock': Date.UTC(2026, 2, 4, 17) };
/** The browser's clock of the same case: Sunday 8 March 2026, 12:00 in New York (a line open Mo-Fr is closed). */
export const browserClocks = { 'hotline-clock': new Date(Date.UTC(2026, 2, 8, 16)) };
