import { expect, fixture, html } from '@open-wc/testing';
import '../src/hotline.js';
import { SupportHotline, type HotlineLine } from '../src/hotline.js';
import { capture, fakeTime, shadow as root, statusOf, text } from './helpers.js';

/** A day as the engine's Intl writes it in British English (`Thu 24 Dec`; WebKit's ICU writes `Thu, 24 Dec`). */
const day = (d: number): string =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(2026, 11, d));

const NY = 'America/New_York';
const WEEK = 'Mo-Fr 09:00-18:00; Sa 10:00-14:00';
/** Christmas 2026 in New York: Thursday 24 December short, Friday 25 closed, Sunday 27 open though Sundays are not. */
const XMAS: HotlineLine['specialHours'] = [
  { validFrom: '2026-12-24', opens: '09:00', closes: '13:00', name: 'Christmas Eve' },
  { validFrom: '2026-12-25', opens: '00:00', closes: '00:00', name: 'Christmas Day' },
  '2026-12-27 10:00-16:00',
];
/** The special-hours line, a 24-hour time before 10:00 without its leading zero (Firefox writes 08:00 where Chromium writes 8:00). */
const specialOf = (el: SupportHotline): string => text(root(el).querySelector('[part=special]')).replace(/(?<![\d:])0(\d:\d\d)/g, '$1');

function card(now: string, specialHours: HotlineLine['specialHours'] = XMAS, extra: Partial<HotlineLine> = {}, lang = 'en-GB'): Promise<SupportHotline> {
  return fixture<SupportHotline>(html`<support-hotline
    lang=${lang}
    .lines=${[{ label: 'Customer support', number: '+18005550100', hours: WEEK, timezone: NY, specialHours, ...extra }]}
    .viewerTimeZone=${extra.timezone ?? NY}
    .now=${new Date(now)}
  ></support-hotline>`);
}

describe('<support-hotline> special hours', () => {
  it('closes early on a named short day and says so, with the days ahead', async () => {
    // Thursday 24 December, 11:00 in New York: the week says 18:00, Christmas Eve says 13:00.
    const el = await card('2026-12-24T16:00:00Z');
    expect(statusOf(el)).to.equal('Open now · Christmas Eve · closes 13:00 (in 2 h)');
    expect(specialOf(el)).to.equal(`Special hours: Christmas Eve (${day(24)}): 9:00–13:00 · Christmas Day (${day(25)}): Closed · ${day(27)}: 10:00–16:00`);
    await expect(el).to.be.accessible();
  });

  it("lists the special hours of today and the next 30 days, in the line's dates", async () => {
    // Tuesday 24 November, 11:00 in New York: 24 December is 30 days away, 25 December 31.
    const el = await card('2026-11-24T16:00:00Z');
    expect(specialOf(el)).to.equal(`Special hours: Christmas Eve (${day(24)}): 9:00–13:00`);
    expect(statusOf(el)).to.equal('Open now · closes 18:00 (in 7 h)');
    // Nothing in reach: no line at all.
    const none = await card('2026-11-20T16:00:00Z');
    expect(root(none).querySelector('[part=special]')).to.equal(null);
  });

  it('is closed all day on a special day off, and opens at the next hours', async () => {
    // Friday 25 December, noon: a weekday, closed; Saturday keeps its weekly hours.
    const el = await card('2026-12-25T17:00:00Z');
    expect(statusOf(el)).to.equal('Closed · Christmas Day · opens tomorrow 10:00 (in 22 h)');
    expect(root(el).querySelector('[part=status]')!.getAttribute('data-state')).to.equal('closed');
    await expect(el).to.be.accessible();
  });

  it('opens on a day the week leaves closed', async () => {
    // Saturday 26 December 15:00, after the Saturday hours: Sunday 27 opens at 10:00 for once.
    const el = await card('2026-12-26T20:00:00Z');
    expect(statusOf(el)).to.equal('Closed · opens tomorrow 10:00 (in 19 h)');
    const sunday = await card('2026-12-27T16:00:00Z');
    expect(statusOf(sunday)).to.equal('Open now · closes 16:00 (in 5 h)');
  });

  it('covers a range of dates, both ends included', async () => {
    const range = ['2026-12-28/2026-12-30 10:00-15:00'];
    expect(statusOf(await card('2026-12-28T19:30:00Z', range))).to.equal('Closing soon · closes 15:00 (in 30 min)');
    expect(statusOf(await card('2026-12-30T14:30:00Z', range))).to.equal('Opening soon · opens today 10:00 (in 30 min)');
    // The day after the range has its weekly hours again.
    expect(statusOf(await card('2026-12-30T21:00:00Z', range))).to.equal('Closed · opens tomorrow 9:00 (in 17 h)');
  });

  it('takes the special hours as local dates of the line, across a daylight-saving change', async () => {
    // Sunday 25 October 2026, Berlin falls back at 03:00: 08:30 CET is 07:30 UTC, 09:00 CET is 08:00 UTC.
    const el = await card('2026-10-25T07:30:00Z', ['2026-10-25 09:00-13:00'], { timezone: 'Europe/Berlin' });
    expect(statusOf(el)).to.equal('Opening soon · opens today 9:00 (in 30 min)');
    // 00:30 on Sunday in Berlin (still Saturday in UTC): the line's date decides, and the night is an hour longer.
    const night = await card('2026-10-24T22:30:00Z', ['2026-10-25 10:00-12:00'], { timezone: 'Europe/Berlin' });
    expect(statusOf(night)).to.equal('Closed · opens today 10:00 (in 10 h 30 min)');
  });

  it('runs a special range past midnight unless the next day has special hours of its own', async () => {
    // New Year's Eve until 02:00; 1 January is a Friday with weekly hours 09:00-18:00.
    const eve = ['2026-12-31 20:00-02:00'];
    expect(statusOf(await card('2027-01-01T06:00:00Z', eve))).to.equal('Open now · closes 2:00 (in 1 h)');
    const off = ['2026-12-31 20:00-02:00', '2027-01-01 off'];
    expect(statusOf(await card('2027-01-01T06:00:00Z', off))).to.equal('Closed · opens tomorrow 10:00');
  });

  it('moves the next-change timer to the special closing time', async () => {
    const time = fakeTime('2026-12-24T17:50:00Z'); // 12:50 on Christmas Eve in New York
    try {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="en-GB" number="+18005550100" hours=${WEEK} timezone=${NY} special-hours="2026-12-24 09:00-13:00; 2026-12-25 off" .viewerTimeZone=${NY}></support-hotline>`,
      );
      expect(statusOf(el)).to.equal('Closing soon · closes 13:00 (in 10 min)');
      // Every minute while the countdown shows: the next one is 60 s away, and it ends at 13:00, not 18:00.
      expect([...time.pending.values()].map((t) => t.delay)).to.deep.equal([60_000]);
      time.clock.t += 600_000;
      const [[id, due]] = [...time.pending];
      time.pending.delete(id);
      due.fn();
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens Saturday 10:00');
    } finally {
      time.restore();
    }
  });

  it('reports overlapping entries and bad values by their path, and keeps the rest', async () => {
    const errors = capture();
    try {
      const el = await card('2026-12-24T16:00:00Z', [
        '2026-12-24 09:00-13:00',
        '2026-12-23/2026-12-24 off',
        '2026-02-30 off',
        '2026-12-26 9-13',
        { validFrom: '2026-12-31', closes: '25:00' },
        '2026-12-29/2026-12-28 off',
        { validFrom: '2026-12-27', opens: '10:00', closes: '12:00', colour: 'red' } as never,
      ]);
      expect(errors.calls).to.deep.equal([
        '<support-hotline> lines[0].specialHours[1]: dates overlap an earlier entry (2026-12-24); ignored.',
        '<support-hotline> lines[0].specialHours[2]: expected special hours like "2026-12-24 09:00-13:00" or "2026-12-25 off", got string "2026-02-30 off".',
        '<support-hotline> lines[0].specialHours[3]: expected special hours like "2026-12-24 09:00-13:00" or "2026-12-25 off", got string "2026-12-26 9-13".',
        // An object's problem is named at its key (a form shows it beside that input).
        '<support-hotline> lines[0].specialHours[4].opens: expected a time like 09:00 (opens and closes go together), got nothing.',
        '<support-hotline> lines[0].specialHours[5]: expected special hours like "2026-12-24 09:00-13:00" or "2026-12-25 off", got string "2026-12-29/2026-12-28 off".',
        '<support-hotline> lines[0].specialHours[6].colour: unknown key, ignored (known keys: validFrom, validThrough, opens, closes, name).',
      ]);
      // The first entry holds; the number and the rest of the card render.
      expect(statusOf(el)).to.equal('Open now · closes 13:00 (in 2 h)');
      expect(specialOf(el)).to.equal(`Special hours: ${day(24)}: 9:00–13:00 · ${day(27)}: 10:00–12:00`);
      expect(root(el).querySelector('[part=number]')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('names the attribute in errors of the single-line form, and special hours without weekly hours', async () => {
    const errors = capture();
    try {
      await fixture(html`<support-hotline number="+18005550100" timezone=${NY} special-hours="2026-12-25 closed"></support-hotline>`);
      await fixture(html`<support-hotline number="+18005550100" special-hours="2026-12-25 off"></support-hotline>`);
      expect(errors.calls).to.deep.equal([
        '<support-hotline> special-hours[0]: expected special hours like "2026-12-24 09:00-13:00" or "2026-12-25 off", got string "2026-12-25 closed".',
        '<support-hotline> special-hours: ignored: special hours need valid hours and timezone.',
      ]);
    } finally {
      errors.restore();
    }
  });

  it('removes bidirectional controls from the name', async () => {
    const el = await card('2026-12-24T16:00:00Z', [{ validFrom: '2026-12-24', opens: '09:00', closes: '13:00', name: '\u202eevE samtsirhC' }]);
    expect(statusOf(el)).to.equal('Open now · evE samtsirhC · closes 13:00 (in 2 h)');
    expect(root(el).querySelector('[part=status]')!.textContent).not.to.match(/[\u202a-\u202e]/);
  });

  it('reads in Chinese and in Arabic, right to left', async () => {
    const zh = await card('2026-12-24T16:00:00Z', XMAS, {}, 'zh-CN');
    expect(specialOf(zh)).to.match(/^特殊服务时间：Christmas Eve（12月24日周四）：9:00–13:00 · Christmas Day（12月25日周五）：非服务时间/);
    const el = await fixture<SupportHotline>(html`<div dir="rtl" lang="ar">
      <support-hotline
        .lines=${[{ number: '+18005550100', hours: WEEK, timezone: NY, specialHours: [{ validFrom: '2026-12-25', name: 'عيد الميلاد' }] }]}
        .viewerTimeZone=${NY}
        .now=${new Date('2026-12-24T16:00:00Z')}
      ></support-hotline>
    </div>`).then((d) => d.querySelector('support-hotline')!);
    await el.updateComplete;
    expect(specialOf(el)).to.match(/^مواعيد خاصة: عيد الميلاد \(.+\): مغلق$/);
    expect(root(el).querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('adds the special hours to the structured data', async () => {
    const el = await fixture<SupportHotline>(
      html`<support-hotline structured-data number="+18005550100" hours="Mo-Fr 09:00-18:00" timezone=${NY} special-hours="2026-12-24 09:00-13:00; 2026-12-25 off" .now=${new Date('2026-12-20T12:00:00Z')}></support-hotline>`,
    );
    await el.updateComplete;
    const ld = JSON.parse([...document.head.querySelectorAll('script[type="application/ld+json"]')].at(-1)!.textContent!);
    expect(ld['@graph'][0].hoursAvailable.slice(1)).to.deep.equal([
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-24', validThrough: '2026-12-24', opens: '09:00', closes: '13:00' },
      { '@type': 'OpeningHoursSpecification', validFrom: '2026-12-25', validThrough: '2026-12-25', opens: '00:00', closes: '00:00' },
    ]);
    el.remove();
  });
});
