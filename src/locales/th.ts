import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.th.js';
import { hotline } from '../components/hotline/hotline.th.js';
import { callPrep } from '../components/call-prep/call-prep.th.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.th.js';
import { center } from '../components/center/center.th.js';

/** Thai. Loaded on demand: it is its own file in the CDN build. */
const th: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default th;
