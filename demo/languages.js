// Every language the elements ship, each named in its own language: the one list of the demo's language menu
// (demo.js) and of the builder's language pickers (builder.js). A module with no side effects.
/** [tag, name in that language, direction]. */
export const LANGUAGES = [
  ['en', 'English'],
  ['zh-CN', '简体中文'],
  ['zh-Hant', '繁體中文'],
  ['ja', '日本語'],
  ['ko', '한국어'],
  ['es', 'Español'],
  ['fr', 'Français'],
  ['de', 'Deutsch'],
  ['pt', 'Português (Brasil)'],
  ['it', 'Italiano'],
  ['ru', 'Русский'],
  ['tr', 'Türkçe'],
  ['ar', 'العربية', 'rtl'],
  ['he', 'עברית', 'rtl'],
  ['hi', 'हिन्दी'],
  ['id', 'Bahasa Indonesia'],
  ['vi', 'Tiếng Việt'],
  ['th', 'ไทย'],
];
