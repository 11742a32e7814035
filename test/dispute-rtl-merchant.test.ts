// The merchant's own text in a right-to-left dispute checklist (outside check c20b-3): the intro (a type's
// description), an item's label and description (`reason`) and a payment kind's label come from the merchant, in
// whatever language. Each is isolated (dir="auto" / <bdi>, as the hotline's label and note, C20-5), so an English
// sentence in a Hebrew or Arabic checklist keeps its full stop at its end, on its right.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportDisputeChecklist } from '../src/index.js';
import { $, $$ } from './helpers.js';

const intro = 'Paid Northwind Gadgets $89.00 for a speaker that never arrived? Your ticks stay on this device.';
const label = 'ExamplePay case no.';
const reason = 'From our support chat or hotline, if you contacted us.';
const kind = 'Balance (ExamplePay)';

/** The left edges on screen of the first and last characters of `text` (in `root`'s shadow tree). */
function ends(root: ShadowRoot, text: string): { first: number; last: number; node: Text } {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(text);
    if (at < 0) continue;
    const left = (i: number) => {
      const range = document.createRange();
      range.setStart(n, at + i);
      range.setEnd(n, at + i + 1);
      return range.getBoundingClientRect().left;
    };
    return { first: left(0), last: left(text.length - 1), node: n };
  }
  throw new Error(`"${text}" not found`);
}

describe("<support-dispute-checklist> the merchant's English text in a right-to-left checklist", () => {
  for (const lang of ['he', 'ar']) {
    it(`keeps the intro, a custom item and a payment kind in English order in ${lang === 'he' ? 'Hebrew' : 'Arabic'}`, async () => {
      const box = await fixture<HTMLElement>(html`<div lang=${lang}>
        <support-dispute-checklist
          type="not-received"
          transaction-date="2026-11-20"
          .now=${new Date('2026-12-01T12:00:00Z')}
          storage-key="rtl-merchant"
          .regimes=${['visa', { id: 'custom', label: kind }]}
          .types=${[{ id: 'not-received', extend: true, description: intro, items: [{ id: 'case', label, reason }] }]}
        ></support-dispute-checklist>
      </div>`);
      box.style.width = '1400px';
      const el = box.querySelector<SupportDisputeChecklist>('support-dispute-checklist')!;
      await waitUntil(() => $(el, '[part=base]')?.getAttribute('dir') === 'rtl', `${lang} loaded`, { timeout: 3000 });
      const root = el.shadowRoot!;
      for (const text of [intro, label, reason, kind]) {
        const { first, last, node } = ends(root, text);
        // Isolated: its own element takes its direction from its own text (dir="auto" or <bdi>).
        const own = node.parentElement!;
        expect(own.localName === 'bdi' || own.getAttribute('dir') === 'auto', `"${text}" in <${own.localName}>`).to.equal(true);
        expect(own.matches(':dir(ltr)'), `"${text}" reads left to right`).to.equal(true);
        // The closing punctuation ends the text on its right, as English reads, not on its left.
        expect(last, `"${text}": its last character`).to.be.above(first);
      }
      // The Hebrew/Arabic around them is untouched: the page's own strings stay right to left.
      expect($$(el, 'legend').every((l) => l.matches(':dir(rtl)'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});
