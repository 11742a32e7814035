import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.ru.js';
import { hotline } from '../components/hotline/hotline.ru.js';
import { callPrep } from '../components/call-prep/call-prep.ru.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.ru.js';
import { center } from '../components/center/center.ru.js';

/** Russian, left to right. Loaded on demand: it is its own file in the CDN build. */
const ru: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default ru;
