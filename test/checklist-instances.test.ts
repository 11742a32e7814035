// Two <support-dispute-checklist> on one page (s13h11 saw two of them "share a note"; red team R12-4 and R12-5).
// From the user's side: a note typed in one checklist never appears in the other's fields, exports and events while
// the page is open. Both saving to one record (the same `storage-key` and `dispute-id`, both left out included)
// is reported at `dispute-id`, and the second never saves over the first (R13-8). `no-persist` keeps the checklist's
// progress off the device, as the call form's does.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/dispute-checklist.js';
import type { SupportDisputeChecklist } from '../src/dispute-checklist.js';
import { capture, writeNote } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');
const NOTE = 'Shipped to my old address';

interface Setup {
  name: string;
  attrs: [Record<string, string>, Record<string, string>];
  /** Whether the second checklist, opened again, shows the first one's note (the same saved dispute). */
  sameDispute: boolean;
  /** Whether anything is saved on the device (no `no-persist`). */
  saved: boolean;
}

const setups: Setup[] = [
  { name: 'neither has a storage-key nor a dispute-id', attrs: [{}, {}], sameDispute: true, saved: true },
  { name: 'both say no-persist, without a storage-key', attrs: [{ 'no-persist': '' }, { 'no-persist': '' }], sameDispute: false, saved: false },
  {
    name: 'the same storage-key and dispute-id',
    attrs: [
      { 'storage-key': 'shop', 'dispute-id': 'order-1' },
      { 'storage-key': 'shop', 'dispute-id': 'order-1' },
    ],
    sameDispute: true,
    saved: true,
  },
  { name: 'different storage-keys', attrs: [{ 'storage-key': 'shop-a' }, { 'storage-key': 'shop-b' }], sameDispute: false, saved: true },
  { name: 'different dispute-ids', attrs: [{ 'dispute-id': 'order-1' }, { 'dispute-id': 'order-2' }], sameDispute: false, saved: true },
  {
    name: 'no-persist and different storage-keys',
    attrs: [
      { 'no-persist': '', 'storage-key': 'shop-a' },
      { 'no-persist': '', 'storage-key': 'shop-b' },
    ],
    sameDispute: false,
    saved: false,
  },
];

const SHARED =
  '<support-dispute-checklist> dispute-id: another <support-dispute-checklist> on this page saves to the same record: give each its own dispute-id; this one keeps its progress until the page is left.';

/** Two checklists of one dispute type on one page, each with its attributes, and every event the second raises. */
async function page(attrs: Setup['attrs']): Promise<{ first: SupportDisputeChecklist; second: SupportDisputeChecklist; heard: string[] }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const [first, second] = attrs.map((a) => {
    const el = document.createElement('support-dispute-checklist') as SupportDisputeChecklist;
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    el.setAttribute('type', 'not-received');
    el.now = NOW;
    host.append(el);
    return el;
  });
  const heard: string[] = [];
  for (const type of ['support-dispute-change', 'support-dispute-ready', 'support-dispute-export'])
    second.addEventListener(type, (e) => heard.push(JSON.stringify((e as CustomEvent).detail)));
  await Promise.all([first.updateComplete, second.updateComplete]);
  return { first, second, heard };
}

/** All a user or the page can read of a checklist: its note fields, its text and JSON exports. */
const seen = (el: SupportDisputeChecklist): string =>
  [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[part=note]')].map((i) => i.value).join('\n') + el.exportText() + JSON.stringify(el.exportJson());

beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('<support-dispute-checklist>, two on one page', () => {
  for (const { name, attrs, sameDispute, saved } of setups) {
    it(`a note typed in one never shows in the other while the page is open; one record saved by both is reported (${name})`, async () => {
      const errors = capture('error');
      try {
        const { first, second, heard } = await page(attrs);
        await writeNote(first, 0, NOTE);
        await second.updateComplete;
        expect(seen(first)).to.include(NOTE);
        expect(seen(second)).not.to.include(NOTE);
        expect(heard.join('\n')).not.to.include(NOTE);
        // The second saves too: over the first one's record, it is told once (a second save says nothing more).
        await writeNote(second, 1, 'Courier says delivered');
        await writeNote(second, 2, 'Photo of the empty porch');
        expect(errors.calls).to.deep.equal(sameDispute && saved ? [SHARED] : []);
      } finally {
        errors.restore();
      }
    });

    const again = !saved
      ? 'opened again, neither shows the note: nothing was saved on the device'
      : sameDispute
        ? 'opened again, both show the note of their one saved dispute'
        : 'opened again, each shows only its own note';
    it(`${again} (${name})`, async () => {
      const errors = capture('error');
      try {
        const before = await page(attrs);
        await writeNote(before.first, 0, NOTE);
        expect(Object.values(localStorage).join('\n').includes(NOTE), 'saved on the device').to.equal(saved);
        before.first.parentElement!.remove();
        const { first, second } = await page(attrs);
        expect(seen(first).includes(NOTE)).to.equal(saved);
        expect(seen(second).includes(NOTE)).to.equal(saved && sameDispute);
      } finally {
        errors.restore();
      }
    });
  }

  // Red team R13-8: the report was all; the second checklist still saved over the first one's record, and after a
  // reload the first showed the second's notes, its own gone. The first to open a record keeps it; the second
  // keeps its notes until the page is left and says so, beside its notes and in the live region.
  for (const { name, attrs } of setups.filter((x) => x.sameDispute && x.saved)) {
    it(`never saves a second checklist's notes over the first one's record, and says where they are kept (${name})`, async () => {
      const errors = capture('error');
      try {
        const before = await page(attrs);
        await writeNote(before.first, 0, 'ALPHA first');
        await writeNote(before.second, 1, 'BETA second');
        await writeNote(before.first, 2, 'GAMMA first');
        await writeNote(before.second, 3, 'DELTA second');
        const stored = Object.values(localStorage).join('\n');
        expect(stored).to.include('ALPHA first').and.include('GAMMA first');
        expect(stored).not.to.include('BETA').and.not.to.include('DELTA');
        expect(before.second.shadowRoot!.querySelector('[part=storage]')?.textContent).to.include("Can't save on this device: kept until you leave the page.");
        expect(before.first.shadowRoot!.querySelector('[part=storage]')?.textContent).to.include('Saved on this device');
        expect(seen(before.second)).to.include('BETA second').and.include('DELTA second');
        before.first.parentElement!.remove();
        const { first } = await page(attrs);
        expect(seen(first)).to.include('ALPHA first').and.include('GAMMA first');
        expect(seen(first)).not.to.include('BETA').and.not.to.include('DELTA');
        expect(errors.calls).to.deep.equal([SHARED]);
      } finally {
        errors.restore();
      }
    });
  }

  // Red team R13-10: a framework sets properties after the element is in the page (React's useEffect, a late
  // Angular input): `noPersist` set a task after the first render still showed the last user's saved notes.
  it('shows nothing saved when no-persist is set a moment after the checklist renders, as a framework sets it', async () => {
    const before = await page([{}, { 'dispute-id': 'other' }]);
    await writeNote(before.first, 0, NOTE);
    before.first.parentElement!.remove();
    const { first } = await page([{}, { 'dispute-id': 'other' }]);
    expect(seen(first)).to.include(NOTE);
    await new Promise((resolve) => setTimeout(resolve));
    first.noPersist = true;
    await first.updateComplete;
    expect(seen(first)).not.to.include(NOTE);
    expect(first.shadowRoot!.querySelector('[part=storage]')).to.equal(null);
    await writeNote(first, 1, 'Typed after');
    expect(Object.values(localStorage).join('\n')).not.to.include('Typed after');
  });

  it('lets a second checklist have the record once the first is gone, and says nothing then', async () => {
    const errors = capture('error');
    try {
      const before = await page([{}, { 'dispute-id': 'other' }]);
      before.first.parentElement!.remove();
      const { second } = await page([{ 'dispute-id': 'x' }, {}]);
      await second.updateComplete;
      expect(errors.calls).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});
