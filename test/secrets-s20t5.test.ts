// Issue 20: the French and German secret keywords (the `fr` and `de` tables of src/internal/secret-words.ts).
// Secrets as French and German speakers type them (French typography's no-break spaces before `:`, full-width
// digits from a phone keyboard, the link words "est", "c’est", "lautet", "ist") are masked; everyday sentences
// with order numbers, error codes, postal codes, amounts, dates and phone numbers are kept as typed.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep } from '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { loadLocale } from '../src/internal/locale.js';
import { storage, typeAndLeave, typeInto, uniqueKey } from './helpers.js';

// Each language's secret words load with its first file (src/internal/secret-words.<tag>.ts), as on a page
// showing an element in that language.
before(() => Promise.all(['fr', 'de'].map((tag) => loadLocale(tag, 'callPrep'))));

const NOW = new Date('2026-12-06T10:00');
const NB = '\u00a0'; // no-break space, before `:` in French
const NNB = '\u202f'; // narrow no-break space, before `;`, `?`, `!` in French
const M = '••••••';

/** [typed, what is left]. */
const FR: [string, string][] = [
  ['Mon code de vérification est 482913', `Mon code de vérification est ${M}`],
  [`Code de sécurité${NB}: 739${NB}164`, `Code de sécurité${NB}: ${M}`],
  [`code reçu par SMS${NNB}: 482913`, `code reçu par SMS${NNB}: ${M}`],
  [`code de vérification${NB}: ４８２ ９１３`, `code de vérification${NB}: ${M}`],
  ['Le code est 482913', `Le code est ${M}`],
  ['Le code confidentiel de ma carte est 8642', `Le code confidentiel de ma carte est ${M}`],
  ['mon code CB c’est 8642', `mon code CB c’est ${M}`],
  ['le code PIN de ma nouvelle carte est 8642', `le code PIN de ma nouvelle carte est ${M}`],
  [`cryptogramme visuel${NB}: 123`, `cryptogramme visuel${NB}: ${M}`],
  ['les 3 chiffres au dos de ma carte sont 123', `les 3 chiffres au dos de ma carte sont ${M}`],
  [`mdp${NB}: Soleil2024!`, `mdp${NB}: ${M}`],
  ['mon mot de passe c’est Soleil2024', `mon mot de passe c’est ${M}`],
  ['code à 6 chiffres : 482913', `code à 6 chiffres : ${M}`],
  ['Certicode 482913', `Certicode ${M}`],
  ['Le code de la carte cadeau est 551177', `Le code de la carte cadeau est ${M}`],
];
const DE: [string, string][] = [
  ['Mein Bestätigungscode ist 482913', `Mein Bestätigungscode ist ${M}`],
  ['Ihr Sicherheitscode lautet 739164', `Ihr Sicherheitscode lautet ${M}`],
  ['Der Code aus der SMS lautet ４８２９１３', `Der Code aus der SMS lautet ${M}`],
  ['der Code ist 482 913', `der Code ist ${M}`],
  ['SMS-TAN: 482913', `SMS-TAN: ${M}`],
  ['pushTAN 551177', `pushTAN ${M}`],
  ['chipTAN: 551177', `chipTAN: ${M}`],
  ['Meine PIN ist 8642', `Meine PIN ist ${M}`],
  ['Die PIN für die neue Karte lautet 8642', `Die PIN für die neue Karte lautet ${M}`],
  ['Geheimzahl 8642', `Geheimzahl ${M}`],
  ['Kartenprüfnummer: 123', `Kartenprüfnummer: ${M}`],
  ['die Ziffern auf der Rückseite meiner Karte sind 123', `die Ziffern auf der Rückseite meiner Karte sind ${M}`],
  ['mein Passwort ist Sommer2024', `mein Passwort ist ${M}`],
  ['Kennwort lautet hallo123', `Kennwort lautet ${M}`],
  ['6-stelliger Code 482913', `6-stelliger Code ${M}`],
  ['Einmalcode 482913', `Einmalcode ${M}`],
];

/** Everyday sentences with numbers and the same words around them: nothing here is a secret. */
const KEPT_FR = [
  `Numéro de commande${NB}: 12345678`,
  `Code postal${NB}: 75001`,
  'Mon code postal est 75001',
  'Code d’erreur 504',
  `code erreur${NB}: 504`,
  `Montant${NB}: 49,99${NB}€, débité le 12/03/2026`,
  `Appelez le 01${NB}23${NB}45${NB}67${NB}89`,
  `Code promo${NB}: NOEL2024`,
  'Mon code client est 1234567',
  'Le mot de passe doit contenir 12 caractères',
  'les 4 derniers chiffres de ma carte sont 4821',
  'Le code reçu expire dans 10 minutes',
  'Mon code PIN est bloqué depuis le 12/03',
  'code envoyé au 06 12 34 56 78',
];
const KEPT_DE = [
  'Bestellnummer 12345678',
  'Fehlercode 504',
  'Postleitzahl 10115',
  'PLZ: 10115 Berlin',
  'Betrag: 49,99 € am 12.03.2026',
  'Rufen Sie uns an: +49 30 1234567',
  'Kundennummer 1234567',
  'Gutscheincode: SOMMER2024',
  'Das Passwort muss 12 Zeichen haben',
  'Meine Karte endet auf 4821',
  'Ich habe die PIN 3 Mal falsch eingegeben',
  'Rechnung Nr. 2026-00417 vom 05.12.2026',
  'Bestätigungscode nicht erhalten, Bestellung 12345678',
  'Sicherheitscode wurde an +49 170 1234567 gesendet',
];

/** Types `sentence` into the call form's "What happened" key by key, then leaves it; returns storage after each step. */
async function typeKeyByKey(el: SupportCallPrep, sentence: string): Promise<string[]> {
  const seen: string[] = [];
  for (let n = 1; n <= sentence.length; n++) {
    await typeInto(el, 'what', sentence.slice(0, n));
    seen.push(storage());
  }
  await typeAndLeave(el, 'what', sentence);
  seen.push(storage());
  return seen;
}

describe('French and German secret keywords (issue 20)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('masks French secrets as they are typed and keeps the words around them', () => {
    for (const [typed, left] of FR) expect(redact(typed).text, typed).to.equal(left);
  });

  it('masks German secrets as they are typed and keeps the words around them', () => {
    for (const [typed, left] of DE) expect(redact(typed).text, typed).to.equal(left);
  });

  it('keeps French and German sentences with order numbers, error and postal codes, amounts, dates and phone numbers', () => {
    for (const kept of [...KEPT_FR, ...KEPT_DE]) expect(redact(kept).text, kept).to.equal(kept);
  });

  it('the limits hold as docs/security.md says: French and German public codes and "no password" answers are not known', () => {
    for (const [typed, left] of [
      ['le code est 4829', `le code est ${M}`],
      ['le code est 504', `le code est ${M}`],
      [`Mot de passe${NB}: oublié`, `Mot de passe${NB}: ${M}`],
    ])
      expect(redact(typed).text, typed).to.equal(left);
    // Since round 8: `Fehler` names a public code.
    for (const kept of ['Mot de passe oublié', 'Passwort vergessen, Bestellung 12345678', 'Fehler-Code: 504']) expect(redact(kept).text, kept).to.equal(kept);
  });

  for (const [lang, sentence, values, ordinary] of [
    ['fr', `Code de vérification${NB}: 482913, mdp${NB}: Soleil2024`, ['482913', 'Soleil2024'], KEPT_FR[0]],
    ['de', 'Die PIN lautet 8642, Passwort ist Sommer2024', ['8642', 'Sommer2024'], KEPT_DE[0]],
  ] as const) {
    it(`<support-call-prep lang="${lang}">: a code sentence typed key by key never reaches localStorage; an ordinary one does`, async function () {
      this.timeout(20_000);
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep lang=${lang} storage-key=${uniqueKey(`s20t5-${lang}`)} .now=${NOW}></support-call-prep>`,
      );
      await typeAndLeave(el, 'tried', ordinary);
      const seen = await typeKeyByKey(el, sentence);
      expect(storage(), 'the draft is saved').to.include(ordinary);
      for (const out of seen) for (const v of values) expect(out.includes(v), `${v} in ${out}`).to.equal(false);
      // What is kept is the sentence with only its secrets masked.
      expect(storage()).to.include(JSON.stringify(redact(sentence).text).slice(1, -1));
    });
  }
});
