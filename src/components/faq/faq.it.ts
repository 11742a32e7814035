import type { FaqStrings } from './faq.en.js';

/** Italian (formal, Lei) strings of <support-faq>. */
export const faq: FaqStrings = {
  search: 'Cerca nelle domande',
  categories: 'Categorie',
  all: 'Tutte',
  results: '{n, plural, one {# risultato} many {# di risultati} other {# risultati}}',
  best: 'Risultati più pertinenti',
  none: 'Nessuna risposta corrispondente.',
  copy: 'Copia link',
  copyFor: '{label} di: {question}',
  copied: 'Link copiato',
  copyFailed: 'Copia non riuscita',
  helpful: 'Questa risposta Le è stata utile?',
  yes: 'Sì',
  no: 'No',
  yesFor: '{label}, la risposta a «{question}» è stata utile',
  noFor: '{label}, la risposta a «{question}» non è stata utile',
  thanks: 'Grazie per il Suo riscontro!',
  otherLanguage: 'Questa risposta non è disponibile nella Sua lingua, quindi è mostrata in {language}.',
  related: 'Domande correlate',
  // Built-in search synonyms: the words Italians type (accents are ignored by the search).
  synonyms:
    'carta,carta di credito,carta di debito,bancomat,prepagata;addebito,pagamento,transazione,movimento;non riuscito,fallito,rifiutato,rifiutata,negato;rimborso,riaccredito,storno,soldi indietro;contestazione,contestare,disconoscimento,chargeback;password,codice;assistenza,numero verde,servizio clienti',
  variants: '',
};
