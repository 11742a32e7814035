// React components for every element (`support-widgets/react`). Importing this module registers every
// element, like the package's main entry; `support-widgets/react/faq.js` (and hotline, call-prep,
// dispute-checklist, center) import only their own. React is an optional peer dependency: only the `react/`
// modules import it, and the CDN bundles (built from ../index.ts) never do.
export * from './faq.js';
export * from './hotline.js';
export * from './call-prep.js';
export * from './dispute-checklist.js';
export * from './center.js';
export { registerLocale, type LocaleStrings } from '../internal/locale.js';
