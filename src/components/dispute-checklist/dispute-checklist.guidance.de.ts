import type { DisputeGuidanceStrings } from './dispute-checklist.en.js';

/** German guidance of <support-dispute-checklist> (the deadline rules, the evidence items and why each matters): its second file, see DisputeGuidanceStrings. */
export const dispute: DisputeGuidanceStrings = {
  written:
    'US-Kreditkarten: Senden Sie Ihre Reklamation schriftlich an die Adresse für Abrechnungsfehler auf Ihrer Abrechnung (nicht an die Zahlungsadresse). Ein Anruf allein wahrt Ihre Rechte nicht.',
  'w-us-reg-z':
    'US-Kreditkarten: Ihr Schreiben muss innerhalb von 60 Tagen nach der Abrechnung, auf der die Abbuchung zuerst erschien, bei Ihrer Bank eingehen.',
  'w-us-reg-e':
    'US-Debitkarten und Überweisungen: Informieren Sie Ihre Bank innerhalb von 60 Tagen nach der Abrechnung, auf der die Abbuchung zuerst erschien.',
  'w-us-reg-e-lost':
    'Wenn Ihre Karte oder PIN verloren oder gestohlen wurde, informieren Sie Ihre Bank innerhalb von 2 Geschäftstagen, nachdem Sie es bemerkt haben: Danach könnten Sie bis zu 500 US-Dollar verlieren.',
  'w-eu-psd2-71':
    'EU und EWR: Informieren Sie Ihre Bank, sobald Sie es bemerken; das Gesetz lässt Ihnen höchstens 13 Monate ab dem Tag, an dem das Geld Ihr Konto verlassen hat.',
  'w-eu-none':
    'EU und EWR: Das Gesetz setzt für diese Art von Problem keine Frist; die Kartenregeln Ihrer Bank tun es, oft 120 Tage ab der Abbuchung. Fragen Sie bald bei Ihrer Bank nach.',
  'w-paypal-180': 'PayPal: Melden Sie einen Konflikt innerhalb von 180 Tagen nach der Zahlung.',
  'w-eu-psd2-76':
    'EU und EWR: Stand der genaue Betrag nicht fest, als Sie der Zahlung zugestimmt haben (eine Lastschrift oder eine Kartenreservierung bei einem Hotel oder einer Autovermietung), können Sie innerhalb von 8 Wochen nach der Belastung von Ihrer Bank eine Erstattung verlangen. Andernfalls legen die Kartenregeln Ihrer Bank die Frist fest, oft 120 Tage ab der Abbuchung. Fragen Sie bald bei Ihrer Bank nach.',
  'w-paypal-error': 'PayPal: Melden Sie eine falsche oder doppelte Abbuchung innerhalb von 60 Tagen nach der Abrechnung, auf der sie erschien.',
  'w-paypal-unauthorized': 'PayPal: Melden Sie eine Zahlung, die Sie nicht getätigt haben, innerhalb von 60 Tagen nach der Abrechnung, auf der sie erschien.',
  'w-visa-13.1':
    'Visa: Ihre Bank hat 120 Tage ab dem zugesagten Datum (oder ab der Abbuchung, wenn kein Datum zugesagt wurde), höchstens 540 Tage nach der Abbuchung.',
  'w-visa-13.3': 'Visa: Ihre Bank hat 120 Tage ab dem Tag, an dem Sie es erhalten haben (oder ab der Abbuchung), höchstens 540 Tage nach der Abbuchung.',
  'w-visa-13.6': 'Visa: Ihre Bank hat 120 Tage ab dem Datum der Erstattungsbestätigung (oder ab der Abbuchung), höchstens 540 Tage nach der Abbuchung.',
  'w-visa-120': 'Visa: Ihre Bank hat 120 Tage ab der Abbuchung. Informieren Sie sie frühzeitig: Auch sie braucht Zeit.',
  'w-mastercard-4853':
    'Mastercard: Ihre Bank hat 120 Tage ab dem zugesagten Datum (oder ab der Abbuchung, wenn kein Datum zugesagt wurde), höchstens 540 Tage nach der Abbuchung.',
  'w-mastercard-4834':
    'Mastercard: Bei einer doppelten Abbuchung, einem falschen Betrag oder einer bereits anders bezahlten Abbuchung hat Ihre Bank 90 Tage ab der Abbuchung.',
  'w-mastercard-120':
    'Mastercard: Ihre Bank hat 120 Tage ab der Abbuchung (bei Waren, die nicht der Beschreibung entsprechen, ab Erhalt). Informieren Sie sie frühzeitig.',
  'dsc-unrecognized':
    'Finden Sie zuerst heraus, worum es sich handelt: Shops rechnen oft unter einem anderen Namen ab, und vielleicht hat jemand bezahlt, mit dem Sie die Karte teilen. Wenn niemand die Abbuchung erkennt, melden Sie sie als Betrug.',
  'i-statement': 'Buchungszeile auf der Abrechnung',
  'r-statement': 'Zeigt Händlername, Datum und Betrag, wie abgebucht.',
  'i-contact': 'Nachweis, dass Sie sich zuerst an den Händler gewandt haben',
  'r-contact': 'E-Mails, Chat oder eine Vorgangsnummer: Banken erwarten, dass Sie es zuerst beim Händler versuchen.',
  'i-receipt': 'Beleg oder Bestellbestätigung',
  'r-receipt': 'Zeigt, was Sie wann und zu welchem Preis gekauft haben.',
  'i-terms': 'Was zugesagt wurde',
  'r-terms': 'Das Angebot, der Liefertermin oder die Bedingungen zum Zeitpunkt der Zahlung.',
  'i-tracking': 'Sendungsverfolgung oder Zustellnachweis',
  'r-tracking': 'Zeigt, dass die Sendung nie oder zu spät ankam.',
  'i-photos': 'Fotos des Problems',
  'r-photos': 'Zeigen den Schaden oder die Abweichung von der Beschreibung.',
  'i-return': 'Nachweis der Rücksendung',
  'r-return': 'Rücksendedatum, Versanddienstleister und Sendungsnummer oder die Weigerung des Händlers, die Ware zurückzunehmen.',
  'i-service': 'Was an der Leistung mangelhaft war',
  'r-service': 'Daten, was zugesagt wurde und was Sie erhalten haben; ein Gutachten, falls vorhanden.',
  'i-descriptor': 'Den Namen auf der Abrechnung nachschlagen',
  'r-descriptor': 'Suchen Sie nach dem genauen Namen und einer Telefonnummer daneben: Shops rechnen oft unter einem anderen Firmennamen ab.',
  'i-household': 'Die Personen fragen, mit denen Sie Karte oder Konto teilen',
  'r-household': 'Meist ist es ein Kauf eines Familienmitglieds oder ein vergessenes Abo.',
  'i-other': 'Nachweis, dass Sie anders bezahlt haben',
  'r-other': 'Ein Beleg, die Abrechnung einer anderen Karte oder ein Scheck, der zeigt, dass der Händler bezahlt wurde.',
  'i-cancel': 'Kündigungsbestätigung',
  'r-cancel': 'Zeigt, dass Sie vor dieser Abbuchung gekündigt haben.',
  'i-refund': 'Die Zusage der Erstattung',
  'r-refund': 'Die Nachricht oder Gutschrift des Händlers, in der die Erstattung zugesagt wird.',
  'i-both': 'Beide Transaktionen',
  'r-both': 'Datum, Betrag und Referenz der gültigen und der doppelten Abbuchung.',
  'i-price': 'Der vereinbarte Preis',
  'r-price': 'Ein Angebot, ein Beleg oder ein angezeigter Preis, der von der Abbuchung abweicht.',
  'i-report': 'Ihre Meldung an die Bank',
  'r-report': 'Wann Sie Ihre Bank oder Ihren Wallet-Anbieter informiert und die Karte gesperrt haben.',
  'i-card': 'Wo Ihre Karte war',
  'r-card': 'Bei Ihnen, verloren oder gestohlen, als die Abbuchung erfolgte.',
  'i-story': 'Was passiert ist, in Kürze',
  'r-story': 'Daten, was Sie erwartet haben und was Sie verlangen.',
};
