import { expect, fixture, html } from '@open-wc/testing';
import '../src/dispute-checklist.js';
import type { SupportDisputeChecklist } from '../src/dispute-checklist.js';

const NOW = new Date(2026, 10, 24, 10, 0);

describe('<support-dispute-checklist> deadline rules', () => {
  it('smoke', async () => {
    const el = await fixture<SupportDisputeChecklist>(html`<support-dispute-checklist regime="us-credit" statement-date="2026-11-10" .now=${NOW}></support-dispute-checklist>`);
    expect(el.deadline).to.equal(null);
  });
});
