// Compiled by the typecheck step (tsconfig.test.json), never run: each `@ts-expect-error` line must fail to
// compile, so a string key or line key the compiler lets through fails the typecheck ("Unused '@ts-expect-error'").
import type { BuiltInKey, TableKey } from '../src/components/dispute-checklist/dispute-checklist.types.js';
import type { HotlineKey } from '../src/components/hotline/hotline.component.js';

// The checklist: the strings of a built-in type, item and reason are keys the compiler knows.
export const keys: BuiltInKey[] = ['t-not-received', 'i-tracking', 'r-tracking'];
// @ts-expect-error a misspelt built-in type id has no string
export const typeTypo: BuiltInKey = 't-not-recieved';
// @ts-expect-error a type's prefix on an item id names no string
export const crossed: BuiltInKey = 't-tracking';
// @ts-expect-error a key missing from the string table is refused where the built-in keys are checked
export type Missing = TableKey<'i-boarding-pass'>;

// The hotline: a line key is a `HotlineLine` field and a property of the element.
export const lineKeys: HotlineKey[] = ['tollFree', 'hearingImpaired', 'closures'];
// @ts-expect-error a line key in the wrong case is no key
export const lineTypo: HotlineKey = 'tollfree';
