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
import { installGuard, problems, snapshot } from './hostile/guard.js';
import { isBig, payloads } from './hostile/payloads.js';
import { everyConstruct, formatCases } from './node/safe-text-cases.js';

installGuard();
snapshot();

const MB = 1 << 20;
/**
 * Milliseconds an answer may take at most: 1 s, as test/huge-input.test.ts allows for its largest answers (about
 * 40,000 elements), and as much again per 40,000 elements an answer makes (a megabyte of `1. ` lines makes 262,144
 * list items: the browser's work grows with them). Linear, so a scan that backtracked quadratically over a megabyte
 * (minutes) still fails.
 */
const limit = (elements: number): number => 1000 * Math.max(1, elements / 40_000);
const P = 'window.__pwned=1';
const items = (el: SupportFaq): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('#data > support-faq-item')];
const faq = (answers: string[]) =>
  fixture<SupportFaq>(html`<support-faq .items=${answers.map((answer, i) => ({ id: `a${i}`, question: `Question ${i}?`, answer }))}></support-faq>`);

const ALLOWED = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'a']);
/** What in an answer is not one of the format's elements and attributes: a link only to https:, http:, mailto: or tel:. */
function foreign(answer: Element): string[] {
  const found: string[] = [];
  for (const el of answer.querySelectorAll('*')) {
    if (!ALLOWED.has(el.localName)) found.push(`<${el.localName}>`);
    if (el.shadowRoot) found.push(`a shadow root on <${el.localName}>`);
    for (const { name, value } of el.attributes) {
      const ok =
        (name === 'dir' && /^(?:ltr|rtl)$/.test(value) && (el.localName === 'p' || el.localName === 'li')) ||
        (name === 'start' && el.localName === 'ol' && /^\d+$/.test(value)) ||
        (name === 'href' && el.localName === 'a' && ['https:', 'http:', 'mailto:', 'tel:'].includes(new URL(value, location.href).protocol));
      if (!ok) found.push(`${name}="${value.slice(0, 40)}" on <${el.localName}>`);
    }
  }
  return found;
}

/** The markup of a tree without Lit's comment markers, adjacent text joined: what a reader's DOM holds. */
function plain(root: HTMLElement): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n as ChildNode);
  comments.forEach((c) => c.remove());
  root.normalize();
  return root.innerHTML;
}

/** A small seeded generator (mulberry32): the same inputs in every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Answers made of the format's markers, words, spaces and line breaks in random order. */
function fuzz(n: number): string[] {
  const next = random(19);
  const parts = [
    '*',
    '**',
    '***',
    '_',
    '__',
    '`',
    '``',
    '[',
    '](',
    ')',
    'https://example.com/a_b',
    'javascript:x',
    '\\',
    'word',
    'a',
    ' ',
    '\n',
    '\n\n',
    '- ',
    '* ',
    '1. ',
    '7) ',
    'نص',
    '(',
    '<b>',
  ];
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(next() * 16) }, () => parts[Math.floor(next() * parts.length)]).join(''));
}

describe('<support-faq> safe text format: data answers', () => {
  for (const [name, answer, markup] of formatCases) {
    it(`${name}: ${JSON.stringify(answer).slice(0, 60)}`, async () => {
      const el = await faq([answer]);
      expect(items(el)[0].innerHTML).to.equal(markup);
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

/** Each payload inside each new construct. */
const WRAPS: ((p: string) => string)[] = [
  (p) => `**${p}**`,
  (p) => `*${p}*`,
  (p) => `_${p}_`,
  (p) => `***${p}***`,
  (p) => `\`${p}\``,
  (p) => `- ${p}\n* ${p}`,
  (p) => `1. ${p}\n2) ${p}`,
  (p) => `${p}\n${p}`,
  (p) => `**a *${p}* b**`,
  (p) => `\\${p}\\`,
];

/** New classes of payload: markers around markup and URL schemes, unbalanced and nested markers, right-to-left list items. */
const NEW_PAYLOADS = [
  `**<script>${P}</script>**`,
  `*<img src=x onerror=${P}>*`,
  `_<img src=x onerror=${P}>_`,
  `***<svg onload=${P}>***`,
  `\`<script>${P}</script>\``,
  `\`<img src=x onerror=${P}>\``,
  `\`javascript:${P}\``,
  `*javascript:${P}*`,
  `_javascript:${P}_`,
  `[\`x\`](javascript:${P})`,
  `[*x*](javascript:${P})`,
  `\`[x](javascript:${P})\``,
  `**[x](javascript:${P})**`,
  `_[x](data:text/html,<script>${P}</script>)_`,
  `*[x](https://example.com/) [y](javascript:${P})*`,
  `- [x](javascript:${P})\n1. \`<img src=x onerror=${P}>\``,
  '***a**',
  '**a***',
  '*a **b* c**',
  '_a *b_ c*',
  '**_*`a`*_**',
  `${'*'.repeat(7)}a${'_'.repeat(5)}`,
  '`` ` ``` `',
  '[**](*)',
  '\\**a**',
  '**\\**',
  '`\\`',
  `${'*a '.repeat(500)}${'_b '.repeat(500)}`,
  `${'**'.repeat(1000)}x`,
  `- \u202Eevil.example\u202C`,
  `1. مرحبا *<img src=x onerror=${P}>*`,
  '- שלום **עולם**\n- \u2067+1 800 555 0199\u2069',
  '3) \u202Egnp.exe *x*\n4) \u061c**ب**',
];

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
        const el = await faq(half);
        const shown = items(el);
        expect(shown).to.have.length(half.length);
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
    const el = await faq([`\`<img src=x onerror=${P}>\` and *<script>${P}</script>* and _javascript:alert(1)_`]);
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
    ['a megabyte of "1. " lines', '1. \n'.repeat(MB / 4), 'ol > li', MB / 4],
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
