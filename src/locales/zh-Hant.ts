import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.zh-Hant.js';
import { hotline } from '../components/hotline/hotline.zh-Hant.js';
import { callPrep } from '../components/call-prep/call-prep.zh-Hant.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.zh-Hant.js';
import { center } from '../components/center/center.zh-Hant.js';

/** Traditional Chinese (Taiwan usage; zh-TW, zh-HK, zh-MO). Loaded on demand: it is its own file in the CDN build. */
const zhHant: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default zhHant;
