// Performance budgets (they need a quiet machine, so `npm run test:long` runs them, not `npm test`): linear-time
// text checks and search at the documented limits. A regression here is a backtracking pattern or a quadratic
// loop: seconds or minutes instead of a fraction of one.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/faq.js';
import '../src/call-prep.js';
import type { SupportFaq } from '../src/faq.js';
import { redact } from '../src/index.js';
import { textFits } from '../src/internal/phone.js';
import {
  capture,
  insertStatement,
  insertStatementNatively,
  loadEveryLanguage,
  atTheLimit,
  attackerItems,
  attackerQueries,
  ready,
  searchFor,
} from './helpers.js';

describe('sensitive data: performance budget', () => {
  it('finishes 1 MB adversarial strings quickly (no backtracking)', function () {
    // 38 strings of a megabyte, each within its own budget below (0.1 to 1.3 s on a quiet machine): together
    // past mocha's 10 s, which failed CI with every string in its budget.
    this.timeout(38 * 3000);
    const MB = 1 << 20;
    const inputs = [
      '4111 '.repeat(MB / 5),
      '1 '.repeat(MB / 2),
      '9'.repeat(MB),
      '٤١'.repeat(MB / 2),
      'password: '.repeat(MB / 10),
      `验证码${' '.repeat(MB)}x`,
      'my code is '.repeat(MB / 11),
      'pin 1-'.repeat(MB / 6),
      `${'a '.repeat(MB / 2)}4111`,
      '4111 then '.repeat(MB / 10),
      'كلمة المرور '.repeat(MB / 12),
      '\u200b1'.repeat(MB / 2),
      // Red team R9-11: 1.7 to 5.5 s each before normalisation read each character once (now about 0.2 to 0.6 s).
      '验证码1'.repeat(MB / 4),
      'ΡΙΝ '.repeat(MB / 4),
      '密码是一二三四五六七八九'.repeat(MB / 12),
      'Order 12345678 paid 49.99 on 2024-12-05, PIN changed, code sent. '.repeat(MB / 64),
      // Round 12's shapes (a keyword, one or two words, a colon; a purpose after "for"): in a script without spaces
      // their words once ran to the end of the text from every keyword (`密码是一二三…` above took minutes).
      '密码客户'.repeat(MB / 4),
      'รหัสสำหรับกขคงจฉชซ'.repeat(MB / 18),
      'password wifi '.repeat(MB / 14),
    ];
    // As call-prep reads a field being typed too: numbers that may become cards, half-typed secrets, known cards.
    const watch = { partialCards: true, partialSecrets: true, known: new Set(['4111111111111111', '5500000000000004']) };
    for (const text of [...inputs, ...inputs.map((x) => [x, watch] as const)]) {
      const t0 = performance.now();
      if (typeof text === 'string') redact(text);
      else redact(...text);
      const took = performance.now() - t0;
      // About 0.1 to 0.3 s each on a quiet machine; a backtracking pattern takes minutes.
      expect(took, `${JSON.stringify(String(text).slice(0, 12))}…: ${Math.round(took)} ms`).to.be.below(3000);
    }
  });
});

describe('sensitive data with every language loaded: performance budget', () => {
  // Red team R13-5: with German's word file loaded, R12-3's compounds (`Kartenpin`: letters, then pin, passwort or
  // kennwort) were tried from every letter of a run in a script written without spaces: 10,000 characters of an
  // unpunctuated Japanese complaint froze the call form for 78 s (15 s in the detector alone).
  it('reads 20,000 characters of unpunctuated Chinese, Japanese, Korean, Thai or Arabic text in linear time', async function () {
    this.timeout(6 * 2 * 4000);
    await loadEveryLanguage();
    const runs = [
      '注文した商品がまだ届いていません確認をお願いします',
      '我买的商品还没有收到请帮我查一下谢谢',
      '주문한상품이아직도착하지않았습니다확인부탁드립니다',
      'สินค้าที่สั่งซื้อยังไม่ได้รับกรุณาตรวจสอบให้ด้วย',
      'لمتصلنيالطلبيةحتىالآنأرجوالتحقق',
      'KundenbestellungnochnichtangekommenbitteprüfenSie',
    ];
    for (const run of runs) {
      const text = run.repeat(Math.ceil(20_000 / run.length)).slice(0, 20_000);
      for (const typing of [false, true]) {
        const t0 = performance.now();
        if (typing) redact(text, { partialCards: true, partialSecrets: true });
        else redact(text);
        const took = performance.now() - t0;
        // Tens of milliseconds on a quiet machine; the compounds' scan took about a minute here.
        expect(took, `${run.slice(0, 6)}…${typing ? ' (being typed)' : ''}: ${Math.round(took)} ms`).to.be.below(4000);
      }
    }
  });
});

describe("every language's secret words in huge input: performance budget", () => {
  // Inputs as the world's scripts type them: a secret's name of each shipped language glued to what follows it in
  // adversarial runs. Two quadratic scans were found this way (2026-12-07), both linear now: an e-mail address's
  // unbounded local part read to the end of a text without spaces from every purpose word (Thai's สำหรับ is one in
  // every language: 1 MB of `รหัสสำหรับกข…` took 174 s, 256 KB of `passwordสำหรับ…` 8.6 s), and a value's line end
  // looked for to the end of a text without line breaks from every keyword (1 MB of `验证码1` took 3.6 to 4.4 s, past
  // the budget above, and failed CI).
  const glued = ['สำหรับกขคงจฉชซ', '1', ': ', '\n1'];
  it("reads 256 KB of each language's secret names glued to purposes, digits and marks in linear time", async function () {
    this.timeout(16 * 2 * glued.length * 4000);
    await loadEveryLanguage();
    const names: Record<string, string[]> = {
      en: ['verification code', 'password'],
      zh: ['验证码', '密码'],
      ar: ['رمز التحقق', 'كلمة المرور'],
      'zh-Hant': ['驗證碼', '密碼'],
      ja: ['認証コード', 'パスワード'],
      ko: ['인증번호', '비밀번호'],
      es: ['código de verificación', 'contraseña'],
      fr: ['code de vérification', 'mot de passe'],
      de: ['Bestätigungscode', 'Passwort'],
      pt: ['código de verificação', 'senha'],
      it: ['codice di verifica', 'password'],
      ru: ['код подтверждения', 'пароль'],
      tr: ['doğrulama kodu', 'şifre'],
      he: ['קוד אימות', 'סיסמה'],
      hi: ['ओटीपी', 'पासवर्ड'],
      id: ['kode verifikasi', 'kata sandi'],
      vi: ['mã xác nhận', 'mật khẩu'],
      th: ['รหัส', 'รหัสผ่าน'],
    };
    for (const [lang, words] of Object.entries(names))
      for (const word of words)
        for (const after of glued) {
          const unit = word + after;
          const text = unit.repeat(Math.ceil((1 << 18) / unit.length));
          const t0 = performance.now();
          redact(text);
          const took = performance.now() - t0;
          // Tens to a few hundred milliseconds on a quiet machine; `passwordสำหรับ…` took 8.6 s at this size.
          expect(took, `${lang} ${JSON.stringify(unit)}: ${Math.round(took)} ms`).to.be.below(2000);
        }
  });

  it("reads 1 MB of a Thai code's name and its purpose in linear time", async function () {
    this.timeout(4 * 6000);
    await loadEveryLanguage();
    for (const unit of ['รหัสสำหรับกขคงจฉชซ', 'รหัส OTP สำหรับ abc@', 'codeสำหรับwww.']) {
      const text = unit.repeat(Math.ceil((1 << 20) / unit.length));
      const t0 = performance.now();
      redact(text, { partialCards: true, partialSecrets: true });
      const took = performance.now() - t0;
      expect(took, `${JSON.stringify(unit)}: ${Math.round(took)} ms`).to.be.below(3000);
    }
  });
});

describe('outside red teams P16 to P18 (huge input): performance budget', () => {
  // An outside helper who had not seen these tests looked for input that grows super-linearly (2026-12-07, with
  // every language loaded): a secret's name inside a run of letters read an app's name to the run's end (16 KB of
  // `ПИН` took 33 s, P16-1); while typing, the text's trailing spaces were read again after every "no password"
  // answer (256 KB 5.5 s, P16-2); a URL after Thai's "for" cost 8 s a megabyte (P16-3). A second helper (P17) found
  // the first fix for P16-3 quadratic in turn (64 KB of `OTPل…` then spaces took 6 s): purposes' links and addresses
  // are now read in full within a budget of characters per text (test/secrets-long-purpose.test.ts).
  const rep = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const MB = 1 << 20;
  const typing = { partialCards: true, partialSecrets: true };
  it('reads a megabyte of each in linear time', async function () {
    this.timeout(18 * 6000);
    await loadEveryLanguage();
    const inputs: [string, typeof typing?][] = [
      [`${rep('ПИН', MB)} `],
      [rep('OTP是', MB)],
      [`${rep('Пин', MB)}1`],
      [`${rep('password: none, ', MB / 2)}${' '.repeat(MB / 2)}`, typing],
      [`${rep('密码：忘了，', MB / 2)}${'\n'.repeat(MB / 2)}`, typing],
      [rep('OTPสำหรับwww.a-', MB)],
      [`${rep(`passwordสำหรับ${'x'.repeat(70)}`, MB)}: hunter22`],
      [rep(`OTP for ${'x'.repeat(100)}: 482913 `, MB)],
      [`password for https://x.com/${'a'.repeat(MB)}: hunter22`],
      [rep(`PIN for https://x.com/${'a'.repeat(80)}=`, MB)],
      [`${rep('OTPل', MB / 2)}${' '.repeat(MB / 2)}x`],
      [`${rep('OTPل', MB / 2)} is a${' '.repeat(MB / 2)}x`, typing],
      [`${rep('OTPل', MB)} is for ${'x'.repeat(70)}`],
      [`${rep('رمزل', MB / 2)}: ل${'a'.repeat(MB / 2)}`],
      [rep('验证码สำหรับ', MB)],
      // P18-1: about √n keywords glued in a run, each reading two long links after it (30 to 59 s before).
      [`${rep('OTPל', 1024 * 4)}x@a.com www.b www.${'a'.repeat(MB / 2)} www.${'a'.repeat(MB / 2)}`],
      [`${rep('OTPสำหรับ', 1024 * 9)}x@a.com www.b www.${'a'.repeat(MB / 2)} www.${'a'.repeat(MB / 2)}`, typing],
    ];
    for (const [text, watch] of inputs) {
      const t0 = performance.now();
      redact(text, watch);
      const took = performance.now() - t0;
      // 0.1 to 1.6 s here on a quiet machine; P16-1 would take hours.
      expect(took, `${JSON.stringify(text.slice(0, 16))}…: ${Math.round(took)} ms`).to.be.below(4000);
    }
  });
});

describe('a tel: link text checked against its number: performance budget', () => {
  // Round 7, R7-16: the number was cut out of the text by one pattern that backtracked from every `+` to the
  // end: 80 KB of `+a` took 9.5 s, 1 MB would have taken about 25 minutes.
  it('cuts the number out of 1 MB link texts in linear time', () => {
    const MB = 1 << 20;
    for (const text of ['+a'.repeat(MB / 2), `${'+a'.repeat(MB / 2)}5`, '+'.repeat(MB), '1a'.repeat(MB / 2), `+1 800 555 0100${'a'.repeat(MB)}`]) {
      const t0 = performance.now();
      textFits(text, '+18005550100');
      const took = performance.now() - t0;
      // About 1.5 s at most for these on a quiet machine; the old pattern took minutes.
      expect(took, `${JSON.stringify(text.slice(0, 12))}…: ${Math.round(took)} ms`).to.be.below(6000);
    }
  });
});

describe('<support-faq>: performance budget', () => {
  it('searches 2,000 items (the limit) with a 1 MB answer among them in under a second', async () => {
    const errors = capture('error');
    try {
      const { el, all } = await atTheLimit();
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'question 1998';
      const start = performance.now();
      input.dispatchEvent(new Event('input'));
      // The FAQ filters in the update the keystroke asks for, before the next frame.
      await el.updateComplete;
      expect(performance.now() - start).to.be.lessThan(1000);
      expect(all.filter((i) => !i.hidden).map((i) => i.id)).to.deep.equal(['question-1998']);
      expect(errors.calls).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  // test/faq-search.test.ts checks what these queries find and that 256 characters of each are searched.
  it("answers each of an attacker's queries (regex characters, 10,000 characters, 2,000 words) over 300 items in under 2 s", async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0" .items=${attackerItems()}></support-faq>`);
    await ready(el);
    for (const query of attackerQueries) {
      const t0 = performance.now();
      await searchFor(el, query);
      expect(performance.now() - t0, query.slice(0, 20)).to.be.below(2_000);
    }
  });
});

// R10-12 (test/paste-limit.test.ts checks the text is read and told once, not once a line).
describe('<support-call-prep>: performance budget', () => {
  it('takes a 10,000-character bank statement inserted line by line in about as long as the browser’s own text box does (each line read the whole text: the page froze for 22 s)', async () => {
    await insertStatement(1_000);
    await insertStatementNatively(1_000);
    // Interleaved, the best of two each, so a busy machine slows both alike.
    const form = Math.min((await insertStatement(10_000))[0], (await insertStatement(10_000))[0]);
    const box = Math.min(await insertStatementNatively(10_000), await insertStatementNatively(10_000));
    // Read line by line, 10,000 characters took 3,209 ms here where the box alone takes ~300 ms (22 s before the
    // detector's one pass per text); read once, about the box's own time. Generous, as a loaded machine stretches
    // one run more than another. Chromium's line-by-line insertion is itself superlinear (2,500 characters ~60 ms,
    // 10,000 ~300 ms), so the form is measured against it.
    expect(form, `the form: ${Math.round(form)} ms; the browser’s text box alone: ${Math.round(box)} ms`).to.be.below(4 * box + 1500);
  }).timeout(120_000);
});
