// The live examples of the documentation site: each is a labelled text box holding the example's HTML and a
// preview of it. The preview is a document of its own in an iframe sandboxed with `allow-scripts` only: an
// opaque origin, so nothing typed in the box can reach this page, its storage or its cookies. Its
// Content-Security-Policy, first in its head, allows only the library from this site (cdn/) and the
// preview's own script: a script typed into the box, an event handler attribute or a script from elsewhere
// does not run. This page never parses the typed text: it only becomes the preview's `srcdoc`, through the
// one Trusted Types policy the site allows (`docs-preview`, see the CSP in docsite/_data/site.js).
const ROOT = new URL('../', import.meta.url);
const at = (path) => new URL(path, ROOT).href;
const FRAME_CSP = [
  "default-src 'none'",
  `script-src ${at('cdn/')} ${at('assets/preview.js')}`,
  `style-src ${at('assets/preview.css')}`,
  `img-src ${at('')}`,
  // The site's own files, as a merchant's example may fetch its config (`src="…"`) from next to its page.
  `connect-src ${at('')}`,
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types lit-html support-widgets 'allow-duplicates'",
].join('; ');
// The example's own script tag loads the library from a CDN; the preview loads this site's copy instead, as
// the classic bundle: a module script from an opaque origin needs CORS headers a static host may not send. (A
// language file is a module the bundle imports: a preview in a language other than English needs the host to
// send `Access-Control-Allow-Origin` for cdn/, as GitHub Pages does and scripts/serve.js does for site/cdn/.)
const LIBRARY_TAG = /<script\b[^>]*\bsrc="[^"]*\/support-widgets(?:\.iife)?\.js"[^>]*>\s*<\/script>\s*/g;
const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The preview's whole document: its policy and the library first, then the example as typed, in a main
 * landmark named by a heading of level 2 (the examples' headings are of level 3, as in a page's section).
 */
function preview(code, title) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(FRAME_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeAttr(title)}</title>
<link rel="stylesheet" href="${escapeAttr(at('assets/preview.css'))}">
<script src="${escapeAttr(at('cdn/support-widgets.iife.js'))}"></script>
<script src="${escapeAttr(at('assets/preview.js'))}"></script>
</head>
<body>
<main aria-labelledby="preview-title">
<h2 id="preview-title" class="visually-hidden">${escapeAttr(title)}</h2>
${code.replace(LIBRARY_TAG, '')}
</main>
</body>
</html>`;
}

const policy = window.trustedTypes?.createPolicy('docs-preview', { createHTML: (code, title) => preview(code, title) });

const frames = new Set();
for (const example of document.querySelectorAll('[data-example]')) {
  const code = example.querySelector('textarea');
  const frame = example.querySelector('iframe[data-example-preview]');
  const reset = example.querySelector('[data-example-reset]');
  if (!code || !frame) continue;
  frames.add(frame);
  const show = () => {
    const html = policy ? policy.createHTML(code.value, frame.title) : preview(code.value, frame.title);
    frame.srcdoc = html;
    if (reset) reset.hidden = code.value === code.defaultValue;
  };
  let timer;
  // Once typing pauses: a preview per keystroke would reload the library with every letter.
  code.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(show, 400);
  });
  reset?.addEventListener('click', () => {
    code.value = code.defaultValue;
    show();
    code.focus();
  });
  show();
}

// A preview reports its height (assets/preview.js), so it shows whole without a scroll box of its own. The
// message is taken only from a preview's own window, and only as a number in a sensible range.
window.addEventListener('message', (event) => {
  const frame = [...frames].find((f) => f.contentWindow === event.source);
  const height = event.data;
  if (!frame || typeof height !== 'number' || !Number.isFinite(height)) return;
  frame.height = String(Math.round(Math.min(Math.max(height, 80), 4000)));
});
