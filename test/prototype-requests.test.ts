// Issue 13, red-team finding F3: the browser reads every options dictionary (fetch's RequestInit, Intl's options,
// event and listener options, shadow root options, Blob options) through the prototype chain. A host page whose
// Object.prototype holds `method`, `body`, `headers`, `referrer`, `integrity`, … must change nothing the library
// sends, shows or fires. test/boundaries.test.ts covers the config keys; this file covers the browser's own.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportCenter, SupportDisputeChecklist, SupportFaq, SupportHotline } from '../src/index.js';
import { fillCallPrep, settle, shadowText, uniqueKey } from './helpers.js';

interface Seen {
  method: string;
  body: string;
  type: string;
  polluted: string;
  referer: string;
}

/** What a page (or an old library on it) sets to change requests: a PUT with a body, headers and a Referer of its choosing. */
const REQUEST_POLLUTION = (): Record<string, unknown> => ({
  method: 'PUT',
  body: '{"evil":1}',
  headers: { 'X-Polluted': '1' },
  referrer: `${location.origin}/?victim-secret=1`,
  referrerPolicy: 'unsafe-url',
});
/** And what breaks a request, or changes a format, a listener, a shadow root or an event. */
const BREAKING_POLLUTION = (): Record<string, unknown> => ({
  integrity: 'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=',
  cache: 'only-if-cached',
  mode: 'same-origin',
  credentials: 'omit',
  keepalive: true,
  // Not `signal`, `once`, `capture` or `passive`: Lit passes each `@event` listener function as the options of
  // its addEventListener, so these (read through Function.prototype) change every Lit binding (not fixed here).
  window: 'evil',
  priority: 'low',
  duplex: 'half',
  redirect: 'follow',
  hour12: true,
  timeZone: 'Pacific/Kiritimati',
  numberingSystem: 'arab',
  calendar: 'islamic',
  currencyDisplay: 'name',
  slotAssignment: 'manual',
  delegatesFocus: true,
  cancelable: true,
  endings: 'native',
  childList: true,
  characterData: true,
});

/** Runs `fn` with Object.prototype polluted, and always cleans up before the test asserts. */
async function polluted<T>(values: Record<string, unknown>, fn: () => Promise<T>): Promise<T> {
  for (const [k, v] of Object.entries(values)) Object.defineProperty(Object.prototype, k, { value: v, configurable: true, writable: true, enumerable: false });
  try {
    return await fn();
  } finally {
    for (const k of Object.keys(values)) delete (Object.prototype as Record<string, unknown>)[k];
  }
}

const log = async (key: string): Promise<Seen[]> => (await fetch(`/__requests/log?key=${key}`)).json() as Promise<Seen[]>;
/** Everything shown, through every shadow root. */
const deepText = (node: Node): string =>
  [...node.childNodes, ...((node as Element).shadowRoot?.childNodes ?? [])].map((n) => (n.nodeType === Node.TEXT_NODE ? n.nodeValue : deepText(n))).join('');
const status = (el: SupportCallPrep): string => el.shadowRoot!.querySelector('.status')?.className ?? '';

/** Submits the filled form, then presses Retry if the first send failed; resolves with the last status. */
async function submitAndRetry(el: SupportCallPrep): Promise<string> {
  await fillCallPrep(el);
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await waitUntil(() => /sent|failed/.test(status(el)), 'the first send ends', { timeout: 5000 });
  if (status(el).includes('failed')) {
    el.shadowRoot!.querySelector<HTMLButtonElement>('.status button')!.click();
    await waitUntil(
      () => /sent/.test(status(el)) || (/failed/.test(status(el)) && !el.shadowRoot!.querySelector('.status button:disabled')),
      'the retry ends',
      {
        timeout: 5000,
      },
    );
    await waitUntil(() => !/sending/.test(status(el)), 'the retry ends', { timeout: 5000 });
  }
  return status(el);
}

describe('a polluted Object.prototype changes no request', () => {
  afterEach(() => localStorage.clear());

  it('<support-center src> GETs its config, and call-prep POSTs (and retries) exactly its submission: method, body, headers and Referer', async () => {
    const key = uniqueKey('requests');
    const submitted: string[] = [];
    const center = await fixture<SupportCenter>(html`<support-center></support-center>`);
    // The same log for both; the first POST fails (the config GET is the first request), so Retry sends again.
    const form = await fixture<SupportCallPrep>(html`<support-call-prep endpoint=${`/__requests/send?key=${key}&fail=2`}></support-call-prep>`);
    form.addEventListener('support-call-prep-submit', (e) => submitted.push(JSON.stringify(e.detail.data)));
    let loaded = false;
    center.addEventListener('support-center-load', () => (loaded = true));
    center.addEventListener('support-center-error', () => (loaded = true));
    const last = await polluted(REQUEST_POLLUTION(), async () => {
      center.src = `/__requests/config?key=${key}`;
      await waitUntil(() => loaded, 'the config request ends', { timeout: 5000 });
      return submitAndRetry(form);
    });
    const requests = await log(key);
    const page = location.href.replace(/#.*/, '');
    expect(requests.map((r) => r.method)).to.deep.equal(['GET', 'POST', 'POST']);
    expect(requests[0]).to.deep.equal({ method: 'GET', body: '', type: '', polluted: '', referer: page });
    expect(submitted).to.have.length(1);
    for (const post of requests.slice(1))
      expect(post).to.deep.equal({ method: 'POST', body: submitted[0], type: 'application/json', polluted: '', referer: page });
    expect(last).to.include('sent');
    await settle(center);
    expect(deepText(center)).to.include('Where is my order?');
  });

  it('every element still works: the center loads, the form is sent, the checklist exports, the FAQ search and hotline copy fire', async () => {
    const key = uniqueKey('breaking');
    const events: string[] = [];
    const listen = (el: Element, type: string): void => el.addEventListener(type, (e) => events.push(`${type} ${JSON.stringify((e as CustomEvent).detail)}`));
    const center = await fixture<SupportCenter>(html`<div><support-center></support-center></div>`).then((d) => d.firstElementChild as SupportCenter);
    listen(center, 'support-center-load');
    listen(center, 'support-center-error');
    const form = await fixture<SupportCallPrep>(html`<support-call-prep endpoint="/__requests/send?key=${key}"></support-call-prep>`);
    const now = new Date('2026-11-24T15:00:00Z');
    const hotlineAt = (): Promise<SupportHotline> =>
      fixture<SupportHotline>(
        html`<support-hotline number="+18005550100" hours="Mo-Su 13:00-18:00" timezone="UTC" viewer-time-zone="UTC" .now=${now}></support-hotline>`,
      );
    const checklistAt = (): Promise<SupportDisputeChecklist> =>
      fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist type="not-received" purchase-date="2026-11-01" amount="42.5" currency="EUR" .now=${now}></support-dispute-checklist>`,
      );
    const clean = [shadowText(await hotlineAt()), shadowText(await checklistAt())];
    let copied = '';
    let blob: Blob | undefined;
    const createObjectURL = URL.createObjectURL;
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void (copied = t) });
    URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'data:,');
    let shown: string[] = [];
    let roots: string[] = [];
    try {
      shown = await polluted({ ...REQUEST_POLLUTION(), ...BREAKING_POLLUTION() }, async () => {
        center.src = `/__requests/config?key=${key}`;
        await waitUntil(() => events.length, 'the config request ends', { timeout: 5000 });
        await settle(center);
        await submitAndRetry(form);
        const faq = await fixture<SupportFaq>(
          html`<support-faq searchable search-delay="0" .items=${[{ question: 'Where is my order?', answer: 'In your account.' }]}></support-faq>`,
        );
        listen(faq, 'support-faq-search');
        await settle(faq);
        const search = faq.shadowRoot!.querySelector<HTMLInputElement>('[part=search]')!;
        search.value = 'order';
        search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
        await waitUntil(() => events.some((e) => e.startsWith('support-faq-search')), 'the search event', { timeout: 5000 });
        const hotline = await hotlineAt();
        listen(hotline, 'support-hotline-copy');
        hotline.shadowRoot!.querySelector<HTMLButtonElement>('button[part=copy]')!.click();
        await waitUntil(() => copied, 'the copy', { timeout: 5000 });
        const checklist = await checklistAt();
        listen(checklist, 'support-dispute-export');
        [...checklist.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=actions] button')].find((b) => b.textContent!.includes('.json'))!.click();
        await waitUntil(() => blob, 'the export', { timeout: 5000 });
        await hotline.updateComplete;
        roots = [center, form, faq, hotline, checklist].map((el) => `${el.localName} ${el.shadowRoot!.slotAssignment} ${el.shadowRoot!.delegatesFocus}`);
        return [shadowText(hotline), shadowText(checklist), status(form)];
      });
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      URL.createObjectURL = createObjectURL;
    }
    expect(events).to.deep.equal([
      `support-center-load {"src":"/__requests/config?key=${key}"}`,
      'support-faq-search {"query":"order","results":1}',
      'support-hotline-copy {"number":"+18005550100"}',
      'support-dispute-export {"format":"json"}',
    ]);
    expect(deepText(center)).to.include('Where is my order?');
    expect(shown[2]).to.include('sent');
    expect((await log(key)).map((r) => r.method)).to.deep.equal(['GET', 'POST']);
    expect(copied).to.equal('+18005550100');
    // The same hours (open now, in the same time zone and 24-hour clock) and the same dates and amounts.
    expect(shown[0]).to.equal(clean[0].replace('Copy number', 'Copied'));
    expect(shown[1]).to.equal(clean[1]);
    expect(blob!.type).to.equal('application/json;charset=utf-8');
    expect(JSON.parse(await blob!.text())).to.have.property('type', 'not-received');
    expect(roots).to.deep.equal([
      'support-center named false',
      'support-call-prep named false',
      'support-faq named false',
      'support-hotline named false',
      'support-dispute-checklist named false',
    ]);
  });
});
