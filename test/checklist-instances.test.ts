// Two <support-dispute-checklist> on one page (s13h11 saw two of them "share a note"). From the user's side: a note
// typed in one checklist appears in the other's fields, exports and events only where the documented storage says
// both are the same dispute (the same `storage-key` and `dispute-id`), and then only once the page is opened again
// (each element reads its record when it starts: docs/dispute-checklist.md, "saved per id"). `no-persist` is not
// an attribute of the checklist (it is the call form's): given, it changes nothing.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/dispute-checklist.js';
import type { SupportDisputeChecklist } from '../src/dispute-checklist.js';
import { writeNote } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');
const NOTE = 'Shipped to my old address';

interface Setup {
  name: string;
  attrs: [Record<string, string>, Record<string, string>];
  /** Whether the second checklist, opened again, shows the first one's note (the same saved dispute). */
  sameDispute: boolean;
}

const setups: Setup[] = [
  { name: 'neither has a storage-key nor a dispute-id', attrs: [{}, {}], sameDispute: true },
  { name: 'both say no-persist, without a storage-key', attrs: [{ 'no-persist': '' }, { 'no-persist': '' }], sameDispute: true },
  {
    name: 'the same storage-key and dispute-id',
    attrs: [
      { 'storage-key': 'shop', 'dispute-id': 'order-1' },
      { 'storage-key': 'shop', 'dispute-id': 'order-1' },
    ],
    sameDispute: true,
  },
  { name: 'different storage-keys', attrs: [{ 'storage-key': 'shop-a' }, { 'storage-key': 'shop-b' }], sameDispute: false },
  { name: 'different dispute-ids', attrs: [{ 'dispute-id': 'order-1' }, { 'dispute-id': 'order-2' }], sameDispute: false },
  {
    name: 'no-persist and different storage-keys',
    attrs: [
      { 'no-persist': '', 'storage-key': 'shop-a' },
      { 'no-persist': '', 'storage-key': 'shop-b' },
    ],
    sameDispute: false,
  },
];

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
  for (const { name, attrs, sameDispute } of setups) {
    it(`a note typed in one never shows in the other while the page is open (${name})`, async () => {
      const { first, second, heard } = await page(attrs);
      await writeNote(first, 0, NOTE);
      await second.updateComplete;
      expect(seen(first)).to.include(NOTE);
      expect(seen(second)).not.to.include(NOTE);
      expect(heard.join('\n')).not.to.include(NOTE);
    });

    it(`${sameDispute ? 'opened again, both show the note of their one saved dispute' : 'opened again, each shows only its own note'} (${name})`, async () => {
      const before = await page(attrs);
      await writeNote(before.first, 0, NOTE);
      before.first.parentElement!.remove();
      const { first, second } = await page(attrs);
      expect(seen(first)).to.include(NOTE);
      expect(seen(second).includes(NOTE)).to.equal(sameDispute);
    });
  }
});
