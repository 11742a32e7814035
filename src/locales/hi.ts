import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.hi.js';
import { hotline } from '../components/hotline/hotline.hi.js';
import { callPrep } from '../components/call-prep/call-prep.hi.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.hi.js';
import { center } from '../components/center/center.hi.js';

/** Hindi (formal register, आप; Devanagari). Loaded on demand: it is its own file in the CDN build. */
const hi: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default hi;
