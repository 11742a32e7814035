// Three classes of hostile input at the library's boundaries (issue 13): a host page's polluted
// Object.prototype, hostile URLs for the call form's `endpoint` and the center's `src`, and huge inputs.
// After each: nothing from the pollution shows, no request left, no uncaught error, no long task over the
// limit. Prints one totals line.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { SupportCallPrep } from '../../src/index.js';
import { capture, settle } from '../helpers.js';
import { foreignRequests, installGuard, problems, REPORT, snapshot, uncaughtErrors } from './guard.js';

installGuard();
snapshot();

const NOW = new Date('2026-11-24T15:45:00Z');
const MARK = 'HOSTILE-PROTO';
/** Keys the elements read from configs, set on Object.prototype one at a time. */
const KEYS = [
  'endpoint',
  'src',
  'verifyUrl',
  'display',
  'number',
  'label',
  'note',
  'hint',
  'items',
  'lines',
  'fields',
  'topics',
  'types',
  'storageKey',
  'sections',
  'faq',
  'hotline',
  'callPrep',
  'dispute',
  'question',
  'answer',
  'category',
  'description',
  'reason',
  'options',
  'what',
  'account',
  'reporter',
  'undone',
  'search',
  'safety',
];
const VALUES = (key: string): unknown[] => [
  `${MARK} https://evil.example/${key}`,
  [{ question: MARK, answer: MARK, number: '+19005550199', id: 'x', label: MARK, items: [{ id: 'y', label: MARK }] }],
  { items: [{ question: MARK, answer: MARK }], lines: [{ number: '+19005550199', label: MARK }] },
];
const ELEMENTS = [
  () => html`<support-faq searchable structured-data .items=${[{ question: 'Q?', answer: 'A [link](https://example.com).' }]}></support-faq>`,
  () => html`<support-hotline .lines=${[{ number: '+18005550100' }]} .now=${NOW}></support-hotline>`,
  () => html`<support-call-prep .now=${NOW}></support-call-prep>`,
  () => html`<support-dispute-checklist type="other" .now=${NOW}></support-dispute-checklist>`,
  () =>
    html`<support-center .config=${{ faq: { items: [{ question: 'Q?', answer: 'A.' }] }, hotline: { lines: [{ number: '+18005550100' }] } }} .now=${NOW}></support-center>`,
];
const URLS = (other: string, port: number): string[] => [
  `${other}/__boundaries/answer`,
  `http://localhost:${port}/x`,
  `http://127.0.0.1:${port}/x`,
  'http://evil.example/x',
  'HTTP://EVIL.EXAMPLE/x',
  '//evil.example/x',
  ' http://evil.example/x',
  'data:application/json,{}',
  'blob:https://evil.example/1',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'vbscript:x',
  'file:///etc/passwd',
  'ftp://evil.example/x',
  'ws://evil.example/x',
  'about:blank',
];

let tries = 0;
let requests = 0;
let longest = 0;

function deepText(root: Node): string {
  let out = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) out += n.nodeValue;
    if (n instanceof Element) {
      out += [...n.attributes].map((a) => a.value).join(' ');
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe('hostile boundaries: polluted Object.prototype', () => {
  afterEach(() => localStorage.clear());

  it('no config key set on Object.prototype shows, sends or stores anything', async function () {
    this.timeout(300_000);
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL) => (requests++, Promise.reject(new TypeError(`no request expected: ${String(input)}`)));
    try {
      for (const key of KEYS) {
        for (const value of VALUES(key)) {
          for (const make of ELEMENTS) {
            const errors = capture('error');
            Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true });
            try {
              const el = await fixture(make());
              await settle(el);
              if (el.localName === 'support-call-prep') {
                (el as SupportCallPrep).shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
                await settle(el);
              }
              tries++;
              const found = deepText(el) + JSON.stringify({ ...localStorage }) + [...document.head.querySelectorAll('script')].map((s) => s.text).join('');
              expect(found.includes(MARK) || found.includes('9005550199'), `${key} on ${el.localName}`).to.equal(false);
              expect(
                problems(
                  el,
                  errors.calls.filter((c) => !REPORT.test(c)),
                ),
                `${key} on ${el.localName}`,
              ).to.deep.equal([]);
              el.remove();
            } finally {
              delete (Object.prototype as Record<string, unknown>)[key];
              errors.restore();
            }
          }
        }
      }
    } finally {
      window.fetch = original;
    }
    expect(requests).to.equal(0);
  });
});

describe('hostile boundaries: endpoint and src', () => {
  it('no hostile URL is ever requested', async function () {
    this.timeout(120_000);
    const other = location.origin.replace(location.hostname, location.hostname === 'localhost' ? '127.0.0.1' : 'localhost');
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL) => (requests++, Promise.reject(new TypeError(`no request expected: ${String(input)}`)));
    try {
      for (const url of URLS(other, Number(location.port) + 1)) {
        const errors = capture('error');
        try {
          const prep = await fixture<SupportCallPrep>(html`<support-call-prep no-persist endpoint=${url} .now=${NOW}></support-call-prep>`);
          const set = (name: string, value: string): void => {
            const c = prep.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
            c.value = value;
            c.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          };
          set('topic', 'other');
          set('account', 'a@example.com');
          set('what', 'x');
          await prep.updateComplete;
          prep.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
          await settle(prep);
          const center = await fixture(html`<support-center src=${url}></support-center>`);
          await settle(center);
          tries += 2;
          expect(
            errors.calls.filter((c) => !REPORT.test(c)),
            url,
          ).to.deep.equal([]);
          expect(errors.calls, url).to.have.length(2);
        } finally {
          errors.restore();
        }
      }
    } finally {
      window.fetch = original;
    }
    expect(requests).to.equal(0);
    expect(foreignRequests()).to.deep.equal([]);
  });
});

// 100,000 of each is in test/huge-input.test.ts; here every element at two sizes, with the guard's checks.
const SIZES = [1_000, 10_000];
describe('hostile boundaries: huge inputs', () => {
  it('no huge list blocks the page for more than 200 ms in one task, nor a 320 KB answer for more than 1 s', async function () {
    this.timeout(600_000);
    for (const n of SIZES) {
      const cases = [
        () =>
          html`<support-hotline .lines=${Array.from({ length: n }, (_, i) => ({ number: `+1800555${String(i % 10_000).padStart(4, '0')}` }))} .now=${NOW}></support-hotline>`,
        () =>
          html`<support-dispute-checklist type="t" no-built-ins .types=${[{ id: 't', label: 'T', items: Array.from({ length: n }, (_, i) => ({ id: `e${i}`, label: `E ${i}`, required: true })) }]} .now=${NOW}></support-dispute-checklist>`,
        () =>
          html`<support-faq structured-data .items=${Array.from({ length: n }, (_, i) => ({ question: `Q ${i}?`, answer: `**A** [${i}](https://example.com/${i})` }))}></support-faq>`,
        () => html`<support-faq structured-data .items=${[{ question: 'Big?', answer: '**a** [b](https://example.com) '.repeat(n) }]}></support-faq>`,
      ];
      for (const make of cases) {
        const errors = capture('error');
        const durations: number[] = [];
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => durations.push(e.duration)));
        observer.observe({ type: 'longtask' });
        try {
          const el = await fixture(make());
          await settle(el);
          await new Promise((resolve) => setTimeout(resolve, 50));
          observer.takeRecords().forEach((e) => durations.push(e.duration));
          tries++;
          const worst = Math.max(0, ...durations);
          longest = Math.max(longest, worst);
          // One answer is rendered in one task (docs/security.md: a 1 MB answer of bold text and links, about
          // 66,000 elements, is a task of about 1.1 s): 320 KB of it gets the time that size costs, 1 s at most;
          // everything else, and a 32 KB answer, stays under 200 ms.
          const budget = make === cases[3] && n === 10_000 ? 1000 : 200;
          expect(worst, `${el.localName} with ${n}`).to.be.below(budget);
          expect(errors.calls.filter((c) => !REPORT.test(c))).to.deep.equal([]);
          el.remove();
        } finally {
          observer.disconnect();
          errors.restore();
        }
      }
    }
    expect(uncaughtErrors()).to.deep.equal([]);
  });
});

// Mocha runs a suite's own tests before its nested suites: the totals live in a suite of their own, after.
describe('hostile boundaries totals', () => {
  after(() =>
    console.log(
      `hostile boundaries: ${KEYS.length} polluted keys × 3 values × ${ELEMENTS.length} elements, ${URLS('', 0).length} hostile URLs × 2 paths, huge inputs × ${4 * SIZES.length} = ${tries} tries, requests sent: ${requests}, longest task: ${Math.round(longest)} ms`,
    ),
  );
  it('counts', () => expect(tries).to.be.above(0));
});
