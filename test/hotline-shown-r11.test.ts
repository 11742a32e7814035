// Issue 13, outside red team round 11: a display number that reads as another number is refused (R11-4, R11-5,
// R11-10), and national forms a reader dials as written are kept (R11-14).
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { capture, numberShown as shown } from './helpers.js';

const refusal = (number: string, display: string, instead: string): string =>
  `<support-hotline> display-number: "${display}" is not the number dialled (${number}); ${instead} is shown instead.`;

describe('<support-hotline>: a display number that a reader would dial differently is not shown (R11)', () => {
  const refused: [what: string, number: string, display: string, instead: string][] = [
    // "(0)" says "leave this 0 out from abroad"; Italy dials its 0 from abroad too (+39 06 …).
    ['an Italian number with "(0)" (R11-4)', '+390612345678', '+39 (0)6 1234 5678', '+39 0612345678'],
    // Beijing without its trunk 0: 10xxx are Chinese carriers' service numbers.
    ['a Beijing landline without its 0 (R11-5)', '+861088886666', '10 8888 6666', '+86 1088886666'],
    // North American shapes: read as Chicago and San Antonio.
    ['an Italian mobile written as a Chicago number (R11-10)', '+393123456789', '(312) 345-6789', '+39 3123456789'],
    ['an Italian mobile written NXX-NXX-XXXX (R11-10)', '+393123456789', '312-345-6789', '+39 3123456789'],
    ['an Athens number written as a San Antonio number (R11-10)', '+302101234567', '(210) 123-4567', '+30 2101234567'],
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

  it('still shows the forms a reader dials as written: "(0)" in the UK, Beijing with its 0, China’s mobiles and 400 numbers, the NANP', async () => {
    const errors = capture('error');
    try {
      for (const [number, display] of [
        ['+442079460000', '+44 (0)20 7946 0000'],
        ['+390612345678', '+39 06 1234 5678'],
        ['+861088886666', '010 8888 6666'],
        ['+8613800138000', '138 0013 8000'],
        ['+864008208820', '400-820-8820'],
        ['+18005550100', '(800) 555-0100'],
        ['+13123456789', '312-345-6789'],
      ]) {
        expect((await shown(number, display)).text, display).to.equal(display);
      }
      expect(errors.calls).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});

describe('<support-hotline>: national and international forms the numbering plans give are shown (R11-14)', () => {
  it('shows Belarus’s national form with its trunk prefix 8 0 (Minsk 8 017 …), and refuses 8 without the 0', async () => {
    const errors = capture('error');
    try {
      expect((await shown('+375171234567', '8 017 123 45 67')).text).to.equal('8 017 123 45 67');
      expect(errors.calls).to.deep.equal([]);
      expect((await shown('+375171234567', '8 17 123 45 67')).text).to.equal('+375 171234567');
      expect(errors.calls).to.have.length(1);
    } finally {
      errors.restore();
    }
  });

  it('shows a number written with the North American international prefix 011, and a Riyadh number starting 011', async () => {
    const errors = capture('error');
    try {
      expect((await shown('+442079460000', '011 44 20 7946 0000')).text).to.equal('011 44 20 7946 0000');
      expect((await shown('+966112345678', '011 234 5678')).text).to.equal('011 234 5678');
      expect((await shown('+441141234567', '0114 123 4567')).text).to.equal('0114 123 4567');
      expect(errors.calls).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});
