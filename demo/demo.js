import { LANGUAGES } from './languages.js';
import { PAGE_TEXT, localizeConfig } from './page-text.js';

// The demo's theme switch: sets `theme` on every support-widgets element (the center passes it on to the
// elements it renders) and remembers the choice.
const KEY = 'examplepay-demo-theme';
const buttons = document.querySelectorAll('[data-theme-choice]');

function apply(theme) {
  document.documentElement.dataset.theme = theme;
  for (const el of document.querySelectorAll('support-center, support-faq, support-hotline, support-call-prep, support-dispute-checklist')) {
    el.setAttribute('theme', theme);
  }
  for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.themeChoice === theme));
}

let saved = 'light';
try {
  saved = new URLSearchParams(location.search).get('theme') || localStorage.getItem(KEY) || 'light';
} catch {
  // Storage blocked: stay light.
}
apply(saved === 'dark' ? 'dark' : 'light');
for (const b of buttons) {
  b.addEventListener('click', () => {
    apply(b.dataset.themeChoice);
    try {
      localStorage.setItem(KEY, b.dataset.themeChoice);
    } catch {
      // Storage blocked: the choice lasts for this page only.
    }
  });
}

// The demo's language menu (written in index.html, so that the page does not move when this script runs): every
// language the elements ship, each named in its own language. Its button (the form's submit) switches the page
// and the help center's elements (the center passes its `lang` on to the elements it renders), and the choice
// stays in the URL as `?lang=ja`, so a link shows the same language. Choosing an option alone changes nothing:
// arrow keys through a native <select> fire `change` on every step, and a page that switched language on each
// was re-read in a new voice at every key (outside check c22-6; WCAG 3.2.2 On Input, technique G80).
const menu = document.querySelector('[data-language-menu]');
const select = menu?.querySelector('select');
const ELEMENTS = 'support-center, support-faq, support-hotline, support-call-prep, support-dispute-checklist';

/** The page's left-to-right words inside its sentences: the package's name and the fictional number range. */
const LTR_RUN = /(support-widgets|555-01xx)/;

/**
 * `text` as the text of `el`, each left-to-right run in a <bdi dir="ltr"> (made as elements, never HTML). In an
 * Arabic sentence the digits of `555-01xx` take the sentence's direction and the range read `(01xx-555)`, and
 * `support-widgets` broke as `-support` (UAX #9, W2 and N1; outside check c22-2).
 */
function setText(el, text) {
  el.replaceChildren(
    ...text.split(LTR_RUN).map((part, i) => {
      if (i % 2 === 0) return part;
      const run = document.createElement('bdi');
      run.dir = 'ltr';
      run.textContent = part;
      return run;
    }),
  );
}

/**
 * The whole page in language `tag` (c20b-6: a merchant's page is in one language, not English around the
 * elements): `lang` and `dir` on <html>, the page's own words (as text, never HTML), and the merchant's data in
 * the center's configuration. Before the bundle registers the center, its JSON is rewritten in place, so the
 * first render is in that language; afterwards the center is given the new configuration.
 */
function pageIn(tag) {
  const t = PAGE_TEXT[tag] ?? PAGE_TEXT.en;
  const root = document.documentElement;
  root.lang = tag;
  root.dir = LANGUAGES.find(([code]) => code === tag)?.[2] ?? 'ltr';
  document.title = t.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', t.lead);
  for (const el of document.querySelectorAll('[data-text]')) setText(el, t[el.dataset.text]);
  for (const el of document.querySelectorAll('[data-label]')) el.setAttribute('aria-label', t[el.dataset.label]);
  for (const el of document.querySelectorAll('[data-only]')) el.hidden = el.dataset.only !== tag;
  for (const center of document.querySelectorAll('support-center')) {
    if (customElements.get('support-center')) {
      if (center.config) center.config = localizeConfig(center.config, tag);
      continue;
    }
    const json = center.querySelector(':scope > script[type="application/json"]');
    if (json) json.textContent = JSON.stringify(localizeConfig(JSON.parse(json.textContent), tag));
  }
}

if (select) {
  const use = (tag) => {
    select.value = tag;
    pageIn(tag);
    for (const el of document.querySelectorAll(ELEMENTS)) el.setAttribute('lang', tag);
  };
  const asked = new URLSearchParams(location.search).get('lang');
  const known = [...select.options].find((o) => o.value.toLowerCase() === asked?.toLowerCase());
  if (known) use(known.value);
  menu.addEventListener('submit', (event) => {
    event.preventDefault();
    use(select.value);
    const url = new URL(location.href);
    if (select.value === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
  });
}
