/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/**
 * The time in ms for an element with an injectable `now` (previews and tests): `now` when it is a valid
 * Date, else the real clock. An invalid Date never leaks NaN into deadlines, opening hours or saved times.
 */
export function clock(now: Date | undefined): number {
  return +(now ?? NaN) || Date.now();
}
