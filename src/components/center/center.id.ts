import type { CenterStrings } from './center.en.js';

/** Indonesian strings of <support-center> (formal: Anda). */
export const center: CenterStrings = {
  nav: 'Topik bantuan',
  faq: 'Pertanyaan umum',
  hotline: 'Hubungi kami',
  callPrep: 'Sebelum menelepon',
  dispute: 'Sanggah transaksi',
  stuck: 'Masih belum teratasi? Petugas kami siap membantu:',
  checklist: 'Buka daftar periksa sanggahan',
  status: 'Hotline saat ini',
  loading: 'Memuat bantuan…',
  failed: 'Bantuan tidak dapat dimuat.',
  retry: 'Coba lagi',
};
