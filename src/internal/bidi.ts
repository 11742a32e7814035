/**
 * The bidirectional formatting characters of Unicode UAX #9 §2 (embeddings and overrides U+202A–U+202E,
 * isolates U+2066–U+2069, the marks LRM, RLM and ALM): in merchant text they can reorder what a user reads
 * ("\u202E0010 555 008 1+" shows as +1 800 555 0100). Elements isolate merchant text themselves (`<bdi>`,
 * `dir="auto"`), so these characters are never needed.
 */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without bidirectional control characters: applied wherever merchant text enters an element. */
export const stripBidi = (text: string): string => text.replace(BIDI, '');
