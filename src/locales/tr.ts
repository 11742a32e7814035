import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.tr.js';
import { hotline } from '../components/hotline/hotline.tr.js';
import { callPrep } from '../components/call-prep/call-prep.tr.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.tr.js';
import { center } from '../components/center/center.tr.js';

/** Turkish (formal register, siz). Loaded on demand: it is its own file in the CDN build. */
const tr: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default tr;
