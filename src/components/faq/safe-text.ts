// The FAQ's safe text format (answers given as data): parsed once into a small tree of allowed elements, which
// two renderers turn into DOM nodes (in one pass, in the browser) or Lit templates (server rendering and
// hydration). Text only ever becomes text: no HTML is parsed, whatever the answer holds.
import { groupsInOrder, unseen } from '../../internal/bidi.js';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** A link's href, or undefined (reported) to show its text without a link. */
export type Linker = (url: string, label: string) => string | undefined;

/** One element of a parsed answer: only p, br, ul, ol, li, strong, em, code and a (with a checked href). */
export interface SafeElement {
  tag: 'p' | 'br' | 'ul' | 'ol' | 'li' | 'strong' | 'em' | 'code' | 'a';
  kids: SafeNode[];
  /** A paragraph's or list item's direction: that of its first letter, as `dir="auto"` would give. */
  dir?: 'ltr' | 'rtl';
  href?: string;
  /** A numbered list's first number, when not 1. */
  start?: number;
}
export type SafeNode = string | SafeElement;

/** An element with every field its own: a polluted Object.prototype (a `dir` or `href` on it) changes nothing. */
const node = (tag: SafeElement['tag'], kids: SafeNode[] = [], dir?: SafeElement['dir'], href?: string, start?: number): SafeElement => ({
  tag,
  kids,
  dir,
  href,
  start,
});

const LETTER = /\p{L}/u;
/** Letters of right-to-left scripts (Unicode bidi classes R and AL: Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/**
 * The direction `dir="auto"` would give a paragraph: that of its first letter (none: the parent's). Computed
 * once here: with `dir="auto"` the browser resolves it again for every node added, which made a megabyte of
 * formatting take minutes.
 */
export function dirOf(text: string): 'ltr' | 'rtl' | undefined {
  const letter = LETTER.exec(text)?.[0];
  return letter ? (RTL.test(letter) ? 'rtl' : 'ltr') : undefined;
}

/** A list line: `- `, `* `, `1. ` or `1) ` (up to nine digits, as CommonMark). */
const ITEM = /^\s*(?:[-*]|(\d{1,9})[.)])(?:\s|$)/;
/** Where something other than plain text may start. */
const SPECIAL = /[\\`[*_]/g;
/** `[text](url)`: no `[` in a label and no `(` in a URL, so each scan stops at the next candidate (linear time). */
const LINK = /\[([^[\]]+)\]\(([^()\s]+)\)/y;
/** Unicode punctuation as CommonMark 0.31 counts it: general categories P and S. */
const PUNCT = /[\p{P}\p{S}]/u;
/**
 * Chinese, Japanese and Korean characters, their punctuation included (「」。、（）：！ and the fullwidth forms): the
 * scripts Han, Hiragana, Katakana, Bopomofo and Hangul and the East Asian wide punctuation blocks, an approximation
 * of the "CJK character" (East Asian Width W, F or H, or Hangul) of the CJK-friendly amendments to CommonMark
 * (github.com/tats-u/markdown-cjk-friendly, specification.md; commonmark-spec issue 650).
 */
const CJK =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\p{sc=Hangul}\u2e80-\u2fff\u3000-\u303f\u3190-\u31ff\ufe10-\ufe1f\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6]/u;
/**
 * What a character beside a marker is, for the flanking rules: 0 space (or none), 1 punctuation other than CJK
 * punctuation, 2 other (letters, digits, CJK punctuation), 3 a CJK character. Per the CJK-friendly amendments, CJK
 * punctuation does not count as punctuation next to a marker (so `**「設定」**を` closes: text in these languages has
 * no spaces around bold), and a CJK character on the outer side of a run counts as space would (so `”**中` and
 * `**“` after a CJK letter still close and open). Latin text is read exactly as CommonMark 0.31.
 */
const kind = (c?: string): number => (!c || /\s/.test(c) ? 0 : CJK.test(c) ? 3 : PUNCT.test(c) ? 1 : 2);

/** An emphasis run that may open: its marker, how many of it are left (shown as text), the elements it opened. */
class Opener {
  tags: ('strong' | 'em')[] = [];
  constructor(
    readonly c: string,
    public n: number,
  ) {}
}

/**
 * The spans of one line, pushed to `into`: `` `code` ``, `[text](url)`, backslash escapes and emphasis with
 * `*` and `_` runs, opening and closing as CommonMark's flanking rules say (no emphasis inside words with `_`,
 * none around a lone `*` between spaces). One scan into a flat list (an opener records the elements it opens,
 * `null` closes one), then one pass building the tree. A closer looks at the last four openers only and a run of
 * more than three markers is text, so the work is linear and the nesting shallow whatever the input.
 */
function inline(line: string, link: Linker, into: SafeNode[]): void {
  const flat: (SafeNode | Opener | null)[] = [];
  const open: Opener[] = [];
  /** Bit n set: no run of n backticks is left in the line (each length is looked for to the end once). */
  let missing = 0;
  let start = 0;
  const flush = (to: number): void => void (to > start && flat.push(line.slice(start, to)));
  for (let i = 0, m; (SPECIAL.lastIndex = i), (m = SPECIAL.exec(line));) {
    i = m.index;
    const c = m[0];
    let j = i + 1;
    if (c === '\\') {
      // A backslash before ASCII punctuation shows that character.
      if (/[!-/:-@[-`{-~]/.test(line[j])) {
        flush(i);
        start = j++;
      }
    } else if (c === '[') {
      LINK.lastIndex = i;
      const l = line[j] !== '[' && LINK.exec(line);
      if (l) {
        flush(i);
        const href = link(l[2], l[1]);
        // A link text a reader cannot see (`[\u200b](…)`) would be a link with no name: its address is its text (c23-5).
        const text = href && unseen(l[1]) ? l[2] : l[1];
        // A phone number's groups in Arabic-Indic digits keep their order (see groupsInOrder).
        flat.push(href ? node('a', [href.startsWith('tel:') ? groupsInOrder(text) : text], undefined, href) : l[1]);
        start = j = LINK.lastIndex;
      }
    } else if (c === '`') {
      while (line[j] === '`') j++;
      const n = j - i;
      // The closer: the next run of exactly as many backticks (three at most: longer runs are text).
      let end = n < 4 && !(missing & (1 << n)) ? line.indexOf('`', j) : -1;
      while (end >= 0) {
        let q = end;
        while (line[++q] === '`');
        if (q - end === n) break;
        end = line.indexOf('`', q);
      }
      if (end < 0) missing |= 1 << Math.min(n, 4);
      else {
        flush(i);
        // One space on each side is dropped, so `` ` `a` ` `` can show backticks (CommonMark).
        const code = line.slice(j, end);
        flat.push(node('code', [code[0] === ' ' && code.endsWith(' ') && /[^ ]/.test(code) ? code.slice(1, -1) : code]));
        start = j = end + j - i;
      }
    } else {
      while (line[j] === c) j++;
      let n = j - i;
      // The characters beside the run, whole (a CJK extension ideograph is a surrogate pair).
      const before = /[\udc00-\udfff]/.test(line[i - 1]) ? line.slice(i - 2, i) : line[i - 1];
      const after = line.slice(j, j + 1 + +/[\ud800-\udbff]/.test(line[j]));
      const b = kind(before);
      const a = kind(after);
      // Left-flanking: not before space, and not before (non-CJK) punctuation unless after space, punctuation or CJK.
      const left = a && (a > 1 || b !== 2);
      const right = b && (b > 1 || a !== 2);
      // `_` opens or closes only at a word's edge (or after/before any punctuation): snake_case_names stay as written.
      const opens = left && (c === '*' || !right || PUNCT.test(before));
      const closes = right && (c === '*' || !left || PUNCT.test(after));
      if (n < 4 && (opens || closes)) {
        flush(i);
        start = j;
        for (let k = open.length - 1; closes && n && k >= 0;) {
          const o = open[k];
          if (o.c !== c) {
            k--;
            continue;
          }
          // The openers above this one stay text; two or more on both sides make bold, else italic.
          const use = o.n > 1 && n > 1 ? 2 : 1;
          while (open.length > k + 1) open.pop();
          o.n -= use;
          n -= use;
          o.tags.unshift(use > 1 ? 'strong' : 'em');
          flat.push(null);
          if (!o.n) open.length = k--;
        }
        const o = new Opener(c, n);
        // What is left opens later, or stays text.
        if (n) flat.push(opens ? o : c.repeat(n));
        if (n && opens && open.push(o) > 4) open.shift();
      }
    }
    i = j;
  }
  flush(line.length);
  const stack = [into];
  for (const t of flat) {
    if (t === null) stack.pop();
    else if (!(t instanceof Opener)) stack[stack.length - 1].push(t);
    else {
      if (t.n) stack[stack.length - 1].push(t.c.repeat(t.n));
      for (const tag of t.tags) {
        const el = node(tag);
        stack[stack.length - 1].push(el);
        stack.push(el.kids);
      }
    }
  }
}

/**
 * The safe format parsed: paragraphs (blocks between blank lines; a line break inside one is a `<br>`),
 * bulleted and numbered lists (their lines start with `- `, `* `, `1. ` or `1) `; text before or after a list
 * is a paragraph of its own), each holding the spans of `inline`.
 */
export function parse(text: string, link: Linker): SafeElement[] {
  const out: SafeElement[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let list: SafeElement | undefined;
    let para: SafeElement | undefined;
    const trimmed = block.trim();
    for (const line of trimmed ? trimmed.split('\n') : []) {
      const m = ITEM.exec(line);
      const n = m?.[1];
      // A numbered line right after a text line starts a list only at 1 (CommonMark): "in\n2024. we" is text. A
      // marker with nothing a reader can see after it (an answer of `-`) is text too, not an empty list (c23-5).
      if (m && !(para && n && +n !== 1) && !unseen(line.slice(m[0].length))) {
        const tag = n ? 'ol' : 'ul';
        if (list?.tag !== tag) out.push((list = node(tag, [], undefined, undefined, n && +n !== 1 ? +n : undefined)));
        const rest = line.slice(m[0].length);
        const li = node('li', [], dirOf(rest));
        inline(rest, link, li.kids);
        list.kids.push(li);
        para = undefined;
        continue;
      }
      list = undefined;
      if (para) para.kids.push(node('br'), '\n');
      else out.push((para = node('p')));
      para.dir ??= dirOf(line);
      inline(line, link, para.kids);
    }
  }
  return out;
}

function append(to: Element | DocumentFragment, list: SafeNode[]): void {
  for (const node of list) {
    if (typeof node === 'string') {
      if (node) to.append(node);
      continue;
    }
    const el = to.appendChild(document.createElement(node.tag));
    if (node.dir) el.dir = node.dir;
    if (node.href) (el as HTMLAnchorElement).href = node.href;
    if (node.start !== undefined) (el as HTMLOListElement).start = node.start;
    append(el, node.kids);
  }
}

/**
 * The safe answer format as elements and text, made in one pass: what the browser renders outside hydration.
 * The same output as `richText` (a Lit part per span would make a megabyte of formatting slow).
 */
export function answerNodes(text: string, link: Linker): DocumentFragment {
  const out = document.createDocumentFragment();
  append(out, parse(text, link));
  return out;
}

/** Lit needs each tag in its template: one per element of the format. */
const TEMPLATES: Record<SafeElement['tag'], (node: SafeElement, kids: unknown[]) => TemplateResult> = {
  p: (n, k) => html`<p dir=${ifDefined(n.dir)}>${k}</p>`,
  br: () => html`<br />`,
  ul: (_, k) => html`<ul>${k}</ul>`,
  ol: (n, k) => html`<ol start=${ifDefined(n.start)}>${k}</ol>`,
  li: (n, k) => html`<li dir=${ifDefined(n.dir)}>${k}</li>`,
  strong: (_, k) => html`<strong>${k}</strong>`,
  em: (_, k) => html`<em>${k}</em>`,
  code: (_, k) => html`<code>${k}</code>`,
  a: (n, k) => html`<a href=${n.href!}>${k}</a>`,
};

const templates = (list: SafeNode[]): unknown[] => list.map((n) => (typeof n === 'string' ? n : TEMPLATES[n.tag](n, templates(n.kids))));

/** Renders the safe answer format as templates (server rendering and hydration): never parsed as HTML. */
export const richText = (text: string, link: Linker): unknown[] => templates(parse(text, link));
