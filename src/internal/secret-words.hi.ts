// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

// Hindi, in Devanagari and as Indians type the banks' English words: ओटीपी / "OTP hai", पिन (ATM पिन, UPI पिन:
// NPCI's BHIM asks for the "UPI PIN"), MPIN (SBI YONO, mobile banking), TPIN (HDFC Bank's phone-banking PIN), IPIN
// (HDFC NetBanking's password), पासवर्ड, सीवीवी and "the 3 digits on the back" (कार्ड के पीछे के 3 अंक). From the
// banks' Hindi SMS and RBI's "कभी भी अपना OTP/PIN/CVV किसी के साथ साझा न करें" campaign as remembered, not checked
// here. Devanagari vowel signs and the virama are combining marks the detector drops (पासवर्ड reads पासवरड): so
// है (is) is no link word (it reads ह, the start of any word), only the end of a code's name (`ओटीपी है 482913`).
// Not पिन कोड / पिनकोड: in India that is the postal code.
export const secrets: SecretWords = {
  publicWords: ['टिकट*', 'तारीख*', 'दिनांक*', 'शुल्क*', 'फीस*', 'मोबाइल*', 'फोन*', 'नंबर*', 'ईमेल*', 'पेज*', 'लिंक*', 'वर्जन*', 'रीसेट*', 'ब्लॉक*', 'भूल*', 'बदल*'],
  numbered: ['!ऑर्डर*', '!रिफंड*', 'भुगतान*', 'पेमेंट*', 'नंबर*', 'खाता*', 'खाते*', 'ट्रांसफर*', 'राशि*'],
  units: ['रुपये*', 'रुपए*', 'रु', '~बार', '~दिन'],
  codes: [
    'ओटीपी',
    'ओ टी पी',
    'वन टाइम पासवर्ड',
    'सत्यापन कोड',
    'वेरिफिकेशन कोड',
    'पुष्टिकरण कोड',
    'सुरक्षा कोड',
    'सिक्योरिटी कोड',
    'गुप्त कोड',
    'लॉगिन कोड',
    'पिन',
    'सीवीवी',
    'सीवीसी',
    'पीछे के 3 अंक',
    'पीछे के तीन अंक',
    'पीछे वाले 3 अंक',
    'पीछे वाले तीन अंक',
    'पीछे लिखे 3 अंक',
    'मेरा कोड',
    // R10-10: "(the number) on the card's back".
    'कार्ड के पीछे',
    'कार्ड के पीछे का नंबर',
    'पीछे का नंबर',
    'पीछे वाला नंबर',
    'mpin',
    'tpin',
  ].flatMap((w) => (/^[a-z]/.test(w) ? [w] : [w, `${w} है`, `${w} नंबर है`])),
  // "पासवर्ड है:" with its colon only (as "pass:"): without it, है would take the start of any word after it.
  passwords: ['पासवर्ड', 'पासवार्ड', 'पासकोड', 'कूटशब्द', 'ipin', 'पासवर्ड है:', 'पासकोड है:'],
  // "number", "my", "this", "was"; in Latin letters "hai" (is), as in "OTP hai 482913".
  // Hinglish "this is", "came", "got": `otp ye hai 482913`, `OTP aaya 482913` (R9-10).
  // कोड alone, as English `code` (R10-3): `कोड: 482913`, `कोड है 482913`; not after a public code's name: पिन कोड is the
  // postal code (India Post's Postal Index Number).
  bare: ['कोड'],
  publicCodes: [
    ...['ग्राहक', 'स्टोर', 'पिन', 'एरर', 'त्रुटि', 'ऑर्डर', 'प्रोमो', 'कूपन', 'डिस्काउंट', 'रेफरल', 'पोस्टल', 'ट्रैकिंग', 'बुकिंग', 'एसटीडी', 'आईएफएससी'],
    // R12-7: "number" and "ID" after an order or customer, a ticket, a complaint, a reference, a bill (`ऑर्डर नंबर 482913 -
    // OTP नहीं आया`, `शिकायत संख्या 482913`).
    ...['ऑर्डर नंबर', 'ऑर्डर नं', 'ऑर्डर आईडी', 'ग्राहक आईडी', 'ग्राहक संख्या', 'ग्राहक नंबर', 'टिकट', 'टिकट नंबर', 'शिकायत'],
    ...['शिकायत नंबर', 'शिकायत संख्या', 'संदर्भ', 'संदर्भ संख्या', 'बिल', 'बिल नंबर', 'इनवॉइस', 'बुकिंग आईडी', 'ट्रैकिंग आईडी'],
  ],
  // R10-8: a count, `CVV (3 अंक): 123`.
  links: [
    ...['3', '4', '6', '8'].map((n) => `${n} अंक`),
    'है',
    'नंबर',
    'मेरा',
    'मेरी',
    'यह',
    'था',
    'थी',
    'hai',
    'mera',
    'meri',
    'ye',
    'yeh',
    'aaya',
    'aya',
    'aayi',
    'mila',
  ],
  // Answers that give no password, kept after a password's name (see NO_PASSWORD); a group's languages share them.
  none: [
    // "Forgot", "don't know", "don't remember", "none", "changed", "blocked", in Devanagari and typed in Latin letters
    // ("पासवर्ड: भूल गया").
    'भूल गया',
    'भूल गई',
    'भूल गया हूं',
    'भूल गई हूं',
    'याद नहीं',
    'याद नहीं है',
    'पता नहीं',
    'नहीं पता',
    'कोई नहीं',
    'बदल दिया',
    'ब्लॉक है',
    'bhool gaya',
    'pata nahi',
    'yaad nahi',
  ],
};
