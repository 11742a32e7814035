import type { FaqStrings } from './faq.en.js';

/** Japanese strings of <support-faq> (です・ます調). */
export const faq: FaqStrings = {
  search: '質問を検索',
  categories: 'カテゴリ',
  all: 'すべて',
  results: '{n, plural, other {検索結果：#件}}',
  best: '最も一致する質問',
  none: '一致する回答が見つかりません。',
  copy: 'リンクをコピー',
  copyFor: '{label}：{question}',
  copied: 'リンクをコピーしました',
  copyFailed: 'コピーできませんでした',
  helpful: 'この回答は役に立ちましたか？',
  yes: 'はい',
  no: 'いいえ',
  yesFor: '{label}、「{question}」の回答は役に立った',
  noFor: '{label}、「{question}」の回答は役に立たなかった',
  thanks: 'ご意見をお寄せいただきありがとうございます。',
  otherLanguage: 'この回答はご利用の言語では提供されていないため、{language}で表示しています。',
  related: '関連する質問',
  synonyms:
    'カード,クレジットカード,クレカ,デビットカード,キャッシュカード;請求,引き落とし,決済,利用;失敗,エラー,拒否,承認されない,決済できない,使えない;返金,払い戻し,返金処理;異議申し立て,チャージバック,不正利用,身に覚えのない請求;支払い,支払,お支払い;パスワード,ログインパスワード,パスコード;暗証番号,PIN,PINコード;認証コード,ワンタイムパスワード,確認コード,SMS認証',
  variants: '',
};
