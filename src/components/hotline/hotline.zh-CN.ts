import type { HotlineStrings } from './hotline.en.js';

/** Simplified Chinese strings of <support-hotline>. */
export const hotline: HotlineStrings = {
  label: '客服',
};
