// The dispute checklist's strings in a language are two CDN files (issue 20: each at most 3,000 B gzip):
// cdn/locales/dispute-checklist.<tag>.js (the form, deadline and progress) imports
// cdn/locales/dispute-checklist.guidance.<tag>.js (the deadline rules and the evidence items). A merchant's page
// with the built bundle, ES module or classic script, shows the whole checklist in the language, no English left.
// Needs a build (`npm run build`): the page in each frame loads cdn/.
import { expect, waitUntil } from '@open-wc/testing';
import { dispute as english } from '../src/components/dispute-checklist/dispute-checklist.en.js';
import type { DisputeStrings } from '../src/components/dispute-checklist/dispute-checklist.en.js';
import { dispute as ru } from '../src/components/dispute-checklist/dispute-checklist.ru.js';
import { dispute as hi } from '../src/components/dispute-checklist/dispute-checklist.hi.js';
import { dispute as th } from '../src/components/dispute-checklist/dispute-checklist.th.js';
import { dispute as ja } from '../src/components/dispute-checklist/dispute-checklist.ja.js';

const LANGUAGES: [string, DisputeStrings][] = [
  ['ru', ru],
  ['hi', hi],
  ['th', th],
  ['ja', ja],
];
const BUILDS = {
  'ES module': '<script type="module" src="/cdn/support-widgets.js"></script>',
  'classic script': '<script src="/cdn/support-widgets.iife.js" defer></script>',
};

/** A merchant's page in a frame: the built bundle and a checklist in `lang` for goods not received. */
async function page(script: string, lang: string): Promise<{ root: ShadowRoot; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.title = `checklist ${lang}`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${script}</head><body><support-dispute-checklist type="not-received"></support-dispute-checklist></body></html>`;
  document.body.append(frame);
  const el = (): Element | null | undefined => frame.contentDocument?.querySelector('support-dispute-checklist');
  await waitUntil(() => el()?.shadowRoot?.querySelector('[part~=item]'), `a checklist rendered in ${lang}`, { timeout: 20000 });
  return { root: el()!.shadowRoot!, frame };
}

/** What a user reads and hears: the text of the checklist (not its styles) and its accessible names. */
function perceived(root: ShadowRoot): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // The frame's nodes are of its own realm: `instanceof Text` is false for them.
    if (node.nodeType === Node.TEXT_NODE && node.parentElement?.localName !== 'style') parts.push(node.nodeValue ?? '');
    if (node instanceof node.ownerDocument!.defaultView!.Element)
      for (const name of ['aria-label', 'title', 'placeholder']) parts.push(node.getAttribute(name) ?? '');
  }
  return parts.join('\n').replace(/\s+/g, ' ');
}

/** `text` with each run of spaces (no-break ones too) one space, as `perceived` gives it. */
const spaced = (text: string): string => text.replace(/\s+/g, ' ');

/** The words of an English string a translation would replace: its longest run without placeholders. */
const words = (text: string): string =>
  text
    .split(/\{[^{}]*\}|[{}#]/)
    .map((s) => s.trim())
    .sort((a, b) => b.length - a.length)[0];

describe('<support-dispute-checklist> from the CDN build, its strings in two files per language', () => {
  for (const [build, script] of Object.entries(BUILDS))
    for (const [lang, strings] of LANGUAGES)
      it(`shows the whole checklist in ${lang} with the ${build} build: form, deadline rule and evidence, no English left`, async function () {
        // A whole page with the bundle per test: more than mocha's default on a busy machine.
        this.timeout(30000);
        const { root, frame } = await page(script, lang);
        try {
          // The user says how they paid (the first choice, a US credit card): the deadline's rule shows.
          root.querySelector<HTMLInputElement>('[part=regimes] input')!.click();
          await waitUntil(() => perceived(root).includes(spaced(strings['w-us-reg-z'])), `the ${lang} deadline rule`, { timeout: 20000 });
          const shown = perceived(root);
          // From the first file: the type, the questions, the labels; from the second: the rule and each item with its reason.
          for (const key of [
            't-not-received',
            'how',
            'required',
            'saved',
            'w-us-reg-z',
            'i-statement',
            'r-statement',
            'i-receipt',
            'r-receipt',
            'i-terms',
            'i-contact',
            'i-tracking',
          ] as const)
            expect(shown, `${lang} ${key}`).to.include(spaced(strings[key]));
          const left = (Object.keys(english) as (keyof DisputeStrings)[]).filter(
            (key) => strings[key] !== english[key] && words(english[key]).length > 3 && shown.includes(spaced(words(english[key]))),
          );
          expect(left, `English left in the ${lang} checklist`).to.deep.equal([]);
          // Both of its files came from cdn/locales/, next to the bundle.
          const files = frame
            .contentWindow!.performance.getEntriesByType('resource')
            .map((e) => e.name.replace(/^.*\/cdn\//, ''))
            .filter((name) => name.startsWith('locales/dispute-checklist.'));
          expect(files.sort()).to.deep.equal([`locales/dispute-checklist.guidance.${lang}.js`, `locales/dispute-checklist.${lang}.js`]);
        } finally {
          frame.remove();
        }
      });
});
