// Huge configuration (issue 13, outside red team F5/F6): every list of every element is cut at a documented
// limit BEFORE any per-item work, with one console.error naming the element and the list, and the first part
// renders. Timing on this shared machine is not reliable, so the work is checked structurally: each list is a
// Proxy that counts every read of an entry past the limit (and any walk over all its keys); the element must
// make none. The long suite (test/huge-input.test.ts) measures the long tasks of the real sizes.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportCenter, SupportDisputeChecklist, SupportFaq, SupportHotline } from '../src/index.js';
import { $$, capture, text } from './helpers.js';

const NOW = new Date('2026-11-24T15:45:00Z');
const N = 100_000;

/**
 * An array of `length` entries (`make(i)`) that counts, in `past.reads`, every read of an entry at or past `limit`
 * and every listing of all its keys: what an element does to input it should have cut first.
 */
function guarded<T>(length: number, limit: number, make: (i: number) => T): { list: T[]; past: { reads: number } } {
  const past = { reads: 0 };
  const shared = make(limit);
  const target = Array.from({ length }, (_, i) => (i < limit ? make(i) : shared));
  const beyond = (key: string | symbol): boolean => typeof key === 'string' && /^\d+$/.test(key) && Number(key) >= limit;
  const list = new Proxy(target, {
    get(t, key, receiver) {
      if (beyond(key)) past.reads++;
      return Reflect.get(t, key, receiver) as unknown;
    },
    has(t, key) {
      if (beyond(key)) past.reads++;
      return Reflect.has(t, key);
    },
    getOwnPropertyDescriptor(t, key) {
      if (beyond(key)) past.reads++;
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys(t) {
      past.reads++;
      return Reflect.ownKeys(t);
    },
  });
  return { list, past };
}

describe('huge configuration is cut before any per-item work', () => {
  let errors: ReturnType<typeof capture>;
  beforeEach(() => (errors = capture('error')));
  afterEach(() => {
    errors.restore();
    document.head.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
  });

  it('<support-call-prep>: 100,000 fields, the first 40 shown, one console.error', async () => {
    const { list, past } = guarded(N, 40, (i) => ({ id: `f${i}`, label: `Field ${i}` }));
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .fields=${list} .now=${NOW}></support-call-prep>`);
    expect(past.reads).to.equal(0);
    expect(errors.calls).to.deep.equal(['<support-call-prep> fields: 100000 fields, more than the limit of 40: only the first 40 are used.']);
    const labels = $$(el, 'label').map((l) => text(l));
    expect(labels.filter((l) => l.startsWith('Field '))).to.have.length(40);
    expect(labels.some((l) => l.startsWith('Field 39'))).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('<support-call-prep>: 100,000 topics, the first 30 offered, one console.error', async () => {
    const { list, past } = guarded(N, 30, (i) => ({ id: `t${i}`, label: `Topic ${i}` }));
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .topics=${list} .now=${NOW}></support-call-prep>`);
    expect(past.reads).to.equal(0);
    expect(errors.calls).to.deep.equal(['<support-call-prep> topics: 100000 topics, more than the limit of 30: only the first 30 are used.']);
    const options = $$<HTMLOptionElement>(el, 'select[name=topic] option').map((o) => o.textContent!.trim());
    expect(options).to.include('Topic 29');
    expect(options).not.to.include('Topic 30');
  });

  it("<support-call-prep>: a field's 100,000 options and 100,000 topics, the first 300 and 30 used, one console.error each", async () => {
    const options = guarded(N, 300, (i) => `option-${i}`);
    // `other`: the field shows before a topic is chosen.
    const topics = guarded(N, 30, (i) => (i ? `t${i}` : 'other'));
    const fields = ['topic', { id: 'pick', label: 'Pick one', type: 'select', options: options.list, topics: topics.list }];
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .fields=${fields} .now=${NOW}></support-call-prep>`);
    expect(options.past.reads + topics.past.reads).to.equal(0);
    expect(errors.calls).to.deep.equal([
      '<support-call-prep> fields[1].topics: 100000 topics, more than the limit of 30: only the first 30 are used.',
      '<support-call-prep> fields[1].options: 100000 options, more than the limit of 300: only the first 300 are used.',
    ]);
    expect($$(el, 'select[name=pick] option').length).to.be.within(300, 301);
  });

  it('<support-faq>: 100,000 data items, no entry past the first 2,000 read', async () => {
    const { list, past } = guarded(N, 2_000, (i) => ({ question: `Question ${i}?`, answer: `Answer ${i}.` }));
    const el = await fixture<SupportFaq>(html`<support-faq structured-data .items=${list}></support-faq>`);
    await el.updateComplete;
    expect(past.reads).to.equal(0);
    expect(errors.calls).to.deep.equal(['<support-faq> items: 100000 items, more than the limit of 2000: only the first 2000 are shown.']);
  });

  it('<support-hotline>: 100,000 lines, and a line with 100,000 languages and closures, cut first', async () => {
    const lines = guarded(N, 20, (i) => ({ number: '+18005550100', label: `Line ${i}` }));
    const languages = guarded(N, 20, (i) => (i % 2 ? 'es' : 'en'));
    const closures = guarded(N, 400, () => '2026-12-25');
    const first = { number: '+18005550100', label: 'Main', languages: languages.list, closures: closures.list };
    const given = new Proxy(lines.list, { get: (t, k, r) => (k === '0' ? first : (Reflect.get(t, k, r) as unknown)) });
    const el = await fixture<SupportHotline>(html`<support-hotline structured-data .lines=${given} .now=${NOW}></support-hotline>`);
    expect(lines.past.reads + languages.past.reads + closures.past.reads).to.equal(0);
    expect(errors.calls).to.deep.equal([
      '<support-hotline> lines: 100000 lines, more than the limit of 20: only the first 20 are shown.',
      '<support-hotline> lines[0].languages: 100000 languages, more than the limit of 20: only the first 20 are used.',
      '<support-hotline> lines[0].closures: 100000 closures, more than the limit of 400: only the first 400 are used.',
    ]);
    expect(el.shadowRoot!.querySelectorAll('[part=line]')).to.have.length(20);
  });

  it('<support-dispute-checklist>: 100,000 types, evidence items and payment kinds, cut first', async () => {
    const items = guarded(N, 100, (i) => ({ id: `e${i}`, label: `Evidence ${i}`, required: true }));
    const types = guarded(N, 50, (i) =>
      i ? { id: `t${i}`, label: `Type ${i}`, items: [{ id: 'a', label: 'A', required: true }] } : { id: 'big', label: 'Big', items: items.list },
    );
    const regimes = guarded(N, 20, () => 'card');
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist type="big" no-built-ins .types=${types.list} .regimes=${regimes.list} .now=${NOW}></support-dispute-checklist>`,
    );
    expect(items.past.reads + types.past.reads + regimes.past.reads).to.equal(0);
    expect(errors.calls.filter((c) => !/regimes\[\d+\]:/.test(c))).to.deep.equal([
      '<support-dispute-checklist> types: 100000 types, more than the limit of 50: only the first 50 are used.',
      '<support-dispute-checklist> types[0].items: 100000 items, more than the limit of 100: only the first 100 are used.',
      '<support-dispute-checklist> regimes: 100000 payment kinds, more than the limit of 20: only the first 20 are used.',
    ]);
    expect(el.shadowRoot!.querySelectorAll('[part=item]')).to.have.length(100);
  });

  it('<support-center>: 100,000 FAQ items, hotline lines and section names, cut first', async () => {
    const faq = guarded(N, 2_000, (i) => ({ question: `Question ${i}?`, answer: `Answer ${i}.` }));
    const lines = guarded(N, 20, () => ({ number: '+18005550100', label: 'Line' }));
    const sections = guarded(N, 20, (i) => (i ? 'faq' : 'hotline'));
    const el = await fixture<SupportCenter>(
      html`<support-center .config=${{ sections: sections.list, faq: { items: faq.list }, hotline: { lines: lines.list } }}></support-center>`,
    );
    await el.updateComplete;
    expect(faq.past.reads + lines.past.reads + sections.past.reads).to.equal(0);
    expect(errors.calls.filter((c) => !/sections\[\d+\]:/.test(c))).to.deep.equal([
      '<support-center> sections: 100000 sections, more than the limit of 20: only the first 20 are used.',
      '<support-center> hotline.lines: 100000 lines, more than the limit of 20: only the first 20 are shown.',
      '<support-center> faq.items: 100000 items, more than the limit of 2000: only the first 2000 are shown.',
    ]);
  });
});
