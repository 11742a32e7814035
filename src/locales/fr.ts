import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.fr.js';
import { hotline } from '../components/hotline/hotline.fr.js';
import { callPrep } from '../components/call-prep/call-prep.fr.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.fr.js';
import { center } from '../components/center/center.fr.js';

/** French (vous). Loaded on demand: it is its own file in the CDN build. */
const fr: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default fr;
