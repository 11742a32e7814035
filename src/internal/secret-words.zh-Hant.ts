// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// Taiwan's words beyond the `zh` table (which has the Traditional forms 驗證碼, 動態密碼, 安全碼, 三碼, 密碼): the
// CVV written with an Arabic digit, as card forms in Taiwan ask for "卡片背面末3碼"; 個人識別碼, the formal
// name of a PIN in Taiwan's banking standards (FISC's 晶片金融卡 rules; banks mostly say 密碼, which `zh` has).
// Card forms ask "卡片背面末3碼" as often as 末三碼; Taiwanese explainers name the CVV 安全碼 or 驗證碼, "the
// three digits on the back" (e.g. https://www.wvf.com.tw/a/信用卡安全碼意思). 個人識別碼 is from memory, unchecked.
// Not `後3碼` or `3碼` alone: "郵遞區號後3碼" is a postal code.
export const secrets: SecretWords = {
  // 檢查碼, "check code": the CVV's usual name at Taiwanese banks (R9-9); an ID's check digit is one digit.
  codes: ['背面3碼', '背面末3碼', '背面後3碼', '背後3碼', '卡背3碼', '末3碼', '個人識別碼', '個人識別號碼', '檢查碼'],
  // 通關密語/通關密碼: Taiwan's word for a passphrase or a bank's web-login password.
  passwords: ['通關密語', '通關密碼'],
  // After an ASCII keyword, which wins at its position: `OTP驗證碼 482913`, `OTP驗證 482913`. 係 and 就係, written
  // Cantonese's "is", as Hong Kong customers type (`驗證碼係482913`, `我個PIN係1234`: R22-9; zh-HK and yue read this table).
  links: ['喔', '如下', '驗證', '驗證碼', '簡訊', '係', '就係'],
  // R12-7: Taiwan's "… number" (號碼, 編號) after an order, customer, member, case, invoice, booking or tracking
  // (`訂單編號482913驗證碼收不到`; the zh table has 訂單號, 單號, 編號, 尾號).
  publicCodes: ['訂單號碼', '客戶號碼', '會員編號', '案件編號', '發票號碼', '預約編號', '預約號碼', '追蹤編號', '追蹤號碼', '工單編號'],
};
