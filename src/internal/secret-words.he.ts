// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

/**
 * Hebrew: the code named by what it does or how it came, with the article or ל or without (`קוד אימות`, `קוד
 * האימות`, `קוד לאימות`). Keywords match inside words, so ה, ו, ב, ל, ש before them are taken. The bare "קוד" is no
 * keyword here: it sits inside מיקוד (postal code), and קוד שגיאה (error code), קוד קופון, קוד הנחה are public; it
 * is `bare` below, a whole word with a mark or "is" before its value.
 */
const HE_CODES = [
  ...['אימות', 'הזדהות', 'כניסה', 'גישה', 'אבטחה', 'סודי', 'חד פעמי', 'זמני', 'כספומט'].flatMap((n) => ['', 'ה', 'ל'].map((a) => `קוד ${a}${n}`)),
  ...['SMS', 'סמס'].flatMap((n) => ['', 'ב', 'מה'].map((a) => `קוד ${a} ${n}`)),
  'קוד פין',
  // "The code I got", "my code": with the article only, as מיקוד שלי ("my postal code") holds קוד שלי.
  ...['מההודעה', 'שקיבלתי', 'שנשלח', 'שהתקבל', 'שלי'].map((n) => `הקוד ${n}`),
  // A Latin keyword with a Hebrew prefix glued to it (`הCVV`, `בPIN`): a Hebrew letter before it is a letter to the whole-word rule.
  ...['CVV', 'CVC', 'CVV2', 'CVC2', 'PIN', 'OTP'].flatMap((w) => ['ה', 'ו', 'ב', 'ל'].map((a) => a + w)),
  'מספר סודי',
  'מספר הסודי',
  ...['סיסמה', 'סיסמא'].flatMap((w) => ['חד פעמית', 'החד פעמית', 'זמנית'].map((n) => `${w} ${n}`)),
  // The CVV: "3 הספרות בגב (הכרטיס)", "הספרות מאחורי הכרטיס".
  ...['בגב', 'שבגב', 'מאחורי', 'שמאחורי', 'בצד האחורי'].map((n) => `ספרות ${n}`),
];
// Hebrew: the code as Israeli banks and card companies name it, as we know their SMS and help pages (not checked
// against a live page here): "קוד האימות שלך הוא …" (Leumi, Discount), "הקוד החד פעמי" (Hapoalim), "קוד סודי" for
// the card PIN (PIN mailers, ATMs), "3 הספרות בגב הכרטיס" for the CVV (Isracard, Cal, Max); סיסמה with its
// common spelling סיסמא and the Academy's ססמה.
export const secrets: SecretWords = {
  publicWords: [
    'מספר הזמנה',
    'תאריך',
    'עמלה',
    'טלפון',
    'נייד',
    'מייל',
    'דף',
    'קישור',
    'גרסה',
    'שולח',
    'אופס*',
    'נחסמ*',
    'נשכח*',
    'שונת*',
    'שונה',
    'פג*',
    'מאז$',
  ],
  numbered: ['!הזמנה', '!החזר', '!משלוח', '!מעקב', 'תשלום', 'העברה', 'מספר', 'חשבון', 'סכום', 'חשבונית'],
  units: ['שקל*', 'ש"ח', 'שח', 'דולר', 'יורו', '~פעמים', '~ימים'],
  codes: HE_CODES,
  // "(The) code" alone, as English "code": a whole word (not מיקוד) with a mark or "is" before its value (R9-5:
  // `הקוד הוא 482913`, `קוד: 482913`); `קוד שגיאה: 504` names a public code after it and is kept.
  // R10-7: with ו ("and"), ש ("that"), כש ("when"), ב, ל, מ glued on: `והקוד הוא 482913`, `שהקוד הוא 482913`.
  bare: ['', 'ו', 'ש', 'וש', 'כש', 'וכש', 'ב', 'ל', 'מ', 'מה'].flatMap((p) => (p.endsWith('ה') ? [`${p}קוד`] : [`${p}קוד`, `${p}הקוד`])),
  passwords: [...['סיסמה', 'סיסמא', 'ססמה'].flatMap((w) => [w, `${w} שלי`]), ...['', 'י', ' כניסה', ' הכניסה'].map((n) => `סיסמת${n}`), 'פאסוורד', 'פסוורד'],
  // "Is" (הוא, היא, זה, הן), "my", "your" (pasted from the bank's SMS), "the new/old", and whose it is.
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['כנראה', 'אולי', 'אמור להיות'],
    'הוא',
    'היא',
    'זה',
    'הן',
    'הם',
    'הינו',
    'היה',
    'הייתה',
    'שלי',
    'שלך',
    'החדש',
    'החדשה',
    'הישן',
    'הישנה',
    'הכרטיס',
    'של הכרטיס',
    'לכרטיס',
    'לחשבון',
    ...['3', '4', '6', '8'].map((n) => `${n} ספרות`),
  ],
  // Answers that give no password, kept after a password's name (see NO_PASSWORD); a group's languages share them.
  none: [
    // Hebrew: "was blocked, locked, changed, reset", "I forgot", "none".
    'נחסמה',
    'נחסם',
    'ננעלה',
    'שונתה',
    'אופסה',
    'שכחתי',
    'אין',
  ],
  // R11-7: a public code's name after the keyword (an order, customer or parcel code), code first or last.
  publicCodes: [
    ...['הלקוח', 'לקוח', 'ההזמנה', 'הזמנה', 'המשלוח', 'משלוח', 'ההנחה', 'הנחה', 'הסניף', 'סניף'],
    // R12-7: "order number" written after the name, an inquiry, a service call, an invoice, a reference, a case file, a
    // subscriber (`הזמנה מספר 482913 - קוד אימות לא הגיע`, `פנייה 482913`).
    ...['הזמנה מספר', 'ההזמנה מספר', 'לקוח מספר', 'פנייה', 'הפנייה', 'קריאה', 'הקריאה', 'קריאת שירות', 'חשבונית', 'החשבונית'],
    ...['אסמכתא', 'האסמכתא', 'תיק', 'התיק', 'מנוי', 'המנוי'],
  ],
};
