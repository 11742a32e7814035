// The host-page check (issue 8): the built CDN files on hostile host pages, in Chromium, driven as a user
// would. Every component is used, not only rendered, under the strict CSP with Trusted Types; pages with
// hostile CSS, no doctype, a foreign <base href>, Array.prototype.toJSON, both bundles, a sandboxed frame
// whose localStorage throws; two tabs on one draft; layout at 320 px, at 200% zoom and in forced colours.
// Writes review screenshots (light, dark, RTL, forced colours) to test-screenshots/ and its counts to
// .test-results/host.json. Needs a build (`npm run build`); `npm test` runs it after the served-page check.
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './serve.js';
import { chromeArgs, ensureChrome } from './chrome.js';
import { CSP, checks } from './checks.js';

const TAGS = ['support-faq', 'support-hotline', 'support-call-prep', 'support-dispute-checklist'];

// Pages that differ from test/pages/all.html or center.html only in their head (and the toJSON page's
// endpoint) are made from them here, so the configured components have one source.
const VARIANTS = {
  'all-iife.html': ['all.html', { title: 'Every component, classic bundle', iife: 'instead' }],
  'frame.html': ['all.html', { title: 'Inside a sandboxed frame', iife: 'instead' }],
  'esm-first.html': ['all.html', { title: 'Module bundle, then classic bundle', iife: 'after' }],
  'hostile-css.html': ['all.html', { title: 'Hostile host CSS', css: 'hostile.css' }],
  'quirks.html': ['all.html', { title: 'No doctype (quirks mode)', quirks: true }],
  'base.html': ['all.html', { title: '<base href> pointing to another origin', lang: 'zh-CN', base: true }],
  'tojson.html': ['all.html', { title: 'Array.prototype.toJSON defined first (Prototype.js)', before: 'tojson.js', endpoint: '/__endpoint/ok' }],
  'center-hostile.html': ['center.html', { title: '<support-center> under hostile host CSS', css: 'hostile.css' }],
  'center-quirks.html': ['center.html', { title: '<support-center> without a doctype', quirks: true }],
  'center-base.html': ['center.html', { title: '<support-center> with <base href> elsewhere', base: true }],
};
const MODULE = '<script type="module" src="/cdn/support-widgets.js"></script>';
const CLASSIC = '<script src="/cdn/support-widgets.iife.js"></script>';

function variant(name) {
  const [source, v] = VARIANTS[name];
  let html = readFileSync(`test/pages/${source}`, 'utf8').replace(/<title>[\s\S]*?<\/title>/, `<title>${v.title.replace(/</g, '&lt;')}</title>`);
  if (v.iife === 'instead') html = html.replace(MODULE, CLASSIC);
  if (v.iife === 'after') html = html.replace(MODULE, `${MODULE}\n  ${CLASSIC}`);
  if (v.css) html = html.replace(MODULE, `${MODULE}\n  <link rel="stylesheet" href="${v.css}">`);
  if (v.before) html = html.replace(MODULE, `<script src="${v.before}"></script>\n  ${MODULE}`);
  if (v.endpoint) html = html.replace('<support-call-prep storage-key="host-check">', `<support-call-prep storage-key="host-check" endpoint="${v.endpoint}">`);
  if (v.quirks) html = html.replace(/^<!doctype html>\n/i, '');
  if (v.lang) html = html.replace(/<html lang="[^"]*">/, `<html lang="${v.lang}">`);
  if (v.base) {
    // A favicon path would resolve against the foreign base: none. The base comes after the library's script
    // tag, as a merchant would add it: every later relative URL resolves against it.
    html = html
      .replace(/<link rel="icon" href="[^"]*">/, '<link rel="icon" href="data:,">')
      .replace(MODULE, `${MODULE}\n  <!-- After the library's script tag, as a merchant would: every later relative URL resolves against it. -->\n  <base href="https://other.invalid/shop/">`);
  }
  return html;
}

// POST /__endpoint/ok answers 200 and keeps the body, so the toJSON page can check what was sent.
const posted = [];
async function route(url, res) {
  const req = res.req;
  if (url.pathname !== '/__endpoint/ok') return false;
  let body = '';
  for await (const chunk of req) body += chunk;
  posted.push(body);
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  return true;
}
/** The route of a server: the generated page variants (with the server's CSP, if any), then the endpoint. */
const routes = (csp) => async (url, res) => {
  const page = url.pathname.startsWith('/test/pages/') ? url.pathname.slice('/test/pages/'.length) : '';
  if (!Object.hasOwn(VARIANTS, page)) return route(url, res);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...(csp ? { 'content-security-policy': csp } : {}) });
  res.end(variant(page));
  return true;
};
const server = await serve({ port: 0, route: routes() });
const origin = `http://127.0.0.1:${server.address().port}`;
const strict = await serve({ port: 0, headers: () => ({ 'content-security-policy': CSP }), route: routes(CSP) });
const strictOrigin = `http://127.0.0.1:${strict.address().port}`;
// A merchant who allows only Lit's policy: structured data is skipped, everything else works.
const LIT_ONLY = CSP.replace(' support-widgets', '');
const litOnly = await serve({ port: 0, headers: () => ({ 'content-security-policy': LIT_ONLY }), route: routes(LIT_ONLY) });
const litOnlyOrigin = `http://127.0.0.1:${litOnly.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChrome(), args: chromeArgs });
const { check, finish } = checks('host', 'host-page check');

/** Runs one part of the check; an exception there fails it and the run goes on. */
async function part(title, fn) {
  console.log(title);
  try {
    await fn();
  } catch (e) {
    check(`${title}: ran to the end`, false, e.message.split('\n')[0]);
  }
}

/** Copies, prints and violations are recorded in every frame: the clipboard and print are stubbed. */
function instrument() {
  window.__violations = [];
  window.__copied = [];
  window.__prints = 0;
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  const top = window.top === window ? window : window.parent;
  try {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t) => void window.__copied.push(t) }, configurable: true });
    window.print = () => void (top.__prints = (top.__prints || 0) + 1);
  } catch {
    // A cross-origin parent: leave the frame's own print alone.
  }
}

async function open(path, { width = 1280, height = 900, base = origin, context: shared, ...options } = {}) {
  const context = shared ?? (await browser.newContext({ viewport: { width, height }, acceptDownloads: true, ...options }));
  const page = await context.newPage();
  await page.addInitScript(instrument);
  const problems = [];
  const foreign = [];
  const downloads = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && problems.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => !r.url().startsWith('blob:') && problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
  page.on('request', (r) => !r.url().startsWith(base) && !/^(data|blob|about):/.test(r.url()) && foreign.push(r.url()));
  page.on('download', (d) => downloads.push(d));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  await page.waitForFunction((tags) => tags.every((t) => !document.querySelector(t) || document.querySelector(t).shadowRoot?.textContent.trim()), TAGS, { timeout: 10000 }).catch(() => {});
  return { context, page, problems, foreign, downloads, close: () => (shared ? page.close() : context.close()) };
}

/** Uses every component as a customer would. Returns what was copied, printed and downloaded. */
async function useEverything(page, downloads) {
  const faq = page.locator('support-faq');
  await faq.locator('input[type=search]').fill('refund');
  await page.waitForFunction(() => {
    const items = document.querySelector('support-faq').shadowRoot.querySelectorAll('support-faq-item');
    return [...items].filter((i) => !i.hidden).length === 1;
  });
  const found = await page.evaluate(() => [...document.querySelector('support-faq').shadowRoot.querySelectorAll('support-faq-item')].filter((i) => !i.hidden).map((i) => i.id));
  await faq.locator('input[type=search]').fill('');
  await faq.locator('support-faq-item#refund-time #q').click();
  const expanded = await faq.locator('support-faq-item#refund-time #q').getAttribute('aria-expanded');
  await faq.locator('support-faq-item#refund-time [part=link]').click();
  await faq.locator('support-faq-item#refund-time [part=feedback] button').first().click();

  await page.locator('support-hotline [part=copy]').first().click();

  const prep = page.locator('support-call-prep');
  await prep.locator('[part=submit]').click();
  const errors = await prep.locator('[part=errors] li').count();
  await prep.locator('select[name=topic]').selectOption('payment');
  await prep.locator('[name=account]').fill('ana@example.com');
  await prep.locator('[name=txn]').fill('TX-42');
  await prep.locator('[name=when]').fill('2026-11-20T09:30');
  await prep.locator('[name=amount]').fill('25.5');
  const status = prep.locator('select[name=status]');
  if (await status.count()) await status.selectOption({ index: 1 });
  await prep.locator('[name=what]').fill('Card declined at checkout');
  await prep.locator('[name=checked][value=network]').check();
  await prep.locator('[part=submit]').click();
  await prep.locator('[part=summary]').waitFor();
  const summaryErrors = await prep.locator('[part=errors] li').count();
  for (const name of ['Copy', 'Print', 'Download']) await prep.locator('[part=summary] button', { hasText: name }).click();

  const dispute = page.locator('support-dispute-checklist');
  const boxes = dispute.locator('input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await dispute.locator('input[part=note]').first().fill('November statement, line 3');
  await dispute.locator('input[part=note]').first().press('Tab');
  const ready = await dispute.locator('[part=ready]').count();
  for (const name of ['Copy', 'Print', 'Save .txt', 'Save .json']) await dispute.locator('[part=actions] button', { hasText: name }).click();
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    copied: window.__copied,
    prints: window.__prints,
    violations: window.__violations,
    ld: [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent),
  }));
  return { found, expanded, errors, summaryErrors, ready, downloads: downloads.length, ...state };
}

/** Every element of every component's shadow tree: type, colour, size; for comparing two pages. */
function measureAll(tags) {
  const props = ['fontSize', 'lineHeight', 'letterSpacing', 'textTransform', 'color', 'fontFamily', 'boxSizing', 'paddingTop', 'borderTopWidth'];
  const walk = (root, out) => {
    for (const el of root.querySelectorAll('*')) {
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      out.push(`${el.localName}.${el.getAttribute('part') ?? el.getAttribute('class') ?? ''} ${props.map((p) => cs[p]).join('|')} ${Math.round(r.width)}x${Math.round(r.height)}`);
      if (el.shadowRoot) walk(el.shadowRoot, out);
    }
    return out;
  };
  return Object.fromEntries(tags.map((t) => [t, walk(document.querySelector(t).shadowRoot, [])]));
}

/** Layout problems in the viewport: page scroll, elements past the edges, clipped or tiny controls. */
function layoutProblems(tags) {
  const vw = document.documentElement.clientWidth;
  const out = [];
  const scroll = document.documentElement.scrollWidth - vw;
  if (scroll > 0) out.push(`page scrolls sideways by ${scroll}px`);
  const walk = (root, tag) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot, tag);
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height || el.closest('.sr-only')) continue;
      const name = `${tag} ${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}`;
      if (r.right > vw + 0.5 || r.left < -0.5) out.push(`${name} spans ${Math.round(r.left)}..${Math.round(r.right)} in a ${vw}px viewport`);
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (r.width < 20 || r.height < 20) out.push(`${name} (${el.type}) shrank to ${Math.round(r.width)}x${Math.round(r.height)}`);
      } else if (/^(button|input|select|textarea|a)$/.test(el.localName)) {
        // Text fields scroll their text by design; buttons must not cut theirs.
        if (el.localName === 'button' && el.scrollWidth > el.clientWidth + 1) out.push(`${name} clips its text (${el.scrollWidth} > ${el.clientWidth})`);
        if (el.localName !== 'a' && (r.height < 24 || r.width < 24)) out.push(`${name} is ${Math.round(r.width)}x${Math.round(r.height)}, under 24 px`);
      }
    }
  };
  for (const t of tags) for (const el of document.querySelectorAll(t)) walk(el.shadowRoot, t);
  return out;
}

/**
 * Text that forced colours would hide: the browser draws a Canvas backplate behind text, so text in the
 * Canvas colour (an "on accent" colour) vanishes unless the element opts out with forced-color-adjust.
 */
function invisibleText(tags) {
  const probe = document.createElement('i');
  probe.style.color = 'Canvas';
  document.body.append(probe);
  const canvas = getComputedStyle(probe).color;
  probe.remove();
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) walk(el.shadowRoot);
      const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      const cs = getComputedStyle(el);
      if (text && el.getClientRects().length && cs.forcedColorAdjust !== 'none' && cs.color === canvas) out.push(`${el.localName}.${el.className}: "${el.textContent.trim().slice(0, 30)}"`);
    }
  };
  for (const t of tags) for (const el of document.querySelectorAll(t)) walk(el.shadowRoot);
  return out;
}

/** Opens every FAQ answer, shows call-prep errors then its summary, ticks the checklist: every reachable state. */
async function everyState(page, { errorsOnly = false } = {}) {
  await page.evaluate(() => {
    const faq = document.querySelector('support-faq');
    for (const item of faq?.shadowRoot.querySelectorAll('support-faq-item') ?? []) {
      const b = item.shadowRoot.querySelector('#q');
      if (b?.getAttribute('aria-expanded') === 'false') b.click();
    }
    for (const item of document.querySelectorAll('support-faq-item')) {
      const b = item.shadowRoot.querySelector('#q');
      if (b?.getAttribute('aria-expanded') === 'false') b.click();
    }
  });
  const prep = page.locator('support-call-prep');
  await prep.locator('[part=submit]').click();
  if (errorsOnly) return;
  await prep.locator('select[name=topic]').selectOption('payment');
  await prep.locator('[name=account]').fill('ana@example.com');
  await prep.locator('[name=when]').fill('2026-11-20T09:30');
  await prep.locator('[name=what]').fill('ExamplePayTransactionReference'.repeat(8));
  await prep.locator('[part=submit]').click();
  const boxes = page.locator('support-dispute-checklist input[type=checkbox]');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  await page.locator('support-dispute-checklist input[part=note]').first().fill('ExamplePayTransactionReference'.repeat(6));
  await page.locator('support-dispute-checklist input[part=note]').first().press('Tab');
  await page.waitForTimeout(300);
}

try {
  // ── Strict CSP and Trusted Types: use everything ──
  for (const [path, bundle] of [['/test/pages/all.html', 'module bundle'], ['/test/pages/all-iife.html', 'classic bundle']]) {
    await part(`strict CSP + Trusted Types, ${bundle} (${path})`, async () => {
    const { page, problems, foreign, downloads, close } = await open(path, { base: strictOrigin });
    const csp = await page.evaluate(() => document.querySelector('meta[http-equiv]') === null && !!window.trustedTypes);
    check('the page is served with the CSP header only, Trusted Types supported', csp);
    let used;
    try {
      used = await useEverything(page, downloads);
    } catch (e) {
      used = { error: e.message };
    }
    check('FAQ: search narrows to the matching answer', used.found?.join() === 'refund-time', JSON.stringify(used.found ?? used.error));
    check('FAQ: an answer opens; Copy link copies the page URL with its #id', used.expanded === 'true' && used.copied?.some((c) => c === `${strictOrigin}${path}#refund-time`), JSON.stringify(used.copied));
    check('hotline: Copy number copies the number', used.copied?.some((c) => /1-800-555-0100|\+18005550100/.test(c)), JSON.stringify(used.copied));
    check('call prep: an empty submit lists the errors, a filled one shows the summary', used.errors > 0 && used.summaryErrors === 0, `${used.errors} / ${used.summaryErrors}`);
    check('call prep and dispute checklist: Copy copies the summaries', used.copied?.filter((c) => c.includes('\n')).length === 2, JSON.stringify(used.copied));
    check('call prep and dispute checklist: Print prints (twice)', used.prints === 2, `prints: ${used.prints}`);
    check('downloads: call summary .txt, checklist .txt and .json', used.downloads === 3, `downloads: ${used.downloads}`);
    check('dispute checklist: every item ticked, ready', used.ready === 1);
    const ld = (used.ld ?? []).map((t) => {
      try {
        const data = JSON.parse(t);
        return data['@type'] ?? data['@graph']?.map((d) => d['@type']).join();
      } catch {
        return 'unparsable';
      }
    });
    check('structured data (FAQPage, ContactPoint JSON-LD) written through the support-widgets policy', ld.includes('FAQPage') && ld.includes('ContactPoint'), ld.join(', '));
    check('zero securitypolicyviolation events', used.violations?.length === 0, (used.violations ?? [used.error]).join('\n      '));
    check('nothing thrown, logged or refused; no request left the origin', problems.length === 0 && foreign.length === 0, [...problems, ...foreign].join('\n      '));
    await close();
    });
  }

  await part('strict CSP + Trusted Types, both bundles on one page (two lit-html and support-widgets policies)', async () => {
    const { page, problems, close } = await open('/test/pages/classic.html', { base: strictOrigin });
    await page.locator('support-dispute-checklist input[name=type]').first().check();
    await page.locator('support-call-prep [name=what]').fill('Both bundles, strict page');
    const state = await page.evaluate((tags) => ({ violations: window.__violations, rendered: tags.every((t) => document.querySelector(t)?.shadowRoot?.textContent.trim()) }), TAGS);
    check("every element renders and works; 'allow-duplicates' covers the second copy's policies: zero violations", state.rendered && state.violations.length === 0 && problems.length === 0, [...state.violations, ...problems].join('\n      '));
    await close();
  });

  await part("a CSP that allows only Lit's policy (no support-widgets)", async () => {
    const { page, problems, close } = await open('/test/pages/all.html', { base: litOnlyOrigin });
    await page.locator('support-faq support-faq-item#refund-time #q').click();
    await page.locator('support-call-prep [name=what]').fill('Still works');
    const state = await page.evaluate((tags) => ({
      violations: window.__violations,
      ld: document.head.querySelectorAll('script[type="application/ld+json"]').length,
      rendered: tags.every((t) => document.querySelector(t)?.shadowRoot?.textContent.trim()),
      open: document.querySelector('support-faq').shadowRoot.querySelector('support-faq-item#refund-time').shadowRoot.querySelector('#q').getAttribute('aria-expanded'),
    }), TAGS);
    const thrown = problems.filter((p) => p.startsWith('uncaught'));
    check('every element renders and works; no structured data is written; nothing is thrown into the page', state.rendered && state.open === 'true' && state.ld === 0 && thrown.length === 0, JSON.stringify(state) + thrown.join(' '));
    check('the refused policy is reported (a trusted-types violation), as the browser does for any refused policy', state.violations.some((v) => v.startsWith('trusted-types')), state.violations.join(', '));
    await close();
  });

  // ── <support-center>: the four elements inside one more shadow root ──
  await part('<support-center> under the strict CSP with Trusted Types', async () => {
    const { page, problems, foreign, close } = await open('/test/pages/center.html', { base: strictOrigin });
    const center = page.locator('support-center');
    const hashes = [];
    for (const id of ['hotline', 'call-prep', 'dispute', 'faq']) {
      await center.locator(`nav a[href="#${id}"]`).click();
      hashes.push(await page.evaluate(() => [location.hash, document.querySelector('support-center').shadowRoot.activeElement?.id].join(' ')));
    }
    check('the navigation moves to each section (address and focus)', hashes.join() === '#hotline hotline,#call-prep call-prep,#dispute dispute,#faq faq', hashes.join());
    await center.locator('support-faq input[type=search]').fill('dispute');
    await center.locator('support-faq-item#dispute-how #q').click();
    await center.locator('support-faq-item#dispute-how a[href="#dispute"]').click();
    await center.locator('support-call-prep select[name=topic]').selectOption('dispute');
    await center.locator('support-call-prep [name=what]').fill('Charged twice');
    await center.locator('support-dispute-checklist input[type=checkbox]').first().check();
    const state = await page.evaluate(() => ({ violations: window.__violations, hash: location.hash, ld: document.head.querySelectorAll('script[type="application/ld+json"]').length }));
    check('FAQ search, an answer link to the checklist, the call form and the checklist work inside the center', state.hash === '#dispute' && state.ld >= 1, JSON.stringify(state));
    check('zero securitypolicyviolation events, nothing logged, no request off the origin', state.violations.length === 0 && problems.length === 0 && foreign.length === 0, [...state.violations, ...problems, ...foreign].join('\n      '));
    await page.evaluate(() => localStorage.clear());
    await close();
  });

  await part('<support-center> with <base href> elsewhere, hostile CSS, no doctype', async () => {
    const { page, problems, foreign, close } = await open('/test/pages/center-base.html');
    await page.locator('support-center nav a[href="#dispute"]').click();
    const url = await page.evaluate(() => location.href);
    check('the navigation keeps the address on this page (not under the base), nothing thrown, no request to the base', url === `${origin}/test/pages/center-base.html#dispute` && problems.length === 0 && foreign.length === 0, [url, ...problems, ...foreign].join('\n      '));
    await close();
    const clean = await open('/test/pages/center.html');
    const designed = await clean.page.evaluate(measureAll, ['support-center']);
    await clean.close();
    for (const [path, what] of [['/test/pages/center-hostile.html', 'hostile host CSS'], ['/test/pages/center-quirks.html', 'no doctype']]) {
      const other = await open(path);
      const got = await other.page.evaluate(measureAll, ['support-center']);
      const diff = got['support-center'].map((line, i) => (line === designed['support-center'][i] ? '' : `${designed['support-center'][i]}  →  ${line}`)).filter(Boolean);
      check(`${what}: every element of the center and its sections as designed`, diff.length === 0 && got['support-center'].length === designed['support-center'].length && other.problems.length === 0, [...diff.slice(0, 4), ...other.problems].join('\n      '));
      await other.close();
    }
  });

  // ── Hostile CSS and quirks mode: the same pixels as a clean page ──
  await part('hostile CSS and no doctype, compared with a clean page', async () => {
  const clean = await open('/test/pages/all.html');
  const designed = await clean.page.evaluate(measureAll, TAGS);
  await clean.close();
  for (const [path, what] of [['/test/pages/hostile-css.html', 'hostile host CSS'], ['/test/pages/quirks.html', 'no doctype (quirks mode)']]) {
    const { page, problems, close } = await open(path);
    const mode = await page.evaluate(() => [document.compatMode, getComputedStyle(document.body).textTransform]);
    const got = await page.evaluate(measureAll, TAGS);
    for (const tag of TAGS) {
      const diff = got[tag].map((line, i) => (line === designed[tag][i] ? '' : `${designed[tag][i]}  →  ${line}`)).filter(Boolean);
      check(`${what}: <${tag}> type sizes, line heights, spacing, case, colours and boxes as designed`, diff.length === 0 && got[tag].length === designed[tag].length, diff.slice(0, 4).join('\n      '));
    }
    check(`${what}: the page really is hostile (${mode.join(', ')}), nothing logged`, (path.includes('quirks') ? mode[0] === 'BackCompat' : mode[1] === 'uppercase') && problems.length === 0, problems.join('\n      '));
    await close();
  }
  });

  // ── Array.prototype.toJSON ──
  await part('Array.prototype.toJSON defined before the library (Prototype.js)', async () => {
    const { page, problems, downloads, close } = await open('/test/pages/tojson.html');
    const broken = await page.evaluate(() => JSON.stringify([1]));
    const used = await useEverything(page, downloads);
    const ld = used.ld.map((t) => JSON.parse(t));
    const faqLd = ld.find((d) => d['@type'] === 'FAQPage');
    check('the page really has it: JSON.stringify([1]) is a string', broken === '"[1]"', broken);
    check('FAQ JSON-LD: mainEntity is an array of 3 questions', Array.isArray(faqLd?.mainEntity) && faqLd.mainEntity.length === 3, JSON.stringify(faqLd?.mainEntity)?.slice(0, 80));
    check('every JSON-LD object has no stringified arrays', !used.ld.some((t) => /"\[/.test(t)), used.ld.join(' ').slice(0, 200));
    // Drafts are kept under `support-widgets@2:<kind>:<storage-key>:<record>`.
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('support-widgets@2:call-prep:host-check:draft')));
    check('call-prep draft in storage: ticked boxes saved as an array', Array.isArray(draft?.d?.checked), JSON.stringify(draft?.d?.checked));
    const body = posted.at(-1) ? JSON.parse(posted.at(-1)) : undefined;
    check('call-prep POST to the endpoint: correct JSON, arrays as arrays', Array.isArray(body?.checked) && body.checked[0] === 'network', posted.at(-1));
    const json = downloads.find((d) => d.suggestedFilename().endsWith('.json'));
    const exported = json ? JSON.parse(readFileSync(await json.path(), 'utf8')) : undefined;
    check('dispute JSON export: items is an array with the ticks', Array.isArray(exported?.items) && exported.items.every((i) => i.checked), JSON.stringify(exported)?.slice(0, 120));
    await page.reload({ waitUntil: 'networkidle' });
    const restored = await page.locator('support-call-prep [name=checked][value=network]').isChecked();
    check('after a reload the draft and the checklist come back', restored && (await page.locator('support-dispute-checklist input[type=checkbox]').first().isChecked()));
    check('nothing thrown or logged', problems.length === 0, problems.join('\n      '));
    await page.evaluate(() => localStorage.clear());
    await close();
  });

  // ── <base href> to another origin ──
  await part('<base href="https://other.invalid/shop/">, Chinese (a language file loads)', async () => {
    const { page, problems, foreign, close } = await open('/test/pages/base.html');
    await page.locator('support-faq support-faq-item#refund-time #q').click();
    await page.locator('support-faq support-faq-item#refund-time [part=link]').click();
    const state = await page.evaluate(() => ({
      copied: window.__copied,
      base: document.baseURI,
      zh: document.querySelector('support-call-prep').shadowRoot.textContent.includes('准备'),
      tel: document.querySelector('support-hotline').shadowRoot.querySelector('[part=number]')?.getAttribute('href'),
    }));
    check('the page has the foreign base', state.base === 'https://other.invalid/shop/', state.base);
    check('the Chinese language file loaded from the library\'s own origin (import.meta.url), not the base', state.zh);
    check('Copy link copies this page\'s URL, not one under the base', state.copied[0] === `${origin}/test/pages/base.html#refund-time`, JSON.stringify(state.copied));
    check('the tel: link is absolute and untouched', state.tel === 'tel:+18005550100', state.tel);
    check('no request went to the other origin, nothing logged', foreign.length === 0 && problems.length === 0, [...foreign, ...problems].join('\n      '));
    await close();
  });

  // ── Both bundles ──
  for (const [path, order] of [['/test/pages/classic.html', 'classic then module'], ['/test/pages/esm-first.html', 'module then classic']]) {
    await part(`both bundles on one page: ${order}`, async () => {
    const { page, problems, close } = await open(path);
    const state = await page.evaluate((tags) => {
      const ctors = tags.map((t) => customElements.get(t));
      const copies = [...document.scripts].filter((s) => /support-widgets/.test(s.src)).length;
      return { defined: ctors.every(Boolean), versions: ctors.map((c) => c?.version), rendered: tags.every((t) => document.querySelector(t)?.shadowRoot?.textContent.trim()), copies, sw: typeof window.SupportWidgets };
    }, TAGS);
    check('both scripts loaded; every tag defined once (one class, one version) and rendered', state.copies === 2 && state.defined && state.rendered && new Set(state.versions).size === 1 && !!state.versions[0], JSON.stringify(state));
    const pick = page.locator('support-dispute-checklist input[name=type]');
    if (await pick.count()) await pick.first().check();
    await page.locator('support-dispute-checklist input[type=checkbox]').first().check();
    await page.locator('support-call-prep [name=what]').fill('Both bundles');
    check('elements work; nothing thrown, nothing logged', problems.length === 0, problems.join('\n      '));
    await page.evaluate(() => localStorage.clear());
    await close();
    });
  }

  // ── A sandboxed frame: localStorage throws ──
  await part('a sandboxed frame without allow-same-origin (localStorage throws)', async () => {
    const { page, problems, close } = await open('/test/pages/sandbox.html');
    const frame = page.frames().find((f) => f.url().endsWith('/frame.html'));
    await frame.waitForFunction(() => document.querySelector('support-call-prep')?.shadowRoot?.textContent.trim());
    const storage = await frame.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (e) {
        return e.name;
      }
    });
    check('inside the frame, touching localStorage throws', storage === 'SecurityError', storage);
    const prep = frame.locator('support-call-prep');
    await prep.locator('[name=what]').fill('Charged twice');
    const prepText = await prep.locator('.saved').textContent();
    check('call prep: keeps the typing and says "Saved for this visit only"', /visit only/.test(prepText) && (await prep.locator('[name=what]').inputValue()) === 'Charged twice', prepText);
    await prep.locator('[part=submit]').click();
    const box = frame.locator('support-dispute-checklist input[type=checkbox]').first();
    await box.check();
    const note = await frame.locator('support-dispute-checklist [part=storage]').textContent();
    check('dispute checklist: keeps the tick and says it cannot save on this device', (await box.isChecked()) && /Can't save/.test(note), note);
    await frame.locator('support-faq support-faq-item#refund-time #q').click();
    check('FAQ and hotline work; nothing thrown or logged in the frame', (await frame.locator('support-faq support-faq-item#refund-time #q').getAttribute('aria-expanded')) === 'true' && problems.length === 0, problems.join('\n      '));
    await close();
  });

  // ── Two real tabs ──
  await part('two tabs of one browser on the same draft', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const a = await open('/test/pages/tabs.html', { context });
    const b = await open('/test/pages/tabs.html', { context });
    // Waits (up to 5 s, never failing by itself) until a tab shows `value` in a call-prep field or a box is ticked.
    const field = (tab, name, value) =>
      tab.page.waitForFunction(([n, v]) => document.querySelector('support-call-prep').shadowRoot.querySelector(`[name=${n}]`).value === v, [name, value], { timeout: 5000 }).catch(() => {});
    const ticked = (tab, i) =>
      tab.page.waitForFunction((n) => document.querySelector('support-dispute-checklist').shadowRoot.querySelectorAll('input[type=checkbox]')[n]?.checked, i, { timeout: 5000 }).catch(() => {});
    const prepA = a.page.locator('support-call-prep');
    const prepB = b.page.locator('support-call-prep');
    await prepA.locator('[name=what]').fill('Typed in tab A');
    await field(b, 'what', 'Typed in tab A');
    check('call prep: tab B shows what tab A typed, and says it was updated', (await prepB.locator('[name=what]').inputValue()) === 'Typed in tab A' && /another tab/.test(await prepB.locator('.saved').textContent()));
    // Tab B's user is typing in "what" when tab A changes it: B keeps its typing, saved when B leaves the field.
    await prepB.locator('[name=what]').fill('Tab B is typing');
    await prepA.locator('[name=account]').fill('ana@example.com');
    await prepA.locator('[name=what]').fill('Tab A again');
    await prepA.locator('[name=txn]').focus();
    await field(b, 'account', 'ana@example.com');
    await b.page.waitForTimeout(300);
    const kept = await prepB.locator('[name=what]').inputValue();
    await prepB.locator('[name=what]').press('Tab');
    await field(a, 'what', 'Tab B is typing');
    const what = [await prepA.locator('[name=what]').inputValue(), await prepB.locator('[name=what]').inputValue()];
    check('call prep: the field being typed in keeps its text in tab B; leaving it saves it and tab A follows', kept === 'Tab B is typing' && what[0] === 'Tab B is typing' && what[1] === 'Tab B is typing', JSON.stringify([kept, ...what]));
    check('call prep: the other field reached tab B', (await prepB.locator('[name=account]').inputValue()) === 'ana@example.com');
    await prepA.locator('.saved button').click();
    await field(b, 'what', '');
    check('call prep: Forget in tab A clears tab B, which offers Undo', (await prepB.locator('[name=what]').inputValue()) === '' && /Undo/.test(await prepB.locator('.saved').textContent()));

    await a.page.locator('support-dispute-checklist input[type=checkbox]').nth(1).check();
    await ticked(b, 1);
    check('dispute checklist: a tick in tab A shows in tab B with its progress', (await b.page.locator('support-dispute-checklist input[type=checkbox]').nth(1).isChecked()) && /1 of 2/.test(await b.page.locator('support-dispute-checklist [part=progress]').textContent()));
    await b.page.locator('support-dispute-checklist input[type=checkbox]').nth(0).check();
    await ticked(a, 0);
    check('dispute checklist: and back from tab B to tab A', await a.page.locator('support-dispute-checklist input[type=checkbox]').nth(0).isChecked());
    check('nothing thrown or logged in either tab', a.problems.length + b.problems.length === 0, [...a.problems, ...b.problems].join('\n      '));
    await a.page.evaluate(() => localStorage.clear());
    await context.close();
  });

  // ── Layout: 320 px, 200% zoom ──
  await part('layout at 320 px and at 200% zoom, in every state', async () => {
  for (const [label, options] of [
    ['320 px', { width: 320, height: 800 }],
    ['200% zoom (a 1280 px window: 640 CSS px at 2 device px each)', { width: 640, height: 800, deviceScaleFactor: 2 }],
  ]) {
    for (const path of ['/test/pages/all.html', '/test/pages/long.html', '/test/pages/center.html']) {
      for (const errorsOnly of [true, false]) {
        const { page, problems, close } = await open(path, options);
        await everyState(page, { errorsOnly });
        const found = await page.evaluate(layoutProblems, [...TAGS, 'support-center']);
        check(`${label}, ${path.split('/').pop()}, ${errorsOnly ? 'answers open, errors shown' : 'summary shown, checklist ticked'}: no sideways scroll, nothing past the edge or clipped, targets ≥ 24 px`, found.length === 0 && problems.length === 0, [...found.slice(0, 6), ...problems].join('\n      '));
        await page.evaluate(() => localStorage.clear());
        await close();
      }
    }
  }
  });

  // ── Forced colours ──
  await part('forced colours', async () => {
    const { page, problems, close } = await open('/test/pages/all.html', { forcedColors: 'active', width: 1000 });
    await page.locator('support-faq support-faq-item#refund-time #q').click();
    await page.locator('support-dispute-checklist input[type=checkbox]').first().check();
    const active = await page.evaluate(() => matchMedia('(forced-colors: active)').matches);
    check('forced colours are active', active);
    for (const tag of TAGS) {
      await page.locator(tag).evaluate((el) => el.shadowRoot.querySelector('button, input, select, a')?.focus());
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const ring = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const cs = getComputedStyle(el);
        return { el: `${el.localName}${el.id ? `#${el.id}` : ''}`, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), color: cs.outlineColor };
      });
      check(`<${tag}>: the keyboard focus ring shows (${ring.el}: ${ring.style} ${ring.width}px)`, ring.style !== 'none' && ring.width >= 1, JSON.stringify(ring));
    }
    const state = await page.evaluate(() => {
      const faq = document.querySelector('support-faq').shadowRoot;
      const icon = (id) => getComputedStyle(faq.querySelector(`support-faq-item#${id}`).shadowRoot.querySelector('[part=icon]'));
      const dispute = document.querySelector('support-dispute-checklist').shadowRoot;
      const box = getComputedStyle(dispute.querySelector('input[type=checkbox]'));
      const progress = dispute.querySelector('progress');
      return {
        // The arrow is a border triangle: down when closed, up when open, its sides transparent.
        arrow: ['refund-time', 'change-phone'].map((id) => {
          const cs = icon(id);
          return [cs.borderTopWidth, cs.borderTopColor, cs.borderBottomWidth, cs.borderBottomColor, cs.borderLeftColor, cs.color];
        }),
        box: [box.appearance, box.forcedColorAdjust, box.visibility],
        progress: [getComputedStyle(progress).appearance, progress.value, progress.max],
      };
    });
    await everyState(page);
    const hidden = await page.evaluate(invisibleText, TAGS);
    check('no text drawn in the backplate\'s own colour (every state)', hidden.length === 0, hidden.join('\n      '));
    const center = await open('/test/pages/center.html', { forcedColors: 'active', width: 1000 });
    await center.page.locator('support-center nav a').first().focus();
    await center.page.keyboard.press('Tab');
    const centerRing = await center.page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      const cs = getComputedStyle(el);
      return { el: el.localName, style: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
    });
    await everyState(center.page);
    const centerHidden = await center.page.evaluate(invisibleText, ['support-center']);
    check('<support-center>: no text drawn in the backplate\'s own colour', centerHidden.length === 0, centerHidden.join('\n      '));
    check(`<support-center>: the keyboard focus ring shows (${centerRing.el}: ${centerRing.style} ${centerRing.width}px)`, centerRing.style !== 'none' && centerRing.width >= 1, JSON.stringify(centerRing));
    await center.close();
    {
      const [[openTop, , openBottom, openBottomColor, openSide, openText], [closedTop, closedTopColor, closedBottom, , closedSide, closedText]] = state.arrow;
      check(
        'FAQ: the open and closed answers have different arrows (up, down), drawn in the forced text colour with transparent sides',
        parseFloat(openTop) === 0 && parseFloat(openBottom) >= 4 && parseFloat(closedTop) >= 4 && parseFloat(closedBottom) === 0 &&
          openBottomColor === openText && closedTopColor === closedText && openSide === 'rgba(0, 0, 0, 0)' && closedSide === 'rgba(0, 0, 0, 0)',
        JSON.stringify(state.arrow),
      );
    }
    check('dispute: checkboxes and the progress bar are the system\'s own (drawn in system colours)', state.box[0] === 'auto' && state.box[1] !== 'none' && state.progress[0] === 'auto' && state.progress[1] === 1, JSON.stringify(state));
    check('nothing logged', problems.length === 0, problems.join('\n      '));
    await page.evaluate(() => localStorage.clear());
    await close();
  });

  // ── Screenshots for review ──
  await part('screenshots', async () => {
  mkdirSync('test-screenshots', { recursive: true });
  const shots = [];
  for (const [variant, options, setup] of [
    ['light', {}, () => {}],
    ['dark', { colorScheme: 'dark' }, () => document.querySelectorAll('support-faq, support-hotline, support-call-prep, support-dispute-checklist').forEach((el) => el.setAttribute('theme', 'dark'))],
    // Arabic where the library has it (its own strings); dir="rtl" either way.
      ['rtl', {}, () => document.documentElement.setAttribute('lang', 'ar') || document.documentElement.setAttribute('dir', 'rtl')],
    ['forced-colors', { forcedColors: 'active' }, () => {}],
  ]) {
    for (const width of [1000, 320]) {
      const { page, close } = await open('/test/pages/all.html', { width, ...options });
      await page.evaluate(setup);
      await page.waitForTimeout(300);
      await everyState(page, { errorsOnly: width === 320 && variant !== 'light' });
      for (const tag of TAGS) {
        const name = `test-screenshots/host-${tag}-${variant}-${width}.png`;
        await page.locator(tag).screenshot({ path: name });
        shots.push(name);
      }
      await page.evaluate(() => localStorage.clear());
      await close();
      const center = await open('/test/pages/center.html', { width, ...options });
      await center.page.evaluate(setup);
      await center.page.waitForTimeout(300);
      const name = `test-screenshots/host-support-center-${variant}-${width}.png`;
      await center.page.locator('support-center').screenshot({ path: name });
      shots.push(name);
      await center.close();
    }
  }
  check(`${shots.length} review screenshots written to test-screenshots/ (five elements; light, dark, RTL, forced colours; 1000 and 320 px)`, shots.length === 40);
  });
} finally {
  await browser.close();
  server.close();
  strict.close();
  litOnly.close();
}

finish();
