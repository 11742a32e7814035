import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist } from '../../src/index.js';
import { $$ as $$shadow, $ as $shadow, hidePage as hide, nextFrame, shadowText as text, uniqueKey } from '../helpers.js';

const NOW = new Date('2026-11-24T12:00');
const T = NOW.getTime();
/** test/helpers.ts's `$` and `$$`, typed for this file's form controls. */
const $: <E extends Element = HTMLInputElement>(el: Element, selector: string) => E = $shadow;
const $$: <E extends Element = HTMLInputElement>(el: Element, selector: string) => E[] = $$shadow;

/** What another tab does: writes the record to localStorage, and this tab gets the `storage` event. */
async function otherTab(el: Element & { updateComplete: Promise<boolean> }, key: string, record: unknown | null): Promise<void> {
  const oldValue = localStorage.getItem(key);
  const newValue = record === null ? null : typeof record === 'string' ? record : JSON.stringify(record);
  if (newValue === null) localStorage.removeItem(key);
  else localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage, url: 'http://other.tab/' }));
  await el.updateComplete;
  await el.updateComplete;
}
const env = (t: number, d: unknown): object => ({ v: 1, t, e: t + 7 * 86_400_000, d });

async function type(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = $(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('two tabs: <support-call-prep> draft', () => {
  afterEach(() => localStorage.clear());
  const make = (k: string, now = NOW): Promise<SupportCallPrep> =>
    fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${now}></support-call-prep>`);

  it("takes the other tab's newer draft and says so", async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    await type(el, 'what', 'Mine');
    await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, env(T + 1000, { what: 'Theirs', account: 'ana@example.com' }));
    expect($(el, '#what').value).to.equal('Theirs');
    expect($(el, '#account').value).to.equal('ana@example.com');
    expect(text(el)).to.include('Updated from another tab · Forget');
    await nextFrame();
    expect($(el, '[role=status]').textContent).to.equal('Updated from another tab');
    await expect(el).to.be.accessible();
    // Typing again is this tab's newest write.
    await type(el, 'what', 'Mine again');
    expect(text(el)).to.include('Saved on this device');
  });

  it('ignores an older write from the other tab and puts its own newer draft back', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    await type(el, 'what', 'Newer here');
    await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, env(T - 60_000, { what: 'Older there' }));
    expect($(el, '#what').value).to.equal('Newer here');
    expect(JSON.parse(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)!).d.what).to.equal('Newer here');
  });

  it('keeps the text of the field being typed in, and saves it when the field is left', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    await type(el, 'account', 'ana@example.com');
    const what = $<HTMLTextAreaElement>(el, '#what');
    what.focus();
    // A headless browser may take window focus away mid-test; that blur is the user leaving the field too.
    let leftEarly = false;
    what.addEventListener('blur', () => (leftEarly = true), { once: true });
    await type(el, 'what', 'I am typing this right n');
    await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, env(T + 1000, { what: 'Other tab text', account: 'bo@example.com' }));
    expect(what.value).to.equal('I am typing this right n');
    expect($(el, '#account').value).to.equal('bo@example.com');
    const stored = (): unknown => JSON.parse(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)!).d;
    // Not saved at once: a tab typing in the same field would answer, and the two would never stop.
    if (!leftEarly) expect(stored()).to.deep.equal({ what: 'Other tab text', account: 'bo@example.com' });
    // A page without system focus (a headless run of many files) gets no focus events from blur(): send the
    // focusout the browser sends when the user leaves the field.
    if (document.hasFocus()) what.blur();
    else what.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(stored()).to.deep.equal({ what: 'I am typing this right n', account: 'bo@example.com' });
  });

  it('keeps the text of the field being typed in, and saves it when Tab moves to the next field of the form', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    const what = $<HTMLTextAreaElement>(el, '#what');
    what.focus();
    await type(el, 'what', 'Tab B is typing');
    await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, env(T + 1000, { what: 'Tab A again', txn: 'TX-9' }));
    expect(what.value).to.equal('Tab B is typing');
    // What the browser sends when Tab moves focus to the next field of the same form: a focusout whose
    // relatedTarget is that field, which the DOM stops at the shadow root (it never reaches the element).
    what.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: $(el, '#txn') }));
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)!).d).to.deep.equal({ what: 'Tab B is typing', txn: 'TX-9' });
  });

  it('a focused field the other tab left as it was writes nothing when left: the status line stays still under the pointer', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    const txn = $(el, '#txn');
    txn.focus();
    await type(el, 'txn', 'TX-9');
    const record = env(T + 1000, { what: 'From the other tab', txn: 'TX-9' });
    await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, record);
    // The user moves to Forget: pressing the button takes the focus from the field first.
    txn.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true, relatedTarget: $(el, '.saved button') }));
    await el.updateComplete;
    expect(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)).to.equal(JSON.stringify(record));
    expect(text(el)).to.include('Updated from another tab · Forget');
  });

  for (const how of ['pagehide', 'visibilitychange'] as const) {
    it(`a tab ${how === 'pagehide' ? 'closed' : 'hidden'} while the kept field still has focus saves its text (${how})`, async () => {
      const k = uniqueKey('tabs');
      const el = await make(k);
      const what = $<HTMLTextAreaElement>(el, '#what');
      what.focus();
      await type(el, 'what', 'Closing mid-sentence');
      await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, env(T + 1000, { what: 'Other tab text' }));
      const stored = (): unknown => JSON.parse(localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`)!).d;
      // Still visible: nothing is written (other tabs would hear of a change that is none).
      document.dispatchEvent(new Event('visibilitychange'));
      expect(stored()).to.deep.equal({ what: 'Other tab text' });
      await hide(how);
      expect(stored()).to.deep.equal({ what: 'Closing mid-sentence' });
    });
  }

  it('a draft forgotten in the other tab is cleared here too, with Undo', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    await type(el, 'what', 'Private');
    await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, null);
    expect($(el, '#what').value).to.equal('');
    expect(text(el)).to.include('Draft forgotten. Undo');
    $<HTMLButtonElement>(el, '.saved button').click();
    await el.updateComplete;
    expect($(el, '#what').value).to.equal('Private');
  });

  it('ignores other keys, corrupt and future-versioned records', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    await type(el, 'what', 'Kept');
    await otherTab(el, `support-widgets@2:call-prep:other-shop:draft`, env(T + 1000, { what: 'Not mine' }));
    await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, '{"v":1,"t":');
    expect($(el, '#what').value).to.equal('Kept');
    await otherTab(el, `support-widgets@2:call-prep:${k}:draft`, { v: 99, t: T + 1000, e: T + 1e9, d: { what: 'From the future' } });
    expect($(el, '#what').value).to.equal('Kept');
    expect(text(el)).not.to.include('another tab');
  });

  it('no-persist ignores other tabs', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist .now=${NOW}></support-call-prep>`);
    await type(el, 'what', 'Local only');
    await otherTab(el, 'support-widgets@2:call-prep::draft', env(T + 1000, { what: 'Theirs' }));
    expect($(el, '#what').value).to.equal('Local only');
  });
});

describe('two tabs: <support-dispute-checklist> progress', () => {
  afterEach(() => localStorage.clear());
  const make = (k: string): Promise<SupportDisputeChecklist> =>
    fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist type="duplicate" dispute-id="d" storage-key=${k} .now=${NOW}></support-dispute-checklist>`,
    );
  const key = (k: string): string => `support-widgets@2:dispute:${k}:d`;

  it("takes the other tab's newer ticks and notes, updates the progress and says so", async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    $$(el, 'input[type=checkbox]')[0].click();
    await el.updateComplete;
    await otherTab(el, key(k), env(T + 1000, { t: 'duplicate', p: { duplicate: { statement: { c: 1 }, both: { c: 1, n: 'Two lines on the 3rd' } } } }));
    const boxes = $$(el, 'input[type=checkbox]');
    expect(boxes[0].checked).to.equal(true);
    expect(boxes[1].checked).to.equal(true);
    expect($$(el, 'input[part=note]')[1].value).to.equal('Two lines on the 3rd');
    // Issue 14: a duplicate needs the statement line and both transactions (Visa 12.6.1), no merchant contact.
    expect(text(el)).to.include('2 of 2 required items ready');
    expect(text(el)).to.include('Updated from another tab');
    await expect(el).to.be.accessible();
  });

  it('an older write from the other tab loses: its own progress goes back', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    $$(el, 'input[type=checkbox]')[0].click();
    await el.updateComplete;
    await otherTab(el, key(k), env(T - 60_000, { t: 'duplicate', p: {} }));
    expect($$(el, 'input[type=checkbox]')[0].checked).to.equal(true);
    expect(JSON.parse(localStorage.getItem(key(k))!).d.p.duplicate.statement.c).to.equal(1);
  });

  it('a note being typed (not yet saved) keeps its text; leaving the field saves it', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    const note = $$(el, 'input[part=note]')[0];
    note.focus();
    note.value = 'Half-typed no';
    await otherTab(el, key(k), env(T + 1000, { t: 'duplicate', p: { duplicate: { statement: { c: 1, n: 'From the other tab' } } } }));
    expect(note.value).to.equal('Half-typed no');
    expect($$(el, 'input[type=checkbox]')[0].checked).to.equal(true);
    note.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const saved = JSON.parse(localStorage.getItem(key(k))!).d.p.duplicate.statement;
    expect(saved).to.deep.equal({ c: 1, n: 'Half-typed no' });
  });

  for (const how of ['pagehide', 'visibilitychange'] as const) {
    it(`a note typed but not left is saved when the tab is ${how === 'pagehide' ? 'closed' : 'hidden'} (${how})`, async () => {
      const k = uniqueKey('tabs');
      const el = await make(k);
      $$(el, 'input[type=checkbox]')[0].click();
      await el.updateComplete;
      const note = $$(el, 'input[part=note]')[0];
      note.focus();
      note.value = 'In the blue folder, card 4111 1111 1111 1111';
      note.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await hide(how);
      await el.updateComplete;
      // Kept as on leaving the note: the card number cut to its last four digits.
      expect(JSON.parse(localStorage.getItem(key(k))!).d.p.duplicate.statement).to.deep.equal({ c: 1, n: 'In the blue folder, card •••• 1111' });
    });
  }

  it('progress forgotten in the other tab is cleared here too, and said, with Undo', async () => {
    const k = uniqueKey('tabs');
    const el = await make(k);
    $$(el, 'input[type=checkbox]')[0].click();
    await el.updateComplete;
    await otherTab(el, key(k), null);
    expect($$(el, 'input[type=checkbox]')[0].checked).to.equal(false);
    expect(text(el)).to.include('Forgotten on this device. Undo');
    await nextFrame();
    expect($(el, '[role=status]').textContent).to.equal('Forgotten on this device.');
    $<HTMLButtonElement>(el, '[part=storage] button').click();
    await el.updateComplete;
    expect($$(el, 'input[type=checkbox]')[0].checked).to.equal(true);
    expect(JSON.parse(localStorage.getItem(key(k))!).d.p.duplicate.statement.c).to.equal(1);
  });
});
