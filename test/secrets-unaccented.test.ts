// Keywords typed without their accents (issue 20): the detector drops the accents of Latin letters (and
// Devanagari's nukta), so the French, Turkish and Hindi tables list each keyword once, as written, and the form
// typed on a keyboard without ş, ğ, ü, é or ç is masked as the written one is.
import { expect } from '@open-wc/testing';
import { redact } from '../src/internal/sensitive.js';
import { loadLocale } from '../src/internal/locale.js';

before(() => Promise.all(['fr', 'tr', 'hi'].map((tag) => loadLocale(tag, 'callPrep'))));

const M = '••••••';
/** [typed without accents, as written] */
const PAIRS: [string, string][] = [
  ['code de verification 482913', 'code de vérification 482913'],
  ['code de securite 482913', 'code de sécurité 482913'],
  ["code d'acces 482913", "code d'accès 482913"],
  ['code recu 482913', 'code reçu 482913'],
  ['dogrulama kodunuz 482913', 'doğrulama kodunuz 482913'],
  ['guvenlik kodu 123', 'güvenlik kodu 123'],
  ['giris kodum 482913', 'giriş kodum 482913'],
  ['tek kullanimlik sifreniz: 482913', 'tek kullanımlık şifreniz: 482913'],
  ['sms sifresi 482913', 'sms şifresi 482913'],
  ['kart sifrem 1234', 'kart şifrem 1234'],
  ['atm sifresi 4321', 'atm şifresi 4321'],
  ['sifrem kedi123', 'şifrem kedi123'],
  ['sifreniz: Kedi2024', 'şifreniz: Kedi2024'],
  ['वेरिफिकेशन कोड 482913', 'वेरिफ़िकेशन कोड 482913'],
];

describe('secret keywords typed without their accents (issue 20)', () => {
  it('are masked as the keyword written with them is, the words around kept', () => {
    for (const [plain, written] of PAIRS) {
      const value = /\S+$/.exec(plain)![0];
      expect(redact(plain).text, plain).to.equal(plain.replace(value, M));
      expect(redact(written).text, written).to.equal(written.replace(value, M));
    }
  });
});
