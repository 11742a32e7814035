import type { FaqStrings } from './faq.en.js';

/** German strings of <support-faq> (Sie). */
export const faq: FaqStrings = {
  search: 'Fragen durchsuchen',
  categories: 'Kategorien',
  all: 'Alle',
  results: '{n, plural, one {# Ergebnis} other {# Ergebnisse}}',
  best: 'Beste Treffer',
  none: 'Keine passenden Antworten.',
  copy: 'Link kopieren',
  copyFor: '{label}: {question}',
  copied: 'Link kopiert',
  copyFailed: 'Kopieren fehlgeschlagen',
  helpful: 'War diese Antwort hilfreich?',
  yes: 'Ja',
  no: 'Nein',
  yesFor: '{label}, die Antwort auf „{question}“ hat geholfen',
  noFor: '{label}, die Antwort auf „{question}“ hat nicht geholfen',
  thanks: 'Vielen Dank für Ihr Feedback!',
  otherLanguage: 'Diese Antwort ist in Ihrer Sprache nicht verfügbar und wird daher auf {language} angezeigt.',
  related: 'Ähnliche Fragen',
  // What German speakers type: "EC-Karte" and "Girokarte" for the debit card, "Abbuchung" for a charge,
  // "Rückbuchung" and "Reklamation" for a dispute, "Geld zurück" for a refund.
  synonyms:
    'Karte,Kreditkarte,Debitkarte,EC-Karte,Girokarte,Bankkarte;Abbuchung,Belastung,Zahlung,Buchung;fehlgeschlagen,abgelehnt,nicht erfolgreich;Erstattung,Rückerstattung,Geld zurück,Rückzahlung;Rückbuchung,Reklamation,Widerspruch,Beanstandung;Karte sperren,Sperrung,gesperrt;Passwort,Kennwort',
  variants: '',
};
