import type { CenterStrings } from './center.en.js';

/** Arabic (Modern Standard) strings of <support-center>. */
export const center: CenterStrings = {
  nav: 'موضوعات المساعدة',
  faq: 'أسئلة شائعة',
  hotline: 'اتصل بنا',
  callPrep: 'قبل أن تتصل',
  dispute: 'الاعتراض على خصم',
  stuck: 'ألم تجد حلًا؟ يمكن لأحد موظفينا مساعدتك:',
  checklist: 'افتح قائمة أدلة الاعتراض',
  status: 'الخط الهاتفي الآن',
  loading: 'جار تحميل المساعدة…',
  failed: 'تعذر تحميل المساعدة.',
  retry: 'إعادة المحاولة',
};
