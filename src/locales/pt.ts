import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.pt.js';
import { hotline } from '../components/hotline/hotline.pt.js';
import { callPrep } from '../components/call-prep/call-prep.pt.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.pt.js';
import { center } from '../components/center/center.pt.js';

/** Brazilian Portuguese (você); pt-PT falls back to it. Loaded on demand: it is its own file in the CDN build. */
const pt: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default pt;
