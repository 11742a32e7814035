import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.ar.js';
import { hotline } from '../components/hotline/hotline.ar.js';
import { callPrep } from '../components/call-prep/call-prep.ar.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.ar.js';
import { center } from '../components/center/center.ar.js';

/** Arabic (Modern Standard), right to left. Loaded on demand: it is its own file in the CDN build. */
const ar: Strings = { dir: 'rtl', faq, hotline, callPrep, dispute, center };
export default ar;
