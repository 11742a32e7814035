import { expect, fixture, html } from '@open-wc/testing';
import '../src/dispute-checklist.js';
import '../src/center.js';
import type { SupportDisputeChecklist } from '../src/dispute-checklist.js';
import type { CenterConfig, SupportCenter } from '../src/center.js';
import { $, $$, layoutProblems, settle, text, textBoxes, uniqueKey } from './helpers.js';

// An element made narrower after its first layout, as on a phone turned from landscape to portrait. WebKitGTK 2.50
// kept the old height of a wrapping flex row that is a grid item with a fixed `min-block-size` (the checklist's
// heading row and its export buttons): "Change type" overlapped "How did you pay?" and "Save .json" the saved line
// under it (docs/development.md). A page that narrow from the start was fine, so each narrowed layout is compared
// with one made at that width. The checklist is the one element with that pattern; the center holds it.

const NOW = new Date(2026, 10, 24, 10, 0); // 24 November 2026, local time
const WIDE = 600;
/** A phone turned to portrait and back: a 320 px screen's body (304 px), and narrower still (250 px). */
const TURNS = [304, WIDE, 250, WIDE, 304];

/** A box standing for the screen: no padding or border, so `layoutProblems` judges text against it. */
async function screen(width: number, template: ReturnType<typeof html>): Promise<HTMLDivElement> {
  const box = await fixture<HTMLDivElement>(html`<div>${template}</div>`);
  box.style.width = `${width}px`;
  await settle(box.firstElementChild!);
  return box;
}

async function resize(box: HTMLDivElement, width: number): Promise<void> {
  box.style.width = `${width}px`;
  await settle(box.firstElementChild!);
}

/** Where every line of text under `el` is, from the box's corner. */
const lines = (box: HTMLDivElement, el: Element): string[] => textBoxes(el, box.getBoundingClientRect().left, box.getBoundingClientRect().top);

/**
 * The checklist's rows of controls (the heading with "Change type", the export buttons): each child inside its row,
 * and the row's next neighbour below them.
 */
function rowsCut(el: SupportDisputeChecklist): string[] {
  const out: string[] = [];
  for (const row of $$(el, '.head, .actions')) {
    const box = row.getBoundingClientRect();
    const bottom = Math.max(...[...row.children].map((c) => c.getBoundingClientRect().bottom));
    if (bottom > box.bottom + 0.5) out.push(`.${row.className}: ${Math.round(box.height)} px tall, its content ${Math.round(bottom - box.top)} px`);
    const next = row.nextElementSibling;
    if (next && next.getBoundingClientRect().top < bottom - 0.5) out.push(`.${row.className} runs into ${next.localName} "${text(next).slice(0, 30)}"`);
  }
  return out;
}

/** Buttons under 44 px tall: every button but the Forget/Undo link (24 px, WCAG 2.5.8's minimum) promises 44. */
const small = (el: SupportDisputeChecklist): string[] =>
  $$(el, 'button')
    .filter((b) => b.getBoundingClientRect().height < (b.classList.contains('link') ? 24 : 44) - 0.5)
    .map((b) => `${text(b)}: ${b.getBoundingClientRect().height} px`);

describe('narrowed after the first layout (a phone turned from landscape to portrait)', () => {
  afterEach(() => localStorage.clear());

  /** A checklist with one item checked ("Saved on this device" under the export buttons), its picker open or closed. */
  async function checklist(width: number, type: string, picker: boolean): Promise<HTMLDivElement> {
    const box = await screen(
      width,
      html`<support-dispute-checklist type=${type} dispute-id=${uniqueKey('narrow')} storage-key="narrowing" .now=${NOW}></support-dispute-checklist>`,
    );
    const el = box.firstElementChild as SupportDisputeChecklist;
    $<HTMLInputElement>(el, 'input[type=checkbox]').click();
    if (picker) $<HTMLButtonElement>(el, '.change').click();
    await settle(el);
    expect(!!$(el, '[part=storage]'), 'the saved line').to.equal(true);
    expect(!!$(el, '[part=picker]'), 'the type picker').to.equal(picker);
    return box;
  }

  // "Charged twice" and "Change type" share a line at 304 px and wrap at 250; "Item or service not received" wraps at both.
  for (const type of ['duplicate', 'not-received'])
    for (const picker of [false, true])
      it(`<support-dispute-checklist type="${type}">, type picker ${picker ? 'open' : 'closed'}: lays out as if that narrow from the start`, async () => {
        const box = await checklist(WIDE, type, picker);
        const el = box.firstElementChild as SupportDisputeChecklist;
        const wide = lines(box, el);
        // The heading row is 44 px with the picker open ("Change type" hidden) as with it closed; `min-block-size:
        // auto`, which also avoids WebKit's stale height, would make it 24.
        expect($(el, '.head').getBoundingClientRect().height, 'the heading row').to.equal(44);
        for (const width of TURNS) {
          await resize(box, width);
          const at = `${WIDE} → ${width} px`;
          expect(layoutProblems(el, box), at).to.deep.equal([]);
          expect(rowsCut(el), at).to.deep.equal([]);
          expect(small(el), at).to.deep.equal([]);
          if (width === WIDE) {
            expect(lines(box, el), `${at}: as before`).to.deep.equal(wide);
            continue;
          }
          const fresh = await checklist(width, type, picker);
          expect(lines(box, el), `${at}: as a checklist ${width} px wide from the start`).to.deep.equal(lines(fresh, fresh.firstElementChild!));
          fresh.remove();
        }
      });

  it('<support-center> with the checklist in it: nothing overlaps or is cut after each turn', async function () {
    // Four elements laid out six times: 2.4 s in WebKit alone, more on a loaded machine.
    this.timeout(30_000);
    const config: CenterConfig = {
      faq: { items: [{ id: 'dispute-how', question: 'How do I dispute a charge?', answer: 'The [dispute checklist](#dispute) lists the evidence.' }] },
      hotline: {
        lines: [
          {
            label: 'Customer support',
            number: '+18005550100',
            display: '1-800-555-0100',
            languages: 'en',
            hours: 'Mo-Fr 09:00-18:00',
            timezone: 'America/New_York',
          },
        ],
      },
      callPrep: { noPersist: true },
      dispute: { type: 'duplicate', transactionDate: '2026-11-01', storageKey: 'narrowing-center' },
    };
    const box = await screen(WIDE, html`<support-center .now=${NOW} .config=${config}></support-center>`);
    const center = box.firstElementChild as SupportCenter;
    await settle(center);
    const el = $<SupportDisputeChecklist>(center, 'support-dispute-checklist');
    $<HTMLInputElement>(el, 'input[type=checkbox]').click();
    await settle(center);
    // The checklist's lines only: textBoxes also lists the closed FAQ answer's text, which WebKit gives boxes in
    // the first layout and none after (hidden either way: layoutProblems skips it).
    const wide = lines(box, el);
    for (const width of TURNS) {
      await resize(box, width);
      const at = `${WIDE} → ${width} px`;
      expect(layoutProblems(center, box), at).to.deep.equal([]);
      expect(rowsCut(el), at).to.deep.equal([]);
      if (width === WIDE) expect(lines(box, el), `${at}: as before`).to.deep.equal(wide);
    }
  });
});
