// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// Turkish. Banks' SMS name the one-time code "tek kullanımlık şifre" or "doğrulama kodu" ("… işlemi için tek
// kullanımlık şifreniz: 123456"), the PIN "kart şifresi" / "ATM şifresi", the password "şifre" or "parola", and
// payment pages the CVV/CVC2 "güvenlik kodu" ("kartın arkasındaki 3 haneli kod"): as remembered from Garanti BBVA,
// İş Bankası and Yapı Kredi messages and pages, not checked here. A possessive is a suffix (şifrem, şifreniz,
// kodunuz): each form is listed. Words with a Turkish letter match inside words, and ı reads as i (the detector
// folds it), so "kullanımlık" also matches as typed "kullanimlik"; the detector drops the accents of Latin letters too,
// so each form matches as typed without ş, ğ, ü (sifre, dogrulama kodu) and is listed once; forms with İ ("ŞİFRE",
// which no case folding maps to i) are listed. The bare "kod" is no keyword: "hata kodu",
// "posta kodu", "sipariş kodu", "indirim kodu" are public (it is `bare` below, as English "code"); nor the link "şu" (it would read "şubat" as "şu bat").
export const secrets: SecretWords = {
  publicWords: [
    ...['talep*', 'numara*', 'tarih*', 'ücret*', 'masraf*', 'telefon*', 'cep', 'e-posta*', 'eposta*', 'email*', 'sayfa*', 'link*'],
    ...['bağlantı*', 'sürüm*', 'versiyon*', 'gönderen*', 'yönetici*', 'sıfırlan*', 'bloke', 'unutul*', 'değiş*', 'yıl*'],
  ],
  numbered: ['!sipariş*', '!iade*', '!kargo*', '!takip*', 'ödeme*', 'havale*', 'eft', 'hesap*', 'numara*', 'tutar*'],
  units: ['tl', 'lira*', 'kuruş', '~kez', '~gün', '~dakika'],
  codes: [
    ...['doğrulama', 'onay', 'sms', 'güvenlik', 'aktivasyon', 'giriş', 'tek kullanımlık', 'pin', 'cvv', 'cvc'].flatMap((n) =>
      ['kodu', 'kodunuz', 'kodum', 'kodun'].map((k) => `${n} ${k}`),
    ),
    'tek kullanımlık şifre',
    'tek kullanımlık şifreniz',
    'tek kullanımlık şifrem',
    'sms şifresi',
    'sms şifreniz',
    'kart şifresi',
    'kart şifrem',
    'kart şifreniz',
    'atm şifresi',
    'atm şifrem',
    'arkasındaki 3 haneli kod',
    'arkasındaki üç haneli kod',
    'arkasındaki 3 rakam',
    'arkasındaki üç rakam',
    'arkasındaki 3 hane',
    'arkadaki 3 rakam',
    // R10-10: "security number".
    ...['numarası', 'numaram', 'numaranız', 'numarasını'].map((n) => `güvenlik ${n}`),
    // A word going on after "şifre" is no password (şifreleme "encryption", şifreli, şifreler, şifreyle, şifreden):
    // keywords in Turkish letters match inside words, and a letter right after one would be read as its value.
    // These longer words, as codes (tried first, and needing digits), take the place of "şifre" there.
    'şifrel',
    'şİfrel',
    'şifreyle',
    'şifreden',
    'şifresin',
    'şifremden',
    'şifremizden',
    'şifrenizden',
  ],
  passwords: [
    ...['', 'm', 'niz', 'n', 'si', 'yi', 'mi'].map((s) => `şifre${s}`),
    'şİfre',
    'şİfrem',
    'şİfrenİz',
    'şİfresİ',
    // Not "parola" alone: Italian for "word" ("la parola d'ordine", "la parola “rimborso”"). Its possessive forms are Turkish only.
    'parolam',
    'parolanız',
    'parolası',
    'parolamı',
    // With its colon only, as English "pass:" (R9-5).
    'parola:',
  ],
  // "Kod" alone, as English "code": with a mark or "ise" before its value (`Kod: 482913`); "my/your code" as one
  // word needs none (`kodum 482913`), unless a public code is named before it (`posta kodum 34710`, R9-5).
  bare: ['kod', 'kodu'],
  // R10-6: `kodun`, informal "your code" (`WhatsApp kodun: 482-913`).
  valueOnly: ['kodum', 'kodunuz', 'kodun'],
  // "Onay kodu" stays a secret (R9-13): Turkish services send one-time codes as "onay kodunuz"; the slip's approval
  // code is also printed as "provizyon kodu", which is kept.
  publicCodes: [
    ...['hata', 'posta', 'indirim', 'kupon', 'promosyon', 'sipariş', 'takip', 'kargo', 'ürün', 'referans', 'rezervasyon'],
    ...['işlem', 'ülke', 'alan', 'şube', 'banka', 'vergi', 'müşteri', 'fatura', 'abone', 'provizyon', 'davet'],
    // R12-7: "… number" (numarası, numaram) after an order, customer, request, complaint or ticket (`Sipariş numarası
    // 482913 - doğrulama kodu gelmedi`; `Sipariş no` after any name).
    ...['sipariş numarası', 'sipariş numaram', 'müşteri numarası', 'müşteri numaram', 'talep', 'talep numarası', 'şikayet'],
    ...['şikayet numarası', 'kayıt numarası', 'bilet', 'bilet numarası', 'fatura numarası', 'takip numarası', 'başvuru', 'başvuru numarası'],
  ],
  // "my", "is / as for", "this", "new / old", "number".
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['galiba', 'sanırım', 'herhalde', 'olmalı'],
    ...['benim', 'ise', 'bu', 'yeni', 'eski', 'numarası', 'numaram'],
    // R10-8: a count between a keyword and its value, as a form's hint: `CVV (3 haneli): 123`.
    ...['3', '4', '6', '8'].flatMap((n) => [`${n} haneli`, `${n} hane`, `${n} rakam`]),
  ],
  // Answers that give no password, kept after a password's name (see NO_PASSWORD); a group's languages share them.
  none: [
    // "Forgot", "don't know", "don't remember", "none", "changed", "reset", "blocked" ("şifrem: unuttum").
    'unuttum',
    'bilmiyorum',
    'hatırlamıyorum',
    'yok',
    'değiştirdim',
    'sıfırlandı',
    'bloke oldu',
    'kilitlendi',
  ],
};
