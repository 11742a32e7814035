import type { FaqStrings } from './faq.en.js';

/**
 * Hebrew strings of <support-faq>, right to left, in the register of Israeli payment apps: impersonal or
 * gender-neutral forms ("יש להזין", plural imperatives) where Hebrew would otherwise pick a gender.
 */
export const faq: FaqStrings = {
  search: 'חיפוש בשאלות',
  categories: 'קטגוריות',
  all: 'הכול',
  results: '{n, plural, one {תוצאה אחת} two {שתי תוצאות} other {# תוצאות}}',
  best: 'ההתאמות הטובות ביותר',
  none: 'לא נמצאו תשובות מתאימות.',
  copy: 'העתקת קישור',
  copyFor: '{label} לשאלה: {question}',
  copied: 'הקישור הועתק',
  copyFailed: 'ההעתקה נכשלה',
  helpful: 'האם התשובה עזרה?',
  yes: 'כן',
  no: 'לא',
  yesFor: '{label}, התשובה לשאלה "{question}" עזרה',
  noFor: '{label}, התשובה לשאלה "{question}" לא עזרה',
  thanks: 'תודה על המשוב!',
  otherLanguage: 'התשובה הזו אינה זמינה בשפה שלך, ולכן היא מוצגת ב{language}.',
  related: 'שאלות קשורות',
  // "Dispute" is הכחשת עסקה in Israel (what the card companies call it), בירור עסקה when the customer only asks.
  synonyms:
    'כרטיס,כרטיס אשראי,אשראי,כרטיס חיוב,דביט;חיוב,חיובים,תשלום,עסקה;נכשל,נדחה,סורב,לא עבר;החזר,החזר כספי,זיכוי,החזר כסף,ביטול עסקה;הכחשה,הכחשת עסקה,בירור עסקה,מחלוקת,ערעור,צ׳רג׳בק;סיסמה,סיסמא,ססמה',
  variants: '',
};
