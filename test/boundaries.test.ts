// Nothing leaves the device unless the merchant asked, and only what the user submitted (issue 13): a host page's
// polluted prototypes configure nothing, data goes only to same-origin or https: URLs and never follows a
// redirect, the endpoint gets exactly the submission its event carried, and drafts never share a storage key.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { registerLocale, type SupportCallPrep, type SupportCenter, type SupportDisputeChecklist, type SupportFaq } from '../src/index.js';
import { capture, nextFrame, settle, shadow, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00:00Z');
/** What a user sees and what links point to, crossing shadow roots. */
function seen(el: Element): string {
  const parts: string[] = [];
  const walk = (root: Node): void => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.nodeValue!);
      if (node instanceof Element) {
        for (const a of ['href', 'dir', 'aria-label', 'part', 'slot']) if (node.hasAttribute(a)) parts.push(`[${a}=${node.getAttribute(a)}]`);
        if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) parts.push(`[value=${node.value}]`);
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      }
    }
  };
  walk(el.shadowRoot ?? el);
  walk(el);
  return parts.join('').replace(/\s+/g, ' ');
}
const ldText = (): string => [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent).join('\n');

/** Waits until every support-* element inside `el` has rendered. */
const EVIL = 'https://evil.example/collect';
/** What an attacker (or an old library on the page) sets on Object.prototype: every config key the elements read. */
const OBJECT_POLLUTION: Record<string, unknown> = {
  endpoint: EVIL,
  src: EVIL,
  verifyUrl: EVIL,
  display: '+1 900 555 0199',
  number: '+19005550199',
  label: 'POLLUTED label',
  note: 'POLLUTED note: call +1 900 555 0199',
  hint: 'POLLUTED hint',
  description: 'POLLUTED description',
  reason: 'POLLUTED reason',
  question: 'POLLUTED question',
  answer: 'POLLUTED [answer](https://evil.example)',
  category: 'POLLUTED',
  languages: 'en',
  hours: '24/7',
  items: [{ question: 'POLLUTED?', answer: 'POLLUTED.' }],
  lines: [{ number: '+19005550199', label: 'POLLUTED line' }],
  fields: ['topic', { id: 'card', label: 'POLLUTED card number' }],
  topics: [{ id: 'scam', label: 'POLLUTED topic' }],
  types: [{ id: 'scam', label: 'POLLUTED type', items: [{ id: 'x', label: 'POLLUTED item' }] }],
  options: ['POLLUTED'],
  required: true,
  extend: true,
  storageKey: 'POLLUTED',
  // Not `strings`: Lit itself reads `strings` of its own part objects, and renders attributes as text with it.
  sections: ['faq'],
  faq: { items: [{ question: 'POLLUTED faq?', answer: 'POLLUTED.' }] },
  hotline: { lines: [{ number: '+19005550199' }] },
  callPrep: { endpoint: EVIL },
  dispute: { types: [] },
  theme: 'dark',
  dir: 'rtl',
  // String keys of the elements' tables and of user data: a polluted prototype supplies no text or value.
  search: 'POLLUTED search',
  safety: 'POLLUTED safety',
  prepare: 'POLLUTED prepare',
  what: 'POLLUTED what happened',
  account: 'POLLUTED account',
  topic: 'payment',
  'not-received': { statement: { c: 1, n: 'POLLUTED note' } },
};
/**
 * And on Array.prototype. Not an index (`0`, `1`): that crashes the test runner's own page before any element
 * renders; the elements still read holes of sparse arrays as nothing (`Object.hasOwn`).
 */
const ARRAY_POLLUTION: Record<string, unknown> = {
  items: [{ question: 'POLLUTED?', answer: 'POLLUTED.' }],
  lines: [{ number: '+19005550199' }],
};

/** Runs `fn` with both prototypes polluted, and always cleans up. */
async function polluted<T>(fn: () => Promise<T>): Promise<T> {
  const added: [object, string][] = [];
  for (const [proto, values] of [
    [Object.prototype, OBJECT_POLLUTION],
    [Array.prototype, ARRAY_POLLUTION],
  ] as const) {
    for (const [k, v] of Object.entries(values)) {
      Object.defineProperty(proto, k, { value: v, configurable: true, writable: true, enumerable: false });
      added.push([proto, k]);
    }
  }
  try {
    return await fn();
  } finally {
    for (const [proto, k] of added) delete (proto as Record<string, unknown>)[k];
  }
}

/**
 * Renders the same thing clean and with polluted prototypes: what is seen, the structured data, the console
 * errors, the requests and the storage must be the same.
 */
async function same(render: () => Promise<Element>, act?: (el: Element) => Promise<void>): Promise<void> {
  const run = async (): Promise<string[]> => {
    localStorage.clear();
    const errors = capture('error');
    const original = window.fetch;
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL) => {
      requests.push(String(input));
      return Promise.resolve(new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    };
    try {
      const el = await render();
      await settle(el);
      if (act) await act(el);
      await settle(el);
      const out = [seen(el), ldText(), JSON.stringify(errors.calls), JSON.stringify(requests), JSON.stringify({ ...localStorage })];
      el.remove();
      return out;
    } finally {
      window.fetch = original;
      errors.restore();
    }
  };
  const clean = await run();
  const dirty = await polluted(run);
  expect(dirty[0], 'what the user sees').to.equal(clean[0]);
  expect(dirty[1], 'structured data').to.equal(clean[1]);
  expect(dirty[2], 'console errors').to.equal(clean[2]);
  expect(dirty[3], 'requests').to.equal(clean[3]);
  expect(dirty[4], 'storage').to.equal(clean[4]);
  expect(dirty.join(' ')).not.to.include('POLLUTED');
}

async function fillAndSubmit(el: SupportCallPrep): Promise<void> {
  const setValue = async (name: string, value: string): Promise<void> => {
    const control = shadow(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    if (!control) throw new Error(seen(el));
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  };
  await setValue('topic', 'other');
  await setValue('account', 'ana@example.com');
  await setValue('what', 'The app shows error 42');
  shadow(el).querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await el.updateComplete;
  await el.updateComplete;
}

describe('polluted Object.prototype and Array.prototype change nothing', () => {
  afterEach(() => localStorage.clear());

  it('<support-faq>: items, answers, categories, strings and structured data', async () => {
    // A sparse array: the hole at index 1 is reported the same way, never filled from Array.prototype.
    const items = [
      { question: 'How do refunds work?', answer: 'See **refunds** and [our policy](https://example.com/refunds).' },
      ,
      { question: 'Where is my order?', answer: 'In your account.', category: 'Orders' },
    ];
    await same(() => fixture(html`<support-faq searchable structured-data .items=${items} .strings=${{}}></support-faq>`));
    // The JSON config: parsed objects, then the same reads.
    await same(() => fixture(html`<support-faq><script type="application/json">{"items":[{"question":"Q one?","answer":"A one."}]}</script></support-faq>`));
  });

  it('<support-hotline>: lines, display numbers, notes and the verify link', async () => {
    const lines = [{ number: '+18005550100', hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York' }, , { number: '+18005550101' }];
    await same(() => fixture(html`<support-hotline structured-data .lines=${lines} .now=${NOW}></support-hotline>`));
    await same(() => fixture(html`<support-hotline number="+18005550100" .now=${NOW}></support-hotline>`));
  });

  it('<support-call-prep>: fields, topics, values, endpoint and storage key; nothing is sent', async () => {
    await same(
      () => fixture(html`<support-call-prep .now=${NOW}></support-call-prep>`),
      (el) => fillAndSubmit(el as SupportCallPrep),
    );
    await same(
      () =>
        fixture(
          html`<support-call-prep storage-key="shop" .fields=${['topic', 'account', 'what', { id: 'order', label: 'Order number' }]} .now=${NOW}></support-call-prep>`,
        ),
      (el) => fillAndSubmit(el as SupportCallPrep),
    );
  });

  it('<support-dispute-checklist>: built-in and merchant types, items, progress', async () => {
    await same(() => fixture(html`<support-dispute-checklist type="not-received" .now=${NOW}></support-dispute-checklist>`));
    const types = [{ id: 'late', label: 'Late delivery', items: [{ id: 'proof', label: 'Proof of the promised date' }, , { id: 'chat', label: 'Chat log' }] }];
    await same(() => fixture(html`<support-dispute-checklist type="late" .types=${types} .now=${NOW}></support-dispute-checklist>`));
  });

  it('<support-center>: sections, each section’s settings, strings and src', async () => {
    await same(() => fixture(html`<support-center .config=${{ faq: { items: [{ question: 'Q?', answer: 'A.' }] } }} .now=${NOW}></support-center>`));
    await same(() =>
      fixture(
        html`<support-center .now=${NOW}><script type="application/json">{"hotline":{"lines":[{"number":"+18005550100"}]},"callPrep":{}}</script></support-center>`,
      ),
    );
  });

  it('registerLocale takes only the own sections and direction of what it is given', async () => {
    const lang = uniqueKey('x-pollution');
    await polluted(async () => registerLocale(lang, {}));
    await same(() => fixture(html`<support-faq searchable lang=${lang}></support-faq>`));
    const el = await fixture<SupportFaq>(html`<support-faq searchable lang=${lang}></support-faq>`);
    expect(shadow(el).querySelector('label')!.textContent).to.equal('Search questions');
    expect(shadow(el).querySelector('[part=base]')!.getAttribute('dir')).to.equal('ltr');
  });
});

/** Another origin of this same test server: localhost and 127.0.0.1 are two origins. */
const otherOrigin = (): string => location.origin.replace(location.hostname, location.hostname === 'localhost' ? '127.0.0.1' : 'localhost');
async function log(key: string): Promise<{ method: string; body: string }[]> {
  return (await fetch(`/__boundaries/log?key=${key}`)).json() as Promise<{ method: string; body: string }[]>;
}

describe('<support-call-prep> endpoint: where data may go', () => {
  afterEach(() => localStorage.clear());

  it('refuses anything but a same-origin or https: URL, with one console.error, and sends nothing', async () => {
    const blob = URL.createObjectURL(new Blob(['{}'], { type: 'application/json' }));
    const port = Number(location.port) + 1;
    const refused = [
      `${otherOrigin()}/__boundaries/answer?key=${uniqueKey('other')}`,
      `http://localhost:${port}/collect`,
      `http://127.0.0.1:${port}/collect`,
      'http://evil.example/collect',
      'data:application/json,{}',
      blob,
      'javascript:alert(1)',
      'ftp://files.example/upload',
    ];
    const original = window.fetch;
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (requests.push(String(input)), original(input, init));
    try {
      for (const endpoint of refused) {
        const errors = capture('error');
        try {
          const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint=${endpoint} .now=${NOW}></support-call-prep>`);
          await fillAndSubmit(el);
          await nextFrame();
          expect(errors.calls, endpoint).to.have.length(1);
          expect(errors.calls[0]).to.match(/^<support-call-prep> endpoint: expected a same-origin or https: URL; nothing will be sent, got string ".+"\.$/);
          expect(shadow(el).querySelector('[part=summary]'), 'the summary still shows').to.exist;
          expect(shadow(el).querySelector('.status'), 'no sending status').to.equal(null);
        } finally {
          errors.restore();
        }
      }
      expect(requests).to.deep.equal([]);
    } finally {
      window.fetch = original;
      URL.revokeObjectURL(blob);
    }
  });

  it('sends to a same-origin path and to an https: URL', async () => {
    const key = uniqueKey('same');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint="/__boundaries/answer?key=${key}" .now=${NOW}></support-call-prep>`);
    await fillAndSubmit(el);
    await waitUntil(() => shadow(el).querySelector('.status')?.textContent?.includes('Sent to support.'));
    expect(await log(key)).to.have.length(1);
    const original = window.fetch;
    const urls: string[] = [];
    window.fetch = (input: RequestInfo | URL) => (urls.push(String(input)), Promise.resolve(new Response(null, { status: 204 })));
    try {
      el.endpoint = 'https://support.example.com/prep';
      await fillAndSubmit(el);
      await waitUntil(() => urls.length === 1);
      expect(urls).to.deep.equal(['https://support.example.com/prep']);
    } finally {
      window.fetch = original;
    }
  });

  it('does not follow a redirect to another origin: the send fails and the other origin gets nothing', async () => {
    const key = uniqueKey('redirect');
    const target = `${otherOrigin()}/__boundaries/answer?key=${key}-target`;
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist endpoint=${`/__boundaries/redirect?key=${key}&to=${encodeURIComponent(target)}`} .now=${NOW}></support-call-prep>`,
    );
    await fillAndSubmit(el);
    await waitUntil(() => shadow(el).querySelector('.status.failed'));
    expect(shadow(el).querySelector('.status')!.textContent).to.include('Not sent (the address sent the request elsewhere). Your draft is kept.');
    expect(await log(key)).to.have.length(1);
    expect(await log(`${key}-target`), 'the other origin got no request').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});

describe('<support-call-prep> sends only the validated submission', () => {
  afterEach(() => localStorage.clear());

  it('a cancelled submit event sends nothing', async () => {
    const key = uniqueKey('cancel');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint="/__boundaries/answer?key=${key}" .now=${NOW}></support-call-prep>`);
    el.addEventListener('support-call-prep-submit', (e) => e.preventDefault());
    await fillAndSubmit(el);
    await nextFrame();
    expect(shadow(el).querySelector('.status')).to.equal(null);
    expect(await log(key)).to.deep.equal([]);
  });

  it('the event carries exactly the body sent; a listener changing its copy changes nothing sent', async () => {
    const key = uniqueKey('detail');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint="/__boundaries/answer?key=${key}" .now=${NOW}></support-call-prep>`);
    const event = oneEvent(el, 'support-call-prep-submit');
    el.addEventListener('support-call-prep-submit', (e) => {
      const data = e.detail.data;
      queueMicrotask(() => (data.what = 'Changed by a listener'));
    });
    await fillAndSubmit(el);
    const { detail } = await event;
    await waitUntil(() => shadow(el).querySelector('.status.sent'));
    const [sent] = await log(key);
    expect(sent.method).to.equal('POST');
    expect(JSON.parse(sent.body)).to.deep.equal({ topic: 'other', account: 'ana@example.com', what: 'The app shows error 42' });
    expect(detail.data.what).to.equal('Changed by a listener');
  });

  it('Retry resends the submitted payload, never what the form holds now', async () => {
    const key = uniqueKey('retry');
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist endpoint=${`/__boundaries/answer?key=${key}&fail=1`} .now=${NOW}></support-call-prep>`,
    );
    await fillAndSubmit(el);
    await waitUntil(() => shadow(el).querySelector('.status.failed'));
    expect(shadow(el).querySelector('.status')!.textContent).to.include('Not sent (HTTP 503)');
    const what = shadow(el).querySelector<HTMLTextAreaElement>('[name="what"]')!;
    what.value = 'Edited after the failure, not submitted';
    what.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    shadow(el).querySelector<HTMLButtonElement>('.status button')!.click();
    await waitUntil(() => shadow(el).querySelector('.status.sent'));
    const bodies = (await log(key)).map((r) => JSON.parse(r.body) as unknown);
    expect(bodies).to.have.length(2);
    expect(bodies[1]).to.deep.equal(bodies[0]);
    expect(bodies[1]).to.deep.equal({ topic: 'other', account: 'ana@example.com', what: 'The app shows error 42' });
  });

  it('"Sent" shows only after a whole 2xx answer', async () => {
    const cases: [string, string][] = [
      ['answer?status=302&type=text/plain&body=', 'Not sent (the address sent the request elsewhere)'],
      ['answer?status=300', 'Not sent (HTTP 300)'],
      ['answer?status=403', 'Not sent (HTTP 403)'],
      ['answer?status=500', 'Not sent (HTTP 500)'],
      ['halfway?', 'Not sent (the reply was incomplete or unreadable)'],
      ['answer?status=200&body=%7B%22ok%22%3A', 'Not sent (the reply was incomplete or unreadable)'],
      ['answer?status=200&type=text/plain&body=thanks', 'Sent to support.'],
      ['answer?status=204&body=', 'Sent to support.'],
      ['answer?status=201', 'Sent to support.'],
    ];
    for (const [path, expected] of cases) {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep no-persist endpoint=${`/__boundaries/${path}&key=${uniqueKey('status')}`} .now=${NOW}></support-call-prep>`,
      );
      await fillAndSubmit(el);
      await waitUntil(() => shadow(el).querySelector('.status.sent, .status.failed'), path, { timeout: 5000 });
      expect(shadow(el).querySelector('.status')!.textContent, path).to.include(expected);
      el.remove();
    }
    // A network error: nothing listens there.
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint="https://127.0.0.1:1/prep" .now=${NOW}></support-call-prep>`);
    await fillAndSubmit(el);
    await waitUntil(() => shadow(el).querySelector('.status.failed'), 'network error', { timeout: 5000 });
    expect(shadow(el).querySelector('.status')!.textContent).to.include('Not sent (network error)');
  });

  it('says why in Chinese and Arabic too', async () => {
    for (const [lang, words] of [
      ['zh-CN', '该地址将请求转到了别处'],
      ['ar', 'حوّل العنوان الطلب إلى مكان آخر'],
    ]) {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep lang=${lang} no-persist endpoint=${`/__boundaries/answer?status=302&type=text/plain&body=&key=${uniqueKey('l10n')}`} .now=${NOW}></support-call-prep>`,
      );
      await fillAndSubmit(el);
      await waitUntil(() => shadow(el).querySelector('.status.failed'));
      expect(shadow(el).querySelector('.status')!.textContent).to.include(words);
      await expect(el).to.be.accessible();
    }
  });
});

describe('<support-center> src: where the config may come from', () => {
  it('refuses anything but a same-origin or https: URL, with one console.error, and fetches nothing', async () => {
    const original = window.fetch;
    const requests: string[] = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (requests.push(String(input)), original(input, init));
    try {
      for (const src of [
        `${otherOrigin()}/__boundaries/answer`,
        `http://localhost:${Number(location.port) + 1}/config.json`,
        'data:application/json,{"faq":{}}',
        'javascript:alert(1)',
      ]) {
        const errors = capture('error');
        const reasons: string[] = [];
        try {
          const el = await fixture<SupportCenter>(
            html`<support-center src=${src} @support-center-error=${(e: CustomEvent<{ reason: string }>) => reasons.push(e.detail.reason)}></support-center>`,
          );
          await waitUntil(() => reasons.length);
          expect(reasons).to.deep.equal(['refused: expected a same-origin or https: URL']);
          expect(shadow(el).querySelector('[part=error]')).to.exist;
          expect(errors.calls).to.deep.equal([`<support-center> src: could not load "${src}" (refused: expected a same-origin or https: URL).`]);
        } finally {
          errors.restore();
        }
      }
      expect(requests).to.deep.equal([]);
    } finally {
      window.fetch = original;
    }
  });

  it('does not follow a redirect to another origin', async () => {
    const key = uniqueKey('center-redirect');
    const target = `${otherOrigin()}/__boundaries/answer?key=${key}-target&body=${encodeURIComponent('{"faq":{"items":[{"question":"Q?","answer":"A."}]}}')}`;
    const errors = capture('error');
    try {
      const el = await fixture<SupportCenter>(
        html`<support-center src=${`/__boundaries/redirect?key=${key}&to=${encodeURIComponent(target)}`}></support-center>`,
      );
      const { detail } = await oneEvent(el, 'support-center-error');
      expect(detail.reason).to.equal('a redirect, not followed');
      expect(await log(`${key}-target`)).to.deep.equal([]);
      expect(shadow(el).querySelector('[part=error]')).to.exist;
    } finally {
      errors.restore();
    }
  });
});

describe('drafts never share a storage key', () => {
  afterEach(() => localStorage.clear());

  async function typeNote(el: SupportCallPrep, value: string): Promise<void> {
    const what = shadow(el).querySelector<HTMLTextAreaElement>('[name="what"]')!;
    what.value = value;
    what.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
  const draftOf = (el: SupportCallPrep): string => shadow(el).querySelector<HTMLTextAreaElement>('[name="what"]')!.value;
  async function tick(el: SupportDisputeChecklist): Promise<void> {
    shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
  }
  const ticked = (el: SupportDisputeChecklist): boolean => shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.checked;

  it('two kinds of element with keys that used to collide keep their own drafts', async () => {
    // Before: `support-widgets:x:dispute:y:call-prep` was the call form of "x:dispute:y" and the dispute
    // "y:call-prep" of "x"; and "default" was the same namespace as none.
    const prep = await fixture<SupportCallPrep>(html`<support-call-prep storage-key="x:dispute:y" .now=${NOW}></support-call-prep>`);
    const dispute = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist storage-key="x" dispute-id="y:call-prep" type="other" .now=${NOW}></support-dispute-checklist>`,
    );
    await typeNote(prep, 'Call form text');
    await tick(dispute);
    expect(localStorage.length).to.equal(2);
    const prepAgain = await fixture<SupportCallPrep>(html`<support-call-prep storage-key="x:dispute:y" .now=${NOW}></support-call-prep>`);
    const disputeAgain = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist storage-key="x" dispute-id="y:call-prep" type="other" .now=${NOW}></support-dispute-checklist>`,
    );
    expect(draftOf(prepAgain)).to.equal('Call form text');
    expect(ticked(disputeAgain)).to.equal(true);
  });

  it('no storage key and storage-key="default", no dispute id and dispute-id="default" are different drafts', async () => {
    const plain = await fixture<SupportCallPrep>(html`<support-call-prep .now=${NOW}></support-call-prep>`);
    await typeNote(plain, 'No key');
    const named = await fixture<SupportCallPrep>(html`<support-call-prep storage-key="default" .now=${NOW}></support-call-prep>`);
    expect(draftOf(named)).to.equal('');
    const none = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="other" .now=${NOW}></support-dispute-checklist>`);
    await tick(none);
    const idDefault = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist dispute-id="default" type="other" .now=${NOW}></support-dispute-checklist>`,
    );
    expect(ticked(idDefault)).to.equal(false);
    // Two disputes of one shop, and the same ids in another shop: four records.
    const a = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist storage-key="shop" dispute-id="a" type="other" .now=${NOW}></support-dispute-checklist>`,
    );
    await tick(a);
    const b = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist storage-key="shop" dispute-id="b" type="other" .now=${NOW}></support-dispute-checklist>`,
    );
    expect(ticked(b)).to.equal(false);
    const otherShop = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist storage-key="shop2" dispute-id="a" type="other" .now=${NOW}></support-dispute-checklist>`,
    );
    expect(ticked(otherShop)).to.equal(false);
  });

  it('an empty storage-key is an error, saves nothing on the device and never reads the default draft', async () => {
    const plain = await fixture<SupportCallPrep>(html`<support-call-prep .now=${NOW}></support-call-prep>`);
    await typeNote(plain, 'The default draft');
    const before = { ...localStorage };
    for (const key of ['', '   ']) {
      const errors = capture('error');
      try {
        const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${key} .now=${NOW}></support-call-prep>`);
        expect(draftOf(el)).to.equal('');
        await typeNote(el, 'Typed under an empty key');
        expect({ ...localStorage }).to.deep.equal(before);
        expect(shadow(el).querySelector('.saved')!.textContent).to.include('Saved for this visit only');
        expect(errors.calls).to.deep.equal([
          `<support-call-prep> storage-key: expected a non-empty name; nothing is saved on this device, got ${key ? 'string "   "' : 'an empty string'}.`,
        ]);
        await expect(el).to.be.accessible();
        const dispute = await fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist storage-key=${key} type="other" .now=${NOW}></support-dispute-checklist>`,
        );
        await tick(dispute);
        expect({ ...localStorage }).to.deep.equal(before);
        expect(errors.calls).to.have.length(2);
      } finally {
        errors.restore();
      }
    }
  });

  it('reads a draft saved in the old key format once, and moves it', async () => {
    const t = NOW.getTime();
    const env = (d: unknown): string => JSON.stringify({ v: 1, t, e: t + 7 * 864e5, d });
    localStorage.setItem('support-widgets:shop:call-prep', env({ what: 'Saved before the update' }));
    localStorage.setItem('support-widgets:shop:dispute:case-1', env({ t: 'other', p: { other: { statement: { c: 1 } } } }));
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key="shop" .now=${NOW}></support-call-prep>`);
    expect(draftOf(el)).to.equal('Saved before the update');
    const dispute = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist storage-key="shop" dispute-id="case-1" .now=${NOW}></support-dispute-checklist>`,
    );
    expect(ticked(dispute)).to.equal(true);
    expect(Object.keys(localStorage).sort()).to.deep.equal(['support-widgets@2:call-prep:shop:draft', 'support-widgets@2:dispute:shop:case-1']);
  });
});
