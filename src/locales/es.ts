import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.es.js';
import { hotline } from '../components/hotline/hotline.es.js';
import { callPrep } from '../components/call-prep/call-prep.es.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.es.js';
import { center } from '../components/center/center.es.js';

/** Spanish (neutral international, usted). Loaded on demand: it is its own file in the CDN build. */
const es: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default es;
