import type { FaqStrings } from './faq.en.js';

/** Arabic (Modern Standard) strings of <support-faq>. */
export const faq: FaqStrings = {
  search: 'ابحث في الأسئلة',
  categories: 'الفئات',
  all: 'الكل',
  results: 'عدد النتائج: {n}',
  none: 'لا توجد إجابات مطابقة.',
  copy: 'نسخ الرابط',
  copied: 'تم نسخ الرابط',
  copyFailed: 'تعذر النسخ',
  helpful: 'هل كانت هذه الإجابة مفيدة؟',
  yes: 'نعم',
  no: 'لا',
  thanks: 'شكرًا على ملاحظاتك!',
};
