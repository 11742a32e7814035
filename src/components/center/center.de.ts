import type { CenterStrings } from './center.en.js';

/** German strings of <support-center> (Sie). */
export const center: CenterStrings = {
  nav: 'Hilfethemen',
  faq: 'Häufige Fragen',
  hotline: 'Anrufen',
  callPrep: 'Vor dem Anruf',
  dispute: 'Abbuchung reklamieren',
  stuck: 'Kommen Sie nicht weiter? Wir helfen Ihnen persönlich:',
  checklist: 'Checkliste für Reklamationen öffnen',
  status: 'Hotline-Status',
  loading: 'Hilfe wird geladen…',
  failed: 'Die Hilfe konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
};
