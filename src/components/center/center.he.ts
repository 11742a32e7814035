import type { CenterStrings } from './center.en.js';

/** Hebrew strings of <support-center>. */
export const center: CenterStrings = {
  nav: 'נושאי עזרה',
  faq: 'שאלות נפוצות',
  hotline: 'התקשרו אלינו',
  callPrep: 'לפני שמתקשרים',
  dispute: 'הכחשת עסקה',
  stuck: 'עדיין אין פתרון? נציג יוכל לעזור:',
  checklist: 'לרשימת הראיות להכחשת עסקה',
  status: 'המוקד עכשיו',
  loading: 'העזרה נטענת…',
  failed: 'לא הצלחנו לטעון את העזרה.',
  retry: 'ניסיון חוזר',
};
