import { isRecord, own } from '../../internal/config.js';
import { DATE_FIELDS, REGIMES, parseDate, type DateField, type DisputeRegime } from './dispute-checklist.rules.js';
import type { Purchase } from './dispute-checklist.types.js';

/** What the user did with one evidence item. */
export interface ItemProgress {
  checked: boolean;
  note?: string;
}

/** Progress by type id, then item id. */
export type Progress = Record<string, Record<string, ItemProgress> | undefined>;

/** What the user did with one dispute, kept on the device. */
export interface DisputeDraft {
  /** The type the user chose. */
  chosen?: string;
  progress: Progress;
  /** The user's answer to "How did you pay?". */
  regime?: DisputeRegime;
  /** The user's answer to "Goods or a service?". */
  purchase?: Purchase;
  /** Dates the user entered, by field (`YYYY-MM-DD`). */
  dates: Partial<Record<DateField, string>>;
}

/**
 * The record on disk, as on users' devices since 2026-11 (short keys keep it small): `t` the chosen type,
 * `p` the progress with `c: 1` for checked and `n` the note, `k` the regime, `g` `'g'` goods or `'s'` a
 * service, `d` the dates (left out when none).
 */
interface DisputeRecord {
  t?: string;
  p: Record<string, Record<string, { c?: 1; n?: string }>>;
  k?: DisputeRegime;
  g?: 'g' | 's';
  d?: Partial<Record<DateField, string>>;
}

// fromEntries defines own properties: a saved `__proto__` key stays a key.
const map = <T>(v: unknown, f: (x: unknown) => T): Record<string, T> => Object.fromEntries(Object.entries(isRecord(v) ? v : {}).map(([k, x]) => [k, f(x)]));

/** The record stored for a draft. */
export function encodeDraft(draft: DisputeDraft): DisputeRecord {
  const { chosen, progress, regime, purchase, dates } = draft;
  return {
    t: chosen,
    p: map(progress, (items) => map(items, (s) => ({ c: (s as ItemProgress).checked ? (1 as const) : undefined, n: (s as ItemProgress).note }))),
    k: regime,
    g: purchase && (purchase === 'goods' ? 'g' : 's'),
    ...(Object.keys(dates).length ? { d: dates } : {}),
  };
}

/** The draft of a stored record: only what is valid survives, whatever another version, tab or page wrote. */
export function decodeDraft(data: unknown): DisputeDraft {
  // Own properties only: a page's polluted Object.prototype (`c`, `t`, `k`, …) adds nothing to a draft.
  const d = own(data, 'd');
  const g = own(data, 'g');
  const t = own(data, 't');
  return {
    chosen: typeof t === 'string' ? t : undefined,
    progress: map(own(data, 'p'), (items) =>
      map(items, (s) => {
        const n = own(s, 'n');
        return { checked: own(s, 'c') === 1, note: typeof n === 'string' ? n : undefined };
      }),
    ),
    regime: REGIMES.find((x) => x === own(data, 'k')),
    purchase: g === 'g' ? 'goods' : g === 's' ? 'service' : undefined,
    // Only real dates of known fields.
    dates: Object.fromEntries(
      DATE_FIELDS.map((f) => [f, own(d, f)] as const).filter(
        (e): e is readonly [DateField, string] => typeof e[1] === 'string' && parseDate(e[1]) === parseDate(e[1]),
      ),
    ),
  };
}
