// Registers every element and exports every class, type and public helper.
export * from './faq.js';
export * from './hotline.js';
export * from './call-prep.js';
export * from './dispute-checklist.js';
export * from './center.js';
export { registerLocale, type LocaleStrings } from './internal/locale.js';
export { safeUrl } from './internal/safe-url.js';
export { hasCardNumber, hasSecret, isSensitive, maskCardNumbers, redact, type Redacted } from './internal/sensitive.js';
export { VERSION } from './internal/version.js';
export type { Theme } from './internal/base.js';
export type { Strings, Section } from './locales/en.js';
