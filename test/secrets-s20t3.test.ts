// Issue 20: the secret keywords of Indonesian, Hindi and Turkish (src/internal/secret-words.ts), as people of
// each language type a code, PIN, password or card security code into a support form, and the ordinary
// sentences with numbers around them that must stay as typed (and a password field answered "forgot it").
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep } from '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { loadLocale } from '../src/internal/locale.js';
import { shadow, storage, uniqueKey } from './helpers.js';

// Each language's secret words load with its first file (src/internal/secret-words.<tag>.ts), as on a page
// showing an element in that language.
before(() => Promise.all(['id', 'hi', 'tr'].map((tag) => loadLocale(tag, 'callPrep'))));

const NOW = new Date('2026-11-24T12:00');

interface Language {
  /** [typed, what is left] */
  masked: [string, string][];
  kept: string[];
  /** A sentence typed into the call form, and the secret values it holds. */
  sentence: string;
  values: string[];
}

const LANGUAGES: Record<string, Language> = {
  Indonesian: {
    masked: [
      ['Kode verifikasi Anda adalah 482913', 'Kode verifikasi Anda adalah ••••••'],
      ['kode verifikasi: 482 913', 'kode verifikasi: ••••••'],
      ['PIN ATM saya 1234', 'PIN ATM saya ••••••'],
      ['MPIN 123456', 'MPIN ••••••'],
      ['kata sandi saya Rahasia2024', 'kata sandi saya ••••••'],
      ['Kata sandi: bunga mawar', 'Kata sandi: ••••••'],
      ['sandi internet banking 654321', 'sandi internet banking ••••••'],
      ['kode keamanan 123', 'kode keamanan ••••••'],
      ['tiga angka di belakang kartu 123', 'tiga angka di belakang kartu ••••••'],
      ['PIN-ku 4321', 'PIN-ku ••••••'],
      ['sandi ATM saya 246810', 'sandi ATM saya ••••••'],
      ['kode aktivasi：４８２９１３', 'kode aktivasi：••••••'],
    ],
    kept: [
      'nomor pesanan 12345678 belum dikirim',
      'kode error 504 saat bayar',
      'kode pos 40115',
      'tagihan Rp 1.250.000 pada 5 Desember 2026',
      'tolong hubungi saya di 0812-3456-7890',
      'kode promo HEMAT50 tidak berlaku',
      'kode booking 482913',
      'Pak Sandi menelepon 0812 3456 7890',
      'kode verifikasi tidak masuk sejak 3 hari',
      // No password given (NO_PASSWORD).
      'kata sandi: lupa',
      'Kata sandi: tidak tahu',
    ],
    sentence: 'Orang yang mengaku dari bank minta kode verifikasi 482913 dan PIN ATM saya 1234',
    values: ['482913', '1234'],
  },
  Hindi: {
    masked: [
      ['मेरा ओटीपी 482913 है', 'मेरा ओटीपी •••••• है'],
      ['ओटीपी है 482913', 'ओटीपी है ••••••'],
      ['ओटीपी ४८२९१३', 'ओटीपी ••••••'],
      ['एटीएम पिन 1234', 'एटीएम पिन ••••••'],
      ['यूपीआई पिन: ९८७६', 'यूपीआई पिन: ••••••'],
      ['कार्ड का पिन नंबर है 4321', 'कार्ड का पिन नंबर है ••••••'],
      ['मेरा पासवर्ड Ram@1234 है', 'मेरा पासवर्ड •••••• है'],
      ['पासवर्ड: सीता2024', 'पासवर्ड: ••••••'],
      ['पासवर्ड है: Ram@1234', 'पासवर्ड है: ••••••'],
      // Without the colon too, since round 10 (it was a documented limit).
      ['पासवर्ड है Ram@1234', 'पासवर्ड है ••••••'],
      ['सीवीवी १२३', 'सीवीवी ••••••'],
      ['कार्ड के पीछे के तीन अंक 456', 'कार्ड के पीछे के तीन अंक ••••••'],
      ['वेरिफिकेशन कोड 482 913', 'वेरिफिकेशन कोड ••••••'],
      ['OTP hai 482913', 'OTP hai ••••••'],
      ['MPIN 123456', 'MPIN ••••••'],
      ['TPIN 4321', 'TPIN ••••••'],
    ],
    kept: [
      'ऑर्डर नंबर 12345678 अभी तक नहीं आया',
      'एरर कोड 504 आ रहा है',
      // The PIN code is India's postal code.
      'पिन कोड 110001',
      'मेरा पिनकोड ४००००१ है',
      '₹1,499 का रिफ़ंड 5 दिसंबर 2026 तक नहीं मिला',
      'हेल्पलाइन 1800 123 4567 पर कॉल किया',
      '+91 98765 43210 पर कॉल करें',
      'ओटीपी 3 मिनट में नहीं आया',
      'पिन ३ बार गलत डाला',
      'पासवर्ड हटाना है',
      'मेरा पासवर्ड हैक हो गया',
      'पासवर्ड: भूल गया',
      'पासवर्ड: याद नहीं',
    ],
    sentence: 'बैंक वाले ने ओटीपी ४८२९१३ और एटीएम पिन 1234 मांगा',
    values: ['482913', '४८२९१३', '1234'],
  },
  Turkish: {
    masked: [
      ['Tek kullanımlık şifreniz: 482913', 'Tek kullanımlık şifreniz: ••••••'],
      ['doğrulama kodunuz 482913', 'doğrulama kodunuz ••••••'],
      ['dogrulama kodu 482 913', 'dogrulama kodu ••••••'],
      ['SMS kodu 482913’tür', 'SMS kodu ••••••’tür'],
      ['onay kodum: ４８２９１３', 'onay kodum: ••••••'],
      ['kart şifrem 1234', 'kart şifrem ••••••'],
      ['ATM şifresi 4321', 'ATM şifresi ••••••'],
      ['ŞİFREM: Kedi2024!', 'ŞİFREM: ••••••'],
      ['şifrem kedi123', 'şifrem ••••••'],
      ['şifremi 1234 yaptım', 'şifremi •••••• yaptım'],
      ['parolam Ankara06', 'parolam ••••••'],
      ['güvenlik kodu 123', 'güvenlik kodu ••••••'],
      ['kartın arkasındaki 3 haneli kod 456', 'kartın arkasındaki 3 haneli kod ••••••'],
    ],
    kept: [
      'sipariş numaram 12345678',
      'hata kodu 504 alıyorum',
      'posta kodu 34710',
      'tutar 1.250,00 TL',
      '12.03.2026 tarihinde ödeme yaptım',
      'beni 0532 123 45 67 numarasından arayın',
      'indirim kodu INDIRIM50 geçmedi',
      'şifre 3 kez yanlış girildi',
      'şifremi unuttum',
      'şifrem: unuttum',
      'parolam: yok',
      // Italian "parola" (word) is no keyword: Italian is shipped too, and every table applies to every text.
      "ho dimenticato la parola d'ordine",
      // "şifre" inside longer words: encryption, with the password, the passwords.
      'şifreleme 256 bit',
      'şifreyle giriş yapamıyorum',
      'şifrelerimi değiştirdim',
      'şifre şubatta değişti',
    ],
    sentence: 'Bankadan aradılar, doğrulama kodum 482913 ve kart şifrem 1234 idi',
    values: ['482913', '1234'],
  },
};

async function type(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = shadow(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

describe('Devanagari digits', () => {
  it('a card number and the CVV after it are masked as in ASCII digits', () => {
    expect(redact('मेरा कार्ड नंबर ४५३९ १४८८ ०३४३ ६४६७ है').text).to.equal('मेरा कार्ड नंबर •••• 6467 है');
    expect(redact('कार्ड ४५३९१४८८०३४३६४६७ समाप्ति १२/२७ सीवीवी १२३').text).to.equal('कार्ड •••• 6467 समाप्ति १२/२७ सीवीवी ••••••');
  });
});

for (const [language, { masked, kept, sentence, values }] of Object.entries(LANGUAGES)) {
  describe(`secret keywords in ${language}`, () => {
    afterEach(() => localStorage.clear());

    it('the detector masks each value and keeps the words around it', () => {
      for (const [typed, left] of masked) expect(redact(typed).text, typed).to.equal(left);
    });

    it('the detector keeps ordinary sentences with numbers as typed', () => {
      for (const text of kept) expect(redact(text).text, text).to.equal(text);
    });

    it('<support-call-prep>: typed key by key into "What happened", no value reaches localStorage', async () => {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('s20t3')} .now=${NOW}></support-call-prep>`);
      await type(el, 'topic', 'security');
      const seen: string[] = [];
      for (let n = 1; n <= sentence.length; n++) {
        await type(el, 'what', sentence.slice(0, n));
        seen.push(storage());
      }
      const control = shadow(el).querySelector<HTMLTextAreaElement>('[name="what"]')!;
      control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await el.updateComplete;
      seen.push(storage());
      // The draft was saved, with the words around the values.
      expect(storage()).to.include(redact(sentence).text.slice(0, 20));
      for (const out of seen) for (const v of values) expect(out, `${v} in ${out}`).not.to.include(v);
    });
  });
}
