// Issue 13, "the number shown is the number dialled", outside red team round 12 and c23: a display that reads as a
// North American number in its dotted or bracketed shapes, or as a NANP toll-free number, is refused (R12-9); a
// display that cannot be dialled as written is refused (R12-11); national forms the regulators' plans give, in the
// digits of the shipped languages, are shown (R12-12); a line without a display shows its number grouped (c23-4);
// a NANP or UK number of the wrong length is named in the console, and its line still renders (c23-6).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import '../src/center.js';
import type { SupportCenter } from '../src/center.js';
import type { SupportHotline } from '../src/index.js';
import { $, capture, numberShownAndCopied as shown, settle, text } from './helpers.js';

const refusal = (number: string, display: string, instead: string): string =>
  `<support-hotline> display-number: "${display}" is not the number dialled (${number}); ${instead} is shown instead.`;

describe('<support-hotline>: a display that reads as another number, or dials nothing, is not shown (R12-9, R12-11)', () => {
  const refused: [what: string, number: string, display: string, instead: string][] = [
    ['an Italian mobile written NXX.NXX.XXXX, as Chicago (R12-9)', '+393123456789', '312.345.6789', '+39 3123456789'],
    ['an Athens number written NXX.NXX.XXXX, as San Antonio (R12-9)', '+302101234567', '210.123.4567', '+30 2101234567'],
    ['an Athens number with a bracketed 3-digit area code, as San Antonio (R12-9)', '+302101234567', '(210) 1234567', '+30 2101234567'],
    ['a Chinese 800 number written as US toll-free, with dashes (R12-9)', '+868008208820', '800-820-8820', '+86 8008208820'],
    ['a Chinese 800 number written as US toll-free, with spaces (R12-9)', '+868008208820', '800 820 8820', '+86 8008208820'],
    ['a Chinese 400 number after a trunk 0 it never takes (R12-11)', '+864008208820', '0400-820-8820', '+86 4008208820'],
    ['a North American number after 011 1, which no one in the NANP dials (R12-11)', '+18005550100', '011 1 800 555 0100', '+1 800 555 0100'],
  ];
  for (const [what, number, display, instead] of refused) {
    it(`shows the dialled number instead of ${what}, with one console.error`, async () => {
      const errors = capture('error');
      try {
        const seen = await shown(number, display);
        expect(seen.text).to.equal(instead);
        expect(seen.href).to.equal(`tel:${number}`);
        expect(errors.calls).to.deep.equal([refusal(number, display, instead)]);
      } finally {
        errors.restore();
      }
    });
  }
});

describe('<support-hotline>: the national forms the numbering plans give are shown as written (R12-12)', () => {
  const kept: [what: string, number: string, display: string][] = [
    ['an Australian 1300 number, dialled without the trunk 0 (ACMA)', '+611300123456', '1300 123 456'],
    ['an Australian 13 number', '+61131234', '13 12 34'],
    ['a São Paulo mobile with its area code, as Brazil writes it (Anatel)', '+5511912345678', '(11) 91234-5678'],
    ['an Indian mobile without the 0 (DoT)', '+919876543210', '98765 43210'],
    ['a Bangkok number in Thai digits', '+6621234567', '๐๒ ๑๒๓ ๔๕๖๗'],
    ['a Delhi number in Devanagari digits', '+911123456789', '०११ २३४५ ६७८९'],
    ['a Tokyo number with an ASCII + and country code, full-width digits after it', '+81312345678', '+81 ３-１２３４-５６７８'],
    ['China’s 400 number as its carriers print it', '+864008208820', '400-820-8820'],
    ['China’s 800 number in international form', '+868008208820', '+86 800 820 8820'],
    ['an Italian mobile as Italy writes it', '+393123456789', '312 345 6789'],
  ];
  for (const [what, number, display] of kept) {
    it(`shows ${what}, with no console.error`, async () => {
      const errors = capture('error');
      try {
        const seen = await shown(number, display);
        expect(seen.text).to.equal(display);
        expect(seen.href).to.equal(`tel:${number}`);
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });
  }

  it('still refuses an Australian 1300 number after a trunk 0, and a Delhi landline without its 0', async () => {
    const errors = capture('error');
    try {
      expect((await shown('+611300123456', '01300 123 456')).text).to.equal('+61 1300123456');
      expect((await shown('+911123456789', '11 2345 6789')).text).to.equal('+91 1123456789');
      expect(errors.calls).to.have.length(2);
    } finally {
      errors.restore();
    }
  });
});

describe('<support-hotline>: a line without a display shows its number grouped (c23-4)', () => {
  it('shows +1 800 555 0100, not +18005550100, on the card and in the copy button’s name', async () => {
    const seen = await shown('+18005550100');
    expect(seen.text).to.equal('+1 800 555 0100');
    expect(seen.copy).to.contain('+1 800 555 0100');
    expect(seen.href).to.equal('tel:+18005550100');
    expect((await shown('+442079460000')).text).to.equal('+44 20 7946 0000');
  });

  it('shows the grouped number in the center’s hotline and beside its call summary', async () => {
    const el = await fixture<SupportCenter>(html`<support-center></support-center>`);
    el.config = { hotline: { lines: [{ label: 'Support', number: '+18005550100' }] }, callPrep: { noPersist: true } };
    await settle(el);
    for (const selector of ['#hotline support-hotline', 'support-call-prep > support-hotline[slot=hotline]']) {
      const hotline = $(el, selector) as SupportHotline;
      await hotline.updateComplete;
      expect(text(hotline.shadowRoot!.querySelector('[part=number]')), selector).to.equal('+1 800 555 0100');
    }
  });
});

describe('<support-hotline>: a North American or UK number of the wrong length is named (c23-6)', () => {
  it('logs one console.error naming lines[0].number for +1555 and +4420, and still renders each line and its link', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportHotline>(html`<support-hotline lang="en"></support-hotline>`);
      el.lines = [
        { label: 'US', number: '+1555' },
        { label: 'UK', number: '+4420' },
        { label: 'Fine', number: '+18005550100' },
      ];
      await el.updateComplete;
      expect(errors.calls).to.deep.equal([
        '<support-hotline> lines[0].number: +1555 has 3 digits after +1, and a North American number has 10 (area code, exchange, line); its link dials it as given.',
        '<support-hotline> lines[1].number: +4420 has 2 digits after +44, and a UK number has 10 (9 for some 01 and 0800 numbers); its link dials it as given.',
      ]);
      const links = [...el.shadowRoot!.querySelectorAll('a[part=number]')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['tel:+1555', 'tel:+4420', 'tel:+18005550100']);
    } finally {
      errors.restore();
    }
  });

  it('names a North American area code or exchange that starts with 0 or 1, and says nothing of complete numbers', async () => {
    const errors = capture('error');
    try {
      await shown('+11234567890');
      expect(errors.calls).to.deep.equal([
        '<support-hotline> number: +11234567890 is no North American number: its area code and its exchange (the 1st and 4th digits after +1) start with 2 to 9; its link dials it as given.',
      ]);
      errors.calls.length = 0;
      for (const number of ['+18005550100', '+442079460000', '+44169771234', '+44800123456', '+448001111', '+448454647', '+4930123456']) await shown(number);
      expect(errors.calls).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});
