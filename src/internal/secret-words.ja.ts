// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// Japanese: 暗証番号 (PIN: 全国銀行協会's name, on every ATM; 暗唱番号 is its common mis-conversion), セキュリティコード
// (the CVV as JCB, 三井住友カード and 楽天カード name it: "カード裏面の3桁"), ワンタイムパスワード (banks' and
// J/Secure's one-time code), 認証番号/認証コード/確認コード (how SMS from LINE, Google "確認コード", Apple and
// Amazon name a one-time code). Not 確認番号 (a booking's confirmation number) nor 承認番号 (the approval number
// on a receipt): both are public. セキュリティコード as "カード裏面の署名欄 … 3桁": https://www.wdic.org/w/CUL/セキュリティコード
// (クレジットカード) and merchants' FAQs; the other names from memory of those banks' and services' pages, unchecked.
export const secrets: SecretWords = {
  publicWords: ['注文番号', '日付', '手数料', '電話', 'メール', 'ページ', 'バージョン', '送信元', '再設定', 'ロック', '変更', '期限', 'リセット', '忘れ'],
  numbered: ['!注文', '!返金', '!配送', '!追跡', '支払', '振込', '口座', '金額'],
  units: ['円', '~回', '~日', '~分'],
  // A space in a keyword matches none, any, or `・` (`セキュリティ・コード 123`, `認証 コード`: R9-7).
  codes: [
    '暗証 番号',
    '暗唱 番号',
    'ピン 番号',
    'セキュリティ コード',
    'セキュリティー コード',
    '裏面の3桁',
    '裏の3桁',
    '裏面3桁',
    '裏面の数字',
    'ワンタイム パスワード',
    'ワンタイム パス',
    'ワンタイム コード',
    'ワンタイム パスコード',
    'ワンタイム 暗証 番号',
    '認証 番号',
    '認証 コード',
    '確認 コード',
    '検証 コード',
    'SMS コード',
    'SMS 認証',
    'ログイン コード',
    'パス コード',
    // R10-10: the CVV as "security number".
    'セキュリティ 番号',
    'セキュリティー 番号',
  ],
  // コード alone, as English `code` (R10-3): with a mark or は/が before its value (`コード：482913`, `コードは482913です`),
  // not after a public code's name (`エラーコード：504`, `商品コード：123456`).
  bare: ['コード'],
  publicCodes: [
    ...['エラー', '郵便', '郵便番号', '商品', '品番', 'クーポン', '割引', '招待', '紹介', 'プロモーション', 'プロモ', '注文', '予約'],
    ...['国', '国際', '追跡', 'お問い合わせ', '問い合わせ', '会員', 'QR', 'バー', 'ステータス', '銀行', '支店', '店舗', '社員', 'お客様', '顧客', '店'],
    // R12-7: "… number" (番号) after an order, customer, member, booking, slip, ticket, receipt, invoice or contract
    // (`注文番号 482913 認証コードが届きません`).
    ...['注文番号', 'ご注文番号', 'お客様番号', '顧客番号', '会員番号', '予約番号', 'お問い合わせ番号', '問い合わせ番号', '伝票番号'],
    ...['追跡番号', 'チケット番号', '受付番号', '請求書番号', '管理番号', '契約番号'],
  ],
  passwords: ['パス ワード', 'ぱすわーど', 'パス フレーズ'],
  // `コード` after an ASCII keyword, which wins at its position: `PINコード1234`, `CVVコード 123`.
  links: ['は', 'が', 'を', 'も', 'の', '、', '番号', 'コード', ...[...'345678三四五六七八'].flatMap((n) => [`${n}桁`, `${n}桁の数字`, `${n}ケタ`])],
};
