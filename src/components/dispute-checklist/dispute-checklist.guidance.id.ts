import type { DisputeGuidanceStrings } from './dispute-checklist.en.js';

/** Indonesian guidance of <support-dispute-checklist> (the deadline rules, the evidence items and why each matters): its second file, see DisputeGuidanceStrings. */
export const dispute: DisputeGuidanceStrings = {
  written:
    'Kartu kredit AS: kirim sanggahan Anda secara tertulis ke alamat untuk kesalahan tagihan (billing error) yang tertera di lembar tagihan (bukan alamat pembayaran). Telepon saja tidak melindungi hak Anda.',
  'w-us-reg-z': 'Kartu kredit AS: surat Anda harus diterima bank dalam 60 hari sejak lembar tagihan yang pertama kali memuat transaksi tersebut.',
  'w-us-reg-e': 'Kartu debit dan transfer AS: beri tahu bank Anda dalam 60 hari sejak lembar tagihan yang pertama kali memuat transaksi tersebut.',
  'w-us-reg-e-lost':
    'Jika kartu atau PIN Anda hilang atau dicuri, beri tahu bank dalam 2 hari kerja sejak Anda menyadarinya: setelah itu, kerugian Anda bisa mencapai $500.',
  'w-eu-psd2-71':
    'UE dan EEA: beri tahu bank Anda segera setelah Anda menyadarinya; undang-undang memberi waktu paling lama 13 bulan sejak dana keluar dari rekening Anda.',
  'w-eu-none':
    'UE dan EEA: undang-undang tidak menetapkan batas waktu untuk masalah seperti ini; aturan kartu bank Anda yang menetapkannya, sering kali 120 hari sejak transaksi. Segera tanyakan ke bank Anda.',
  'w-paypal-180': 'PayPal: ajukan sanggahan dalam 180 hari sejak pembayaran.',
  'w-eu-psd2-76':
    'UE dan EEA: jika jumlah pastinya belum ditetapkan saat Anda menyetujui pembayaran (debit langsung, atau dana yang ditahan lewat kartu di hotel atau rental mobil), Anda dapat meminta pengembalian dana ke bank dalam 8 minggu sejak pendebetan. Jika tidak, aturan kartu bank Anda yang menetapkan batas waktunya, sering kali 120 hari sejak transaksi. Segera tanyakan ke bank Anda.',
  'w-paypal-error': 'PayPal: laporkan tagihan yang salah atau ganda dalam 60 hari sejak laporan rekening yang memuatnya.',
  'w-paypal-unauthorized': 'PayPal: laporkan pembayaran yang tidak Anda lakukan dalam 60 hari sejak laporan rekening yang memuatnya.',
  'w-visa-13.1':
    'Visa: bank Anda punya waktu 120 hari sejak tanggal yang dijanjikan (atau sejak transaksi, jika tidak ada tanggal yang dijanjikan), paling lambat 540 hari setelah transaksi.',
  'w-visa-13.3': 'Visa: bank Anda punya waktu 120 hari sejak Anda menerimanya (atau sejak transaksi), paling lambat 540 hari setelah transaksi.',
  'w-visa-13.6':
    'Visa: bank Anda punya waktu 120 hari sejak tanggal pada konfirmasi pengembalian dana (atau sejak transaksi), paling lambat 540 hari setelah transaksi.',
  'w-visa-120': 'Visa: bank Anda punya waktu 120 hari sejak transaksi. Beri tahu jauh sebelumnya: bank juga butuh waktu.',
  'w-mastercard-4853':
    'Mastercard: bank Anda punya waktu 120 hari sejak tanggal yang dijanjikan (atau sejak transaksi, jika tidak ada tanggal yang dijanjikan), paling lambat 540 hari setelah transaksi.',
  'w-mastercard-4834':
    'Mastercard: untuk tagihan ganda, jumlah yang salah, atau tagihan yang sudah dibayar dengan cara lain, bank Anda punya waktu 90 hari sejak transaksi.',
  'w-mastercard-120':
    'Mastercard: bank Anda punya waktu 120 hari sejak transaksi (sejak barang diterima, untuk barang yang tidak sesuai deskripsi). Beri tahu jauh sebelumnya.',
  'dsc-unrecognized':
    'Cari tahu dulu transaksi apa ini: toko sering menagih dengan nama lain, dan orang yang memakai kartu bersama Anda mungkin yang membayar. Jika tidak ada yang mengenalinya, laporkan sebagai penipuan.',
  'i-statement': 'Baris di lembar tagihan',
  'r-statement': 'Menunjukkan nama penjual, tanggal, dan jumlah yang ditagihkan.',
  'i-contact': 'Bukti Anda sudah menghubungi penjual',
  'r-contact': 'Email, chat, atau nomor kasus: penerbit kartu mengharapkan Anda menghubungi penjual terlebih dahulu.',
  'i-receipt': 'Struk atau konfirmasi pesanan',
  'r-receipt': 'Menunjukkan apa yang Anda beli, kapan, dan berapa harganya.',
  'i-terms': 'Apa yang dijanjikan',
  'r-terms': 'Deskripsi produk, tanggal pengiriman, atau ketentuan saat Anda membayar.',
  'i-tracking': 'Catatan pelacakan atau pengiriman',
  'r-tracking': 'Menunjukkan barang tidak pernah tiba, atau terlambat tiba.',
  'i-photos': 'Foto masalahnya',
  'r-photos': 'Menunjukkan kerusakan atau perbedaannya dari deskripsi.',
  'i-return': 'Bukti Anda sudah mengembalikannya',
  'r-return': 'Tanggal pengembalian, kurir, dan nomor resi, atau penolakan penjual untuk menerimanya kembali.',
  'i-service': 'Apa yang salah dengan layanannya',
  'r-service': 'Tanggal, apa yang dijanjikan dan apa yang Anda terima; pendapat ahli jika ada.',
  'i-descriptor': 'Cari nama di lembar tagihan Anda',
  'r-descriptor': 'Cari nama persisnya dan nomor telepon di sebelahnya: toko sering menagih dengan nama usaha lain.',
  'i-household': 'Tanyakan orang yang memakai kartu atau akun bersama Anda',
  'r-household': 'Biasanya jawabannya adalah pembelian anggota keluarga atau langganan yang terlupa.',
  'i-other': 'Bukti Anda membayar dengan cara lain',
  'r-other': 'Struk, lembar tagihan kartu lain, atau cek yang menunjukkan penjual sudah dibayar.',
  'i-cancel': 'Konfirmasi pembatalan',
  'r-cancel': 'Menunjukkan Anda membatalkan sebelum tagihan ini.',
  'i-refund': 'Janji pengembalian dana',
  'r-refund': 'Pesan atau nota kredit dari penjual yang menjanjikan pengembalian dana.',
  'i-both': 'Kedua transaksi',
  'r-both': 'Tanggal, jumlah, dan referensi transaksi yang sah dan yang ganda.',
  'i-price': 'Harga yang disepakati',
  'r-price': 'Penawaran harga, struk, atau harga tertera yang berbeda dari tagihan.',
  'i-report': 'Laporan Anda ke penerbit kartu',
  'r-report': 'Kapan Anda memberi tahu bank atau dompet digital dan memblokir kartu.',
  'i-card': 'Di mana kartu Anda berada',
  'r-card': 'Ada pada Anda, hilang, atau dicuri saat transaksi terjadi.',
  'i-story': 'Kronologi singkat',
  'r-story': 'Tanggal, apa yang Anda harapkan, dan apa yang Anda minta.',
};
