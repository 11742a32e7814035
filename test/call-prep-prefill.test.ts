import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/call-prep.js';
import type { SupportCallPrep } from '../src/call-prep.js';
import { SafeStorage } from '../src/internal/storage.js';
import { capture, q, uniqueKey } from './helpers.js';

const NOW = new Date('2026-12-05T12:00Z');
const record = (k: string): string => localStorage.getItem(`support-widgets@2:call-prep:${k}:draft`) ?? '';
/** The saved draft's values. */
const draft = (k: string): unknown => new SafeStorage('call-prep', k).read('draft', NOW.getTime())?.data;
/** Everything a user or the page could see of the form: its text and its controls' values. */
const seen = (el: SupportCallPrep): string =>
  el.shadowRoot!.textContent! + [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input, textarea, select')].map((c) => c.value).join(' ');

async function set(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = q(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Opens the page at `?query` for one test, as a merchant's "Call us about this payment" link does. */
function visit(query: string): () => void {
  const before = location.href;
  history.replaceState(null, '', `${location.pathname}?${query}`);
  return () => history.replaceState(null, '', before);
}

// Full-width and Arabic-Indic digits of the test Visa 4111 1111 1111 1111 (Luhn-valid), as a phone keyboard or a
// copy from a Chinese or Arabic page gives them.
/** The `prefill` attribute of an order page's form: a query string, as in the page URL. */
const PAGE = 'topic=payment&account=ana%40example.com&txn=TX-42&amount=25.50&amountCurrency=EUR&when=2026-12-03T14:05&whenZone=Asia/Shanghai';
const FULL_WIDTH_CARD = '４１１１ １１１１ １１１１ １１１１';
const ARABIC_CARD = '٤١١١١١١١١١١١١١١١';

describe('<support-call-prep> prefill', () => {
  afterEach(() => localStorage.clear());

  it('fills the form from the prefill attribute, with the summary, and no draft of its own', async () => {
    const k = uniqueKey('pre-attr');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW} prefill=${PAGE}></support-call-prep>`);
    expect(q<HTMLSelectElement>(el, '#topic').value).to.equal('payment');
    expect(q(el, '#account').value).to.equal('ana@example.com');
    expect(q(el, '#txn').value).to.equal('TX-42');
    expect(q(el, '#amount').value).to.equal('25.50');
    expect(q<HTMLSelectElement>(el, '#amount-c').value).to.equal('EUR');
    expect(q(el, '#when').value).to.equal('2026-12-03T14:05');
    expect(q<HTMLSelectElement>(el, '#when-z').value).to.equal('Asia/Shanghai');
    // The page gives these again on every visit: they are no draft of the user's.
    expect(record(k)).to.equal('');
    expect(el.shadowRoot!.querySelector('.saved')).to.equal(null);
    await expect(el).to.be.accessible();
    await set(el, 'what', 'Charged twice');
    expect(draft(k)).to.deep.equal({ what: 'Charged twice' });
    q<HTMLButtonElement>(el, '[part=submit]').click();
    const { detail } = await oneEvent(el, 'support-call-prep-submit');
    expect(detail.data).to.include({ txn: 'TX-42', amount: '25.50', amountCurrency: 'EUR', whenZone: 'Asia/Shanghai', whenOffset: 'UTC+08:00' });
    expect(el.summaryText()).to.include('Transaction ID: TX-42');
  });

  it('keeps what the user typed over a prefill; an untouched prefilled value gives way to a newer one', async () => {
    const k = uniqueKey('pre-draft');
    const first = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW}></support-call-prep>`);
    await set(first, 'topic', 'payment');
    await set(first, 'txn', 'TX-TYPED');
    first.remove();
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW}></support-call-prep>`);
    el.prefill({ txn: 'TX-PAGE', account: 'ana@example.com' });
    await el.updateComplete;
    expect(q(el, '#txn').value).to.equal('TX-TYPED');
    expect(q(el, '#account').value).to.equal('ana@example.com');
    // A single-page app moving to another order: its value replaces the one it prefilled, not the user's.
    el.prefill({ account: 'bo@example.com', txn: 'TX-OTHER' });
    await el.updateComplete;
    expect(q(el, '#account').value).to.equal('bo@example.com');
    expect(q(el, '#txn').value).to.equal('TX-TYPED');
    await set(el, 'account', 'cy@example.com');
    el.prefill({ account: 'dee@example.com' });
    await el.updateComplete;
    expect(q(el, '#account').value).to.equal('cy@example.com');
    expect(draft(k)).to.include({ txn: 'TX-TYPED', account: 'cy@example.com' });
  });

  it('reads the page URL only with prefill-from-url', async () => {
    const back = visit('call-topic=dispute&call-txn=TX-77&call-amount=9.99&call-currency=GBP&call-card4=%EF%BC%94%EF%BC%92%EF%BC%94%EF%BC%92&call-code=05');
    try {
      const off = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('pre-off')} .now=${NOW}></support-call-prep>`);
      expect(q<HTMLSelectElement>(off, '#topic').value).to.equal('');
      const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('pre-url')} .now=${NOW} prefill-from-url></support-call-prep>`);
      expect(q<HTMLSelectElement>(el, '#topic').value).to.equal('dispute');
      expect(q(el, '#txn').value).to.equal('TX-77');
      expect(q(el, '#amount').value).to.equal('9.99');
      expect(q<HTMLSelectElement>(el, '#amount-c').value).to.equal('GBP');
      // Full-width digits, as a Chinese input method types them, are kept as ASCII.
      expect(q(el, '#card4').value).to.equal('4242');
      expect(q(el, '#decline').value).to.equal('05');
    } finally {
      back();
    }
  });

  it('reads a link typed or copied in full-width characters as the ASCII it shows: topic, ID, amount and currency fill in', async () => {
    // `ｐａｙｍｅｎｔ`, `ＴＸ－４２`, `２５.５０`, `ＥＵＲ`: what a Chinese or Japanese input method, or a copy from such a page, gives.
    const wide = (v: string): string => encodeURIComponent(v.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
    const back = visit(`call-topic=${wide('payment')}&call-txn=${wide('TX-42')}&call-amount=${wide('25.50')}&call-currency=${wide('EUR')}`);
    const errors = capture();
    try {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep storage-key=${uniqueKey('pre-wide')} .now=${NOW} prefill-from-url></support-call-prep>`,
      );
      expect(errors.calls).to.deep.equal([]);
      expect(q<HTMLSelectElement>(el, '#topic').value).to.equal('payment');
      expect(q(el, '#txn').value).to.equal('TX-42');
      expect(q(el, '#amount').value).to.equal('25.50');
      expect(q<HTMLSelectElement>(el, '#amount-c').value).to.equal('EUR');
    } finally {
      errors.restore();
      back();
    }
  });

  it('reads only its own URL parameters, whatever a page put on Object.prototype', async () => {
    // A polluted prototype (an old library's merge of `{"__proto__": …}`) naming a parameter for the `what` field.
    const back = visit('call-what=Refund-approved&call-txn=TX-9');
    const errors = capture();
    (Object.prototype as Record<string, unknown>).what = 'call-what';
    let el: SupportCallPrep;
    try {
      el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('pre-proto')} .now=${NOW} prefill-from-url></support-call-prep>`);
    } finally {
      delete (Object.prototype as Record<string, unknown>).what;
      errors.restore();
      back();
    }
    expect(q(el, '#txn').value).to.equal('TX-9');
    expect(q<HTMLTextAreaElement>(el, '#what').value).to.equal('');
    expect(errors.calls).to.deep.equal([]);
  });

  for (const [name, card] of [
    ['full-width', FULL_WIDTH_CARD],
    ['Arabic-Indic', ARABIC_CARD],
  ]) {
    it(`refuses a ${name} card number in a URL parameter, with one error naming it, never shown or kept`, async () => {
      const back = visit(`call-txn=${encodeURIComponent(card)}&call-card4=${encodeURIComponent(card)}&call-account=ana%40example.com`);
      const errors = capture();
      const k = uniqueKey('pre-card');
      try {
        const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW} prefill-from-url></support-call-prep>`);
        await set(el, 'topic', 'payment');
        expect(errors.calls).to.have.length(2);
        expect(errors.calls[0]).to.match(/^<support-call-prep> \?call-txn: refused/);
        expect(errors.calls[1]).to.match(/^<support-call-prep> \?call-card4: refused/);
        for (const text of [seen(el), record(k), errors.calls.join(' ')]) {
          expect(text).not.to.include(card);
          expect(text.replace(/\D/g, '')).not.to.include('4111111111111111');
        }
        expect(q(el, '#txn').value).to.equal('');
        expect(q(el, '#card4').value).to.equal('');
        expect(q(el, '#account').value).to.equal('ana@example.com');
      } finally {
        errors.restore();
        back();
      }
    });
  }

  it('refuses bad values with one error each, naming the key, and fills the rest', async () => {
    const errors = capture();
    try {
      const el = await fixture<SupportCallPrep>(
        html`<support-call-prep
          storage-key=${uniqueKey('pre-bad')}
          .now=${NOW}
          .prefillValues=${{
            topic: 'refunds',
            amount: '1e3',
            amountCurrency: 'XXX',
            when: 'yesterday',
            whenZone: 'Mars/Olympus',
            card4: '12345',
            checked: 'network',
            nonsense: 'x',
            what: 'my password is hunter2',
            txn: 'TX-1',
          }}
        ></support-call-prep>`,
      );
      expect(errors.calls.map((c) => c.replace(/:.*/, ''))).to.deep.equal(
        ['topic', 'amount', 'amountCurrency', 'when', 'whenZone', 'card4', 'checked', 'nonsense', 'what'].map((k) => `<support-call-prep> prefill.${k}`),
      );
      expect(errors.calls[8]).not.to.include('hunter2');
      expect(q(el, '#txn').value).to.equal('TX-1');
      expect(q<HTMLTextAreaElement>(el, '#what').value).to.equal('');
      expect(q<HTMLSelectElement>(el, '#topic').value).to.equal('');
      // Not an object: one error, nothing thrown.
      el.prefill('txn=TX-2' as unknown as Record<string, string>);
      await el.updateComplete;
      expect(errors.calls[9]).to.match(/^<support-call-prep> prefill: expected an object of strings/);
    } finally {
      errors.restore();
    }
  });

  it('takes prefillValues from its JSON config', async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep storage-key=${uniqueKey('pre-json')} .now=${NOW}
        ><script type="application/json">
          { "prefillValues": { "topic": "payment", "txn": "TX-JSON" } }
        </script></support-call-prep
      >`,
    );
    await el.updateComplete;
    expect(q(el, '#txn').value).to.equal('TX-JSON');
  });

  it('marks prefilled fields read-only: focusable, announced, kept; a field the user typed stays editable', async () => {
    const k = uniqueKey('pre-ro');
    const first = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW}></support-call-prep>`);
    await set(first, 'account', 'typed@example.com');
    first.remove();
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep
        storage-key=${k}
        .now=${NOW}
        prefill-readonly
        prefill=${PAGE.replace('ana', 'page')}
      ></support-call-prep>`,
    );
    const topic = q(el, '#topic');
    expect(topic.localName).to.equal('input');
    expect(topic.readOnly).to.equal(true);
    expect(topic.value).to.equal('Failed payment');
    expect(q(el, '#txn').readOnly).to.equal(true);
    expect(q(el, '#when').readOnly).to.equal(true);
    expect(q(el, '#amount-c').readOnly).to.equal(true);
    expect(q(el, '#when-z').value).to.equal('Asia/Shanghai');
    expect(q(el, '#account').readOnly).to.equal(false);
    expect(q(el, '#account').value).to.equal('typed@example.com');
    await expect(el).to.be.accessible();
    // Read-only, not disabled: Tab reaches it and a screen reader reads its value and state.
    q(el, '#topic').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('account');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('txn');
    await sendKeys({ type: 'X' });
    expect(q(el, '#txn').value).to.equal('TX-42');
    await set(el, 'what', 'Charged twice');
    q<HTMLButtonElement>(el, '[part=submit]').click();
    const { detail } = await oneEvent(el, 'support-call-prep-prepared');
    expect(detail.prefilled).to.have.members(['topic', 'txn', 'amount', 'amountCurrency', 'when', 'whenZone']);
  });
});
