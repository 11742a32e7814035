import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist } from '../src/index.js';
import { DAY_MS as DAY } from '../src/internal/time.js';
import { $, capture, nextFrame, text, uniqueKey } from './helpers.js';

// The two elements that keep a draft (call-prep and the dispute checklist, on internal/draft.ts) tell the user
// the same things the same way: the status line in words, and the live region when it changes for the worse.
const NOW = new Date('2026-11-24T12:00');

/** Each element: how to make it, change it as a user would, and what its status line says for this visit only. */
const elements = [
  {
    tag: 'support-call-prep',
    make: (k: string, attrs = '') =>
      fixture<SupportCallPrep>(
        attrs
          ? html`<support-call-prep storage-key=${k} retention-days=${attrs} .now=${NOW}></support-call-prep>`
          : html`<support-call-prep storage-key=${k} .now=${NOW}></support-call-prep>`,
      ),
    edit: async (el: HTMLElement & { updateComplete: Promise<unknown> }, n: number) => {
      const what = $<HTMLTextAreaElement>(el, '#what');
      what.value = `Declined at checkout, try ${n}`;
      what.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    },
    status: (el: HTMLElement) => text($(el, '.saved')),
    key: (k: string) => `support-widgets@2:call-prep:${k}:draft`,
    saved: 'Saved on this device · Forget',
    visit: 'Saved for this visit only',
    defaultDays: 7,
  },
  {
    tag: 'support-dispute-checklist',
    make: (k: string, attrs = '') =>
      fixture<SupportDisputeChecklist>(
        attrs
          ? html`<support-dispute-checklist type="other" storage-key=${k} dispute-id="d" retention-days=${attrs} .now=${NOW}></support-dispute-checklist>`
          : html`<support-dispute-checklist type="other" storage-key=${k} dispute-id="d" .now=${NOW}></support-dispute-checklist>`,
      ),
    edit: async (el: HTMLElement & { updateComplete: Promise<unknown> }, n: number) => {
      el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')[n % 2].click();
      await el.updateComplete;
    },
    status: (el: HTMLElement) => text($(el, '[part=storage]')),
    key: (k: string) => `support-widgets@2:dispute:${k}:d`,
    saved: 'Saved on this device · Forget',
    visit: "Can't save on this device: kept until you leave the page.",
    defaultDays: 180,
  },
];

for (const e of elements) {
  describe(`<${e.tag}> draft status`, () => {
    afterEach(() => localStorage.clear());

    it('says so in the status line and aloud, once, when the device storage fills up mid-visit (QuotaExceededError)', async () => {
      const el = await e.make(uniqueKey('status'));
      await e.edit(el, 1);
      expect(e.status(el)).to.equal(e.saved);
      // What the live region says, change by change (it is cleared before each message).
      const region = $(el, '[role=status]');
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(text(region)));
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      const { setItem } = Storage.prototype;
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      try {
        await e.edit(el, 2);
        await nextFrame();
        await el.updateComplete;
        expect(e.status(el)).to.equal(`${e.visit} · Forget`);
        expect(said.filter(Boolean)).to.deep.equal([e.visit]);
        await expect(el).to.be.accessible();
        // Not said again on every change.
        await e.edit(el, 3);
        await nextFrame();
        await el.updateComplete;
        expect(said.filter(Boolean)).to.deep.equal([e.visit]);
      } finally {
        observer.disconnect();
        Storage.prototype.setItem = setItem;
      }
    });

    it('reports a retention-days that is not a number of days once, when set, and keeps the draft for the default days', async () => {
      const errors = capture('error');
      try {
        const k = uniqueKey('status');
        const el = await e.make(k, 'soon');
        expect(errors.calls).to.deep.equal([`<${e.tag}> retention-days: expected a number of days, 0 or more, got string "soon".`]);
        await e.edit(el, 1);
        await e.edit(el, 2);
        expect(errors.calls).to.have.length(1);
        const record = JSON.parse(localStorage.getItem(e.key(k))!) as { t: number; e: number };
        expect(record.e - record.t).to.equal(e.defaultDays * DAY);
      } finally {
        errors.restore();
      }
    });
  });
}
