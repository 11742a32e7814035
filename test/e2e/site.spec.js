// The documentation site (`npm run docs:site`, issue 21), built here from docs/, the manifest and cdn/ (a build
// is needed), served under /site/ (a path prefix, as a static host may give it) and visited page by page as
// a reader would: no console error or failed request, nothing from another origin, every live example's
// element defined and rendered in its sandboxed preview, axe clean in the page and in every preview, every
// link resolving (to a page, and to its heading when it names one). `npm run test:long` runs it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isLive } from '../../docsite/lib/markdown.js';
import { test, expect } from './fixtures.js';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ORIGIN = () => process.env.PAGES_ORIGIN;
const BASE = '/site/';

// The pages the site must have: its home, one per page of docs/, and the builder when the demo has it.
const DOCS = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.replace(/\.md$/, '.html'));
const BUILDER = existsSync('demo/builder.html') ? ['demo/builder.html'] : [];
const PAGES = ['index.html', ...DOCS, ...BUILDER];
/** How many of a page's HTML examples show an element and run no script of their own (docsite/lib/markdown.js). */
const liveIn = (file) => [...readFileSync(file, 'utf8').matchAll(/^```html\n([\s\S]*?)\n```$/gm)].filter((m) => isLive(m[1])).length;

// No preload: axe fetches the style sheets again for its CSSOM checks, which a preview (an opaque origin)
// may not read without CORS headers; the page's own styles are checked through the rendered result.
// landmark-unique runs in each document alone: a preview is a document of its own, and the previews of one
// element's examples repeat that element's landmarks, as any two pages showing it would.
const OPTIONS = { resultTypes: ['violations'], preload: false, rules: { 'landmark-unique': { enabled: false } } };
const PER_DOCUMENT = { resultTypes: ['violations'], preload: false, iframes: false, runOnly: ['landmark-unique'] };

/** axe over the page and every frame in it, whatever their origin (the previews' is opaque): axe's own
 * partial runs, frame by frame in axe's order, finished in a blank page (as @axe-core/playwright does). */
async function axe(page) {
  const partials = [];
  const alone = [];
  const run = async (frame, context) => {
    await frame.evaluate(AXE);
    const children = await frame.evaluate((c) => window.axe.utils.getFrameContexts(c), context);
    partials.push(await frame.evaluate(([c, o]) => window.axe.runPartial(c, o), [context, OPTIONS]));
    const own = await frame.evaluate((o) => window.axe.run(document, o), PER_DOCUMENT);
    alone.push(...own.violations.map((v) => `${v.id}: ${v.help} (${frame.name() || frame.url()}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')})`));
    for (const { frameSelector, frameContext } of children) {
      const child = await (await frame.locator(frameSelector).elementHandle()).contentFrame();
      await run(child, frameContext);
    }
  };
  await run(page.mainFrame(), { exclude: [] });
  const blank = await page.context().newPage();
  try {
    await blank.evaluate(AXE);
    const results = await blank.evaluate(([p, o]) => window.axe.finishRun(p, o), [partials, OPTIONS]);
    return [...results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`), ...alone];
  } finally {
    await blank.close();
  }
}

/** Each preview's elements: defined, with a shadow root that shows something. */
async function examples(page) {
  const out = [];
  for (const handle of await page.locator('iframe[data-example-preview]').elementHandles()) {
    const title = await handle.getAttribute('title');
    const frame = await handle.contentFrame();
    await expect
      .poll(
        () =>
          frame.evaluate(() => {
            const els = [...document.querySelectorAll('main *')].filter((el) => el.localName.startsWith('support-') && !el.parentElement.closest('[slot]'));
            return els.length > 0 && els.every((el) => customElements.get(el.localName) && el.shadowRoot?.textContent.trim());
          }),
        { message: `${title}: every element is defined and renders into its shadow root` },
      )
      .toBe(true);
    out.push(title);
  }
  return out;
}

/** Whether `id` is an element's id in the page at `url`, as served (light DOM: the site's headings). */
const idsOf = new Map();
async function hasId(request, url, id) {
  if (!idsOf.has(url)) {
    const html = await (await request.get(url)).text();
    idsOf.set(url, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"'))));
  }
  return idsOf.get(url).has(id);
}

test.describe('the documentation site', () => {
  test.beforeAll(() => {
    // Eleventy alone: the library's build is the page checks' precondition (global-setup.js).
    execFileSync('npx', ['--no-install', 'eleventy', '--config=docsite/eleventy.config.js', '--quiet'], { stdio: 'pipe' });
  });

  test('has a page for each page of docs/, the library from its own cdn/, no inline script or style, and its CSP on every page', async () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/;
    for (const name of ['index.html', ...DOCS]) {
      const html = readFileSync(`site/${name}`, 'utf8');
      expect.soft(html, `${name}: CSP`).toMatch(csp);
      const policy = csp.exec(html)?.[1].replace(/&#39;/g, "'") ?? '';
      expect.soft(policy, `${name}: scripts and styles only from the site's files`).toContain("script-src 'self'; style-src 'self'");
      expect.soft(policy, `${name}: Trusted Types`).toContain("require-trusted-types-for 'script'");
      expect.soft(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], `${name}: no inline script`).toEqual([]);
      expect.soft(html.match(/\sstyle="|<style/g) ?? [], `${name}: no inline style`).toEqual([]);
      // Relative links only, so the site works under any path of a static host.
      expect.soft(html.match(/\s(?:href|src)="\/[^"]*"/g) ?? [], `${name}: no root-relative URL`).toEqual([]);
    }
    for (const file of ['support-widgets.js', 'support-widgets.iife.js']) expect(readFileSync(`site/cdn/${file}`)).toEqual(readFileSync(`cdn/${file}`));
  });

  test('reaches every page from its home page by its links, and no page it does not build', async ({ request }) => {
    const found = new Set();
    const queue = ['index.html'];
    while (queue.length) {
      const name = queue.shift();
      if (found.has(name)) continue;
      found.add(name);
      const html = await (await request.get(`${ORIGIN()}${BASE}${name}`)).text();
      for (const [, href] of html.matchAll(/<a\s[^>]*href="([^"#]+)(?:#[^"]*)?"/g)) {
        const url = new URL(href.replace(/&amp;/g, '&'), `${ORIGIN()}${BASE}${name}`);
        const path = url.pathname.slice(BASE.length);
        // The site's own pages (the demo's other pages are the demo's: served.spec.js checks them).
        if (url.origin === ORIGIN() && url.pathname.startsWith(BASE) && path.endsWith('.html') && (!path.startsWith('demo/') || BUILDER.includes(path)))
          queue.push(path);
      }
    }
    expect([...found].sort()).toEqual([...PAGES].sort());
  });

  for (const name of PAGES) {
    test(`${name}: nothing logged or refused, every example renders, axe clean, every link resolves`, async ({ open, request }) => {
      // axe over the page and each preview, and a request per link: minutes on a loaded 2-core machine.
      test.setTimeout(240_000);
      const { page, problems, foreign } = await open(`${BASE}${name}`);
      const rendered = await examples(page);
      if (DOCS.includes(name))
        expect.soft(rendered.length, 'each HTML example that runs as written is live').toBe(liveIn(`docs/${name.replace(/\.html$/, '.md')}`));
      expect.soft(await axe(page), 'axe: the page and every preview').toEqual([]);
      const links = await page.$$eval('a[href]', (all) => all.map((a) => a.href));
      const broken = [];
      for (const href of new Set(links)) {
        const url = new URL(href);
        if (url.origin !== ORIGIN()) continue;
        const target = `${url.origin}${url.pathname}${url.search}`;
        const same = target === page.url().split('#')[0];
        if (!same && (await request.get(target)).status() !== 200) broken.push(`${href}: not found`);
        // An anchor on this page is looked up in the page as rendered (the builder's preview makes its sections
        // with script), one on another page in that page's HTML.
        else if (
          url.hash &&
          !(same
            ? await page.evaluate(
                (id) => {
                  // Through open shadow roots too: <support-center>'s menu links its own sections (it scrolls to them).
                  const find = (root) => !!root.getElementById?.(id) || [...root.querySelectorAll('*')].some((el) => el.shadowRoot && find(el.shadowRoot));
                  return find(document);
                },
                decodeURIComponent(url.hash.slice(1)),
              )
            : await hasId(request, target, decodeURIComponent(url.hash.slice(1))))
        )
          broken.push(`${href}: no element with that id`);
      }
      expect.soft(broken, 'internal links').toEqual([]);
      expect.soft(foreign, 'nothing requested from another origin').toEqual([]);
      expect(problems, 'nothing logged, failed or refused').toEqual([]);
    });
  }

  test('every page reflows at 320 px: no page scrolls sideways, whatever long code or link it holds (WCAG 1.4.10)', async ({ open }) => {
    test.setTimeout(240_000);
    const wide = [];
    for (const name of PAGES.filter((p) => !p.startsWith('demo/'))) {
      const { page } = await open(`${BASE}${name}`, { width: 320, height: 700 });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${name}: ${width} px`);
      await page.close();
    }
    expect(wide).toEqual([]);
  });

  test('an example follows its code box: a question typed there appears in the preview, and Restore brings the example back', async ({ open }) => {
    const { page, problems } = await open(`${BASE}faq.html`);
    const box = page.getByRole('textbox', { name: /^Example 1: HTML, editable/ });
    const preview = page.frameLocator('iframe[title="Preview of example 1"]');
    await expect(preview.getByRole('button', { name: 'My payment failed. What should I do?' })).toBeVisible();
    const code = await box.inputValue();
    await box.fill(code.replace('My payment failed. What should I do?', 'Where is my refund?'));
    await expect(preview.getByRole('button', { name: 'Where is my refund?' })).toBeVisible();
    await page.getByRole('button', { name: 'Restore example 1 as written' }).click();
    await expect(box).toHaveValue(code);
    await expect(preview.getByRole('button', { name: 'My payment failed. What should I do?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Restore example 1 as written' })).toBeHidden();
    expect(problems).toEqual([]);
  });

  test('an example given lang="de" in its code box previews in German: the language file loads in the sandboxed preview', async ({ open }) => {
    const { page, problems } = await open(`${BASE}faq.html`);
    const box = page.getByRole('textbox', { name: /^Example 1: HTML, editable/ });
    const preview = page.frameLocator('iframe[title="Preview of example 1"]');
    await expect(preview.getByRole('searchbox', { name: 'Search questions' })).toBeVisible();
    await box.fill((await box.inputValue()).replace('<support-faq', '<support-faq lang="de"'));
    await expect(preview.getByRole('searchbox', { name: 'Fragen durchsuchen' })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a script typed into an example runs nowhere: not on the page, not in the sandboxed preview', async ({ open }) => {
    const { page, problems } = await open(`${BASE}faq.html`);
    const frame = page.locator('iframe[title="Preview of example 1"]');
    await expect(frame, 'scripts only, in an opaque origin').toHaveAttribute('sandbox', 'allow-scripts');
    const title = await page.title();
    await page.evaluate(() => (window.__ran = 0));
    await page
      .getByRole('textbox', { name: /^Example 1: HTML, editable/ })
      .fill(
        '<script>document.title = "ran"; try { parent.__ran = 1 } catch {}</script>\n<svg onload="document.title = \'ran\'"></svg>\n<support-faq><support-faq-item question="Still here?"><p>Yes.</p></support-faq-item></support-faq>',
      );
    const preview = page.frameLocator('iframe[title="Preview of example 1"]');
    await expect(preview.getByRole('button', { name: 'Still here?' })).toBeVisible();
    const inside = await (await frame.elementHandle()).contentFrame();
    expect(await inside.evaluate(() => [document.title, origin]), "the preview's title is its own; its origin is opaque").toEqual([
      'Preview of example 1',
      'null',
    ]);
    expect(await page.evaluate(() => [document.title, window.__ran])).toEqual([title, 0]);
    // What the browser reports is its refusal of the typed script and handler, nothing else.
    await expect.poll(() => problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/Content Security Policy/);
  });

  test("the performance page's chart is a table of the bench's figures with drawn bars, no picture of text", async ({ open }) => {
    const bench = JSON.parse(readFileSync('bench/results/latest.json', 'utf8'));
    const { page } = await open(`${BASE}performance.html`);
    const chart = page.getByRole('table', { name: /Cost relative to native HTML/ });
    await expect(chart).toBeVisible();
    const rows = chart.locator('tbody tr');
    await expect(rows).toHaveCount(Object.keys(bench.ratios).length);
    const first = Object.values(bench.ratios)[0];
    await expect(rows.first().locator('td').nth(1)).toHaveText(`${first.median.toFixed(2)}×`);
    await expect(rows.first().locator('svg')).toHaveAttribute('aria-hidden', 'true');
    await expect(page.locator('img[src$="ratios.svg"]')).toHaveCount(0);
  });
});
