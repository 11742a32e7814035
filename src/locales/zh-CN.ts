import type { Strings } from './en.js';
import { faq } from '../components/faq/faq.zh-CN.js';
import { hotline } from '../components/hotline/hotline.zh-CN.js';
import { callPrep } from '../components/call-prep/call-prep.zh-CN.js';
import { dispute } from '../components/dispute-checklist/dispute-checklist.zh-CN.js';
import { center } from '../components/center/center.zh-CN.js';

/** Simplified Chinese. Loaded on demand: it is its own file in the CDN build. */
const zhCN: Strings = { dir: 'ltr', faq, hotline, callPrep, dispute, center };
export default zhCN;
