import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { SupportFaq } from '../src/faq.js';
import { nextFrame } from './helpers.js';

// Issue 19: typing in a long FAQ's search box costs layout whatever the number of in-page items. The browser lays
// out the search box's block again as text is typed into it (twice a keystroke in Chromium); with the in-page
// items as children of that block, each of those layouts went through every item (about 10 ms at 10,000 items
// here, the native <details> list's 0.1 to 0.4 ms). Measured with Chromium's own counters (CDP
// Performance.getMetrics, through the `layout-metrics` command of scripts/a11y-commands.js): Chromium only.

type Metrics = { layoutMs: number; styleMs: number; layouts: number };
const metrics = (): Promise<Metrics> => executeServerCommand('layout-metrics') as Promise<Metrics>;

/** A searchable FAQ of `n` in-page items whose questions all contain "how", searched only when typing stops for a minute. */
async function faqOf(n: number): Promise<SupportFaq> {
  const items = Array.from(
    { length: n },
    (_, i) => `<support-faq-item id="q${i}" question="How do I check payment number ${i}?"><p>Open your account, then item ${i}.</p></support-faq-item>`,
  ).join('');
  const faq = await fixture<SupportFaq>(`<support-faq searchable search-delay="60000">${items}</support-faq>`);
  await faq.updateComplete;
  await nextFrame();
  await nextFrame();
  return faq;
}

/** Milliseconds of layout while typing "how" (every item stays shown) into the FAQ's search box. */
async function layoutWhileTyping(faq: SupportFaq): Promise<number> {
  faq.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!.focus();
  await nextFrame();
  const before = await metrics();
  await sendKeys({ type: 'how' });
  await nextFrame();
  await nextFrame();
  const after = await metrics();
  expect([...faq.querySelectorAll('support-faq-item')].every((it) => !it.hidden)).to.equal(true);
  return after.layoutMs - before.layoutMs;
}

describe('<support-faq> typing in the search box of a long FAQ (Chromium, issue 19)', function () {
  this.timeout(120_000);

  it('costs about as much layout with 4,000 in-page items as with 200', async () => {
    // Each size three times, interleaved, the least of each: the machine's other work falls on both alike.
    const small: number[] = [];
    const large: number[] = [];
    for (let round = 0; round < 3; round++) {
      small.push(await layoutWhileTyping(await faqOf(200)));
      large.push(await layoutWhileTyping(await faqOf(4000)));
    }
    const [s, l] = [Math.min(...small), Math.min(...large)];
    // Before the fix: 20 times the items, about 10 to 20 times the layout (20.3 against 1.3 ms here). Now the
    // items' own block is laid out once, and typing costs the same at both sizes give or take the machine.
    expect(l, `layout while typing: ${l.toFixed(1)} ms with 4,000 items, ${s.toFixed(1)} ms with 200`).to.be.below(3 * s + 2);
  });
});
