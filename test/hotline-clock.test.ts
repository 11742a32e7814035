import { expect, fixture, html } from '@open-wc/testing';
import '../src/hotline.js';
import type { SupportHotline } from '../src/hotline.js';
import { fakeTime, statusOf } from './helpers.js';

const NY = 'America/New_York';
const WEEK = 'Mo-Fr 09:00-18:00; Sa 10:00-14:00';

describe('<support-hotline> clock and validation', () => {
  it('arms its timer again when put back on the page, from the clock at that moment', async () => {
    const time = fakeTime('2026-11-24T22:29:30Z'); // Tuesday 17:29:30 in New York
    try {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="en-GB" number="+18005550100" hours=${WEEK} timezone=${NY} .viewerTimeZone=${NY}></support-hotline>`,
      );
      const parent = el.parentElement!;
      expect(statusOf(el)).to.equal('Open now · closes 18:00 (in 31 min)');
      expect([...time.pending.values()].map((t) => t.delay)).to.deep.equal([30_000]);
      el.remove();
      expect(time.pending.size).to.equal(0);
      // Ten seconds later the card comes back (a tab panel shown again): one timer, for what is left of the wait.
      time.clock.t += 10_000;
      parent.append(el);
      await el.updateComplete;
      expect([...time.pending.values()].map((t) => t.delay)).to.deep.equal([20_000]);
      // Away for an hour past closing: back, it says so at once and waits for the next change.
      el.remove();
      time.clock.t += 3_600_000;
      parent.append(el);
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens tomorrow 9:00 (in 14 h 31 min)');
      expect(time.pending.size).to.equal(1);
      el.remove();
      expect(time.pending.size).to.equal(0);
    } finally {
      time.restore();
    }
  });

  it('shown again after the machine slept past closing time, it says so at once', async () => {
    const time = fakeTime('2026-11-24T22:29:30Z'); // Tuesday 17:29:30 in New York
    try {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="en-GB" number="+18005550100" hours=${WEEK} timezone=${NY} .viewerTimeZone=${NY}></support-hotline>`,
      );
      expect([...time.pending.values()].map((t) => t.delay)).to.deep.equal([30_000]);
      // Asleep for an hour: the timer did not run, the clock moved on; the page is shown again.
      time.clock.t += 3_600_000;
      document.dispatchEvent(new Event('visibilitychange'));
      const [[id, due]] = [...time.pending];
      expect(due.delay).to.equal(0);
      time.pending.delete(id);
      due.fn();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens tomorrow 9:00 (in 14 h 31 min)');
    } finally {
      time.restore();
    }
  });

  it('reports each bad field once, however often it renders', async () => {
    const reports: string[] = [];
    const el = await fixture<SupportHotline>(html`<support-hotline
      lang="en"
      number="+1 800 CALL NOW"
      hours="Mo-Fr 9-18"
      timezone=${NY}
      .viewerTimeZone=${'Mars/Olympus_Mons'}
      .now=${new Date('2026-11-24T15:00:00Z')}
      .reporter=${(path: string) => reports.push(path)}
    ></support-hotline>`);
    expect(reports).to.deep.equal(['viewerTimeZone', 'number', 'hours']);
    // A language change, a copied number, a tick of the clock: renders that change no input validate nothing again.
    el.setAttribute('lang', 'zh-CN');
    await el.updateComplete;
    el.now = new Date('2026-11-24T16:00:00Z');
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(reports).to.deep.equal(['viewerTimeZone', 'number', 'hours']);
    // A changed input is checked again.
    el.number = 'call us';
    await el.updateComplete;
    expect(reports).to.deep.equal(['viewerTimeZone', 'number', 'hours', 'number', 'hours']);
  });

  it('renders without side effects: render() reports nothing and arms no timer', async () => {
    const time = fakeTime('2026-11-24T22:29:30Z');
    try {
      const reports: string[] = [];
      const el = await fixture<SupportHotline>(
        html`<support-hotline number="oops" hours=${WEEK} timezone=${NY} .reporter=${(path: string) => reports.push(path)}></support-hotline>`,
      );
      const before = [...time.pending.keys()];
      reports.length = 0;
      el.render();
      el.render();
      expect(reports).to.deep.equal([]);
      expect([...time.pending.keys()]).to.deep.equal(before);
      el.remove();
    } finally {
      time.restore();
    }
  });
});
