// Opening hours in the schema.org `openingHours` form, and wall-clock arithmetic in IANA time zones on top
// of Intl. Pure: no DOM, no clock of its own.

import { DAY_MS } from '../../internal/time.js';
import { dict } from '../../internal/dict.js';

const DAYS = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const DAY_MINUTES = 1440;

/** One rule: weekdays (0 = Monday) and minutes since midnight; a close at or before the open runs past midnight. */
export interface Rule {
  days: number[];
  opens: number;
  closes: number;
}

/** Where a line stands at an instant: `at` is the instant of the next change, `day` the UTC midnight of its local date. */
export interface Status {
  open: boolean;
  always?: boolean;
  at?: number;
  day?: number;
  /** Days from today's local date to `day`. */
  inDays?: number;
}

/**
 * Parses `Mo-Fr 09:00-18:00; Sa 10:00-14:00`, `Mo,We,Fr 08:00-12:00,13:00-17:00`, `24/7` or
 * `Fr 22:00-02:00` (past midnight, into Saturday). Rules without days apply every day. Undefined when
 * anything is not understood: a wrong "Closed" is worse than "Hours unavailable".
 */
export function parseHours(text: string): Rule[] | undefined {
  const rules: Rule[] = [];
  for (const part of text.split(';')) {
    // Linear in any engine: collapse white space first, then drop the single spaces around separators.
    const p = part
      .trim()
      .replace(/\s+/g, ' ')
      .replace(/ ?([,-]) ?/g, '$1');
    if (!p) continue;
    if (p === '24/7') {
      rules.push({ days: [0, 1, 2, 3, 4, 5, 6], opens: 0, closes: DAY_MINUTES });
      continue;
    }
    const m = /^(?:(\S+) )?(\d\d?:\d\d-\d\d?:\d\d(?:,\d\d?:\d\d-\d\d?:\d\d)*)$/.exec(p);
    if (!m) return undefined;
    const days: number[] = [];
    for (const group of (m[1] ?? 'Mo-Su').split(',')) {
      const [a, b = a, extra] = group.split('-').map((x) => DAYS.indexOf(x));
      if (a < 0 || b < 0 || extra !== undefined) return undefined;
      // `Sa-Mo` wraps round the week.
      for (let i = a; ; i = (i + 1) % 7) {
        days.push(i);
        if (i === b) break;
      }
    }
    for (const range of m[2].split(',')) {
      const [opens, closes] = range.split('-').map((t) => {
        const [h, min] = t.split(':').map(Number);
        return min > 59 || h * 60 + min > DAY_MINUTES ? NaN : h * 60 + min;
      });
      if (!(opens < DAY_MINUTES) || !(closes >= 0) || opens === closes) return undefined;
      rules.push({ days, opens, closes });
    }
  }
  return rules.length ? rules : undefined;
}

/** The ranges of each weekday (0 = Monday), sorted, with ranges past midnight split into the next day. */
function week(rules: Rule[]): number[][][] {
  const w: number[][][] = DAYS.map(() => []);
  for (const { days, opens, closes } of rules) {
    for (const i of days) {
      w[i].push([opens, closes > opens ? closes : DAY_MINUTES]);
      if (closes < opens && closes) w[(i + 1) % 7].push([0, closes]);
    }
  }
  for (const ranges of w) ranges.sort((x, y) => x[0] - y[0]);
  return w;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The zone's wall clock at instant `t`, as a UTC timestamp (so UTC arithmetic gives local dates). Throws for an unknown zone. */
export function wall(zone: string, t: number): number {
  let f = formats.get(zone);
  if (!f) {
    const n = 'numeric';
    f = new Intl.DateTimeFormat(
      'en-US',
      dict<Intl.DateTimeFormatOptions>({ timeZone: zone, hourCycle: 'h23', year: n, month: n, day: n, hour: n, minute: n, second: n }),
    );
    formats.set(zone, f);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(t)) p[type] = +value;
  // `% 24`: some engines print midnight as 24 even with h23.
  return Date.UTC(p.year, p.month - 1, p.day, p.hour % 24, p.minute, p.second);
}

/** Whether `zone` is an IANA time zone the browser knows. */
export function validZone(zone: string): boolean {
  try {
    wall(zone, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant at which the zone's wall clock shows `local` (a UTC timestamp of the wall time). Guesses with
 * the offset at `local`, then corrects with the offset at the guess, which settles across a DST change.
 * A time skipped by spring-forward maps to an instant an hour off; a repeated time to one of its two instants.
 */
export function toInstant(zone: string, local: number): number {
  const t = local - (wall(zone, local) - local);
  return local - (wall(zone, t) - t);
}

/**
 * Open or closed at `now` in `zone`, and the next change, looking `days` ahead. `closed` holds local dates
 * (`2026-12-25`) on which the line is closed all day, whatever the week says.
 */
export function status(rules: Rule[], zone: string, closed: string[], now: number, days = 15): Status {
  const w = week(rules);
  const local = wall(zone, now);
  const today = local - (local % DAY_MS);
  const min = (local - today) / 6e4;
  // Open ranges in minutes from today's local midnight, merged where one runs into the next.
  const list: number[][] = [];
  for (let k = 0; k < days; k++) {
    const date = new Date(today + k * DAY_MS);
    if (closed.includes(date.toISOString().slice(0, 10))) continue;
    for (const [s, e] of w[(date.getUTCDay() + 6) % 7]) {
      const last = list[list.length - 1];
      if (last && s + k * DAY_MINUTES <= last[1]) last[1] = Math.max(last[1], e + k * DAY_MINUTES);
      else list.push([s + k * DAY_MINUTES, e + k * DAY_MINUTES]);
    }
  }
  const cur = list.find(([s, e]) => s <= min && min < e);
  const next = cur ? cur[1] : list.find(([s]) => s > min)?.[0];
  if (next === undefined) return { open: false };
  if (next >= days * DAY_MINUTES) return { open: true, always: true };
  const inDays = Math.floor(next / DAY_MINUTES);
  return { open: !!cur, at: toInstant(zone, today + next * 6e4), day: today + inDays * DAY_MS, inDays };
}
