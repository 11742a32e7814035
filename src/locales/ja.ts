import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.ja.js';
import { hotline } from '../components/hotline/hotline.ja.js';
import { callPrep } from '../components/call-prep/call-prep.ja.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.ja.js';
import { center } from '../components/center/center.ja.js';

/** Japanese. Loaded on demand: it is its own file in the CDN build. */
const ja: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default ja;
