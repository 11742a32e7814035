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
  // The search reads these Traditional characters as Simplified ones, in the query and the FAQ alike, so `帳戶`
  // finds `账户` and `退款到账` finds `退款到賬`: the characters of support and payment text whose forms differ
  // (from this library's FAQ texts and payment words), each pair as OpenCC's TSCharacters.txt has it
  // (https://github.com/BYVoid/OpenCC/blob/master/data/dictionary/TSCharacters.txt), except 帳 and 帐, read as 账
  // (Taiwan writes 帳戶 for the mainland's 账户). The same list is in faq.zh-Hant.ts; search engines fold
  // with the whole table (ICU's Traditional-Simplified transform, OpenCC), which is too big to ship here.
  variants:
    '變变帳账戶户資资網网開开啟启設设個个電电郵邮機机號号碼码連连結结銀银時时們们會会確确認认傳传驗验證证記记並并請请營营業业內内敗败該该麼么辦办訊讯線线斷断餘余額额達达費费過过輸输錯错誤误檢检後后試试間间這这筆笔暫暂預预項项幾几動动儲储經经裝装雙双發发現现凍冻絕绝對对爭争議议處处無无決决備备據据訂订單单與与來来蹤踪紀纪錄录報报問问題题頁页訴诉準准簽签錢钱轉转種种續续歡欢詢询適适則则視视詳详員员紙纸幫帮張张尋寻類类關关複复製制嗎吗沒没謝谢見见饋馈語语顯显義义繳缴簡简賬账帐账購购買买賣卖貨货運运遞递還还幣币匯汇稅税務务騙骗詐诈盜盗竊窃風风險险權权隱隐聯联絡络撥拨獎奖優优價价綁绑鎖锁註注銷销補补償偿護护細细狀状態态歷历條条規规約约兩两萬万計计許许識识讀读寫写點点擊击參参聽听閉闭為为從从應应說说裡里於于進进選选擇择標标異异櫃柜臺台專专實实體体舊旧載载積积紅红勵励當当讓让納纳貸贷債债虧亏賠赔產产劃划覽览瀏浏鍵键盤盘憑凭統统給给減减節节國国區区際际兌兑換换',
};
