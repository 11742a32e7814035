import type { CallPrepStrings } from './call-prep.en.js';

/** Simplified Chinese strings of <support-call-prep>. */
export const callPrep: CallPrepStrings = {
  label: '客服',
};
