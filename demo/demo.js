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
