// Compiled by the typecheck step (tsconfig.test.json), never run: a language's table that leaves out a key, or a
// language that leaves out a section, must not compile (issue 20: every key present in every language), so each
// `@ts-expect-error` below fails the typecheck ("Unused '@ts-expect-error'") the day a table's type lets one through.
import type { Strings } from '../src/locales/en.js';
import type { FaqStrings } from '../src/components/faq/faq.en.js';
import type { HotlineStrings } from '../src/components/hotline/hotline.en.js';
import type { CallPrepStrings } from '../src/components/call-prep/call-prep.en.js';
import type { DisputeStrings } from '../src/components/dispute-checklist/dispute-checklist.en.js';
import type { CenterStrings } from '../src/components/center/center.en.js';
import { faq } from '../src/components/faq/faq.ar.js';
import { hotline } from '../src/components/hotline/hotline.ar.js';
import { callPrep } from '../src/components/call-prep/call-prep.ar.js';
import { dispute } from '../src/components/dispute-checklist/dispute-checklist.ar.js';
import { center } from '../src/components/center/center.ar.js';

// A complete language compiles.
export const complete: Strings = { dir: 'rtl', faq, hotline, callPrep, dispute, center };

// One key left out of each section's table.
const { search: _search, ...faqNoSearch } = faq;
// @ts-expect-error the FAQ's table without `search`
export const noSearch: FaqStrings = faqNoSearch;
const { copy: _copy, ...hotlineNoCopy } = hotline;
// @ts-expect-error the hotline's table without `copy`
export const noCopy: HotlineStrings = hotlineNoCopy;
const { note: _note, ...callPrepNoNote } = callPrep;
// @ts-expect-error the call form's table without `note` (the warning never to type a secret)
export const noNote: CallPrepStrings = callPrepNoNote;
const { left: _left, ...disputeNoLeft } = dispute;
// @ts-expect-error the checklist's table without `left` (a plural since issue 20)
export const noLeft: DisputeStrings = disputeNoLeft;
const { retry: _retry, ...centerNoRetry } = center;
// @ts-expect-error the center's table without `retry`
export const noRetry: CenterStrings = centerNoRetry;

// @ts-expect-error a language without the center's section
export const noCenter: Strings = { dir: 'rtl', faq, hotline, callPrep, dispute };
// @ts-expect-error a string that is no string
export const notText: FaqStrings = { ...faq, all: 1 };
// @ts-expect-error a misspelt key is no key of the table (an object literal's excess property)
export const typo: FaqStrings = { ...faq, serach: 'بحث' };
