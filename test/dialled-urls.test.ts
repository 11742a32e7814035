// The second outside check of issue 13, finding 4: links whose scheme is written so that browsers read a
// host the text does not show (`https:\\evil.example`, `https:///evil.example`, `https://@evil.example`, …).
// Each is refused by safeUrl, so a FAQ answer shows its text without a link and the hotline's safety notice
// without its "verify" link; ordinary links keep working.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportHotline } from '../src/index.js';
import { safeUrl } from '../src/index.js';
import { expectLinkRefused, capture } from './helpers.js';

// Every one of these is read by browsers (WHATWG URL, special schemes) as a link to evil.example.
const TRICKS = [
  'https:\\\\evil.example',
  'https:///evil.example',
  'https:////evil.example/x',
  'https://@evil.example',
  'https://:@evil.example',
  'https:/\\evil.example',
  'https:\\/evil.example',
  'hTtPs:\\\\evil.example',
  'ht\ttps:\\\\evil.example',
  'https\n:\\\\evil.example',
  'https:%2F%2Fevil.example',
  'https://merchant.example%2F@evil.example',
  'https://merchant.example\\@evil.example',
  'http:\\\\evil.example',
  'HTTP:///evil.example',
];

describe('safeUrl against scheme tricks (second outside check, finding 4)', () => {
  it('refuses every way of writing a web URL whose host is not right after `scheme://`', () => {
    for (const url of TRICKS) {
      const out = safeUrl(url);
      expect(out, JSON.stringify(url)).to.equal(undefined);
    }
  });

  it('keeps ordinary links, and a link whose scheme is broken by white space goes where it reads', () => {
    for (const url of [
      'https://merchant.example/help',
      'HTTPS://Merchant.Example/a?b#c',
      'https://merchant.example:8443',
      'https://merchant.example/@me',
      'https://merchant.example/help/refunds/a%20b?order=123&q=%2F#step-2',
      'https://merchant.example:8443/help?x=1',
      'https://bücher.example/straße?q=ü#teil',
      'https://xn--bcher-kva.example/',
      'https://例子.测试/帮助',
      'https://مثال.إختبار/مساعدة',
      'https://[2001:db8::1]:8443/x',
      'https://merchant.example?q=1',
      'https://merchant.example#top',
      'https://merchant.example/a\\b',
      '/contact',
      'help/refunds?x=1#y',
      '../contact',
      '#faq',
      '?q=1',
      'mailto:help@merchant.example',
      'tel:+18005550100',
    ]) {
      expect(safeUrl(url), url).to.equal(url);
    }
    expect(safeUrl('ht\ttps://merchant.example/help')).to.equal('https://merchant.example/help');
  });

  it('<support-faq> shows such a link as its text, with one console.error naming the item', async () => {
    for (const href of TRICKS.filter((u) => !/[\s()]/.test(u))) await expectLinkRefused(href);
  });

  it("<support-hotline>'s verify-url refuses them and keeps the notice", async () => {
    const errors = capture('error');
    try {
      for (const url of TRICKS) {
        const el = await fixture<SupportHotline>(html`<support-hotline lang="en" number="+18005550100" verify-url=${url}></support-hotline>`);
        await el.updateComplete;
        const notice = el.shadowRoot!.querySelector('[part=notice]')!;
        expect(notice.querySelector('a'), JSON.stringify(url)).to.equal(null);
        expect(notice.textContent).to.include('We will never ask for your password');
      }
      expect(errors.calls).to.have.length(TRICKS.length);
    } finally {
      errors.restore();
    }
  });
});
