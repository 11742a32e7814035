import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.ko.js';
import { hotline } from '../components/hotline/hotline.ko.js';
import { callPrep } from '../components/call-prep/call-prep.ko.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.ko.js';
import { center } from '../components/center/center.ko.js';

/** Korean. Loaded on demand: it is its own file in the CDN build. */
const ko: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default ko;
