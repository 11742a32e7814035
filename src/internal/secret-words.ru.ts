// The words that introduce a secret in this language (see SecretWords in secret-words.ts): loaded with the
// language's first file, or at once by its entry point, and added to the detector for every element.
import type { SecretWords } from './secret-words.js';

/** Where the CVV is, in Russian: "на обороте (карты)", after "код" and after "цифры". */
const RU_BACK = ['на обороте', 'с обратной стороны', 'на обратной стороне'];
/**
 * Russian: a code named by what it does or where it came from, in the cases a value follows it in (nominative
 * "код подтверждения 123456", genitive "цифры кода из SMS", instrumental "с кодом доступа"), and by an adjective
 * ("одноразовый код", "SMS-код", "ПИН-код"; `разов` also matches inside `одноразов`). The bare "код" is no keyword:
 * "код ошибки 504", "промокод", "штрихкод", "код города", "код авторизации" (the approval code on a slip) are
 * public; it is a link word after a keyword ("CVV-код 123"), and `bare` below (a whole word, with a mark or a link
 * word before its value, as English "code").
 */
const RU_CODES = [
  ...['код', 'кода', 'кодом'].flatMap((w) =>
    [
      'подтверждения',
      'из смс',
      'из sms',
      'из сообщения',
      'из push',
      'из пуш',
      'из пуша',
      'из приложения',
      'безопасности',
      'проверки',
      'доступа',
      'верификации',
      'для входа',
      'входа',
      ...RU_BACK,
    ].map((n) => `${w} ${n}`),
  ),
  ...['разов', 'проверочн', 'секретн', 'защитн', 'трёхзначн', 'трехзначн'].flatMap((a) =>
    ['ый код', 'ого кода', 'ым кодом', 'ый пароль', 'ого пароля'].map((n) => a + n),
  ),
  ...['смс', 'sms', 'пин', 'push', 'пуш'].flatMap((a) => ['код', 'кода', 'кодом'].map((n) => `${a} ${n}`)),
  ...['цифры', 'цифр'].flatMap((w) => RU_BACK.map((n) => `${w} ${n}`)),
];
// Russian: the code as Sberbank, T-Bank (Tinkoff) and VTB name it in their SMS and on their help pages, as we
// know them (not checked against a live page here): "Код подтверждения: …", "Никому не сообщайте код", "ПИН-код",
// "CVV2/CVC2 — три цифры на обороте карты", "одноразовый пароль" (Sberbank's 3-D Secure), "кодовое слово"
// (asked by bank hotlines to identify a caller: a password). Cyrillic lookalikes fold to Latin (`ОТР`, `СVV`):
// the English keywords take those.
export const secrets: SecretWords = {
  publicWords: [
    ...['обращени*', 'жалоб*', 'претензи*', 'горяч*'],
    ...['заявк*', 'номер', 'дата', 'комисси*', 'стоимост*', 'телефон*', 'email', 'страниц*', 'ссылк*', 'верси*', 'отправител*'],
    ...['менеджер*', 'сброшен*', 'заблокирован*', 'забыт*', 'изменен*', 'сменен*', 'истек*', 'с$', 'до$'],
  ],
  numbered: [
    ...['!заказ*', '!возврат*', '!отслеживани*', '!посылк*', '!доставк*', '!трек*'],
    ...['оплат*', 'перевод*', 'платеж*', 'номер*', 'счет*', 'сумм*', 'покупк*'],
  ],
  units: ['руб*', 'р', 'тенге', 'грн', 'доллар*', 'евро', '~раз*', '~дн*', '~минут*'],
  codes: [...RU_CODES, 'пин', 'мой код', 'свой код', 'ваш код', 'твой код'],
  // "Код" alone, as English "code" (R9-5: `Ваш код: 482913`, `код - 482913`, `код был 482913`); a whole word, so not
  // промокод; not after штрих- or промо-.
  bare: ['код'],
  publicCodes: [
    ...['штрих', 'промо', 'заказ', 'заказа', 'клиент', 'клиента', 'трек', 'посылки', 'отслеживания', 'скидки', 'купона', 'магазина', 'города'],
    // R12-7: a request, an appeal, a ticket, a contract, an invoice, a waybill, a booking (`Заявка № 482913 — код не
    // пришёл`; `№` reads `No`).
    ...['заявка', 'заявки', 'обращение', 'обращения', 'тикет', 'тикета', 'договор', 'договора', 'счёт', 'счета', 'накладная', 'накладной'],
    ...['бронирование', 'бронирования'],
  ],
  passwords: ['пароль', 'пароля', 'паролем', 'пароле', 'кодовое слово', 'кодового слова'],
  // Not "от" alone: it starts "отправлен", "отменён" ("пароль отправлен" would give "отправлен" as the password).
  links: [
    // R22-5: a hedge between the name and the value, as an unsure customer writes it.
    ...['вроде', 'наверное', 'кажется', 'должен быть'],
    'это',
    'был',
    'была',
    'такой',
    'вот',
    'мой',
    'код',
    'кода',
    'карты',
    'к карте',
    ...['карты', 'приложения', 'аккаунта', 'личного кабинета'].map((n) => `от ${n}`),
    // R10-8: a count between a keyword and its value, as a form's hint: `CVV (3 цифры): 123`.
    ...['3', '4', '6', '8'].flatMap((n) => [`${n} цифры`, `${n} цифр`]),
  ],
  // Answers that give no password, kept after a password's name (see NO_PASSWORD); a group's languages share them.
  none: [
    // Russian: what a customer writes after "пароль был …" ("was changed, reset, blocked, forgotten").
    'изменён',
    'изменен',
    'сменил',
    'сброшен',
    'сбросил',
    'заблокирован',
    'забыл',
    'забыла',
    'утерян',
    'взломан',
    'истёк',
    'истек',
    'нет',
  ],
};
