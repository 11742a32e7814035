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
 * A number to show left to right, as phone numbers are read in Arabic too. Arabic-Indic digits are bidi class AN,
 * and the spaces and dashes between them take the right-to-left direction even inside `dir="ltr"` (UAX #9, rule
 * N1): `٠٥٠ ١٢٣ ٤٥٦٧` would paint as `٤٥٦٧ ١٢٣ ٠٥٠`. A left-to-right mark (U+200E) on each side of a separator
 * keeps the groups in order. Shown text only: what is copied and dialled is the E.164 number. The hotline's numbers and a FAQ's `tel:` link text (R7-5).
 */
export const groupsInOrder = (s: string): string => s.replace(/(?<=[\u0660-\u0669])[^\u0660-\u0669]+(?=[\u0660-\u0669])/g, '\u200e$&\u200e');
