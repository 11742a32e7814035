// Issue 13, round 7, R7-5: a FAQ `tel:` link whose text is the number in Arabic-Indic digits was accepted as the
// number dialled but painted with its groups reversed (`١-٨٠٠-٥٥٥-٠١٠٠` read `٠١٠٠-٥٥٥-٨٠٠-١`), on left-to-right
// and right-to-left pages: the hotline's N3 fix (a left-to-right mark around each separator) was not in the FAQ.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportFaq } from '../src/index.js';
import { animations, ready } from './helpers.js';
import { capture } from './helpers.js';

/** The painted left edge of each group of digits in `link`, in the order they are written. */
function lefts(link: HTMLAnchorElement, groups: string[]): number[] {
  const node = link.firstChild as Text;
  let from = 0;
  return groups.map((g) => {
    const at = node.data.indexOf(g, from);
    from = at + g.length;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + g.length);
    return Math.min(...[...range.getClientRects()].map((r) => r.left));
  });
}

describe('<support-faq>: a tel: link text in Arabic-Indic digits is painted in the order it is written', () => {
  for (const [dir, lang] of [
    ['ltr', 'en'],
    ['rtl', 'ar'],
  ])
    it(`on a ${dir} page, in a data answer`, async () => {
      const errors = capture('error');
      try {
        const answer = 'Call [١-٨٠٠-٥٥٥-٠١٠٠](tel:+18005550100) or [٠٥٠ ١٢٣ ٤٥٦٧](tel:+966501234567).';
        const wrap = await fixture<HTMLDivElement>(
          html`<div dir=${dir} lang=${lang}><support-faq .items=${[{ id: 'call', question: 'How do I call?', answer }]}></support-faq></div>`,
        );
        const el = wrap.querySelector<SupportFaq>('support-faq')!;
        await el.updateComplete;
        // Open: a closed answer has no layout to measure in Firefox and WebKit (no hidden="until-found").
        el.expandAll();
        await ready(el);
        const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('support-faq-item a')];
        await waitUntil(() => links.every((a) => a.getClientRects().length > 0), 'the links are laid out');
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+18005550100', 'tel:+966501234567']);
        for (const [a, shown] of [
          [links[0], '١-٨٠٠-٥٥٥-٠١٠٠'],
          [links[1], '٠٥٠ ١٢٣ ٤٥٦٧'],
        ] as const) {
          // The same characters as written, with only invisible marks added.
          expect(a.textContent!.replace(/\u200e/g, '')).to.equal(shown);
          const groups = shown.match(/[\u0660-\u0669]+/g)!;
          const x = lefts(a, groups);
          for (let i = 1; i < x.length; i++) expect(x[i], `${shown} on ${dir}: ${groups[i]} after ${groups[i - 1]}`).to.be.above(x[i - 1]);
        }
        expect(errors.calls).to.deep.equal([]);
        await animations(el);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });
});
