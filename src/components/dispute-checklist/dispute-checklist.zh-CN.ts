import type { DisputeStrings } from './dispute-checklist.en.js';

/** Simplified Chinese strings of <support-dispute-checklist>. */
export const dispute: DisputeStrings = {
  label: '客服',
};
