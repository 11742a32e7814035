import { expect, fixture, html } from '@open-wc/testing';
import '../src/dispute-checklist.js';
import type { SupportDisputeChecklist } from '../src/dispute-checklist.js';
import { $$, fakeTime, text } from './helpers.js';

const deadline = (el: Element): string => $$(el, '[part=deadline] span').map(text).join(' | ');
const delays = (time: ReturnType<typeof fakeTime>): number[] => [...time.pending.values()].map((t) => t.delay);
/** Runs the timers that are due, as the browser would when their time comes. */
function fire(time: ReturnType<typeof fakeTime>): void {
  for (const [id, t] of [...time.pending]) {
    time.pending.delete(id);
    t.fn();
  }
}

/**
 * Runs `body` with the page's clock and timers at `start` (local time), on a checklist whose last day to file
 * is December 14, 2026 (`now` set: a still snapshot).
 */
async function leftOpen(start: string, body: (el: SupportDisputeChecklist, time: ReturnType<typeof fakeTime>) => Promise<void>, now?: Date): Promise<void> {
  const time = fakeTime(start);
  try {
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist regime="custom" type="not-received" transaction-date="2026-08-16" .now=${now}></support-dispute-checklist>`,
    );
    await body(el, time);
  } finally {
    time.restore();
  }
}

describe('<support-dispute-checklist> on a page left open', () => {
  it('counts one day less at local midnight, without a reload', () =>
    // 30 seconds before midnight, local time, with 20 days left.
    leftOpen('2026-11-24T23:59:30', async (el, time) => {
      expect(deadline(el)).to.equal('Last day to file: December 14, 2026 | 20 days left');
      expect(delays(time), 'one timer, for midnight').to.deep.equal([30_000]);
      time.clock.t += 30_000;
      fire(time);
      await el.updateComplete;
      expect(deadline(el)).to.equal('Last day to file: December 14, 2026 | 19 days left');
      expect(delays(time), 'and the next one for the midnight after').to.deep.equal([new Date(2026, 10, 26).getTime() - time.clock.t]);
      el.remove();
      expect(time.pending.size, 'no timer once off the page').to.equal(0);
    }));

  it('catches up when the page is shown again after the machine slept past midnight', () =>
    leftOpen('2026-11-24T22:00:00', async (el, time) => {
      expect(deadline(el)).to.equal('Last day to file: December 14, 2026 | 20 days left');
      // Asleep for three days: the timer never ran (a sleeping machine's timers wait), the clock moved on.
      time.clock.t += 3 * 86_400_000;
      document.dispatchEvent(new Event('visibilitychange'));
      expect(delays(time), 'the instant has passed: due at once').to.deep.equal([0]);
      fire(time);
      await el.updateComplete;
      expect(deadline(el)).to.equal('Last day to file: December 14, 2026 | 17 days left');
    }));

  it('a set `now` is a still snapshot: no timer', () =>
    leftOpen(
      '2026-11-24T23:59:30',
      async (el, time) => {
        expect(deadline(el)).to.equal('Last day to file: December 14, 2026 | 20 days left');
        expect(time.pending.size).to.equal(0);
      },
      new Date(2026, 10, 24, 12),
    ));
});
