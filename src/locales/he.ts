import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.he.js';
import { hotline } from '../components/hotline/hotline.he.js';
import { callPrep } from '../components/call-prep/call-prep.he.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.he.js';
import { center } from '../components/center/center.he.js';

/** Hebrew, right to left. Loaded on demand: it is its own file in the CDN build. */
const he: Strings = { dir: 'rtl', faq, hotline, callPrep, dispute, center };
export default he;
