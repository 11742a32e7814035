// Issue 13, the outside red team's twenty-second round (R22, run on round 21's fixes as landed, by a helper that had
// not seen these tests): four regressions of round 21 and the leaks and over-masking it found besides, each line as
// a customer types it. What this round left open is listed in docs/security.md.
import '../src/index.js';
import { expect } from '@open-wc/testing';
import { callPrepOutputs, expectEverywhere, expectRedacted, holds, loadEveryLanguage } from './helpers.js';

const NOW = new Date('2026-12-07T10:00:00Z');

// Every round's lines are read with every shipped language's words loaded, as a page showing each language would.
before(loadEveryLanguage);

describe('Round 22', () => {
  it('masks a PIN or password "changed … to" digits in groups, which only a phone number’s shape keeps (R22-1, a regression of R21-6)', () => {
    expectRedacted(
      [
        ["I changed my PIN to 4 8 2 9 yesterday and now it's blocked", "I changed my PIN to •••••• yesterday and now it's blocked"],
        ['I reset my PIN to 12 34 56 but the app says wrong PIN', 'I reset my PIN to •••••• but the app says wrong PIN'],
        ['I updated my password to 12-34-56 last night', 'I updated my password to •••••• last night'],
        ['I set my PIN to 1-2-3-4', 'I set my PIN to ••••••'],
        ['I changed my password to 4829 1357 2468', 'I changed my password to ••••••'],
        ['cambié el PIN a 4 8 2 9 y ahora está bloqueado', 'cambié el PIN a •••••• y ahora está bloqueado'],
        ['cambié mi clave a 12 34 56', 'cambié mi clave a ••••••'],
        ['mudei a senha para 1 2 3 4 5 6', 'mudei a senha para ••••••'],
        ['troquei a senha pra 12 34 56', 'troquei a senha pra ••••••'],
        ['ho cambiato il PIN in 4 8 2 9', 'ho cambiato il PIN in ••••••'],
        ["j'ai changé mon code en 4 8 2 9", "j'ai changé mon code en ••••••"],
        ['поменял пин на 4 8 2 9, теперь не подходит', 'поменял пин на ••••••, теперь не подходит'],
        ['сменил пароль на 12-34-56', 'сменил пароль на ••••••'],
        ['saya ganti PIN jadi 1 2 3 4 5 6', 'saya ganti PIN jadi ••••••'],
        ['sudah mengubah PIN menjadi 12 34 56', 'sudah mengubah PIN menjadi ••••••'],
        ['em đổi mã pin thành 1 2 3 4', 'em đổi mã pin thành ••••••'],
        ['em đã đổi mật khẩu thành 12 34 56', 'em đã đổi mật khẩu thành ••••••'],
        ['غيرت الرقم السري إلى 1 2 3 4', 'غيرت الرقم السري إلى ••••••'],
        ['بدلت كلمة المرور إلى 12 34 56', 'بدلت كلمة المرور إلى ••••••'],
      ],
      [],
    );
  });

  it('masks the PIN before an amount glued to its currency with a mark after it (R22-2, a regression of R21-1)', () => {
    expectRedacted(
      [
        ['My PIN for ATM 4829: 2000rs.', 'My PIN for ATM ••••••: 2000rs.'],
        ['My PIN for ATM 4829: 2000rs, not dispensed', 'My PIN for ATM ••••••: 2000rs, not dispensed'],
        ['My PIN for ATM 4829: 2000Rs!', 'My PIN for ATM ••••••: 2000Rs!'],
        ['My PIN for ATM 4829: 200usd.', 'My PIN for ATM ••••••: 200usd.'],
        ['PIN for ATM 4829 is 2000rs.', 'PIN for ATM •••••• is 2000rs.'],
        ['ПИН для банкомата 4829: 2000руб. не выдал', 'ПИН для банкомата ••••••: 2000руб. не выдал'],
        ['PIN untuk ATM 4829: 500rb tidak keluar', 'PIN untuk ATM ••••••: 500rb tidak keluar'],
      ],
      [],
    );
  });

  it('masks the code before a percentage or a duration glued to its unit with a mark after it (R22-3, a regression of R21-1 and R21-2)', () => {
    expectRedacted(
      [
        ['my PIN for netbanking 4829: 100%, I typed it right', 'my PIN for netbanking ••••••: 100%, I typed it right'],
        ['PIN for netbanking 4829 is 100%, sure', 'PIN for netbanking •••••• is 100%, sure'],
        ['OTP for login 48291: 100%.', 'OTP for login ••••••: 100%.'],
        ['OTP for login 4829: 120sec timeout', 'OTP for login ••••••: 120sec timeout'],
        ['OTP for login 4829: 300s expired', 'OTP for login ••••••: 300s expired'],
      ],
      [],
    );
  });

  it('keeps a day glued to a month of a shipped language, or hours to "Hrs", after the who-sent clause (R22-4, a regression of R21-5)', () => {
    expectRedacted(
      [],
      [
        'The OTP received at 10Hrs was rejected',
        'The OTP I got at 10Hrs is not working',
        'The OTP sent in 24Hrs was wrong',
        'The OTP sent on 12Okt was wrong',
        'The OTP sent on 12März is invalid',
        'The OTP I received on 12Mei was wrong',
        'The OTP sent on 12Agu was wrong',
        'The password I set on 12Ene is not working',
        'The OTP sent on 12Fév was wrong',
      ],
    );
  });

  it('masks the value after a hedge or what the screen shows (R22-5: probably, should be, shows, вроде, galiba, כנראה)', () => {
    expectRedacted(
      [
        ['my PIN is probably 4829', 'my PIN is probably ••••••'],
        ['my PIN is maybe 4829', 'my PIN is maybe ••••••'],
        ['my PIN is actually 4829', 'my PIN is actually ••••••'],
        ['PIN should be 4829', 'PIN should be ••••••'],
        ['my pin is supposed to be 4829', 'my pin is supposed to be ••••••'],
        ['OTP is now 482913', 'OTP is now ••••••'],
        ['OTP shows 482913', 'OTP shows ••••••'],
        ['OTP says 482913', 'OTP says ••••••'],
        ["the otp i'm getting is 482913", "the otp i'm getting is ••••••"],
        ['OTP: probably 482913', 'OTP: probably ••••••'],
        ['password might be Hunter22', 'password might be ••••••'],
        ['my password is probably Rahul@123', 'my password is probably ••••••'],
        ['mi PIN es probablemente 4829', 'mi PIN es probablemente ••••••'],
        ['mi PIN debería ser 4829', 'mi PIN debería ser ••••••'],
        ['mon code PIN est peut-être 4829', 'mon code PIN est peut-être ••••••'],
        ['meine PIN ist wahrscheinlich 4829', 'meine PIN ist wahrscheinlich ••••••'],
        ['o meu PIN deve ser 4829', 'o meu PIN deve ser ••••••'],
        ['il mio PIN dovrebbe essere 4829', 'il mio PIN dovrebbe essere ••••••'],
        ['PIN saya mungkin 4829', 'PIN saya mungkin ••••••'],
        ['mã PIN của em chắc là 4829', 'mã PIN của em chắc là ••••••'],
        ['мой пин вроде 4829', 'мой пин вроде ••••••'],
        ['мой пин наверное 4829', 'мой пин наверное ••••••'],
        ["PIN'im galiba 4829", "PIN'im galiba ••••••"],
        ['הקוד הסודי שלי כנראה 4829', 'הקוד הסודי שלי כנראה ••••••'],
      ],
      [],
    );
  });

  it('masks every value given as an alternative or in a list after the first (R22-7)', () => {
    expectRedacted(
      [
        ['PIN 4829 or 1357 i dont remember', 'PIN •••••• or •••••• i dont remember'],
        ['my PIN is either 4829 or 1357', 'my PIN is either •••••• or ••••••'],
        ['I tried PIN 4829 and 4830', 'I tried PIN •••••• and ••••••'],
        ['OTP was 482913 and 592014', 'OTP was •••••• and ••••••'],
        ['tried OTP 482913 then 592014, both invalid', 'tried OTP •••••• then ••••••, both invalid'],
        ['OTP 482913 / 592014 both failed', 'OTP •••••• / •••••• both failed'],
        ['OTPs: 482913, 592014, 773311', 'OTPs: ••••••, ••••••, ••••••'],
        ['the otp is 482913 or maybe 482931', 'the otp is •••••• or maybe ••••••'],
        ['password was Hunter22 or Hunter23', 'password was •••••• or ••••••'],
        ['my password is Summer2024 or Winter2024', 'my password is •••••• or ••••••'],
      ],
      [],
    );
  });

  it('masks a numeric password or passcode said in groups without a colon, in every language (R22-8)', () => {
    expectRedacted(
      [
        ['my password is 123 456', 'my password is ••••••'],
        ['my password is 1 2 3 4 5 6', 'my password is ••••••'],
        ['my password is 12-34-56', 'my password is ••••••'],
        ['password is 4829-1357', 'password is ••••••'],
        ['password 123 456', 'password ••••••'],
        ['iPhone passcode is 1 2 3 4 5 6', 'iPhone passcode is ••••••'],
        ['my passcode is 12 34 56', 'my passcode is ••••••'],
        ['我的银行卡密码是 1 2 3 4 5 6', '我的银行卡密码是 ••••••'],
        ['我的密码是 123 456', '我的密码是 ••••••'],
        ['パスワードは 1234 5678', 'パスワードは ••••••'],
        ['비밀번호는 1 2 3 4', '비밀번호는 ••••••'],
        ['รหัสผ่านของฉันคือ 1 2 3 4 5 6', 'รหัสผ่านของฉันคือ ••••••'],
        ['mật khẩu là 1 2 3 4 5 6', 'mật khẩu là ••••••'],
        ['kata sandi saya 123 456', 'kata sandi saya ••••••'],
        ['mi contraseña es 123 456', 'mi contraseña es ••••••'],
        ['minha senha é 123 456', 'minha senha é ••••••'],
        ['Passwort ist 1 2 3 4', 'Passwort ist ••••••'],
        ['la password è 1 2 3 4', 'la password è ••••••'],
        ['пароль 123 456', 'пароль ••••••'],
        ['şifrem 1 2 3 4', 'şifrem ••••••'],
        ['הסיסמה שלי היא 1 2 3 4', 'הסיסמה שלי היא ••••••'],
        ['كلمة المرور 1 2 3 4 5 6', 'كلمة المرور ••••••'],
        ['पासवर्ड 1 2 3 4 है', 'पासवर्ड •••••• है'],
      ],
      [],
    );
  });

  it('masks a value after Cantonese 係 ("is") on a Traditional Chinese page (R22-9)', () => {
    expectRedacted(
      [
        ['驗證碼係482913', '驗證碼係••••••'],
        ['個驗證碼係 482913 但係用唔到', '個驗證碼係 •••••• 但係用唔到'],
        ['我收到嘅驗證碼係482913', '我收到嘅驗證碼係••••••'],
        ['個OTP係482913', '個OTP係••••••'],
        ['我個PIN係1234', '我個PIN係••••••'],
        ['張卡嘅PIN係1234', '張卡嘅PIN係••••••'],
        ['密碼係 Hk2024pass', '密碼係 ••••••'],
      ],
      [],
    );
  });

  it('keeps a card’s last four before a PIN’s name, in every shipped language (R22-12)', () => {
    expectRedacted(
      [],
      [
        'my card ending 4829 PIN blocked',
        'card **** 4829 PIN locked',
        'debit card 4829 pin blocked',
        'ATM card last 4 digits 4829 pin blocked',
        'tarjeta terminada en 4829 PIN bloqueado',
        'carte se terminant par 4829 code PIN bloqué',
        'carta che termina con 4829 PIN bloccato',
        '卡片末四碼4829 密碼被鎖',
        'Karte mit Endziffern 4829 PIN gesperrt',
        'cartão final 4829 senha bloqueada',
        'карта *4829 пин заблокирован',
        'kart son 4 hanesi 4829 şifre bloke',
        'kartu akhiran 4829 PIN terblokir',
        'thẻ đuôi 4829 bị khóa mã pin',
        '末尾4829のカード 暗証番号ロック',
        '끝자리 4829 카드 비밀번호 잠김',
        'บัตรลงท้าย 4829 รหัส ATM ถูกล็อก',
        'כרטיס שמסתיים ב-4829 קוד סודי נחסם',
        'البطاقة المنتهية بـ 4829 الرقم السري محظور',
        'कार्ड 4829 का पिन ब्लॉक हो गया',
      ],
    );
  });

  it('ends a value with its line: the next line’s list number or count stays (R22-14)', () => {
    expectRedacted(
      [
        ['1) OTP 482913\n2) PIN 4829\n3) order 48291736', '1) OTP ••••••\n2) PIN ••••••\n3) order 48291736'],
        ['1. OTP 482913\n2. order 48291736', '1. OTP ••••••\n2. order 48291736'],
        ['PIN 4829\n3 attempts', 'PIN ••••••\n3 attempts'],
        ['OTP: 482913\n2 more came later', 'OTP: ••••••\n2 more came later'],
        ['OTP 482913\n12 March it stopped', 'OTP ••••••\n12 March it stopped'],
      ],
      [],
    );
  });

  it('masking twice gives what masking once gave: the number before a masked PIN stays (R22-17)', () => {
    expectRedacted(
      [],
      [
        'card ending 4829 PIN ••••••',
        'amount 1500 OTP ••••••',
        'locker 1204 PIN ••••••',
        'PNR 482913 OTP ••••••',
        'door code 4829 PIN ••••••',
        '1111 取款密码 ••••••',
      ],
    );
  });

  it('what these rules read stays ordinary text: a count, an amount or a year after "and" or a comma, a hedge before no value', () => {
    expectRedacted(
      [
        ['OTP 482913 and 2 minutes later another one came', 'OTP •••••• and 2 minutes later another one came'],
        ['PIN 4829 and 2000 rs withdrawn', 'PIN •••••• and 2000 rs withdrawn'],
        ['PIN 4829, 2024 was when I opened the account', 'PIN ••••••, 2024 was when I opened the account'],
        ['my card 1234 is my PIN', 'my card •••••• is my PIN'],
      ],
      [
        'OTP now expires in 300 seconds',
        'PIN now blocked after 3 tries',
        'the OTP says 10 minutes',
        'password 2026 11 reset',
        'password shows as expired',
        'My PIN is either blocked or expired',
        'order 4829173 and 4829180 both late',
      ],
    );
  });

  it('a PIN in groups, and a count on the next line, leave every output as the detector does (R22-1, R22-8, R22-14)', async () => {
    await expectEverywhere('r22', NOW, [
      ['I changed my PIN to 4 8 2 9 yesterday and now it’s blocked', 'I changed my PIN to •••••• yesterday and now it’s blocked'],
      ['my password is 123 456', 'my password is ••••••'],
    ]);
    // Over lines only in the call form's "What happened" (a text area); a checklist note is one line, whose input drops
    // the break as it is set.
    for (const out of await callPrepOutputs('r22', NOW, 'PIN 4829\n3 attempts')) expect(holds(out, 'PIN ••••••\n3 attempts'), out).to.equal(true);
  });
});

// Round 23: an outside check of round 22's fixes before they landed (a helper that had not seen these tests), 171 cases
// in 17 findings, 10 of them regressions of round 22; fixed here, each line as its finding gave it.
describe('Round 23', () => {
  it('a bullet after a code-first keyword is no masked value: the code before it is masked (R23-1, a regression of R22-17)', () => {
    expectRedacted(
      [
        ['482913 is the OTP\n• merchant charged 1500', '•••••• is the OTP\n• merchant charged 1500'],
        ['482913 OTP • never requested', '•••••• OTP • never requested'],
        ['482913 is the OTP • I did not share it', '•••••• is the OTP • I did not share it'],
        ['• Got SMS 482913 OTP\n• Did not share it with anyone', '• Got SMS •••••• OTP\n• Did not share it with anyone'],
        ['4829 is my PIN • card blocked', '•••••• is my PIN • card blocked'],
        ['4829 was my PIN • card blocked', '•••••• was my PIN • card blocked'],
        ['482913 is your code • valid 10 min', '•••••• is your code • valid 10 min'],
        ['482913 ist Ihr Code • nicht teilen', '•••••• ist Ihr Code • nicht teilen'],
        ['482913 es tu código • no lo compartas', '•••••• es tu código • no lo compartas'],
        ['482913是验证码•请勿泄露', '••••••是验证码•请勿泄露'],
        ['482913是您的验证码 • 5分钟内有效', '••••••是您的验证码 • 5分钟内有效'],
      ],
      [],
    );
  });

  it('a card’s last four is kept only when nothing says it was the secret: "was", "era", "=" or a sentence’s end before it (R23-2, a regression of R22-12)', () => {
    expectRedacted(
      [
        ['They stole my card. 4829 was the PIN.', 'They stole my card. •••••• was the PIN.'],
        ['Someone took my card. 1357 was my PIN, they withdrew 5000.', 'Someone took my card. •••••• was my PIN, they withdrew 5000.'],
        ['Lost my card 4829 was the PIN on the sticky note', 'Lost my card •••••• was the PIN on the sticky note'],
        ['card 1357 set as PIN', 'card •••••• set as PIN'],
        ['card 1357 = PIN', 'card •••••• = PIN'],
        ['Me robaron la tarjeta. 4829 era el PIN.', 'Me robaron la tarjeta. •••••• era el PIN.'],
        ["On m'a volé ma carte. 4829 était le code PIN.", "On m'a volé ma carte. •••••• était le code PIN."],
        ['Roubaram meu cartão. 4829 era a senha.', 'Roubaram meu cartão. •••••• era a senha.'],
        ['Mi hanno rubato la carta. 4829 era il PIN.', 'Mi hanno rubato la carta. •••••• era il PIN.'],
        ['Karte 1357 war die PIN', 'Karte •••••• war die PIN'],
        ['У меня украли карту. 4829 был ПИН.', 'У меня украли карту. •••••• был ПИН.'],
      ],
      [],
    );
  });

  it('the bare "code" before what the screen shows is an error’s (R23-3, a regression of R22-5)', () => {
    expectRedacted(
      [],
      [
        'payment failed, code shows 1001',
        'checkout failed and the code says 5003',
        'the app crashed and the code shows 500',
        'the code shows 404 not found',
        'the code reads 500',
        'the code shows 5003 on screen',
        'The page code says 500',
      ],
    );
  });

  it('an amount after "and" or a comma is no second value: only one that ends the list is (R23-4, a regression of R22-7)', () => {
    expectRedacted(
      [
        ['My PIN 4829, 3000 withdrawn without consent', 'My PIN ••••••, 3000 withdrawn without consent'],
        ['I entered my PIN 4829 and 2500 was taken', 'I entered my PIN •••••• and 2500 was taken'],
        ['I used PIN 4829 and 1500 got deducted', 'I used PIN •••••• and 1500 got deducted'],
        ['OTP 482913 and 150000 deducted from account', 'OTP •••••• and 150000 deducted from account'],
        ['PIN 4829, 1500 taken at 10:30', 'PIN ••••••, 1500 taken at 10:30'],
        ['Mi PIN 4829 y 5000 retirados sin permiso', 'Mi PIN •••••• y 5000 retirados sin permiso'],
        ['Mon code PIN 4829 et 3000 retirés', 'Mon code PIN •••••• et 3000 retirés'],
        ['Meine PIN 4829 und 3000 abgehoben', 'Meine PIN •••••• und 3000 abgehoben'],
        ['Мой ПИН 4829 и 3000 сняли', 'Мой ПИН •••••• и 3000 сняли'],
        ['PIN saya 123456 dan 500000 terpotong', 'PIN saya •••••• dan 500000 terpotong'],
        ['mã PIN 4829 và 5000 bị trừ', 'mã PIN •••••• và 5000 bị trừ'],
        ["PIN'im 4829 ve 3000 çekildi", "PIN'im •••••• ve 3000 çekildi"],
        ['OTP 482913 और 150000 कट गए', 'OTP •••••• और 150000 कट गए'],
      ],
      [],
    );
  });

  it('a password of digits with letters glued on is masked whole (R23-5)', () => {
    expectRedacted(
      [
        ['Password: 07-07-Luna', 'Password: ••••••'],
        ['Password: 12-12-Rosa!', 'Password: ••••••'],
        ['the password "14-05-Mia"', 'the password "••••••"'],
        ['Password: 11-22-33-qwerty', 'Password: ••••••'],
        ['my password is 12-34-ab', 'my password is ••••••'],
        ['password: 12_34_ab', 'password: ••••••'],
        ['Passwort: 12-34-ab', 'Passwort: ••••••'],
        ['Contraseña: 12-34-ab', 'Contraseña: ••••••'],
        ['Mật khẩu: 12-34-ab', 'Mật khẩu: ••••••'],
        ['密码：12-34-ab', '密码：••••••'],
        ['Password: 1990-Mike', 'Password: ••••••'],
        ['password: 0812-sarah', 'password: ••••••'],
        ['Password: 123-abc', 'Password: ••••••'],
      ],
      [],
    );
  });

  it('a date or time after a password’s name is no password in groups (R23-6, a regression of R22-8)', () => {
    expectRedacted(
      [],
      [
        'password 12/03 reset',
        'password 10.30 am changed',
        'Passwort 12.03. geändert',
        'пароль 12.03 перестал работать',
        'contraseña 12/03 cambiada',
        'senha 12/03 trocada',
        'mot de passe 12/03 changé',
        'şifre 12.03 değişti',
        'kata sandi 12.03 diganti',
        'mật khẩu 12/03 bị đổi',
        '密码12/03修改',
      ],
    );
  });

  it('a phone number named before "changed … to", in its country’s groups, is kept (R23-7, a regression of R22-1)', () => {
    expectRedacted(
      [],
      [
        'Я сменил номер телефона для пароля на 8 912 345 67 89',
        'Я сменил номер для пароля на 8-912-345-67-89',
        'cambié el celular del PIN a 55 1234 5678',
        'mudei o celular da senha para 11 91234 5678',
        'ho cambiato il numero della password in 347 12 34 567',
        'saya ganti nomor untuk PIN jadi 812 3456 7890',
        'غيرت رقم الجوال لكلمة المرور إلى 55 123 4567',
      ],
    );
  });

  it('a password of a digit and a name that begins like a month is masked (R23-8, a regression of R22-4)', () => {
    expectRedacted(
      [
        ['The password I set for my account 1Martin is wrong', 'The password I set for my account •••••• is wrong'],
        ['The password I entered for my account 7Octopus is wrong', 'The password I entered for my account •••••• is wrong'],
        ['The password I entered for my account 3Mayday is wrong', 'The password I entered for my account •••••• is wrong'],
        ['The password I entered for my account 1Junior is wrong', 'The password I entered for my account •••••• is wrong'],
        ['The password I entered for my account 1Marvel is wrong', 'The password I entered for my account •••••• is wrong'],
        ['The password I used for my account 4Desert is not accepted', 'The password I used for my account •••••• is not accepted'],
        ['The password I entered for my account 2Setup is wrong', 'The password I entered for my account •••••• is wrong'],
        ['The password I set for id 9Mario is wrong', 'The password I set for id •••••• is wrong'],
        ['The password I entered for my account 1Mike is wrong', 'The password I entered for my account •••••• is wrong'],
        ['The password I entered for my account 7Rosa is wrong', 'The password I entered for my account •••••• is wrong'],
      ],
      [],
    );
  });

  it('after an account’s number, a password that ends like a duration is the password (R23-9, a regression of R22-3)', () => {
    expectRedacted(
      [
        ['Password for account 4829173: 12345h', 'Password for account 4829173: ••••••'],
        ['Password for account 4829173: 2020hrs', 'Password for account 4829173: ••••••'],
        ['Password for account 4829173: 12hours', 'Password for account 4829173: ••••••'],
        ['Password for account 4829173: 100min.', 'Password for account 4829173: ••••••.'],
      ],
      [],
    );
  });

  it('a value split over two lines is masked whole (R23-10, a regression of R22-14)', () => {
    expectRedacted(
      [
        ['PIN: 48\n29', 'PIN: ••••••'],
        ['OTP 482\n913', 'OTP ••••••'],
        ['CVV 73\n7', 'CVV ••••••'],
        ['my PIN is 48\n29 i think', 'my PIN is •••••• i think'],
      ],
      [],
    );
  });
});

// Round 24: an outside check of round 23's fixes before they landed, 76 cases in 13 findings, 7 of them regressions;
// what it found in round 23's rules, fixed here.
describe('Round 24', () => {
  it('every alternative after "or" or a slash is masked, whatever words follow (R24-1, a regression of R23-4)', () => {
    expectRedacted(
      [
        ['my PIN is 4829 or 1357 maybe', 'my PIN is •••••• or •••••• maybe'],
        ['PIN 4829 or 1357 please help', 'PIN •••••• or •••••• please help'],
        ['OTP 482913 / 591024 expired', 'OTP •••••• / •••••• expired'],
        ['my PIN is 4829 or 1357 (not sure)', 'my PIN is •••••• or •••••• (not sure)'],
        ['CVV 737 or 373 cant read it', 'CVV •••••• or •••••• cant read it'],
        ['мой ПИН 4829 или 1357 не помню', 'мой ПИН •••••• или •••••• не помню'],
        ['PIN 4829 o 1357 no me acuerdo', 'PIN •••••• o •••••• no me acuerdo'],
        ['meine PIN ist 4829 oder 1357 glaube ich', 'meine PIN ist •••••• oder •••••• glaube ich'],
        ['mon code PIN est 4829 ou 1357 je crois', 'mon code PIN est •••••• ou •••••• je crois'],
        ['PIN saya 4829 atau 1357 lupa', 'PIN saya •••••• atau •••••• lupa'],
        ["PIN'im 4829 veya 1357 hatırlamıyorum", "PIN'im •••••• veya •••••• hatırlamıyorum"],
      ],
      [],
    );
  });

  it('after the bare "code" and "is", a hedge leads to the code (R24-2, a regression of R23-3)', () => {
    expectRedacted(
      [
        ['the code is now 482913 but it says invalid', 'the code is now •••••• but it says invalid'],
        ['The code is now 482913, still not working', 'The code is now ••••••, still not working'],
        ['the code should be 482913 but it says invalid', 'the code should be •••••• but it says invalid'],
        ['the code was probably 482913, it failed', 'the code was probably ••••••, it failed'],
        ['the code is either 482913 or 591024', 'the code is either •••••• or ••••••'],
        ['the code in the text is probably 482913', 'the code in the text is probably ••••••'],
        ['der Code ist vielleicht 482913', 'der Code ist vielleicht ••••••'],
        ['le code est peut-être 482913', 'le code est peut-être ••••••'],
        ['код наверное 482913 но не подходит', 'код наверное •••••• но не подходит'],
      ],
      [],
    );
  });

  it('a PIN in groups after "changed … to" is masked unless the phone itself was changed (R24-3, a regression of R23-7)', () => {
    expectRedacted(
      [
        ['Order number 4829173. I reset my PIN to 12 34 56', 'Order number 4829173. I reset my PIN to ••••••'],
        ['account number 4829173, I changed the PIN to 48 29 13', 'account number 4829173, I changed the PIN to ••••••'],
        ['card number ending 4829, changed PIN to 12 34 56', 'card number ending 4829, changed PIN to ••••••'],
        ['I changed my phone PIN to 48 29 13', 'I changed my phone PIN to ••••••'],
        ['I reset my mobile banking PIN to 48 29 13', 'I reset my mobile banking PIN to ••••••'],
        ['I changed my phone PIN to 1 2 3 4', 'I changed my phone PIN to ••••••'],
        ['mi número de cuenta es 123, cambié el PIN a 12 34 56', 'mi número de cuenta es 123, cambié el PIN a ••••••'],
      ],
      [],
    );
  });

  it('a card security code is whole at three digits: the next line stays (R24-4, a regression of R23-10)', () => {
    expectRedacted(
      [
        ['CVV 737\n2 attempts left', 'CVV ••••••\n2 attempts left'],
        ['CVV: 737\n12/27', 'CVV: ••••••\n12/27'],
        ['security code 737\n05/28', 'security code ••••••\n05/28'],
        ['CVV 737\n4829 is last four', 'CVV ••••••\n4829 is last four'],
        ['OTP: 482\n913\n2 attempts left', 'OTP: ••••••\n2 attempts left'],
        ['CVV 737\n12 items in cart', 'CVV ••••••\n12 items in cart'],
      ],
      [],
    );
  });

  it('a numeric password with dots, slashes or pairs that are no date is masked (R24-5, a regression of R23-6)', () => {
    expectRedacted(
      [
        ['my password is 123.456', 'my password is ••••••'],
        ['password is 123.456 and it fails', 'password is •••••• and it fails'],
        ['my password is 1234.5678 I think', 'my password is •••••• I think'],
        ['contraseña 123.456', 'contraseña ••••••'],
        ['senha 123.456', 'senha ••••••'],
        ['mot de passe 12.34.56', 'mot de passe ••••••'],
        ['Passwort 1234/5678', 'Passwort ••••••'],
        ['my password is 12_34_56', 'my password is ••••••'],
        ['my password is 99-99', 'my password is ••••••'],
        ['my password 12-34 doesnt work', 'my password •••••• doesnt work'],
      ],
      [],
    );
  });

  it('a card’s last four said to be the PIN ("same as", "also", 也是, היה, كان) is masked (R24-6, a regression of R22-12)', () => {
    expectRedacted(
      [
        ['card 4829 which was also my PIN', 'card •••••• which was also my PIN'],
        ['my card 4829 same as PIN', 'my card •••••• same as PIN'],
        ['card 4829 also is my PIN', 'card •••••• also is my PIN'],
        ['כרטיס 4829 היה הקוד הסודי', 'כרטיס •••••• היה הקוד הסודי'],
        ['بطاقة 4829 كان الرقم السري', 'بطاقة •••••• كان الرقم السري'],
        ['कार्ड 4829 था पिन', 'कार्ड •••••• था पिन'],
        ['tarjeta 4829 también es el PIN', 'tarjeta •••••• también es el PIN'],
        ['卡4829也是密码', '卡••••••也是密码'],
        ['thẻ 4829 cũng là mã PIN', 'thẻ •••••• cũng là mã PIN'],
      ],
      [],
    );
  });
});

// Round 25: an outside check of round 24's fixes before they landed, 43 cases in 13 findings, 7 of them regressions;
// what it found in round 24's rules, fixed here.
describe('Round 25', () => {
  it('the bare "code" and a hedge before what a screen shows is still an error’s (R25-1, a regression of R24-2)', () => {
    expectRedacted(
      [],
      [
        'The card reader beeped and the code now shows 1001',
        'the code now reads 1001 on the pinpad',
        'The terminal froze, the code now says E1001',
        'the code actually shows 1001',
        'the code probably says 1001',
      ],
    );
  });

  it('a card’s last four with "also" or "también" later in the sentence stays (R25-2, a regression of R24-6)', () => {
    expectRedacted(
      [],
      [
        'My Visa ending in 4829 also has a blocked PIN',
        'my card ending 4829 also got its PIN blocked',
        'Mi tarjeta terminada en 4829 también tiene el PIN bloqueado',
        'Ma carte 4829 aussi PIN bloqué',
        'Meine Karte 4829 auch PIN gesperrt',
        'Meu cartão final 4829 também com senha bloqueada',
        'بطاقتي المنتهية بـ 4829 كانت مرفوضة، الرقم السري لا يعمل',
      ],
    );
  });

  it('a security code or CID over two lines of digits is masked whole (R25-3, a regression of R24-4)', () => {
    expectRedacted(
      [
        ['Your security code is:\n482\n913', 'Your security code is:\n••••••'],
        ['security code 482\n913', 'security code ••••••'],
        ['CID 123\n4', 'CID ••••••'],
      ],
      [],
    );
  });

  it('a code typed over three lines or more is masked whole (R25-4, a regression of R24-4)', () => {
    expectRedacted(
      [
        ['verification code:\n48\n29\n13', 'verification code:\n••••••'],
        ['my one-time code is\n48\n29\n13', 'my one-time code is\n••••••'],
        ['OTP\n4\n8\n2\n9\n1\n3', 'OTP\n••••••'],
        ['code: 12\n34\n56', 'code: ••••••'],
      ],
      [],
    );
  });

  it('an amount or a time after "or" or a slash, said so, stays (R25-5, a regression of R24-1)', () => {
    expectRedacted(
      [
        ['CVV 737 / 250 charged twice', 'CVV •••••• / 250 charged twice'],
        ['my PIN 4829 / 1130 am', 'my PIN •••••• / 1130 am'],
      ],
      [],
    );
  });

  it('a date after a password’s name stays when the next line begins with a digit (R25-6, a regression of R24-5)', () => {
    expectRedacted([], ['my password is 12/03\n2 attempts left', 'my password is 10.30\n13']);
  });

  it('an IP address after a password’s name stays (R25-7, a regression of R24-5)', () => {
    expectRedacted([], ['my wifi password is 192.168.1.1 login page']);
  });
});

// Round 26: an outside check of round 25's fixes before they landed, 25 cases in 7 findings, 6 of them regressions;
// what it found in round 25's rules, fixed here.
describe('Round 26', () => {
  it('a numeric password with a line of digits after it is masked, the next line kept (R26-1, a regression of R25-6)', () => {
    expectRedacted(
      [
        ['my password is 4829\n2025', 'my password is ••••••\n2025'],
        ['my password is 4829\n1357', 'my password is ••••••\n1357'],
        ['Password\n4829\n1357', 'Password\n••••••\n1357'],
        ['my password is 482913\n2', 'my password is ••••••\n2'],
        ['пароль 4829\n1357', 'пароль ••••••\n1357'],
        ['mi contraseña es 4829\n1357', 'mi contraseña es ••••••\n1357'],
      ],
      [],
    );
  });

  it('"am I" after a second PIN is no time: the PIN is masked (R26-2, a regression of R25-5)', () => {
    expectRedacted(
      [
        ['was the PIN 4829 or 1357 am I misremembering', 'was the PIN •••••• or •••••• am I misremembering'],
        ['my PIN is 4829 or 9248 am I typing it wrong?', 'my PIN is •••••• or •••••• am I typing it wrong?'],
        ['Was my OTP 482913 or 482931 am I too late', 'Was my OTP •••••• or •••••• am I too late'],
        ['my CVV is 737 or 773 am I wrong', 'my CVV is •••••• or •••••• am I wrong'],
      ],
      [],
    );
  });

  it('a code typed as three digits, a line break and three more is masked whole (R26-3, a regression of R25-4)', () => {
    expectRedacted(
      [
        ['verification code 482\n913 thanks', 'verification code •••••• thanks'],
        ['the code is 482\n913 and it fails', 'the code is •••••• and it fails'],
        ['OTP: 482\n913 please help', 'OTP: •••••• please help'],
        ['验证码 482\n913 不行', '验证码 •••••• 不行'],
      ],
      [],
    );
  });

  it('a line of digits after a whole PIN, CVV or code stays (R26-4, a regression of R25-4)', () => {
    expectRedacted(
      [
        ['PIN 4829\n4242', 'PIN ••••••\n4242'],
        ['Card 4242\nCVV 737\n1200', 'Card 4242\nCVV ••••••\n1200'],
        ['CVV entered 737\n4242', 'CVV entered ••••••\n4242'],
        ['Order 48291\nPIN 4829\n12 34', 'Order 48291\nPIN ••••••\n12 34'],
        ['verification code 482913\n12', 'verification code ••••••\n12'],
      ],
      [],
    );
  });
});
