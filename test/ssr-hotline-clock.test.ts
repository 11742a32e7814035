// The hotline rendered on a server whose clock says it is open (a Wednesday noon in New York), hydrated in a
// browser whose clock says it is closed (the Sunday after, through the element's `now`): the server HTML says
// "Open now"; hydration takes it over without an error or a message, then the same status line says "Closed".
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { SupportHotline } from '../src/index.js';
import { hydrateAll, recordMessages, serverHtml } from './ssr-load.js';

let hotline: SupportHotline;
let statusNode: Element;
let link: Element;
let serverState: string | null;
let serverText: string;
let messages: string[] = [];

const status = () => hotline.shadowRoot!.querySelector('[part=status]')!;

describe('<support-hotline> from a server with another clock', () => {
  before(async () => {
    hotline = (await serverHtml('hotline-clock')) as SupportHotline;
    statusNode = status();
    link = hotline.shadowRoot!.querySelector('[part=number]')!;
    serverState = statusNode.getAttribute('data-state');
    serverText = statusNode.textContent!.trim();
    messages = recordMessages();
    await hydrateAll();
  });

  it("the server HTML gives the line's state at the server's clock", () => {
    expect(serverState).to.equal('open');
    expect(serverText).to.match(/^Open now/);
  });

  it("after hydration the same status line gives the state at the browser's clock, and nothing is logged", async () => {
    expect(status()).to.equal(statusNode);
    expect(hotline.shadowRoot!.querySelector('[part=number]')).to.equal(link);
    expect(statusNode.getAttribute('data-state')).to.equal('closed');
    expect(statusNode.textContent!.trim()).to.match(/^Closed/);
    expect(hotline.hasAttribute('server-now')).to.equal(false);
    expect(messages).to.deep.equal([]);
    await expect(hotline).to.be.accessible();
  });
});
