import type { CenterStrings } from './center.en.js';

/** Italian (formal, Lei) strings of <support-center>. */
export const center: CenterStrings = {
  nav: 'Argomenti di aiuto',
  faq: 'Domande frequenti',
  hotline: 'Ci chiami',
  callPrep: 'Prima di chiamare',
  dispute: 'Contestare un addebito',
  stuck: 'Ha ancora bisogno di aiuto? Una persona può assisterLa:',
  checklist: 'Apri l’elenco per la contestazione',
  status: 'Assistenza telefonica ora',
  loading: 'Caricamento dell’aiuto…',
  failed: 'Impossibile caricare l’aiuto.',
  retry: 'Riprova',
};
