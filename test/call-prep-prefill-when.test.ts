// Found by an outside check (h18 F1, F2): a bad or future `call-when` in a "Call us about this payment" link left an
// empty read-only date field that blocked the submit for good; the summary showed the transaction's wall time moved
// by the viewer's own DST gap. Chromium only: the viewer's time zone is emulated through CDP.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/call-prep.js';
import type { SupportCallPrep } from '../src/call-prep.js';
import { capture, q, uniqueKey } from './helpers.js';

// 20:00 in Shanghai, 07:00 in New York.
const NOW = new Date('2026-12-05T12:00Z');

async function set(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = q(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Opens the page at `?query` for one test, as a merchant's link does. */
function visit(query: string): () => void {
  const before = location.href;
  history.replaceState(null, '', `${location.pathname}?${query}`);
  return () => history.replaceState(null, '', before);
}

describe('<support-call-prep> prefilled date and time', () => {
  afterEach(() => localStorage.clear());

  for (const [name, query] of [
    ['month 13', 'call-when=2026-13-01T10:00'],
    ['hour 25', 'call-when=2026-12-01T25:00'],
    ['February 30', 'call-when=2026-02-30T10:00'],
    ['5 minutes in the future in its zone', 'call-when=2026-12-05T20:05&call-zone=Asia%2FShanghai'],
  ]) {
    it(`refuses a link's date and time (${name}) with one error, and leaves the field for the user to fill`, async () => {
      const back = visit(`call-topic=payment&${query}`);
      const errors = capture();
      try {
        const el = await fixture<SupportCallPrep>(
          html`<support-call-prep storage-key=${uniqueKey('pre-when')} .now=${NOW} prefill-from-url prefill-readonly></support-call-prep>`,
        );
        expect(errors.calls).to.have.length(1);
        expect(errors.calls[0]).to.match(/^<support-call-prep> \?call-when: expected a date and time/);
        const when = q(el, '#when');
        expect(when.value).to.equal('');
        expect(when.readOnly, 'the user can enter the date').to.equal(false);
        expect(q(el, '#topic').readOnly).to.equal(true);
        await expect(el).to.be.accessible();
        await set(el, 'when', '2026-12-01T10:00');
        await set(el, 'account', 'ana@example.com');
        await set(el, 'what', 'It failed');
        q<HTMLButtonElement>(el, '[part=submit]').click();
        const { detail } = await oneEvent(el, 'support-call-prep-submit');
        expect(detail.data).to.include({ topic: 'payment', when: '2026-12-01T10:00' });
      } finally {
        errors.restore();
        back();
      }
    });
  }

  it('judges "not in the future" in the zone given with the date, in either order', async () => {
    const errors = capture();
    try {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep storage-key=${uniqueKey('pre-when-z')} .now=${NOW} prefill-readonly></support-call-prep>`,
      );
      el.prefill({ topic: 'payment', when: '2026-12-05T12:05', whenZone: 'UTC' });
      await el.updateComplete;
      expect(errors.calls).to.have.length(1);
      expect(errors.calls[0]).to.match(/^<support-call-prep> prefill\.when: expected a date and time .*not in the future in UTC/);
      expect(q(el, '#when').value).to.equal('');
      expect(q(el, '#when').readOnly).to.equal(false);
      // 12:05 has long passed in Shanghai (20:00 now there): kept, read-only.
      el.prefill({ whenZone: 'Asia/Shanghai', when: '2026-12-05T12:05' });
      await el.updateComplete;
      expect(errors.calls).to.have.length(1);
      expect(q(el, '#when').value).to.equal('2026-12-05T12:05');
      expect(q(el, '#when').readOnly).to.equal(true);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('never leaves a prefilled field read-only while it is invalid (the user changed the zone and made it future)', async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep storage-key=${uniqueKey('pre-when-ro')} .now=${NOW} prefill-readonly></support-call-prep>`,
    );
    await set(el, 'topic', 'payment');
    // Every zone is listed from the select's first focus.
    q(el, '#when-z').focus();
    await el.updateComplete;
    await set(el, 'whenZone', 'Asia/Shanghai');
    el.prefill({ when: '2026-12-05T19:55', amount: '25.50', card4: '４２４２', account: 'ana@example.com' });
    await el.updateComplete;
    expect(q(el, '#when').readOnly).to.equal(true);
    // 19:55 in UTC is still to come (12:00 now): the field says so and can be corrected.
    await set(el, 'whenZone', 'UTC');
    await set(el, 'what', 'It failed');
    q<HTMLButtonElement>(el, '[part=submit]').click();
    await el.updateComplete;
    const when = q(el, '#when');
    expect(when.getAttribute('aria-invalid')).to.equal('true');
    expect(when.readOnly).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(when);
    // Every read-only field holds a valid value.
    const ro = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[readonly], textarea[readonly]')];
    expect(ro.map((c) => c.id)).to.have.members(['amount', 'card4', 'account']);
    for (const c of ro) expect(c.getAttribute('aria-invalid') ?? 'false', c.id).to.equal('false');
    await expect(el).to.be.accessible();
    await set(el, 'when', '2026-12-05T11:55');
    q<HTMLButtonElement>(el, '[part=submit]').click();
    const { detail } = await oneEvent(el, 'support-call-prep-submit');
    expect(detail.data).to.include({ when: '2026-12-05T11:55', whenZone: 'UTC', amount: '25.50', card4: '4242' });
  });
});

describe("<support-call-prep> summary time, whatever the viewer's zone", () => {
  afterEach(() => executeServerCommand('timezone', { zone: '' }));

  // The viewer's zone, the transaction's wall time and zone, what the summary must show in English and Chinese.
  // 2026-03-29 01:00-02:00 does not exist in London, 2026-03-08 02:00-03:00 not in New York (spring forward).
  for (const [viewer, when, zone, en, zh] of [
    ['Europe/London', '2026-03-29T01:30', 'Asia/Shanghai', /Mar 29, 2026, 1:30\sAM \(UTC\+08:00\)/, /2026年3月29日 01:30（?\s?\(?UTC\+08:00/],
    ['America/New_York', '2026-03-08T02:45', 'Asia/Shanghai', /Mar 8, 2026, 2:45\sAM \(UTC\+08:00\)/, /2026年3月8日 02:45/],
    ['America/New_York', '2026-03-08T02:30', 'America/New_York', /Mar 8, 2026, 2:30\sAM \(UTC-0[45]:00\)/, /2026年3月8日 02:30/],
    ['Europe/London', '2026-12-03T14:05', 'Asia/Shanghai', /Dec 3, 2026, 2:05\sPM \(UTC\+08:00\)/, /2026年12月3日 14:05/],
  ] as const) {
    for (const [lang, shown] of [
      ['en', en],
      ['zh-CN', zh],
    ] as const) {
      it(`shows ${when} in ${zone} as typed to a viewer in ${viewer} (${lang})`, async () => {
        await executeServerCommand('timezone', { zone: viewer });
        expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal(viewer);
        const el = await fixture<SupportCallPrep>(html`<support-call-prep lang=${lang} no-persist .now=${NOW}></support-call-prep>`);
        el.prefill({ topic: 'payment', account: 'a@example.com', what: 'x', when, whenZone: zone });
        await el.updateComplete;
        q<HTMLButtonElement>(el, '[part=submit]').click();
        const { detail } = await oneEvent(el, 'support-call-prep-submit');
        expect(detail.data.when).to.equal(when);
        const line = el
          .summaryText()
          .split('\n')
          .find((l) => l.includes(detail.data.whenOffset as string))!;
        expect(line).to.match(shown);
      });
    }
  }
});

describe('<support-call-prep> draft key (docs/call-prep.md, security.md)', () => {
  afterEach(() => localStorage.clear());

  it('saves the draft under support-widgets@2:call-prep:<storage-key>:draft, the key URI-encoded', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key="shop:eu" .now=${NOW}></support-call-prep>`);
    await set(el, 'account', 'ana@example.com');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('support-widgets'))).to.deep.equal(['support-widgets@2:call-prep:shop%3Aeu:draft']);
  });
});
