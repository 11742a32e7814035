// Issue 13, outside check 5, N3: a display number in Arabic-Indic digits (`٠٥٠ ١٢٣ ٤٥٦٧`) was painted with its
// groups in reverse order (`٤٥٦٧ ١٢٣ ٠٥٠`) inside the hotline's own `<bdi dir="ltr">`: the digits are bidi class
// AN, and UAX #9 rule N1 makes the spaces and dashes between them right to left. Phone numbers are read left to
// right in Arabic too. Measured where the browser paints each group; what Copy copies and the link dials unchanged.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportHotline } from '../src/index.js';
import { shadow } from './helpers.js';

/** The painted left edge of each group of the number, in the order they are written. */
function lefts(el: SupportHotline, groups: string[]): number[] {
  const bdi = shadow(el).querySelector('[part=number] bdi')!;
  const walker = document.createTreeWalker(bdi, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let from = 0;
  return groups.map((g) => {
    const node = nodes.find((t) => t.data.indexOf(g, t === nodes[0] ? from : 0) >= 0)!;
    const at = node.data.indexOf(g, from);
    from = at + g.length;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + g.length);
    return Math.min(...[...range.getClientRects()].map((r) => r.left));
  });
}

const CASES: { dir: 'rtl' | 'ltr'; lang: string; number: string; display: string }[] = [
  { dir: 'rtl', lang: 'ar', number: '+966501234567', display: '٠٥٠ ١٢٣ ٤٥٦٧' },
  { dir: 'rtl', lang: 'ar', number: '+966501234567', display: '٠٥٠-١٢٣-٤٥٦٧' },
  { dir: 'ltr', lang: 'en', number: '+18005550100', display: '١-٨٠٠-٥٥٥-٠١٠٠' },
  { dir: 'rtl', lang: 'ar', number: '+18005550100', display: '+١ ٨٠٠ ٥٥٥ ٠١٠٠' },
];

describe('<support-hotline>: a number in Arabic-Indic digits is painted left to right', () => {
  for (const c of CASES)
    it(`${c.display} on a ${c.dir} page: groups in written order, copy and link unchanged`, async () => {
      const wrap = await fixture<HTMLDivElement>(
        html`<div dir=${c.dir} lang=${c.lang}><support-hotline number=${c.number} display-number=${c.display} label="Support"></support-hotline></div>`,
      );
      const el = wrap.querySelector<SupportHotline>('support-hotline')!;
      await el.updateComplete;
      const groups = c.display.match(/[\u0660-\u0669]+/g)!;
      const x = lefts(el, groups);
      for (let i = 1; i < x.length; i++) expect(x[i], `${c.display}: group ${groups[i]} after ${groups[i - 1]}`).to.be.above(x[i - 1]);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[part=number]')!;
      expect(link.getAttribute('href')).to.equal(`tel:${c.number}`);
      // The same characters as written, with only invisible marks added.
      expect(link.textContent!.replace(/\u200e/g, '')).to.equal(c.display);
      await expect(el).to.be.accessible();
      const copied: string[] = [];
      const writeText = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (t: string) => void copied.push(t);
      try {
        shadow(el).querySelector<HTMLButtonElement>('[part=copy]')!.click();
        await el.updateComplete;
      } finally {
        navigator.clipboard.writeText = writeText;
      }
      expect(copied).to.deep.equal([c.number]);
    });
});
