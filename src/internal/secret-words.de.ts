// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// German, as German banks and card schemes name these (as we know their pages and SMS; not re-checked online
// here): the PIN is "PIN" or "Geheimzahl" (Girocard PIN letters: "persönliche Geheimzahl (PIN)"); the CVC the
// "Kartenprüfnummer" (Sparkassen) or "Sicherheitscode" ("die drei Ziffern auf der Rückseite"); online-banking
// one-time codes are TANs (Transaktionsnummer: chipTAN, pushTAN, smsTAN, mobileTAN, photoTAN); SMS codes are a
// "Bestätigungscode", "Sicherheitscode" ("Ihr Sicherheitscode lautet …"), "Freigabecode" or "Einmalcode".
// Not "Fehlercode", "Postleitzahl", "Kundennummer", "Bestellnummer", "Gutscheincode": none holds a keyword; the
// numbers are public codes (below), kept before a keyword too.
export const secrets: SecretWords = {
  publicWords: [
    ...['beschwerde*', 'reklamation*', 'anfrage*', 'hotline*'],
    ...['ticket*', 'bestellnummer*', 'auftrag*', 'vorgang*', 'gebühr*', 'kosten', 'datum', 'handy*', 'telefon*', 'mobil*', 'nummer*', 'e-mail*', 'email*'],
    ...['seite*', 'link*', 'version*', 'absender*', 'manager*', 'zurückgesetzt', 'zurücksetz*', 'gesperrt', 'sperr*', 'vergessen', 'geändert'],
    ...['ändern', 'änderung*', 'abgelaufen', 'ablauf*', 'am$', 'seit$', 'vom$', 'bis$', 'von$'],
  ],
  numbered: [
    ...['!bestellung*', '!rückerstattung*', '!erstattung*', '!rücksendung*', '!sendung*', '!lieferung*', '!rechnung*', '!paket*'],
    ...['zahlung*', 'überweisung*', 'nummer*', 'konto*', 'betrag*', 'abbuchung*', 'von$'],
  ],
  units: ['euro*', 'eur', 'cent', 'franken', 'chf', '~mal', '~tage*', '~minuten', '~stunden'],
  codes: [
    'bestätigungscode',
    'bestätigungs-code',
    'verifizierungscode',
    'verifikationscode',
    'sicherheitscode',
    'sicherheits-code',
    'kartensicherheitscode',
    'einmalcode',
    'einmal-code',
    'einmalpasswort',
    'einmal-passwort',
    'einmalkennwort',
    'einmal-pin',
    'freigabecode',
    'freischaltcode',
    'aktivierungscode',
    'authentifizierungscode',
    'anmeldecode',
    'zugangscode',
    'smscode',
    'tan',
    'mtan',
    'smstan',
    'sms-tan',
    'pushtan',
    'push-tan',
    'chiptan',
    'phototan',
    'mobiletan',
    'mobile-tan',
    'tan-nummer',
    'tan-code',
    'geheimzahl',
    'geheimnummer',
    'kartenprüfnummer',
    'kartenprüfziffer',
    // The CVC's other names on German cards (R9-10); a check digit alone (IBAN) has 1 or 2 digits.
    'prüfziffer',
    'prüfziffern',
    'prüfnummer',
    'sicherheitsnummer',
    // R10-10: "check code", "security number" said as a number's "Zahl".
    'prüfcode',
    'kartenprüfcode',
    'sicherheitszahl',
    'prüfzahl',
    'ziffern auf der rückseite',
    'zahlen auf der rückseite',
    'nummer auf der rückseite',
    'code auf der rückseite',
    'ziffern hinten',
    'zahlen hinten',
    // "6-stelliger Code 482913", as English "6-digit code".
    'stelliger code',
    'stellige code',
    'stelligen code',
    'pinnummer',
    'pinnummern',
    // R14-15: "PIN-Nr.", as German forms abbreviate it.
    'pin-nr.',
    'pin nr.',
    'pin-nr',
    'pin nr',
    'code aus der sms',
    'code per sms',
  ],
  // R13-3: the plurals (`Bankpasswörter`, `Kennwörter`), as Duden gives them.
  passwords: ['passwort', 'passwörter', 'kennwort', 'kennwörter', 'zugangspasswort', 'zugangskennwort'],
  // R12-3: German writes a PIN or password named by whose or which in one word (`Kartenpin`, `Bankkartenpin`,
  // `Kundenpasswort`, `Kontokennwort`; Duden, "Zusammensetzungen" are written together). Such a compound names the
  // secret whatever its first part: a PIN or password is never public. Not -code or -nummer: `Fehlercode`,
  // `Gutscheincode`, `Rabattcode`, `Bestellcode`, `Postleitzahl` name public codes, so -code compounds stay listed
  // one by one in \`codes\` above.
  // R13-3: and the PIN's other German names in the same compounds (`Kartenpinnummer`, `Kartengeheimzahl`,
  // `Kontogeheimnummer`), and the plurals.
  ends: ['pin', 'pinnummer', 'pinnummern', 'geheimzahl', 'geheimnummer', 'passwort', 'passwörter', 'kennwort', 'kennwörter'],
  // R12-7: an order, customer, ticket or case number before the secret the caller writes about (`Bestellnummer 482913 –
  // TAN kommt nicht an`, `Kundennummer 48291356 Passwort vergessen`, `Bestellung Nr. 482913: TAN fehlt`).
  publicCodes: [
    ...['bestellnummer', 'bestellung', 'bestell-nr', 'kundennummer', 'kunden-nr', 'kunden-id', 'kunde', 'auftrag', 'auftragsnummer'],
    ...['rechnung', 'rechnungsnummer', 'ticket', 'ticketnummer', 'vorgang', 'vorgangsnummer', 'fallnummer', 'referenznummer'],
    ...['sendungsnummer', 'buchungsnummer', 'vertragsnummer', 'mitgliedsnummer'],
  ],
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['wahrscheinlich', 'vielleicht', 'eigentlich', 'sollte', 'müsste', 'sollte sein'],
    // R14-15: where the CVC is, between its name and value (`CVC auf der Rückseite: 737`, `Prüfnummer hinten 737`).
    'auf der rückseite',
    'hinten',
    'ist',
    'war',
    'lautet',
    'lauten',
    'lautete',
    'sind',
    'waren',
    'heißt',
    'mein',
    'meine',
    'meiner',
    'für meine',
    'für mein',
    'für die',
    'für das',
    'für den',
    'für die karte',
    'für meine karte',
    'für die neue karte',
    'für meine neue karte',
    'von meiner',
    'von meinem',
    'auf der karte',
    'meiner karte',
    'karte',
    'konto',
    'nummer',
    'neue',
    'neues',
    'alte',
    'altes',
    'aktuelle',
    'aktuelles',
    'jetzt',
    'aus der sms',
    'per sms',
    // R10-8: a count between a keyword and its value, as a form's hint: `CVV (3 stellig): 123`.
    ...['3', '4', '6', '8'].flatMap((n) => [`${n}-stellig`, `${n} ziffern`, `${n} zahlen`]),
  ],
};
