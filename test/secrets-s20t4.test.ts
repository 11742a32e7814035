// Issue 20: the secret keywords of Spanish (`es`), Brazilian Portuguese (`pt`) and Italian (`it`) in
// src/internal/secret-words.ts. Secrets as natives type them are masked; ordinary sentences with numbers (an
// order, an error code, a postal code, an amount, a date, a phone number) are kept as typed; and in
// <support-call-prep> a code typed in the language never reaches localStorage.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep } from '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { loadLocale } from '../src/internal/locale.js';
import { expectRedacted, shadow, storage, uniqueKey } from './helpers.js';

// Each language's secret words load with its first file (src/internal/secret-words.<tag>.ts), as on a page
// showing an element in that language.
before(() => Promise.all(['es', 'pt', 'it'].map((tag) => loadLocale(tag, 'callPrep'))));

const NOW = new Date('2026-12-06T12:00');
const M = '••••••';

interface Language {
  name: string;
  /** [typed, what is left]. */
  masked: [string, string][];
  /** Typed and kept as it is. */
  kept: string[];
  /** A sentence for the call form, and the secret values in it. */
  sentence: string;
  values: string[];
}

const ES: Language = {
  name: 'Spanish',
  masked: [
    ['Mi código de verificación es 482913', `Mi código de verificación es ${M}`],
    ['codigo de verificacion: 482913', `codigo de verificacion: ${M}`],
    ['El código que me llegó por SMS es 551177', `El código que me llegó por SMS es ${M}`],
    ['código de verificación de 6 dígitos: 482 913', `código de verificación de 6 dígitos: ${M}`],
    ['El código es 7 3 9 1 6 4', `El código es ${M}`],
    ['el código es 482913', `el código es ${M}`],
    ['código de un solo uso: １２３４５６', `código de un solo uso: ${M}`],
    ['clave dinámica 482913', `clave dinámica ${M}`],
    ['token 739164', `token ${M}`],
    ['Mi NIP es 4321', `Mi NIP es ${M}`],
    ['mi clave del cajero: 1234', `mi clave del cajero: ${M}`],
    ['el número secreto de mi tarjeta es 4321', `el número secreto de mi tarjeta es ${M}`],
    ['Mi clave es 246810', `Mi clave es ${M}`],
    ['La contraseña es Hunter2024', `La contraseña es ${M}`],
    ['la contraseña de mi cuenta es "perro azul"', `la contraseña de mi cuenta es "${M}"`],
    ['CÓDIGO DE SEGURIDAD 123', `CÓDIGO DE SEGURIDAD ${M}`],
    ['los 3 dígitos de atrás de la tarjeta son 123', `los 3 dígitos de atrás de la tarjeta son ${M}`],
  ],
  kept: [
    'Mi número de pedido es 12345678',
    'Código de error 504 al pagar',
    'El código de error es 504',
    'Mi código postal es 28001',
    'El importe fue de 1.234,56 € el 05/12/2026',
    'Llamé al +34 912 345 678 el 3 de diciembre',
    'El código de descuento es VERANO20',
    'El código de autorización es 123456',
    'Los últimos 4 dígitos de la tarjeta son 4242',
    'La contraseña es incorrecta',
    'La contraseña nueva no funciona',
    'La contraseña debe tener 8 caracteres',
    'Me pidieron la clave interbancaria 012180001234567890',
    'Contraseña: no me acuerdo',
    'contraseña: la olvidé',
  ],
  sentence: 'Me llegó el código de verificación 482913 y mi NIP es 4321; la contraseña: Perro2024!',
  values: ['482913', '4321', 'Perro2024'],
};

const PT: Language = {
  name: 'Brazilian Portuguese',
  masked: [
    ['Meu código de verificação é 482913', `Meu código de verificação é ${M}`],
    ['codigo de verificacao: 482913', `codigo de verificacao: ${M}`],
    ['O código que recebi por SMS é 551177', `O código que recebi por SMS é ${M}`],
    ['o codigo e 739164', `o codigo e ${M}`],
    ['A senha do cartão é 4321', `A senha do cartão é ${M}`],
    ['minha senha do cartao: 4321', `minha senha do cartao: ${M}`],
    ['a senha de 6 dígitos é 482913', `a senha de 6 dígitos é ${M}`],
    ['senha: Brasil@2024', `senha: ${M}`],
    ['minha senha é "gato azul"', `minha senha é "${M}"`],
    ['Senha do app 246810', `Senha do app ${M}`],
    ['Código de segurança 123', `Código de segurança ${M}`],
    ['os 3 números do verso do cartão são 123', `os 3 números do verso do cartão são ${M}`],
    ['iToken 482913', `iToken ${M}`],
    ['token: ４８２９１３', `token: ${M}`],
    ['chave de segurança 551177', `chave de segurança ${M}`],
  ],
  kept: [
    'Meu pedido 12345678 chegou',
    'Código de erro 504 no pagamento',
    'O erro é o código 504',
    'Meu CEP é 01310-100',
    'Paguei R$ 1.234,56 em 05/12/2026',
    'Liguei para (11) 98765-4321 e o protocolo é 20261206123456',
    'Minha chave Pix é 11987654321',
    'Meu CPF é 123.456.789-09',
    'A senha está errada',
    'A senha nova não funciona',
    'Errei a senha 3 vezes',
    'A senha deve ter 8 dígitos',
    'O código de rastreamento é BR123456789BR',
    'Código do cupom: NATAL10',
    'senha: esqueci',
    'Senha: não lembro',
  ],
  sentence: 'Recebi o código de verificação 482913 por SMS; a senha do cartão é 4321 e a senha do app: Brasil@2024',
  values: ['482913', '4321', 'Brasil@2024'],
};

const IT: Language = {
  name: 'Italian',
  masked: [
    ['Il mio codice di verifica è 482913', `Il mio codice di verifica è ${M}`],
    ['codice di verifica: 482913', `codice di verifica: ${M}`],
    ['Il codice che mi è arrivato via SMS è 551177', `Il codice che mi è arrivato via SMS è ${M}`],
    ["il codice e' 739164", `il codice e' ${M}`],
    ['Il PIN del bancomat è 54321', `Il PIN del bancomat è ${M}`],
    ['il codice segreto della carta: 1234', `il codice segreto della carta: ${M}`],
    ['codice OTP a 6 cifre: 482 913', `codice OTP a 6 cifre: ${M}`],
    ['la password è "gatto blu"', `la password è "${M}"`],
    ['password dispositiva 246810', `password dispositiva ${M}`],
    ['Il codice di sicurezza è 123', `Il codice di sicurezza è ${M}`],
    ['le 3 cifre sul retro sono 123', `le 3 cifre sul retro sono ${M}`],
    ['codice O-Key 482913', `codice O-Key ${M}`],
    ['codice monouso: ４８２９１３', `codice monouso: ${M}`],
    ['codice PosteID 123456', `codice PosteID ${M}`],
  ],
  kept: [
    'Il mio ordine 12345678 è arrivato',
    'Codice di errore 504 durante il pagamento',
    'Il codice di errore è 504',
    'Il mio CAP è 20121',
    'Ho pagato 1.234,56 € il 05/12/2026',
    'Ho chiamato il +39 02 1234 5678 alle 10:30',
    'Il mio codice fiscale è RSSMRA80A01H501U',
    'Il codice sconto è NATALE10',
    'Il codice di autorizzazione è 123456',
    'Ho sbagliato il PIN 3 volte',
    'Il PIN deve avere 5 cifre',
    'Le ultime 4 cifre della carta sono 4242',
    'La pratica numero 12345678 è aperta',
    'Password: non la ricordo',
    "password: l'ho dimenticata",
  ],
  sentence: 'Mi è arrivato il codice di verifica 482913, il PIN del bancomat è 54321 e la password: Roma2024!',
  values: ['482913', '54321', 'Roma2024'],
};

const LANGUAGES = [ES, PT, IT];

describe('Issue 20: secret keywords of Spanish, Brazilian Portuguese and Italian', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('digits in groups after a password keyword without ":" are the password (once a documented limit; R22-8)', () => {
    expect(redact('a senha de 6 dígitos é 482 913').text).to.equal('a senha de 6 dígitos é ••••••');
  });

  for (const lang of LANGUAGES) {
    describe(lang.name, () => {
      it('masks each secret as a native types it, and keeps the words around it', () => {
        expectRedacted(lang.masked);
      });

      it('keeps ordinary sentences with numbers as typed', () => {
        expectRedacted([], lang.kept);
      });

      it('<support-call-prep>: a code typed key by key into "What happened" never reaches localStorage', async () => {
        const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('s20t4')} .now=${NOW}></support-call-prep>`);
        const what = shadow(el).querySelector<HTMLTextAreaElement>('[name="what"]')!;
        const seen: string[] = [];
        for (let n = 1; n <= lang.sentence.length; n++) {
          what.value = lang.sentence.slice(0, n);
          what.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          seen.push(storage());
        }
        what.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        what.dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
        await el.updateComplete;
        // The draft was saved, with the words around the secrets.
        expect(storage()).to.include(M).and.include(lang.sentence.slice(0, 9));
        for (const out of [...seen, storage()]) for (const v of lang.values) expect(out, `${v} in ${out}`).not.to.include(v);
      });
    });
  }
});
