// Outside check c23-5: merchant text a reader cannot see (a zero width space pasted from a web page, the blank
// Braille pattern U+2800, a list marker with nothing after it) made blank headings, empty lists and links with no
// name, and nothing told the merchant. Each element treats such text as empty: it is reported where a text is
// required, left out where it is optional, and a link shows its address instead.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { DisputeType, SupportCallPrep, SupportDisputeChecklist, SupportFaq, SupportHotline } from '../src/index.js';
import { capture, fillCallPrep, typeAndLeave } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');

describe('text a reader cannot see', () => {
  it('<support-faq>: a question or answer of the blank Braille pattern is reported as empty, and its item left out', async () => {
    const errors = capture('error');
    const el = await fixture<SupportFaq>(
      html`<support-faq
        .items=${[
          { id: 'a', question: '\u2800', answer: 'Shown?' },
          { id: 'b', question: 'Empty answer?', answer: '\u2800\u200b' },
          { id: 'c', question: 'Kept?', answer: 'Yes.' },
        ]}
      ></support-faq>`,
    ).finally(errors.restore);
    expect(errors.calls).to.deep.equal([
      '<support-faq> items[0].question: this question is empty: a question needs its text.',
      '<support-faq> items[1].answer: this answer is empty: an answer needs its text.',
    ]);
    const questions = [...el.shadowRoot!.querySelectorAll('support-faq-item')].map((it) => it.shadowRoot!.querySelector('button')!.textContent!.trim());
    expect(questions).to.deep.equal(['Kept?']);
  });

  it('<support-faq>: an answer of a lone list marker shows the marker, not an empty list', async () => {
    const el = await fixture<SupportFaq>(
      html`<support-faq .items=${[
        { id: 'a', question: 'Dash?', answer: '-' },
        { id: 'b', question: 'One?', answer: '1.' },
      ]}></support-faq>`,
    );
    const [dash, one] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('#data > support-faq-item')];
    expect(dash.querySelectorAll('ul, li').length, 'list elements').to.equal(0);
    expect(dash.textContent!.trim()).to.equal('-');
    expect(one.querySelectorAll('ol, li').length, 'list elements').to.equal(0);
    expect(one.textContent!.trim()).to.equal('1.');
  });

  it('<support-faq>: a link whose text is a zero width space is named by its address', async () => {
    const el = await fixture<SupportFaq>(
      html`<support-faq open .items=${[{ id: 'a', question: 'Where?', answer: 'See [\u200b](https://help.example.com/refunds) for more.' }]}></support-faq>`,
    );
    const link = el.shadowRoot!.querySelector('#data > support-faq-item')!.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://help.example.com/refunds');
    expect(link.textContent).to.equal('https://help.example.com/refunds');
    await expect(el).to.be.accessible();
  });

  it('<support-hotline>: a line labelled with a zero width space shows no blank label', async () => {
    const el = await fixture<SupportHotline>(
      html`<support-hotline .now=${NOW} .lines=${[
        { number: '+18005550100', label: '\u200b\u2060' },
        // Red team R13-14: a lone combining accent (a stray mark) and U+1D159, a musical symbol drawn as nothing.
        { number: '+18005550102', label: '\u0301' },
        { number: '+18005550103', label: '\u{1D159}' },
        { number: '+18005550101', label: 'Cards' },
      ]}></support-hotline>`,
    );
    const labels = [...el.shadowRoot!.querySelectorAll('[part=label]')].map((l) => l.textContent);
    expect(labels).to.deep.equal(['Cards']);
    await expect(el).to.be.accessible();
  });

  it('<support-dispute-checklist>: a kind of dispute named by a zero width space is reported, naming the characters', async () => {
    const errors = capture('error');
    const types = [
      { id: 'mine', label: '\u200b', items: [{ id: 'a', label: 'Receipt', required: true }] },
      {
        id: 'ours',
        label: 'Ours',
        items: [
          { id: 'b', label: '\u2800', required: true },
          { id: 'c', label: 'Invoice', required: true },
        ],
      },
    ] as unknown as DisputeType[];
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist no-built-ins .types=${types} .now=${NOW}></support-dispute-checklist>`,
    ).finally(errors.restore);
    expect(errors.calls).to.include('<support-dispute-checklist> types[0].label: expected text a reader can see, got only U+200B.');
    expect(errors.calls).to.include('<support-dispute-checklist> types[1].items[0].label: expected text a reader can see, got only U+2800.');
    // Nothing blank is offered: no radio button or evidence item without a name.
    for (const label of el.shadowRoot!.querySelectorAll('label')) expect(label.textContent!.replace(/[\s\u200b\u2800]/g, ''), label.outerHTML).not.to.equal('');
    await expect(el).to.be.accessible();
  });

  it('<support-dispute-checklist>: a payment kind labelled with a zero width space is reported, and shown by its own name', async () => {
    const errors = capture('error');
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist
        type="not-received"
        .regimes=${[
          { id: 'us-credit', label: '\u200b' },
          { id: 'eu', label: 'Card from a bank in the EU' },
        ]}
        .now=${NOW}
      ></support-dispute-checklist>`,
    ).finally(errors.restore);
    expect(errors.calls).to.deep.equal(['<support-dispute-checklist> regimes[0].label: expected text a reader can see, got only U+200B.']);
    const options = [...el.shadowRoot!.querySelectorAll('[part=regimes] label')].map((l) => l.textContent!.trim());
    expect(options).to.deep.equal(['Credit card from a US bank', 'Card from a bank in the EU']);
  });

  it('<support-call-prep>: a topic of your own named by a zero width space is reported, naming the characters', async () => {
    const errors = capture('error');
    await fixture<SupportCallPrep>(
      html`<support-call-prep no-persist .now=${NOW} .topics=${['payment', { id: 'refund', label: '\u200b' }]}></support-call-prep>`,
    ).finally(errors.restore);
    expect(errors.calls.join('\n')).to.match(/topics\[1\]\.label: .*U\+200B/);
  });
});

// Red team R13-15: the call form's required "What happened" took two zero width spaces, two blank Braille
// patterns or a Hangul filler as an answer, sent them, and the agent got a blank reason.
const REQUIRED = 'Required';

describe('text a user cannot see, typed into the call form', () => {
  for (const blank of ['\u200b\u200b', '\u2800\u2800', '\u3164']) {
    it(`asks for the required "What happened" when it holds only ${[...blank].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`).join(' ')}, and sends nothing`, async () => {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint="/__capture/unseen" .now=${NOW}></support-call-prep>`);
      await fillCallPrep(el);
      await typeAndLeave(el, 'what', blank);
      let submitted = false;
      el.addEventListener('support-call-prep-submit', () => (submitted = true));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
      await el.updateComplete;
      expect(submitted).to.equal(false);
      const what = el.shadowRoot!.querySelector('[name=what]')!;
      expect(what.getAttribute('aria-invalid')).to.equal('true');
      const described = what
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => el.shadowRoot!.getElementById(id)?.textContent ?? '');
      expect(described.join(' ')).to.include(REQUIRED);
    });
  }
});
