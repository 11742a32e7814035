import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.id.js';
import { hotline } from '../components/hotline/hotline.id.js';
import { callPrep } from '../components/call-prep/call-prep.id.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.id.js';
import { center } from '../components/center/center.id.js';

/** Indonesian (formal register, Anda). Loaded on demand: it is its own file in the CDN build. */
const id: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default id;
