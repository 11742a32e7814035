import type { FaqStrings } from './faq.en.js';

/** Traditional Chinese (Taiwan usage) strings of <support-faq>; zh-TW, zh-HK and zh-MO use them. */
export const faq: FaqStrings = {
  search: '搜尋問題',
  categories: '分類',
  all: '全部',
  results: '{n, plural, other {共#筆結果}}',
  best: '最相關的問題',
  none: '找不到相符的解答。',
  copy: '複製連結',
  copyFor: '{label}：{question}',
  copied: '已複製連結',
  copyFailed: '複製失敗',
  helpful: '這則解答對您有幫助嗎？',
  yes: '有幫助',
  no: '沒幫助',
  yesFor: '{label}：「{question}」的解答',
  noFor: '{label}：「{question}」的解答',
  thanks: '感謝您的意見回饋！',
  otherLanguage: '這則解答目前沒有您使用的語言版本，因此以{language}顯示。',
  related: '相關問題',
  synonyms:
    '卡,信用卡,金融卡,簽帳金融卡,簽帳卡,提款卡;扣款,刷卡,請款,消費;失敗,未成功,被拒,拒絕交易,刷不過;退款,退費,退錢,刷退;爭議,爭議帳款,帳款疑義,扣款爭議,申訴;付款,支付,繳費;密碼,登入密碼,網銀密碼;驗證碼,簡訊驗證碼,OTP,一次性密碼',
};
