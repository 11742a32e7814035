import type { CenterStrings } from './center.en.js';

/** Turkish strings of <support-center> (formal: siz). */
export const center: CenterStrings = {
  nav: 'Yardım konuları',
  faq: 'Sık sorulan sorular',
  hotline: 'Bizi arayın',
  callPrep: 'Aramadan önce',
  dispute: 'Harcamaya itiraz',
  stuck: 'Hâlâ çözülmedi mi? Bir temsilcimiz yardımcı olabilir:',
  checklist: 'İtiraz kontrol listesini açın',
  status: 'Destek hattı şu an',
  loading: 'Yardım yükleniyor…',
  failed: 'Yardım yüklenemedi.',
  retry: 'Tekrar dene',
};
