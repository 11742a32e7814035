import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist, SupportFaq } from '../../src/index.js';
import { stringify } from '../../src/internal/config.js';
import { SafeStorage } from '../../src/internal/storage.js';
import { $ as $shadow, nextFrame, shadowText as text, uniqueKey } from '../helpers.js';

const NOW = new Date('2026-11-24T12:00');
const T = NOW.getTime();
/** A storage key no other test uses (the visit-only copies outlive a test). */
/** test/helpers.ts's `$` and `$$`, typed for this file's form controls. */
const $: <E extends Element = HTMLInputElement>(el: Element, selector: string) => E = $shadow;

async function type(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = $(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const prep = (k: string): Promise<SupportCallPrep> => fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW}></support-call-prep>`);
const dispute = (k: string): Promise<SupportDisputeChecklist> =>
  fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="duplicate" storage-key=${k} dispute-id="d" .now=${NOW}></support-dispute-checklist>`);

/** Replaces Storage methods for one test; `restore()` in finally. */
function breakStorage(methods: Partial<Record<'getItem' | 'setItem' | 'removeItem', () => never>>): { restore: () => void } {
  const saved = { getItem: Storage.prototype.getItem, setItem: Storage.prototype.setItem, removeItem: Storage.prototype.removeItem };
  Object.assign(Storage.prototype, methods);
  return { restore: () => Object.assign(Storage.prototype, saved) };
}
const quota = (): never => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};
const denied = (): never => {
  throw new DOMException('Access is denied for this document.', 'SecurityError');
};

describe('storage faults', () => {
  let errors: unknown[] = [];
  const onError = (e: ErrorEvent | PromiseRejectionEvent): void => void errors.push('reason' in e ? e.reason : e.error);
  beforeEach(() => {
    errors = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    localStorage.clear();
    expect(errors, 'nothing thrown into the page').to.deep.equal([]);
  });

  for (const [name, methods] of [
    ['localStorage throws on every call (blocked storage)', { getItem: denied, setItem: denied, removeItem: denied }],
    ['storage is full (QuotaExceededError on setItem)', { setItem: quota }],
  ] as const) {
    it(`<support-call-prep>: ${name}: keeps what was typed for the visit and says so`, async () => {
      const k = uniqueKey('host');
      const broken = breakStorage(methods);
      try {
        const el = await prep(k);
        await type(el, 'what', 'Charged twice for one order');
        await type(el, 'account', 'ana@example.com');
        expect($(el, '#what').value).to.equal('Charged twice for one order');
        expect(text(el)).to.include('Saved for this visit only · Forget');
        await expect(el).to.be.accessible();
        // Leaving and coming back during the visit brings the typing back.
        el.remove();
        const again = await prep(k);
        expect($(again, '#what').value).to.equal('Charged twice for one order');
        expect($(again, '#account').value).to.equal('ana@example.com');
      } finally {
        broken.restore();
        new SafeStorage('call-prep', k).remove('draft');
      }
    });

    it(`<support-dispute-checklist>: ${name}: keeps the ticks and notes for the visit and says so`, async () => {
      const k = uniqueKey('host');
      const broken = breakStorage(methods);
      try {
        const el = await dispute(k);
        $(el, 'input[type=checkbox]').click();
        await el.updateComplete;
        const note = $(el, 'input[part=note]');
        note.value = 'Statement of November';
        note.dispatchEvent(new Event('change'));
        await el.updateComplete;
        expect(text(el)).to.include("Can't save on this device: kept until you leave the page.");
        el.remove();
        const again = await dispute(k);
        expect($(again, 'input[type=checkbox]').checked).to.equal(true);
        expect($(again, 'input[part=note]').value).to.equal('Statement of November');
      } finally {
        broken.restore();
        new SafeStorage(k).remove('dispute:d');
      }
    });
  }

  it('storage that frees up again: the next write goes back to the device', async () => {
    const k = uniqueKey('host');
    const broken = breakStorage({ setItem: quota });
    const el = await prep(k);
    try {
      await type(el, 'what', 'First');
      expect(text(el)).to.include('Saved for this visit only');
    } finally {
      broken.restore();
    }
    await type(el, 'what', 'First and second');
    expect(text(el)).to.include('Saved on this device');
    expect(JSON.parse(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)!).d.what).to.equal('First and second');
  });

  const corrupt: Array<[string, string]> = [
    ['not JSON', '{"v":1,"t":'],
    ['JSON null', 'null'],
    ['a bare string', '"hello"'],
    ['an envelope without times', '{"v":1,"d":{"what":"x"}}'],
    ['times as strings', '{"v":1,"t":"now","e":"later","d":{"what":"x"}}'],
    ['version 0', `{"v":0,"t":${T},"e":${T + 1e9},"d":{"what":"x"}}`],
  ];
  for (const [what, raw] of corrupt) {
    it(`a corrupt record (${what}) is dropped; both components start clean and keep working`, async () => {
      const k = uniqueKey('host');
      localStorage.setItem(`support-widgets@2:call-prep:${k}:draft`, raw);
      localStorage.setItem(`support-widgets@2:dispute:${k}:d`, raw);
      const el = await prep(k);
      const list = await dispute(k);
      expect($(el, '#what').value).to.equal('');
      expect($(list, 'input[type=checkbox]').checked).to.equal(false);
      expect(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)).to.equal(null);
      await type(el, 'what', 'Typed after');
      expect(text(el)).to.include('Saved on this device');
    });
  }

  it('records of the wrong shape inside a valid envelope are ignored field by field', async () => {
    const k = uniqueKey('host');
    const env = (d: unknown): string => JSON.stringify({ v: 1, t: T, e: T + 1e9, d });
    localStorage.setItem(`support-widgets@2:call-prep:${k}:draft`, env({ what: 42, account: 'ana@example.com', checked: [1, 'network'], tried: { a: 1 } }));
    localStorage.setItem(`support-widgets@2:dispute:${k}:d`, env({ t: 7, p: 'not an object' }));
    const el = await prep(k);
    const list = await dispute(k);
    expect($(el, '#what').value).to.equal('');
    expect($(el, '#account').value).to.equal('ana@example.com');
    expect($(list, 'input[type=checkbox]').checked).to.equal(false);
    $(list, 'input[type=checkbox]').click();
    await list.updateComplete;
    expect($(list, 'input[type=checkbox]').checked).to.equal(true);
  });

  it('a record from a newer version of the library is left alone, not misread', async () => {
    const k = uniqueKey('host');
    const future = JSON.stringify({ v: 99, t: T, e: T + 1e9, d: { what: { rich: ['format'] } } });
    localStorage.setItem(`support-widgets@2:call-prep:${k}:draft`, future);
    const el = await prep(k);
    expect($(el, '#what').value).to.equal('');
    expect(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)).to.equal(future);
    // What this user types now is newer than it: it is saved in this version's format.
    await type(el, 'what', 'New text');
    expect(JSON.parse(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)!).v).to.equal(1);
  });
});

describe('Array.prototype.toJSON defined by the host page (old Prototype.js)', () => {
  const proto = Array.prototype as unknown as { toJSON?: () => string };
  beforeEach(() => {
    // Prototype.js 1.6: arrays stringify as a JSON string of their JSON.
    proto.toJSON = function (this: unknown[]) {
      return `[${this.map((v) => JSON.stringify(v)).join(', ')}]`;
    };
    expect(JSON.stringify({ a: [1] })).to.equal('{"a":"[1]"}');
  });
  afterEach(() => {
    delete proto.toJSON;
    localStorage.clear();
    document.head.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
  });

  it('stringify() writes arrays and objects as themselves, nested too, and keeps Date.toJSON', () => {
    const value = { a: [1, [2, { b: ['c'] }]], d: new Date(0), s: 'x', n: null };
    expect(JSON.parse(stringify(value))).to.deep.equal({ a: [1, [2, { b: ['c'] }]], d: '1970-01-01T00:00:00.000Z', s: 'x', n: null });
    expect(stringify([1, 2], 2)).to.equal('[\n  1,\n  2\n]');
  });

  it('a call-prep draft with ticked boxes is saved and read back as arrays', async () => {
    const k = uniqueKey('host');
    const el = await prep(k);
    await type(el, 'topic', 'payment');
    $(el, '[name="checked"][value="network"]').click();
    await el.updateComplete;
    const saved = JSON.parse(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)!);
    expect(saved.d.checked).to.deep.equal(['network']);
    el.remove();
    const again = await prep(k);
    expect($(again, '[name="checked"][value="network"]').checked).to.equal(true);
  });

  it('the call-prep POST body is correct JSON', async () => {
    const bodies: string[] = [];
    const original = window.fetch;
    window.fetch = async (_url, init) => {
      bodies.push(String(init?.body));
      return new Response('{}', { status: 200 });
    };
    try {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint="/__endpoint/ok" .now=${NOW}></support-call-prep>`);
      await type(el, 'topic', 'payment');
      await type(el, 'account', 'ana@example.com');
      await type(el, 'what', 'Declined');
      $(el, '[name="checked"][value="network"]').click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part=submit]').click();
      for (let i = 0; i < 5 && !bodies.length; i++) await nextFrame();
      expect(JSON.parse(bodies[0]!).checked).to.deep.equal(['network']);
    } finally {
      window.fetch = original;
    }
  });

  it('the dispute JSON export is correct JSON, and saved progress round-trips', async () => {
    const k = uniqueKey('host');
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:stub');
    HTMLAnchorElement.prototype.click = () => {};
    try {
      const el = await dispute(k);
      $(el, 'input[type=checkbox]').click();
      await el.updateComplete;
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.includes('.json'))!.click();
      const json = JSON.parse(await blobs[0]!.text());
      expect(Array.isArray(json.items)).to.equal(true);
      expect(json.items[0].checked).to.equal(true);
      el.remove();
      const again = await dispute(k);
      expect($(again, 'input[type=checkbox]').checked).to.equal(true);
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('FAQ JSON-LD keeps mainEntity an array', async () => {
    await fixture<SupportFaq>(html`<support-faq structured-data .items=${[{ question: 'Is it safe?', answer: 'Yes.' }]}></support-faq>`);
    await nextFrame();
    const script = document.head.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!);
    expect(data.mainEntity).to.be.an('array').with.length(1);
    expect(data.mainEntity[0].name).to.equal('Is it safe?');
  });
});
