import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.it.js';
import { hotline } from '../components/hotline/hotline.it.js';
import { callPrep } from '../components/call-prep/call-prep.it.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.it.js';
import { center } from '../components/center/center.it.js';

/** Italian (formal, Lei). Loaded on demand: it is its own file in the CDN build. */
const it: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default it;
