// Issue 20: the secret keywords of Traditional Chinese (Taiwan usage) and Japanese, as people there type a
// one-time code, a PIN, a password or a card's security code into a support form: with and without spaces,
// full-width digits and colons (an IME's default), the link words (是, 為, は, が, を). And the ordinary numbers
// beside them (an order, an error code, a postal code, an amount, a date, a phone number) kept as typed.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep } from '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { loadLocale } from '../src/internal/locale.js';
import { shadow, storage, uniqueKey } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');

/** [typed, what is left]: Taiwan's words beyond the Traditional forms the `zh` table already had. */
const ZH_HANT: [string, string][] = [
  ['卡片背面末3碼 123', '卡片背面末3碼 ••••••'],
  ['卡片背面末3碼是123', '卡片背面末3碼是••••••'],
  ['背面3碼：123', '背面3碼：••••••'],
  ['信用卡背面後3碼為１２３', '信用卡背面後3碼為••••••'],
  ['卡背3碼 1 2 3', '卡背3碼 ••••••'],
  ['個人識別碼是1234', '個人識別碼是••••••'],
  ['個人識別碼　１２３４', '個人識別碼　••••••'],
  ['OTP驗證 482913', 'OTP驗證 ••••••'],
  ['OTP 驗證 ４８２９１３', 'OTP 驗證 ••••••'],
  ['OTP簡訊 482913', 'OTP簡訊 ••••••'],
  ['驗證碼如下482913', '驗證碼如下••••••'],
  ['個人識別號碼：1234', '個人識別號碼：••••••'],
];
const JA: [string, string][] = [
  ['暗証番号は1234です', '暗証番号は••••••です'],
  ['暗証番号　１２３４', '暗証番号　••••••'],
  ['暗唱番号1234', '暗唱番号••••••'],
  ['キャッシュカードの暗証番号を1234に変更しました', 'キャッシュカードの暗証番号を••••••に変更しました'],
  ['PINコード1234', 'PINコード••••••'],
  ['セキュリティコード：１２３', 'セキュリティコード：••••••'],
  ['カード裏面の3桁は123です', 'カード裏面の3桁は••••••です'],
  ['ワンタイムパスワード 482913', 'ワンタイムパスワード ••••••'],
  ['SMSで届いた認証番号は482913です', 'SMSで届いた認証番号は••••••です'],
  ['認証コードは、482913です', '認証コードは、••••••です'],
  ['認証コード6桁は482913', '認証コード6桁は••••••'],
  ['確認コードが482913でした', '確認コードが••••••でした'],
  ['パスワードはabc12345です', 'パスワードは••••••です'],
  ['ログインパスワード：Hunter2', 'ログインパスワード：••••••'],
];

/** Ordinary sentences with numbers and no secret, some beside the new words: kept as typed. */
const KEPT = [
  // Traditional Chinese (Taiwan)
  '訂單編號12345678還沒出貨',
  '刷卡時出現錯誤代碼504',
  '郵遞區號106，台北市大安區',
  '郵遞區號後3碼是106',
  '這筆消費金額是NT$1,280元',
  '2026年12月5日扣款兩次',
  '客服專線02-2345-6789打不通',
  '驗證碼一直沒收到',
  '卡號末4碼是6467',
  // Japanese
  'ご注文番号は12345678です',
  'エラーコード504が表示されました',
  '郵便番号は150-0001です',
  '請求額は3,980円でした',
  '2026年12月5日に二重に請求されました',
  '電話番号は03-1234-5678です',
  'パスワードを3回間違えました',
  'パスワードは8文字以上です',
  '確認コードの有効期限は10分です',
  '認証コードを再送しました。120秒後に再送できます',
  'お問い合わせ番号は12345678です',
];

async function type(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = shadow(el).querySelector<HTMLTextAreaElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

// Each language's secret words load with its first file (src/internal/secret-words.<tag>.ts), as on a page
// showing an element in that language.
before(() => Promise.all(['zh-Hant', 'ja'].map((tag) => loadLocale(tag, 'callPrep'))));

describe('Issue 20: secret keywords of zh-Hant and ja', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('the detector masks each value typed in Traditional Chinese (Taiwan) and keeps the words around it', () => {
    for (const [typed, left] of ZH_HANT) expect(redact(typed).text, typed).to.equal(left);
  });

  it('the detector masks each value typed in Japanese and keeps the words around it', () => {
    for (const [typed, left] of JA) expect(redact(typed).text, typed).to.equal(left);
  });

  it('the detector keeps ordinary sentences with numbers in both languages', () => {
    for (const kept of KEPT) expect(redact(kept).text, kept).to.equal(kept);
  });

  for (const [lang, sentence, values] of [
    ['zh-Hant', '銀行說卡片背面末3碼是123，個人識別碼1234', ['123', '1234']],
    ['ja', '暗証番号は4321、セキュリティコードは987です', ['4321', '987']],
  ] as const) {
    it(`<support-call-prep lang=${lang}>: a code typed key by key into "What happened" never reaches localStorage`, async () => {
      const k = uniqueKey('s20t1');
      const el = await fixture<SupportCallPrep>(html`<support-call-prep lang=${lang} storage-key=${k} .now=${NOW}></support-call-prep>`);
      const seen: string[] = [];
      for (let n = 1; n <= sentence.length; n++) {
        await type(el, 'what', sentence.slice(0, n));
        seen.push(storage());
      }
      // The draft was saved, with the words but without the values.
      expect(storage()).to.include(sentence.slice(0, 4));
      for (const out of seen) for (const v of values) expect(out, `${sentence} → ${out}`).not.to.match(new RegExp(`(?<![0-9])${v}(?![0-9])`));
      el.remove();
    });
  }
});
