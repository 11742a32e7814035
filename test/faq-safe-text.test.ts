// The FAQ's safe text format (docs/faq.md, issue 19): every construct as a merchant writes it in a data answer,
// the two renderers (one-pass nodes in the browser, Lit templates on the server and while hydrating) giving the
// same markup, and the hostile-input corpus run through each new construct: only p, br, ul, ol, li, strong, em,
// code and a (with a safe href) ever appear, nothing runs, and a megabyte of markers renders in bounded time.
// The server-rendered side of the same cases: test/node/safe-text.test.js and test/ssr-faq-safe-text.test.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import '../src/index.js';
import type { SupportFaq } from '../src/index.js';
import { capture, text } from './helpers.js';
import { installGuard, snapshot } from './hostile/guard.js';
import { everyConstruct, formatCases } from './node/safe-text-cases.js';
import { animations } from './helpers.js';
import { faq, foreign, fuzz, items, plain } from './safe-text-helpers.js';

installGuard();
snapshot();

describe('<support-faq> safe text format: data answers', () => {
  for (const [name, answer, markup] of formatCases) {
    it(`${name}: ${JSON.stringify(answer).slice(0, 60)}`, async () => {
      const errors = capture('error');
      try {
        const el = await faq([answer]);
        expect(items(el)[0].innerHTML).to.equal(markup);
      } finally {
        errors.restore();
      }
      // An answer written in HTML is shown as text and reported once; the format's own constructs never are.
      expect(errors.calls).to.deep.equal(
        /<\/?[a-z][^>]*>/i.test(answer) ? ['<support-faq> items[0].answer: markup is not allowed; it is shown as plain text.'] : [],
      );
    });
  }

  it('keeps the words of two lines apart in search and in the structured data', async () => {
    const el = await fixture<SupportFaq>(
      html`<support-faq searchable search-delay="0" structured-data .items=${[{ question: 'Hours?', answer: 'Monday to Friday\nSaturday 9–12' }]}></support-faq>`,
    );
    expect(items(el)[0].innerHTML).to.equal('<p dir="ltr">Monday to Friday<br>\nSaturday 9–12</p>');
    const ld = JSON.parse(document.head.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(ld.mainEntity[0].acceptedAnswer.text).to.equal('Monday to Friday Saturday 9–12');
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'friday saturday';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    expect(items(el)[0].hidden).to.equal(false);
    document.head.querySelectorAll('script[type="application/ld+json"]').forEach((s) => s.remove());
  });

  it('an answer with every construct is accessible, open, in both directions', async () => {
    const el = await faq([everyConstruct, 'خطوات:\n1. افتح **حسابك** في `طلباتي`\n2. اختر *إرجاع*\n- لا تشارك ***رمزك*** أبداً']);
    el.expandAll();
    await el.updateComplete;
    const [first, second] = items(el);
    expect(first.querySelectorAll('p, br, ol, ul, li, strong, em, code, a').length).to.be.above(12);
    expect(text(first)).to.contain('Find your order number in My orders');
    expect(second.querySelector('ol')!.getAttribute('dir')).to.equal(null);
    expect([...second.querySelectorAll('li')].map((li) => li.dir)).to.deep.equal(['rtl', 'rtl', 'rtl']);
    // Opened answers fade in: axe reads colours once they are done (WebKit measured them half-way).
    await animations(el);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'ar');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('code wraps inside a 320 px wide FAQ; lists indent on the side text starts, in both directions', async () => {
    const answer = 'Use `https://example.com/a/very/long/path/without/any/space/to/break/at/all/ever` and:\n- one';
    const ltr = await fixture<SupportFaq>(html`<support-faq style="width: 320px" .items=${[{ question: 'Code?', answer }]}></support-faq>`);
    const rtl = await fixture<SupportFaq>(html`<support-faq lang="ar" style="width: 320px" .items=${[{ question: 'رمز؟', answer }]}></support-faq>`);
    for (const el of [ltr, rtl]) {
      el.expandAll();
      await el.updateComplete;
      const [it] = items(el);
      const code = it.querySelector('code')!;
      expect(getComputedStyle(code).fontFamily).to.match(/monospace/);
      // Wrapped onto several lines, inside the FAQ: no horizontal scroll.
      expect(code.getClientRects().length).to.be.above(1);
      const box = it.getBoundingClientRect();
      for (const r of code.getClientRects()) expect(r.left >= box.left && r.right <= box.right).to.equal(true);
      expect(el.scrollWidth).to.be.at.most(320);
    }
    const indent = (el: SupportFaq) => {
      const ul = items(el)[0].querySelector('ul')!;
      const style = getComputedStyle(ul);
      return [style.paddingLeft, style.paddingRight, `${1.5 * parseFloat(style.fontSize)}px`];
    };
    const [left, right, em] = indent(ltr);
    expect([left, right]).to.deep.equal([em, '0px']);
    const [rLeft, rRight] = indent(rtl);
    expect([rLeft, rRight]).to.deep.equal(['0px', em]);
  });
});

describe('safe text format: the two renderers', () => {
  it('the templates (server rendering, hydration) and the one-pass nodes give the same markup and check the same links', async () => {
    const { answerNodes, richText } = await import('../src/components/faq/safe-text.js');
    const inputs = [...formatCases.map(([, answer]) => answer), everyConstruct, ...fuzz(600)];
    let formatted = 0;
    for (const input of inputs) {
      const asked: string[][] = [[], []];
      const link = (k: number) => (url: string, label: string) => (asked[k].push(`${label} → ${url}`), /^https:/.test(url) ? url : undefined);
      const nodes = document.createElement('div');
      nodes.append(answerNodes(input, link(0)));
      const templates = document.createElement('div');
      render(richText(input, link(1)), templates);
      formatted += +!!nodes.querySelector('strong, em, code, ol, ul, a');
      expect(plain(templates), JSON.stringify(input)).to.equal(plain(nodes));
      expect(asked[1], JSON.stringify(input)).to.deep.equal(asked[0]);
      expect(foreign(nodes), JSON.stringify(input)).to.deep.equal([]);
    }
    // The random inputs exercise the formatting, not only plain text.
    expect(formatted).to.be.above(inputs.length / 3);
  });
});
