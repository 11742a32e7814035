/**
 * The words that introduce a secret, per language. Every table is active whatever the page's language: a
 * customer may write in any language on any page, so these ship in the core bundle, not in the language files
 * (which load only when their language is shown). A language added with the library adds its table here; one
 * added at run time passes it to `registerLocale(lang, { secrets })`.
 *
 * Keywords are matched after the same normalisation as the text (NFKC, Arabic letter variants folded), case
 * insensitively; a space or hyphen in a keyword matches none or any run of spaces and hyphens (and `・`, read as
 * one). Keywords written in ASCII must stand as whole words (a plural `s` or Indonesian `-nya`, `-ku`, `-mu` may
 * follow); others match inside words (Chinese has no spaces, Arabic attaches و, ب, ل).
 */
export interface SecretWords {
  /** Names of a code given in digits: one-time codes, PINs, card security codes. The value is 3 to 8 digits. */
  codes: string[];
  /** Names of a password: the value is a word holding a digit or symbol, or any word after `:`, `=` or a quote. */
  passwords: string[];
  /**
   * Words that may stand between the name and the value ("is", "是", "هو"): up to three of them. One marked `~` (what a
   * screen shows: `~shows`) leads a value only after a secret's own name, not right after the bare "code" (`the code
   * shows 1001` is an error's, R23-3).
   */
  links: string[];
  /** Answers that give no password (`forgot it`, `esqueci`): the words after a password's name that are kept (see NO_PASSWORD). */
  none?: string[];
  /**
   * The language's word for "code" alone, as English `code` (BARE_CODE): a whole word, a secret only with a mark or
   * a link word before its value (`Код: 482913`, `הקוד הוא 482913`), never after a public code's name, never a
   * field's label (R9-5).
   */
  bare?: string[];
  /**
   * Names of a code that name one only before its value, as `bare` but needing no mark: never a field's label, not
   * after a public code's name. Turkish `kodum` ("my code": `posta kodum 34710` is a postal code), Thai `รหัสพิน`
   * (read without its vowel marks it also starts รหัสพนักงาน, "employee ID").
   */
  valueOnly?: string[];
  /** Names of codes that are no secret, before a bare "code" (Turkish `hata kodu: 504`, Russian `штрих-код`). */
  publicCodes?: string[];
  /**
   * Keywords (of `codes` or `passwords`) that also name their secret at the end of a compound of three letters or more
   * before them, as German writes them in one word (`Kartenpin`, `Kundenpasswort`, `Kontokennwort`: R12-3).
   */
  ends?: string[];
  /**
   * R13-6: words between a password, PIN or code's name and its colon that name a public thing or a state, so the
   * value is not the secret: `Password change ticket: 29181722`, `PIN issue fee: 886.29`, `Password manager: Bitwarden`.
   * A word ending in `*` is a stem (`expir*`: expired, expiry); one ending in `$` counts only right before the colon
   * (`Kennwort gesperrt am: 25/01/2026`, `OTP SMS from: 56161`). Whole words otherwise; inside a word in a script
   * without spaces (`パスワード再設定 注文番号：`); after a clitic in Arabic and Hebrew (`بتاريخ`, `להזמנה`).
   */
  publicWords?: string[];
  /**
   * R13-7: purposes whose number follows them (`OTP for payment 1500 failed`, `PIN for card ending 4829`, `Код для
   * возврата 48291356`): after them, 4 digits or more are theirs, not a code. With `!` first, also before a colon or
   * "is" (`Código para rastrear: 48291356`): a public code's purpose in every form. Stems and clitics as `publicWords`.
   */
  numbered?: string[];
  /**
   * R13-7: currency and unit words after a number, which make it an amount (`Код для оплаты 1500 рублей`). Stems as
   * `publicWords`. A count or a time is marked `~` (`~times`, `~дн*`): it makes a purpose's number its own (`Код для
   * входа 3 раза`) but never turns a code into an amount (`ПИН-код 4829 раз десять вводил` is a PIN, R17-2), as a
   * currency does (`OTP of 5000 rs`, R16-10).
   */
  units?: string[];
}

/**
 * Alone, "the code" (الرمز, رمز, الكود, كود; "my code" رمزي, كودي) is how an Arabic speaker gives a code, as "my
 * code 482913" in English; a code named by the word after it is public (رمز الخطأ, الرمز البريدي, كود الخصم): that
 * word is no link word, so nothing after it is taken. They name a secret only before a value, never as a field's
 * label ("كود الخطأ" is the call form's decline-code field).
 */
export const VALUE_ONLY = ['الرمز', 'رمز', 'رمزي', 'رمزك', 'الكود', 'كود', 'كودي', 'كودك'];
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
 * "Is" in the Latin-script languages the library ships, active on every page: an English keyword followed by
 * another language's link word (`el PIN es 1234`, `mon PIN est 1234`, `PIN ist 1234`, `il PIN è 1234`, `o PIN é
 * 1234`: R8-2) is masked whether or not that language's own words have loaded. None is an English word that
 * comes between a keyword and a number in ordinary English. (Japanese, Korean, Thai, Hindi and Hebrew particles:
 * any short run of those letters after a Latin keyword, in sensitive.ts.)
 */
const IS = ['es', 'est', "c'est", 'ist', 'lautet', 'e', 'era', 'son', 'sont', 'sind', 'war', 'sono', 'foi', 'sao', 'adalah', 'la', 'hai'];

export const SECRET_WORDS: Record<string, SecretWords> = {
  en: {
    publicWords: [
      ...['ticket*', 'case', 'order number*', 'ref', 'reference', 'date*', 'fee*', 'charge*', 'cost*', 'price', 'mobile', 'phone*', 'number*'],
      ...['email*', 'e-mail*', 'mail', 'page*', 'url', 'link*', 'website', 'site', 'version*', 'sender*', 'manager*', 'serial', 'pad'],
      ...['reset*', 'change*', 'issue*', 'problem*', 'lock*', 'block*', 'forgot*', 'expir*', 'status', 'attempt*', 'length', 'polic*'],
      ...['rule*', 'requirement*', 'strength', 'hint', 'from$', 'on$', 'at$', 'since$', 'until$', 'via$', 'by$'],
      // R14-18: the numbers a caller gives about the case itself.
      ...['hotline*', 'helpdesk', 'help desk', 'complaint*', 'dispute*', 'request*', 'incident*', 'shortcode*', 'short code*', 'timeout'],
    ],
    numbered: [
      ...['!refund*', '!return*', '!track*', '!order*', '!ticket*', '!invoice*', '!delivery', '!parcel', '!package', '!shipment', '!sku'],
      ...['payment*', 'pay', 'transfer*', 'account*', 'number*', 'ending', 'amount*', 'purchase*', 'bill*', 'withdrawal*', 'of$'],
    ],
    units: ['usd', 'dollar*', 'eur*', 'gbp', 'pound*', 'inr', 'rs', 'rupee*', 'cents', '~points', '~times', '~days', '~minutes', '~hours', '~items'],
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
      // R8-5, R8-6: the UK's CV2, CVN2, 3-D Secure's codes (Visa Secure, Mastercard SecureCode) and the code named by
      // where it is printed ("the three digits on the back are 123").
      'cv2',
      'cvn2',
      '3ds code',
      '3-d secure code',
      'secure code',
      'digits on the back',
      'digits on back',
      'numbers on the back',
      'code on the back',
      // R9-8: CCV (a common name for the CVV), "sec code", two-factor codes, Google's backup codes, "the 3 digit number on the back".
      'ccv',
      'sec code',
      'two-factor code',
      '2-factor code',
      'backup code',
      'recovery code',
      'number on the back',
      // R10-8: Discover's and Canadian banks' CVD, and the other names of a one-time code the tenth round found kept.
      'cvd',
      '2-step code',
      'two-step code',
      'validation code',
      'activation code',
      'verification number',
      // Alone, "code" (BARE_CODE, added last by the detector, so that a longer keyword starting with it wins) and
      // "pass" name a secret only so: "pass" with a colon, "code" as BARE_CODE says.
    ],
    // `pasword` and `passwrod`: the usual typos (R8-6).
    passwords: [
      'password',
      'pasword',
      'passwrod',
      'passwd',
      'pwd',
      'pw',
      'p/w',
      'p.w.',
      'p.w',
      'pword',
      'passcode',
      'pass code',
      'passphrase',
      'pass phrase',
      'pswd',
      'psw',
      'pass word',
      'pass:',
      // R10-8: typed short or with a symbol for a letter.
      'p@ssword',
      'passw0rd',
      'passwrd',
      'pwrd',
      'passw',
    ],
    links: [
      'is',
      'was',
      'are',
      'were',
      "it's",
      'its',
      'equals',
      'number',
      'no',
      'num',
      'code',
      'for my',
      'for the',
      'of my',
      // R15-1: `an OTP of 482913`, `a CVV of 737`, `a PIN of 4829`.
      'of',
      'on my',
      'account',
      'card',
      // R9-8: `security code (cvv): 123`, `the cvv on the back is 123`, `3 digits on the back of the card: 123`,
      // `the PIN for my debit card is 1234`.
      'cvv',
      'cvc',
      'csc',
      'on the back',
      'on back',
      'of the',
      'debit card',
      'credit card',
      'bank card',
      // R10-8: a form label's hint copied with it, `CVV (3 digits): 123`, `code (6-digit): 482913`.
      // A plural s may follow a keyword or link word (`word` in sensitive.ts): `3 digit` is also `3 digits`, `3-digit`.
      ...[...'345678', 'three', 'four', 'six', 'eight'].map((n) => `${n} digit`),
      // R14-9, R14-10: who sent or typed it, and where it came from, between the name and its value (`the PIN I
      // entered was 4829`, `the code they sent me is 482913`, `the code from the SMS: 482913`).
      ...['i entered', 'i use', 'i used', 'i tried', 'i typed', 'i received', 'i got', 'they sent me', 'you sent me', 'sent to me'],
      ...['i get', "i'm getting", 'im getting', 'i am getting'],
      ...['from the sms', 'from sms', 'in the sms', 'by sms', 'from the text', 'in the text', 'in the text message', 'from the app', 'from my app'],
      ...['from my authenticator app', 'from the authenticator app'],
      // R22-5: a hedge, or what the screen shows, between the name and the value (`my PIN is probably 4829`, `OTP shows
      // 482913`, `PIN should be 4829`, `my PIN is either 4829 or 1357`).
      ...['probably', 'maybe', 'actually', 'now', 'either', 'i think', 'should be', 'supposed to be', 'might be', 'must be', '~shows', '~says', '~reads'],
      ...IS,
    ],
  },
  // Simplified and Traditional forms: a customer types what their input method gives.
  zh: {
    publicWords: [
      ...['工单', '工單', '订单号', '訂單號', '日期', '手续费', '手續費', '费用', '費用', '手机', '手機', '电话', '電話', '邮箱', '郵箱', '邮件'],
      ...['郵件', '页面', '頁面', '链接', '連結', '版本', '发件', '寄件', '重置', '锁定', '鎖定', '修改', '更改', '过期', '過期', '忘记', '忘記'],
    ],
    numbered: ['!订单', '!訂單', '!退款', '!快递', '!快遞', '!物流', '付款', '支付', '转账', '轉帳', '金额', '金額', '尾号', '尾號'],
    units: ['元', '块', '塊', '人民币', '人民幣', '台币', '台幣'],
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
      // Not 授权码 alone: it is the approval code a card slip prints (签购单), as English `authorization code` (R9-13);
      // named as a one-time code it is one.
      '动态授权码',
      '動態授權碼',
      '短信授权码',
      '簡訊授權碼',
      'PIN码',
      'PIN碼',
      'CVV码',
      'CVV碼',
      'CVN码',
      'CVN碼',
      // "The last three (digits)" on the back (R8-6).
      '末三位',
      '后三位',
      '後三位',
      // 代码 is "code" as Microsoft, Facebook and Instagram SMS write it (`您的 Microsoft 帐户安全代码为 482913`, R10-2);
      // 检查码 the simplified form of 檢查碼 (R10-9).
      ...['安全', '验证', '驗證', '动态', '動態', '校验', '确认', '短信'].flatMap((w) => [`${w}代码`, `${w}代碼`]),
      '检查码',
    ],
    // 代码 alone, as English `code`: with a mark or link word before its value (`代码：482913`, `您的代码是482913`), not
    // after a public code's name (`错误代码：504`, `股票代码600519`: no mark).
    bare: ['代码', '代碼'],
    publicCodes: [
      '错误',
      '錯誤',
      '商品',
      '产品',
      '股票',
      '邮政',
      '国家',
      '优惠',
      '订单',
      '客户',
      '城市',
      '区号',
      '门店',
      '店铺',
      '会员',
      '退款',
      '快递',
      '取件',
      '物流',
      '邀请',
      // R12-7: "order number", "customer number", "ticket", "invoice", a card's or phone's "last digits" (尾号4829的卡:
      // the last four, which may be shown) before the secret the caller writes about (`订单号482913 验证码收不到`).
      ...['订单号', '訂單號', '订单编号', '訂單編號', '单号', '單號', '客户号', '客戶號', '客户编号', '客戶編號', '会员号', '會員號'],
      ...['工单', '工單', '工单号', '工單號', '案件编号', '發票', '发票', '发票号', '尾号', '尾號', '参考号', '參考號', '编号', '編號'],
    ],
    // "The card's back", before its value only (`卡背面的三位数是123`, R9-9): 背面 alone names the back of anything (身份证背面).
    // R10-9: the everyday 背后/背後 ("behind"), 后面 ("the back of") and 反面 ("the reverse").
    valueOnly: ['卡', '卡片'].flatMap((c) =>
      ['背面', '背后', '背後', '后面', '後面', '反面', '的背面', '的背后', '的背後', '的后面', '的後面', '的反面'].flatMap((b) => [c + b, `${c + b}的`]),
    ),
    passwords: ['密码', '密碼', '口令'],
    links: ['是', '为', '為', '号码', '號碼', '号', '號', '就是', '的是', '码', '碼', ...ZH_COUNT],
  },
  ar: {
    publicWords: ['رقم الطلب', 'تاريخ', 'رسوم', 'جوال', 'هاتف*', 'بريد', 'ايميل', 'صفحة', 'رابط', 'اصدار', 'تغير*', 'محظور*', 'نسيت', 'انته*', 'منذ$'],
    numbered: ['!طلب', '!استرداد', '!شحنة', '!تتبع', 'دفع', 'تحويل', 'رقم', 'حساب', 'مبلغ', 'فاتورة'],
    units: ['ريال', 'جنيه', 'درهم', 'دينار', 'دولار', 'ليرة'],
    // R11-7: an order, customer, discount or parcel code (`482913 هو رمز الطلب الخاص بك`).
    publicCodes: [
      ...['الطلب', 'طلب', 'العميل', 'عميل', 'الخصم', 'خصم', 'الشحنة', 'شحنة', 'التتبع', 'تتبع', 'المتجر', 'متجر'],
      // R12-7: the number written after the name (`طلب رقم 482913 - رمز التحقق لم يصل`), a ticket, an invoice, a
      // reference, a complaint, a booking.
      ...['طلب رقم', 'الطلب رقم', 'عميل رقم', 'العميل رقم', 'التذكرة', 'تذكرة', 'الفاتورة', 'فاتورة', 'المرجع', 'مرجع'],
      ...['الشكوى', 'شكوى', 'البلاغ', 'بلاغ', 'الحجز', 'حجز'],
    ],
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
    // R12-2: `كلمة مرور العميل` ("the customer's password") puts the article on the noun after it.
    passwords: ['كلمة المرور', 'كلمة مرور', 'كلمة السر', 'كلمة سر', 'باسورد', 'باسوورد'],
    // "Mine" in the Levant and the Gulf (تبعي, حقي), and "the new/old/current" one.
    links: [
      'هو',
      'هي',
      'كان',
      'كانت',
      'الخاص بي',
      'الخاصة بي',
      // "Yours", as Arabic OTP messages say it: `رمز التحقق الخاص بك هو 482913` (R9-2).
      'الخاص بك',
      'الخاصة بك',
      // R12-1: "for" (ب, "of the") before what the code is for: `رمز التحقق الخاص بعملية الدفع:`.
      'الخاص ب',
      'الخاصة ب',
      'الخاص بكم',
      'الخاصة بكم',
      'لي',
      'تبعي',
      'حقي',
      // R10-4: Egyptian بتاع ("of", with "my"/"your"), Gulf حق and خاصة ("own") with "your", لدي/لديك ("with me/you"),
      // and "of your account".
      ...['بتاع', 'بتاعت', 'خاصت', 'حق', 'لدي'].flatMap((w) => ['ي', 'ك', 'كم'].map((e) => w + e)),
      'الخاص بحسابك',
      'الجديد',
      'الجديدة',
      'القديم',
      'القديمة',
      'الحالي',
      'الحالية',
      ...AR_OWNED,
    ],
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
  // `Fehler-Code: 504` (a translator's note, R8).
  'fehler',
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
  // R11-7: a gift card's code is printed on the card and read out to redeem it.
  'gift',
  // R12-7: an order, ticket, case or customer number as a caller gives it before the secret they are writing about
  // (`Order number 482913: OTP not received`, `Customer ID 48291356 OTP not coming`); `no.`, `nr.`, `#` after any name.
  ...['order number', 'order id', 'ticket', 'ticket number', 'ticket id', 'case', 'case number', 'case id', 'customer', 'customer id'],
  ...['customer number', 'account number', 'member id', 'membership number', 'invoice', 'invoice number', 'reference number'],
  ...['tracking number', 'booking number', 'booking id', 'confirmation number', 'claim number', 'complaint number'],
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
];
