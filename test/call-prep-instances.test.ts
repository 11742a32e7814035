// Two <support-call-prep> on one page with one `storage-key` (red team R13-8: a second form saving over the first
// one's record left, after a reload, the first form showing the second's answers and its own gone). The first to
// open the record keeps it; the second keeps what is typed in it until the page is left, says so to the user, and
// the merchant is told once, at `storage-key`.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/call-prep.js';
import type { SupportCallPrep } from '../src/call-prep.js';
import { capture, typeAndLeave, uniqueKey } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');
const SHARED =
  '<support-call-prep> storage-key: another <support-call-prep> on this page saves to the same record: give each its own storage-key; this one keeps its progress until the page is left.';

async function pair(key: string): Promise<[SupportCallPrep, SupportCallPrep]> {
  const host = await fixture<HTMLDivElement>(html`<div>
    <support-call-prep storage-key=${key} .now=${NOW}></support-call-prep>
    <support-call-prep storage-key=${key} .now=${NOW}></support-call-prep>
  </div>`);
  const forms = [...host.querySelectorAll<SupportCallPrep>('support-call-prep')] as [SupportCallPrep, SupportCallPrep];
  await Promise.all(forms.map((f) => f.updateComplete));
  return forms;
}
const what = (el: SupportCallPrep): string => el.shadowRoot!.querySelector<HTMLTextAreaElement>('[name=what]')!.value;
const status = (el: SupportCallPrep): string => el.shadowRoot!.querySelector('.saved')?.textContent ?? '';

afterEach(() => localStorage.clear());

describe('<support-call-prep>, two on one page saving to one record', () => {
  it('never saves the second form over the first one’s record, and tells the user of the second where it is kept', async () => {
    const key = uniqueKey('pair');
    const errors = capture('error');
    try {
      const [first, second] = await pair(key);
      await typeAndLeave(first, 'what', 'ALPHA declined at checkout');
      await typeAndLeave(second, 'what', 'BETA charged twice');
      await typeAndLeave(first, 'what', 'GAMMA declined at checkout');
      const stored = Object.values(localStorage).join('\n');
      expect(stored).to.include('GAMMA').and.not.to.include('BETA');
      expect(status(first)).to.include('Saved on this device');
      expect(status(second)).to.include('Saved for this visit only');
      expect(what(second)).to.equal('BETA charged twice');
      first.parentElement!.remove();
      const [again] = await pair(key);
      expect(what(again)).to.equal('GAMMA declined at checkout');
      expect(errors.calls).to.deep.equal([SHARED]);
    } finally {
      errors.restore();
    }
  });

  it('shows no saved answers when no-persist is set a moment after the form renders, as a framework sets it', async () => {
    const key = uniqueKey('late');
    const first = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${key} .now=${NOW}></support-call-prep>`);
    await typeAndLeave(first, 'what', 'ALPHA declined at checkout');
    first.remove();
    const again = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${key} .now=${NOW}></support-call-prep>`);
    expect(what(again)).to.equal('ALPHA declined at checkout');
    await new Promise((resolve) => setTimeout(resolve));
    again.noPersist = true;
    await again.updateComplete;
    expect(what(again)).to.equal('');
    expect(status(again)).to.equal('');
  });
});
