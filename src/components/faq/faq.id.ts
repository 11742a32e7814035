import type { FaqStrings } from './faq.en.js';

/** Indonesian strings of <support-faq> (formal: Anda). */
export const faq: FaqStrings = {
  search: 'Cari pertanyaan',
  categories: 'Kategori',
  all: 'Semua',
  results: '{n, plural, other {# hasil}}',
  best: 'Paling sesuai',
  none: 'Tidak ada jawaban yang cocok.',
  copy: 'Salin tautan',
  copyFor: '{label} ke: {question}',
  copied: 'Tautan disalin',
  copyFailed: 'Gagal menyalin',
  helpful: 'Apakah ini membantu?',
  yes: 'Ya',
  no: 'Tidak',
  yesFor: '{label}, jawaban untuk “{question}” membantu',
  noFor: '{label}, jawaban untuk “{question}” tidak membantu',
  thanks: 'Terima kasih atas masukan Anda!',
  // `{language}` is the language's name in Indonesian ("Inggris"), so it follows "bahasa".
  otherLanguage: 'Jawaban ini belum tersedia dalam bahasa Anda, jadi ditampilkan dalam bahasa {language}.',
  related: 'Pertanyaan terkait',
  synonyms:
    'kartu,kartu kredit,kartu debit,kk;tagihan,pembayaran,terpotong,transaksi;gagal,ditolak,tidak berhasil;refund,pengembalian dana,uang kembali,dana kembali;sanggahan,sanggah,komplain,keberatan,dispute;kata sandi,sandi,password',
  variants: '',
};
