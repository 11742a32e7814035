import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { capture } from './helpers.js';

// Every HTML example in README.md and docs/ is what a merchant pastes: each must render every element it
// shows, with no console error (a bad attribute or config in an example logs one) and no axe violation.
const PAGES = [
  'README.md',
  ...[
    'center',
    'builder',
    'faq',
    'hotline',
    'call-prep',
    'dispute-checklist',
    'react',
    'frameworks',
    'theming',
    'accessibility',
    'languages',
    'configuration',
    'security',
    'performance',
    'development',
  ].map((name) => `docs/${name}.md`),
];

interface Example {
  page: string;
  line: number;
  code: string;
}

async function examples(): Promise<Example[]> {
  const found: Example[] = [];
  for (const page of PAGES) {
    const response = await fetch(`/${page}`);
    expect(response.ok, `${page} is served`).to.be.true;
    const lines = (await response.text()).split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i].trim() !== '```html') continue;
      const start = i + 1;
      while (++i < lines.length && lines[i].trim() !== '```');
      const code = lines.slice(start, i).join('\n');
      if (/<support-[a-z-]+/.test(code)) found.push({ page, line: start, code });
    }
  }
  return found;
}

/** The example as nodes: its own script tags that load the bundle are dropped (the test has loaded it). */
function nodes(code: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${code}</body>`, 'text/html');
  doc.querySelectorAll('script[src]').forEach((s) => s.remove());
  // Inline scripts other than JSON config would not run when imported: none may be needed to render.
  doc.querySelectorAll('script:not([type="application/json"])').forEach((s) => s.remove());
  return [...doc.body.childNodes].map((n) => document.importNode(n, true));
}

const ALL = await examples();

describe('The examples in README.md and docs/', () => {
  it('are there: the README shows one example per element, each element page its own', () => {
    const all = ALL;
    const readme = all.filter((e) => e.page === 'README.md').map((e) => e.code);
    for (const tag of ['support-center', 'support-faq', 'support-hotline', 'support-call-prep', 'support-dispute-checklist']) {
      expect(
        readme.some((code) => code.includes(`<${tag}`)),
        `README example of <${tag}>`,
      ).to.be.true;
    }
    expect(all.length).to.be.greaterThan(12);
  });

  for (const example of ALL) {
    const where = `${example.page}:${example.line}`;
    it(`${where} renders every element it shows, with no console error and no axe violation`, async () => {
      const host = document.createElement('div');
      const errors = capture('error');
      try {
        host.append(...nodes(example.code));
        document.body.append(host);
        const elements = [...host.querySelectorAll('*')].filter((e) => e.localName.startsWith('support-'));
        expect(elements.length).to.be.greaterThan(0);
        for (const el of elements) {
          expect(customElements.get(el.localName), `<${el.localName}> is defined`).to.exist;
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          await waitUntil(() => (el.shadowRoot?.childElementCount ?? 0) > 0, `<${el.localName}> renders`);
        }
        expect(errors.calls, 'console errors').to.deep.equal([]);
        await expect(host).to.be.accessible();
      } finally {
        errors.restore();
        host.remove();
      }
    });
  }
});
