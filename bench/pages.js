// The bench's pages, generated per request: the same FAQ content as native <details>, as support-widgets
// and as Shoelace's <sl-details>; the demo page as it ships, as static zero-JS markup, and with its
// script arriving after first paint.
import { readFileSync } from 'node:fs';

const TOPICS = ['refund', 'card', 'payment', 'account', 'dispute', 'transfer', 'password', 'limit', 'wallet', 'receipt'];
const VERBS = ['change', 'cancel', 'check', 'find', 'report', 'update', 'track', 'close', 'verify', 'refund my'];

/** Question and answer text of item i: varied, with some items matching "refund my card". */
function item(i) {
  const topic = TOPICS[i % TOPICS.length];
  // One item in a hundred asks about "refund my card": the search has results to show.
  const verb = VERBS[Math.floor(i / TOPICS.length) % VERBS.length];
  const other = TOPICS[(i * 3 + 1) % TOPICS.length];
  return {
    id: `q-${i}`,
    q: `How do I ${verb} ${topic} number ${i}?`,
    a: `Open your account, choose ${topic}, then follow the steps for your ${other}. Item ${i} takes one to three business days.`,
  };
}

/** n FAQ items as markup for a variant. */
export function faqItems(variant, n, searchable = false) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const { id, q, a } = item(i);
    if (variant === 'native') out.push(`<details id="${id}"><summary>${q}</summary><p>${a}</p></details>`);
    else if (variant === 'sl') out.push(`<sl-details id="${id}" summary="${q}"><p>${a}</p></sl-details>`);
    else out.push(`<support-faq-item id="${id}" question="${q}"><p>${a}</p></support-faq-item>`);
  }
  return variant === 'sw' ? `<support-faq${searchable ? ' searchable' : ''}>${out.join('')}</support-faq>` : out.join('');
}

const LIBS = {
  native: '',
  sw: '<script type="module" src="/cdn/support-widgets.js"></script>',
  sl: `<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/cdn/themes/light.css">
<script type="module" src="/node_modules/@shoelace-style/shoelace/cdn/components/details/details.js"></script>`,
};

// benchSettled(host): resolves when every element in host has rendered; benchVisible(): items still shown.
const HELPERS = {
  native: `window.benchSettled = async () => {};`,
  sw: `await customElements.whenDefined('support-faq');
window.benchSettled = async (host) => {
  const faq = host.querySelector('support-faq');
  if (faq) await faq.updateComplete;
  const items = host.querySelectorAll('support-faq-item');
  if (items.length && items[0].updateComplete) await Promise.all([...items].map((e) => e.updateComplete));
};`,
  sl: `await customElements.whenDefined('sl-details');
window.benchSettled = async (host) => { await Promise.all([...host.querySelectorAll('sl-details')].map((e) => e.updateComplete)); };`,
};

// The native and Shoelace search: toggle `hidden` on every item, as a plain page script would.
const FILTER = `
const box = document.getElementById('search');
const items = [...document.querySelectorAll('#host > *')];
const texts = items.map((el) => ((el.getAttribute('summary') || '') + ' ' + el.textContent).toLowerCase());
box.addEventListener('input', () => {
  const q = box.value.trim().toLowerCase();
  for (let i = 0; i < items.length; i++) items[i].hidden = q ? !texts[i].includes(q) : false;
});`;

function page(variant, body, extra = '') {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench ${variant}</title><link rel="icon" href="data:,">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;margin:16px;line-height:1.5}[hidden]{display:none!important}</style>
${LIBS[variant]}
</head><body>
${body}
<script type="module">
${HELPERS[variant]}
window.benchVisible = () => [...document.querySelectorAll('#host details, #host sl-details, #host support-faq-item')].filter((e) => e.checkVisibility()).length;
${extra}
window.benchReady = true;
</script>
</body></html>`;
}

function demo() {
  // The page with the four elements side by side (the help center page nests them in its shadow root).
  return readFileSync('demo/components.html', 'utf8').replace('<head>', '<head>\n  <base href="/demo/">');
}

/** The demo page without JavaScript: FAQ as native <details>, the other components as static markup. */
function staticDemo() {
  return demo()
    .replace(/<script type="module" src="[^"]*support-widgets\.js"><\/script>/, '')
    .replace(/<script type="module" src="demo\.js"><\/script>/, '')
    .replace(/<support-faq-item([^>]*?)question="([^"]*)"([^>]*)>/g, '<details$1$3><summary>$2</summary>')
    .replace(/<\/support-faq-item>/g, '</details>')
    .replace(/<support-faq[^>]*>|<\/support-faq>/g, '')
    .replace(
      /<support-hotline[\s\S]*?<\/support-hotline>/g,
      () =>
        '<div><h3>Customer support</h3><p><a href="tel:+18005550100">1-800-555-0100</a> · Mo–Fr 08:00–20:00</p><p>We will never ask for your password, PIN, one-time code or full card number.</p></div>',
    )
    .replace(/<support-call-prep[\s\S]*?<\/support-call-prep>/g, () => {
      const field = (id, label, type = 'text') => `<p><label for="${id}">${label}</label><br><input id="${id}" type="${type}"></p>`;
      return `<form>${field('acct', 'Account email or ID')}${field('tx', 'Transaction ID')}${field('when', 'Date and time', 'datetime-local')}${field('amount', 'Amount', 'number')}<p><label for="what">What happened?</label><br><textarea id="what"></textarea></p><button type="button">Prepare my call</button></form>`;
    })
    .replace(/<support-dispute-checklist[\s\S]*?<\/support-dispute-checklist>/g, () => {
      const items = ['Statement line', 'Order confirmation', 'Correspondence with the merchant', 'Tracking and delivery records'];
      return `<fieldset><legend>Evidence</legend>${items.map((t, i) => `<p><input type="checkbox" id="ev${i}"> <label for="ev${i}">${t}</label></p>`).join('')}</fieldset>`;
    });
}

/** The demo page whose script arrives after first paint, with or without the README's :not(:defined) snippet. */
function lateScript(snippet) {
  const late = `<script>
requestAnimationFrame(() => setTimeout(() => {
  const s = document.createElement('script'); s.type = 'module'; s.src = '/cdn/support-widgets.js'; document.head.append(s);
}, 300));
</script>`;
  // Without the snippet: the demo's style sheet inline, its snippet block cut out.
  const css = readFileSync('demo/demo.css', 'utf8').replace(/\/\* snippet:start[\s\S]*?snippet:end \*\/\n?/, '');
  const page = demo().replace(/<script type="module" src="[^"]*support-widgets\.js"><\/script>/, '');
  return (snippet ? page : page.replace('<link rel="stylesheet" href="demo.css">', `<style>${css}</style>`)).replace('</body>', `${late}\n</body>`);
}

/** Route handler for scripts/serve.js. */
export function pages(url, res) {
  const send = (html) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
    return true;
  };
  const variant = url.searchParams.get('variant') ?? 'native';
  const n = Number(url.searchParams.get('n')) || 0;
  switch (url.pathname) {
    case '/bench/empty':
      return send(page(variant, '<div id="host"></div>'));
    case '/bench/list': {
      const box = variant === 'sw' ? '' : '<input id="search" type="search" aria-label="Search questions">';
      return send(page(variant, `${box}<div id="host">${faqItems(variant, n, true)}</div>`, variant === 'sw' ? '' : FILTER));
    }
    case '/bench/cold':
      return send(variant === 'static' ? staticDemo() : demo());
    case '/bench/late-script':
      return send(lateScript(url.searchParams.get('snippet') === '1'));
    default:
      return false;
  }
}
