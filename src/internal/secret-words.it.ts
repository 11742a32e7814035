// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

/** The same in Italian: `il codice a 6 cifre è 482913`, `PIN di 5 cifre`. */
const IT_COUNT = ['3', '4', '5', '6', '8', 'tre', 'quattro', 'cinque', 'sei', 'otto'].flatMap((n) =>
  ['a', 'da', 'di', ''].map((p) => `${p} ${n} cifre`.trim()),
);
// Italian. As Italian banks and Poste Italiane name them in their SMS, apps and help pages: "codice di verifica",
// "codice OTP", "codice monouso", "codice di sicurezza" (also the CVV: "le 3 cifre sul retro della carta"),
// "codice dispositivo" and "password dispositiva" (authorising an operation: Intesa Sanpaolo, BancoPosta),
// "codice segreto" and "PIN del bancomat" (the ATM PIN), "codice PosteID", "O-Key" (Intesa Sanpaolo's
// one-time code app). Not "codice" alone: "codice fiscale", "codice di errore", "codice sconto", "codice
// postale" (CAP), "codice IBAN", "codice di autorizzazione" (the approval code on a receipt) are ordinary. From
// knowledge of these banks' wording, not a published standard.
export const secrets: SecretWords = {
  publicWords: [
    ...['reclamo*', 'segnalazion*', 'richiesta*'],
    ...['ticket*', 'numero*', 'data', 'costo*', 'commission*', 'tariffa*', 'cellulare*', 'telefono*', 'email*', 'pagina*'],
    ...['link*', 'versione*', 'mittente*', 'gestore*', 'bloccat*', 'dimenticat*', 'reimpostat*', 'cambiat*', 'modificat*', 'scadut*'],
    ...['scadenza', 'dal$', 'il$', 'da$'],
  ],
  numbered: [
    ...['!ordine*', '!rimborso*', '!reso', '!spedizione*', '!tracciamento*', '!consegna*', '!fattura*', '!pacco*'],
    ...['pagamento*', 'bonifico*', 'numero*', 'conto*', 'importo*', 'acquisto*', 'di$'],
  ],
  units: ['euro', 'eur', 'centesimi', '~volte', '~giorni', '~minuti'],
  codes: [
    'codice di verifica',
    'codice di sicurezza',
    'codice monouso',
    'codice usa e getta',
    'codice di conferma',
    'codice di accesso',
    'codice di attivazione',
    'codice dispositivo',
    'codice SMS',
    'codice via SMS',
    'codice ricevuto',
    'codice che ho ricevuto',
    'codice che mi è arrivato',
    'codice è',
    "codice e'",
    'codice era',
    'codice:',
    'codice segreto',
    // "My/your code" (`Il tuo codice WhatsApp è 482913`, R9-4).
    'mio codice',
    'tuo codice',
    'codice PosteID',
    'O-Key',
    'cifre sul retro',
    'numeri sul retro',
    'codice sul retro',
    'cifre dietro',
  ],
  passwords: ["parola d'ordine", 'parola d’ordine', 'password dispositiva'],
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['probabilmente', 'forse', 'credo sia', 'dovrebbe essere', 'deve essere'],
    ...[
      'è',
      "e'",
      'era',
      'sono',
      'nuovo',
      'nuova',
      'attuale',
      'del bancomat',
      'della carta',
      'della mia carta',
      'del conto',
      'del mio conto',
      'dispositiva',
      'di accesso',
      'per accedere',
      'via SMS',
      'per SMS',
    ],
    ...IT_COUNT,
  ],
  // Answers that give no password, kept after a password's name (see NO_PASSWORD); a group's languages share them.
  none: [
    // "Forgot it", "don't know", "don't remember", "none" ("password: l'ho dimenticata").
    'dimenticata',
    "l'ho dimenticata",
    'non la ricordo',
    'non lo so',
    'non ricordo',
    'nessuna',
  ],
  // R11-7: a public code's name after the keyword (an order, customer or parcel code), code first or last.
  publicCodes: [
    ...['ordine', 'cliente', 'ritiro', 'tracciamento', 'sconto', 'spedizione', 'negozio'],
    // R12-7: a ticket, case file, invoice, reference or booking number (`Pratica 482913 - codice di verifica non arriva`).
    ...['ticket', 'pratica', 'fattura', 'riferimento', 'richiesta', 'reclamo', 'segnalazione', 'contratto', 'prenotazione'],
  ],
};
