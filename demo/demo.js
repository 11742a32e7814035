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
// language the elements ship, each named in its own language, switches the help center's elements (the center
// passes its `lang` on to the elements it renders) and stays in the URL as `?lang=ja`, so a link shows the same
// language. A native <select>: keyboard and screen readers know it.
const select = document.querySelector('[data-language-menu] select');
if (select) {
  const use = (tag) => {
    select.value = tag;
    for (const el of document.querySelectorAll('support-center, support-faq, support-hotline, support-call-prep, support-dispute-checklist'))
      el.setAttribute('lang', tag);
  };
  const asked = new URLSearchParams(location.search).get('lang');
  const known = [...select.options].find((o) => o.value.toLowerCase() === asked?.toLowerCase());
  if (known) use(known.value);
  select.addEventListener('change', () => {
    use(select.value);
    const url = new URL(location.href);
    if (select.value === 'en') url.searchParams.delete('lang');
    else url.searchParams.set('lang', select.value);
    history.replaceState(null, '', url);
  });
}
