import { expected, isRecord, merchantText, own, readOr, reportUnknownKeys, type Reporter } from '../../internal/config.js';
import type { DisputeStrings } from './dispute-checklist.en.js';

/** One piece of evidence. Built-in items have no `label`/`reason`: theirs come from the string tables. */
export interface DisputeItem {
  /** Stable id, unique within its type; saved progress is keyed by it. */
  id: string;
  /** What to gather, as plain text. */
  label?: string;
  /** Why it matters, one line of plain text. */
  reason?: string;
  /** Needed for the checklist to be ready (default false: recommended). */
  required?: boolean;
  /** Built-in items only: shown only when the user paid for goods or for a service. */
  only?: Purchase;
}

/** What the user paid for: the evidence of some types differs. */
export type Purchase = 'goods' | 'service';

/** A kind of dispute and its evidence. */
export interface DisputeType {
  /** A built-in id (`not-received`, …) replaces or extends that type; any other id adds a type. */
  id: string;
  /** Name shown to the user; optional when replacing or extending a built-in type. */
  label?: string;
  /** One line under the type's name. */
  description?: string;
  /** With a built-in id: add `items` to the built-in ones instead of replacing them. */
  extend?: boolean;
  items: DisputeItem[];
}

// Built-in types: their required items, then their recommended ones, in the order shown. Labels and reasons are
// in the string tables. Sources of the evidence rules:
// - unrecognized: look the descriptor up first (Visa's and Mastercard's merchant descriptor guidance; 12 CFR
//   1026.13(a)(6) lets a US credit cardholder ask the issuer for documentation of a charge).
// - duplicate, Visa 12.6.1: certification of the date and reference of the valid transaction; no merchant contact.
// - paid-by-other-means, Visa 12.6.2: proof the merchant was paid another way, and the attempt to resolve it.
// - not-as-described, Visa 13.3: for merchandise, the return or attempted return and the merchant's refusal.
// - refund-not-received, Visa 13.6/13.7: the credit receipt; for returned goods the return date, carrier and tracking.
type Evidence = readonly [id: string, required: readonly string[], recommended?: readonly string[]];
// A list, not an object keyed by id: each id keeps its literal type as it is read (Object.entries would give `string`).
const BUILT_IN = [
  ['unauthorized', ['statement', 'report', 'card'], ['contact']],
  ['unrecognized', ['statement', 'descriptor', 'household', 'contact']],
  ['not-received', ['statement', 'receipt', 'terms', 'contact'], ['tracking']],
  ['not-as-described', ['statement', 'receipt', 'terms', 'contact', 'return', 'service'], ['photos']],
  ['duplicate', ['statement', 'both'], ['receipt', 'contact']],
  ['paid-by-other-means', ['statement', 'other', 'contact'], ['receipt']],
  ['subscription-cancelled', ['statement', 'cancel', 'contact'], ['terms']],
  ['refund-not-received', ['statement', 'refund', 'contact', 'return']],
  ['incorrect-amount', ['statement', 'price', 'receipt', 'contact']],
  ['other', ['statement', 'story', 'contact'], ['receipt']],
] as const satisfies readonly Evidence[];
/** A built-in type's id and a built-in item's id, as the compiler knows them from `BUILT_IN`. */
export type BuiltInTypeId = (typeof BUILT_IN)[number][0];
export type BuiltInItemId = Extract<(typeof BUILT_IN)[number][number], readonly string[]>[number];
/** Only a key of the checklist's string table fits `K`: a string key built from an id is checked here, by tsc. */
export type TableKey<K extends keyof DisputeStrings> = K;
/**
 * The string keys of the built-in types (`t-`) and of their items (`i-` label, `r-` reason). A built-in id
 * without its strings, or a typo in one, fails the typecheck (test/string-keys.typecheck.ts checks this check).
 */
export type BuiltInKey = TableKey<`t-${BuiltInTypeId}` | `i-${BuiltInItemId}` | `r-${BuiltInItemId}`>;

/**
 * A type or item as the checklist shows it: the merchant's with its `label`, or a built-in one with none and its
 * id typed, so a string key built from that id (`t-${id}`, `i-${id}`) is checked by tsc where it is built. Every
 * one has `label` as its own property (undefined when built in): reading it never reaches a polluted
 * Object.prototype.
 */
export type Shown<T, Id> = (T & { label: string }) | (Omit<T, 'id' | 'label'> & { id: Id; label: undefined });
export type ShownItem = Shown<DisputeItem, BuiltInItemId>;
export type ShownType = Shown<Omit<DisputeType, 'items'> & { items: ShownItem[] }, BuiltInTypeId>;
/** Built-in items shown only for one kind of purchase: a return and photos of goods, the service's terms. */
const ONLY: Record<string, Purchase> = { return: 'goods', photos: 'goods', service: 'service' };

/** The built-in type ids, in their order. */
export const BUILT_IN_IDS: string[] = BUILT_IN.map(([id]) => id);

/** Merchant types at most, and evidence items at most per type: more is a data mistake, and would block the page. */
export const MAX_TYPES = 50;
export const MAX_ITEMS = 100;

/** A non-empty string field; markup is reported (it is still shown, as text). */
function text(record: Record<string, unknown>, key: string, path: string, report: Reporter, needed: boolean): string | undefined {
  const value = own(record, key);
  const at = `${path}.${key}`;
  if (value === undefined && !needed) return undefined;
  return merchantText(value, at, report);
}

/**
 * The types in use: the built-in ones (unless `builtIn` is false) replaced, extended or followed by the
 * merchant's `types`. Bad entries are reported and skipped; required items come first in each type.
 */
export function resolveTypes(raw: unknown, builtIn: boolean, report: Reporter): ShownType[] {
  const list: ShownType[] = builtIn
    ? BUILT_IN.map(([id, required, recommended = []]: readonly [BuiltInTypeId, readonly BuiltInItemId[], (readonly BuiltInItemId[])?]) => ({
        id,
        label: undefined,
        items: [...required, ...recommended].map((item) => ({
          id: item,
          label: undefined,
          required: required.includes(item),
          only: own(ONLY, item) as Purchase | undefined,
        })),
      }))
    : [];
  if (raw == null) return list;
  if (!Array.isArray(raw)) {
    report('types', expected('an array of dispute types', raw));
    return list;
  }
  const seen = new Set<string>();
  if (raw.length > MAX_TYPES) report('types', `${raw.length} types, more than the limit of ${MAX_TYPES}: only the first ${MAX_TYPES} are used`);
  // Each type read under readOr: one that throws when read (a getter that throws, a revoked Proxy) is left out.
  raw.slice(0, MAX_TYPES).forEach((given: unknown, n) => readOr(() => readType(given, n), undefined, `types[${n}]`, report, 'left out'));
  return list;

  function readType(given: unknown, n: number): void {
    const path = `types[${n}]`;
    // A hole in a sparse array is no type, whatever a polluted Array.prototype holds at that index.
    const entry = Object.hasOwn(raw as unknown[], n) ? given : undefined;
    if (!isRecord(entry)) return report(path, expected('an object', entry));
    reportUnknownKeys(entry, ['id', 'label', 'description', 'extend', 'items'], path, report);
    const id = text(entry, 'id', path, report, true);
    if (!id) return;
    if (seen.has(id)) return report(`${path}.id`, `duplicate type id "${id}", type ignored`);
    seen.add(id);
    const at = list.findIndex((t) => t.id === id);
    const base: ShownType | undefined = list[at];
    const extend = own(entry, 'extend');
    const entryItems = own(entry, 'items');
    if (extend !== undefined && typeof extend !== 'boolean') report(`${path}.extend`, expected('true or false', extend));
    // Optional when replacing a built-in type: its name is then the string table's, by the built-in's id and label.
    const label = text(entry, 'label', path, report, !base);
    const name = label ? { id, label } : base;
    if (!name) return;
    const items: ShownItem[] = extend === true && base ? [...base.items] : [];
    const before = items.length;
    if (!Array.isArray(entryItems)) return report(`${path}.items`, expected('an array of evidence items', entryItems));
    if (entryItems.length > MAX_ITEMS)
      report(`${path}.items`, `${entryItems.length} items, more than the limit of ${MAX_ITEMS}: only the first ${MAX_ITEMS} are used`);
    entryItems.slice(0, MAX_ITEMS).forEach((given: unknown, m) => {
      const ipath = `${path}.items[${m}]`;
      const item = Object.hasOwn(entryItems, m) ? given : undefined;
      if (!isRecord(item)) return report(ipath, expected('an object', item));
      reportUnknownKeys(item, ['id', 'label', 'reason', 'required'], ipath, report);
      const iid = text(item, 'id', ipath, report, true);
      const ilabel = text(item, 'label', ipath, report, true);
      const reason = text(item, 'reason', ipath, report, false);
      const required = own(item, 'required');
      if (required !== undefined && typeof required !== 'boolean') report(`${ipath}.required`, expected('true or false', required));
      if (!iid || !ilabel) return;
      if (items.some((i) => i.id === iid)) return report(`${ipath}.id`, `duplicate item id "${iid}", item ignored`);
      items.push({ id: iid, label: ilabel, reason, required: required === true });
    });
    if (items.length === before) return report(`${path}.items`, 'no valid evidence items, type ignored');
    if (!items.some((i) => i.required)) {
      report(`${path}.items`, 'no item is required, so all of them count as required');
      items.forEach((i) => (i.required = true));
    }
    // Stable: required first, each group in the given order.
    items.sort((a, b) => Number(!!b.required) - Number(!!a.required));
    const type = { ...name, description: text(entry, 'description', path, report, false), items };
    if (base) list[at] = type;
    else list.push(type);
  }
}
