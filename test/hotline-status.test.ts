import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/hotline.js';
import type { SupportHotline } from '../src/hotline.js';
import { capture, fakeTime, statusText as statusOf } from './helpers.js';

const NY = 'America/New_York';
const OPEN = '2026-11-24T20:45:00Z'; // Tuesday 15:45 in New York
let n = 0;
/** A status endpoint on the test server answering `body` (after `fail` failures), its requests logged under a fresh key. */
function endpoint(body: unknown, extra = ''): { url: string; count: () => Promise<number> } {
  const key = `hotline-status-${Date.now()}-${++n}`;
  return {
    url: `/__boundaries/answer?key=${key}&body=${encodeURIComponent(JSON.stringify(body))}${extra}`,
    count: async () => ((await (await fetch(`/__boundaries/log?key=${key}`)).json()) as unknown[]).length,
  };
}
const WAITS = { waitMinutes: { '+18005550100': 5, '+18005550123': 72, '+18005550150': 'soon' } };
const LINES = [
  { label: 'Support', number: '+18005550100', hours: 'Mo-Fr 09:00-18:00', timezone: NY },
  { label: 'Sales', number: '+18005550123', hours: 'Mo-Fr 09:00-18:00', timezone: NY },
  { label: 'Relay', number: '+18005550150', hours: '24/7', timezone: NY },
  { label: 'Night', number: '+18005550100', hours: 'Mo-Fr 22:00-23:00', timezone: NY },
];

function card(statusEndpoint: string | undefined, lang = 'en-GB', now = OPEN): Promise<SupportHotline> {
  return fixture<SupportHotline>(
    html`<support-hotline lang=${lang} status-endpoint=${statusEndpoint ?? ''} .lines=${LINES} .viewerTimeZone=${NY} .now=${new Date(now)}></support-hotline>`,
  );
}

describe('<support-hotline> estimated wait', () => {
  it('requests nothing without status-endpoint', async () => {
    const real = window.fetch;
    let calls = 0;
    window.fetch = (...args) => (calls++, real(...args));
    try {
      const el = await fixture<SupportHotline>(html`<support-hotline .lines=${LINES} .viewerTimeZone=${NY} .now=${new Date(OPEN)}></support-hotline>`);
      await new Promise((r) => requestAnimationFrame(r));
      expect(calls).to.equal(0);
      expect(statusOf(el)).not.to.contain('wait');
    } finally {
      window.fetch = real;
    }
  });

  it('shows the wait of each open line, in whole minutes, and nothing for a closed line or a bad figure', async () => {
    const { url, count } = endpoint(WAITS);
    const el = await card(url);
    await waitUntil(() => statusOf(el).includes('wait'), 'no wait shown');
    expect(statusOf(el, 0)).to.equal('Open now · closes 18:00 (in 2 h 15 min) · about 5 min wait');
    expect(statusOf(el, 1)).to.equal('Open now · closes 18:00 (in 2 h 15 min) · about 1 h 12 min wait');
    expect(statusOf(el, 2)).to.equal('Open 24 hours');
    expect(statusOf(el, 3)).to.match(/^Closed · opens today 22:00/);
    expect(await count()).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('asks again at most once a minute, and not while the page is hidden', async () => {
    const { url, count } = endpoint(WAITS);
    // The page's timers are the test's from here (waitUntil would need them): frames stand in for waiting.
    const frames = async (until: () => boolean | Promise<boolean>): Promise<void> => {
      for (let i = 0; i < 300 && !(await until()); i++) await new Promise((r) => requestAnimationFrame(r));
    };
    const time = fakeTime('2026-11-24T20:45:30Z'); // the status line's own timer wakes on the minute: 30 s
    const delays = (): number[] => [...time.pending.values()].map((t) => t.delay);
    const hidden = (on: boolean): void => {
      if (on) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
      else delete (document as unknown as Record<string, unknown>).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    };
    /** Runs every timer due at once (the poll, and the status line's when it is due too). */
    const run = (delay: number): void => {
      for (const [id, t] of [...time.pending].filter(([, x]) => x.delay === delay)) {
        time.pending.delete(id);
        t.fn();
      }
    };
    try {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="en-GB" status-endpoint=${url} .lines=${LINES.slice(0, 1)} .viewerTimeZone=${NY}></support-hotline>`,
      );
      run(0);
      await frames(() => statusOf(el).includes('about 5 min wait'));
      expect(statusOf(el)).to.contain('about 5 min wait');
      expect(await count()).to.equal(1);
      // The next request is a minute away.
      expect(delays()).to.include(60_000);
      // Hidden: no request is waiting.
      hidden(true);
      expect(delays()).not.to.include(60_000);
      expect(delays()).not.to.include(0);
      // Shown again 20 s later: the rest of the minute.
      time.clock.t += 20_000;
      hidden(false);
      expect(delays()).to.include(40_000);
      // Hidden, then shown two minutes later: at once.
      hidden(true);
      time.clock.t += 120_000;
      hidden(false);
      run(0);
      await frames(async () => (await count()) === 2);
      expect(await count()).to.equal(2);
    } finally {
      delete (document as unknown as Record<string, unknown>).visibilityState;
      time.restore();
    }
  });

  it('degrades to the card without the figure, with one error, while the endpoint fails', async () => {
    const errors = capture();
    try {
      const failing = endpoint(WAITS, '&status=503');
      const el = await card(failing.url);
      await waitUntil(() => errors.calls.length === 1);
      expect(errors.calls[0]).to.match(/^<support-hotline> status-endpoint: no estimated wait \(status 503\); the card is shown without it\.$/);
      expect(statusOf(el)).to.equal('Open now · closes 18:00 (in 2 h 15 min)');
      // Failing again says nothing more; an answer brings the figure back.
      el.statusEndpoint = endpoint({ nothing: 1 }).url;
      await waitUntil(() => errors.calls.length === 2);
      expect(errors.calls[1]).to.contain('an answer without "waitMinutes"');
      el.statusEndpoint = endpoint('', '&type=text/html').url.replace('body=%22%22', 'body=%3Chtml%3E');
      await waitUntil(() => errors.calls.length === 3);
      const redirect = `/__boundaries/redirect?key=r${Date.now()}&to=${encodeURIComponent(endpoint(WAITS).url)}`;
      el.statusEndpoint = redirect;
      await waitUntil(() => errors.calls.length === 4);
      expect(errors.calls[3]).to.contain('a redirect, not followed');
      expect(statusOf(el)).not.to.contain('wait');
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('refuses an endpoint that is not same-origin or https:, and requests nothing', async () => {
    const errors = capture();
    const real = window.fetch;
    let calls = 0;
    window.fetch = (...args) => (calls++, real(...args));
    try {
      await card('http://evil.example/status');
      await card('javascript:alert(1)');
      await new Promise((r) => setTimeout(r));
      expect(calls).to.equal(0);
      expect(errors.calls).to.deep.equal([
        '<support-hotline> status-endpoint: expected a same-origin or https: URL without user name or password, got string "http://evil.example/status"; nothing is requested.',
        '<support-hotline> status-endpoint: expected a same-origin or https: URL without user name or password, got string "javascript:alert(1)"; nothing is requested.',
      ]);
    } finally {
      window.fetch = real;
      errors.restore();
    }
  });

  it('reads in Chinese and in Arabic, right to left', async () => {
    const zh = await card(endpoint(WAITS).url, 'zh-CN');
    await waitUntil(() => statusOf(zh).includes('预计'));
    expect(statusOf(zh)).to.match(/ · 预计等待约5分钟$/);
    const wrap = await fixture<HTMLElement>(html`<div dir="rtl" lang="ar">
      <support-hotline status-endpoint=${endpoint(WAITS).url} .lines=${LINES.slice(0, 1)} .viewerTimeZone=${NY} .now=${new Date(OPEN)}></support-hotline>
    </div>`);
    const el = wrap.querySelector('support-hotline')!;
    await waitUntil(() => statusOf(el).includes('الانتظار'));
    // The engine's Arabic digits (Chromium writes 5, WebKit ٥): the element writes numbers as Intl does for the language.
    expect(statusOf(el).endsWith(` · الانتظار نحو ${new Intl.NumberFormat('ar').format(5)} د`), statusOf(el)).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
