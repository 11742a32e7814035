// The outside red team's findings 1, 4, 6 and 7 (issue 13): lookalike digits and letters in a display number,
// a polluted prototype in the dispute checklist, an endpoint that never answers, and FAQ links that read as one
// site and go to another. Inputs exactly as the red team typed them, then variations (fixed seed: test/secret-gen.ts).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist, SupportFaq, SupportHotline } from '../src/index.js';
import { safeUrl } from '../src/index.js';
import { sameNumber } from '../src/internal/phone.js';
import { expectLinkRefused, ready, capture, text } from './helpers.js';
import './secret-gen.js';

const NOW = new Date('2026-11-24T12:00:00Z');

describe('red team finding 1: the number shown is the number dialled, against lookalike digits and letters', () => {
  const fakes: [display: string, number: string][] = [
    ['+1 ৪00 555 0100', '+14005550100'],
    ['+1 800 555 01୨୨', '+18005550122'],
    ['+Ⅰ 800 555 0100', '+48005550100'],
    ['1-800-555-O1OO', '+18005556166'],
    ['1-800-555-0l00', '+18005550500'],
    ['+1 800 555 ٥1٥٥', '+18005555155'],
    ['+1 800 555 01⁰⁰', '+18005550100'],
    ['1-800-555-OIOO', '+18005556466'],
    // Found by the re-check after the fixes: letter lookalikes in two groups leave fewer than seven real digits.
    ['+1 8OO 555 OlOO', '+18665556566'],
    ['1-8OO-555-OlOO', '+18665556566'],
  ];

  it('<support-hotline> shows the dialled number and one error for each lookalike display', async () => {
    for (const [display, number] of fakes) {
      const errors = capture('error');
      try {
        const el = await fixture<SupportHotline>(html`<support-hotline lang="en" .now=${NOW} number=${number} display-number=${display}></support-hotline>`);
        await el.updateComplete;
        const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=number]')!;
        expect(link.getAttribute('href'), display).to.equal(`tel:${number}`);
        expect(text(link), display).to.not.equal(display);
        expect(text(link).replace(/\D/g, ''), display).to.equal(number.slice(1));
        expect(el.shadowRoot!.querySelector('button[part=copy]')!.getAttribute('aria-label'), display).to.not.include(display);
        expect(errors.calls, display).to.have.length(1);
        expect(errors.calls[0]).to.include(`"${display}" is not the number dialled`);
      } finally {
        errors.restore();
      }
    }
  });

  it('<support-faq> renders no link whose text is a lookalike of another number', async () => {
    for (const [display, number] of fakes) {
      const errors = capture('error');
      try {
        const el = await fixture<SupportFaq>(
          html`<support-faq .items=${[{ id: 'q', question: 'Phone?', answer: `Call [${display}](tel:${number}).` }]}></support-faq>`,
        );
        await ready(el);
        expect(el.shadowRoot!.querySelector('support-faq-item')!.querySelectorAll('a'), display).to.have.length(0);
        expect(errors.calls, display).to.have.length(1);
      } finally {
        errors.restore();
      }
    }
  });

  it('still accepts the scripts input methods type, one at a time, and whole vanity words', () => {
    for (const [display, number] of [
      ['＋１ ８００ ５５５ ０１００', '+18005550100'],
      ['١-٨٠٠-٥٥٥-٠١٠٠', '+18005550100'],
      ['۱ ۸۰۰ ۵۵۵ ۰۱۰۰', '+18005550100'],
      ['1-800-FLOWERS', '+18003569377'],
      ['1-800-MY-APPLE', '+18006927753'],
    ]) {
      expect(sameNumber(display, number), display).to.equal(true);
    }
  });

  it('refuses a digit of any other script put in place of an ASCII digit (property)', () => {
    // Zeros of scripts whose digits no shipped language's input method types: Bengali, Oriya, Devanagari, Gurmukhi, Thai, Myanmar, mathematical bold.
    const others = [0x9e6, 0xb66, 0x966, 0xa66, 0xe50, 0x1040, 0x1d7ce];
    fc.assert(
      fc.property(fc.stringMatching(/^[2-9][0-9]{9}$/), fc.nat(9), fc.constantFrom(...others), (nsn, at, zero) => {
        const display = `+1 ${nsn.slice(0, 3)} ${nsn.slice(3, 6)} ${nsn.slice(6)}`;
        const digitAt = [...display].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i > 1)[at];
        const fake = display.slice(0, digitAt) + String.fromCodePoint(zero + Number(display[digitAt])) + display.slice(digitAt + 1);
        expect(sameNumber(fake, `+1${nsn}`), fake).to.equal(false);
      }),
      { numRuns: 200 },
    );
  });
});

describe('red team finding 4: a polluted Object.prototype changes nothing in the dispute checklist', () => {
  async function exported(pollution: Record<string, unknown>): Promise<string> {
    Object.assign(Object.prototype, pollution);
    try {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist type="not-received" transaction-date="2026-11-16" no-persist .now=${NOW}></support-dispute-checklist>`,
      );
      await el.updateComplete;
      return el.exportText();
    } finally {
      for (const k of Object.keys(pollution)) delete (Object.prototype as Record<string, unknown>)[k];
    }
  }

  it('Object.prototype.regime and .statementDate move no deadline; .c ticks no item', async () => {
    const clean = await exported({});
    expect(await exported({ regime: 'us-credit', statementDate: '2026-01-02' })).to.equal(clean);
    expect(await exported({ c: true })).to.equal(clean);
    expect(await exported({ c: 1, n: 'note from the prototype', statement: '2026-01-02' })).to.equal(clean);
    expect(clean).to.not.include('[x]');
  });
});

describe('red team finding 6: an endpoint that never answers', () => {
  it('fails after send-timeout with Retry, and keeps everything typed', async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist .now=${NOW} send-timeout="50" endpoint="/__boundaries/hang?key=rt-hang"></support-call-prep>`,
    );
    const root = el.shadowRoot!;
    const type = async (name: string, value: string): Promise<void> => {
      const control = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
    };
    await type('topic', 'payment');
    await type('account', 'ana@example.com');
    await type('what', 'Card declined twice');
    const submitted = oneEvent(el, 'support-call-prep-submit');
    root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await submitted;
    await waitUntil(() => root.querySelector('.status.failed'), 'the send fails instead of staying on "Sending…"', { timeout: 5000 });
    expect(text(root.querySelector('.status'))).to.include('the address did not answer in time');
    expect(root.querySelector('.status button')).to.exist;
    expect(root.querySelector<HTMLTextAreaElement>('[name=what]')!.value).to.equal('Card declined twice');
    await expect(el).to.be.accessible();
  });

  it('reports a send-timeout that is not a positive number and uses 15 s', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep no-persist .now=${NOW} send-timeout="-1" endpoint="/__capture/rt-timeout"></support-call-prep>`,
      );
      const root = el.shadowRoot!;
      for (const [name, value] of [
        ['topic', 'payment'],
        ['account', 'ana@example.com'],
        ['what', 'x'],
      ]) {
        const control = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      }
      root.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await waitUntil(() => root.querySelector('.status.sent'), 'sent');
      expect(errors.calls.filter((c) => c.includes('send-timeout'))).to.have.length(1);
    } finally {
      errors.restore();
    }
  });
});

describe('red team finding 7: FAQ links that read as one site and go to another', () => {
  it('safeUrl refuses //host, /\\host, https:host and user@host, and keeps ordinary links', () => {
    for (const url of [
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://merchant.example@evil.example',
      'https://user:pw@evil.example/x',
      'https:evil.example',
      ' //evil.example',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
    for (const url of ['/contact', 'help/refunds', '#top', '?q=1', 'https://carrier.example/track', 'mailto:help@merchant.example', 'tel:+18005550100']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });

  it('<support-faq> shows such a link as text and names the item', async () => {
    for (const href of ['//evil.example', '/\\evil.example', 'https://merchant.example@evil.example']) await expectLinkRefused(href);
  });
});
