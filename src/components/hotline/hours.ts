// Opening hours in the schema.org `openingHours` form, on the wall-clock arithmetic of internal/time.ts. Pure:
// no DOM, no clock of its own.

import { DAY_MS, toInstant, wall } from '../../internal/time.js';

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
  /** The name of today's special hours ("Christmas Eve"), if any. */
  name?: string;
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

/** Minutes since midnight of `09:00` (00:00 to 24:00), else undefined: the times parseHours reads. */
export const minutesOf = (t: string): number | undefined => {
  const m = /^(\d\d?):(\d\d)$/.exec(t);
  const n = m ? +m[1] * 60 + +m[2] : NaN;
  return m && +m[2] < 60 && n <= DAY_MINUTES ? n : undefined;
};

/**
 * Why parseHours refuses `text`, for the merchant's message: the first part it cannot read and what is wrong
 * with it (a day name, a time, a range that opens and closes at once). Run only after a refusal.
 */
export function hoursProblem(text: string): string {
  for (const raw of text.split(';')) {
    const part = raw.trim().replace(/\s+/g, ' ');
    if (!part || parseHours(part)) continue;
    if (!/\d/.test(part)) break;
    const [, days, ranges] = /^(?:([^\d\s]\S*) )?(.*)$/.exec(part)!;
    const day = days?.split(/[,-]/).find((d) => !DAYS.includes(d));
    if (day !== undefined) return `"${day}" is no day: days are Mo, Tu, We, Th, Fr, Sa, Su`;
    for (const range of ranges.replace(/ ?([,-]) ?/g, '$1').split(',')) {
      const [a, b, extra] = range.split('-');
      if (!a || !b || extra !== undefined) return `"${range}" is not two times like 09:00-17:00`;
      const [opens, closes] = [a, b].map(minutesOf);
      if (opens === undefined || closes === undefined) return `"${opens === undefined ? a : b}" is no time from 00:00 to 24:00`;
      if (opens === closes) return `${range} opens and closes at the same time (past midnight: 22:00-02:00)`;
      if (opens === DAY_MINUTES) return `${range} opens at 24:00, the end of the day`;
    }
    return `"${part}" is not days then times, like "Mo-Fr 09:00-18:00"`;
  }
  return 'write days then times, like "Mo-Fr 09:00-18:00"';
}

/**
 * Special hours for a date or a run of dates, overriding the weekly hours in the line's time zone: a holiday
 * (`ranges` empty) or an exceptional opening. Modelled on schema.org `specialOpeningHoursSpecification`, an
 * `OpeningHoursSpecification` with `validFrom` and `validThrough` (https://schema.org/specialOpeningHoursSpecification,
 * https://schema.org/OpeningHoursSpecification): dates are the line's local dates, both days included.
 */
export interface Special {
  from: string;
  through: string;
  /** Minutes since midnight, [opens, closes]; a close at or before the open runs past midnight. */
  ranges: number[][];
  name?: string;
}

/** A real calendar date `YYYY-MM-DD` (not `2026-02-30`). */
export const isDate = (x: string): boolean => /^\d{4}-\d\d-\d\d$/.test(x) && !isNaN(Date.parse(x)) && new Date(x).toISOString().startsWith(x);

/**
 * The ranges of `09:00-13:00` or `09:00-12:00,13:00-17:00` (no days), `off` as none; undefined when not
 * understood.
 */
export function parseRanges(text: string): number[][] | undefined {
  if (/^\s*off\s*$/i.test(text)) return [];
  const rules = /[A-Za-z/;]/.test(text) ? undefined : parseHours(text);
  return rules?.map((r) => [r.opens, r.closes]);
}

/**
 * Open or closed at `now` in `zone`, and the next change, looking `days` ahead. `closed` holds local dates
 * (`2026-12-25`) on which the line is closed all day, whatever the week says.
 */
export function status(rules: Rule[], zone: string, closed: string[], now: number, days = 15, special: Special[] = []): Status {
  const local = wall(zone, now);
  const today = local - (local % DAY_MS);
  const min = (local - today) / 6e4;
  const iso = (k: number): string => new Date(today + k * DAY_MS).toISOString().slice(0, 10);
  const find = (k: number): Special | undefined => special.find((x) => x.from <= iso(k) && iso(k) <= x.through);
  // The ranges that start on day k: its special hours, else the week's.
  const starts = (k: number): number[][] =>
    find(k)?.ranges ?? rules.filter((r) => r.days.includes((new Date(today + k * DAY_MS).getUTCDay() + 6) % 7)).map((r) => [r.opens, r.closes]);
  // Open ranges in minutes from today's local midnight, merged where one runs into the next.
  const list: number[][] = [];
  for (let k = 0; k < days; k++) {
    if (closed.includes(iso(k))) continue;
    // A range past midnight runs into the next day, unless that day is closed or has special hours of its own.
    const ranges = [
      ...starts(k).map(([s, e]) => [s, e > s ? e : DAY_MINUTES]),
      ...(find(k) ? [] : starts(k - 1).flatMap(([s, e]) => (e < s && e ? [[0, e]] : []))),
    ].sort((x, y) => x[0] - y[0]);
    for (const [s, e] of ranges) {
      const last = list[list.length - 1];
      if (last && s + k * DAY_MINUTES <= last[1]) last[1] = Math.max(last[1], e + k * DAY_MINUTES);
      else list.push([s + k * DAY_MINUTES, e + k * DAY_MINUTES]);
    }
  }
  const cur = list.find(([s, e]) => s <= min && min < e);
  const next = cur ? cur[1] : list.find(([s]) => s > min)?.[0];
  const inDays = Math.floor(next! / DAY_MINUTES);
  const r: Status =
    next === undefined
      ? { open: false }
      : next >= days * DAY_MINUTES
        ? { open: true, always: true }
        : { open: !!cur, at: toInstant(zone, today + next * 6e4), day: today + inDays * DAY_MS, inDays };
  const name = find(0)?.name;
  if (name) r.name = name;
  return r;
}

/** A callback slot's length: half an hour, on the line's :00 and :30. */
const SLOT = 18e5;

/**
 * The callback times offered for a line: instants of half-hour slots on the line's own clock (:00 and :30) that
 * start at least 30 minutes after `now` and end by a closing, in the open periods of the next 7 days (special
 * hours and closures included, as `status` sees them); at most `max`.
 */
export function openSlots(rules: Rule[], zone: string, closed: string[], special: Special[], now: number, max = 48): number[] {
  const out: number[] = [];
  for (let t = now, k = 0; out.length < max && t < now + 7 * DAY_MS && k < 30; k++) {
    const s = status(rules, zone, closed, t, 8, special);
    // Open all week: the next two days stand for it.
    const end = s.always ? now + 2 * DAY_MS : s.at;
    if (!end) break;
    if (s.open)
      for (let w = Math.ceil(wall(zone, t) / SLOT) * SLOT, i; (i = toInstant(zone, w)) + SLOT <= end && out.length < max; w += SLOT)
        if (i >= now + SLOT && !out.includes(i)) out.push(i);
    t = end;
  }
  return out;
}
