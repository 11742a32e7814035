// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// Indonesian. The names banks and payment apps give the secrets in their SMS and warnings: "kode OTP", "kode
// verifikasi", "PIN m-BCA" / "MPIN" (BCA's and Mandiri's mobile banking), "kata sandi" (password; "sandi" alone in
// "sandi ATM", "sandi internet banking"), "kode keamanan" / "3 angka di belakang kartu" for the CVV/CVC, as in
// the OJK and Bank Indonesia campaigns "jangan berikan PIN, password, kode OTP dan CVV" (from memory of those
// pages, not checked here). Not the bare "kode": "kode pos", "kode bayar", "kode booking", "kode unik" are public.
export const secrets: SecretWords = {
  publicWords: [
    ...['tiket*', 'nomor*', 'tanggal*', 'biaya*', 'ongkos*', 'hp', 'telepon*', 'ponsel*', 'email*', 'halaman*'],
    ...['tautan*', 'link*', 'versi*', 'pengirim*', 'pengelola*', 'direset', 'diblokir', 'lupa', 'diganti', 'diubah', 'kedaluwarsa', 'sejak$', 'pada$'],
  ],
  numbered: [
    ...['!pesanan*', '!pengembalian*', '!refund*', '!resi', '!pengiriman*', '!paket*', '!tagihan*'],
    ...['pembayaran*', 'transfer*', 'nomor*', 'rekening*', 'akun*', 'saldo*', 'nominal*', 'top up', 'topup'],
  ],
  units: ['rupiah', 'rp', 'ribu', 'rb', 'juta', 'jt', '~kali', '~hari', '~menit'],
  codes: [
    'kode otp',
    'kode verifikasi',
    'kode aktivasi',
    'kode keamanan',
    'kode rahasia',
    'kode sekali pakai',
    'kode akses',
    'kode token',
    'kode login',
    'kode masuk',
    'kode sms',
    // "The/my/your code" (R9-6: `kodenya 482913`, `kode saya 482913`); -nya after any Latin keyword is in sensitive.ts.
    'kodenya',
    'kodeku',
    'kodemu',
    'kode saya',
    'kode anda',
    'kode kamu',
    'kode dari sms',
    'mpin',
    'm-pin',
    'pin atm',
    '3 angka di belakang kartu',
    'tiga angka di belakang kartu',
    '3 digit di belakang kartu',
    '3 angka di balik kartu',
    '3 angka terakhir di belakang kartu',
  ],
  // kode alone, as English `code` (R10-3): with a mark or "adalah" before its value (`Kode: 482913`); `kode pos`,
  // `kode booking` name what follows (no link word, so no value).
  bare: ['kode'],
  publicCodes: [
    'pos',
    'bayar',
    'pembayaran',
    'booking',
    'pesanan',
    'promo',
    'voucher',
    'diskon',
    'referal',
    'pelanggan',
    'produk',
    'resi',
    'transaksi',
    'tiket',
    'kupon',
    // R12-7: an invoice, a bill, a report or complaint, a contract (`Invoice 482913 - kode OTP tidak masuk`).
    ...['invoice', 'faktur', 'tagihan', 'laporan', 'keluhan', 'kontrak'],
  ],
  passwords: ['kata sandi', 'sandi', 'sandi internet banking', 'pasword', 'paswot'],
  // "my" (saya, -ku, -nya after a hyphen: "PIN-nya"), "is" (adalah, yaitu, ialah), "new/old", "of the card/account".
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['mungkin', 'kayaknya', 'sepertinya', 'harusnya'],
    'saya',
    'ku',
    'nya',
    'anda',
    'adalah',
    'yaitu',
    'ialah',
    'ini',
    'baru',
    'lama',
    'kartu',
    'akun',
    'atm',
    'untuk',
    ...['3', '4', '6', '8'].flatMap((n) => [`${n} digit`, `${n} angka`]),
  ],
  // Answers that give no password, kept after a password's name (see NO_PASSWORD); a group's languages share them.
  none: [
    // "Forgot", "don't know", "don't remember", "none", "changed", "blocked" ("kata sandi: lupa").
    'lupa',
    'sudah lupa',
    'tidak tahu',
    'nggak tahu',
    'gak tahu',
    'tidak ingat',
    'tidak ada',
    'belum ada',
    'sudah diganti',
    'direset',
    'diblokir',
    'terblokir',
  ],
};
