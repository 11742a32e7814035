import { faq } from '../components/faq/faq.en.js';
import { hotline } from '../components/hotline/hotline.en.js';
import { callPrep } from '../components/call-prep/call-prep.en.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.en.js';
import { center } from '../components/center/center.en.js';

/** English, the built-in language and the fallback for every missing string. */
export const en = {
  dir: 'ltr' as 'ltr' | 'rtl',
  faq,
  hotline,
  callPrep,
  dispute,
  center,
};

/** Every string of the library, by component. A language must define all of them. */
export type Strings = typeof en;
/** The components' string tables: `faq`, `hotline`, `callPrep`, `dispute`. */
export type Section = Exclude<keyof Strings, 'dir'>;
