import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.de.js';
import { hotline } from '../components/hotline/hotline.de.js';
import { callPrep } from '../components/call-prep/call-prep.de.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.de.js';
import { center } from '../components/center/center.de.js';

/** German (Sie). Loaded on demand: it is its own file in the CDN build. */
const de: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default de;
