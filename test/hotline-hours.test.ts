import { expect } from '@open-wc/testing';
import { parseHours, status } from '../src/components/hotline/hours.js';
import { toInstant, validZone, wall } from '../src/internal/time.js';

describe('<support-hotline> opening hours', () => {
  it('parses day lists, wrapping day ranges and several ranges a day', () => {
    expect(parseHours('Mo-Fr 09:00-18:00; Sa 10:00-14:00')).to.deep.equal([
      { days: [0, 1, 2, 3, 4], opens: 540, closes: 1080 },
      { days: [5], opens: 600, closes: 840 },
    ]);
    expect(parseHours('Mo,We,Fr 08:00-12:00,13:00-17:00')).to.deep.equal([
      { days: [0, 2, 4], opens: 480, closes: 720 },
      { days: [0, 2, 4], opens: 780, closes: 1020 },
    ]);
    expect(parseHours('Sa-Mo 10:00-12:00')![0].days).to.deep.equal([5, 6, 0]);
    expect(parseHours('  Mo - Fr  9:00 - 17:30 ; ')).to.deep.equal([{ days: [0, 1, 2, 3, 4], opens: 540, closes: 1050 }]);
    expect(parseHours('10:00-12:00')![0].days).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    expect(parseHours('24/7')).to.deep.equal([{ days: [0, 1, 2, 3, 4, 5, 6], opens: 0, closes: 1440 }]);
  });

  it('refuses what it does not understand', () => {
    for (const bad of [
      '',
      ';',
      'Mo-Fr',
      'Mo-Fr 9-17',
      'Mo-Fr 09:00-24:01',
      'Mo 24:00-02:00',
      'Mo 09:60-10:00',
      'Mo-We-Fr 09:00-10:00',
      'Monday 09:00-10:00',
      '24/7 please',
    ]) {
      expect(parseHours(bad), bad).to.equal(undefined);
    }
  });

  it('reads wall clocks and turns them back into instants across DST changes', () => {
    const cases: [string, string, string][] = [
      ['America/New_York', '2026-03-08T08:00', '2026-03-08T12:00:00.000Z'],
      ['America/New_York', '2026-03-08T01:00', '2026-03-08T06:00:00.000Z'],
      ['America/New_York', '2026-11-01T08:00', '2026-11-01T13:00:00.000Z'],
      ['Europe/Berlin', '2026-03-29T08:00', '2026-03-29T06:00:00.000Z'],
      ['Europe/Berlin', '2026-10-25T08:00', '2026-10-25T07:00:00.000Z'],
      ['Asia/Kolkata', '2026-06-01T09:00', '2026-06-01T03:30:00.000Z'],
    ];
    for (const [zone, local, instant] of cases) {
      const t = toInstant(zone, Date.parse(`${local}Z`));
      expect(new Date(t).toISOString(), `${zone} ${local}`).to.equal(instant);
      expect(new Date(wall(zone, t)).toISOString().slice(0, 16), `${zone} ${local}`).to.equal(local);
    }
    // 02:30 does not exist on spring-forward day: an instant one hour off, never an error.
    expect(Number.isFinite(toInstant('America/New_York', Date.parse('2026-03-08T02:30Z')))).to.equal(true);
  });

  it('knows IANA zones', () => {
    expect(validZone('Asia/Shanghai')).to.equal(true);
    expect(validZone('Mars/Base')).to.equal(false);
    expect(validZone('')).to.equal(false);
  });

  it('finds no opening when every day in reach is closed', () => {
    const closed = Array.from({ length: 15 }, (_, i) => new Date(Date.UTC(2026, 11, 20 + i)).toISOString().slice(0, 10));
    expect(status(parseHours('24/7')!, 'UTC', closed, Date.parse('2026-12-20T12:00Z'))).to.deep.equal({ open: false });
  });
});
