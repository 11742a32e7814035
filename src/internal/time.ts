// Time and time zones, shared by the elements: wall-clock arithmetic in IANA time zones (https://www.iana.org/time-zones)
// on top of Intl, DST included. Pure: no DOM, no clock of its own.
import { dict } from './dict.js';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * The time in ms for an element with an injectable `now` (previews and tests): `now` when it is a valid
 * Date, else the real clock. An invalid Date never leaks NaN into deadlines, opening hours or saved times.
 */
export function clock(now: Date | undefined): number {
  return +(now ?? NaN) || Date.now();
}

/** The user's time zone, as the browser's settings give it. */
export const userZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;

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

/** The UTC offset of the wall time `local` (a UTC timestamp of it) in `zone`, as ISO 8601 writes it: `UTC+08:00`, `UTC-05:00`; '' for NaN. */
export function utcOffset(local: number, zone: string): string {
  if (isNaN(local)) return '';
  const m = Math.round((local - toInstant(zone, local)) / 6e4);
  const a = Math.abs(m);
  const p = (n: number) => String(n).padStart(2, '0');
  return `UTC${m < 0 ? '-' : '+'}${p(Math.floor(a / 60))}:${p(a % 60)}`;
}
