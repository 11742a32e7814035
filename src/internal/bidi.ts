/**
 * The bidirectional formatting characters of Unicode UAX #9 §2 (embeddings and overrides U+202A–U+202E,
 * isolates U+2066–U+2069, the marks LRM, RLM and ALM): in merchant text they can reorder what a user reads
 * ("\u202E0010 555 008 1+" shows as +1 800 555 0100). Elements isolate merchant text themselves (`<bdi>`,
 * `dir="auto"`), so these characters are never needed.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without bidirectional control characters: applied wherever merchant text enters an element. */
export const stripBidi = (text: string): string => text.replace(BIDI, '');

/**
 * What a reader cannot see: white space, format characters (Unicode category Cf: bidi controls, U+200B zero width
 * space, the joiners, U+2060 word joiner, U+FEFF, U+0600 Arabic number sign without digits) and the other
 * default-ignorable code points (U+3164 Hangul filler, variation selectors; Unicode 15, 5.21), and U+2800, the
 * blank Braille pattern, which fonts draw as nothing (outside check c23-5); combining marks with no letter to sit
 * on (a stray accent) and U+1D159, a musical null notehead drawn as nothing (red team R13-14). A zero width space
 * comes along when text is pasted from web pages and word processors (c22-5): a label of only that is a blank
 * heading, a button or link with no name.
 */
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}\u2800\u{1D159}]/gu;

/** Nothing a reader can see in `text` (see INVISIBLE). */
export const unseen = (text: string): boolean => !text.replace(INVISIBLE, '');

/** Merchant text as an element shows it: no bidi controls, trimmed, and '' when a reader would see nothing of it. */
export const shown = (text: string): string => {
  const clean = stripBidi(text).trim();
  return unseen(clean) ? '' : clean;
};

/**
 * A number to show left to right, as phone numbers are read in Arabic too. Arabic-Indic digits are bidi class AN,
 * and the spaces and dashes between them take the right-to-left direction even inside `dir="ltr"` (UAX #9, rule
 * N1): `٠٥٠ ١٢٣ ٤٥٦٧` would paint as `٤٥٦٧ ١٢٣ ٠٥٠`. A left-to-right mark (U+200E) on each side of a separator
 * keeps the groups in order. Shown text only: what is copied and dialled is the E.164 number. The hotline's numbers and a FAQ's `tel:` link text (R7-5).
 */
export const groupsInOrder = (s: string): string => s.replace(/(?<=[\u0660-\u0669])[^\u0660-\u0669]+(?=[\u0660-\u0669])/g, '\u200e$&\u200e');
