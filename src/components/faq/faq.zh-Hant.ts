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
  // The search reads these Traditional characters as Simplified ones, in the query and the FAQ alike, so `帳戶`
  // finds `账户` and `退款到账` finds `退款到賬`: the characters of support and payment text whose forms differ
  // (from this library's FAQ texts and payment words), each pair as OpenCC's TSCharacters.txt has it
  // (https://github.com/BYVoid/OpenCC/blob/master/data/dictionary/TSCharacters.txt), except 帳 and 帐, read as 账
  // (Taiwan writes 帳戶 for the mainland's 账户). The same list is in faq.zh-CN.ts; search engines fold
  // with the whole table (ICU's Traditional-Simplified transform, OpenCC), which is too big to ship here.
  variants:
    '變变帳账戶户資资網网開开啟启設设個个電电郵邮機机號号碼码連连結结銀银時时們们會会確确認认傳传驗验證证記记並并請请營营業业內内敗败該该麼么辦办訊讯線线斷断餘余額额達达費费過过輸输錯错誤误檢检後后試试間间這这筆笔暫暂預预項项幾几動动儲储經经裝装雙双發发現现凍冻絕绝對对爭争議议處处無无決决備备據据訂订單单與与來来蹤踪紀纪錄录報报問问題题頁页訴诉準准簽签錢钱轉转種种續续歡欢詢询適适則则視视詳详員员紙纸幫帮張张尋寻類类關关複复製制嗎吗沒没謝谢見见饋馈語语顯显義义繳缴簡简賬账帐账購购買买賣卖貨货運运遞递還还幣币匯汇稅税務务騙骗詐诈盜盗竊窃風风險险權权隱隐聯联絡络撥拨獎奖優优價价綁绑鎖锁註注銷销補补償偿護护細细狀状態态歷历條条規规約约兩两萬万計计許许識识讀读寫写點点擊击參参聽听閉闭為为從从應应說说裡里於于進进選选擇择標标異异櫃柜臺台專专實实體体舊旧載载積积紅红勵励當当讓让納纳貸贷債债虧亏賠赔產产劃划覽览瀏浏鍵键盤盘憑凭統统給给減减節节國国區区際际兌兑換换',
};
