// What the safe text format's browser tests share: a FAQ of data answers, the elements and attributes the format may
// give, the hostile payloads wrapped in every construct, and the time an answer may take.
import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportFaq } from '../src/index.js';
export const MB = 1 << 20;
/**
 * Milliseconds an answer may take at most: 1.5 s for up to 40,000 elements, and as much again per 40,000 elements
 * an answer makes (a megabyte of `1. ` lines makes 262,144 list items: the browser's work grows with them).
 * Linear, so a scan that backtracked quadratically over a megabyte (minutes) still fails. It was 1 s, as
 * test/huge-input.test.ts allows: `\`a\`` 40,000 times took 1.07 s on this 2-core machine at load 2.5 (0.8 s
 * quiet), and failed the long suite with nothing wrong but the machine.
 */
export const limit = (elements: number): number => 1500 * Math.max(1, elements / 40_000);
export const P = 'window.__pwned=1';
export const items = (el: SupportFaq): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>('#data > support-faq-item')];
export const faq = (answers: string[]) =>
  fixture<SupportFaq>(html`<support-faq .items=${answers.map((answer, i) => ({ id: `a${i}`, question: `Question ${i}?`, answer }))}></support-faq>`);

export const ALLOWED = new Set(['p', 'br', 'ul', 'ol', 'li', 'strong', 'em', 'code', 'a']);
/** What in an answer is not one of the format's elements and attributes: a link only to https:, http:, mailto: or tel:. */
export function foreign(answer: Element): string[] {
  const found: string[] = [];
  for (const el of answer.querySelectorAll('*')) {
    if (!ALLOWED.has(el.localName)) found.push(`<${el.localName}>`);
    if (el.shadowRoot) found.push(`a shadow root on <${el.localName}>`);
    for (const { name, value } of el.attributes) {
      const ok =
        (name === 'dir' && /^(?:ltr|rtl)$/.test(value) && (el.localName === 'p' || el.localName === 'li')) ||
        (name === 'start' && el.localName === 'ol' && /^\d+$/.test(value)) ||
        (name === 'href' && el.localName === 'a' && ['https:', 'http:', 'mailto:', 'tel:'].includes(new URL(value, location.href).protocol));
      if (!ok) found.push(`${name}="${value.slice(0, 40)}" on <${el.localName}>`);
    }
  }
  return found;
}

/** The markup of a tree without Lit's comment markers, adjacent text joined: what a reader's DOM holds. */
export function plain(root: HTMLElement): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: ChildNode[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) comments.push(n as ChildNode);
  comments.forEach((c) => c.remove());
  root.normalize();
  return root.innerHTML;
}

/** A small seeded generator (mulberry32): the same inputs in every run. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Answers made of the format's markers, words, spaces and line breaks in random order. */
export function fuzz(n: number): string[] {
  const next = random(19);
  const parts = [
    '*',
    '**',
    '***',
    '_',
    '__',
    '`',
    '``',
    '[',
    '](',
    ')',
    'https://example.com/a_b',
    'javascript:x',
    '\\',
    'word',
    'a',
    ' ',
    '\n',
    '\n\n',
    '- ',
    '* ',
    '1. ',
    '7) ',
    'نص',
    '(',
    '<b>',
  ];
  return Array.from({ length: n }, () => Array.from({ length: 1 + Math.floor(next() * 16) }, () => parts[Math.floor(next() * parts.length)]).join(''));
}

/** Each payload inside each new construct. */
export const WRAPS: ((p: string) => string)[] = [
  (p) => `**${p}**`,
  (p) => `*${p}*`,
  (p) => `_${p}_`,
  (p) => `***${p}***`,
  (p) => `\`${p}\``,
  (p) => `- ${p}\n* ${p}`,
  (p) => `1. ${p}\n2) ${p}`,
  (p) => `${p}\n${p}`,
  (p) => `**a *${p}* b**`,
  (p) => `\\${p}\\`,
];

/** New classes of payload: markers around markup and URL schemes, unbalanced and nested markers, right-to-left list items. */
export const NEW_PAYLOADS = [
  `**<script>${P}</script>**`,
  `*<img src=x onerror=${P}>*`,
  `_<img src=x onerror=${P}>_`,
  `***<svg onload=${P}>***`,
  `\`<script>${P}</script>\``,
  `\`<img src=x onerror=${P}>\``,
  `\`javascript:${P}\``,
  `*javascript:${P}*`,
  `_javascript:${P}_`,
  `[\`x\`](javascript:${P})`,
  `[*x*](javascript:${P})`,
  `\`[x](javascript:${P})\``,
  `**[x](javascript:${P})**`,
  `_[x](data:text/html,<script>${P}</script>)_`,
  `*[x](https://example.com/) [y](javascript:${P})*`,
  `- [x](javascript:${P})\n1. \`<img src=x onerror=${P}>\``,
  '***a**',
  '**a***',
  '*a **b* c**',
  '_a *b_ c*',
  '**_*`a`*_**',
  `${'*'.repeat(7)}a${'_'.repeat(5)}`,
  '`` ` ``` `',
  '[**](*)',
  '\\**a**',
  '**\\**',
  '`\\`',
  `${'*a '.repeat(500)}${'_b '.repeat(500)}`,
  `${'**'.repeat(1000)}x`,
  `- \u202Eevil.example\u202C`,
  `1. مرحبا *<img src=x onerror=${P}>*`,
  '- שלום **עולם**\n- \u2067+1 800 555 0199\u2069',
  '3) \u202Egnp.exe *x*\n4) \u061c**ب**',
];
