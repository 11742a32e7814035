// Issue 13: round 28, what the outside round R27 found in round 27's asides (docs/security.md). Round 27 skipped an
// aside in round brackets without digits between a secret's name and its value; R27 found that the words in a skipped
// aside no longer said the number after it was public (R27-7), that a bracket after a purpose ended the purpose and its
// number became the value (R27-8), the same skip after Arabic's bare "code" (R27-9), outputs that changed when redacted
// again (R27-11), and, older, asides with a digit, in other brackets, long or nested, and after a purpose (R27-1, -2,
// -3, -5). Each masking case here fails with main's detector before round 27 (checked by running this file with it).
import { expect } from '@open-wc/testing';
import { redact, redactFields } from '../src/internal/sensitive.js';
import { expectRedacted, loadEveryLanguage } from './helpers.js';

const TYPING = { partialCards: true, partialSecrets: true };

before(loadEveryLanguage);

describe('an aside between a secret’s name or purpose and its value (round 28)', () => {
  it('skips an aside with a digit that describes the secret, before its "is", colon or next field (R27-1)', () => {
    expectRedacted(
      [
        ['PIN (2nd one) is 4829', 'PIN (2nd one) is ••••••'],
        ['password (v2) is hunter22', 'password (v2) is ••••••'],
        ['PIN (ending 4242) is 4829', 'PIN (ending 4242) is ••••••'],
        ['password (for 2 accounts) is hunter22', 'password (for 2 accounts) is ••••••'],
        ['password (8+ chars) is hunter22', 'password (8+ chars) is ••••••'],
        ['PIN (min 4 digits): 4829', 'PIN (min 4 digits): ••••••'],
        ['Пароль (не менее 8 символов): qwerty123', 'Пароль (не менее 8 символов): ••••••'],
      ],
      ['PIN (ending 4829) is blocked', 'PIN (2nd one) is blocked', 'PIN (2 attempts left) is 3 of 5', 'Password (min 8 chars) is required', 'PIN (v2) 4829'],
    );
    const fields = (label: string, value: string): string[] => redactFields([label, value]).map((r) => r.text);
    for (const label of [
      'Password (min 8 chars)',
      '密码（至少8位）',
      'Contraseña (mín. 8 caracteres)',
      'Пароль (не менее 8 символов)',
      'パスワード（8文字以上）',
      'Passwort (mind. 8 Zeichen)',
      'Mot de passe (8 caractères min.)',
      'Password [required]',
      'Password (case sensitive)',
    ])
      expect(fields(label, 'hunter22'), label).to.deep.equal([label, '••••••']);
    // A field naming no secret, and a value that is no password, are kept.
    expect(fields('Notes (optional)', 'hunter22')).to.deep.equal(['Notes (optional)', 'hunter22']);
    expect(fields('Phone (mobile)', '555 0199')).to.deep.equal(['Phone (mobile)', '555 0199']);
    expect(fields('Ticket (ref)', '48213')).to.deep.equal(['Ticket (ref)', '48213']);
    expect(fields('Password (min 8 chars)', 'forgot it')).to.deep.equal(['Password (min 8 chars)', 'forgot it']);
    expect(fields('Password (min 8 chars)', 'Order 112-1234567')).to.deep.equal(['Password (min 8 chars)', 'Order 112-1234567']);
  });

  it('reads an aside in square, lenticular or tortoise-shell brackets, long or once nested (R27-2, R27-3)', () => {
    expectRedacted(
      [
        ['PIN [the new one] is 4829', 'PIN [the new one] is ••••••'],
        ['密码【新的】是 abc12345', '密码【新的】是 ••••••'],
        ['パスワード［仕事用］は hunter22', 'パスワード［仕事用］は ••••••'],
        ['비밀번호[회사]는 hunter22', '비밀번호[회사]는 ••••••'],
        ['PIN 〔新〕: 4829', 'PIN 〔新〕: ••••••'],
        [
          'password (the one I chose for the app, not the one for the shop) is hunter22',
          'password (the one I chose for the app, not the one for the shop) is ••••••',
        ],
        ['PIN (new (really)) is 4829', 'PIN (new (really)) is ••••••'],
      ],
      ['my order [the blue one] is 112-1234567', 'the code [for the discount] is SAVE20'],
    );
  });

  it('reads a word in quotes before a colon or "is" as an aside, and masks it after a password’s name (R27-2)', () => {
    expectRedacted(
      [
        ['password "work" is hunter22', 'password "••••••" is ••••••'],
        ['password “work” is hunter22', 'password “••••••” is ••••••'],
        ['пароль «рабочий»: qwerty123', 'пароль «••••••»: ••••••'],
        ['パスワード「仕事用」は hunter22', 'パスワード「••••••」は ••••••'],
        ['密码「新的」是 abc12345', '密码「••••••」是 ••••••'],
        ['PIN "new" is 4829', 'PIN "new" is ••••••'],
        ['password for wifi "Home-5G": hunter22', 'password for wifi "Home-5G": ••••••'],
        ['password "sunshine" is not working', 'password "••••••" is not working'],
        ['my password is "hunter22" and it works', 'my password is "••••••" and it works'],
      ],
      [
        'password for wifi "Home-5G"',
        'OTP for "Acme Bank" not received',
        // Not after the bare "code" nor Arabic's, nor words naming a public value, as with brackets.
        'the code "discount" is 482913',
        'الرمز "الخصم" هو 482913',
        'OTP "error code" is 500',
        'PIN "order number" is 112-1234567',
      ],
    );
  });

  it('skips anything in brackets after a purpose before its colon or "is", and nothing else (R27-5, R27-8)', () => {
    expectRedacted(
      [
        ['password for router (192.168.1.1): admin123', 'password for router (192.168.1.1): ••••••'],
        ['password for the router (TP-Link AX1500) is hunter22', 'password for the router (TP-Link AX1500) is ••••••'],
        ['OTP for payment (order 112-1234567) is 482913', 'OTP for payment (order 112-1234567) is ••••••'],
        ['OTP for card (ending 4829): 482913', 'OTP for card (ending 4829): ••••••'],
        ['password for my account (john@gmail.com): Hunter22', 'password for my account (john@gmail.com): ••••••'],
      ],
      [
        'PIN for card (4242) locked',
        'PIN for card (4242)',
        'password for router (192.168.1.1)',
        'password for router (192.168.1.1) keeps failing',
        'OTP for phone (555 0199) never came',
        'password for account (48213) was reset',
      ],
    );
  });

  it('keeps the number after an aside naming a public one, as without brackets (R27-7)', () => {
    expectRedacted(
      [],
      [
        'CVV (expiry) 12/27',
        'PIN (expiry) 12/27',
        'PIN (order number) 112-1234567',
        'PIN (ticket) 48213',
        'PIN (see ticket) #48213',
        'OTP (error code) 500',
        'OTP (error) E1234',
        'password (error message) 401 unauthorized',
        'PIN (phone) 555 0199',
        'PIN (call me) 555 0199',
        'OTP (price) 49.99',
        'PIN (amount) 50.00',
        'OTP (for the payment of) 49.99',
        'PIN (year) 2024',
        'password (since) 2019',
        'PIN (date) 12/03',
        'password (reset link) https://example.com/reset?t=abc',
        'password (reset link): https://example.com/reset?t=abc',
        'password (tracking) is https://ups.com/track?n=1',
        'OTP (sent) to +44 20 7946 0958',
        'OTP (sent) on 03/01/2024',
        'PIN (attempts left) 3 of 5',
        'PIN (new) for order 112-1234567',
        'my order (the blue one) is 112-1234567',
        'call me (after 5pm) on 555 0199',
        'the code (for the discount) is SAVE20',
        'code (sms) is 482913',
      ],
    );
  });

  it('reads an address, a path or an account with a number sign as a purpose (R27-4)', () => {
    expectRedacted(
      [
        ['password for 192.168.1.1: hunter22', 'password for 192.168.1.1: ••••••'],
        ['password for 192.168.1.1 is hunter22', 'password for 192.168.1.1 is ••••••'],
        ['password for 10.0.0.1:8080: hunter22', 'password for 10.0.0.1:8080: ••••••'],
        ['password for CORP\\jdoe: hunter22', 'password for CORP\\jdoe: ••••••'],
        ['password for \\\\server\\share: hunter22', 'password for \\\\server\\share: ••••••'],
        ['password for /etc/shadow: hunter22', 'password for /etc/shadow: ••••••'],
        ['password for ~/.ssh/id_rsa is hunter22', 'password for ~/.ssh/id_rsa is ••••••'],
        ['password for ./deploy.sh: hunter22', 'password for ./deploy.sh: ••••••'],
        ['password for $HOME/.netrc: hunter22', 'password for $HOME/.netrc: ••••••'],
        ['PIN for acct #12: 4829', 'PIN for acct #12: ••••••'],
        ['OTP for order #4829173: 482913', 'OTP for order #4829173: ••••••'],
        ['password for 365.example.com: hunter22', 'password for 365.example.com: ••••••'],
        ['OTP for payment at 10.30am is 482913', 'OTP for payment at 10.30am is ••••••'],
      ],
      [
        'OTP for 10.0.0.1 not received',
        'password for /etc/shadow was reset',
        'code for order #4829173: shipped',
        'OTP sent to +44 20 7946 0958',
        'Mudei o número da senha para +55 11 91234 5678',
      ],
    );
    expect(redactFields(['admin password for 192.168.1.1', 'admin password for 192.168.1.1']).map((r) => r.text)).to.deep.equal([
      'admin password for 192.168.1.1',
      'admin password for 192.168.1.1',
    ]);
  });

  it('reads a phone number in a purpose whole, and a code of 1 to 4 digits after a whole one as the code (R28-2)', () => {
    const masked: [string, string][] = [
      ['OTP sent to +1 415 555 0100 4829', 'OTP sent to +1 415 555 0100 ••••••'],
      ['PIN sent to +44 7700 900123 4829', 'PIN sent to +44 7700 900123 ••••••'],
      ['OTP to +91 98765 43210 4829', 'OTP to +91 98765 43210 ••••••'],
      ['OTP sent to +44 20 7946 0958 482913', 'OTP sent to +44 20 7946 0958 ••••••'],
      ['OTP sent to +44 20 7946 0958: 4829', 'OTP sent to +44 20 7946 0958: ••••••'],
      ['OTP sent to +44 20 7946 0958 was 4829', 'OTP sent to +44 20 7946 0958 was ••••••'],
    ];
    expectRedacted(masked, ['OTP sent to +44 20 7946 0958', 'OTP sent to +44 20 7946 0958 12 times', 'PIN sent to +44 20 7946 0958 ext 12']);
    for (const [typed, left] of masked.slice(0, 2)) expect(redact(typed, TYPING).text, `${typed} typing`).to.equal(left);
  });

  it('reads an IPv4 address with its port as the purpose, never the port as the value (R28-4)', () => {
    expectRedacted(
      [
        ['password for 192.168.1.1:8080: hunter22', 'password for 192.168.1.1:8080: ••••••'],
        ['password for 10.0.0.1:8080 is hunter22', 'password for 10.0.0.1:8080 is ••••••'],
      ],
      ['password for 192.168.1.1:8080 keeps failing', 'OTP for 10.0.0.1:443 failed', 'password for 192.168.1.1:8080/admin keeps failing'],
    );
    expect(redact('password for 192.168.1.1:8080 keeps failing', TYPING).text).to.equal('password for 192.168.1.1:8080 keeps failing');
  });

  it('reads up to six words, commas or dashes after a link before "is" (R27-6)', () => {
    expectRedacted(
      [
        ['password for https://bank.com/login on my work laptop today is hunter22', 'password for https://bank.com/login on my work laptop today is ••••••'],
        ['password for https://bank.com/login, the work one, is hunter22', 'password for https://bank.com/login, the work one, is ••••••'],
        ['password for https://bank.com/login - the work one - is hunter22', 'password for https://bank.com/login - the work one - is ••••••'],
      ],
      ['password for https://bank.com/login on my work laptop today is not working', 'the code for https://shop.com/promo is SAVE20'],
    );
  });

  it('keeps the number after the bare "code" and a key with its value, whose code it is (R27-10)', () => {
    expectRedacted([], ['code for svc=auth: 504', 'code for page=2: 4829', 'code for ref=ABC: 1234567', 'the code for booking=ABC: 48213']);
  });

  it('keeps what Arabic’s bare "code" names in an aside, as the other languages do (R27-9)', () => {
    expectRedacted([], ['الرمز (الخصم) هو SAVE20', 'كود (الخصم) هو SAVE20', 'الرمز (رقم الطلب) هو 1234567', 'الرمز (الخطأ) هو 504']);
  });

  it('gives the same text when its redacted text is redacted again, typing or not (R27-11)', () => {
    for (const text of [
      'password for router (192.168.1.1): admin123',
      'PIN for card (4242) locked',
      'PIN (phone) 555 0199',
      'PIN (4829) is blocked',
      'PIN (the new one) is 4829',
      'password for https://bank.com/login (work) is hunter22',
      'PIN for my account (ID 48213) is blocked',
    ])
      for (const watch of [undefined, TYPING]) {
        const once = redact(text, watch).text;
        expect(redact(once, watch).text, `${text} ${watch ? 'typing' : ''}`).to.equal(once);
      }
  });
});
