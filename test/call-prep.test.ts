import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/call-prep.js';
import { SupportCallPrep, type CallPrepData, type SupportCallPrepSubmitEvent } from '../src/call-prep.js';
import type { DraftOptions } from '../src/internal/draft.js';
import { SafeStorage } from '../src/internal/storage.js';
import { blockStorage, capture, nextFrame, q, shadowText as text, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');
/** A storage key no other test uses. */
const DRAFT = (k: string): string => `support-widgets@2:call-prep:${k}:draft`;

/** test/helpers.ts's `$`, typed for this file's form controls. */
const labels = (el: SupportCallPrep): string[] =>
  [...el.shadowRoot!.querySelectorAll('form .f > label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());

/** Sets a control's value as the user would, and waits for the render. */
async function set(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = q<HTMLInputElement>(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function check(el: SupportCallPrep, name: string, value: string): Promise<void> {
  q<HTMLInputElement>(el, `[name="${name}"][value="${value}"]`).click();
  await el.updateComplete;
}
async function submit(el: SupportCallPrep): Promise<void> {
  q<HTMLButtonElement>(el, '[part="submit"]').click();
  await el.updateComplete;
  await el.updateComplete;
}
function make(k = uniqueKey('cp-test')): Promise<SupportCallPrep> {
  return fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW}></support-call-prep>`);
}
async function fill(el: SupportCallPrep): Promise<void> {
  await set(el, 'topic', 'payment');
  await set(el, 'account', 'ana@example.com');
  await set(el, 'txn', 'TX-42');
  await set(el, 'when', '2026-11-20T09:30');
  await set(el, 'amount', '25.5');
  await set(el, 'status', 'active');
  await set(el, 'what', 'Card declined at checkout');
  await check(el, 'checked', 'network');
  await check(el, 'checked', 'balance');
  await set(el, 'tried', 'Tried again later');
  await set(el, 'lang', 'English');
  await set(el, 'phone', '+1 800 555 0100');
}

describe('<support-call-prep>', () => {
  afterEach(() => localStorage.clear());

  it('shows a labelled form and the safety note, accessible when empty', async () => {
    const el = await make();
    expect(q(el, '#title').textContent).to.equal('Prepare your call');
    expect(q(el, '#title').getAttribute('aria-level')).to.equal('3');
    expect(q(el, 'section').getAttribute('aria-labelledby')).to.equal('title');
    expect(text(el)).to.include('We never ask for a password, PIN, one-time code, CVV or full card number');
    expect(labels(el)).to.deep.equal([
      'Topic',
      'Email or account ID',
      'Transaction ID (optional)',
      'Date and time (optional)',
      'Last 4 digits of the card (optional)',
      'Error or decline code (optional)',
      'Amount (optional)',
      'Account status (optional)',
      'What happened',
      'What you already tried (optional)',
      'Preferred language (optional)',
      'Callback number (optional)',
      'Device details (optional)',
    ]);
    const account = q(el, '#account');
    expect(account.labels![0].textContent).to.include('Email or account ID');
    expect(account.getAttribute('autocomplete')).to.equal('username');
    expect(account.getAttribute('aria-describedby')).to.equal('account-h');
    expect(q(el, '#account-h').textContent).to.equal('Of the account you are calling about.');
    expect(q(el, '#phone').type).to.equal('tel');
    expect(q(el, '#when').type).to.equal('datetime-local');
    expect(q(el, '#when').max).to.equal('2026-11-24T12:00');
    expect(q(el, '#amount').type).to.equal('number');
    expect(q(el, '#amount').inputMode).to.equal('decimal');
    expect(q<HTMLSelectElement>(el, '#amount-c').value).to.equal('USD');
    expect(parseFloat(getComputedStyle(account).fontSize)).to.be.at.least(16);
    expect(text(el)).to.include('After the call');
    expect(text(el)).not.to.include('Saved on this device');
    await expect(el).to.be.accessible();
  });

  it('shows the fields that fit the topic', async () => {
    const el = await make();
    await set(el, 'topic', 'account');
    expect(q(el, '#txn')).to.equal(null);
    expect(q(el, '#when')).to.equal(null);
    expect(q(el, '#amount')).to.equal(null);
    expect(q(el, '[name="checked"]')).to.equal(null);
    await set(el, 'topic', 'payment');
    expect(q(el, '#txn')).to.exist;
    expect(q(el, '#amount')).to.exist;
    const group = q(el, '[role="group"]');
    expect(group.getAttribute('aria-labelledby')).to.equal('checked-l');
    expect([...group.querySelectorAll('.check')].map((l) => l.textContent)).to.deep.equal(['My connection', 'My balance', "The card's expiry date"]);
    await set(el, 'topic', 'security');
    expect(q(el, '#txn')).to.exist;
    expect(q(el, '#amount')).to.equal(null);
    expect(q(el, '[name="checked"]')).to.equal(null);
    await set(el, 'topic', 'dispute');
    expect(q(el, '#amount')).to.exist;
    expect(q(el, '#topic').getAttribute('aria-describedby')).to.equal('topic-h');
    expect(q(el, '#topic-h').textContent).to.include('dispute checklist');
    await set(el, 'topic', 'methods');
    expect(q(el, '#txn')).to.equal(null);
    expect(q(el, '#topic-h')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports required fields on submit, beside the fields and in a list, and focuses the first', async () => {
    const el = await make();
    let submitted = false;
    el.addEventListener('support-call-prep-submit', () => (submitted = true));
    await submit(el);
    expect(submitted).to.equal(false);
    const topic = q(el, '#topic');
    expect(topic.getAttribute('aria-invalid')).to.equal('true');
    expect(topic.getAttribute('aria-describedby')).to.equal('topic-e');
    expect(q(el, '#topic-e').textContent).to.equal('Required');
    expect(q(el, '#account').getAttribute('aria-describedby')).to.equal('account-h account-e');
    expect(q(el, '#what-e').textContent).to.equal('Required');
    expect(q(el, '#txn').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.activeElement).to.equal(topic);
    const links = [...el.shadowRoot!.querySelectorAll('[part="errors"] button')];
    expect(links.map((b) => b.textContent)).to.deep.equal(['Topic: Required', 'Email or account ID: Required', 'What happened: Required']);
    (links[2] as HTMLButtonElement).click();
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#what'));
    await nextFrame();
    await el.updateComplete;
    expect(q(el, '[role="status"]').textContent).to.equal('Please fix: Topic: Required. Email or account ID: Required. What happened: Required');
    expect(q(el, '[part="summary"]')).to.equal(null);
    await expect(el).to.be.accessible();
    // Fixing a field removes it from the list.
    await set(el, 'topic', 'other');
    expect(q(el, '#topic').getAttribute('aria-invalid')).to.equal('false');
    expect(el.shadowRoot!.querySelectorAll('[part="errors"] button')).to.have.length(2);
  });

  it('checks the date, the amount and the currency', async () => {
    const el = await make();
    await set(el, 'topic', 'payment');
    await set(el, 'when', '2026-11-25T08:00');
    await set(el, 'amount', '0');
    await submit(el);
    expect(q(el, '#when-e').textContent).to.equal('Cannot be in the future');
    expect(q(el, '#amount-e').textContent).to.equal('Enter an amount above 0');
    await set(el, 'amount', '-3');
    expect(q(el, '#amount-e').textContent).to.equal('Enter an amount above 0');
    await set(el, 'amount', '12');
    await set(el, 'amountCurrency', '');
    expect(q(el, '#amount-e').textContent).to.equal('Choose a currency');
    expect(q(el, '#amount').getAttribute('aria-describedby')).to.equal('amount-e');
    await set(el, 'amountCurrency', 'EUR');
    await set(el, 'when', '2026-11-24T11:59');
    expect(q(el, '#amount-e')).to.equal(null);
    expect(q(el, '#when-e')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('reports a date that is not a date', async () => {
    const k = uniqueKey('cp-test');
    new SafeStorage('call-prep', k).write('draft', { topic: 'payment', when: 'yesterday' }, 7);
    const el = await make(k);
    await submit(el);
    expect(q(el, '#when-e').textContent).to.equal('Enter a valid date');
  });

  it('validates a field once the user leaves it', async () => {
    const el = await make();
    q(el, '#account').focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(q(el, '#account-e'), 'not after merely passing through').to.equal(null);
    q(el, '#account').focus();
    await sendKeys({ type: 'a' });
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(q(el, '#account-e'), 'not while typing').to.equal(null);
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(q(el, '#account-e').textContent).to.equal('Required');
    expect(q(el, '#what-e')).to.equal(null);
  });

  it('can be completed with the keyboard alone', async () => {
    const el = await make();
    const topic = q<HTMLSelectElement>(el, '#topic');
    topic.focus();
    // WebKit's driver sends keys to the focused window: wait for the focus, then for the choice it makes.
    await waitUntil(() => el.shadowRoot!.activeElement === topic, 'the topic has focus');
    await sendKeys({ press: 'ArrowDown' }); // Account details change
    await waitUntil(() => topic.value === 'account', `ArrowDown chose "${topic.value}"`);
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ana@example.com' });
    await sendKeys({ press: 'Tab' }); // account status
    await sendKeys({ press: 'Tab' }); // what happened
    await sendKeys({ type: 'I moved and need a new address' });
    for (let i = 0; i < 6; i++) await sendKeys({ press: 'Tab' }); // tried, language, phone, device details, "Add my device details", submit
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '[part="submit"]'));
    const event = oneEvent(el, 'support-call-prep-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = await event;
    expect(detail.data).to.deep.equal({ topic: 'account', account: 'ana@example.com', what: 'I moved and need a new address' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(q(el, '#sum'));
    expect(text(el)).to.include('Have ready');
    expect(text(el)).to.include('An ID document');
  });

  it('keeps the summary\'s headings at level 6 or less under heading-level="6"', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep heading-level="6" storage-key=${uniqueKey('cp-test')} .now=${NOW}></support-call-prep>`);
    await fill(el);
    await submit(el);
    const levels = [...el.shadowRoot!.querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));
    expect(levels.length).to.be.above(2);
    expect(levels.every((l) => l === '6')).to.equal(true, levels.join());
  });

  it('produces the summary text that copy, print and download use', async () => {
    const el = await make();
    await fill(el);
    await set(el, 'agent', 'Lee');
    await set(el, 'case', 'C-7');
    await set(el, 'solution', 'Reissue the card');
    await set(el, 'follow', '2026-11-30');
    // The transaction's zone, with that date's offset: New York is on standard time (EST) on 20 November.
    q(el, '#when-z').focus(); // every zone is listed from the select's first focus
    await el.updateComplete;
    await set(el, 'whenZone', 'America/New_York');
    await submit(el);
    const expected = [
      'Topic: Failed payment',
      'Email or account ID: ana@example.com',
      'Transaction ID: TX-42',
      `Date and time: ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-11-20T09:30'))} (UTC-05:00)`,
      'Amount: $25.50',
      'Account status: Active',
      'What happened: Card declined at checkout',
      'I already checked: My connection; My balance',
      'What you already tried: Tried again later',
      'Preferred language: English',
      'Callback number: +1 800 555 0100',
      '',
      'Have ready:',
      '- The card or bank statement',
      '- The error message',
      '',
      'After the call:',
      'Agent name or ID: Lee',
      'Case or ticket number: C-7',
      'Solution given: Reissue the card',
      'Follow-up date: Nov 30, 2026',
    ].join('\n');
    expect(expected).to.match(/Date and time: Nov 20, 2026, 9:30\sAM \(UTC-05:00\)\n/);
    expect(el.summaryText()).to.equal(expected);
    const card = q(el, '[part="summary"]');
    expect(card.querySelector('#sum')!.getAttribute('aria-level')).to.equal('4');
    expect([...card.querySelectorAll('dt')].map((d) => d.textContent)).to.include.members(['Amount', 'Follow-up date']);
    expect(card.textContent).to.include('$25.50');
    await expect(el).to.be.accessible();

    // Copy
    const clipboard = navigator.clipboard;
    let copied = '';
    const writeText = clipboard.writeText;
    clipboard.writeText = async (t: string) => void (copied = t);
    try {
      [...card.querySelectorAll('button')].find((b) => b.textContent === 'Copy')!.click();
      await waitUntil(() => copied);
      expect(copied).to.equal(expected);
      await waitUntil(() => q(el, '[role="status"]').textContent === 'Copied');
    } finally {
      clipboard.writeText = writeText;
    }

    // Print: the text alone, in a frame of its own.
    [...card.querySelectorAll('button')].find((b) => b.textContent === 'Print')!.click();
    const frame = document.body.querySelector('iframe[title="Your call summary"]') as HTMLIFrameElement;
    expect(frame.contentDocument!.querySelector('pre')!.textContent).to.equal(expected);
    expect(frame.contentDocument!.querySelector('h1')!.textContent).to.equal('Your call summary');
    frame.remove();

    // Download
    const click = HTMLAnchorElement.prototype.click;
    const links: HTMLAnchorElement[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this);
    };
    try {
      [...card.querySelectorAll('button')].find((b) => b.textContent === 'Download')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(links[0].download).to.equal('call-summary-2026-11-24.txt');
    expect(await (await fetch(links[0].href)).text()).to.equal(expected);
  });

  it('masks card numbers everywhere and warns beside the field', async () => {
    const k = uniqueKey('cp-test');
    const el = await make(k);
    await set(el, 'topic', 'payment');
    await set(el, 'account', 'ana@example.com');
    await set(el, 'txn', '4111 1111 1111 1111');
    await set(el, 'what', 'Paid with 4111-1111-1111-1111 and 4111111111111111, order 1234 5678 9012 3456');
    // `5678 9012 3456` may still become a card while typed (issue 13, F2): the field is judged when it is left.
    q(el, '#what').dispatchEvent(new FocusEvent('focusout', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(q(el, '#txn-w').textContent).to.equal('Card number hidden: we keep only the last 4 digits.');
    expect(q(el, '#txn').getAttribute('aria-describedby')).to.equal('txn-h txn-w');
    expect(q(el, '#what-w')).to.exist;
    const stored = localStorage.getItem(DRAFT(k))!;
    expect(stored).to.include('•••• 1111');
    expect(stored).to.include('1234 5678 9012 3456');
    expect(stored).not.to.include('4111');
    const event = oneEvent(el, 'support-call-prep-submit');
    await submit(el);
    const { detail } = (await event) as SupportCallPrepSubmitEvent;
    expect(detail.data.txn).to.equal('•••• 1111');
    expect(detail.data.what).to.equal('Paid with •••• 1111 and •••• 1111, order 1234 5678 9012 3456');
    expect(el.summaryText()).to.include('Transaction ID: •••• 1111');
    expect(el.summaryText()).not.to.include('4111');
    expect(q(el, '[part="summary"]').textContent).not.to.include('4111');
    await expect(el).to.be.accessible();
  });

  it('warns about a CVV, PIN, password or code, and saves and sends the field with only the secret replaced', async () => {
    const k = uniqueKey('cp-test');
    const el = await make(k);
    await set(el, 'topic', 'security');
    await set(el, 'account', 'ana@example.com');
    await set(el, 'what', 'Someone logged in');
    await set(el, 'tried', 'the one-time code was 845120');
    expect(q(el, '#tried-w').textContent).to.equal('Never share a CVV, PIN, password or code: we replace it with •••••• before saving or sending.');
    await set(el, 'agent', 'password: hunter22');
    expect(q(el, '#agent-w')).to.exist;
    const stored = localStorage.getItem(DRAFT(k))!;
    expect(stored).to.include('Someone logged in');
    expect(stored).not.to.include('845120');
    expect(stored).not.to.include('hunter22');
    const event = oneEvent(el, 'support-call-prep-submit');
    await submit(el);
    const { detail } = await event;
    expect(detail.data).to.deep.equal({
      topic: 'security',
      account: 'ana@example.com',
      what: 'Someone logged in',
      tried: 'the one-time code was ••••••',
      agent: 'password: ••••••',
    });
    expect(el.summaryText()).not.to.include('845120');
  });

  it('saves as the user types and restores the draft on reload', async () => {
    const k = uniqueKey('cp-test');
    const first = await make(k);
    await fill(first);
    await set(first, 'agent', 'Lee');
    expect(text(first)).to.include('Saved on this device · Forget');
    first.remove();
    const el = await make(k);
    expect(q<HTMLSelectElement>(el, '#topic').value).to.equal('payment');
    expect(q(el, '#what').value).to.equal('Card declined at checkout');
    expect(q(el, '#amount').value).to.equal('25.5');
    expect(q(el, '#agent').value).to.equal('Lee');
    expect(q(el, '[value="balance"]').checked).to.equal(true);
    expect(q(el, '[value="expiry"]').checked).to.equal(false);
    expect(text(el)).to.include('Saved on this device');
    await expect(el).to.be.accessible();
  });

  it("the draft's codec stores what it is given, not the form's values, and keeps no secret of it", async () => {
    const k = uniqueKey('cp-test');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW} prefill="txn=TX-42"></support-call-prep>`);
    await set(el, 'what', 'What the form holds');
    const saved = localStorage.getItem(DRAFT(k));
    // The codec DraftController calls with the form's values at each save (src/internal/draft.ts, DraftOptions.encode).
    const { encode } = (el as unknown as { draft: { options: DraftOptions<CallPrepData> } }).draft.options;
    const given: CallPrepData = {
      topic: 'payment',
      what: 'Card 4111 1111 1111 1111 was declined',
      tried: 'my password is hunter2',
      checked: ['network'],
      txn: 'TX-42',
    };
    // Card numbers masked and secrets replaced as in the form's own record; a value still as the page prefilled it is left out.
    expect(encode(given)).to.deep.equal({ topic: 'payment', what: 'Card •••• 1111 was declined', tried: 'my password is ••••••', checked: ['network'] });
    expect(encode({ txn: 'TX-42' }), 'nothing worth keeping').to.equal(undefined);
    // The element's values, what it shows and what it saved are its own still.
    expect(q(el, '#what').value).to.equal('What the form holds');
    expect(localStorage.getItem(DRAFT(k))).to.equal(saved);
  });

  it('forgets the draft, with an undo', async () => {
    const k = uniqueKey('cp-test');
    const el = await make(k);
    await set(el, 'what', 'Hello');
    const forget = [...el.shadowRoot!.querySelectorAll('.saved button')][0] as HTMLButtonElement;
    expect(forget.textContent).to.equal('Forget');
    forget.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(localStorage.getItem(DRAFT(k))).to.equal(null);
    expect(q(el, '#what').value).to.equal('');
    const undo = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(undo.textContent).to.equal('Undo');
    expect(text(el)).to.include('Draft forgotten.');
    undo.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(q(el, '#what').value).to.equal('Hello');
    expect(localStorage.getItem(DRAFT(k))).to.include('Hello');
    expect((el.shadowRoot!.activeElement as HTMLElement).textContent).to.equal('Forget');
  });

  it('keeps the draft for this visit when storage throws', async () => {
    const restore = blockStorage();
    try {
      const k = uniqueKey('cp-test');
      const el = await make(k);
      await set(el, 'what', 'Still here');
      expect(text(el)).to.include('Saved for this visit only · Forget');
      el.remove();
      const again = await make(k);
      expect(q(again, '#what').value).to.equal('Still here');
      q<HTMLButtonElement>(again, '.saved button').click();
      await again.updateComplete;
    } finally {
      restore();
    }
  });

  it('drops an expired draft', async () => {
    const k = uniqueKey('cp-test');
    new SafeStorage('call-prep', k).write('draft', { what: 'Old news' }, 7, NOW.getTime() - 8 * 86_400_000);
    const el = await make(k);
    expect(q(el, '#what').value).to.equal('');
    expect(localStorage.getItem(DRAFT(k))).to.equal(null);
    expect(text(el)).not.to.include('Saved on this device');
  });

  it('keeps drafts of different storage keys apart, and saves nothing with no-persist', async () => {
    const a = await make('shop-a');
    const b = await make('shop-b');
    await set(a, 'what', 'From A');
    await set(b, 'what', 'From B');
    expect(localStorage.getItem(DRAFT('shop-a'))).to.include('From A');
    expect(localStorage.getItem(DRAFT('shop-b'))).to.include('From B');
    a.remove();
    const again = await make('shop-a');
    expect(q(again, '#what').value).to.equal('From A');
    const off = await fixture<SupportCallPrep>(html`<support-call-prep storage-key="shop-a" no-persist></support-call-prep>`);
    expect(q(off, '#what').value).to.equal('');
    await set(off, 'what', 'Private');
    expect(localStorage.getItem(DRAFT('shop-a'))).to.include('From A');
    expect(text(off)).not.to.include('Saved');
  });

  it('fires change on user edits only', async () => {
    const k = uniqueKey('cp-test');
    new SafeStorage('call-prep', k).write('draft', { what: 'Restored' }, 7);
    let changes = 0;
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} @support-call-prep-change=${() => changes++}></support-call-prep>`);
    el.topics = ['payment', 'other'];
    await el.updateComplete;
    expect(changes).to.equal(0);
    const event = oneEvent(el, 'support-call-prep-change');
    await set(el, 'txn', '4111 1111 1111 1111');
    const { detail } = await event;
    expect(detail.field).to.equal('txn');
    expect(detail.data).to.deep.equal({ what: 'Restored', txn: '•••• 1111' });
    expect(changes).to.equal(1);
  });

  it('POSTs to the endpoint, shows a failure with Retry, keeps the draft and announces success', async () => {
    const k = uniqueKey('cp-test');
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${k} .now=${NOW} endpoint="/__endpoint/flaky?key=${k}"></support-call-prep>`);
    await set(el, 'topic', 'other');
    await set(el, 'account', 'ana@example.com');
    await set(el, 'what', 'Help');
    await submit(el);
    await waitUntil(() => text(el).includes('Not sent (HTTP 503). Your draft is kept.'));
    expect(localStorage.getItem(DRAFT(k))).to.include('Help');
    expect(q(el, '[part="summary"]')).to.exist;
    await expect(el).to.be.accessible();
    const retry = [...el.shadowRoot!.querySelectorAll('.status button')][0] as HTMLButtonElement;
    expect(retry.textContent).to.equal('Retry');
    retry.click();
    await waitUntil(() => text(el).includes('Sent to support.'));
    await waitUntil(() => q(el, '[role="status"]').textContent === 'Sent to support.');
    expect(localStorage.getItem(DRAFT(k)), 'the draft stays for the call').to.include('Help');
  });

  it('reports a failing endpoint and a network error', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('cp-test')} endpoint="/__endpoint/fail"></support-call-prep>`);
    await set(el, 'topic', 'other');
    await set(el, 'account', 'a');
    await set(el, 'what', 'b');
    await submit(el);
    await waitUntil(() => text(el).includes('Not sent (HTTP 503)'));
    el.endpoint = 'https://127.0.0.1:1/nothing-listens-here';
    await submit(el);
    await waitUntil(() => text(el).includes('Not sent (network error)'), text(el), { timeout: 5000 });
  });

  it('sends the masked data as JSON, and nothing when the submit event is cancelled', async () => {
    const original = window.fetch;
    const bodies: unknown[] = [];
    window.fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(JSON.parse(init!.body as string));
      return new Response('{}', { status: 200 });
    };
    try {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('cp-test')} endpoint="/__endpoint/ok"></support-call-prep>`);
      await set(el, 'topic', 'dispute');
      await set(el, 'account', 'ana@example.com');
      await set(el, 'what', 'Card 4111 1111 1111 1111 charged twice');
      await set(el, 'amount', '10');
      await submit(el);
      await waitUntil(() => text(el).includes('Sent to support.'));
      expect(bodies).to.deep.equal([
        { topic: 'dispute', account: 'ana@example.com', what: 'Card •••• 1111 charged twice', amount: '10', amountCurrency: 'USD' },
      ]);
      el.addEventListener('support-call-prep-submit', (e) => e.preventDefault());
      await submit(el);
      await nextFrame();
      expect(bodies).to.have.length(1);
      expect(q(el, '[part="summary"]')).to.exist;
    } finally {
      window.fetch = original;
    }
  });

  it('takes fields and topics from the JSON config and reports bad entries', async () => {
    const { calls, restore } = capture('error');
    try {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep id="cp" storage-key=${uniqueKey('cp-test')}>
        <script type="application/json">
          {
            "topics": ["payment", { "id": "refund", "label": "Refund" }, "nope"],
            "fields": [
              "topic",
              { "id": "what", "label": "Your story", "hint": "Short, please." },
              { "id": "order", "label": "Order number", "required": true, "topics": ["refund"] },
              { "id": "phone", "required": true },
              { "id": "size", "label": "Size", "type": "select", "options": ["S", "L"] },
              { "id": "x", "type": "video", "label": "X" },
              { "id": "y" },
              "nonsense",
              { "id": "z", "label": "Z", "required": "yes", "colour": 1 }
            ],
            "extra": 1
          }
        </script>
      </support-call-prep>`);
      await el.updateComplete;
      expect(calls).to.deep.equal([
        '<support-call-prep id="cp"> config.extra: unknown key, ignored (known keys: fields, topics, prefillValues).',
        '<support-call-prep id="cp"> fields[5].type: expected one of text, email, tel, textarea, select, checks, datetime, date, amount, got string "video".',
        '<support-call-prep id="cp"> fields[6].label: expected a non-empty string, got nothing.',
        '<support-call-prep id="cp"> fields[7]: expected a field id (topic, account, txn, when, card4, decline, amount, status, what, checked, tried, lang, phone, device), got string "nonsense".',
        '<support-call-prep id="cp"> fields[8].colour: unknown key, ignored (known keys: id, type, label, hint, required, topics, options).',
        '<support-call-prep id="cp"> fields[8].required: expected true or false, got string "yes".',
        '<support-call-prep id="cp"> topics[2]: expected a topic id (account, payment, security, dispute, methods, other) or { "id", "label" }, got string "nope".',
      ]);
      expect([...q<HTMLSelectElement>(el, '#topic').options].map((o) => o.text)).to.deep.equal(['Choose…', 'Failed payment', 'Refund']);
      expect(labels(el)).to.deep.equal(['Topic', 'Your story', 'Callback number', 'Size (optional)', 'X (optional)', 'Z (optional)']);
      expect(q(el, '#what-h').textContent).to.equal('Short, please.');
      expect(q(el, '#phone').required).to.equal(true);
      await set(el, 'topic', 'refund');
      expect(labels(el)[2]).to.equal('Order number');
      expect(q(el, '#txn')).to.equal(null);
      await submit(el);
      expect([...el.shadowRoot!.querySelectorAll('[part="errors"] button')].map((b) => b.textContent)).to.deep.equal([
        'Your story: Required',
        'Order number: Required',
        'Callback number: Required',
      ]);
      await set(el, 'size', 'L');
      expect(calls).to.have.length(7);
    } finally {
      restore();
    }
  });

  it('follows the language and direction: Chinese with yuan, and right-to-left', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep lang="zh-CN" storage-key=${uniqueKey('cp-test')} .now=${NOW}></support-call-prep>`);
    await waitUntil(() => text(el).includes('问题类型'));
    expect(q<HTMLSelectElement>(el, '#amount-c').value).to.equal('CNY');
    await set(el, 'topic', 'payment');
    await set(el, 'account', 'li@example.com');
    await set(el, 'what', '付款失败');
    await set(el, 'amount', '88');
    await submit(el);
    expect(el.summaryText()).to.include('金额：¥88.00');
    expect(el.summaryText()).to.include('请准备好：\n- 银行卡账单或银行对账单');
    await expect(el).to.be.accessible();

    const rtl = await fixture<SupportCallPrep>(
      html`<support-call-prep dir="rtl" heading-level="2" storage-key=${uniqueKey('cp-test')} .now=${NOW}></support-call-prep>`,
    );
    expect(q(rtl, 'section').dir).to.equal('rtl');
    await expect(rtl).to.be.accessible();
    await submit(rtl);
    await expect(rtl).to.be.accessible();
    await set(rtl, 'topic', 'methods');
    await set(rtl, 'account', 'x');
    await set(rtl, 'what', 'y');
    await submit(rtl);
    expect(q(rtl, '#title').getAttribute('aria-level')).to.equal('2');
    expect(q(rtl, '#sum').getAttribute('aria-level')).to.equal('3');
    await expect(rtl).to.be.accessible();
  });

  it('validates fields, topics and retention-days set as properties', async () => {
    const { calls, restore } = capture('error');
    try {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep retention-days="soon" storage-key=${uniqueKey('cp-test')}></support-call-prep>`);
      el.fields = ['what', { id: 'account', type: 'email' }, { id: 'what' }] as SupportCallPrep['fields'];
      el.topics = 'payment' as unknown as SupportCallPrep['topics'];
      await el.updateComplete;
      expect(calls).to.deep.equal([
        '<support-call-prep> retention-days: expected a number of days, 0 or more, got string "soon".',
        '<support-call-prep> fields[2].id: expected a new id of letters, digits and dashes, got string "what".',
        '<support-call-prep> topics: expected an array, got string "payment".',
      ]);
      expect(labels(el)).to.deep.equal(['What happened', 'Email or account ID']);
      expect(q(el, '#account').type).to.equal('email');
      el.fields = 'nope' as unknown as SupportCallPrep['fields'];
      await el.updateComplete;
      expect(calls[3]).to.equal('<support-call-prep> fields: expected an array, got string "nope".');
      expect(labels(el)[0]).to.equal('Topic');
    } finally {
      restore();
    }
  });

  it("names a custom topic by its label in the topic field only, not in another field's options", async () => {
    const el = await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist .now=${NOW} .topics=${[{ id: 'refund', label: 'Refund it' }, 'other']} .fields=${['topic', { id: 'kind', label: 'Kind', type: 'checks', options: ['refund', 'other'] }]}></support-call-prep>`,
    );
    expect([...q<HTMLSelectElement>(el, '#topic').options].map((o) => o.text)).to.deep.equal(['Choose…', 'Refund it', 'Something else']);
    expect([...el.shadowRoot!.querySelectorAll('.check')].map((c) => c.textContent)).to.deep.equal(['refund', 'other']);
    await set(el, 'topic', 'refund');
    await check(el, 'kind', 'refund');
    expect(el.summaryText()).to.match(/^Topic: Refund it\nKind: refund\n/);
  });
});
