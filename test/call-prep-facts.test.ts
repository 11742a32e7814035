import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/call-prep.js';
import type { SupportCallPrep } from '../src/call-prep.js';
import { SafeStorage } from '../src/internal/storage.js';
import { capture, q, uniqueKey } from './helpers.js';

const NOW = new Date('2026-12-05T12:00Z');
const draft = (k: string): Record<string, unknown> => (new SafeStorage('call-prep', k).read('draft', NOW.getTime())?.data ?? {}) as Record<string, unknown>;

async function set(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = q(el, `[name="${name}"]`);
  // As a user does: focused first (the zone select lists every zone from its first focus).
  control.focus();
  await el.updateComplete;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function leave(el: SupportCallPrep, name: string): Promise<void> {
  q(el, `[name="${name}"]`).dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
  await el.updateComplete;
}
function make(k: string, lang = 'en', extra = ''): Promise<SupportCallPrep> {
  return fixture<SupportCallPrep>(html`<support-call-prep lang=${lang} storage-key=${k} .now=${NOW} app-version=${extra || undefined}></support-call-prep>`);
}
async function basics(el: SupportCallPrep): Promise<void> {
  await set(el, 'topic', 'payment');
  await set(el, 'account', 'ana@example.com');
  await set(el, 'what', 'Declined at checkout');
}
async function submitted(el: SupportCallPrep): Promise<Record<string, unknown>> {
  const event = oneEvent(el, 'support-call-prep-submit');
  q<HTMLButtonElement>(el, '[part=submit]').click();
  return (await event).detail.data;
}

describe('<support-call-prep> facts agents ask first', () => {
  afterEach(() => localStorage.clear());

  // Offsets from the IANA tz database: New York is UTC-4 in summer (EDT) and UTC-5 in winter (EST); Shanghai has
  // no DST; Adelaide is on half-hour summer time (ACDT, UTC+10:30) in December.
  for (const [when, zone, offset] of [
    ['2026-07-01T14:05', 'America/New_York', 'UTC-04:00'],
    ['2026-12-03T14:05', 'America/New_York', 'UTC-05:00'],
    ['2026-12-03T14:05', 'Asia/Shanghai', 'UTC+08:00'],
    ['2026-12-03T14:05', 'Australia/Adelaide', 'UTC+10:30'],
  ]) {
    it(`records ${when} in ${zone} with that date's offset (${offset})`, async () => {
      const el = await make(uniqueKey('tz'));
      await basics(el);
      await set(el, 'when', when);
      await set(el, 'whenZone', zone);
      const data = await submitted(el);
      expect(data).to.include({ when, whenZone: zone, whenOffset: offset });
      expect(el.summaryText()).to.include(`(${offset})`);
    });
  }

  it('judges "not in the future" and the latest time allowed in the chosen zone', async () => {
    const el = await make(uniqueKey('tz-future'));
    await basics(el);
    // 18:00 in Shanghai is 10:00 UTC: past at 12:00 UTC. The same wall time in New York is 23:00 UTC: future.
    await set(el, 'when', '2026-12-05T18:00');
    await set(el, 'whenZone', 'Asia/Shanghai');
    await leave(el, 'when');
    expect(q(el, '#when-e')).to.equal(null);
    expect(q(el, '#when').max).to.equal('2026-12-05T20:00');
    await set(el, 'whenZone', 'America/New_York');
    expect(q(el, '#when-e').textContent).to.equal('Cannot be in the future');
    expect(q(el, '#when').max).to.equal('2026-12-05T07:00');
    await expect(el).to.be.accessible();
  });

  it('lists every time zone once the zone select is focused, and is reached by keyboard', async () => {
    const el = await make(uniqueKey('tz-kb'));
    await set(el, 'topic', 'payment');
    const select = q<HTMLSelectElement>(el, '#when-z');
    expect(select.labels![0].textContent).to.equal('Time zone of the transaction');
    expect(select.options.length).to.be.lessThan(4);
    // Shift+Tab from the next field reaches it (Tab inside a datetime-local input walks its date parts first).
    q(el, '#card4').focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(select);
    expect(select.options.length).to.be.greaterThan(300);
    await expect(el).to.be.accessible();
    await set(el, 'whenZone', 'Europe/Paris');
    expect(draft(el.storageKey!).whenZone).to.equal('Europe/Paris');
  });

  for (const [script, typed] of [
    ['ASCII', '4242'],
    ['full-width', '４２４２'],
    ['Arabic-Indic', '٤٢٤٢'],
    ['Persian', '۴۲۴۲'],
  ]) {
    it(`keeps the card's last 4 digits typed in ${script} digits as 4242`, async () => {
      const k = uniqueKey('last4');
      const el = await make(k);
      await basics(el);
      expect(q(el, '#card4').inputMode).to.equal('numeric');
      await set(el, 'card4', typed);
      await leave(el, 'card4');
      expect(q(el, '#card4-e')).to.equal(null);
      expect(draft(k).card4).to.equal('4242');
      expect((await submitted(el)).card4).to.equal('4242');
      expect(el.summaryText()).to.include('Last 4 digits of the card: 4242');
    });
  }

  for (const typed of ['4111 1111 1111 1111', '４１１１１１１１１１１１１１１１', '12345', '42a2']) {
    it(`refuses "${typed}" in the last-4 field: an error, and nothing of it kept`, async () => {
      const k = uniqueKey('last4-bad');
      const el = await make(k);
      await basics(el);
      await set(el, 'card4', typed);
      await leave(el, 'card4');
      expect(q(el, '#card4-e').textContent).to.equal('Enter only the last 4 digits of the card');
      expect(q(el, '#card4').getAttribute('aria-invalid')).to.equal('true');
      expect(draft(k)).not.to.have.property('card4');
      // The stored values, not the keys: a key holds the time it was made, which can read 1111 (it did in CI once).
      expect(JSON.stringify(Object.values(localStorage))).not.to.include('1111');
      await expect(el).to.be.accessible();
      q<HTMLButtonElement>(el, '[part=submit]').click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement?.id).to.equal('card4');
    });
  }

  for (const lang of ['en', 'zh-CN', 'ar']) {
    it(`keeps the decline code as shown on screen (${lang}: the field's label does not read as a secret's)`, async () => {
      const el = await make(uniqueKey('decline'), lang);
      await basics(el);
      await set(el, 'decline', 'DO_NOT_HONOR 05');
      expect((await submitted(el)).decline).to.equal('DO_NOT_HONOR 05');
      expect(el.summaryText()).to.include('DO_NOT_HONOR 05');
    });
  }

  it('adds the device details only when asked, into the field, for the user to see and edit first', async () => {
    const k = uniqueKey('device');
    const el = await make(k, 'en', '4.2.1\u202E');
    await basics(el);
    expect(q<HTMLTextAreaElement>(el, '#device').value).to.equal('');
    expect((await submitted(el)).device).to.equal(undefined);
    const button = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Add my device details')!;
    const change = oneEvent(el, 'support-call-prep-change');
    button.click();
    expect((await change).detail.field).to.equal('device');
    await el.updateComplete;
    const field = q<HTMLTextAreaElement>(el, '#device');
    expect(el.shadowRoot!.activeElement).to.equal(field);
    expect(field.value).to.match(/^Browser: \S.*\nOperating system: Linux\nApp version: 4\.2\.1$/);
    await expect(el).to.be.accessible();
    // A second click adds nothing twice; the user's edit is what is used.
    button.click();
    await el.updateComplete;
    expect(field.value.match(/Browser/g)).to.have.length(1);
    await set(el, 'device', 'Browser: mine');
    expect((await submitted(el)).device).to.equal('Browser: mine');
  });

  it('reads the browser and system from the User-Agent string where Client Hints are missing', async () => {
    const el = await make(uniqueKey('device-ua'), 'zh-CN');
    await waitUntil(() => el.shadowRoot!.textContent!.includes('添加我的设备信息'));
    const uas: [string, string][] = [
      [
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
        '浏览器：Safari 17\n操作系统：iOS 17',
      ],
      ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0', '浏览器：Firefox 128\n操作系统：Windows'],
      [
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36 EdgA/126.0',
        '浏览器：Edge 126\n操作系统：Android 14',
      ],
    ];
    try {
      for (const [ua, expected] of uas) {
        Object.defineProperty(navigator, 'userAgentData', { value: undefined, configurable: true });
        Object.defineProperty(navigator, 'userAgent', { value: ua, configurable: true });
        await set(el, 'device', '');
        [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === '添加我的设备信息')!.click();
        await el.updateComplete;
        expect(q<HTMLTextAreaElement>(el, '#device').value).to.equal(expected);
      }
    } finally {
      delete (navigator as unknown as Record<string, unknown>).userAgentData;
      delete (navigator as unknown as Record<string, unknown>).userAgent;
    }
  });

  it('shows the case ID the endpoint returns as JSON, puts it in the notes and the summary, and keeps it with the draft', async () => {
    const k = uniqueKey('case');
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep storage-key=${k} .now=${NOW} endpoint=${`/__case?body=${encodeURIComponent('{"caseId":"\u202eCASE-2026-0042"}')}`}></support-call-prep>`,
    );
    await basics(el);
    q<HTMLButtonElement>(el, '[part=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.status.sent'));
    expect(q(el, '.status').textContent!.trim()).to.equal('Sent to support. Your case number: CASE-2026-0042');
    expect(q(el, '#case').value).to.equal('CASE-2026-0042');
    expect(el.summaryText()).to.include('Case or ticket number: CASE-2026-0042');
    expect(draft(k).case).to.equal('CASE-2026-0042');
    await expect(el).to.be.accessible();
  });

  it('takes the case ID from the X-Case-Id header, and keeps a case number the user wrote', async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep storage-key=${uniqueKey('case-h')} .now=${NOW} endpoint="/__case?header=T-77"></support-call-prep>`,
    );
    await basics(el);
    await set(el, 'case', 'MY-1');
    q<HTMLButtonElement>(el, '[part=submit]').click();
    await waitUntil(() => el.shadowRoot!.querySelector('.status.sent'));
    expect(q(el, '.status').textContent).to.include('Your case number: T-77');
    expect(q(el, '#case').value).to.equal('MY-1');
  });

  for (const [name, body] of [
    ['a card number', '{"caseId":"4111111111111111"}'],
    ['markup', '{"caseId":"<img src=x onerror=alert(1)>"}'],
    ['a long text', `{"caseId":"${'A'.repeat(41)}"}`],
    ['an object', '{"caseId":{"id":"C-1"}}'],
  ]) {
    it(`refuses ${name} as a case ID with one error, and the send still succeeds`, async () => {
      const errors = capture();
      try {
        const el = await fixture<SupportCallPrep>(
          html`<support-call-prep id="cp" storage-key=${uniqueKey('case-bad')} .now=${NOW} endpoint=${`/__case?body=${encodeURIComponent(body)}`}></support-call-prep>`,
        );
        await basics(el);
        q<HTMLButtonElement>(el, '[part=submit]').click();
        await waitUntil(() => el.shadowRoot!.querySelector('.status.sent'));
        expect(errors.calls).to.deep.equal([
          '<support-call-prep id="cp"> endpoint: refused its caseId: expected up to 40 letters, digits and . _ : # / - (not shown, not kept).',
        ]);
        expect(q(el, '.status').textContent!.trim()).to.equal('Sent to support.');
        expect(q(el, '#case').value).to.equal('');
      } finally {
        errors.restore();
      }
    });
  }

  it('shows the new strings in Chinese and Arabic', async () => {
    for (const [lang, words] of [
      ['zh-CN', ['卡号后4位', '错误码或拒绝码', '设备信息', '添加我的设备信息', '交易所在时区']],
      ['ar', ['آخر 4 أرقام من البطاقة', 'كود الخطأ أو الرفض', 'تفاصيل الجهاز', 'أضف تفاصيل جهازي', 'المنطقة الزمنية للمعاملة']],
    ] as const) {
      const el = await make(uniqueKey('strings'), lang);
      await waitUntil(() => el.shadowRoot!.textContent!.includes(words[2]));
      await set(el, 'topic', 'payment');
      for (const w of words) expect(el.shadowRoot!.textContent).to.include(w);
      await expect(el).to.be.accessible();
    }
  });
});
