// The pinned, verified snippet (docs/security.md#pinned-and-verified): the README's snippet, made for a CDN on
// another origin, on a German page under the strict policy (plus the CDN's origin and the import map's hash).
// The CDN serves the build as it is, or with code added to the bundle or to one language file, as a
// compromised CDN would. Chromium refuses a changed file: the bundle's through its tag's `integrity`, the
// language file's through the import map's `integrity` entry for it.
import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { serve } from '../../scripts/serve.js';
import { importMapCsp, pinnedSnippet } from '../../scripts/cdn-snippets.js';
import { CSP } from './servers.js';

const HASHES = JSON.parse(readFileSync('cdn/integrity.json', 'utf8'));
/** What a compromised CDN adds: code that counts its runs. */
const ADDED = '\n;globalThis.__tampered = (globalThis.__tampered || 0) + 1;\n';
/** Each CDN variant: the file of cdn/ it changes. */
const CHANGED = { intact: undefined, bundle: 'support-widgets.js', 'faq-de': 'locales/faq.de.js', 'secrets-de': 'locales/secret-words.de.js' };

const page = (snippet) => `<!doctype html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Pinned and verified</title>
  ${snippet}
</head>
<body>
<support-faq searchable>
  <support-faq-item id="refund" question="Wie lange dauert eine Rückerstattung?"><p>5 bis 10 Werktage.</p></support-faq-item>
</support-faq>
<support-hotline number="+18005550100" display-number="1-800-555-0100" label="Kundenservice" hours="24/7" timezone="Europe/Berlin"></support-hotline>
</body>
</html>
`;

const test = base.extend({
  // The CDN (`/<variant>/cdn/<file>`, with CORS as npm CDNs answer) and the merchant's page
  // (`/<variant>.html`), on two origins.
  servers: [
    async ({}, use) => {
      const cdn = await serve({
        port: 0,
        route: async (url, res) => {
          const [, variant, folder, ...rest] = url.pathname.split('/');
          const file = rest.join('/');
          if (!Object.hasOwn(CHANGED, variant) || folder !== 'cdn' || !Object.hasOwn(HASHES, file)) return false;
          let body = readFileSync(`cdn/${file}`, 'utf8');
          if (CHANGED[variant] === file) body += ADDED;
          res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
          res.end(body);
          return true;
        },
      });
      const cdnOrigin = `http://127.0.0.1:${cdn.address().port}`;
      const site = await serve({
        port: 0,
        route: async (url, res) => {
          if (url.pathname === '/favicon.ico') {
            res.writeHead(204).end();
            return true;
          }
          const variant = url.pathname.slice(1).replace(/\.html$/, '');
          if (!Object.hasOwn(CHANGED, variant)) {
            res.writeHead(404).end();
            return true;
          }
          const cdnBase = `${cdnOrigin}/${variant}/cdn/`;
          // docs/security.md's strict policy, with what the snippet needs: the CDN's origin and the import map's hash.
          const csp = CSP.replace("script-src 'self'", `script-src 'self' ${cdnOrigin} ${importMapCsp(cdnBase, HASHES)}`);
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'no-store' });
          res.end(page(pinnedSnippet(cdnBase, HASHES)));
          return true;
        },
      });
      await use({ page: (variant) => `http://127.0.0.1:${site.address().port}/${variant}.html` });
      await Promise.all([cdn, site].map((s) => new Promise((r) => s.close(r))));
    },
    { scope: 'worker' },
  ],
  // The page, with every console message, uncaught error and CSP violation it shows.
  opened: async ({ page, servers }, use) => {
    const console = [];
    page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => console.push(`uncaught: ${e.message}`));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
    });
    await use({
      console,
      open: (variant) => page.goto(servers.page(variant)),
      violations: () => page.evaluate(() => window.__violations),
      tampered: () => page.evaluate(() => globalThis.__tampered ?? 0),
    });
  },
});

/** The text of the FAQ's search label and whether the hotline speaks German, once both have rendered. */
async function shown(page) {
  await expect.poll(() => page.evaluate(() => !!document.querySelector('support-faq').shadowRoot?.querySelector('label'))).toBe(true);
  return page.evaluate(() => ({
    search: document.querySelector('support-faq').shadowRoot.querySelector('label').textContent.trim(),
    hotline: document.querySelector('support-hotline').shadowRoot?.textContent ?? '',
  }));
}

test.describe('the pinned, verified snippet (script integrity and the import map of language files)', () => {
  test('with the files as built, the page works in German under the strict policy: nothing logged, no violation', async ({ page, opened }) => {
    await opened.open('intact');
    await expect.poll(async () => (await shown(page)).search, { message: "the FAQ's strings arrive in German" }).toBe('Fragen durchsuchen');
    await expect.poll(async () => (await shown(page)).hotline, { message: "the hotline's strings arrive in German" }).toContain('Rund um die Uhr geöffnet');
    expect(await opened.violations(), 'no CSP violation: the import map is allowed by its hash').toEqual([]);
    expect(opened.console, 'nothing logged').toEqual([]);
    expect(await opened.tampered()).toBe(0);
  });

  test('a changed bundle is refused: no element is defined, none of its code runs, one console error names it', async ({ page, opened }) => {
    await opened.open('bundle');
    await expect.poll(() => opened.console.length, { message: 'the browser reports the refused bundle' }).toBeGreaterThan(0);
    // The page's load event has passed (goto waits for it): a module script that was going to run has run.
    expect(await page.evaluate(() => ['support-faq', 'support-hotline'].filter((tag) => customElements.get(tag))), 'no element is defined').toEqual([]);
    expect(await opened.tampered(), "none of the changed bundle's code ran").toBe(0);
    expect(opened.console).toHaveLength(1);
    expect(opened.console[0]).toMatch(/^error: .*integrity.*\/bundle\/cdn\/support-widgets\.js/);
    expect(await opened.violations()).toEqual([]);
  });

  test('a changed language file is refused: the FAQ stays in English and works, the other German files load, one console error names it', async ({
    page,
    opened,
  }) => {
    await opened.open('faq-de');
    // The hotline's German file is untouched: it loads and shows.
    await expect.poll(async () => (await shown(page)).hotline, { message: "the hotline's strings arrive in German" }).toContain('Rund um die Uhr geöffnet');
    await expect.poll(() => opened.console.length, { message: 'the browser reports the refused language file' }).toBeGreaterThan(0);
    expect((await shown(page)).search, 'the FAQ shows its English').toBe('Search questions');
    // Still works: the question opens and shows its answer.
    await page.locator('support-faq-item#refund').getByRole('button', { name: 'Wie lange dauert eine Rückerstattung?' }).click();
    await expect(page.getByText('5 bis 10 Werktage.')).toBeVisible();
    expect(await opened.tampered(), "none of the changed file's code ran").toBe(0);
    expect(opened.console).toHaveLength(1);
    expect(opened.console[0]).toMatch(/^error: .*integrity.*\/faq-de\/cdn\/locales\/faq\.de\.js/);
    expect(await opened.violations()).toEqual([]);
  });

  test('changed German secret words are refused: the page stays German, and the library says, once, naming the element and the file, that German codes and passwords go unrecognised', async ({
    page,
    opened,
  }) => {
    await opened.open('secrets-de');
    await expect.poll(async () => (await shown(page)).search, { message: "the FAQ's strings arrive in German" }).toBe('Fragen durchsuchen');
    await expect.poll(() => opened.console.length, { message: 'the refusal and what it means are logged' }).toBeGreaterThanOrEqual(2);
    expect(await opened.tampered(), "none of the changed file's code ran").toBe(0);
    // The browser's error names the file; the library's names the element, the file and what it costs.
    expect(opened.console[0]).toMatch(/^error: .*integrity.*\/secrets-de\/cdn\/locales\/secret-words\.de\.js/);
    expect(opened.console.slice(1)).toEqual([
      expect.stringMatching(
        /^error: <support-(faq|hotline)> lang: secret-words\.de\.js did not load \(.+\): codes and passwords named in this language are not recognised on this page, only card numbers and the English, Chinese and Arabic words\.$/,
      ),
    ]);
    expect(await opened.violations()).toEqual([]);
  });
});
