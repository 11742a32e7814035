// Issue 20: the secret keywords of Russian and Hebrew (src/internal/secret-words.ts), as people of those languages
// type a code, a PIN, a password or the digits on the back of a card into a support form; and the ordinary
// numbers of a support note in those languages (order, error code, postal code, amount, date, phone), kept.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep } from '../src/index.js';
import { loadLocale } from '../src/internal/locale.js';
import { expectRedacted, storage, typeInto, uniqueKey } from './helpers.js';

// Each language's secret words load with its first file (src/internal/secret-words.<tag>.ts), as on a page
// showing an element in that language.
before(() => Promise.all(['ru', 'he'].map((tag) => loadLocale(tag, 'callPrep'))));

const NOW = new Date('2026-12-06T12:00');

/** [typed, what is left]: Russian, as SMS from Russian banks word it and as customers retype it. */
const RU: [string, string][] = [
  ['Код подтверждения: 482913', 'Код подтверждения: ••••••'],
  ['код подтверждения 482913', 'код подтверждения ••••••'],
  ['КОД ПОДТВЕРЖДЕНИЯ — 482 913', 'КОД ПОДТВЕРЖДЕНИЯ — ••••••'],
  ['код из СМС ４８２９１３', 'код из СМС ••••••'],
  ['Код из SMS: 739164', 'Код из SMS: ••••••'],
  ['смс-код 551177', 'смс-код ••••••'],
  ['ввёл одноразовый пароль 482913, не пускает', 'ввёл одноразовый пароль ••••••, не пускает'],
  ['с кодом подтверждения 482913 не проходит', 'с кодом подтверждения •••••• не проходит'],
  ['ПИН-код 1234', 'ПИН-код ••••••'],
  ['пин-код от карты: 4321', 'пин-код от карты: ••••••'],
  ['мой пин 4321', 'мой пин ••••••'],
  ['пинкод 4321', 'пинкод ••••••'],
  ['три цифры на обороте карты 123', 'три цифры на обороте карты ••••••'],
  ['CVV-код 123', 'CVV-код ••••••'],
  ['Пароль: Qwerty123', 'Пароль: ••••••'],
  ['мой пароль был qwerty2024', 'мой пароль был ••••••'],
  ['пароль от личного кабинета — Маша1990', 'пароль от личного кабинета — ••••••'],
  ['кодовое слово: ромашка', 'кодовое слово: ••••••'],
];

/** Russian support notes with numbers and these words, no secret: kept as typed. */
const RU_KEPT = [
  'Заказ № 12345678 не пришёл',
  'Код ошибки 504 при оплате',
  'код ошибки: 504',
  'Почтовый индекс 101000',
  'Списали 1 500 ₽ 05.12.2026, номер заказа 12345678',
  'Перезвоните мне на +7 495 123-45-67',
  'промокод 2026 не сработал',
  'код города 495',
  'код авторизации 123456 в чеке',
  'код подтверждения не приходит уже 3 дня',
  'пароль был изменён без моего ведома',
  'Пароль: забыл',
  'ПИН-код не подходит',
  'пинг 120',
];

/** [typed, what is left]: Hebrew, as Israeli banks' SMS word it and as customers retype it. */
const HE: [string, string][] = [
  ['קוד האימות שלך הוא: 482913', 'קוד האימות שלך הוא: ••••••'],
  ['קוד אימות 482913', 'קוד אימות ••••••'],
  ['והקוד החד פעמי שלי 739164', 'והקוד החד פעמי שלי ••••••'],
  ['קוד חד-פעמי: 739164', 'קוד חד-פעמי: ••••••'],
  ['קוד מה-SMS הוא 551177', 'קוד מה-SMS הוא ••••••'],
  ['הקוד שקיבלתי 482913', 'הקוד שקיבלתי ••••••'],
  ['הקוד הסודי של הכרטיס הוא 1234', 'הקוד הסודי של הכרטיס הוא ••••••'],
  ['קוד סודי 4321', 'קוד סודי ••••••'],
  ['הCVV הוא 123', 'הCVV הוא ••••••'],
  ['3 הספרות בגב הכרטיס הן 123', '3 הספרות בגב הכרטיס הן ••••••'],
  ['הסיסמה שלי היא Abc12345', 'הסיסמה שלי היא ••••••'],
  ['סיסמא: qwerty123', 'סיסמא: ••••••'],
  ['הסיסמה היא אבי1990', 'הסיסמה היא ••••••'],
  ['סיסמה חד פעמית 482913', 'סיסמה חד פעמית ••••••'],
];

/** Hebrew support notes with numbers and these words, no secret: kept as typed. */
const HE_KEPT = [
  'מספר הזמנה 12345678 לא הגיע',
  'קוד שגיאה 504',
  'קיבלתי קוד שגיאה: 504',
  'מיקוד 6100000',
  'המיקוד שלי 6100000',
  'חויבתי ב-250 ₪ בתאריך 05/12/2026',
  'אפשר להתקשר אליי ל-054-1234567',
  'קוד ההנחה 2024 לא עבד',
  'קוד המדינה 972',
  'הסיסמה שלי נחסמה',
  'הסיסמה החדשה שלי נחסמה',
  'הסיסמה צריכה להכיל 8 תווים',
  'קוד האימות לא הגיע',
];

/** A note per language with several secrets, and the values that must never leave the element. */
const NOTES: [string, string[]][] = [
  ['Банк прислал код подтверждения 482913, ПИН-код 4321, пароль: Qwerty123', ['482913', '4321', 'Qwerty123']],
  ['קוד האימות שלך הוא 739164, הקוד הסודי 8765, הסיסמה שלי היא Abc12345', ['739164', '8765', 'Abc12345']],
];

describe('Secret keywords in Russian and Hebrew (issue 20)', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => localStorage.clear());

  it('Russian: codes, PINs, the CVV and passwords as typed are masked, the words around them kept', () => {
    expectRedacted(RU);
  });

  it('Russian: order, error and postal codes, amounts, dates and phone numbers are kept', () => {
    expectRedacted([], RU_KEPT);
  });

  it('Hebrew: codes, the PIN, the CVV and passwords as typed are masked, the words around them kept', () => {
    expectRedacted(HE);
  });

  it('Hebrew: order, error and postal codes, amounts, dates and phone numbers are kept', () => {
    expectRedacted([], HE_KEPT);
  });

  it('<support-call-prep>: a Russian or Hebrew note typed word by word never puts a value in localStorage', async function () {
    this.timeout(20_000);
    for (const [note, values] of NOTES) {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('s20t6')} .now=${NOW}></support-call-prep>`);
      const seen: string[] = [];
      // Each word as it is finished, and the half-typed values (`48`, `Qwer`) on the way.
      const stops = [...note.matchAll(/\S+/g)].flatMap((m) => [m.index + Math.ceil(m[0].length / 2), m.index + m[0].length]);
      for (const n of stops) {
        await typeInto(el, 'solution', note.slice(0, n));
        seen.push(storage());
      }
      await waitUntil(() => storage().includes('••••••'), 'the masked note is saved');
      for (const out of [...seen, storage(), el.summaryText()]) for (const v of values) expect(out, `${v} in ${out}`).not.to.include(v);
      el.remove();
      localStorage.clear();
    }
  });
});
