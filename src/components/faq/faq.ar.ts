import type { FaqStrings } from './faq.en.js';

/** Arabic (Modern Standard) strings of <support-faq>. */
export const faq: FaqStrings = {
  search: 'ابحث في الأسئلة',
  categories: 'الفئات',
  all: 'الكل',
  results: '{n, plural, zero {لا توجد نتائج} one {نتيجة واحدة} two {نتيجتان} few {# نتائج} many {# نتيجة} other {# نتيجة}}',
  best: 'أفضل النتائج المطابقة',
  none: 'لا توجد إجابات مطابقة.',
  copy: 'نسخ الرابط',
  copyFor: '{label} إلى: {question}',
  copied: 'تم نسخ الرابط',
  copyFailed: 'تعذر النسخ',
  helpful: 'هل كانت هذه الإجابة مفيدة؟',
  yes: 'نعم',
  no: 'لا',
  yesFor: '{label}، الإجابة عن «{question}» مفيدة',
  noFor: '{label}، الإجابة عن «{question}» غير مفيدة',
  thanks: 'شكرًا على ملاحظاتك!',
  otherLanguage: 'هذه الإجابة غير متوفرة بلغتك، لذا تُعرض باللغة {language}.',
  related: 'أسئلة ذات صلة',
  synonyms: 'بطاقة,كارت;خصم,اقتطاع;فشل,رفض,مرفوض,لم تتم;استرداد,استرجاع,إرجاع المبلغ;دفع,سداد',
  variants: '',
};
