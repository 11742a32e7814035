import type { CenterStrings } from './center.en.js';

/** Traditional Chinese (Taiwan usage) strings of <support-center>. */
export const center: CenterStrings = {
  nav: '說明主題',
  faq: '常見問題',
  hotline: '聯絡客服',
  callPrep: '來電前準備',
  dispute: '爭議帳款',
  stuck: '還是沒找到答案嗎？客服人員可以協助您：',
  checklist: '開啟爭議帳款檢查清單',
  status: '客服專線目前狀態',
  loading: '正在載入說明…',
  failed: '無法載入說明內容。',
  retry: '重試',
};
