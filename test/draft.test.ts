import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist } from '../src/index.js';
import { DraftController } from '../src/internal/draft.js';
import { DAY_MS as DAY } from '../src/internal/time.js';
import { blockStorage, uniqueKey } from './helpers.js';

const T = new Date('2026-11-24T12:00').getTime();
/** A storage key no other test uses. */
const key = (k: string): string => `support-widgets@2:notes:${k}:r`;
const stored = (k: string): { v: number; t: number; e: number; d: unknown } | null => JSON.parse(localStorage.getItem(key(k)) ?? 'null');

/** A form with two fields whose draft the controller keeps; on disk as `{ s: subject, b: body }`. */
class NotesForm extends LitElement {
  static override properties = { subject: { state: true }, body: { state: true } };
  subject = '';
  body = '';
  ns = '';
  now = T;
  /** What another tab sent, in order. */
  received: string[] = [];
  /** What the controller had the form say, and report, in order. */
  said: string[] = [];
  errors: string[] = [];
  days = 7;
  draft = new DraftController<{ subject: string; body: string }>(this, {
    kind: 'notes',
    apart: 'storage-key',
    decode: (d) => {
      const r = (d ?? {}) as Record<string, unknown>;
      return { subject: typeof r.s === 'string' ? r.s : '', body: typeof r.b === 'string' ? r.b : '' };
    },
    encode: (v) => (v.subject || v.body ? { s: v.subject, b: v.body } : undefined),
    current: () => ({ subject: this.subject, body: this.body }),
    // The field being typed in keeps its text (as <support-call-prep> does).
    receive: (v, typing) => {
      this.received.push(v ? `${v.subject}|${v.body}` : 'forgotten');
      if (typing?.id !== 'subject') this.subject = v?.subject ?? '';
      if (typing?.id !== 'body') this.body = v?.body ?? '';
    },
    days: () => this.days,
    defaultDays: 30,
    report: (path, problem) => this.errors.push(`${path}: ${problem}`),
    say: (status) => this.said.push(status),
    undo: '#undo',
    now: () => this.now,
  });
  override connectedCallback(): void {
    super.connectedCallback();
    const v = this.draft.open(this.ns, 'r');
    this.subject = v?.subject ?? '';
    this.body = v?.body ?? '';
  }
  private edit(e: Event): void {
    const input = e.target as HTMLInputElement;
    this[input.id as 'subject' | 'body'] = input.value;
    this.draft.save();
  }
  override render() {
    return html`<input id="subject" aria-label="Subject" .value=${this.subject} @input=${this.edit} /><textarea id="body" aria-label="Body" .value=${this.body} @input=${this.edit}></textarea>`;
  }
}
customElements.define('draft-notes-form', NotesForm);

const form = (k: string, now = T): Promise<NotesForm> => fixture<NotesForm>(html`<draft-notes-form .ns=${k} .now=${now}></draft-notes-form>`);
const field = (el: NotesForm, id: string): HTMLInputElement => el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
async function type(el: NotesForm, id: string, value: string): Promise<void> {
  field(el, id).value = value;
  field(el, id).dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
/** What another tab does: writes the record, and this tab gets the `storage` event. */
async function otherTab(el: NotesForm, k: string, record: object | null): Promise<void> {
  const newValue = record === null ? null : JSON.stringify(record);
  if (newValue === null) localStorage.removeItem(key(k));
  else localStorage.setItem(key(k), newValue);
  window.dispatchEvent(new StorageEvent('storage', { key: key(k), newValue, storageArea: localStorage }));
  await el.updateComplete;
  await el.updateComplete;
}
const env = (t: number, d: unknown): object => ({ v: 1, t, e: t + 7 * DAY, d });

describe('persisted draft (internal/draft.ts)', () => {
  afterEach(() => localStorage.clear());

  it('saves as the user types and restores the draft after a reload, under the namespaced key, in the codec', async () => {
    const k = uniqueKey('draft');
    const el = await form(k);
    await type(el, 'subject', 'Refund for order 1042');
    expect(el.draft.where).to.equal('device');
    expect(stored(k)).to.deep.equal({ v: 1, t: T, e: T + 7 * DAY, d: { s: 'Refund for order 1042', b: '' } });
    const reloaded = await form(k, T + DAY);
    expect(field(reloaded, 'subject').value).to.equal('Refund for order 1042');
    expect(reloaded.draft.where).to.equal('device');
  });

  it('forgets a draft after its days, and removes the record', async () => {
    const k = uniqueKey('draft');
    await type(await form(k), 'body', 'The parcel never came');
    expect(field(await form(k, T + 7 * DAY - 1), 'body').value).to.equal('The parcel never came');
    const late = await form(k, T + 7 * DAY);
    expect(field(late, 'body').value).to.equal('');
    expect(late.draft.where).to.equal(undefined);
    expect(localStorage.getItem(key(k))).to.equal(null);
  });

  it('removes the record when the draft is emptied, and never writes a card number or password', async () => {
    const k = uniqueKey('draft');
    const el = await form(k);
    await type(el, 'body', 'Charged twice');
    await type(el, 'body', '');
    expect(localStorage.getItem(key(k))).to.equal(null);
    await type(el, 'body', 'Charged twice');
    // An older safe draft must not stay behind a refused one.
    await type(el, 'body', 'my card is 4111 1111 1111 1111');
    expect(el.draft.where).to.equal('refused');
    expect(localStorage.getItem(key(k))).to.equal(null);
    await type(el, 'body', 'password hunter2');
    expect(localStorage.getItem(key(k))).to.equal(null);
  });

  it('tells the user once, in the status and aloud, when a save is refused or storage throws: kept for this visit only', async () => {
    const k = uniqueKey('draft');
    const el = await form(k);
    await type(el, 'body', 'Charged twice');
    expect([el.draft.status, el.said]).to.deep.equal(['saved', []]);
    await type(el, 'body', 'my card is 4111 1111 1111 1111');
    expect([el.draft.where, el.draft.status, el.said]).to.deep.equal(['refused', 'visit', ['visit']]);
    await type(el, 'body', 'my card is 4111 1111 1111 1111 and more');
    expect(el.said).to.deep.equal(['visit']);
    await type(el, 'body', 'Charged twice');
    expect(el.draft.status).to.equal('saved');
    const restore = blockStorage();
    try {
      await type(el, 'body', 'Charged twice, storage full');
      expect([el.draft.where, el.draft.status, el.said]).to.deep.equal(['memory', 'visit', ['visit', 'visit']]);
    } finally {
      restore();
    }
  });

  it('checks the retention days on update: a bad value reported once, as retention-days, and the default kept', async () => {
    const k = uniqueKey('draft');
    const el = await form(k);
    el.days = -2;
    el.setAttribute('retention-days', '-2');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.errors).to.deep.equal(['retention-days: expected a number of days, 0 or more, got string "-2"']);
    await type(el, 'body', 'Charged twice');
    await type(el, 'body', 'Charged twice again');
    expect(el.errors).to.have.length(1);
    expect(stored(k)!.e - stored(k)!.t).to.equal(30 * DAY);
  });

  it('Forget removes the record; Undo brings the draft back and saves it', async () => {
    const k = uniqueKey('draft');
    const el = await form(k);
    await type(el, 'subject', 'Wrong amount');
    el.draft.forget();
    el.subject = '';
    expect(localStorage.getItem(key(k))).to.equal(null);
    expect(el.draft.forgotten).to.deep.equal({ subject: 'Wrong amount', body: '' });
    el.subject = el.draft.undo()!.subject;
    el.draft.save();
    expect(el.draft.forgotten).to.equal(undefined);
    expect((stored(k)!.d as { s: string }).s).to.equal('Wrong amount');
    // A new save ends what Undo could bring back.
    el.draft.forget();
    await type(el, 'subject', 'Something else');
    expect(el.draft.forgotten).to.equal(undefined);
  });

  it("takes another tab's newer draft, answers an older one with its own, and follows a forget there (with Undo)", async () => {
    const k = uniqueKey('draft');
    const el = await form(k);
    await type(el, 'subject', 'Mine');
    await otherTab(el, k, env(T + 1000, { s: 'Theirs', b: 'From the other tab' }));
    expect(field(el, 'subject').value).to.equal('Theirs');
    expect(field(el, 'body').value).to.equal('From the other tab');
    expect(el.draft.synced).to.equal(true);
    // Older than what this tab has (T + 1000): this tab's draft goes back on disk.
    await otherTab(el, k, env(T + 500, { s: 'Stale', b: '' }));
    expect(field(el, 'subject').value).to.equal('Theirs');
    expect(stored(k)!.d).to.deep.equal({ s: 'Theirs', b: 'From the other tab' });
    // Another namespace's record is none of this tab's business.
    window.dispatchEvent(new StorageEvent('storage', { key: key(`${k}-other`), newValue: JSON.stringify(env(T + 9000, { s: 'No' })) }));
    await otherTab(el, k, null);
    expect(el.received).to.deep.equal(['Theirs|From the other tab', 'forgotten']);
    expect(field(el, 'subject').value).to.equal('');
    expect(el.draft.forgotten).to.deep.equal({ subject: 'Theirs', body: 'From the other tab' });
  });

  it('keeps the text of the field being typed in over another tab’s, and saves it once the field is left', async () => {
    const k = uniqueKey('draft');
    const el = await form(k);
    await type(el, 'subject', 'Card stolen');
    const body = field(el, 'body');
    body.focus();
    await type(el, 'body', 'I noticed it on Mon');
    await otherTab(el, k, env(T + 1000, { s: 'Card lost', b: 'Other tab' }));
    expect(field(el, 'subject').value).to.equal('Card lost');
    expect(body.value).to.equal('I noticed it on Mon');
    // Not saved at once: two tabs typing in one field would answer each other for ever.
    expect(stored(k)!.d).to.deep.equal({ s: 'Card lost', b: 'Other tab' });
    // Leaving the field saves it, so it wins.
    body.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(stored(k)!.d).to.deep.equal({ s: 'Card lost', b: 'I noticed it on Mon' });
  });

  it('keeps the draft for the visit when storage throws, and says so', async () => {
    const k = uniqueKey('draft');
    const restore = blockStorage();
    try {
      const el = await form(k);
      await type(el, 'subject', 'Blocked storage');
      expect(el.draft.where).to.equal('memory');
      expect(field(await form(k), 'subject').value).to.equal('Blocked storage');
    } finally {
      restore();
    }
    expect(localStorage.getItem(key(k))).to.equal(null);
  });
});

describe('persisted draft: records already on users’ devices', () => {
  afterEach(() => localStorage.clear());

  it('<support-dispute-checklist> restores a record written before the model was renamed, and writes the same format back', async () => {
    const k = uniqueKey('draft');
    const record = {
      t: 'not-as-described',
      p: { 'not-as-described': { statement: { c: 1 }, service: { c: 1, n: 'Booked for 3 hours, got 1' }, receipt: {} } },
      k: 'visa',
      g: 's',
      d: { transaction: '2026-11-02', received: '2026-11-10' },
    };
    localStorage.setItem(`support-widgets@2:dispute:${k}:case`, JSON.stringify({ v: 1, t: T - DAY, e: T + 100 * DAY, d: record }));
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist dispute-id="case" storage-key=${k} .now=${new Date(T)}></support-dispute-checklist>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('[role=heading]')!.textContent!.trim()).to.equal('Not as described or defective');
    // A service: its item instead of the return of goods, checked with its note.
    const labels = [...root.querySelectorAll('.check')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());
    expect(labels.some((l) => l.startsWith('Return'))).to.equal(false);
    const checked = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((b) => b.checked);
    expect(checked.filter(Boolean)).to.have.length(2);
    expect([...root.querySelectorAll<HTMLInputElement>('input[part=note]')].map((i) => i.value)).to.include('Booked for 3 hours, got 1');
    expect(root.querySelector<HTMLInputElement>('input[name=what]:checked')!.parentElement!.textContent).to.contain('service');
    expect(root.querySelector<HTMLInputElement>('input[name=regime]:checked')!.parentElement!.textContent).to.contain('Visa');
    expect(el.deadline?.rule).to.equal('visa-13.3');
    // Unchanged on disk after a change: the same short keys, the same shape.
    root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[0].click();
    await el.updateComplete;
    const after = JSON.parse(localStorage.getItem(`support-widgets@2:dispute:${k}:case`)!).d;
    expect(after).to.deep.equal({ ...record, p: { 'not-as-described': { service: { c: 1, n: 'Booked for 3 hours, got 1' }, receipt: {}, statement: {} } } });
  });

  it('<support-call-prep> restores a draft saved by the previous version', async () => {
    const k = uniqueKey('draft');
    localStorage.setItem(
      `support-widgets@2:call-prep:${k}:draft`,
      JSON.stringify({ v: 1, t: T - DAY, e: T + 6 * DAY, d: { topic: 'payment', what: 'Charged twice for one order' } }),
    );
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${new Date(T)}></support-call-prep>`);
    expect(el.shadowRoot!.querySelector<HTMLTextAreaElement>('#what')!.value).to.equal('Charged twice for one order');
    expect(el.shadowRoot!.textContent).to.contain('Saved on this device');
  });
});

describe('Forget in another tab while this tab’s Forget has focus (outside check M2)', () => {
  beforeEach(() => localStorage.clear());

  /** Another tab forgets: its record goes, and this tab gets the `storage` event. */
  const forgetElsewhere = (): void => {
    const [k] = Object.keys(localStorage).filter((x) => x.startsWith('support-widgets@'));
    const oldValue = localStorage.getItem(k);
    localStorage.removeItem(k);
    window.dispatchEvent(new StorageEvent('storage', { key: k, oldValue, newValue: null, storageArea: localStorage }));
  };
  const focusedText = (el: Element): string | undefined => (el.shadowRoot!.activeElement as HTMLElement | null)?.textContent?.trim();

  it('<support-dispute-checklist>: focus goes to Undo, as after a Forget in this tab, not to the page', async () => {
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist type="unauthorized" dispute-id=${uniqueKey('m2')}></support-dispute-checklist>`,
    );
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    const forget = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=storage] button')!;
    forget.focus();
    expect(focusedText(el)).to.equal('Forget');
    forgetElsewhere();
    await waitUntil(() => focusedText(el) === 'Undo', 'focus on Undo');
    expect(document.activeElement).to.equal(el);
  });

  it('<support-call-prep>: focus goes to Undo, as after a Forget in this tab, not to the page', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('m2')}></support-call-prep>`);
    const what = el.shadowRoot!.querySelector<HTMLTextAreaElement>('[name=what]')!;
    what.value = 'My card was charged twice';
    what.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    what.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => el.shadowRoot!.querySelector('.saved button'), 'saved, with Forget');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.saved button')!.focus();
    expect(focusedText(el)).to.equal('Forget');
    forgetElsewhere();
    await waitUntil(() => focusedText(el) === 'Undo', 'focus on Undo');
    expect(document.activeElement).to.equal(el);
  });
});
