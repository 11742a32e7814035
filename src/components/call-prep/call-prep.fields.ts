import { shown, stripBidi } from '../../internal/bidi.js';
import { cut, expected, isRecord, noText, own, readOr, reportUnknownKeys, type Reporter } from '../../internal/config.js';
import { callPrep as en } from './call-prep.en.js';

/** How a field is entered. `amount` is a number with a currency; `checks` a group of checkboxes. */
export type CallPrepFieldType = 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checks' | 'datetime' | 'date' | 'amount';

/** One field of the form. Built-in fields take their label and hint from the string table. */
export interface CallPrepField {
  /** Key in the data; letters, digits and dashes. */
  id: string;
  type: CallPrepFieldType;
  /** Label (custom fields); built-in fields use the `{id}L` string. */
  label?: string;
  /** Hint under the label (custom fields); built-in fields use the `{id}H` string. */
  hint?: string;
  required?: boolean;
  /** Topic ids that show the field; all topics when left out. */
  topics?: string[];
  /** Values of a `select` or `checks` field, or the currency codes of an `amount` field. */
  options?: string[];
  /** `autocomplete` token. */
  ac?: 'username' | 'off' | 'tel';
}

/** A topic of the call: a built-in id, or a custom id with its label. */
export interface CallPrepTopic {
  id: string;
  label?: string;
}

/** The ids of the built-in fields and notes: only their strings are found by a key built from an id. */
export type BuiltInFieldId =
  | 'topic'
  | 'account'
  | 'txn'
  | 'when'
  | 'card4'
  | 'decline'
  | 'amount'
  | 'status'
  | 'what'
  | 'checked'
  | 'tried'
  | 'lang'
  | 'phone'
  | 'device'
  | 'agent'
  | 'case'
  | 'solution'
  | 'follow';
/** The built-in topics: each has its label `topic_{id}` and its list to have ready (`READY`) in the string table. */
export const TOPICS = ['account', 'payment', 'security', 'dispute', 'methods', 'other'] as const;
export type BuiltInTopic = (typeof TOPICS)[number];
/** Whether `id` is a built-in topic's. */
export const builtInTopic = (id: string): id is BuiltInTopic => (TOPICS as readonly string[]).includes(id);
/** A string of the table listed under "Have ready". */
export type ReadyKey = Extract<keyof typeof en, `ready_${string}`>;
/** Each built-in topic's list under "Have ready", one string per item; a custom topic has `other`'s. */
export type ReadyTable = Record<BuiltInTopic, readonly ReadyKey[]>;
export const READY = {
  account: ['ready_account_id', 'ready_account_new'],
  payment: ['ready_payment_statement', 'ready_payment_error'],
  security: ['ready_security_device', 'ready_security_activity'],
  dispute: ['ready_dispute_evidence', 'ready_dispute_reply'],
  methods: ['ready_methods_method'],
  other: ['ready_other_records'],
} as const satisfies ReadyTable;
const TXN = ['payment', 'security', 'dispute', 'other'];
const TYPES = ['text', 'email', 'tel', 'textarea', 'select', 'checks', 'datetime', 'date', 'amount'];

/** A field as written in this file: the built-in ones `as const`, so that the compiler knows each option (OptionKey). */
type Written = Omit<CallPrepField, 'topics' | 'options'> & { readonly topics?: readonly string[]; readonly options?: readonly string[] };

/**
 * A field with every key its own (undefined when unset): a host page's polluted Object.prototype (`topics`,
 * `options`, `label`, …) never shows through a key a field leaves out. (Its lists are read, never changed: a
 * merchant's lists replace them whole.)
 */
const spec = (f: Written): CallPrepField =>
  ({
    label: undefined,
    hint: undefined,
    required: false,
    topics: undefined,
    options: undefined,
    ac: undefined,
    ...f,
  }) as CallPrepField;

/** The built-in fields, written `as const`: each option of a choice field is known to the compiler. */
const BUILT_IN = [
  { id: 'topic', type: 'select', required: true },
  { id: 'account', type: 'text', required: true, ac: 'username' },
  { id: 'txn', type: 'text', topics: TXN, ac: 'off' },
  { id: 'when', type: 'datetime', topics: TXN },
  { id: 'card4', type: 'text', topics: TXN, ac: 'off' },
  { id: 'decline', type: 'text', topics: TXN, ac: 'off' },
  { id: 'amount', type: 'amount', topics: ['payment', 'dispute', 'other'], options: ['USD', 'EUR', 'GBP', 'CNY', 'HKD', 'JPY', 'CAD', 'AUD', 'SGD'] },
  { id: 'status', type: 'select', options: ['active', 'limited', 'locked', 'unsure'] },
  { id: 'what', type: 'textarea', required: true },
  { id: 'checked', type: 'checks', topics: ['payment'], options: ['network', 'balance', 'expiry'] },
  { id: 'tried', type: 'textarea' },
  { id: 'lang', type: 'text' },
  { id: 'phone', type: 'tel', ac: 'tel' },
  { id: 'device', type: 'textarea' },
] as const satisfies readonly (Written & { id: BuiltInFieldId })[];
/** The default form, in the order an agent asks. */
export const FIELDS: CallPrepField[] = BUILT_IN.map(spec);

/** Only a key of call-prep's string table fits `K`: a string key built from an id is checked here, by tsc. */
export type TableKey<K extends keyof typeof en> = K;
/** `{id}_{option}` of each option a choice field lists (`status_locked`; an amount's currencies have no string). */
type Listed<F> = F extends { id: infer I extends string; type: 'select' | 'checks'; options: readonly (infer O extends string)[] } ? `${I}_${O}` : never;
/**
 * The string keys of the built-in options: each option a built-in choice field lists, and each built-in topic
 * (the topic select's options). An option without its string, or a typo in one, fails the typecheck.
 */
export type OptionKey = TableKey<Listed<(typeof BUILT_IN)[number]> | `topic_${BuiltInTopic}`>;
/** Compiles only when `T` is never. */
type None<T extends never> = T;
/** The table's keys of the shape `{built-in id}_…` that are no listed option's: there may be none (see isKey). */
export type Unlisted = None<Exclude<Extract<keyof typeof en, `${BuiltInFieldId}_${string}`>, OptionKey>>;
/**
 * The string keys built from a built-in field's id: its hint `{id}H`, if it has one, and a listed option's
 * `OptionKey` (its label `{id}L` is in the table for every built-in field, checked whole where it is looked up).
 */
export type FieldKey = TableKey<Extract<keyof typeof en, `${BuiltInFieldId}H`> | OptionKey>;
/** A key as built from a built-in field's id, before isKey: `{id}H`, or `{id}_{value}` with any value of the field. */
export type BuiltKey = `${BuiltInFieldId}H` | `${BuiltInFieldId}_${string}`;
/**
 * Whether a built key is a FieldKey: a hint (not every field has one), or an option its field lists. The table
 * answers for the lists exactly, as the compiler checks both ways: each listed option has its string (OptionKey),
 * and the table has no other key of that shape (Unlisted). A merchant's own option, or a currency, has none.
 */
export const isKey = (key: BuiltKey): key is FieldKey => Object.hasOwn(en, key);

/** The "after the call" notes. */
export const NOTES: CallPrepField[] = (
  [
    { id: 'agent', type: 'text', ac: 'off' },
    { id: 'case', type: 'text', ac: 'off' },
    { id: 'solution', type: 'textarea' },
    { id: 'follow', type: 'date' },
  ] satisfies (CallPrepField & { id: BuiltInFieldId })[]
).map(spec);

/** Whether `id` is a built-in field's or note's. */
export const builtInField = (id: string): id is BuiltInFieldId => FIELDS.some((f) => f.id === id) || NOTES.some((f) => f.id === id);

const ID = /^[a-z][a-z0-9-]*$/i;
const NATIVE = ['constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf'];
const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s);

/**
 * Limits of the lists a merchant gives (docs/security.md, "What is refused, and the limits"). A call form an
 * agent works through has a dozen fields and half a dozen topics (the built-in form: 11 and 6); 40 fields and
 * 30 topics leave room for any real form and keep the form, its checks and its summary quick. 300 options
 * hold the longest real select, a country list (ISO 3166-1 has 249 codes), and every ISO 4217 currency.
 */
export const MAX_FIELDS = 40;
export const MAX_TOPICS = 30;
export const MAX_OPTIONS = 300;

/** Checks merchant fields (ids of built-in fields, or objects) and returns the usable ones, in order. */
export function parseFields(input: unknown, report: Reporter): CallPrepField[] {
  if (input === undefined || input === null) return FIELDS;
  if (!Array.isArray(input)) {
    report('fields', expected('an array', input));
    return FIELDS;
  }
  const out: CallPrepField[] = [];
  const ids = new Set<string>();
  // Each field read under readOr: one that throws when read (a getter that throws, a revoked Proxy) is left out.
  cut(input as unknown[], MAX_FIELDS, 'fields', 'fields', report).forEach((item: unknown, i) =>
    readOr(() => readField(item, i), undefined, `fields[${i}]`, report, 'left out'),
  );
  return out;

  function readField(item: unknown, i: number): void {
    const path = `fields[${i}]`;
    // A null-prototype copy: only the merchant's own keys are read.
    const given: Record<string, unknown> = Object.assign(Object.create(null), isRecord(item) ? item : { id: item });
    if (isRecord(item)) reportUnknownKeys(item, ['id', 'type', 'label', 'hint', 'required', 'topics', 'options'], path, report);
    const id = given.id;
    const base = FIELDS.find((f) => f.id === id);
    // An id such as `toString` names an Object.prototype member: refused, as a key of the data it would mislead.
    // A fixed list, not `in Object.prototype`: a host page's pollution must not refuse the built-in fields.
    if (typeof id !== 'string' || !ID.test(id) || NATIVE.includes(id) || ids.has(id) || (!base && !isRecord(item)) || NOTES.some((f) => f.id === id)) {
      report(
        isRecord(item) ? `${path}.id` : path,
        expected(isRecord(item) ? 'a new id of letters, digits and dashes' : `a field id (${FIELDS.map((f) => f.id).join(', ')})`, id),
      );
      return;
    }
    const field: CallPrepField = { ...(base ?? spec({ id, type: 'text' })) };
    for (const key of ['label', 'hint'] as const) {
      const v = given[key];
      if (typeof v === 'string' && stripBidi(v).trim()) field[key] = stripBidi(v).trim();
      else if (v !== undefined || (key === 'label' && !base)) report(`${path}.${key}`, expected('a non-empty string', v));
    }
    if (!field.label && !base) return;
    if (given.type !== undefined) {
      if (TYPES.includes(given.type as string)) field.type = given.type as CallPrepFieldType;
      else report(`${path}.type`, expected(`one of ${TYPES.join(', ')}`, given.type));
    }
    if (given.required !== undefined) {
      if (typeof given.required === 'boolean') field.required = given.required;
      else report(`${path}.required`, expected('true or false', given.required));
    }
    for (const key of ['topics', 'options'] as const) {
      const v = Array.isArray(given[key])
        ? cut(given[key] as unknown[], key === 'topics' ? MAX_TOPICS : MAX_OPTIONS, `${path}.${key}`, key, report)
        : given[key];
      if (strings(v)) field[key] = v.map(stripBidi).filter(Boolean);
      else if (v !== undefined) report(`${path}.${key}`, expected('an array of strings', v));
    }
    // An amount without currencies offers the built-in ones; the topic select lists the topics, not options.
    if (field.type === 'amount' && !field.options?.length) field.options = FIELDS.find((f) => f.type === 'amount')!.options;
    if (/select|checks/.test(field.type) && !field.options?.length && !(id === 'topic' && field.type === 'select')) {
      report(`${path}.options`, expected('an array of strings', given.options));
      return;
    }
    ids.add(id);
    out.push(field);
  }
}

/** Checks merchant topics (built-in ids, or `{ id, label }`). */
export function parseTopics(input: unknown, report: Reporter): CallPrepTopic[] {
  const all = TOPICS.map((id) => ({ id, label: undefined }));
  if (input === undefined || input === null) return all;
  if (!Array.isArray(input)) {
    report('topics', expected('an array', input));
    return all;
  }
  const out: CallPrepTopic[] = [];
  cut(input as unknown[], MAX_TOPICS, 'topics', 'topics', report).forEach((item: unknown, i) =>
    readOr(() => readTopic(item, i), undefined, `topics[${i}]`, report, 'left out'),
  );
  return out.length ? out : all;

  function readTopic(item: unknown, i: number): void {
    const at = `topics[${i}]`;
    if (typeof item === 'string' && builtInTopic(item)) return void out.push({ id: item, label: undefined });
    if (!isRecord(item)) return report(at, expected(`a topic id (${TOPICS.join(', ')}) or { "id", "label" }`, item));
    // A topic of one's own: each key's problem at that key, so a form (the builder) shows it beside its input.
    const id = own(item, 'id');
    const label = own(item, 'label');
    const name = typeof label === 'string' ? shown(label) : '';
    if (typeof id !== 'string' || !ID.test(id)) report(`${at}.id`, expected('an id of letters, digits and dashes, starting with a letter (refund)', id));
    if (!name) report(`${at}.label`, `${noText(label)}: a topic of your own needs the name users choose it by`);
    if (typeof id !== 'string' || !ID.test(id) || !name) return;
    reportUnknownKeys(item, ['id', 'label'], at, report);
    out.push({ id, label: name });
  }
}
