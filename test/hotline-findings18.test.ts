// Findings of the outside test of issue 18 (/work/rt/h18/FINDINGS.md) that are not callback-form cases: endpoints
// with a user name and password (F6), the status endpoint asked once per connection whatever the page's language
// (F5), and numbers written with spaces and dashes (F8).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportCenter, SupportHotline } from '../src/index.js';
import { $$, capture, nextFrame } from './helpers.js';

const NY = 'America/New_York';
const OPEN = new Date('2026-11-24T20:45:00Z'); // Tuesday 15:45 in New York
const SUPPORT = { label: 'Support', number: '+18005550100', hours: 'Mo-Fr 09:00-18:00', timezone: NY };

/** Counts every request the page makes from here. */
function countFetches(): { urls: string[]; restore: () => void } {
  const real = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (urls.push(String(input)), real(input, init));
  return { urls, restore: () => (window.fetch = real) };
}

describe('<support-hotline> outside test findings (issue 18)', () => {
  // First in this file: the Arabic and Chinese strings are not loaded yet, as on a merchant's page.
  it('asks status-endpoint once per connection on Arabic and Chinese pages, whose strings load first', async () => {
    const fetches = countFetches();
    const errors = capture();
    const asked = (key: string): string[] => fetches.urls.filter((u) => u.includes(`/__callback?key=${key}`));
    try {
      for (const [lang, body, shown] of [
        ['ar', '{"waitMinutes":{"+18005550100":5}}', 'انتظار'],
        ['zh-CN', 'not json', ''],
      ]) {
        const key = `findings18-wait-${lang}-${Date.now()}`;
        const url = `/__callback?key=${key}&delay=150&body=${encodeURIComponent(body)}`;
        const el = await fixture<SupportHotline>(
          html`<support-hotline lang=${lang} status-endpoint=${url} .lines=${[SUPPORT]} .viewerTimeZone=${NY} .now=${OPEN}></support-hotline>`,
        );
        if (shown) await waitUntil(() => el.shadowRoot!.querySelector('[part=status]')?.textContent?.includes(shown), `${lang}: no wait shown`);
        else await waitUntil(() => errors.calls.length, `${lang}: no error`);
        await el.updateComplete;
        await nextFrame();
        const log = (await (await fetch(`/__callback/log?key=${key}`)).json()) as { method: string }[];
        expect(
          log.map((r) => r.method),
          lang,
        ).to.deep.equal(['GET']);
        expect(asked(key), lang).to.have.length(1);
        // Connected again within the minute: not asked again before the minute is over (docs/hotline.md).
        el.remove();
        document.body.append(el);
        await el.updateComplete;
        await nextFrame();
        expect(asked(key), `${lang} reconnected`).to.have.length(1);
      }
      expect(errors.calls).to.have.length(1);
      expect(errors.calls[0]).to.equal('<support-hotline> status-endpoint: no estimated wait (an answer that is not JSON); the card is shown without it.');
    } finally {
      fetches.restore();
      errors.restore();
    }
  });

  it('refuses endpoints with a user name and password before the host, in every element, without printing them', async () => {
    const errors = capture();
    const fetches = countFetches();
    try {
      const secret = 'https://merchant:s3cret@127.0.0.1:8469';
      const hotline = await fixture<SupportHotline>(
        html`<support-hotline callback-endpoint="${secret}/cb" status-endpoint="${secret}/status" .lines=${[SUPPORT]} .now=${OPEN}></support-hotline>`,
      );
      // Relative URLs that name a host, and a user name alone, are refused alike.
      const other = await fixture<SupportHotline>(
        html`<support-hotline callback-endpoint="//merchant:s3cret@${location.host}/cb" status-endpoint="https://merchant@127.0.0.1:8469/status" .lines=${[SUPPORT]} .now=${OPEN}></support-hotline>`,
      );
      await nextFrame();
      expect($$(hotline, '[part=callback]'), 'no "Call me back" is offered').to.have.length(0);
      expect($$(other, '[part=callback]')).to.have.length(0);
      const prep = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint="${secret}/collect"></support-call-prep>`);
      await prep.updateComplete;
      const reasons: string[] = [];
      await fixture<SupportCenter>(
        html`<support-center src="${secret}/config.json" @support-center-error=${(e: CustomEvent<{ reason: string }>) => reasons.push(e.detail.reason)}></support-center>`,
      );
      await waitUntil(() => reasons.length, 'the center did not refuse its src');
      expect(errors.calls).to.deep.equal([
        '<support-hotline> status-endpoint: expected a same-origin or https: URL without user name or password, got string "https://…@127.0.0.1:8469/status"; nothing is requested.',
        '<support-hotline> callback-endpoint: expected a same-origin or https: URL without user name or password, got string "https://…@127.0.0.1:8469/cb"; no callback is offered.',
        '<support-hotline> status-endpoint: expected a same-origin or https: URL without user name or password, got string "https://…@127.0.0.1:8469/status"; nothing is requested.',
        `<support-hotline> callback-endpoint: expected a same-origin or https: URL without user name or password, got string "//…@${location.host}/cb"; no callback is offered.`,
        '<support-call-prep> endpoint: expected a same-origin or https: URL; nothing will be sent, got string "https://…@127.0.0.1:8469/collect".',
        '<support-center> src: could not load "https://…@127.0.0.1:8469/config.json" (refused: expected a same-origin or https: URL).',
      ]);
      expect(errors.calls.join('\n')).not.to.contain('s3cret');
      expect(fetches.urls, 'nothing requested').to.deep.equal([]);
      await expect(hotline).to.be.accessible();
    } finally {
      fetches.restore();
      errors.restore();
    }
  });

  it('takes numbers written with ASCII spaces, hyphens, dots and brackets, and links only their E.164 digits', async () => {
    const errors = capture();
    try {
      const el = await fixture<SupportHotline>(
        html`<support-hotline
          .lines=${[
            {
              ...SUPPORT,
              number: '+1 800 555 0100',
              contacts: [
                { type: 'whatsapp', value: '+1 800 555 0177' },
                { type: 'whatsapp', value: '+1-800-555-0178' },
                { type: 'whatsapp', value: '+1 (800) 555.0176' },
                // An en dash is no separator: refused like any other character.
                { type: 'whatsapp', value: '+1\u2013800\u2013555\u20130179' },
              ],
            },
            { ...SUPPORT, label: 'Sales', number: '+1-800-555-0123' },
            { ...SUPPORT, label: 'Dash', number: '+1\u2013800\u2013555\u20130124' },
          ]}
          .now=${OPEN}
        ></support-hotline>`,
      );
      expect($$<HTMLAnchorElement>(el, '[part=number]').map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+18005550100', 'tel:+18005550123']);
      expect($$<HTMLAnchorElement>(el, '[part=contact]').map((a) => a.getAttribute('href'))).to.deep.equal([
        'https://wa.me/18005550177',
        'https://wa.me/18005550178',
        'https://wa.me/18005550176',
      ]);
      expect(errors.calls).to.have.length(2);
      expect(errors.calls[0]).to.match(/^<support-hotline> lines\[0\]\.contacts\[3\]\.value: expected an E\.164 number/);
      expect(errors.calls[1]).to.match(/^<support-hotline> lines\[2\]\.number: expected an E\.164 number/);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });
});

// The same outside check noted the wording of a list field given as neither a list nor a string: "expected a
// date YYYY-MM-DDs". Each list field names its items in the plural.
describe('a list field that is not a list says what it expected in plain words', () => {
  it('names language tags and dates as a list of them', async () => {
    const errors = capture('error');
    try {
      await fixture<SupportHotline>(html`<support-hotline lang="en" .lines=${[{ ...SUPPORT, languages: 5, closures: { day: 1 } }]}></support-hotline>`);
    } finally {
      errors.restore();
    }
    expect(errors.calls.filter((m) => / expected a list of /.test(m))).to.deep.equal([
      '<support-hotline> lines[0].languages: expected a list of language tags, got number 5.',
      '<support-hotline> lines[0].closures: expected a list of dates YYYY-MM-DD, got an object.',
    ]);
  });
});
