// The servers of the page checks: the repository (demo, CDN build, test pages), the same behind the strict
// policy a merchant may run (Trusted Types enforced), and behind a policy that allows only Lit's. Test pages
// that differ from test/pages/all.html or center.html only in their head are generated here.
import { readFileSync } from 'node:fs';
import { serve } from '../../scripts/serve.js';

/** The Content-Security-Policy a strict merchant runs, Trusted Types enforced; docs/security.md documents it. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html support-widgets 'allow-duplicates'";

// Pages that differ from test/pages/all.html or center.html only in their head (and the toJSON page's
// endpoint) are made from them here, so the configured components have one source.
export const VARIANTS = {
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
      .replace(
        MODULE,
        `${MODULE}\n  <!-- After the library's script tag, as a merchant would: every later relative URL resolves against it. -->\n  <base href="https://other.invalid/shop/">`,
      );
  }
  return html;
}

// POST /__endpoint/ok answers 200 and keeps the body; GET /__endpoint/last gives the last one back, so a
// test can check what was sent.
let last;
async function endpoint(url, res) {
  if (url.pathname === '/__endpoint/last') {
    res.writeHead(last === undefined ? 404 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(last ?? '');
    return true;
  }
  if (url.pathname !== '/__endpoint/ok') return false;
  let body = '';
  for await (const chunk of res.req) body += chunk;
  last = body;
  res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  return true;
}

/** The route of a server: the generated page variants (with the server's CSP, if any), then the endpoint. */
const routes = (csp) => async (url, res) => {
  const page = url.pathname.startsWith('/test/pages/') ? url.pathname.slice('/test/pages/'.length) : '';
  if (!Object.hasOwn(VARIANTS, page)) return endpoint(url, res);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...(csp ? { 'content-security-policy': csp } : {}) });
  res.end(variant(page));
  return true;
};

/** A merchant who allows only Lit's policy: structured data is skipped, everything else works. */
export const LIT_ONLY = CSP.replace(' support-widgets', '');

/** Starts the three servers on free ports; returns their origins and a function that stops them. */
export async function startServers() {
  const started = [
    await serve({ port: 0, route: routes() }),
    await serve({ port: 0, headers: () => ({ 'content-security-policy': CSP }), route: routes(CSP) }),
    await serve({ port: 0, headers: () => ({ 'content-security-policy': LIT_ONLY }), route: routes(LIT_ONLY) }),
  ];
  const [origin, strict, litOnly] = started.map((s) => `http://127.0.0.1:${s.address().port}`);
  return { origin, strict, litOnly, close: () => Promise.all(started.map((s) => new Promise((r) => s.close(r)))) };
}
