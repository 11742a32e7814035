// A hotline in a narrow right-to-left card (issue 20, outside check C20-5): a time zone and the example number
// never break across lines, and the merchant's own English label and note keep their punctuation where English
// puts it inside the Hebrew and Arabic cards.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportHotline } from '../src/index.js';
import { $ } from './helpers.js';

/** The lines (by their top) that the text `part` of `node`'s text takes. */
function linesOf(root: Element, part: string): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(part);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + part.length);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  }
  throw new Error(`"${part}" not found`);
}

/** A character's left edge on screen, in `root`'s first text node holding `text`. */
function leftOf(root: Element, text: string, index: number): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at + index);
    range.setEnd(n, at + index + 1);
    return range.getBoundingClientRect().left;
  }
  throw new Error(`"${text}" not found`);
}

async function card(lang: string, width: number, extra = {}): Promise<[HTMLElement, SupportHotline]> {
  const box = await fixture<HTMLElement>(html`<div lang=${lang}>
    <support-hotline
      .lines=${[{ number: '+18005550100', label: 'Support line', note: 'Answered in Arabic from Dubai.', hours: 'Mo-Fr 08:00-17:00', timezone: 'America/New_York', ...extra }]}
      callback-endpoint="/__callback?key=rtl-wrap"
      .viewerTimeZone=${'Asia/Jerusalem'}
      .now=${new Date('2026-12-06T23:30:00Z')}
    ></support-hotline>
  </div>`);
  box.style.width = `${width}px`;
  const el = box.querySelector('support-hotline')!;
  await waitUntil(() => $(el, '[part=base]')?.getAttribute('dir') === 'rtl', `${lang} loaded`, { timeout: 3000 });
  return [box, el];
}

describe('<support-hotline> right to left at narrow widths', () => {
  it("keeps the line's time zone on one line at every width from 200 to 420 px (Hebrew)", async () => {
    const [box, el] = await card('he', 320);
    const status = $(el, '[part=status]');
    const zone = /GMT\S*\d/.exec(status.textContent!)![0];
    for (let w = 200; w <= 420; w += 2) {
      box.style.width = `${w}px`;
      expect(linesOf(status, zone), `${zone} at ${w} px`).to.equal(1);
    }
  });

  it('keeps the example callback number on one line at every width from 200 to 420 px (Hebrew)', async () => {
    const [box, el] = await card('he', 320);
    $(el, '[part=callback]').click();
    await el.updateComplete;
    const hint = $(el, '#cbh');
    for (let w = 200; w <= 420; w += 2) {
      box.style.width = `${w}px`;
      expect(linesOf(hint, '+44 20 7946 0000'), `at ${w} px`).to.equal(1);
    }
  });

  it("shows the merchant's English label and note in English order in an Arabic and a Hebrew card", async () => {
    for (const lang of ['ar', 'he']) {
      const [, el] = await card(lang, 1000);
      const note = 'Answered in Arabic from Dubai.';
      // The full stop ends the sentence on its right, as English reads, not on its left.
      expect(leftOf(el.shadowRoot!.querySelector('li')!, note, note.length - 1), `${lang}: the full stop`).to.be.above(
        leftOf(el.shadowRoot!.querySelector('li')!, note, 0),
      );
      const label = $(el, '[part=label]');
      expect(getComputedStyle(label).direction, `${lang}: the label`).to.equal('ltr');
    }
  });
});
