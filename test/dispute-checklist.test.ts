import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/dispute-checklist.js';
import type { DisputeType, SupportDisputeChangeEvent, SupportDisputeChecklist } from '../src/dispute-checklist.js';
import { SafeStorage } from '../src/internal/storage.js';
import { DAY_MS as DAY } from '../src/internal/time.js';
import { blockStorage, capture, hidePage, nextFrame, shadow as root, $, $$, text, click } from './helpers.js';

const NOW = new Date(2026, 10, 24, 10, 0); // 24 November 2026, local time

const boxes = (el: Element): HTMLInputElement[] => $$<HTMLInputElement>(el, 'input[type=checkbox]');
/** Item labels with their tag, e.g. "Statement line Required". */
const items = (el: Element): string[] => $$(el, '.check').map(text);
const progress = (el: Element): HTMLProgressElement => $<HTMLProgressElement>(el, 'progress')!;
const button = (el: Element, name: string): HTMLButtonElement => $$<HTMLButtonElement>(el, 'button').find((b) => text(b) === name)!;

async function setNote(el: SupportDisputeChecklist, index: number, value: string): Promise<HTMLInputElement> {
  const input = $$<HTMLInputElement>(el, 'input[part=note]')[index];
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
  return input;
}

function stored(key: string, id: string): string | null {
  return localStorage.getItem(`support-widgets@2:dispute:${key}:${id}`);
}

describe('<support-dispute-checklist>', () => {
  afterEach(() => localStorage.clear());

  describe('dispute types', () => {
    it('asks what went wrong first, in a labelled radio group of every built-in type', async () => {
      const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist .now=${NOW}></support-dispute-checklist>`);
      const fieldset = $(el, 'fieldset')!;
      expect(text(fieldset.querySelector('legend'))).to.equal('What went wrong?');
      expect($$(el, '[part=picker] .opt').map(text)).to.deep.equal([
        'Charge I did not make',
        'I don’t recognise this charge',
        'Item or service not received',
        'Not as described or defective',
        'Charged twice',
        'Already paid another way',
        'Charged after cancelling',
        'Refund not received',
        'Wrong amount charged',
        'Something else',
      ]);
      expect(boxes(el)).to.have.length(0);
      expect($(el, 'progress')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    const expected: Record<string, [string[], string[]]> = {
      unauthorized: [['Statement line', 'Your report to the issuer', 'Where your card was'], ['Proof you asked the merchant first']],
      'not-received': [
        ['Statement line', 'Receipt or order confirmation', 'What was promised', 'Proof you asked the merchant first'],
        ['Tracking or delivery record'],
      ],
      // Issue 14: goods (the default answer) need the return attempt (Visa 13.3); photos are recommended.
      'not-as-described': [
        ['Statement line', 'Receipt or order confirmation', 'What was promised', 'Proof you asked the merchant first', 'Proof you sent it back'],
        ['Photos of the problem'],
      ],
      // Issue 14: Visa 12.6.1 needs the valid transaction's date and reference, not merchant contact.
      duplicate: [
        ['Statement line', 'Both transactions'],
        ['Receipt or order confirmation', 'Proof you asked the merchant first'],
      ],
      'subscription-cancelled': [['Statement line', 'Cancellation confirmation', 'Proof you asked the merchant first'], ['What was promised']],
      // Issue 14: returned goods need the return date, carrier and tracking (Visa 13.7).
      'refund-not-received': [['Statement line', 'The refund promise', 'Proof you asked the merchant first', 'Proof you sent it back'], []],
      'incorrect-amount': [['Statement line', 'The agreed price', 'Receipt or order confirmation', 'Proof you asked the merchant first'], []],
      other: [['Statement line', 'What happened, in brief', 'Proof you asked the merchant first'], ['Receipt or order confirmation']],
    };
    for (const [type, [required, recommended]] of Object.entries(expected)) {
      it(`lists the evidence for "${type}", required first, each with a reason`, async () => {
        const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type=${type} .now=${NOW}></support-dispute-checklist>`);
        expect(items(el)).to.deep.equal([...required.map((l) => `${l} Required`), ...recommended.map((l) => `${l} Recommended`)]);
        expect(text($(el, '#req'))).to.equal(`0 of ${required.length} required items ready`);
        expect(progress(el).max).to.equal(required.length);
        // Every reason is a non-empty line that describes its checkbox.
        for (const box of boxes(el)) expect(text(root(el).getElementById(box.getAttribute('aria-describedby')!))).to.match(/\w.+\./);
        expect($(el, '[part=picker]')).to.equal(null);
      });
    }

    it('reports an unknown type and lets the user pick one', async () => {
      const errors = capture('error');
      try {
        const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="chargeback" .now=${NOW}></support-dispute-checklist>`);
        expect(errors.calls).to.deep.equal([
          '<support-dispute-checklist> type: unknown dispute type "chargeback"; expected one of: unauthorized, unrecognized, not-received, not-as-described, duplicate, paid-by-other-means, subscription-cancelled, refund-not-received, incorrect-amount, other.',
        ]);
        expect($$(el, 'input[name=type]')).to.have.length(10);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('lets the user change the type and keeps the progress of each type', async () => {
      const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="duplicate" .now=${NOW}></support-dispute-checklist>`);
      await click(el, boxes(el)[1]);
      expect(text($(el, '[role=heading]'))).to.equal('Charged twice');
      const changes: SupportDisputeChangeEvent[] = [];
      el.addEventListener('support-dispute-change', (e) => changes.push(e));
      await click(el, button(el, 'Change type'));
      const radios = $$<HTMLInputElement>(el, 'input[name=type]');
      expect(radios[4].checked).to.equal(true);
      await click(el, radios[8]);
      expect(text($(el, '[role=heading]'))).to.equal('Wrong amount charged');
      expect(boxes(el).some((b) => b.checked)).to.equal(false);
      await click(el, $$<HTMLInputElement>(el, 'input[name=type]')[4]);
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, false, false]);
      expect(changes.map((e) => e.detail)).to.deep.equal([
        { type: 'incorrect-amount', checked: [], ready: false },
        { type: 'duplicate', checked: ['both'], ready: false },
      ]);
      await expect(el).to.be.accessible();
    });
  });

  describe('tracking', () => {
    it('checks and unchecks items, updating the progress bar, its text and the recommended count', async () => {
      const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="not-received" .now=${NOW}></support-dispute-checklist>`);
      const bar = progress(el);
      expect([bar.value, bar.max, bar.getAttribute('aria-valuenow'), bar.getAttribute('aria-valuemin'), bar.getAttribute('aria-valuemax')]).to.deep.equal([
        0,
        4,
        '0',
        '0',
        '4',
      ]);
      expect(root(el).getElementById(bar.getAttribute('aria-labelledby')!)).to.equal($(el, '#req'));
      expect(text($(el, '.progress .hint'))).to.equal('0 of 1 recommended item ready');

      setTimeout(() => boxes(el)[0].click());
      const change = await oneEvent(el, 'support-dispute-change');
      expect(change.detail).to.deep.equal({ type: 'not-received', checked: ['statement'], ready: false });
      await el.updateComplete;
      expect([bar.value, bar.getAttribute('aria-valuenow')]).to.deep.equal([1, '1']);
      expect(text($(el, '#req'))).to.equal('1 of 4 required items ready');

      await click(el, boxes(el)[4]);
      expect(text($(el, '#req'))).to.equal('1 of 4 required items ready');
      expect(text($(el, '.progress .hint'))).to.equal('1 of 1 recommended item ready');

      setTimeout(() => boxes(el)[0].click());
      expect((await oneEvent(el, 'support-dispute-change')).detail).to.deep.equal({ type: 'not-received', checked: ['tracking'], ready: false });
      await el.updateComplete;
      expect(bar.value).to.equal(0);
      expect(text($(el, '#req'))).to.equal('0 of 4 required items ready');
      await expect(el).to.be.accessible();
    });

    it('fires support-dispute-ready once, when the last required item is checked, and shows the ready state', async () => {
      const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="paid-by-other-means" .now=${NOW}></support-dispute-checklist>`);
      let readies = 0;
      el.addEventListener('support-dispute-ready', () => readies++);
      await click(el, boxes(el)[0]);
      await click(el, boxes(el)[1]);
      expect(readies).to.equal(0);
      expect($(el, '[part=ready]')).to.equal(null);
      setTimeout(() => boxes(el)[2].click());
      const ready = await oneEvent(el, 'support-dispute-ready');
      expect(ready.detail).to.deep.equal({ type: 'paid-by-other-means' });
      await el.updateComplete;
      expect(text($(el, '[part=ready]'))).to.equal('Everything required is ready. File your dispute with your card issuer or wallet.');
      expect(text($(el, '#req'))).to.equal('3 of 3 required items ready');
      await nextFrame();
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).to.equal('Everything required is ready. File your dispute with your card issuer or wallet.');
      // The recommended item does not change readiness; unchecking and checking again fires again.
      await click(el, boxes(el)[3]);
      await click(el, boxes(el)[2]);
      expect($(el, '[part=ready]')).to.equal(null);
      await click(el, boxes(el)[2]);
      expect(readies).to.equal(2);
      await expect(el).to.be.accessible();
    });

    it('fires no change event for property changes or restored progress', async () => {
      let changes = 0;
      const onChange = (): number => changes++;
      document.addEventListener('support-dispute-change', onChange);
      try {
        const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="other" .now=${NOW}></support-dispute-checklist>`);
        el.type = 'duplicate';
        el.transactionDate = '2026-11-01';
        await el.updateComplete;
        expect(changes).to.equal(0);
      } finally {
        document.removeEventListener('support-dispute-change', onChange);
      }
    });

    it('labels each note field and keeps notes per item', async () => {
      const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="paid-by-other-means" .now=${NOW}></support-dispute-checklist>`);
      const notes = $$<HTMLInputElement>(el, 'input[part=note]');
      expect(notes.map((n) => n.getAttribute('aria-label'))).to.deep.equal([
        'Note for Statement line',
        'Note for Proof you paid another way',
        'Note for Proof you asked the merchant first',
        'Note for Receipt or order confirmation',
      ]);
      expect(text(notes[0].closest('label'))).to.equal('Note');
      expect($$(el, 'input[type=file]')).to.have.length(0);
      await setNote(el, 1, '  Refs A-1 and A-2 ');
      expect(notes[1].value).to.equal('Refs A-1 and A-2');
      expect(el.exportJson()!.items[1].note).to.equal('Refs A-1 and A-2');
    });

    it('masks a card number in a note, replaces a code or password and keeps the rest, and warns the user', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist type="duplicate" dispute-id="d1" storage-key="shop" .now=${NOW}></support-dispute-checklist>`,
      );
      const input = await setNote(el, 0, 'card 4111 1111 1111 1111, page 2');
      expect(input.value).to.equal('card •••• 1111, page 2');
      expect(text($(el, '.warn'))).to.equal('Card number hidden: only the last 4 digits are kept.');
      expect(stored('shop', 'd1')).to.contain('card •••• 1111, page 2').and.not.contain('4111 1111');

      const second = await setNote(el, 1, 'my CVV is 123');
      expect(second.value).to.equal('my CVV is ••••••');
      expect(text($(el, '.warn'))).to.equal('Code, PIN or password replaced by ••••••: never write one here.');
      expect(stored('shop', 'd1')).to.contain('my CVV is ••••••').and.not.contain('123');
      expect(el.exportText()).to.contain('my CVV is ••••••').and.not.contain('123');
      await expect(el).to.be.accessible();
    });
  });

  describe('deadline', () => {
    const deadline = (el: Element): string => $$(el, '[part=deadline] span').map(text).join(' | ');

    it('shows the last day to file, formatted for the locale, and the days left', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist regime="custom" type="not-received" transaction-date="2026-08-16" .now=${NOW}></support-dispute-checklist>`,
      );
      expect(deadline(el)).to.equal('Last day to file: December 14, 2026 | 20 days left');
      expect([...$(el, '[part=deadline]')!.classList]).to.deep.equal(['deadline']);
      await expect(el).to.be.accessible();
    });

    it('uses window-days and counts calendar days whatever the hour', async () => {
      const late = new Date(2026, 10, 24, 23, 59);
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist regime="custom" type="other" transaction-date="2026-11-20" window-days="30" .now=${late}></support-dispute-checklist>`,
      );
      expect(deadline(el)).to.equal('Last day to file: December 20, 2026 | 26 days left');
      // Across a DST change (March in most northern zones): still whole calendar days.
      el.now = new Date(2027, 2, 1, 0, 5);
      el.transactionDate = '2027-03-01';
      await el.updateComplete;
      expect(deadline(el)).to.equal('Last day to file: March 31, 2027 | 30 days left');
    });

    it('is urgent within 14 days, including the last day', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist regime="custom" type="not-received" transaction-date="2026-07-27" .now=${NOW}></support-dispute-checklist>`,
      );
      expect(deadline(el)).to.equal('Last day to file: November 24, 2026 | Today is the last day to file.');
      expect($(el, '[part=deadline]')!.classList.contains('soon')).to.equal(true);
      el.now = new Date(NOW.getTime() - 14 * DAY);
      await el.updateComplete;
      expect(deadline(el)).to.equal('Last day to file: November 24, 2026 | 14 days left. File soon.');
      el.now = new Date(NOW.getTime() - 15 * DAY);
      await el.updateComplete;
      expect(deadline(el)).to.equal('Last day to file: November 24, 2026 | 15 days left');
      el.now = NOW;
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('says when the deadline has passed and to contact the card issuer', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist regime="custom" type="not-received" transaction-date="2026-07-26" .now=${NOW}></support-dispute-checklist>`,
      );
      expect(deadline(el)).to.equal('The deadline passed on November 23, 2026. Contact your card issuer.');
      expect($(el, '[part=deadline]')!.classList.contains('passed')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('reports an invalid transaction-date or window-days and renders the rest', async () => {
      const errors = capture('error');
      try {
        const el = await fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist regime="custom" type="duplicate" transaction-date="2026-02-30" window-days="-5" .now=${NOW}></support-dispute-checklist>`,
        );
        expect($(el, '[part=deadline]')).to.equal(null);
        expect(boxes(el)).to.have.length(4);
        el.transactionDate = '24/11/2026';
        await el.updateComplete;
        el.setAttribute('window-days', 'soon');
        el.transactionDate = '2026-11-01';
        await el.updateComplete;
        expect(errors.calls).to.deep.equal([
          '<support-dispute-checklist> window-days: expected a number of days, 0 or more, got string "-5".',
          '<support-dispute-checklist> transaction-date: expected an ISO date (YYYY-MM-DD), got string "2026-02-30".',
          '<support-dispute-checklist> transaction-date: expected an ISO date (YYYY-MM-DD), got string "24/11/2026".',
          '<support-dispute-checklist> window-days: expected a number of days, 0 or more, got string "soon".',
        ]);
        // The default 120-day window applies.
        expect(deadline(el)).to.equal('Last day to file: March 1, 2027 | 97 days left');
      } finally {
        errors.restore();
      }
    });
  });

  describe('saved progress', () => {
    it('saves checks, notes and the chosen type per dispute-id, restores them and forgets them', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist dispute-id="case-1" storage-key="examplepay" .now=${NOW}></support-dispute-checklist>`,
      );
      expect($(el, '[part=storage]')).to.equal(null);
      await click(el, $$<HTMLInputElement>(el, 'input[name=type]')[3]);
      await click(el, boxes(el)[0]);
      await setNote(el, 3, 'Photos in my phone album');
      expect(text($(el, '[part=storage]'))).to.equal('Saved on this device · Forget');
      expect(stored('examplepay', 'case-1')).to.contain('Photos in my phone album');

      const again = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist dispute-id="case-1" storage-key="examplepay" .now=${NOW}></support-dispute-checklist>`,
      );
      expect(text($(again, '[role=heading]'))).to.equal('Not as described or defective');
      expect(boxes(again).map((b) => b.checked)).to.deep.equal([true, false, false, false, false, false]);
      expect($$<HTMLInputElement>(again, 'input[part=note]')[3].value).to.equal('Photos in my phone album');
      expect(text($(again, '[part=storage]'))).to.equal('Saved on this device · Forget');
      await expect(again).to.be.accessible();

      // Another dispute and another merchant namespace start empty.
      const other = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist type="not-as-described" dispute-id="case-2" storage-key="examplepay" .now=${NOW}></support-dispute-checklist>`,
      );
      expect(boxes(other).some((b) => b.checked)).to.equal(false);

      await click(again, button(again, 'Forget'));
      await again.updateComplete;
      // Compared by text: a failing comparison of two elements is unreadable (and stalls the runner's report).
      expect(text(root(again).activeElement)).to.equal('Undo');
      expect(stored('examplepay', 'case-1')).to.equal(null);
      expect(boxes(again)).to.have.length(0);
      expect(text($(again, '[part=storage]'))).to.equal('Forgotten on this device. Undo');
      expect($$<HTMLInputElement>(again, 'input[name=type]').some((r) => r.checked)).to.equal(false);
    });

    it('follows another tab: its newer progress, its forget, and not an older write; a note being typed stays', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist dispute-id="tabs" storage-key="examplepay" .now=${NOW}></support-dispute-checklist>`,
      );
      await click(el, $$<HTMLInputElement>(el, 'input[name=type]')[0]);
      await click(el, boxes(el)[0]);
      const key = 'support-widgets@2:dispute:examplepay:tabs';
      const other = async (t: number | null, d?: unknown): Promise<void> => {
        const newValue = t === null ? null : JSON.stringify({ v: 1, t, e: t + 10 * DAY, d });
        window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
        await el.updateComplete;
        await nextFrame();
      };

      // Another dispute's record changes nothing.
      window.dispatchEvent(new StorageEvent('storage', { key: `${key}-2`, newValue: '{}' }));
      await el.updateComplete;
      expect(text($(el, '[role=heading]'))).to.equal('Charge I did not make');

      const note = $$<HTMLInputElement>(el, 'input[part=note]')[1];
      note.focus();
      note.value = 'Being typed';
      await other(NOW.getTime() + 1000, { t: 'duplicate', p: { duplicate: { both: { c: 1 } } } });
      expect(text($(el, '[role=heading]'))).to.equal('Charged twice');
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, false, false]);
      expect(text($(el, '[part=storage]'))).to.equal('Updated from another tab · Forget');
      expect(text($(el, '[role=status]'))).to.equal('Updated from another tab');
      expect($$<HTMLInputElement>(el, 'input[part=note]')[1].value).to.equal('Being typed');

      // A write older than the one this tab has loses: this tab's progress is written back.
      await other(NOW.getTime() + 500, { t: 'other', p: {} });
      expect(text($(el, '[role=heading]'))).to.equal('Charged twice');
      expect(JSON.parse(stored('examplepay', 'tabs')!).d).to.deep.equal({ t: 'duplicate', p: { duplicate: { both: { c: 1 } } } });

      await other(null);
      expect(boxes(el)).to.have.length(0);
      expect($$<HTMLInputElement>(el, 'input[type=radio]').some((r) => r.checked)).to.equal(false);
      // Forgotten there, as by this tab's Forget: Undo here brings it back (as the call form does).
      expect(text($(el, '[part=storage]'))).to.equal('Forgotten on this device. Undo');
      expect(text($(el, '[role=status]'))).to.equal('Forgotten on this device.');
      await expect(el).to.be.accessible();
    });

    describe('Undo after Forget', () => {
      const make = (id: string, type = 'duplicate'): Promise<SupportDisputeChecklist> =>
        fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist type=${type} dispute-id=${id} storage-key="examplepay" .now=${NOW}></support-dispute-checklist>`,
        );
      const notes = (el: Element): string[] => $$<HTMLInputElement>(el, 'input[part=note]').map((n) => n.value);
      const focusedText = (el: Element): string => text(root(el).activeElement);
      const status = (el: Element): string => text($(el, '[role=status]'));
      const press = (key: string): Promise<void> => sendKeys({ press: key });
      /** Presses Tab until the focused control of `el` reads `name` (at most 40 presses). */
      async function tabTo(el: Element, name: string): Promise<void> {
        for (let i = 0; i < 40 && focusedText(el) !== name; i++) await press('Tab');
        expect(focusedText(el)).to.equal(name);
      }

      it('by keyboard only: Forget, then Undo in its place brings back every tick and note, each said, focus kept on the button', async () => {
        const el = await make('undo-keys');
        // Ticks and notes as a keyboard user makes them: Space on a box, a note typed, Tab on.
        boxes(el)[0].focus();
        await press(' ');
        await press('Tab');
        await sendKeys({ type: 'Line of 3 March on my statement' });
        await press('Tab');
        await press(' ');
        await press('Tab');
        await sendKeys({ type: 'Both receipts in my email' });
        await press('Tab');
        await press('Tab');
        await press('Tab');
        await press(' ');
        await el.updateComplete;
        const ticks = [true, true, false, true];
        const typed = ['Line of 3 March on my statement', 'Both receipts in my email', '', ''];
        expect(boxes(el).map((b) => b.checked)).to.deep.equal(ticks);
        expect(notes(el)).to.deep.equal(typed);
        expect(stored('examplepay', 'undo-keys')).to.contain('Both receipts in my email');

        await tabTo(el, 'Forget');
        await press('Enter');
        await waitUntil(() => focusedText(el) === 'Undo', 'focus did not move to Undo');
        expect(root(el).activeElement!.getAttribute('aria-label')).to.equal('Undo forgetting the checklist progress');
        expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, false, false, false]);
        expect(notes(el)).to.deep.equal(['', '', '', '']);
        expect(stored('examplepay', 'undo-keys')).to.equal(null);
        expect(text($(el, '[part=storage]'))).to.equal('Forgotten on this device. Undo');
        await waitUntil(() => status(el) === 'Forgotten on this device.', 'Forget was silent');
        await expect(el).to.be.accessible();

        await press('Enter');
        await waitUntil(() => status(el) === 'Progress restored.', 'Undo was silent');
        expect(boxes(el).map((b) => b.checked)).to.deep.equal(ticks);
        expect(notes(el)).to.deep.equal(typed);
        expect(text($(el, '.progress span'))).to.equal('2 of 2 required items ready');
        expect(stored('examplepay', 'undo-keys')).to.contain('Both receipts in my email');
        expect(text($(el, '[part=storage]'))).to.equal('Saved on this device · Forget');
        expect(focusedText(el)).to.equal('Forget');
        await expect(el).to.be.accessible();
      });

      it('brings back the type the user chose and their answers: how they paid, the dates, and so the deadline', async () => {
        const el = await fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist dispute-id="undo-answers" storage-key="examplepay" .now=${NOW}></support-dispute-checklist>`,
        );
        await click(el, $$<HTMLInputElement>(el, 'input[name=type]')[2]);
        await click(el, $$<HTMLInputElement>(el, 'input[name=regime]')[0]);
        const date = $<HTMLInputElement>(el, 'input[type=date]');
        date.value = '2026-11-02';
        date.dispatchEvent(new Event('change'));
        await el.updateComplete;
        const deadline = text($(el, '[part=deadline]'));
        expect(deadline).to.contain('Last day to file');

        await click(el, button(el, 'Forget'));
        expect($(el, '[part=deadline]')).to.equal(null);
        expect($$<HTMLInputElement>(el, 'input[name=type]').some((r) => r.checked)).to.equal(false);

        await click(el, button(el, 'Undo'));
        await el.updateComplete;
        expect(text($(el, '[role=heading]'))).to.equal('Item or service not received');
        expect($$<HTMLInputElement>(el, 'input[name=regime]')[0].checked).to.equal(true);
        expect($<HTMLInputElement>(el, 'input[type=date]').value).to.equal('2026-11-02');
        expect(text($(el, '[part=deadline]'))).to.equal(deadline);
      });

      it('leaves nothing forgotten on the device while Undo is offered, nor when the page is hidden or closed: a reload offers no Undo', async () => {
        const el = await make('undo-leave');
        await click(el, boxes(el)[0]);
        await setNote(el, 1, 'Both receipts in my email');
        await click(el, button(el, 'Forget'));
        expect(text($(el, '[part=storage]'))).to.equal('Forgotten on this device. Undo');
        expect(stored('examplepay', 'undo-leave')).to.equal(null);
        // The page hidden (another tab, the phone locked), then closed, while Undo is still on screen.
        hidePage('visibilitychange');
        hidePage('pagehide');
        await el.updateComplete;
        expect(stored('examplepay', 'undo-leave')).to.equal(null);
        expect(Object.values(localStorage).join('\n')).not.to.contain('Both receipts');
        el.remove();

        const again = await make('undo-leave');
        expect(boxes(again).some((b) => b.checked)).to.equal(false);
        expect(notes(again)).to.deep.equal(['', '', '', '']);
        expect($(again, '[part=storage]')).to.equal(null);
      });

      it('ends with the next change: Forget is back, and what was forgotten is neither brought back nor saved', async () => {
        const el = await make('undo-next');
        await click(el, boxes(el)[0]);
        await setNote(el, 0, 'Line of 3 March on my statement');
        await click(el, button(el, 'Forget'));
        expect(text($(el, '[part=storage]'))).to.equal('Forgotten on this device. Undo');
        await click(el, boxes(el)[1]);
        expect(button(el, 'Undo')).to.equal(undefined);
        expect(text($(el, '[part=storage]'))).to.equal('Saved on this device · Forget');
        expect(boxes(el).map((b) => b.checked)).to.deep.equal([false, true, false, false]);
        expect(notes(el)).to.deep.equal(['', '', '', '']);
        expect(JSON.parse(stored('examplepay', 'undo-next')!).d).to.deep.equal({ p: { duplicate: { both: { c: 1 } } } });
      });
    });

    it('expires saved progress after retention-days', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist type="other" dispute-id="old" retention-days="30" .now=${NOW}></support-dispute-checklist>`,
      );
      await click(el, boxes(el)[0]);
      const later = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist type="other" dispute-id="old" .now=${new Date(NOW.getTime() + 29 * DAY)}></support-dispute-checklist>`,
      );
      expect(boxes(later)[0].checked).to.equal(true);
      const expired = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist type="other" dispute-id="old" .now=${new Date(NOW.getTime() + 31 * DAY)}></support-dispute-checklist>`,
      );
      expect(boxes(expired)[0].checked).to.equal(false);
      expect(stored('', 'old')).to.equal(null);
    });

    it('keeps working in memory, with a notice, when storage throws', async () => {
      const restore = blockStorage();
      try {
        const el = await fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist type="paid-by-other-means" dispute-id="blocked" .now=${NOW}></support-dispute-checklist>`,
        );
        await click(el, boxes(el)[0]);
        expect(boxes(el)[0].checked).to.equal(true);
        expect(text($(el, '.progress span'))).to.equal('1 of 3 required items ready');
        expect(text($(el, '[part=storage]'))).to.equal("Can't save on this device: kept until you leave the page. · Forget");
        await expect(el).to.be.accessible();
      } finally {
        restore();
        new SafeStorage('dispute').remove('blocked');
      }
    });
  });

  describe('export', () => {
    async function filled(): Promise<SupportDisputeChecklist> {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist regime="custom" type="not-received" transaction-date="2026-08-16" .now=${NOW}></support-dispute-checklist>`,
      );
      await click(el, boxes(el)[0]);
      await setNote(el, 0, 'Page 2 of the November statement');
      await click(el, boxes(el)[3]);
      return el;
    }
    const TEXT = [
      'Dispute evidence checklist',
      'Type: Item or service not received',
      // Issue 14: prefilled facts are in the exports.
      'Date of the charge: August 16, 2026',
      'Last day to file: December 14, 2026',
      '20 days left',
      '2 of 4 required items ready',
      '0 of 1 recommended item ready',
      '',
      'Required',
      '[x] Statement line: Page 2 of the November statement',
      '[ ] Receipt or order confirmation',
      '[ ] What was promised',
      '[x] Proof you asked the merchant first',
      '',
      'Recommended',
      '[ ] Tracking or delivery record',
    ].join('\n');
    const JSON_SUMMARY = {
      type: 'not-received',
      label: 'Item or service not received',
      transactionDate: '2026-08-16',
      deadline: '2026-12-14',
      daysLeft: 20,
      regime: 'custom',
      ready: false,
      required: { ready: 2, total: 4 },
      recommended: { ready: 0, total: 1 },
      items: [
        { id: 'statement', label: 'Statement line', required: true, checked: true, note: 'Page 2 of the November statement' },
        { id: 'receipt', label: 'Receipt or order confirmation', required: true, checked: false, note: '' },
        { id: 'terms', label: 'What was promised', required: true, checked: false, note: '' },
        { id: 'contact', label: 'Proof you asked the merchant first', required: true, checked: true, note: '' },
        { id: 'tracking', label: 'Tracking or delivery record', required: false, checked: false, note: '' },
      ],
    };

    /** Captures what the download buttons save. */
    async function download(el: SupportDisputeChecklist, name: string): Promise<{ file: string; type: string; body: string }> {
      const { createObjectURL } = URL;
      const { click: anchorClick } = HTMLAnchorElement.prototype;
      let blob: Blob | undefined;
      let file = '';
      URL.createObjectURL = (b: Blob | MediaSource) => {
        blob = b as Blob;
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        file = this.download;
      };
      try {
        setTimeout(() => button(el, name).click());
        await oneEvent(el, 'support-dispute-export');
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = anchorClick;
      }
      return { file, type: blob!.type, body: await blob!.text() };
    }

    it('summarises the type, the deadline, each item with its note and the progress as text', async () => {
      const el = await filled();
      expect(el.exportText()).to.equal(TEXT);
      await expect(el).to.be.accessible();
    });

    it('saves the text summary as a .txt file', async () => {
      const el = await filled();
      expect(await download(el, 'Save .txt')).to.deep.equal({ file: 'dispute-checklist-2026-11-24.txt', type: 'text/plain;charset=utf-8', body: TEXT });
    });

    it('saves the structured summary as a .json file', async () => {
      const el = await filled();
      expect(el.exportJson()).to.deep.equal(JSON_SUMMARY);
      const saved = await download(el, 'Save .json');
      expect([saved.file, saved.type]).to.deep.equal(['dispute-checklist-2026-11-24.json', 'application/json;charset=utf-8']);
      expect(JSON.parse(saved.body)).to.deep.equal(JSON_SUMMARY);
    });

    it('copies the text summary and says so', async () => {
      const el = await filled();
      let copied = '';
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void (copied = t) });
      try {
        setTimeout(() => button(el, 'Copy').click());
        const event = await oneEvent(el, 'support-dispute-export');
        expect(event.detail).to.deep.equal({ format: 'copy' });
      } finally {
        delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      }
      expect(copied).to.equal(TEXT);
      await nextFrame();
      await el.updateComplete;
      expect(text($(el, '[role=status]'))).to.equal('Copied.');
    });

    it('prints the text summary alone, from a frame', async () => {
      const el = await filled();
      setTimeout(() => button(el, 'Print').click());
      const event = await oneEvent(el, 'support-dispute-export');
      expect(event.detail).to.deep.equal({ format: 'print' });
      const frame = document.querySelector<HTMLIFrameElement>('iframe[title="Dispute evidence checklist"]');
      expect(frame?.contentDocument?.querySelector('pre')?.textContent).to.equal(TEXT);
      frame?.remove();
    });

    it('exports the deadline-passed state and an empty summary before a type is chosen', async () => {
      const none = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist .now=${NOW}></support-dispute-checklist>`);
      expect(none.exportText()).to.equal('');
      expect(none.exportJson()).to.equal(undefined);
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist regime="custom" type="incorrect-amount" transaction-date="2026-01-02" .now=${NOW}></support-dispute-checklist>`,
      );
      expect(el.exportText().split('\n').slice(3, 5)).to.deep.equal([
        'The deadline passed on May 2, 2026. Contact your card issuer.',
        '0 of 4 required items ready',
      ]);
      expect(el.exportJson()!.daysLeft).to.equal(-206);
    });
  });

  describe('merchant types', () => {
    const config = {
      types: [
        {
          id: 'not-received',
          extend: true,
          items: [{ id: 'courier', label: 'Courier claim number', reason: 'Ask the courier to open a claim.' }],
        },
        {
          id: 'gift-card',
          label: 'Gift card not working',
          description: 'The code was rejected at checkout.',
          items: [
            { id: 'card', label: 'Photo of the card', required: true },
            { id: 'error', label: 'Screenshot of the error', reason: 'Shows the message you saw.' },
          ],
        },
        { id: 'duplicate', items: [{ id: 'refs', label: 'Both references', required: true }] },
      ],
    };

    it('extends, replaces and adds types from the child JSON config', async () => {
      const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist .now=${NOW}>
        <script type="application/json">
          ${JSON.stringify(config)}
        </script>
      </support-dispute-checklist>`);
      const radios = $$<HTMLInputElement>(el, 'input[name=type]');
      expect($$(el, '[part=picker] .opt').map(text).slice(-2)).to.deep.equal(['Something else', 'Gift card not working']);
      await click(el, radios[2]);
      expect(items(el)).to.deep.equal([
        'Statement line Required',
        'Receipt or order confirmation Required',
        'What was promised Required',
        'Proof you asked the merchant first Required',
        'Tracking or delivery record Recommended',
        'Courier claim number Recommended',
      ]);
      expect(text(root(el).getElementById(boxes(el)[5].getAttribute('aria-describedby')!))).to.equal('Ask the courier to open a claim.');
      await click(el, radios[4]);
      expect(items(el)).to.deep.equal(['Both references Required']);
      expect(text($(el, '[role=heading]'))).to.equal('Charged twice');
      await click(el, $$<HTMLInputElement>(el, 'input[name=type]')[10]);
      expect(text($(el, '[role=heading]'))).to.equal('Gift card not working');
      expect(text($(el, '.head + .hint'))).to.equal('The code was rejected at checkout.');
      expect(items(el)).to.deep.equal(['Photo of the card Required', 'Screenshot of the error Recommended']);
      expect(boxes(el)[0].hasAttribute('aria-describedby')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows only the merchant types with no-built-ins, set as a property', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist no-built-ins type="gift-card" .types=${[config.types[1]]} .now=${NOW}></support-dispute-checklist>`,
      );
      expect(text($(el, '[role=heading]'))).to.equal('Gift card not working');
      await click(el, button(el, 'Change type'));
      expect($$(el, '[part=picker] .opt').map(text)).to.deep.equal(['Gift card not working']);
    });

    it('reports each bad field with its path, renders markup as text and keeps the valid rest', async () => {
      const errors = capture('error');
      try {
        const types = [
          { id: 'empty', label: 'Empty', items: [] },
          {
            id: 'dupes',
            label: 'Dupes',
            items: [
              { id: 'a', label: 'First' },
              { id: 'a', label: 'Again', required: true },
              { id: 'b', label: '' },
            ],
          },
          { id: 'evil', label: '<img src=x onerror="window.hacked=1">Evil', items: [{ id: 'x', label: '<b>bold</b>', required: 'yes', size: 3 }] },
          'nope',
          { label: 'No id', items: [{ id: 'z', label: 'Z' }] },
          { id: 'dupes', label: 'Dupes again', items: [{ id: 'q', label: 'Q' }] },
        ] as unknown as DisputeType[];
        const el = await fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist no-built-ins .types=${types} .now=${NOW}></support-dispute-checklist>`,
        );
        expect(errors.calls).to.deep.equal([
          '<support-dispute-checklist> types[0].items: no valid evidence items, type ignored.',
          '<support-dispute-checklist> types[1].items[1].id: duplicate item id "a", item ignored.',
          '<support-dispute-checklist> types[1].items[2].label: expected a non-empty string, got an empty string.',
          '<support-dispute-checklist> types[1].items: no item is required, so all of them count as required.',
          '<support-dispute-checklist> types[2].label: markup is not allowed; it is shown as plain text.',
          '<support-dispute-checklist> types[2].items[0].size: unknown key, ignored (known keys: id, label, reason, required).',
          '<support-dispute-checklist> types[2].items[0].label: markup is not allowed; it is shown as plain text.',
          '<support-dispute-checklist> types[2].items[0].required: expected true or false, got string "yes".',
          '<support-dispute-checklist> types[2].items: no item is required, so all of them count as required.',
          '<support-dispute-checklist> types[3]: expected an object, got string "nope".',
          '<support-dispute-checklist> types[4].id: expected a non-empty string, got nothing.',
          '<support-dispute-checklist> types[5].id: duplicate type id "dupes", type ignored.',
        ]);
        expect($$(el, '[part=picker] .opt').map(text)).to.deep.equal(['Dupes', '<img src=x onerror="window.hacked=1">Evil']);
        await click(el, $$<HTMLInputElement>(el, 'input[type=radio]')[1]);
        expect(items(el)).to.deep.equal(['<b>bold</b> Required']);
        expect(root(el).querySelector('img, b')).to.equal(null);
        expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('reports a config that is not an array and unknown config keys', async () => {
      const errors = capture('error');
      try {
        const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="other" .now=${NOW}>
          <script type="application/json">
            {"types": {"id": "x"}, "colour": "red"}
          </script>
        </support-dispute-checklist>`);
        expect(errors.calls).to.deep.equal([
          '<support-dispute-checklist> config.colour: unknown key, ignored (known keys: types, type, regime, regimes, transactionDate, statementDate, expectedDate, receivedDate, returnedDate, cancelledDate, refundDate, amount, currency, merchantName, windowDays).',
          '<support-dispute-checklist> types: expected an array of dispute types, got an object.',
        ]);
        expect(boxes(el)).to.have.length(4);
      } finally {
        errors.restore();
      }
    });
  });

  describe('keyboard, languages and themes', () => {
    it('can be used with the keyboard alone', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist regime="custom" transaction-date="2026-11-01" expected-date="2026-11-10" .now=${NOW}></support-dispute-checklist>`,
      );
      const active = (): Element | null => root(el).activeElement;
      await sendKeys({ press: 'Tab' });
      expect(active()).to.equal($$(el, 'input[type=radio]')[0]);
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(text($(el, '[role=heading]'))).to.equal('Item or service not received');
      await sendKeys({ press: 'Tab' });
      expect(active()).to.equal(boxes(el)[0]);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(boxes(el)[0].checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(active()?.getAttribute('aria-label')).to.equal('Note for Statement line');
      await sendKeys({ type: 'Online banking PDF' });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(el.exportJson()!.items[0]).to.deep.include({ checked: true, note: 'Online banking PDF' });
      expect(active()).to.equal(boxes(el)[1]);
      for (let i = 0; i < 8; i++) await sendKeys({ press: 'Tab' });
      expect(text(active())).to.equal('Copy');
      await sendKeys({ press: 'Tab' });
      expect(text(active())).to.equal('Print');
    });

    it('moves focus to the chosen type when "Change type" opens the picker', async () => {
      const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist type="refund-not-received" .now=${NOW}></support-dispute-checklist>`);
      await sendKeys({ press: 'Tab' });
      expect(text(root(el).activeElement)).to.equal('Change type');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const radio = root(el).activeElement as HTMLInputElement;
      expect([radio.type, radio.checked, text(radio.closest('label'))]).to.deep.equal(['radio', true, 'Refund not received']);
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(text($(el, '[role=heading]'))).to.equal('Charged after cancelling');
      await expect(el).to.be.accessible();
    });

    it('translates the built-in content into Chinese and formats dates for it', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist lang="zh-CN" regime="custom" type="unauthorized" transaction-date="2026-08-16" .now=${NOW}></support-dispute-checklist>`,
      );
      expect(text($(el, '[role=heading]'))).to.equal('非本人交易');
      expect(items(el)[0]).to.equal('账单记录 必需');
      expect(text($(el, '[part=deadline]'))).to.equal('申诉截止日：2026年12月14日还剩20天');
      expect(text($(el, '#req'))).to.equal('必需材料已备齐0/3');
      await expect(el).to.be.accessible();
    });

    describe('the option chosen with the arrow keys stays in view when the deadline box appears above it (c23-2)', () => {
      afterEach(() => setViewport({ width: 800, height: 600 }));
      const HOW = { en: 'How did you pay?', he: 'איך שילמת?' };
      for (const lang of ['en', 'he'] as const) {
        it(`at 1280 × 900, in ${lang}`, async () => {
          await setViewport({ width: 1280, height: 900 });
          // A long page scrolled so that the second payment option is just in view at the bottom of the window (as Tab left the
          // demo at 1280 × 900): ArrowDown moves to it without scrolling, and the box then appears above.
          const page = await fixture<HTMLElement>(html`<div>
            <div style="height: 2000px"></div>
            <support-dispute-checklist lang=${lang} type="not-received" .now=${NOW}></support-dispute-checklist>
            <div style="height: 2000px"></div>
          </div>`);
          const el = page.querySelector('support-dispute-checklist')!;
          await waitUntil(() => text($(el, '[part=regimes] legend')) === HOW[lang], 'the question in its language');
          const options = $$<HTMLInputElement>(el, '[part=regimes] input[type=radio]');
          options[1].closest('label')!.scrollIntoView({ block: 'end' });
          options[0].focus();
          expect($(el, '[part=deadline]'), 'no deadline box yet').to.equal(null);
          await sendKeys({ press: 'ArrowDown' });
          await waitUntil(() => $(el, '[part=deadline]') && options[1].checked, 'the second option chosen, the box shown');
          expect(root(el).activeElement).to.equal(options[1]);
          // In view once the page has settled (less than a pixel off: positions are fractional). Waited for, not
          // read one frame after: WebKit on CI's loaded machine once read it out of view (c23-2 in he), not seen here.
          let at = '';
          const inView = (): boolean => {
            const box = options[1].closest('label')!.getBoundingClientRect();
            at = `${box.top}-${box.bottom} in a ${innerHeight} px window`;
            return box.top > -1 && box.bottom < innerHeight + 1;
          };
          await waitUntil(inView, 'the focused option in view', { timeout: 3000 }).catch(() => expect.fail(`the focused option at ${at}`));
        });
      }
    });

    it('is accessible in dark theme and right-to-left', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist theme="dark" dir="rtl" type="duplicate" transaction-date="2026-11-20" .now=${NOW}></support-dispute-checklist>`,
      );
      expect($(el, '[part=base]')!.getAttribute('dir')).to.equal('rtl');
      await click(el, boxes(el)[0]);
      await expect(el).to.be.accessible();
    });
  });
});
