import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/hotline.js';
import type { HotlineCallbackDetail, HotlineLine, SupportHotline, SupportHotlineCallbackEvent } from '../src/hotline.js';
import { chromiumOnly, $, $$, capture, nextFrame, text } from './helpers.js';

const NY = 'America/New_York';
const OPEN = '2026-11-24T20:45:00Z'; // Tuesday 15:45 in New York
const CLOSED = '2026-11-25T00:00:00Z'; // Tuesday 19:00 in New York
const SUPPORT: HotlineLine = { label: 'Support', number: '+18005550100', hours: 'Mo-Fr 09:00-18:00', timezone: NY };
const LINES: HotlineLine[] = [SUPPORT, { label: 'Sales', number: '+18005550123', hours: 'Mo-Fr 09:00-18:00', timezone: NY }];

interface Logged {
  method: string;
  type: string;
  body: string;
}
let n = 0;
/** A callback endpoint on the test server (`test/server/callback.js`), its requests logged under a fresh key. */
function endpoint(params = ''): { url: string; log: () => Promise<Logged[]> } {
  const key = `hotline-callback-${Date.now()}-${++n}`;
  return {
    url: `/__callback?key=${key}${params}`,
    log: async () => (await (await fetch(`/__callback/log?key=${key}`)).json()) as Logged[],
  };
}

function card(url: string | undefined, { lang = 'en-GB', now = OPEN, lines = LINES, viewer = NY } = {}): Promise<SupportHotline> {
  return fixture<SupportHotline>(
    html`<support-hotline lang=${lang} callback-endpoint=${url ?? ''} .lines=${lines} .viewerTimeZone=${viewer} .now=${new Date(now)}></support-hotline>`,
  );
}

const focused = (el: SupportHotline): string => (el.shadowRoot!.activeElement as HTMLElement | null)?.id ?? '';
const status = (el: SupportHotline): string => text($(el, '[part=callback-status]'));
const field = (el: SupportHotline, id: string): HTMLInputElement => $<HTMLInputElement>(el, `#${id}`);
const options = (el: SupportHotline): string[] => $$<HTMLOptionElement>(el, '#cbw option').map((o) => o.value);

/** Opens line `i`'s form with a click, as a pointer user does. */
async function open(el: SupportHotline, i = 0): Promise<void> {
  $$(el, '[part=callback]')[i].click();
  await el.updateComplete;
}
/** Types into a field of the form: its value, then `input`, as the browser does. */
async function type(el: SupportHotline, id: string, value: string): Promise<void> {
  const f = field(el, id);
  f.value = value;
  f.dispatchEvent(new Event(id === 'cbw' ? 'change' : 'input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
/**
 * A date as Chromium's CLDR data writes it in en-GB: WebKit puts a comma after the weekday ("Wed, 25 Nov") and
 * Firefox a zero before an hour under 10 ("09:00"). Each is right; the tests compare what the user reads, not the data.
 */
const cldr = (s: string): string => s.replace(/\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun),/g, '$1').replace(/ 0(\d:)/g, ' $1');
const submit = (el: SupportHotline): void => $(el, '[part=callback-form] button[type=submit]').click();

/** Counts every request the page makes from here. */
function countFetches(): { calls: () => number; restore: () => void } {
  const real = window.fetch;
  let calls = 0;
  window.fetch = (...args) => (calls++, real(...args));
  return { calls: () => calls, restore: () => (window.fetch = real) };
}

describe('<support-hotline> callback-endpoint', () => {
  it('shows no button and requests nothing without it', async () => {
    const fetches = countFetches();
    try {
      const el = await card(undefined);
      await nextFrame();
      expect($$(el, '[part=callback]')).to.have.length(0);
      expect(fetches.calls()).to.equal(0);
    } finally {
      fetches.restore();
    }
  });

  it('refuses an endpoint that is not same-origin or https: with one error each, and offers no callback', async () => {
    const errors = capture();
    const fetches = countFetches();
    try {
      const a = await card('http://evil.example/callback');
      const b = await card('javascript:alert(1)');
      expect($$(a, '[part=callback]').length + $$(b, '[part=callback]').length).to.equal(0);
      expect(fetches.calls()).to.equal(0);
      expect(errors.calls).to.deep.equal([
        '<support-hotline> callback-endpoint: expected a same-origin or https: URL without user name or password, got string "http://evil.example/callback"; no callback is offered.',
        '<support-hotline> callback-endpoint: expected a same-origin or https: URL without user name or password, got string "javascript:alert(1)"; no callback is offered.',
      ]);
    } finally {
      fetches.restore();
      errors.restore();
    }
  });

  it('is complete by keyboard: the event carries exactly what is POSTed, and "Requested" shows the callbackId after a 2xx', async () => {
    const { url, log } = endpoint(`&body=${encodeURIComponent(JSON.stringify({ callbackId: '\u202eCB-1042' }))}`);
    const el = await card(url);
    const buttons = $$(el, '[part=callback]');
    // One button per line, each named for its line (WCAG 2.4.6), the visible label first (2.5.3).
    expect(buttons.map((b) => [text(b), b.getAttribute('aria-label'), b.getAttribute('aria-expanded')])).to.deep.equal([
      ['Call me back', 'Call me back: Support', 'false'],
      ['Call me back', 'Call me back: Sales', 'false'],
    ]);
    await expect(el).to.be.accessible();
    buttons[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)).to.equal('cbp');
    expect(buttons[0].getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '[part=callback-form]').getAttribute('aria-label')).to.equal('Call me back: Support');
    await expect(el).to.be.accessible();
    await sendKeys({ type: '+1 (212) 555-0123' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('cbw');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('cbn');
    await sendKeys({ type: 'Ask for Ana, my PIN is 4921' });
    await sendKeys({ press: 'Tab' });
    const sent = oneEvent(el, 'support-hotline-callback');
    await sendKeys({ press: 'Enter' });
    const event = (await sent) as SupportHotlineCallbackEvent;
    const expected: HotlineCallbackDetail = {
      line: '+18005550100',
      label: 'Support',
      phone: '+12125550123',
      time: 'asap',
      note: 'Ask for Ana, my PIN is ••••••',
      lang: 'en-GB',
    };
    expect(event.detail).to.deep.equal(expected);
    expect([event.bubbles, event.composed, event.cancelable]).to.deep.equal([true, true, true]);
    await waitUntil(() => focused(el) === 'cbs', 'focus did not move to the confirmation');
    expect(status(el)).to.equal('Call requested: As soon as possible. Reference: CB-1042');
    expect($$(el, '[part=callback-form]')).to.have.length(0);
    await waitUntil(() => text($(el, '[role=status]')) === status(el), 'not announced');
    const [request, ...more] = await log();
    expect(more).to.have.length(0);
    expect(request.method).to.equal('POST');
    expect(request.type).to.equal('application/json');
    expect(JSON.parse(request.body)).to.deep.equal(expected);
    expect(request.body).not.to.contain('4921');
    await expect(el).to.be.accessible();
  });

  it('shows a callbackId as text only, and refuses one that is not short plain text', async () => {
    const errors = capture();
    try {
      const el = await card(endpoint(`&body=${encodeURIComponent(JSON.stringify({ callbackId: '<img src=x onerror=alert(1)>' }))}`).url);
      await open(el);
      await type(el, 'cbp', '+44 20 7946 0000');
      submit(el);
      await waitUntil(() => status(el).startsWith('Call requested'));
      expect(status(el)).to.equal('Call requested: As soon as possible.');
      expect($$(el, 'img')).to.have.length(0);
      expect(errors.calls).to.deep.equal([
        '<support-hotline> callback-endpoint: refused its callbackId: expected up to 40 letters, digits and . _ : # / - (not shown).',
      ]);
    } finally {
      errors.restore();
    }
  });

  it('on a 500 keeps what was typed, logs one error and shows Retry, which sends the same request again', async () => {
    // Fails twice: the same failure again is not logged again.
    const errors = capture();
    try {
      const { url, log } = endpoint('&fail=2&body=%7B%22callbackId%22%3A%22CB-7%22%7D');
      const el = await card(url);
      await open(el, 1);
      await type(el, 'cbp', '+44 20 7946 0000');
      await type(el, 'cbn', 'After 5 please');
      submit(el);
      await waitUntil(() => status(el).includes('could not be sent'), 'no failure shown');
      expect(status(el)).to.equal('Your request could not be sent. What you typed is kept. Retry');
      expect(errors.calls).to.deep.equal([
        '<support-hotline> callback-endpoint: the callback request was not sent (status 500); the form keeps what was typed.',
      ]);
      expect([field(el, 'cbp').value, field(el, 'cbn').value]).to.deep.equal(['+44 20 7946 0000', 'After 5 please']);
      await expect(el).to.be.accessible();
      $(el, '[part=callback-status] button').click();
      await waitUntil(async () => (await log()).length === 2 && status(el).includes('could not be sent'), 'Retry did not fail again');
      $(el, '[part=callback-status] button').click();
      await waitUntil(() => status(el).startsWith('Call requested'), 'Retry did not succeed');
      expect(status(el)).to.equal('Call requested: As soon as possible. Reference: CB-7');
      const [first, ...again] = await log();
      expect(again.map((r) => r.body)).to.deep.equal([first.body, first.body]);
      expect(JSON.parse(first.body)).to.include({ line: '+18005550123', phone: '+442079460000', note: 'After 5 please' });
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });

  it('keeps keyboard focus in the card when Retry fails again: on the status while sending, then on the new Retry', async () => {
    const errors = capture();
    try {
      const { url, log } = endpoint('&fail=3&delay=300');
      const el = await card(url);
      const inCard = (): boolean => document.activeElement === el && el.shadowRoot!.activeElement !== null;
      $(el, '[part=callback]').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el) === 'cbp', 'the form did not take focus');
      await sendKeys({ type: '+44 20 7946 0000' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status(el).includes('could not be sent'), 'no failure shown');
      expect(inCard()).to.equal(true);
      const retry = (): HTMLElement | null => el.shadowRoot!.querySelector('[part=callback-status] button');
      for (let i = 0; i < 8 && el.shadowRoot!.activeElement !== retry(); i++) await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(retry());
      for (const attempt of [2, 3]) {
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => status(el) === 'Sending…', 'not sending');
        await el.updateComplete;
        expect(inCard(), 'focus lost while sending').to.equal(true);
        expect(focused(el)).to.equal('cbs');
        await expect(el).to.be.accessible();
        await waitUntil(async () => (await log()).length === attempt && status(el).includes('could not be sent'), 'Retry did not fail again');
        await el.updateComplete;
        expect(inCard(), 'focus lost after the failure').to.equal(true);
        expect(el.shadowRoot!.activeElement).to.equal(retry());
      }
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status(el).startsWith('Call requested'), 'not requested');
      expect(focused(el)).to.equal('cbs');
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });

  it('confirms a 2xx whose JSON does not parse (the merchant has the request), with one error and no Retry', async () => {
    const errors = capture();
    try {
      const { url, log } = endpoint('&body=not%20json');
      const el = await card(url);
      await open(el);
      await type(el, 'cbp', '+44 20 7946 0000');
      submit(el);
      await waitUntil(() => status(el).startsWith('Call requested') || status(el).includes('could not be sent'), 'no answer shown');
      expect(status(el)).to.equal('Call requested: As soon as possible.');
      expect($$(el, '[part=callback-status] button'), 'no Retry to send a duplicate').to.have.length(0);
      expect(errors.calls).to.deep.equal([
        '<support-hotline> callback-endpoint: answered 2xx with JSON that does not parse: the request is confirmed, without a reference.',
      ]);
      expect(await log()).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('shows "Sending…" while a slow endpoint answers, and sends once however often the button is pressed', async () => {
    const { url, log } = endpoint('&delay=1500');
    const el = await card(url);
    await open(el);
    await type(el, 'cbp', '+442079460000');
    submit(el);
    await waitUntil(() => status(el) === 'Sending…', `not sending: ${status(el)}`);
    // Pressed again at once, before axe's check, which can take longer than the endpoint in WebKit.
    submit(el);
    submit(el);
    await expect(el).to.be.accessible();
    await waitUntil(() => status(el).startsWith('Call requested'), 'never requested', { timeout: 5000 });
    expect(await log()).to.have.length(1);
  });

  it('on a network failure, a redirect to another origin, a reply cut off or no answer: not requested, one error, the form kept', async () => {
    const errors = capture();
    const timeout = AbortSignal.timeout.bind(AbortSignal);
    try {
      // Nothing listens on port 9: the connection is refused.
      const el = await card('https://127.0.0.1:9/callback');
      await open(el);
      await type(el, 'cbp', '+442079460000');
      submit(el);
      await waitUntil(() => status(el).includes('could not be sent'), 'no failure shown', { timeout: 5000 });
      expect(errors.calls).to.deep.equal([
        '<support-hotline> callback-endpoint: the callback request was not sent (no connection); the form keeps what was typed.',
      ]);
      expect(field(el, 'cbp').value).to.equal('+442079460000');

      // The redirect's target: the same test server under another origin (127.0.0.1 instead of localhost).
      const target = endpoint();
      const elsewhere = new URL(target.url, location.href);
      elsewhere.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      el.callbackEndpoint = `/__boundaries/redirect?key=cb-${Date.now()}&to=${encodeURIComponent(elsewhere.href)}`;
      await el.updateComplete;
      // The form stayed open: the user presses "Request call" again.
      submit(el);
      await waitUntil(() => errors.calls.length === 2, 'no second error');
      expect(errors.calls[1]).to.contain('(a redirect, not followed)');
      expect(status(el)).to.contain('could not be sent');
      expect(await target.log()).to.have.length(0);

      // A reply cut off halfway is no confirmation.
      el.callbackEndpoint = `/__boundaries/halfway?key=cb-${Date.now()}`;
      await el.updateComplete;
      submit(el);
      await waitUntil(() => errors.calls.length === 3, 'no third error');
      expect(errors.calls[2]).to.contain('(a reply cut off)');

      // No answer: the request's time limit (15 s, its signal here the test's) ends it, and the form stays.
      const key = `cb-${Date.now()}`;
      el.callbackEndpoint = `/__boundaries/hang?key=${key}`;
      await el.updateComplete;
      const limit = new AbortController();
      AbortSignal.timeout = () => limit.signal;
      submit(el);
      await waitUntil(async () => ((await (await fetch(`/__boundaries/log?key=${key}`)).json()) as unknown[]).length === 1);
      expect(status(el)).to.equal('Sending…');
      limit.abort();
      await waitUntil(() => errors.calls.length === 4, 'no fourth error');
      expect(errors.calls[3]).to.contain('(no answer in 15 s)');
      expect(status(el)).to.contain('could not be sent');
      expect(field(el, 'cbp').value).to.equal('+442079460000');
    } finally {
      AbortSignal.timeout = timeout;
      errors.restore();
    }
  });

  it('sends nothing when a listener cancels the event', async () => {
    const { url, log } = endpoint();
    const el = await card(url);
    el.addEventListener('support-hotline-callback', (e) => e.preventDefault());
    await open(el);
    await type(el, 'cbp', '+442079460000');
    const fired = oneEvent(el, 'support-hotline-callback');
    // Enter in the number field requests, as in any form.
    field(el, 'cbp').focus();
    await sendKeys({ press: 'Enter' });
    await fired;
    await nextFrame();
    expect(await log()).to.have.length(0);
    expect($$(el, '[part=callback-status]')).to.have.length(0);
    expect(field(el, 'cbp').value).to.equal('+442079460000');
  });

  it('takes a number typed in full-width or Arabic-Indic digits or with 00, refuses letters, and never sends a card number', async () => {
    const errors = capture();
    const { url, log } = endpoint();
    const el = await card(url);
    const phones: string[] = [];
    el.addEventListener('support-hotline-callback', (e) => phones.push(e.detail.phone));
    try {
      await open(el);
      for (const typed of [
        '＋４４\u3000２０\u3000７９４６\u3000００００',
        '+٩٧١ ٤ ١٢٣ ٤٥٦٧',
        '+۹۷۱۴۱۲۳۴۵۶۷',
        '0086 138 0013 8000',
        '+49 30 901820',
        '+44 7700 900123',
        // A German mobile whose 13 digits pass a Visa prefix and the Luhn check: a phone number, sent.
        '+49 1512 3456787',
      ]) {
        await type(el, 'cbp', typed);
        submit(el);
        await waitUntil(() => status(el).startsWith('Call requested'), `not requested: ${typed}`);
        await open(el);
      }
      expect(phones).to.deep.equal(['+442079460000', '+97141234567', '+97141234567', '+8613800138000', '+4930901820', '+447700900123', '+4915123456787']);

      const before = (await log()).length;
      for (const [typed, shown] of [
        ['+1 800 FLOWERS', 'Enter your number with its country code, starting with +.'],
        ['212 555 0123', 'Enter your number with its country code, starting with +.'],
        ['4111 1111 1111 1111', 'This looks like a card number, not a phone number. It was not sent.'],
        ['378282246310005', 'This looks like a card number, not a phone number. It was not sent.'],
        // With a `+` the detector reads digits as a phone number; 16 digits are no E.164 number either.
        ['+4111111111111111', 'Enter your number with its country code, starting with +.'],
        // An Amex (15 digits) and a Diners card (14) written with `+`: valid E.164 lengths, but cards.
        ['+378282246310005', 'This looks like a card number, not a phone number. It was not sent.'],
        ['+36 1234 5678 9013', 'This looks like a card number, not a phone number. It was not sent.'],
      ]) {
        await type(el, 'cbp', typed);
        submit(el);
        await el.updateComplete;
        await nextFrame();
        expect(text($(el, '#cbh')), typed).to.equal(shown);
        expect(field(el, 'cbp').getAttribute('aria-invalid')).to.equal('true');
        expect(focused(el)).to.equal('cbp');
        await expect(el).to.be.accessible();
      }
      expect(phones).to.have.length(7);
      expect(await log()).to.have.length(before);
      expect(errors.calls.join('\n')).not.to.match(/1111|3782|9013/);
    } finally {
      errors.restore();
    }
  });

  it('offers only times the line is open, in its own zone: ASAP while open, half-hour slots, special hours respected', async () => {
    // Open now (Tuesday 15:45 in New York): ASAP, then slots from 30 minutes ahead that end by 18:00.
    const el = await card(endpoint().url, { lines: [SUPPORT] });
    await open(el);
    const iso = (local: string): string => new Date(`${local}-05:00`).toISOString();
    expect(options(el).slice(0, 5)).to.deep.equal(['asap', iso('2026-11-24T16:30'), iso('2026-11-24T17:00'), iso('2026-11-24T17:30'), iso('2026-11-25T09:00')]);
    expect(text($(el, '#cbw option'))).to.equal('As soon as possible');
    expect(
      $$(el, '#cbw option')
        .map((o) =>
          text(o)
            .replace(/^(\w+),/, '$1')
            .replace(/ 0(\d:)/, ' $1'),
        )
        .slice(1, 5),
    ).to.deep.equal(['Tue 24 Nov, 16:30', 'Tue 24 Nov, 17:00', 'Tue 24 Nov, 17:30', 'Wed 25 Nov, 9:00']);
    expect(options(el)).not.to.include(iso('2026-11-24T18:00'));
    expect(options(el)).to.have.length(49); // ASAP and 48 slots at most

    // Closed now (Tuesday 19:00), Wednesday a holiday, Thanksgiving morning only: no ASAP; Thursday 10:00-12:00, then Friday.
    const holidays = await card(endpoint().url, {
      now: CLOSED,
      lines: [{ ...SUPPORT, specialHours: ['2026-11-25 off', { validFrom: '2026-11-26', opens: '10:00', closes: '12:00', name: 'Thanksgiving' }] }],
    });
    await open(holidays);
    expect(options(holidays).slice(0, 5)).to.deep.equal([
      iso('2026-11-26T10:00'),
      iso('2026-11-26T10:30'),
      iso('2026-11-26T11:00'),
      iso('2026-11-26T11:30'),
      iso('2026-11-27T09:00'),
    ]);
    // A viewer in London reads their own time, with the line's and its zone.
    const london = await card(endpoint().url, { now: CLOSED, lines: [SUPPORT], viewer: 'Europe/London' });
    await open(london);
    const first = $$<HTMLOptionElement>(london, '#cbw option')[0];
    const lineTime = new Intl.DateTimeFormat('en-GB', { timeZone: NY, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(
      new Date(first.value),
    );
    expect(cldr(text(first))).to.equal(`Wed 25 Nov, 14:00 your time (${lineTime})`);
    // The request carries the chosen slot; the confirmation says it, in the user's time.
    await type(london, 'cbp', '+442079460000');
    await type(london, 'cbw', iso('2026-11-25T10:30'));
    const sent = oneEvent(london, 'support-hotline-callback');
    submit(london);
    expect(((await sent) as SupportHotlineCallbackEvent).detail.time).to.equal('2026-11-25T15:30:00.000Z');
    await waitUntil(() => status(london).startsWith('Call requested'));
    expect(cldr(status(london))).to.equal(`Call requested: Wed 25 Nov, 15:30 your time (${lineTime.replace('09:00', '10:30')}).`);
    await expect(london).to.be.accessible();
  });

  it('offers no callback on a line without hours; Cancel and Escape close the form, focus back on its button, what was typed kept', async () => {
    const el = await card(endpoint().url, { lines: [{ label: 'No hours', number: '+18005550111' }, SUPPORT] });
    const buttons = $$(el, '[part=callback]');
    expect(buttons).to.have.length(1);
    await open(el);
    await type(el, 'cbp', '+442079460000');
    $$(el, '[part=callback-form] button')[1].click();
    await waitUntil(() => el.shadowRoot!.activeElement === buttons[0], 'focus not back on the button');
    expect($$(el, '[part=callback-form]')).to.have.length(0);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(field(el, 'cbp').value).to.equal('+442079460000');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => el.shadowRoot!.activeElement === buttons[0], 'Escape did not close the form');
  });

  it('keeps the chosen time after a failure, Cancel and Escape, and says so when that time is no longer offered', async () => {
    const { url, log } = endpoint('&fail=1');
    const errors = capture();
    try {
      const el = await card(url);
      await open(el);
      await type(el, 'cbp', '+44 20 7946 0000');
      const chosen = options(el)[2];
      await type(el, 'cbw', chosen);
      await type(el, 'cbn', 'Ask for Ana');
      submit(el);
      await waitUntil(() => status(el).includes('could not be sent'), 'no failure shown');
      // Cancel, then open again: the time is the one chosen, and it is what is sent.
      $$(el, '[part=callback-form] button')[1].click();
      await waitUntil(() => !$$(el, '[part=callback-form]').length);
      await open(el);
      expect(field(el, 'cbw').value).to.equal(chosen);
      // Escape from the keyboard, then Enter on the focused "Call me back" button.
      field(el, 'cbn').focus();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '[part=callback]'), 'Escape did not close the form');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(field(el, 'cbw').value).to.equal(chosen);
      expect($$(el, '#cbwh')).to.have.length(0);
      submit(el);
      await waitUntil(() => status(el).startsWith('Call requested'), 'not requested');
      expect((await log()).map((r) => (JSON.parse(r.body) as HotlineCallbackDetail).time)).to.deep.equal([chosen, chosen]);

      // A time that has passed by the time the form opens again: the first time offered, and the user is told.
      const later = await card(endpoint().url);
      await open(later);
      await type(later, 'cbw', options(later)[1]);
      $$(later, '[part=callback-form] button')[1].click();
      await waitUntil(() => !$$(later, '[part=callback-form]').length);
      later.now = new Date(Date.parse(OPEN) + 2 * 36e5);
      await later.updateComplete;
      await open(later);
      const gone = 'The time you chose is no longer available. The first available time is selected.';
      expect(field(later, 'cbw').value).to.equal(options(later)[0]);
      expect(text($(later, '#cbwh'))).to.equal(gone);
      expect(field(later, 'cbw').getAttribute('aria-describedby')).to.equal('cbwh');
      await waitUntil(() => text($(later, '[role=status]')) === gone, 'not announced');
      await expect(later).to.be.accessible();
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });

  it('reads in Chinese and in Arabic (right to left, Arabic-Indic digits), with merchant overrides', async () => {
    const zh = await card(endpoint().url, { lang: 'zh-CN' });
    await open(zh);
    expect(text($(zh, '[part=callback]'))).to.equal('请给我回电');
    expect($$(zh, '[part=callback-form] label').map(text)).to.deep.equal(['您的电话号码', '希望我们何时来电？', '备注（选填）']);
    expect(text($(zh, '#cbw option'))).to.equal('尽快');
    await expect(zh).to.be.accessible();

    const wrap = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">
      <support-hotline
        callback-endpoint=${endpoint('&body=%7B%22callbackId%22%3A%22A-9%22%7D').url}
        .lines=${[SUPPORT]}
        .viewerTimeZone=${NY}
        .now=${new Date(OPEN)}
      ></support-hotline>
    </div>`);
    const ar = wrap.querySelector('support-hotline')!;
    await waitUntil(() => ar.shadowRoot?.querySelector('[part=callback]'), 'no Arabic button');
    await open(ar);
    expect(text($(ar, '[part=callback]'))).to.equal('اتصلوا بي');
    expect($(ar, '[part=base]').getAttribute('dir')).to.equal('rtl');
    await expect(ar).to.be.accessible();
    await type(ar, 'cbp', '+٩٧١ ٤ ١٢٣ ٤٥٦٧');
    submit(ar);
    await waitUntil(() => status(ar).startsWith('تم طلب'));
    expect(status(ar)).to.equal('تم طلب الاتصال: في أقرب وقت ممكن. الرقم المرجعي: A-9');
    await expect(ar).to.be.accessible();

    const own = await fixture<SupportHotline>(
      html`<support-hotline callback-endpoint=${endpoint().url} .lines=${[SUPPORT]} .now=${new Date(OPEN)} .strings=${{ callback: 'Request a callback' }}></support-hotline>`,
    );
    expect($(own, '[part=callback]').getAttribute('aria-label')).to.equal('Request a callback: Support');
  });

  it('reflows at 320 px: no field or text wider than the card', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 320px">
      <support-hotline callback-endpoint=${endpoint().url} .lines=${[SUPPORT]} .viewerTimeZone=${'Europe/London'} .now=${new Date(OPEN)}></support-hotline>
    </div>`);
    const el = wrap.querySelector('support-hotline')!;
    await open(el);
    const base = $(el, '[part=base]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const f of $$(el, 'input, select, textarea')) expect(f.getBoundingClientRect().right).to.be.at.most(wrap.getBoundingClientRect().right + 0.5);
  });

  chromiumOnly('draws the fields with a border in forced colours', async () => {
    await executeServerCommand('forced-colors', { active: true });
    try {
      const el = await card(endpoint().url, { lines: [SUPPORT] });
      await open(el);
      for (const f of $$(el, 'input, select, textarea')) expect(getComputedStyle(f).borderTopStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});
