import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/center.js';
import type { CenterConfig, SupportCenter, SupportCenterEscalateEvent } from '../src/center.js';
import type { SupportCallPrep, SupportFaq, SupportHotline } from '../src/index.js';
import { $, settle, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T15:00:00Z');
const CONFIG = (): CenterConfig => ({
  faq: {
    searchable: true,
    items: [
      { id: 'refund-time', question: 'How long does a refund take?', answer: 'To a card: **5 to 10 business days**.' },
      {
        id: 'card-declined',
        question: 'Why was my card declined?',
        answer: 'Check the card first. Still stuck? [Prepare your call](#call-prep) or [call us](#hotline).',
      },
    ],
  },
  hotline: { lines: [{ label: 'Customer support', number: '+18005550100', languages: 'en', hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York' }] },
  callPrep: { storageKey: uniqueKey('deflect'), noPersist: true },
});

async function make(): Promise<SupportCenter> {
  const el = await fixture<SupportCenter>('<support-center></support-center>');
  el.now = NOW;
  el.config = CONFIG();
  await settle(el);
  return el;
}

/** Every escalate event heard on the document, as analytics code listens. */
function listen(): { events: SupportCenterEscalateEvent[]; stop: () => void } {
  const events: SupportCenterEscalateEvent[] = [];
  const on = (e: SupportCenterEscalateEvent) => events.push(e);
  document.addEventListener('support-center-escalate', on);
  return { events, stop: () => document.removeEventListener('support-center-escalate', on) };
}

async function search(el: SupportCenter, query: string): Promise<void> {
  const faq = $(el, 'support-faq') as SupportFaq;
  const input = faq.shadowRoot!.querySelector('input')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await faq.updateComplete;
}

describe('deflection events', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('tells when the user leaves a fruitless FAQ search for the call form or the hotline, without the query', async () => {
    const el = await make();
    const { events, stop } = listen();
    try {
      await search(el, 'my card 4111 was refused zzzz');
      const [prep, hotline] = [...$(el, 'support-faq > [slot=empty]').querySelectorAll('a')];
      prep.click();
      // By keyboard: Enter on the focused link.
      hotline.focus();
      await sendKeys({ press: 'Enter' });
      expect(events.map((e) => e.detail)).to.deep.equal([
        { from: 'faq', to: 'call-prep', item: '' },
        { from: 'faq', to: 'hotline', item: '' },
      ]);
      expect(events.every((e) => e.bubbles && e.composed)).to.equal(true);
      expect(JSON.stringify(events.map((e) => e.detail))).not.to.match(/zzzz|4111|card/);
      await expect(el).to.be.accessible();
    } finally {
      stop();
    }
  });

  it("names the FAQ item whose answer's link the user followed", async () => {
    const el = await make();
    const item = ($(el, 'support-faq') as SupportFaq).shadowRoot!.querySelector<HTMLElement>('#card-declined')!;
    item.shadowRoot!.querySelector<HTMLButtonElement>('#q')!.click();
    await settle(el);
    const event = oneEvent(el, 'support-center-escalate');
    [...item.querySelectorAll('a')].find((a) => a.getAttribute('href') === '#hotline')!.click();
    expect((await event).detail).to.deep.equal({ from: 'faq', to: 'hotline', item: 'card-declined' });
  });

  it('says nothing for the section navigation: only links from the FAQ count', async () => {
    const el = await make();
    const { events, stop } = listen();
    try {
      $(el, 'nav a[href="#call-prep"]').click();
      $(el, 'nav a[href="#hotline"]').click();
      expect(events).to.deep.equal([]);
    } finally {
      stop();
    }
  });

  it('tells when a call is prepared, with the topic and never what was typed', async () => {
    const el = await make();
    const prep = $(el, 'support-call-prep') as SupportCallPrep;
    const set = async (name: string, value: string) => {
      const c = prep.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      c.value = value;
      c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await prep.updateComplete;
    };
    await set('topic', 'payment');
    await set('account', 'ana@example.com');
    await set('what', 'Declined at the shop, code 05');
    const event = oneEvent(document, 'support-call-prep-prepared');
    prep.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    const { detail, composed, bubbles } = await event;
    expect(detail).to.deep.equal({ topic: 'payment', prefilled: [] });
    expect(composed && bubbles).to.equal(true);
    await expect(prep).to.be.accessible();
  });

  it("reuses the hotline's dial event for a number dialled from the center: number and line label", async () => {
    const el = await make();
    const hotline = el.shadowRoot!.querySelector('#hotline support-hotline') as SupportHotline;
    const link = hotline.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
    const stop = (e: Event) => e.preventDefault();
    document.addEventListener('support-hotline-call', stop);
    try {
      const event = oneEvent(document, 'support-hotline-call');
      link.click();
      expect((await event).detail).to.deep.equal({ number: '+18005550100', label: 'Customer support' });
    } finally {
      document.removeEventListener('support-hotline-call', stop);
    }
  });
});
