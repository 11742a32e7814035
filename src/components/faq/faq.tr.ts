import type { FaqStrings } from './faq.en.js';

/** Turkish strings of <support-faq> (formal: siz). */
export const faq: FaqStrings = {
  search: 'Sorularda ara',
  categories: 'Kategoriler',
  all: 'Tümü',
  results: '{n, plural, one {# sonuç} other {# sonuç}}',
  best: 'En iyi eşleşmeler',
  none: 'Eşleşen yanıt bulunamadı.',
  copy: 'Bağlantıyı kopyala',
  copyFor: '{label}: {question}',
  copied: 'Bağlantı kopyalandı',
  copyFailed: 'Kopyalanamadı',
  helpful: 'Bu yanıt yardımcı oldu mu?',
  yes: 'Evet',
  no: 'Hayır',
  yesFor: '{label}, “{question}” sorusunun yanıtı yardımcı oldu',
  noFor: '{label}, “{question}” sorusunun yanıtı yardımcı olmadı',
  thanks: 'Geri bildiriminiz için teşekkürler!',
  // `{language}` is the language's name in Turkish ("İngilizce").
  otherLanguage: 'Bu yanıt sizin dilinizde bulunmadığından {language} gösteriliyor.',
  related: 'İlgili sorular',
  // With and without Turkish letters: many type "kredi karti", "sifre" on a keyboard without them.
  synonyms:
    'kart,kredi kartı,kredi karti,banka kartı,banka karti;harcama,ödeme,odeme,tahsilat,çekim,kesinti;başarısız,basarisiz,reddedildi,onaylanmadı,geçmedi;iade,para iadesi,geri ödeme,paramı geri;itiraz,harcama itirazı,şikayet,şikâyet;şifre,sifre,parola',
  variants: '',
};
