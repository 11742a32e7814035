import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.vi.js';
import { hotline } from '../components/hotline/hotline.vi.js';
import { callPrep } from '../components/call-prep/call-prep.vi.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.vi.js';
import { center } from '../components/center/center.vi.js';

/** Vietnamese. Loaded on demand: it is its own file in the CDN build. */
const vi: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default vi;
