/**
 * The words that introduce a secret, per language. Every table is active whatever the page's language: a
 * customer may write in any language on any page, so these ship in the core bundle, not in the language files
 * (which load only when their language is shown). A language added with the library adds its table here; one
 * added at run time passes it to `registerLocale(lang, { secrets })`.
 *
 * Keywords are matched after the same normalisation as the text (NFKC, Arabic letter variants folded), case
 * insensitively; a space or hyphen in a keyword matches any run of spaces and hyphens. Keywords written in
 * ASCII must stand as whole words; others match inside words (Chinese has no spaces, Arabic attaches و, ب, ل).
 */
export interface SecretWords {
  /** Names of a code given in digits: one-time codes, PINs, card security codes. The value is 3 to 8 digits. */
  codes: string[];
  /** Names of a password: the value is a word holding a digit or symbol, or any word after `:`, `=` or a quote. */
  passwords: string[];
  /** Words that may stand between the name and the value ("is", "是", "هو"): up to three of them. */
  links: string[];
}

/**
 * Alone, "the code" (الرمز, رمز, الكود, كود; "my code" رمزي, كودي) is how an Arabic speaker gives a code, as "my
 * code 482913" in English; a code named by the word after it is public (رمز الخطأ, الرمز البريدي, كود الخصم): that
 * word is no link word, so nothing after it is taken. They name a secret only before a value, never as a field's
 * label ("كود الخطأ" is the call form's decline-code field).
 */
export const VALUE_ONLY = ['الرمز', 'رمز', 'رمزي', 'الكود', 'كود', 'كودي'];
/**
 * English "code" alone: a secret only with a mark or a link word before its value (`code: 482913`, `the code is
 * 482913`, `code's`, `code #`, `code no.`: R7-9), never with a space alone (`error 504, code 504`), not after
 * the name of a code that is no secret (PUBLIC_CODES) nor before a number said to be an error; like
 * VALUE_ONLY, never a field's label.
 */
export const BARE_CODE = 'code';

/** A password given again ("I changed my password, the new one is hunter2"): a keyword only after a password's (each ends in " one"). */
export const PASSWORD_AGAIN = ['new one', 'old one', 'current one'];

/**
 * What an Arabic "code" (رمز, كود; and so الرمز, الكود: Arabic keywords match inside words) is named by when it is
 * a secret: what it does, the channel it came by, how long it lasts (issue 13, R6-2, R7-3: `كود التأكيد`, `رمز
 * الواتساب`, `الرمز المؤقت`, `رمز الرسالة النصية`), with the article or without (`رمز تحقق`).
 */
const AR_NAMED = [
  'التحقق',
  'التأكيد',
  'التفعيل',
  'الأمان',
  'الحماية',
  'الدخول',
  'الرسالة',
  'الرسالة النصية',
  'الجوال',
  'المرسل',
  'المرور',
  'المؤقت',
  'الواتساب',
  'الواتس',
];
const AR_CODES = ['رمز', 'كود'].flatMap((w) => AR_NAMED.flatMap((n) => [`${w} ${n}`, `${w} ${n.slice(2)}`, `ال${w} ${n}`]));
/**
 * Whose or which card or account, between an Arabic keyword and its value: ل (for), لل/ال (the) and the
 * possessive endings (my, our, your, his, her) on بطاقة, كرت (Gulf) and حساب: `الرقم السري لكرتي`, `للكرت`,
 * `لحسابي`, `كلمة المرور لحسابي` (R7-3).
 */
const AR_OWNED = ['', 'ل', 'لل', 'ال'].flatMap((p) =>
  [['بطاقة', 'بطاقت'], ['كرت'], ['حساب']].flatMap(([n, stem = n]) => [p + n, ...['ي', 'نا', 'ك', 'ه', 'ها'].map((s) => p + stem + s)]),
);
/** How many digits, between a Chinese keyword and its value: `密码六位数是654321` (R7-4). */
const ZH_COUNT = [...'345678三四五六七八'].flatMap((n) => ['位', '位数', '位數', '位数字', '位數字'].map((u) => n + u));

/**
 * Spanish, Portuguese, Italian: a keyword written with its accents and without them (`código de verificación`,
 * `codigo de verificacion`): people type both, and keywords match as written (accents are not folded).
 */
const BOTH = (words: string[]): string[] => words.flatMap((w) => [w, w.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]);
/** "6-digit", between a Spanish keyword and its value: `código de verificación de 6 dígitos: 482913`. */
const ES_COUNT = BOTH(['3', '4', '6', '8', 'tres', 'cuatro', 'seis', 'ocho'].map((n) => `de ${n} dígitos`));
/** The same in Italian: `il codice a 6 cifre è 482913`, `PIN di 5 cifre`. */
const IT_COUNT = ['3', '4', '5', '6', '8', 'tre', 'quattro', 'cinque', 'sei', 'otto'].flatMap((n) => ['a', 'da', 'di'].map((p) => `${p} ${n} cifre`));
/** The same in Portuguese: `a senha de 6 dígitos é 482913`. */
const PT_COUNT = BOTH(['3', '4', '6', '8', 'três', 'quatro', 'seis', 'oito'].map((n) => `de ${n} dígitos`));
/** Where the CVV is, in Russian: "на обороте (карты)", after "код" and after "цифры". */
const RU_BACK = ['на обороте', 'с обратной стороны', 'на обратной стороне'];
/**
 * Russian: a code named by what it does or where it came from, in the cases a value follows it in (nominative
 * "код подтверждения 123456", genitive "цифры кода из SMS", instrumental "с кодом доступа"), and by an adjective
 * ("одноразовый код", "SMS-код", "ПИН-код"; `разов` also matches inside `одноразов`). The bare "код" is no keyword:
 * "код ошибки 504", "промокод", "штрихкод", "код города", "код авторизации" (the approval code on a slip) are
 * public; it is a link word after a keyword instead ("CVV-код 123").
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
/**
 * Hebrew: the code named by what it does or how it came, with the article or ל or without (`קוד אימות`, `קוד
 * האימות`, `קוד לאימות`). Keywords match inside words, so ה, ו, ב, ל, ש before them are taken. The bare "קוד" is no
 * keyword: it sits inside מיקוד (postal code), and קוד שגיאה (error code), קוד קופון, קוד הנחה are public.
 */
const HE_CODES = [
  ...['אימות', 'הזדהות', 'כניסה', 'גישה', 'אבטחה', 'סודי', 'חד פעמי', 'זמני', 'כספומט'].flatMap((n) => ['', 'ה', 'ל'].map((a) => `קוד ${a}${n}`)),
  ...['SMS', 'סמס'].flatMap((n) => ['', 'ב', 'מה'].map((a) => `קוד ${a} ${n}`)),
  'קוד פין',
  // "The code I got", "my code": with the article only, as מיקוד שלי ("my postal code") holds קוד שלי.
  ...['מההודעה', 'שקיבלתי', 'שנשלח', 'שהתקבל', 'שלי'].map((n) => `הקוד ${n}`),
  // A Latin keyword with a Hebrew prefix glued to it (`הCVV`, `בPIN`): a Hebrew letter before it is a letter to the whole-word rule.
  ...['CVV', 'CVC', 'CVV2', 'CVC2', 'PIN', 'OTP'].flatMap((w) => ['ה', 'ו', 'ב', 'ל'].map((a) => a + w)),
  'מספר סודי',
  'מספר הסודי',
  ...['סיסמה', 'סיסמא'].flatMap((w) => ['חד פעמית', 'החד פעמית', 'זמנית'].map((n) => `${w} ${n}`)),
  // The CVV: "3 הספרות בגב (הכרטיס)", "הספרות מאחורי הכרטיס".
  ...['בגב', 'שבגב', 'מאחורי', 'שמאחורי', 'בצד האחורי'].map((n) => `ספרות ${n}`),
];

export const SECRET_WORDS: Record<string, SecretWords> = {
  en: {
    codes: [
      'one-time code',
      'one-time passcode',
      'one-time password',
      'one-time pin',
      'otp',
      '2fa code',
      '2fa',
      'mfa code',
      'sms code',
      'text code',
      'verification code',
      // Its two usual typos (R7-9).
      'verificaton code',
      'verifcation code',
      'verify code',
      'security code',
      'auth code',
      'authentication code',
      'authenticator',
      'login code',
      'sign-in code',
      'access code',
      // "6-digit code", "the 6 digit code was", "3 digit code 123" (R7-9).
      'digit code',
      'pin',
      'pin code',
      'pin number',
      'cvv',
      'cvv2',
      'cvc',
      'cvc2',
      'card code',
      'card verification code',
      'card verification value',
      'my code',
      'your code',
      'cvn',
      'csc',
      'cid',
      // Alone, "code" (BARE_CODE, added last by the detector, so that a longer keyword starting with it wins) and
      // "pass" name a secret only so: "pass" with a colon, "code" as BARE_CODE says.
    ],
    passwords: ['password', 'passwd', 'pwd', 'pw', 'p/w', 'p.w.', 'p.w', 'pword', 'passcode', 'pass code', 'passphrase', 'pass word', 'pass:'],
    links: ['is', 'was', 'are', 'were', "it's", 'its', 'equals', 'number', 'no', 'num', 'code', 'for my', 'for the', 'of my', 'on my', 'account', 'card'],
  },
  // Simplified and Traditional forms: a customer types what their input method gives.
  zh: {
    codes: [
      '验证码',
      '驗證碼',
      '校验码',
      '校驗碼',
      '动态码',
      '動態碼',
      '动态密码',
      '動態密碼',
      '短信码',
      '簡訊碼',
      '安全码',
      '认证码',
      '認證碼',
      '验证号码',
      '驗證號碼',
      // The CVV as Taiwanese banks name it, "the last three" (末三碼, 背面三碼), and the code "received" (R7-4).
      '三码',
      '三碼',
      '收到的码',
      '收到的碼',
      '安全碼',
      '一次性密码',
      '一次性密碼',
      '确认码',
      '確認碼',
      '授权码',
      '授權碼',
      'PIN码',
      'PIN碼',
      'CVV码',
      'CVV碼',
      'CVN码',
      'CVN碼',
    ],
    passwords: ['密码', '密碼', '口令'],
    links: ['是', '为', '為', '号码', '號碼', '号', '號', '就是', '的是', '码', '碼', ...ZH_COUNT],
  },
  ar: {
    codes: [
      ...AR_CODES,
      'الرقم السري',
      'رقمي السري',
      'الرمز السري',
      'رقم التعريف الشخصي',
      'كلمة المرور لمرة واحدة',
      ...VALUE_ONLY,
      'رقم سري',
      // The code named by where it came from, a secret channel (issue 13, R6-2): "the SMS code"; a Latin word
      // after an Arabic one may take the article, `رمز الـSMS`, `رمز ال SMS` (see `pattern` in sensitive.ts).
      'رمز SMS',
      'كود SMS',
      'رمز WhatsApp',
    ],
    passwords: ['كلمة المرور', 'كلمة السر', 'كلمة سر', 'باسورد', 'باسوورد'],
    // "Mine" in the Levant and the Gulf (تبعي, حقي), and "the new/old/current" one.
    links: [
      'هو',
      'هي',
      'كان',
      'كانت',
      'الخاص بي',
      'الخاصة بي',
      'لي',
      'تبعي',
      'حقي',
      'الجديد',
      'الجديدة',
      'القديم',
      'القديمة',
      'الحالي',
      'الحالية',
      ...AR_OWNED,
    ],
  },
  // Taiwan's words beyond the `zh` table (which has the Traditional forms 驗證碼, 動態密碼, 安全碼, 三碼, 密碼): the
  // CVV written with an Arabic digit, as card forms in Taiwan ask for "卡片背面末3碼"; 個人識別碼, the formal
  // name of a PIN in Taiwan's banking standards (FISC's 晶片金融卡 rules; banks mostly say 密碼, which `zh` has).
  // Card forms ask "卡片背面末3碼" as often as 末三碼; Taiwanese explainers name the CVV 安全碼 or 驗證碼, "the
  // three digits on the back" (e.g. https://www.wvf.com.tw/a/信用卡安全碼意思). 個人識別碼 is from memory, unchecked.
  // Not `後3碼` or `3碼` alone: "郵遞區號後3碼" is a postal code.
  'zh-Hant': {
    codes: ['背面3碼', '背面末3碼', '背面後3碼', '背後3碼', '卡背3碼', '末3碼', '個人識別碼', '個人識別號碼'],
    // 通關密語/通關密碼: Taiwan's word for a passphrase or a bank's web-login password.
    passwords: ['通關密語', '通關密碼'],
    // After an ASCII keyword, which wins at its position: `OTP驗證碼 482913`, `OTP驗證 482913`.
    links: ['喔', '如下', '驗證', '驗證碼', '簡訊'],
  },
  // Japanese: 暗証番号 (PIN: 全国銀行協会's name, on every ATM; 暗唱番号 is its common mis-conversion), セキュリティコード
  // (the CVV as JCB, 三井住友カード and 楽天カード name it: "カード裏面の3桁"), ワンタイムパスワード (banks' and
  // J/Secure's one-time code), 認証番号/認証コード/確認コード (how SMS from LINE, Google "確認コード", Apple and
  // Amazon name a one-time code). Not 確認番号 (a booking's confirmation number) nor 承認番号 (the approval number
  // on a receipt): both are public. セキュリティコード as "カード裏面の署名欄 … 3桁": https://www.wdic.org/w/CUL/セキュリティコード
  // (クレジットカード) and merchants' FAQs; the other names from memory of those banks' and services' pages, unchecked.
  ja: {
    codes: [
      '暗証番号',
      '暗唱番号',
      'ピン番号',
      'セキュリティコード',
      'セキュリティーコード',
      '裏面の3桁',
      '裏の3桁',
      '裏面3桁',
      '裏面の数字',
      'ワンタイムパスワード',
      'ワンタイムパス',
      'ワンタイムコード',
      'ワンタイムパスコード',
      'ワンタイム暗証番号',
      '認証番号',
      '認証コード',
      '確認コード',
      '検証コード',
      'SMSコード',
      'SMS認証',
      'ログインコード',
      'パスコード',
    ],
    passwords: ['パスワード', 'ぱすわーど', 'パスフレーズ'],
    // `コード` after an ASCII keyword, which wins at its position: `PINコード1234`, `CVVコード 123`.
    links: ['は', 'が', 'を', 'も', 'の', '、', '番号', 'コード', ...[...'345678三四五六七八'].flatMap((n) => [`${n}桁`, `${n}桁の数字`, `${n}ケタ`])],
  },
  // French, as French banks and the CB network name these (as we know their pages and SMS; not re-checked online
  // here): the card PIN is the "code confidentiel" (Groupement des Cartes Bancaires CB, Banque de France's
  // consumer pages), also "code secret", "code PIN", "code CB"/"code carte bleue"; the CVV the "cryptogramme
  // visuel" ("les 3 chiffres au dos"); 3-D Secure SMS give a "code de sécurité", "code de validation",
  // "code à usage unique" or "code de confirmation de paiement" (La Banque Postale calls its SMS code
  // "Certicode"); "mot de passe" is abbreviated "mdp". Not "code postal", "code client", "code promo", "code
  // d'erreur": the bare "code" is English's BARE_CODE, kept unless a mark or link word (est, :) comes next.
  fr: {
    codes: [
      'code de vérification',
      'code de verification',
      'code de validation',
      'code de sécurité',
      'code de securite',
      'code sécurité',
      'code d’authentification',
      "code d'authentification",
      'code d’activation',
      "code d'activation",
      'code d’accès',
      "code d'acces",
      "code d'accès",
      'code de confirmation de paiement',
      'code unique',
      'code à usage unique',
      'mot de passe à usage unique',
      'code temporaire',
      'code provisoire',
      'code sms',
      'code par sms',
      'code reçu',
      'code recu',
      'code envoyé',
      'code 3d secure',
      'code 3ds',
      'certicode',
      'code confidentiel',
      'code secret',
      'code pin',
      'code carte',
      'code de carte',
      'code de la carte',
      'code cb',
      'code carte bleue',
      // A gift card's code spends its balance, as English "gift card code".
      'code carte cadeau',
      'code de carte cadeau',
      'code de la carte cadeau',
      'cryptogramme',
      'cryptogramme visuel',
      'chiffres au dos',
      'numéros au dos',
      'chiffres derrière',
      // "code à 6 chiffres : 482913", as English "6-digit code" (a count, never a value, is before the keyword).
      ...['3', '4', '5', '6', '8', 'trois', 'quatre', 'six', 'huit'].flatMap((n) => [`code à ${n} chiffres`, `code de ${n} chiffres`]),
    ],
    passwords: ['mot de passe', 'mdp', 'mot-de-passe', 'motdepasse'],
    links: [
      'est',
      'était',
      'c’est',
      "c'est",
      'sont',
      'vaut',
      'égal',
      'égale',
      'égal à',
      'mon',
      'ma',
      'de mon',
      'de ma',
      'de la',
      'du',
      'pour mon',
      'pour ma',
      'pour la',
      'sur ma',
      'de ma carte',
      'de ma nouvelle carte',
      'de mon compte',
      'la carte',
      'carte',
      'compte',
      'numéro',
      'nouveau',
      'nouvelle',
      'ancien',
      'ancienne',
      'actuel',
      'actuelle',
      'provisoire',
      'temporaire',
      'reçu',
      'envoyé',
      'par sms',
    ],
  },
  // German, as German banks and card schemes name these (as we know their pages and SMS; not re-checked online
  // here): the PIN is "PIN" or "Geheimzahl" (Girocard PIN letters: "persönliche Geheimzahl (PIN)"); the CVC the
  // "Kartenprüfnummer" (Sparkassen) or "Sicherheitscode" ("die drei Ziffern auf der Rückseite"); online-banking
  // one-time codes are TANs (Transaktionsnummer: chipTAN, pushTAN, smsTAN, mobileTAN, photoTAN); SMS codes are a
  // "Bestätigungscode", "Sicherheitscode" ("Ihr Sicherheitscode lautet …"), "Freigabecode" or "Einmalcode".
  // Not "Fehlercode", "Postleitzahl", "Kundennummer", "Bestellnummer", "Gutscheincode": none holds a keyword.
  de: {
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
      'code aus der sms',
      'code per sms',
    ],
    passwords: ['passwort', 'kennwort', 'zugangspasswort', 'zugangskennwort'],
    links: [
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
    ],
  },
  // Spanish (Spain and Latin America). The names banks use in their SMS and help pages: "código de verificación",
  // "código de seguridad" and "código de un solo uso" (CaixaBank, BBVA, Santander España help pages); "clave
  // dinámica" (Bancolombia, BancoEstado Chile: the app's one-time code); "token" (BBVA México, Banorte: the
  // code of the "token móvil"); "NIP" (Mexico's name for the PIN, Banxico's and every Mexican bank's ATM pages);
  // "número secreto" and "clave del cajero" (Spain and Latin America for the ATM PIN); the CVV as "código de
  // seguridad" and "los 3 dígitos de atrás / del reverso" (Visa and Mastercard Spanish pages say "reverso").
  // Not "código" alone, which names public codes too (código postal, código de error, código de pedido); "el
  // código es" and "mi código" name it as English "the code is" and "my code" do. From knowledge of these
  // banks' wording, not a single published standard: a native reviewer may add regional words.
  es: {
    codes: BOTH([
      'código de verificación',
      'código de seguridad',
      'código de un solo uso',
      'código de confirmación',
      'código de activación',
      'código de acceso',
      'código de autenticación',
      'código de validación',
      'código dinámico',
      'código temporal',
      'código SMS',
      'código por SMS',
      'código del SMS',
      'código de WhatsApp',
      'código que me llegó',
      'código que me enviaron',
      'código que recibí',
      'código recibido',
      'código es',
      'código era',
      'código:',
      'clave dinámica',
      'clave de un solo uso',
      'clave temporal',
      'clave del cajero',
      'clave de cajero',
      'clave de la tarjeta',
      'clave de mi tarjeta',
      'número secreto',
      'número de identificación personal',
      'nip',
      'token',
      'código CVV',
      'dígitos de atrás',
      'dígitos de detrás',
      'dígitos del reverso',
      'números de atrás',
      'números del reverso',
      'código de atrás',
      'código del reverso',
    ]),
    passwords: BOTH(['contraseña', 'clave', 'clave de acceso', 'clave secreta', 'clave de internet']),
    links: [
      ...BOTH([
        'es',
        'era',
        'son',
        'nuevo',
        'nueva',
        'actual',
        'número',
        'de mi tarjeta',
        'de la tarjeta',
        'de mi cuenta',
        'de la cuenta',
        'dinámica',
        'temporal',
        'por SMS',
        'por WhatsApp',
        'por mensaje',
        'por correo',
      ]),
      ...ES_COUNT,
    ],
  },
  // Brazilian Portuguese (pt-PT falls back to it). As Brazilian banks name them in their apps, SMS and help pages:
  // "código de verificação" (Nubank, Inter, Mercado Pago), "token" and "iToken" (Itaú), "chave de segurança"
  // (Bradesco), "senha" for both the password and the card's PIN ("senha do cartão", "senha de 4/6 dígitos",
  // "senha eletrônica", "senha do app"), "código de segurança" for the CVV ("os 3 números do verso do cartão").
  // Not "código" alone nor "chave" alone: "código de barras", "código de rastreamento", "chave Pix" (a CPF, phone
  // or e-mail: public by design) are ordinary. From knowledge of these banks' wording, not a published standard.
  // `senha` (ASCII) is found before longer non-ASCII keywords starting with it: the words after it are links.
  pt: {
    codes: BOTH([
      'código de verificação',
      'código de segurança',
      'código de confirmação',
      'código de autenticação',
      'código de acesso',
      'código de ativação',
      'código de validação',
      'código de uso único',
      'código temporário',
      'código do SMS',
      'código do token',
      'código que recebi',
      'código que chegou',
      'código recebido',
      'código é',
      'código era',
      'chave de segurança',
      'itoken',
      'números do verso',
      'número do verso',
      'dígitos do verso',
      'código do verso',
      'números de trás',
      'dígitos de trás',
      'número de segurança',
    ]),
    passwords: BOTH(['senha', 'senha do cartão', 'senha eletrônica']),
    links: [
      ...BOTH([
        'é',
        'era',
        'foi',
        'são',
        'nova',
        'novo',
        'atual',
        'do cartão',
        'do meu cartão',
        'da conta',
        'da minha conta',
        'de acesso',
        'do app',
        'do aplicativo',
        'eletrônica',
        'da internet',
        'de saque',
        'do caixa eletrônico',
        'por SMS',
        'pelo SMS',
        'pelo WhatsApp',
        'por e-mail',
      ]),
      ...PT_COUNT,
    ],
  },
  // Italian. As Italian banks and Poste Italiane name them in their SMS, apps and help pages: "codice di verifica",
  // "codice OTP", "codice monouso", "codice di sicurezza" (also the CVV: "le 3 cifre sul retro della carta"),
  // "codice dispositivo" and "password dispositiva" (authorising an operation: Intesa Sanpaolo, BancoPosta),
  // "codice segreto" and "PIN del bancomat" (the ATM PIN), "codice PosteID", "O-Key" (Intesa Sanpaolo's
  // one-time code app). Not "codice" alone: "codice fiscale", "codice di errore", "codice sconto", "codice
  // postale" (CAP), "codice IBAN", "codice di autorizzazione" (the approval code on a receipt) are ordinary. From
  // knowledge of these banks' wording, not a published standard.
  it: {
    codes: BOTH([
      'codice di verifica',
      'codice di sicurezza',
      'codice monouso',
      'codice usa e getta',
      'codice di conferma',
      'codice di accesso',
      'codice di attivazione',
      'codice dispositivo',
      'codice SMS',
      'codice via SMS',
      'codice ricevuto',
      'codice che ho ricevuto',
      'codice che mi è arrivato',
      'codice è',
      "codice e'",
      'codice era',
      'codice:',
      'codice segreto',
      'codice PosteID',
      'O-Key',
      'cifre sul retro',
      'numeri sul retro',
      'codice sul retro',
      'cifre dietro',
    ]),
    passwords: ["parola d'ordine", 'parola d’ordine', 'password dispositiva'],
    links: [
      ...BOTH([
        'è',
        "e'",
        'era',
        'sono',
        'nuovo',
        'nuova',
        'attuale',
        'del bancomat',
        'della carta',
        'della mia carta',
        'del conto',
        'del mio conto',
        'dispositiva',
        'di accesso',
        'per accedere',
        'via SMS',
        'per SMS',
      ]),
      ...IT_COUNT,
    ],
  },
  // Indonesian. The names banks and payment apps give the secrets in their SMS and warnings: "kode OTP", "kode
  // verifikasi", "PIN m-BCA" / "MPIN" (BCA's and Mandiri's mobile banking), "kata sandi" (password; "sandi" alone in
  // "sandi ATM", "sandi internet banking"), "kode keamanan" / "3 angka di belakang kartu" for the CVV/CVC, as in
  // the OJK and Bank Indonesia campaigns "jangan berikan PIN, password, kode OTP dan CVV" (from memory of those
  // pages, not checked here). Not the bare "kode": "kode pos", "kode bayar", "kode booking", "kode unik" are public.
  id: {
    codes: [
      'kode otp',
      'kode verifikasi',
      'kode aktivasi',
      'kode keamanan',
      'kode rahasia',
      'kode sekali pakai',
      'kode akses',
      'kode token',
      'kode login',
      'kode masuk',
      'kode sms',
      'kode dari sms',
      'mpin',
      'm-pin',
      'pin atm',
      '3 angka di belakang kartu',
      'tiga angka di belakang kartu',
      '3 digit di belakang kartu',
      '3 angka di balik kartu',
      '3 angka terakhir di belakang kartu',
    ],
    passwords: ['kata sandi', 'sandi', 'sandi internet banking', 'pasword', 'paswot'],
    // "my" (saya, -ku, -nya after a hyphen: "PIN-nya"), "is" (adalah, yaitu, ialah), "new/old", "of the card/account".
    links: ['saya', 'ku', 'nya', 'anda', 'adalah', 'yaitu', 'ialah', 'ini', 'baru', 'lama', 'kartu', 'akun', 'atm', 'untuk'],
  },
  // Hindi, in Devanagari and as Indians type the banks' English words: ओटीपी / "OTP hai", पिन (ATM पिन, UPI पिन:
  // NPCI's BHIM asks for the "UPI PIN"), MPIN (SBI YONO, mobile banking), TPIN (HDFC Bank's phone-banking PIN), IPIN
  // (HDFC NetBanking's password), पासवर्ड, सीवीवी and "the 3 digits on the back" (कार्ड के पीछे के 3 अंक). From the
  // banks' Hindi SMS and RBI's "कभी भी अपना OTP/PIN/CVV किसी के साथ साझा न करें" campaign as remembered, not checked
  // here. Devanagari vowel signs and the virama are combining marks the detector drops (पासवर्ड reads पासवरड): so
  // है (is) is no link word (it reads ह, the start of any word), only the end of a code's name (`ओटीपी है 482913`).
  // Not पिन कोड / पिनकोड: in India that is the postal code.
  hi: {
    codes: [
      'ओटीपी',
      'ओ टी पी',
      'वन टाइम पासवर्ड',
      'सत्यापन कोड',
      'वेरिफिकेशन कोड',
      'वेरिफ़िकेशन कोड',
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
      'mpin',
      'tpin',
    ].flatMap((w) => (/^[a-z]/.test(w) ? [w] : [w, `${w} है`, `${w} नंबर है`])),
    // "पासवर्ड है:" with its colon only (as "pass:"): without it, है would take the start of any word after it.
    passwords: ['पासवर्ड', 'पासवार्ड', 'पासकोड', 'कूटशब्द', 'ipin', 'पासवर्ड है:', 'पासकोड है:'],
    // "number", "my", "this", "was"; in Latin letters "hai" (is), as in "OTP hai 482913".
    links: ['नंबर', 'मेरा', 'मेरी', 'यह', 'था', 'थी', 'hai', 'mera', 'meri'],
  },
  // Turkish. Banks' SMS name the one-time code "tek kullanımlık şifre" or "doğrulama kodu" ("… işlemi için tek
  // kullanımlık şifreniz: 123456"), the PIN "kart şifresi" / "ATM şifresi", the password "şifre" or "parola", and
  // payment pages the CVV/CVC2 "güvenlik kodu" ("kartın arkasındaki 3 haneli kod"): as remembered from Garanti BBVA,
  // İş Bankası and Yapı Kredi messages and pages, not checked here. A possessive is a suffix (şifrem, şifreniz,
  // kodunuz): each form is listed. Words with a Turkish letter match inside words, and ı reads as i (the detector
  // folds it), so "kullanımlık" also matches as typed "kullanimlik"; forms typed without ş, ğ, ü (sifre, dogrulama
  // kodu) are listed too, and with İ ("ŞİFRE", which no case folding maps to i). Not the bare "kod": "hata kodu",
  // "posta kodu", "sipariş kodu", "indirim kodu" are public; nor the link "şu" (it would read "şubat" as "şu bat").
  tr: {
    codes: [
      ...['doğrulama', 'dogrulama', 'onay', 'sms', 'güvenlik', 'guvenlik', 'aktivasyon', 'giriş', 'giris', 'tek kullanımlık', 'pin', 'cvv', 'cvc'].flatMap(
        (n) => ['kodu', 'kodunuz', 'kodum', 'kodun'].map((k) => `${n} ${k}`),
      ),
      'tek kullanımlık şifre',
      'tek kullanımlık şifreniz',
      'tek kullanımlık şifrem',
      'tek kullanimlik sifre',
      'tek kullanimlik sifreniz',
      'sms şifresi',
      'sms şifreniz',
      'sms sifresi',
      'sms sifreniz',
      'kart şifresi',
      'kart şifrem',
      'kart şifreniz',
      'kart sifresi',
      'kart sifrem',
      'atm şifresi',
      'atm şifrem',
      'atm sifresi',
      'atm sifrem',
      'arkasındaki 3 haneli kod',
      'arkasındaki üç haneli kod',
      'arkasındaki 3 rakam',
      'arkasındaki üç rakam',
      'arkasındaki 3 hane',
      'arkadaki 3 rakam',
      // A word going on after "şifre" is no password (şifreleme "encryption", şifreli, şifreler, şifreyle, şifreden):
      // keywords in Turkish letters match inside words, and a letter right after one would be read as its value.
      // These longer words, as codes (tried first, and needing digits), take the place of "şifre" there.
      'şifrel',
      'şİfrel',
      'şifreyle',
      'şifreden',
      'şifresin',
      'şifremden',
      'şifremizden',
      'şifrenizden',
    ],
    passwords: [
      ...['şifre', 'sifre'].flatMap((w) => ['', 'm', 'niz', 'n', 'si', 'yi', 'mi'].map((s) => w + s)),
      'şİfre',
      'şİfrem',
      'şİfrenİz',
      'şİfresİ',
      // Not "parola" alone: Italian for "word" ("la parola d'ordine", "la parola “rimborso”"). Its possessive forms are Turkish only.
      'parolam',
      'parolanız',
      'parolası',
      'parolamı',
    ],
    // "my", "is / as for", "this", "new / old", "number".
    links: ['benim', 'ise', 'bu', 'yeni', 'eski', 'numarası', 'numaram', 'numarasi'],
  },
  // Korean. The code as Korean banks and card companies name it in their SMS and apps ("[Web발신] 인증번호
  // [482913]", KB국민카드, 신한카드, 토스; "OTP 번호", "보안카드 번호"), the CVC as card companies' payment pages
  // ask for it ("카드 뒷면 서명란의 3자리 CVC"), and 비밀번호 (password and card PIN alike: "카드 비밀번호 4자리"),
  // its short form 비번, 암호, 패스워드. Not 승인번호 (the approval number printed on every card slip) nor
  // 주문번호, 우편번호, 오류 코드: they are public.
  ko: {
    codes: ['인증번호', '인증 코드', '확인 코드', '보안 코드', '보안카드 번호', '일회용 비밀번호', '핀번호', '뒷면 3자리', '뒷면 세 자리', '서명란 3자리'],
    passwords: ['비밀번호', '비번', '암호', '패스워드'],
    // Topic particles (는/은, 이/가), "number" (CVC 번호, PIN 번호, OTP 번호), and how many digits (6자리, 여섯 자리).
    links: ['는', '은', '이', '가', '번호', '숫자', ...['3', '4', '5', '6', '7', '8', '세', '네', '다섯', '여섯', '일곱', '여덟'].map((n) => `${n} 자리`)],
  },
  // Thai. The code as Thai banks send it ("รหัส OTP คือ 482913 (รหัสอ้างอิง ABCD)": SCB, Krungthai, KBank's
  // "OTP = …"; the Bank of Thailand's warnings name รหัส OTP, รหัสผ่าน and รหัส ATM), the ATM PIN (รหัสบัตร ATM,
  // รหัส ATM), the CVV as card forms ask for it (เลข 3 ตัวหลังบัตร, รหัสหลังบัตร, รหัสความปลอดภัย), and รหัสผ่าน
  // with its loanword พาสเวิร์ด. Never รหัส alone: รหัสไปรษณีย์ (postal), รหัสข้อผิดพลาด (error), รหัสอ้างอิง (the
  // SMS's public reference), รหัสพนักงาน (an agent's ID) are public. Keywords are matched without Thai's vowel and
  // tone marks (the detector drops combining marks), so none is short: รหัสพิน would match รหัสพนักงาน.
  th: {
    codes: [
      'รหัส OTP',
      'รหัสยืนยัน',
      'รหัสผ่านครั้งเดียว',
      'รหัสผ่านชั่วคราว',
      'รหัสใช้ครั้งเดียว',
      'รหัส PIN',
      'รหัสบัตร',
      'รหัสบัตร ATM',
      'รหัส ATM',
      'รหัสเอทีเอ็ม',
      'หลังบัตร',
      'รหัสความปลอดภัย',
      'รหัส CVV',
      'รหัส CVC',
    ],
    passwords: ['รหัสผ่าน', 'พาสเวิร์ด', 'พาสเวิด'],
    // "is" (คือ, เป็น), "my", "received", "number", and how many digits (3 ตัว, 6 หลัก).
    links: [
      'คือ',
      'เป็น',
      'ของฉัน',
      'ของผม',
      'ของดิฉัน',
      'ที่ได้รับ',
      'ที่ได้',
      'เลข',
      'หมายเลข',
      'ตัวเลข',
      ...['3', '4', '5', '6', '7', '8', 'สาม', 'สี่', 'หก'].flatMap((n) => [`${n} ตัว`, `${n} หลัก`]),
    ],
  },
  // Vietnamese. Bank SMS are often sent without accents ("Ma OTP: 482913. Quy khach vui long KHONG cung cap ma
  // OTP cho bat ky ai": Vietcombank, BIDV, Techcombank). Written without accents here: the detector reads a Latin
  // letter without them, so each keyword matches accented, unaccented and decomposed text as a whole word (đ has
  // no unaccented form in Unicode: `mã đăng nhập` is given both ways). The code (mã OTP, mã xác thực, mã xác nhận,
  // mã xác minh as Google writes it), the PIN (mã PIN, mật mã, mã số bí mật), the CVV on the back (mã CVV, 3 số mặt
  // sau thẻ, mã bảo mật), mật khẩu and its everyday short forms mk and pass. Never mã alone: mã đơn hàng, mã lỗi,
  // mã bưu chính, mã giao dịch, mã giảm giá are public.
  vi: {
    codes: [
      'ma xac thuc',
      'ma xac nhan',
      'ma xac minh',
      'ma kich hoat',
      'ma dang nhap',
      'mã đăng nhập',
      'ma bao mat',
      'mat ma',
      'ma so bi mat',
      'so bi mat',
      'so mat sau the',
      'so sau the',
      'mat sau the',
      'mat sau cua the',
    ],
    passwords: ['mat khau', 'mk', 'pass la'],
    // "is" (là), "my" / "your" (của tôi, của mình, của bạn), the card's (thẻ) or account's, ATM, "received", how
    // many digits; and G, as Google sends its code: "G-482913 là mã xác minh Google của bạn".
    links: [
      'la',
      'cua toi',
      'cua minh',
      'cua em',
      'cua ban',
      'cua quy khach',
      'the',
      'tai khoan',
      'nhan duoc',
      'gom',
      'ATM',
      'G',
      ...['3', '4', '5', '6', '7', '8'].flatMap((n) => [`${n} so`, `${n} chu so`]),
    ],
  },
  // Russian: the code as Sberbank, T-Bank (Tinkoff) and VTB name it in their SMS and on their help pages, as we
  // know them (not checked against a live page here): "Код подтверждения: …", "Никому не сообщайте код", "ПИН-код",
  // "CVV2/CVC2 — три цифры на обороте карты", "одноразовый пароль" (Sberbank's 3-D Secure), "кодовое слово"
  // (asked by bank hotlines to identify a caller: a password). Cyrillic lookalikes fold to Latin (`ОТР`, `СVV`):
  // the English keywords take those.
  ru: {
    codes: [...RU_CODES, 'пин', 'мой код', 'свой код'],
    passwords: ['пароль', 'пароля', 'паролем', 'пароле', 'кодовое слово', 'кодового слова'],
    // Not "от" alone: it starts "отправлен", "отменён" ("пароль отправлен" would give "отправлен" as the password).
    links: [
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
    ],
  },
  // Hebrew: the code as Israeli banks and card companies name it, as we know their SMS and help pages (not checked
  // against a live page here): "קוד האימות שלך הוא …" (Leumi, Discount), "הקוד החד פעמי" (Hapoalim), "קוד סודי" for
  // the card PIN (PIN mailers, ATMs), "3 הספרות בגב הכרטיס" for the CVV (Isracard, Cal, Max); סיסמה with its
  // common spelling סיסמא and the Academy's ססמה.
  he: {
    codes: HE_CODES,
    passwords: [...['סיסמה', 'סיסמא', 'ססמה'].flatMap((w) => [w, `${w} שלי`]), ...['', 'י', ' כניסה', ' הכניסה'].map((n) => `סיסמת${n}`), 'פאסוורד', 'פסוורד'],
    // "Is" (הוא, היא, זה, הן), "my", "your" (pasted from the bank's SMS), "the new/old", and whose it is.
    links: ['הוא', 'היא', 'זה', 'הן', 'הם', 'הינו', 'היה', 'הייתה', 'שלי', 'שלך', 'החדש', 'החדשה', 'הישן', 'הישנה', 'הכרטיס', 'של הכרטיס', 'לכרטיס', 'לחשבון'],
  },
};

/**
 * Words before `code:` that name a code that is no secret: `Error code: 504`, `zip code: 94103`, `promo code:
 * SAVE20`, `sort code: 12-34-56`. Only the bare `code:` keyword gives way to them; `verification code`,
 * `security code`, `card code` (and so `gift card code`: a gift card's code spends its balance) stay secrets.
 * Chinese (错误码, 邮编) and Arabic (رمز الخطأ, الرمز البريدي) names of such codes contain no keyword.
 */
export const PUBLIC_CODES = [
  'error',
  'status',
  'zip',
  'postal',
  'post',
  'postcode',
  'area',
  'country',
  'dialing',
  'promo',
  'promotion',
  'coupon',
  'discount',
  'voucher',
  'referral',
  'product',
  'item',
  'reference',
  'ref',
  'tracking',
  'response',
  'reason',
  'decline',
  'http',
  'bank',
  'sort',
  'swift',
  'bic',
  'branch',
  'qr',
  'bar',
  'barcode',
  // Printed on the receipt, asked for by an agent in a dispute: approval (authorisation) code, merchant
  // category code (ISO 18245), booking and order codes, ISO currency or country codes. `auth code` alone is
  // also a sign-in code: it stays a secret (docs/security.md).
  'approval',
  'authorization',
  'authorisation',
  'mcc',
  'merchant',
  'confirmation',
  'reservation',
  'booking',
  'transaction',
  'order',
  'result',
  'iso',
];

/**
 * Values after a password keyword that say there is no password to give ("Password: forgot it", "密码：忘记了",
 * "كلمة المرور: نسيتها"): left as they are. Matched whole (with "I" before them, "it", "them" and the like after
 * them), after the text's normalisation (Arabic أ as ا).
 */
export const NO_PASSWORD = [
  // English
  'forgot',
  'forgotten',
  'forget',
  'reset',
  'unknown',
  "don't know",
  'dont know',
  'do not know',
  "can't remember",
  'cant remember',
  'not sure',
  'unsure',
  'yes',
  'no',
  'none',
  'nothing',
  'n/a',
  'na',
  'changed',
  'expired',
  'locked',
  'locked out',
  'blocked',
  'lost',
  'not set',
  'empty',
  'blank',
  'never set',
  'never had',
  "don't have",
  'dont have',
  'do not have',
  // Chinese
  '忘了',
  '忘记了',
  '忘记',
  '忘記了',
  '忘記',
  '不记得',
  '不记得了',
  '不記得',
  '不記得了',
  '不知道',
  '重置',
  '重置了',
  '已重置',
  '没有',
  '沒有',
  '无',
  '無',
  '改了',
  '过期了',
  '過期了',
  '锁了',
  '被锁了',
  // Arabic
  'نسيتها',
  'نسيته',
  'نسيت',
  'لا أعرف',
  'لا أعرفها',
  'لا أتذكر',
  'لا أتذكرها',
  'لا أعلم',
  'غير معروفة',
  'لا يوجد',
  'لا شيء',
  'تم تغييرها',
  'منتهية',
  'مقفلة',
  // Spanish, Brazilian Portuguese, Italian ("contraseña: la olvidé", "senha: esqueci", "password: non la ricordo"),
  // with their accents and without. English "no" is a link word ("PIN no. 1234"): after it, the rest of a Spanish
  // "no me acuerdo" is what is read, so the tails are listed too.
  ...BOTH([
    'olvidé',
    'la olvidé',
    'no la sé',
    'no lo sé',
    'no sé',
    'no la recuerdo',
    'no me acuerdo',
    'ninguna',
    'no tengo',
    'me acuerdo',
    'la recuerdo',
    'la sé',
    'lo sé',
    'tengo',
    'esqueci',
    'eu esqueci',
    'não sei',
    'não lembro',
    'não me lembro',
    'nenhuma',
    'não tenho',
    'dimenticata',
    "l'ho dimenticata",
    'non la ricordo',
    'non lo so',
    'non ricordo',
    'nessuna',
  ]),
  // Indonesian, Hindi (Devanagari and typed in Latin letters), Turkish: "forgot", "don't know", "don't remember",
  // "none", "changed", "blocked".
  'lupa',
  'sudah lupa',
  'tidak tahu',
  'nggak tahu',
  'gak tahu',
  'tidak ingat',
  'tidak ada',
  'belum ada',
  'sudah diganti',
  'direset',
  'diblokir',
  'terblokir',
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
  'unuttum',
  'bilmiyorum',
  'hatırlamıyorum',
  'yok',
  'değiştirdim',
  'sıfırlandı',
  'bloke oldu',
  'kilitlendi',
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
  // Hebrew: "was blocked, locked, changed, reset", "I forgot", "none".
  'נחסמה',
  'נחסם',
  'ננעלה',
  'שונתה',
  'אופסה',
  'שכחתי',
  'אין',
];
