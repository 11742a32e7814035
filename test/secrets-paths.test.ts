// Every way user text leaves an element, tried with generated card numbers and secrets (every network, digit
// script, separator, language; in one field or split across two): localStorage, the summary (shown, copied,
// printed, downloaded), events' detail, the endpoint's request body (captured by the test server), the
// checklist's text and JSON exports, the FAQ search event. Ordinary support text must come through unchanged.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist, SupportFaq } from '../src/index.js';
import { SafeStorage } from '../src/internal/storage.js';
import { nextFrame, shadow, storage, uniqueKey, writeNote } from './helpers.js';
import { cardNumber, digitsOf, grouped, inScript, leaks, ordinary, scripts, sensitive, type Sensitive } from './secret-gen.js';

const RUNS = 15;
/** A one-line input drops line breaks as the browser does. */
const oneLine = (s: string): string => s.replace(/[\r\n]/g, '').trim();
const NOW = new Date('2026-11-24T12:00');
const status = (el: Element): string => shadow(el).querySelector('[role=status]')!.textContent!;

/** Everything the form let out while `run` ran: events' detail, copied, printed and downloaded text, requests. */
async function outputs(el: SupportCallPrep, run: (out: string[]) => Promise<void>): Promise<string[]> {
  const out: string[] = [];
  const onEvent = (e: Event) => out.push(JSON.stringify((e as CustomEvent).detail));
  el.addEventListener('support-call-prep-change', onEvent);
  el.addEventListener('support-call-prep-submit', onEvent);
  const clipboard = navigator.clipboard;
  const writeText = clipboard.writeText;
  clipboard.writeText = async (t: string) => void out.push(t);
  const click = HTMLAnchorElement.prototype.click;
  const links: HTMLAnchorElement[] = [];
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    links.push(this);
  };
  try {
    await run(out);
  } finally {
    clipboard.writeText = writeText;
    HTMLAnchorElement.prototype.click = click;
    el.removeEventListener('support-call-prep-change', onEvent);
    el.removeEventListener('support-call-prep-submit', onEvent);
  }
  for (const a of links) out.push(await (await fetch(a.href)).text());
  for (const frame of document.querySelectorAll('iframe')) {
    out.push(frame.contentDocument?.body.textContent ?? '');
    frame.remove();
  }
  return out;
}

async function type(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = shadow(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/**
 * Fills the form with `fields`, submits it to the capturing endpoint, copies, prints and downloads the summary.
 * `settled`: only what leaves after the last field is typed (a card split across fields is a card only then).
 */
async function useForm(fields: Record<string, string>, settled = false): Promise<{ el: SupportCallPrep; out: string[]; body: string }> {
  const k = uniqueKey('secrets');
  const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW} endpoint="/__capture/${k}"></support-call-prep>`);
  const out = await outputs(el, async (sent) => {
    await type(el, 'topic', 'payment');
    await type(el, 'account', 'ana@example.com');
    for (const [name, value] of Object.entries(fields)) await type(el, name, value);
    if (settled) sent.length = 0;
    const submitted = oneEvent(el, 'support-call-prep-submit');
    shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await submitted;
    await waitUntil(() => shadow(el).querySelector('.status.sent'), 'sent');
    const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part=summary] button')];
    for (const b of buttons) b.click();
    await waitUntil(() => status(el) === 'Copied');
  });
  out.push(el.summaryText(), shadow(el).querySelector('[part=summary]')!.textContent!, storage());
  const body = await (await fetch(`/__capture/${k}`)).text();
  return { el, out: [...out, body], body };
}

describe('secrets never leave <support-call-prep>', () => {
  afterEach(() => localStorage.clear());

  it('a card number or secret typed in any field reaches no storage, summary, event, request, copy, print or download', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(sensitive, fc.constantFrom('txn', 'what', 'tried', 'lang', 'agent', 'solution'), async (s: Sensitive, field) => {
        const { el, out, body } = await useForm({ what: 'Card declined', [field]: s.text });
        for (const text of out) expect(leaks(text, s), `${s.text} → ${text}`).to.equal(false);
        expect(JSON.parse(body)).to.have.property(field);
        // The user is told beside the field and through the live region.
        expect(shadow(el).querySelector(`#${field}-w`), s.text).to.exist;
        el.remove();
      }),
      { numRuns: RUNS },
    );
  });

  it('a card number split across two fields is masked in both', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(
        cardNumber.chain((card) => fc.record({ card: fc.constant(card), written: grouped(card), scripts, at: fc.nat() })),
        async ({ card, written, scripts: s, at }) => {
          const cuts = [...written.matchAll(/[^0-9]+/g)].map((m) => m.index);
          fc.pre(cuts.length > 0);
          const cut = cuts[at % cuts.length];
          const secret: Sensitive = { text: written, digits: card.slice(0, -4) };
          // The first part alone is not a card (it went out in the first field's change event, as any number
          // would); once the second part is typed, reading the fields together finds it everywhere.
          const { el, out } = await useForm(
            { txn: `card ${inScript(written.slice(0, cut), s)}`, what: `${inScript(written.slice(cut), s)} was charged` },
            true,
          );
          for (const text of out) expect(leaks(text, secret), `${written} → ${text}`).to.equal(false);
          el.remove();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('ordinary support text is kept exactly as typed', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(ordinary, async (text) => {
        const { el, body } = await useForm({ what: text, tried: 'password reset' });
        expect(JSON.parse(body)).to.include({ what: text.trim(), tried: 'password reset' });
        expect(storage()).to.include(JSON.stringify(text.trim()).slice(1, -1));
        expect(shadow(el).querySelector('.w')).to.equal(null);
        el.remove();
      }),
      { numRuns: RUNS },
    );
  });

  it('replaces only the secret span, says what was not kept, and announces it (WCAG 4.1.3)', async function () {
    this.timeout(120_000);
    const k = uniqueKey('secrets');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW} lang="ar"></support-call-prep>`);
    await type(el, 'topic', 'payment');
    await type(el, 'what', 'دفعت بالبطاقة ٤١١١ ١١١١ ١١١١ ١١١١ ورمز التحقق هو ١٢٣٤٥٦ أمس');
    const warning = shadow(el).querySelector('#what-w')!.textContent!;
    expect(warning).to.include('أخفينا رقم البطاقة').and.include('••••••');
    await waitUntil(() => status(el).includes('أخفينا رقم البطاقة'), 'announced');
    expect(shadow(el).querySelector('#what')!.getAttribute('aria-describedby')).to.include('what-w');
    expect(storage()).to.include('دفعت بالبطاقة •••• 1111 ورمز التحقق هو •••••• أمس');
    // Typing on does not repeat the announcement; a new kind of secret does.
    await type(el, 'what', 'دفعت بالبطاقة ٤١١١ ١١١١ ١١١١ ١١١١ ورمز التحقق هو ١٢٣٤٥٦ أمس مساء');
    await nextFrame();
    await nextFrame();
    expect(status(el)).to.include('أخفينا رقم البطاقة');
    await type(el, 'tried', 'pw: hunter2');
    await waitUntil(() => status(el).includes('لا تشارك'), 'announced');
    await expect(el).to.be.accessible();
  });

  it('My password was reset yesterday… is kept, not dropped', async function () {
    this.timeout(120_000);
    const { body } = await useForm({ what: 'My password was reset yesterday and I still cannot log in' });
    expect(JSON.parse(body).what).to.equal('My password was reset yesterday and I still cannot log in');
  });
});

describe('<support-call-prep> while the user types: the red team’s findings', () => {
  afterEach(() => localStorage.clear());

  /** Types `text` key by key into a field (focused, as a person does), then leaves it; returns all that went out. */
  async function keyByKey(el: SupportCallPrep, name: string, steps: string[]): Promise<string[]> {
    const out: string[] = [];
    const onEvent = (e: Event) => out.push(JSON.stringify((e as CustomEvent).detail));
    el.addEventListener('support-call-prep-change', onEvent);
    const control = shadow(el).querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    control.focus();
    for (const value of steps) {
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      out.push(storage());
    }
    control.blur();
    await el.updateComplete;
    out.push(storage());
    el.removeEventListener('support-call-prep-change', onEvent);
    return out;
  }
  const prefixes = (text: string): string[] => [...text].map((_, i) => text.slice(0, i + 1));
  async function form(fields?: unknown): Promise<SupportCallPrep> {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('secrets')} .now=${NOW} .fields=${fields}></support-call-prep>`);
    await type(el, 'topic', 'payment');
    return el;
  }

  it('never saves or emits most of a card number while it is typed, nor after its last digit is deleted', async () => {
    const el = await form();
    const typed = await keyByKey(el, 'txn', [...prefixes('4111 1111 1111 1111'), '4111 1111 1111 111']);
    // 12 digits of a card's 16 and more: none of them went out, in any event or saved draft.
    for (const text of typed) expect(digitsOf(text), text).not.to.include('411111111111');
    expect(storage()).to.include('"txn":"••••"');
    // What is typed in other fields is saved and told as before.
    const other = await keyByKey(el, 'lang', ['English']);
    expect(other.join()).to.include('English');
  });

  it('never saves or emits a password before its last character', async () => {
    const el = await form();
    const typed = await keyByKey(el, 'what', prefixes('my password hunter2 thanks'));
    for (const text of typed) expect(text, text).not.to.include('hunt');
    expect(storage()).to.include('my password •••••• thanks');
    // Ordinary text typed key by key is saved as typed.
    const plain = await keyByKey(el, 'tried', prefixes('Order 112-1234567-1234565 never came'));
    expect(plain.join()).to.include('Order 112-1234567-1234565 never came');
  });

  it('keeps only an amount in the amount field: no card number in storage, events, request or summary, no "NaN"', async function () {
    this.timeout(60_000);
    for (const amount of ['0004111111111111111', '41111111111111110e-1', '4111111111111111']) {
      const el = await form();
      const typed = await keyByKey(el, 'amount', [amount]);
      for (const text of typed) expect(digitsOf(text), `${amount} → ${text}`).not.to.include('411111111111');
      shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await el.updateComplete;
      await waitUntil(() => shadow(el).querySelector('#amount-e'), 'error shown');
      expect(shadow(el).querySelector('#amount-e')!.textContent).to.include('below 1,000,000,000');
      await expect(el).to.be.accessible();
      el.remove();
    }
    // A card number split between the transaction field and the amount: the amount shows as it is kept.
    const { el, out } = await useForm({ what: 'Charged twice', txn: '4111 1111 1111', amount: '1111' });
    expect(el.summaryText()).not.to.include('NaN');
    for (const text of out) expect(digitsOf(text)).not.to.include('411111111111');
  });

  it('treats the whole value of a field labelled PIN, password, OTP or CVV (any shipped language) as a secret', async () => {
    for (const label of ['PIN', 'Password', 'OTP', 'CVV', '密码', '验证码', 'كلمة المرور', 'الرقم السري']) {
      const el = await form(['topic', 'what', { id: 'extra', type: 'text', label }]);
      const typed = await keyByKey(el, 'extra', ['1234']);
      for (const text of typed) expect(text, label).not.to.include('1234');
      expect(el.summaryText(), label).not.to.include('1234');
      el.remove();
    }
    const el = await form(['topic', 'what', { id: 'pin', type: 'text', label: 'Branch' }]);
    for (const text of await keyByKey(el, 'pin', ['1234'])) expect(text).not.to.include('1234');
  });
});

describe('secrets never leave <support-dispute-checklist>', () => {
  afterEach(() => localStorage.clear());

  async function checklist(): Promise<SupportDisputeChecklist> {
    return fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist type="duplicate" dispute-id=${uniqueKey('secrets')} storage-key="s" .now=${NOW}></support-dispute-checklist>`,
    );
  }
  /** The note fields, storage, text and JSON exports, downloads and events' detail. */
  async function everything(el: SupportDisputeChecklist): Promise<string[]> {
    const out = [
      storage(),
      el.exportText(),
      JSON.stringify(el.exportJson()),
      ...[...shadow(el).querySelectorAll<HTMLInputElement>('input[part=note]')].map((i) => i.value),
    ];
    const onEvent = (e: Event) => out.push(JSON.stringify((e as CustomEvent).detail));
    el.addEventListener('support-dispute-export', onEvent);
    el.addEventListener('support-dispute-change', onEvent);
    const click = HTMLAnchorElement.prototype.click;
    const links: HTMLAnchorElement[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this);
    };
    try {
      for (const b of shadow(el).querySelectorAll<HTMLButtonElement>('[part=actions] button')) if (/Save/.test(b.textContent!)) b.click();
      shadow(el).querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    await el.updateComplete;
    for (const a of links) out.push(await (await fetch(a.href)).text());
    expect(links.length).to.be.above(0);
    return out;
  }

  it('a card number or secret in a note reaches no storage, export or event; the rest of the note is kept', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(sensitive, async (s) => {
        const el = await checklist();
        const input = await writeNote(el, 0, `${s.text} ok`);
        expect(input.value.endsWith(' ok'), input.value).to.equal(true);
        expect(shadow(el).querySelector('.warn'), s.text).to.exist;
        for (const text of await everything(el)) expect(leaks(text, s), `${s.text} → ${text}`).to.equal(false);
        el.remove();
      }),
      { numRuns: RUNS },
    );
  });

  it('a card number split across two notes is masked in both', async function () {
    this.timeout(120_000);
    const el = await checklist();
    await writeNote(el, 0, 'card ４１１１ １１１１');
    await writeNote(el, 1, '١١١١ ١١١١ charged twice');
    const secret: Sensitive = { text: '', digits: '411111111111' };
    for (const text of await everything(el)) expect(leaks(text, secret), text).to.equal(false);
    expect(
      el
        .exportJson()!
        .items.map((i) => i.note)
        .slice(0, 2),
    ).to.deep.equal(['card ••••', '•••• 1111 charged twice']);
    await waitUntil(() => status(el).includes('Card number hidden'), 'announced');
  });

  it('ordinary notes are kept exactly', async function () {
    this.timeout(120_000);
    await fc.assert(
      fc.asyncProperty(ordinary, async (text) => {
        const el = await checklist();
        const input = await writeNote(el, 0, text);
        expect(input.value).to.equal(oneLine(text));
        expect(el.exportJson()!.items[0].note).to.equal(oneLine(text));
        expect(shadow(el).querySelector('.warn')).to.equal(null);
        el.remove();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('secrets never leave <support-faq> in the search event', () => {
  it('the query of support-faq-search carries no card number or secret, and ordinary queries unchanged', async function () {
    this.timeout(120_000);
    const el = await fixture<SupportFaq>(
      html`<support-faq searchable search-delay="0"><support-faq-item question="Refunds"><p>Five days.</p></support-faq-item></support-faq>`,
    );
    await el.updateComplete;
    const search = async (query: string): Promise<string> => {
      const input = shadow(el).querySelector('input')!;
      input.value = query;
      setTimeout(() => input.dispatchEvent(new Event('input')));
      const { detail } = await oneEvent(el, 'support-faq-search');
      return detail.query;
    };
    await fc.assert(
      fc.asyncProperty(sensitive, async (s) => {
        const query = await search(s.text);
        expect(leaks(query, s), `${s.text} → ${query}`).to.equal(false);
      }),
      { numRuns: RUNS * 2 },
    );
    await fc.assert(
      fc.asyncProperty(ordinary, async (text) => {
        expect(await search(text)).to.equal(oneLine(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('the query sent after a pause holds no card number still being typed', async () => {
    const el = await fixture<SupportFaq>(
      html`<support-faq searchable search-delay="0"><support-faq-item question="Refunds"><p>Five days.</p></support-faq-item></support-faq>`,
    );
    const input = shadow(el).querySelector('input')!;
    for (const query of ['4111 1111 1111 111', 'refund 5500 0000 0000 000', '٤١١١١١١١١١١١١١١']) {
      input.value = query;
      setTimeout(() => input.dispatchEvent(new Event('input')));
      const { detail } = await oneEvent(el, 'support-faq-search');
      expect(digitsOf(detail.query), detail.query).not.to.match(/\d{12}/);
    }
    input.value = 'refund for order 112-1234567-1234565';
    setTimeout(() => input.dispatchEvent(new Event('input')));
    expect((await oneEvent(el, 'support-faq-search')).detail.query).to.equal('refund for order 112-1234567-1234565');
  });
});

describe('SafeStorage refuses a card number or secret however written', () => {
  it('in any script or separator, in any string of the record; ordinary records are written', () => {
    fc.assert(
      fc.property(sensitive, ordinary, (s, text) => {
        const store = new SafeStorage(uniqueKey('secrets'));
        expect(store.write('r', { a: [text, { b: s.text }] }, 1), s.text).to.equal('refused');
        expect(store.write('r', { a: [text] }, 1), text).to.not.equal('refused');
      }),
      { numRuns: RUNS * 10 },
    );
  });
});
