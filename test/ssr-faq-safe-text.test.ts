// The safe text format on the template path: a <support-faq> whose data answers use every construct, rendered on
// the server (richText's templates, test/node/ssr-cases.js `faq-format`), then hydrated. The server HTML already
// holds each construct's markup, hydration keeps those nodes without a message, and the markup is the one the
// browser's one-pass renderer gives (test/faq-safe-text.test.ts checks the same cases there).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { SupportFaq } from '../src/index.js';
import { formatCases } from './node/safe-text-cases.js';
import { hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

let faq: SupportFaq;
let serverNodes: Node[] = [];
let serverMarkup: string[] = [];
let messages: string[] = [];

const answers = () => [...faq.shadowRoot!.querySelectorAll('#data > support-faq-item')];
/** An answer's markup without Lit's comment markers. */
const markup = (it: Element) => it.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
/** Every element and text node of the answers. */
const nodes = () => answers().flatMap((it) => [...it.querySelectorAll('*'), ...[...it.querySelectorAll('*')].flatMap((e) => [...e.childNodes])]);

describe('<support-faq> safe text format, server-rendered then hydrated', () => {
  before(async () => {
    faq = (await serverHtml('faq-format')) as SupportFaq;
    serverMarkup = answers().map(markup);
    serverNodes = nodes();
    messages = recordMessages();
    await hydrateAll();
  });

  it('the server HTML holds every construct', () => {
    expect(serverMarkup).to.deep.equal(formatCases.map(([, , html]) => html));
  });

  it('hydration keeps the same nodes and markup, and logs nothing but the report of the answer written in HTML', async () => {
    // The one case written with HTML tags is reported to the merchant by design (shown as text; C21-6), once,
    // by the hydrated element: that is the only message.
    const markupCases = formatCases.flatMap(([, text], i) => (/<\/?[a-z][^>]*>/i.test(text) ? [i] : []));
    expect(messages).to.deep.equal(markupCases.map((i) => `error: <support-faq> items[${i}].answer: markup is not allowed; it is shown as plain text.`));
    expect(answers().map(markup)).to.deep.equal(serverMarkup);
    expect(serverMarkup).to.deep.equal(formatCases.map(([, , html]) => html));
    const after = nodes();
    expect(after.length).to.equal(serverNodes.length);
    expect(after.every((n, i) => n === serverNodes[i])).to.equal(true);
    await expect(faq).to.be.accessible();
  });
});
