import type { DisputeGuidanceStrings } from './dispute-checklist.en.js';

/** Italian guidance of <support-dispute-checklist> (the deadline rules, the evidence items and why each matters): its second file, see DisputeGuidanceStrings. */
export const dispute: DisputeGuidanceStrings = {
  written:
    'Carte di credito statunitensi: invii la contestazione per iscritto all’indirizzo per gli errori di fatturazione indicato nell’estratto conto (non all’indirizzo per i pagamenti). Una sola telefonata non tutela i Suoi diritti.',
  'w-us-reg-z': 'Carte di credito statunitensi: la Sua banca deve ricevere la Sua lettera entro 60 giorni dal primo estratto conto che riportava l’addebito.',
  'w-us-reg-e': 'Carte di debito e bonifici statunitensi: avvisi la Sua banca entro 60 giorni dal primo estratto conto che riportava l’addebito.',
  'w-us-reg-e-lost':
    'Se la carta o il PIN sono stati smarriti o rubati, avvisi la Sua banca entro 2 giorni lavorativi da quando se ne accorge: dopo potrebbe perdere fino a 500 dollari.',
  'w-eu-psd2-71': 'UE e SEE: avvisi la Sua banca appena se ne accorge; la legge concede al massimo 13 mesi dal giorno in cui il denaro è uscito dal Suo conto.',
  'w-eu-none':
    'UE e SEE: la legge non fissa un termine per questo tipo di problema; lo fissano le regole delle carte della Sua banca, spesso 120 giorni dall’addebito. Si rivolga presto alla Sua banca.',
  'w-paypal-180': 'PayPal: apra una contestazione entro 180 giorni dal pagamento.',
  'w-eu-psd2-76':
    'UE e SEE: se l’importo esatto non era stabilito quando ha autorizzato il pagamento (un addebito diretto o una preautorizzazione sulla carta in un hotel o un noleggio auto), può chiedere il rimborso alla Sua banca entro 8 settimane dall’addebito. Altrimenti il termine lo fissano le regole delle carte della Sua banca, spesso 120 giorni dall’addebito. Si rivolga presto alla Sua banca.',
  'w-paypal-error': 'PayPal: segnali un addebito errato o duplicato entro 60 giorni dall’estratto conto che lo riportava.',
  'w-paypal-unauthorized': 'PayPal: segnali un pagamento che non ha effettuato entro 60 giorni dall’estratto conto che lo riportava.',
  'w-visa-13.1':
    'Visa: la Sua banca ha 120 giorni dalla data promessa (o dall’addebito, se non era stata promessa una data), al massimo 540 giorni dopo l’addebito.',
  'w-visa-13.3': 'Visa: la Sua banca ha 120 giorni dal giorno in cui l’ha ricevuto (o dall’addebito), al massimo 540 giorni dopo l’addebito.',
  'w-visa-13.6': 'Visa: la Sua banca ha 120 giorni dalla data della conferma di rimborso (o dall’addebito), al massimo 540 giorni dopo l’addebito.',
  'w-visa-120': 'Visa: la Sua banca ha 120 giorni dall’addebito. La avvisi con largo anticipo: anche la banca ha bisogno di tempo.',
  'w-mastercard-4853':
    'Mastercard: la Sua banca ha 120 giorni dalla data promessa (o dall’addebito, se non era stata promessa una data), al massimo 540 giorni dopo l’addebito.',
  'w-mastercard-4834':
    'Mastercard: per un addebito duplicato, un importo errato o un addebito già pagato in altro modo, la Sua banca ha 90 giorni dall’addebito.',
  'w-mastercard-120':
    'Mastercard: la Sua banca ha 120 giorni dall’addebito (dal ricevimento, per beni non conformi alla descrizione). La avvisi con largo anticipo.',
  'dsc-unrecognized':
    'Prima scopra di che cosa si tratta: i negozi spesso addebitano con un altro nome, e qualcuno con cui condivide la carta potrebbe aver pagato. Se nessuno lo riconosce, lo segnali come frode.',
  'i-statement': 'Riga dell’estratto conto',
  'r-statement': 'Mostra il nome dell’esercente, la data e l’importo addebitato.',
  'i-contact': 'Prova di aver contattato prima l’esercente',
  'r-contact': 'E-mail, chat o un numero di pratica: gli emittenti si aspettano che Lei provi prima con l’esercente.',
  'i-receipt': 'Ricevuta o conferma dell’ordine',
  'r-receipt': 'Mostra che cosa ha acquistato, quando e per quale importo.',
  'i-terms': 'Che cosa era stato promesso',
  'r-terms': 'L’annuncio, la data di consegna o le condizioni al momento del pagamento.',
  'i-tracking': 'Tracciamento o prova di consegna',
  'r-tracking': 'Mostra che non è mai arrivato, o che è arrivato in ritardo.',
  'i-photos': 'Foto del problema',
  'r-photos': 'Mostrano il danno o in che cosa differisce dalla descrizione.',
  'i-return': 'Prova della restituzione',
  'r-return': 'Data della restituzione, corriere e numero di tracciamento, oppure il rifiuto dell’esercente di riprenderlo.',
  'i-service': 'Che cosa non andava nel servizio',
  'r-service': 'Date, che cosa era stato promesso e che cosa ha ricevuto; il parere di un esperto, se lo ha.',
  'i-descriptor': 'Cerchi il nome riportato nell’estratto conto',
  'r-descriptor': 'Cerchi il nome esatto e l’eventuale numero di telefono accanto: i negozi spesso addebitano con un’altra ragione sociale.',
  'i-household': 'Chieda a chi condivide con Lei la carta o il conto',
  'r-household': 'L’acquisto di un familiare o un abbonamento dimenticato è la risposta più comune.',
  'i-other': 'Prova di aver pagato in altro modo',
  'r-other': 'Una ricevuta, l’estratto conto di un’altra carta o un assegno che dimostri che l’esercente è stato pagato.',
  'i-cancel': 'Conferma della disdetta',
  'r-cancel': 'Mostra che ha disdetto prima di questo addebito.',
  'i-refund': 'La promessa di rimborso',
  'r-refund': 'Il messaggio o la nota di credito dell’esercente che promette il rimborso.',
  'i-both': 'Entrambe le transazioni',
  'r-both': 'Data, importo e riferimento dell’addebito valido e del duplicato.',
  'i-price': 'Il prezzo concordato',
  'r-price': 'Un preventivo, una ricevuta o un prezzo esposto diverso dall’addebito.',
  'i-report': 'La Sua segnalazione all’emittente',
  'r-report': 'Quando ha avvisato la banca o il portafoglio digitale e ha bloccato la carta.',
  'i-card': 'Dove si trovava la carta',
  'r-card': 'Con Lei, smarrita o rubata al momento dell’addebito.',
  'i-story': 'Che cosa è successo, in breve',
  'r-story': 'Date, che cosa si aspettava e che cosa chiede.',
};
