import type { FaqStrings } from './faq.en.js';

/** Simplified Chinese strings of <support-faq>. */
export const faq: FaqStrings = {
  label: '客服',
};
