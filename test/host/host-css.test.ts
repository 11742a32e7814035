import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SupportElement } from '../../src/internal/base.js';
import { nextFrame } from '../helpers.js';

// The host page's worst: a 10 px root size, content-box everywhere, zero line height, wide uppercase red body
// text, and buttons and inputs stripped of every style.
const HOSTILE = `html{font-size:62.5%}*{box-sizing:content-box}body{line-height:0;letter-spacing:.5em;text-transform:uppercase;color:red}button,input{all:unset}`;
const NOW = new Date('2026-11-24T15:45:00-05:00');
const PROPS = [
  'fontSize',
  'lineHeight',
  'letterSpacing',
  'textTransform',
  'color',
  'boxSizing',
  'fontFamily',
  'paddingTop',
  'paddingLeft',
  'borderTopWidth',
] as const;

/** Every element in the component's shadow tree, nested shadow roots and their slotted shadow content included. */
function shadowElements(root: ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...shadowElements(el.shadowRoot));
  }
  return out;
}

/** What the user sees of each element: computed type and colour, and its size. */
function measure(el: SupportElement): string[] {
  return shadowElements(el.shadowRoot!).map((node) => {
    const cs = getComputedStyle(node);
    const box = node.getBoundingClientRect();
    return `${node.localName}.${node.getAttribute('class') ?? ''} ${PROPS.map((p) => cs[p]).join(' | ')} ${Math.round(box.width)}x${Math.round(box.height)}`;
  });
}

const cases: Array<[string, () => ReturnType<typeof html>]> = [
  [
    'support-faq',
    () =>
      html`<support-faq searchable feedback .items=${[
        {
          question: 'How long does a refund take?',
          answer: 'To a card: **5 to 10 business days**.\n\n- Balance: at once\n- Card: up to 10 days',
          category: 'Payments',
        },
        { question: 'How do I change my phone number?', answer: 'Open Settings › Profile.', category: 'Account' },
      ]} open-ids="how-long-does-a-refund-take"></support-faq>`,
  ],
  [
    'support-hotline',
    () =>
      html`<support-hotline number="+18005550100" display-number="1-800-555-0100" label="Customer support" hours="Mo-Fr 09:00-18:00" timezone="America/New_York" verify-url="https://examplepay.example/contact" .now=${NOW} viewer-time-zone="America/New_York"></support-hotline>`,
  ],
  ['support-call-prep', () => html`<support-call-prep no-persist .now=${NOW}></support-call-prep>`],
  [
    'support-dispute-checklist',
    () => html`<support-dispute-checklist type="duplicate" transaction-date="2026-11-01" .now=${NOW} dispute-id="css"></support-dispute-checklist>`,
  ],
  [
    'support-center',
    () =>
      html`<support-center .now=${NOW} .config=${{
        faq: { searchable: true, items: [{ question: 'How long does a refund take?', answer: 'To a card: 5 to 10 business days.' }] },
        hotline: { lines: [{ label: 'Support', number: '+18005550100', hours: '24/7', timezone: 'America/New_York' }] },
        callPrep: { noPersist: true },
        dispute: { type: 'duplicate', disputeId: 'css-center' },
      }}></support-center>`,
  ],
];

describe('hostile host CSS', () => {
  let style: HTMLStyleElement | undefined;
  afterEach(() => {
    style?.remove();
    style = undefined;
    localStorage.clear();
  });

  for (const [tag, template] of cases) {
    it(`<${tag}> keeps its designed type, line height, spacing, case, colours and sizes`, async () => {
      const clean = await fixture<SupportElement>(template());
      await nextFrame();
      const designed = measure(clean);
      expect(designed.length).to.be.greaterThan(5);

      style = document.createElement('style');
      style.textContent = HOSTILE;
      document.head.append(style);
      // Sanity: the hostile rules are in force on the page itself.
      expect(getComputedStyle(document.body).textTransform).to.equal('uppercase');
      const hostile = await fixture<SupportElement>(template());
      await nextFrame();
      expect(measure(hostile)).to.deep.equal(designed);

      // And the designed values themselves, on the component's root.
      const cs = getComputedStyle(hostile);
      expect([cs.fontSize, cs.lineHeight, cs.letterSpacing, cs.textTransform, cs.color]).to.deep.equal(['16px', '24px', 'normal', 'none', 'rgb(27, 31, 36)']);
      const button = hostile.shadowRoot!.querySelector('button');
      if (button) {
        const b = getComputedStyle(button);
        expect(b.fontSize).to.equal('16px');
        expect(b.textTransform).to.equal('none');
        expect(button.getBoundingClientRect().height).to.be.at.least(24);
      }
    });
  }
});
