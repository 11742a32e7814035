import { shown } from './bidi.js';
import { hideUserinfo } from './safe-url.js';

/** Keys that must never be copied from merchant JSON onto objects. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Parses JSON, dropping prototype keys at every depth. Throws the parser's error on bad syntax. */
export function parseJson(text: string): unknown {
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN.has(key) ? undefined : value));
}

/**
 * JSON.stringify that ignores `toJSON` methods a host page added to Array.prototype or Object.prototype (old
 * Prototype.js makes arrays stringify as strings): arrays and plain objects are written as themselves.
 */
export function stringify(value: unknown, space?: number): string {
  return JSON.stringify(
    value,
    function (this: Record<string, unknown>, key: string, v: unknown) {
      const raw = this[key];
      const proto = raw && typeof raw === 'object' ? Object.getPrototypeOf(raw) : undefined;
      return Array.isArray(raw) || proto === Object.prototype || proto === null ? raw : v;
    },
    space,
  );
}

/**
 * `record[key]` when the record holds it itself, else undefined: a host page's polluted `Object.prototype`
 * (`endpoint`, `display`, `items`, …) never supplies a value.
 */
export function own(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null && Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a value for error messages: `number 42`, `an array`, `string "ab…"`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    // A URL's password is never printed (an endpoint given as `https://user:password@host/…`).
    const text = hideUserinfo(value) as string;
    const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    return text ? `string ${JSON.stringify(shown)}` : 'an empty string';
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/** Reports one bad field: its path (`items[3].question`) and what is wrong with it. */
export type Reporter = (path: string, problem: string) => void;

/**
 * The first `limit` entries of a list, cut BEFORE any per-entry work (validation, copying, sorting): beyond the
 * limit one report names the list, and 100,000 entries cost no more than `limit` (docs/security.md, the limits).
 */
export function cut<T>(list: readonly T[], limit: number, path: string, what: string, report: Reporter): T[] {
  if (list.length > limit) report(path, `${list.length} ${what}, more than the limit of ${limit}: only the first ${limit} are used`);
  return list.slice(0, limit);
}

/**
 * A typed text cut to `max` UTF-16 code units, as a field's `maxlength` cuts a paste, without splitting a
 * surrogate pair (an emoji or a rare Chinese character is kept whole or left out).
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const c = text.charCodeAt(max - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

/** What a thrown value says, however strange (`throw { toString() { throw … } }`), cut to 80 characters. */
export function errorText(error: unknown): string {
  try {
    const text = String(error instanceof Error ? error.message : error);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  } catch {
    return 'an error that cannot be shown';
  }
}

/**
 * `read()`, or `fallback` when reading the merchant's input throws: a getter that throws, a revoked Proxy, a
 * Proxy whose traps throw (a disposed state store). One report names `path`; nothing throws into the host page
 * (an exception in an update would reach it as an unhandled rejection, and the element would stop updating).
 */
export function readOr<T>(read: () => T, fallback: T, path: string, report: Reporter, what = 'ignored'): T {
  try {
    return read();
  } catch (error) {
    report(path, `could not be read (${errorText(error)}); ${what}`);
    return fallback;
  }
}

/** `expected a string, got number 42`. */
export function expected(what: string, got: unknown): string {
  return `expected ${what}, got ${describeValue(got)}`;
}

/** Reports every key of `record` that is not in `known`, as `path.key`. */
export function reportUnknownKeys(record: Record<string, unknown>, known: readonly string[], path: string, report: Reporter): void {
  for (const key of Object.keys(record)) {
    if (!known.includes(key)) report(path ? `${path}.${key}` : key, `unknown key, ignored (known keys: ${known.join(', ')})`);
  }
}

/** HTML in merchant text (a tag, end tag, comment or declaration): shown as text, and reported. */
const MARKUP = /<[a-z/!?]/i;

/** The invisible characters of `text` by code point (`U+200B, U+2800`), which a console would show as nothing. */
const unseenNames = (text: string): string =>
  [...new Set(text.trim())]
    .slice(0, 4)
    .map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');

/** What is wrong with merchant text that shows nothing: no string, an empty one, or only invisible characters. */
export const noText = (value: unknown): string =>
  typeof value === 'string' && value.trim() ? `expected text a reader can see, got only ${unseenNames(value)}` : expected('a non-empty string', value);

/**
 * Merchant text that must not be empty, without bidi controls and trimmed; markup in it is reported (it is still
 * shown, as text: no HTML is ever parsed). Undefined, reported, when it is no non-empty string.
 */
export function merchantText(value: unknown, path: string, report: Reporter): string | undefined {
  const clean = typeof value === 'string' ? shown(value) : '';
  if (!clean) return void report(path, noText(value));
  if (MARKUP.test(clean)) report(path, 'markup is not allowed; it is shown as plain text');
  return clean;
}

/** The string at `record[key]`, trimmed; reports and returns undefined for a non-string. */
export function optionalString(record: Record<string, unknown>, key: string, path: string, report: Reporter): string | undefined {
  const value = own(record, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    report(path ? `${path}.${key}` : key, expected('a string', value));
    return undefined;
  }
  return value.trim() || undefined;
}

/**
 * The `aria-level` of a heading `below` levels under an element's `heading-level`: a bad value (reported where it
 * is set, see base.ts) counts as the nearest of 1 to 6, or as `fallback` when it is no number; never above 6,
 * the deepest heading level HTML has and assistive technologies announce.
 */
export function headingLevel(value: unknown, fallback: number, below = 0): number {
  return Math.min(6, Math.max(1, Math.round(value as number) || fallback) + below);
}

/** Turns a text into a stable, URL-safe id: `My payment failed?` → `my-payment-failed`. Keeps CJK letters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}
