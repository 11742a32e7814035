// The safe text format against hostile input (issue 19): the hostile corpus inside every construct, markup in code
// spans and italic, and megabytes of markers rendered in linear time. Long suite (`npm run test:long`, Chromium):
// the megabyte answers and the corpus take minutes in WebKit's driver, and time budgets need a quiet machine.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SupportFaq } from '../../src/index.js';
import { capture, unseen } from '../helpers.js';
import { installGuard, problems, snapshot } from './guard.js';
import { isBig, payloads } from './payloads.js';
import { faq, foreign, items, limit, MB, NEW_PAYLOADS, P, WRAPS } from '../safe-text-helpers.js';

installGuard();
snapshot();

describe('safe text format: hostile input', () => {
  afterEach(() => document.head.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove()));

  it('the hostile-input corpus inside every new construct, and the new payload classes: only the allowed elements, nothing runs', async function () {
    this.timeout(120_000);
    const corpus = payloads.filter((p) => !isBig(p)).map((p) => p.text);
    const answers = [...corpus.flatMap((p) => WRAPS.map((wrap) => wrap(p))), ...NEW_PAYLOADS, ...NEW_PAYLOADS.flatMap((p) => WRAPS.map((wrap) => wrap(p)))];
    const errors = capture('error');
    try {
      // Two FAQs: each under the 2,000 data items shown at most.
      for (const half of [answers.slice(0, answers.length / 2), answers.slice(answers.length / 2)]) {
        const reported = errors.calls.length;
        const el = await faq(half);
        const shown = items(el);
        // An answer a reader cannot see (a payload of only zero width or bidi characters) is reported as empty
        // and its item left out (c22-5).
        expect(shown).to.have.length(half.filter((a) => !unseen(a)).length);
        expect(errors.calls.slice(reported).filter((e) => /answer needs its text/.test(e))).to.have.length(half.filter(unseen).length);
        expect(shown.flatMap(foreign)).to.deep.equal([]);
        // The payloads went through the new constructs, not around them.
        expect(shown.filter((it) => it.querySelector('em, code, ol, br')).length).to.be.above(half.length / 2);
        expect(problems(el, errors.calls)).to.deep.equal([]);
        el.remove();
      }
    } finally {
      errors.restore();
    }
  });

  it('keeps markup in code spans and italic as text', async () => {
    const errors = capture('error');
    const el = await faq([`\`<img src=x onerror=${P}>\` and *<script>${P}</script>* and _javascript:alert(1)_`]).finally(errors.restore);
    // The merchant is told once that the answer's markup shows as text.
    expect(errors.calls).to.deep.equal(['<support-faq> items[0].answer: markup is not allowed; it is shown as plain text.']);
    const [it] = items(el);
    expect(it.querySelector('code')!.textContent).to.equal(`<img src=x onerror=${P}>`);
    expect(it.querySelector('em')!.textContent).to.equal(`<script>${P}</script>`);
    expect(it.querySelectorAll('em')[1].textContent).to.equal('javascript:alert(1)');
    expect(foreign(it)).to.deep.equal([]);
  });

  /** [what, the answer, elements it must give, how many (0: some)]: the scanner still formats after a megabyte of markers. */
  const huge: [string, string, string, number][] = [
    ['a megabyte of *', `${'*'.repeat(MB)} *a*`, 'em', 1],
    ['a megabyte of _', `${'_'.repeat(MB)} _a_`, 'em', 1],
    ['a megabyte of backticks', `${'`'.repeat(MB)} \`a\``, 'code', 1],
    ['a megabyte of "*a _b **c `d "', '*a _b **c `d '.repeat(MB / 13), 'code', 0],
    // Items with something to see: a marker alone is text (c23-5), and a megabyte of it is a paragraph of line breaks.
    ['a megabyte of "1. x" lines', '1. x\n'.repeat(MB / 4), 'ol > li', MB / 4],
    ['a megabyte of "1. " lines, markers alone', '1. \n'.repeat(MB / 4), 'br', MB / 4 - 1],
    // As many elements as the largest answers of test/huge-input.test.ts make (the DOM, not the scan, costs here).
    ['`a` 40,000 times', '`a` '.repeat(40_000), 'code', 40_000],
    ['"- *x*" lines 20,000 times', '- *x*\n'.repeat(20_000), 'li > em', 20_000],
  ];
  for (const [name, answer, selector, count] of huge) {
    it(`renders ${name} in linear time, with only the allowed elements`, async function () {
      this.timeout(60_000);
      const el = await fixture<SupportFaq>(html`<support-faq></support-faq>`);
      const start = performance.now();
      el.items = [{ question: 'Huge?', answer }];
      await el.updateComplete;
      const took = performance.now() - start;
      const [it] = items(el);
      expect(foreign(it)).to.deep.equal([]);
      const found = it.querySelectorAll(selector).length;
      if (count) expect(found).to.equal(count);
      else expect(found).to.be.above(0);
      expect(took).to.be.below(limit(it.querySelectorAll('*').length));
    });
  }
});
