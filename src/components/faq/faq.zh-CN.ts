import type { FaqStrings } from './faq.en.js';

/** Simplified Chinese strings of <support-faq>. */
export const faq: FaqStrings = {
  search: '搜索问题',
  categories: '分类',
  all: '全部',
  results: '{n, plural, other {共#条结果}}',
  best: '最相关的问题',
  none: '没有找到匹配的答案。',
  copy: '复制链接',
  copyFor: '{label}：{question}',
  copied: '链接已复制',
  copyFailed: '复制失败',
  helpful: '这个回答有帮助吗？',
  yes: '有帮助',
  no: '没帮助',
  yesFor: '{label}：“{question}”的回答',
  noFor: '{label}：“{question}”的回答',
  thanks: '感谢您的反馈！',
  otherLanguage: '此回答暂无您所用语言的版本，现以{language}显示。',
  related: '相关问题',
  synonyms: '卡,银行卡,信用卡,借记卡;扣款,扣费,扣钱;失败,未成功,不成功,被拒;退款,退钱,退费;支付,付款',
};
