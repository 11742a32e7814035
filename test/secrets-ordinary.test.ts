// Issue 13, outside check 4, finding F4: ordinary support text that names a code or a password without giving
// one ("Error code: 504", "zip code: 94103", "Password: forgot it", "كلمة المرور: نسيتها", "PIN 1234 Elm Street")
// passes unchanged, through the detector and through <support-call-prep> (request body, summary, draft, events);
// the real secrets beside it are still masked.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep } from '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { shadow, typeAndLeave, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');

const ORDINARY: Record<string, string[]> = {
  en: [
    'Error code: 504',
    'Error code: 504 when paying. App shows status code: 403. Password: forgot it, reset link expired.',
    'status code: 403',
    'zip code: 94103',
    'postal code: 10115',
    'coupon code: 1234',
    'promo code: 482913',
    'product code: 123456',
    'HTTP code: 500 and decline code: 05',
    'sort code: 12-34-56',
    'Password: forgot it',
    'password: unknown',
    'password: I dont know',
    "Password: I don't know.",
    'pw: reset',
    'pass: yes',
    'password: n/a',
    'password: expired',
    'Password: locked',
    'Password: none',
    'password: no',
    'PIN 1234 Elm Street',
    'my PIN 1234 Main St. address is wrong',
  ],
  zh: [
    '错误码：504',
    '错误代码: 504',
    '状态码：403',
    '邮编：100080',
    '邮政编码：100080',
    '优惠码：1234',
    '折扣码：123456',
    '商品码：123456',
    '密码：忘记了',
    '密码：不记得了，重置链接过期了',
    '密码忘记了',
  ],
  ar: [
    'كلمة المرور: نسيتها',
    'كلمة المرور: نسيتها، وطلبت رابط إعادة التعيين',
    'كلمة المرور: لا أعرف',
    'رمز الخطأ: 504',
    'كود الخطأ: 504',
    'الرمز البريدي: 10115',
    'رمز الخصم: 1234',
  ],
};

// Each real secret beside ordinary text, and what is left of it.
const SECRETS: [string, string][] = [
  ['error code: 504, my code is 482913', 'error code: 504, my code is ••••••'],
  ['Error code: 504 and code: 482913', 'Error code: 504 and code: ••••••'],
  ['status code: 403, verification code: 482913', 'status code: 403, verification code: ••••••'],
  ['security code: 123', 'security code: ••••••'],
  ['one-time code: 482913', 'one-time code: ••••••'],
  ['sms code: 482913', 'sms code: ••••••'],
  ['login code: 482913', 'login code: ••••••'],
  ['the code: 482913', 'the code: ••••••'],
  ['otp code: 482913', 'otp code: ••••••'],
  // A gift card's code spends its balance: a bearer secret.
  ['gift card code: 12345678', 'gift card code: ••••••'],
  ['password: hunter2', 'password: ••••••'],
  ['Password: correct horse battery staple', 'Password: ••••••'],
  ['password: forgotten123', 'password: ••••••'],
  ['pass: yes123!', 'pass: ••••••'],
  ['PIN 1234 on the way home', 'PIN •••••• on the way home'],
  ['PIN: 4321', 'PIN: ••••••'],
  ['邮编：100080，验证码：482913', '邮编：100080，验证码：••••••'],
  ['密码：忘记了，新密码：abc123', '密码：忘记了，新密码：••••••'],
  ['كلمة المرور: محمد1990', 'كلمة المرور: ••••••'],
  ['كلمة المرور: محمد1990، شكرا', 'كلمة المرور: ••••••، شكرا'],
  ['رمز الخطأ: 504، رمز التحقق: 482913', 'رمز الخطأ: 504، رمز التحقق: ••••••'],
];

describe('ordinary text naming a code or a password passes the detector unchanged (F4)', () => {
  for (const [lang, texts] of Object.entries(ORDINARY))
    it(`leaves ${lang} error, status, postal, coupon and product codes and "no password" answers alone`, () => {
      for (const text of texts) expect(redact(text).text, text).to.equal(text);
    });

  it('holds back a "no password" word at the very end of a field being typed: it may still become a password', () => {
    expect(redact('password: forgot', { partialSecrets: true }).text).to.equal('password: ••••••');
    expect(redact('password: forgot it, reset link expired', { partialSecrets: true }).text).to.equal('password: forgot it, reset link expired');
  });

  it('still masks the secrets beside them, and only them; punctuation after a mask stays', () => {
    for (const [text, masked] of SECRETS) expect(redact(text).text, text).to.equal(masked);
  });
});

/** Types `what` into the form, submits it to the capturing endpoint; what went out. */
async function submit(
  lang: string,
  what: string,
): Promise<{ body: Record<string, unknown>; summary: string; draft: string; events: string[]; warned: boolean }> {
  const k = uniqueKey('ordinary');
  const el = await fixture<SupportCallPrep>(html`<support-call-prep lang=${lang} storage-key=${k} .now=${NOW} endpoint="/__capture/${k}"></support-call-prep>`);
  const events: string[] = [];
  const onEvent = (e: Event) => events.push(JSON.stringify((e as CustomEvent).detail));
  el.addEventListener('support-call-prep-change', onEvent);
  el.addEventListener('support-call-prep-submit', onEvent);
  await typeAndLeave(el, 'topic', 'payment');
  await typeAndLeave(el, 'account', 'ana@example.com');
  await typeAndLeave(el, 'what', what);
  const warned = !!shadow(el).querySelector('#what-w');
  const draft = Object.keys(localStorage)
    .filter((key) => key.includes(k))
    .map((key) => localStorage.getItem(key))
    .join('\n');
  const submitted = oneEvent(el, 'support-call-prep-submit');
  shadow(el).querySelector<HTMLButtonElement>('[part=submit]')!.click();
  await submitted;
  await waitUntil(() => shadow(el).querySelector('.status.sent'), 'sent');
  const body = JSON.parse(await (await fetch(`/__capture/${k}`)).text()) as Record<string, unknown>;
  const summary = el.summaryText();
  el.remove();
  return { body, summary, draft, events, warned };
}

describe('<support-call-prep> sends ordinary text naming a code or a password as typed (F4)', () => {
  afterEach(() => localStorage.clear());

  for (const [lang, texts] of Object.entries(ORDINARY))
    it(`request body, summary, draft and events keep ${lang} text unchanged, with no secret warning`, async function () {
      this.timeout(60_000);
      for (const what of texts) {
        const { body, summary, draft, events, warned } = await submit(lang, what);
        expect(body.what, what).to.equal(what);
        expect(summary, what).to.include(what);
        expect(draft, what).to.include(JSON.stringify(what).slice(1, -1));
        expect(events.at(-1), what).to.include(JSON.stringify(what).slice(1, -1));
        expect(warned, `${what}: warned of a secret`).to.equal(false);
      }
    });

  it('masks the real secret typed beside an error code, and only it', async () => {
    for (const [what, masked] of SECRETS.filter(([t]) => /^(error code|邮编|رمز الخطأ)/.test(t))) {
      const { body, summary, warned } = await submit('en', what);
      expect(body.what).to.equal(masked);
      expect(summary).to.include(masked);
      expect(warned).to.equal(true);
    }
  });
});
