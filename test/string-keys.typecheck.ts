// Compiled by the typecheck step (tsconfig.test.json), never run: each `@ts-expect-error` line must fail to
// compile, so a string key or line key the compiler lets through fails the typecheck ("Unused '@ts-expect-error'").
import type { PropertyValues } from 'lit';
import type { BuiltInKey, ShownItem, ShownType, TableKey } from '../src/components/dispute-checklist/dispute-checklist.types.js';
import type { DisputeStrings } from '../src/components/dispute-checklist/dispute-checklist.en.js';
import type { DateField } from '../src/components/dispute-checklist/dispute-checklist.rules.js';
import type { SupportDisputeChecklist } from '../src/dispute-checklist.js';
import type { FieldKey, OptionKey, ReadyKey, ReadyTable, TableKey as CallPrepKey } from '../src/components/call-prep/call-prep.fields.js';
import type { HotlineKey } from '../src/components/hotline/hotline.component.js';

// The checklist: the strings of a built-in type, item and reason are keys the compiler knows.
export const keys: BuiltInKey[] = ['t-not-received', 'i-tracking', 'r-tracking'];
// @ts-expect-error a misspelt built-in type id has no string
export const typeTypo: BuiltInKey = 't-not-recieved';
// @ts-expect-error a type's prefix on an item id names no string
export const crossed: BuiltInKey = 't-tracking';
// @ts-expect-error a key missing from the string table is refused where the built-in keys are checked
export type Missing = TableKey<'i-boarding-pass'>;
// A type or item without a label is a built-in one: its id is typed, and the key built from it is checked where it
// is built (the element's typeLabel, itemLabel and reasons), with no cast.
type Key = keyof DisputeStrings;
const key = (k: Key): Key => k;
export const builtInItem: ShownItem = { id: 'tracking', label: undefined };
export const merchantItem: ShownItem = { id: 'boarding-pass', label: 'Boarding pass' };
export const itemKey = (item: ShownItem): string => item.label ?? key(`i-${item.id}`);
export const reasonKey = (item: ShownItem): Key | undefined => (item.label === undefined ? key(`r-${item.id}`) : undefined);
export const typeKey = (type: ShownType): string => type.label ?? key(`t-${type.id}`);
// @ts-expect-error an item without a label must have a built-in item's id (its strings come from the table)
export const unlabelled: ShownItem = { id: 'boarding-pass', label: undefined };
// @ts-expect-error a built-in item's id is no built-in type's id
export const itemAsType: ShownType = { id: 'tracking', label: undefined, items: [] };
// @ts-expect-error a resolved item says whether it has a label: reading `label` never reaches Object.prototype
export const noOwnLabel: ShownItem = { id: 'tracking' };
// @ts-expect-error a merchant's item (it may have a label) builds no key from its id
export const merchantKey = (item: ShownItem): Key => key(`i-${item.id}`);
// @ts-expect-error an item's id under a type's prefix names no string
export const crossedKey = (item: ShownItem): Key | undefined => (item.label === undefined ? key(`t-${item.id}`) : undefined);

// The checklist's date properties, read by field (`transactionDate`): a key of the element's changed properties.
export const dateChanged = (changed: PropertyValues<SupportDisputeChecklist>, f: DateField): boolean => changed.has(`${f}Date`);
// @ts-expect-error a misspelt date property is no property of the checklist
export const dateTypo = (changed: PropertyValues<SupportDisputeChecklist>, f: DateField): boolean => changed.has(`${f}Dates`);

// The hotline: a line key is a `HotlineLine` field and a property of the element.
export const lineKeys: HotlineKey[] = ['tollFree', 'hearingImpaired', 'closures'];
// @ts-expect-error a line key in the wrong case is no key
export const lineTypo: HotlineKey = 'tollfree';

// Call-prep: each item to have ready is a string of its own, listed per topic in a typed table.
export const readyKeys: ReadyKey[] = ['ready_payment_statement', 'ready_payment_error', 'ready_other_records'];
// @ts-expect-error the old one-string-per-topic key (items split on `|`) is no string of the table
export const oldReady: ReadyKey = 'ready_payment';
// @ts-expect-error a misspelt item key has no string
export const readyTypo: ReadyKey = 'ready_payment_eror';
// @ts-expect-error a table of lists must give every built-in topic its list
export const noOther: ReadyTable = { account: [], payment: [], security: [], dispute: [], methods: [] };
// A key built from a field's id: a built-in field's hint or option only.
export const fieldKeys: FieldKey[] = ['txnH', 'status_locked'];
// @ts-expect-error a merchant's field builds no key: its hint is its own `hint`
export const merchantHint: FieldKey = 'refund-refH';
// @ts-expect-error a field's label is not looked up by a built key (checked whole where it is used)
export const builtLabel: FieldKey = 'txnL';
// A built-in field's option key names one of the options that field lists (OPTIONS in call-prep.fields.ts).
export const optionKeys: OptionKey[] = ['status_locked', 'checked_expiry', 'topic_dispute'];
// @ts-expect-error an option its field does not list builds no key
export const unlisted: FieldKey = 'status_frozen';
// @ts-expect-error another field's option is no option of this one
export const otherField: OptionKey = 'status_network';
// @ts-expect-error a listed option without its string is refused where the option keys are checked
export type MissingOption = CallPrepKey<'status_frozen'>;
