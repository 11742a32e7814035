import type { CenterStrings } from './center.en.js';

/** Simplified Chinese strings of <support-center>. */
export const center: CenterStrings = {
  nav: '帮助主题',
  faq: '常见问题',
  hotline: '联系客服',
  callPrep: '致电前准备',
  dispute: '申诉交易',
  stuck: '还是没有找到答案？人工客服可以帮您：',
  checklist: '打开争议材料清单',
  status: '热线当前状态',
  loading: '正在加载帮助内容…',
  failed: '帮助内容加载失败。',
  retry: '重试',
};
