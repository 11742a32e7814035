// HTML (Zendesk article bodies, raw HTML in Markdown) to the FAQ's safe text format, by a small tokenizer of
// our own: no DOM, no dependency. An allow-list of elements is converted; everything else is dropped with its
// text kept, and reported; the content of script and style is dropped entirely.
import { e164, textFits } from '../internal/phone.js';
import { safeUrl } from '../internal/safe-url.js';
import { decodeEntities } from './entities.js';
import { quote, type Report } from './report.js';

type Inline = { k: 'text'; v: string } | { k: 'br' } | { k: 'b' | 'i' | 'code'; c: Inline[] } | { k: 'a'; c: Inline[]; href: string; at: string };
type Container = Extract<Inline, { c: Inline[] }>;
type Block = { k: 'p'; c: Inline[] } | { k: 'ul' | 'ol'; start: number; items: Inline[][] };

/** Elements whose content is not markup: their text runs to the matching end tag. */
const RAW = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'noscript', 'xmp', 'textarea', 'title', 'template']);
/** Raw-text elements whose content is dropped entirely (code, styles, embedded pages). */
const DROP_CONTENT = new Set(['script', 'style', 'iframe', 'noembed', 'noframes', 'noscript', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements that end a paragraph (their text is kept). */
const BLOCKS = new Set(
  'p div h1 h2 h3 h4 h5 h6 blockquote pre section article header footer aside nav main figure figcaption details summary dl dt dd address center fieldset form hr table caption thead tbody tfoot tr'.split(
    ' ',
  ),
);
/** Allowed elements that carry no formatting of their own. */
const PLAIN = new Set(['p', 'div', 'span', 'br', 'wbr']);
const NAMES: Record<string, string> = {
  img: 'image',
  iframe: 'embedded page (iframe)',
  script: 'script',
  style: 'style sheet',
  table: 'table',
  video: 'video',
  audio: 'audio',
  object: 'embedded object',
  embed: 'embedded object',
  svg: 'SVG drawing',
  form: 'form',
  input: 'form field',
  button: 'button',
  hr: 'horizontal rule',
};

const MAX_DEPTH = 20;

/** Converts HTML to safe text, one piece at a time (`add`), each with where it came from for the report. */
export class HtmlConverter {
  private blocks: Block[] = [];
  private root: Inline[] = [];
  private stack: Container[] = [];
  private list?: { k: 'ul' | 'ol'; start: number; items: Inline[][] } = undefined;
  private depth = 0;
  private pre = 0;
  private cells = 0;
  private at = '';
  private inHeading = '';

  constructor(private readonly report: Report) {}

  /** Tokenizes `html` and builds blocks from it; tags may stay open into the next piece. */
  add(html: string, at: string): void {
    this.at = at;
    const s = html.replace(/\u0000/g, '\ufffd');
    let i = 0;
    while (i < s.length) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        this.text(s.slice(i));
        break;
      }
      if (lt > i) this.text(s.slice(i, lt));
      i = lt;
      if (s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        i = end < 0 ? s.length : end + 3;
      } else if (/^<[!?]/.test(s.slice(i, i + 2))) {
        const end = s.indexOf('>', i);
        i = end < 0 ? s.length : end + 1;
      } else if (/^<\/[A-Za-z]/.test(s.slice(i, i + 3))) {
        const end = s.indexOf('>', i);
        const name = /^<\/([A-Za-z][^\s/>]*)/.exec(s.slice(i, i + 64))![1].toLowerCase();
        i = end < 0 ? s.length : end + 1;
        this.end(name);
      } else if (/^<[A-Za-z]/.test(s.slice(i, i + 2))) {
        const tag = readTag(s, i);
        if (!tag) break; // a tag cut off by the end of the text is dropped, as browsers do
        i = tag.next;
        const attrs = new Map<string, string>();
        for (const [name, raw] of tag.attrs) {
          if (attrs.has(name)) continue;
          attrs.set(name, decodeEntities(raw, true));
          if (/^on/.test(name)) this.warn(`event handler attribute ${name} dropped`);
        }
        if (RAW.has(tag.name)) {
          const close = new RegExp(`</${tag.name}(?=[\\s/>])`, 'ig');
          close.lastIndex = i;
          const found = close.exec(s);
          const content = s.slice(i, found ? found.index : s.length);
          i = found ? s.indexOf('>', found.index) + 1 || s.length : s.length;
          if (DROP_CONTENT.has(tag.name)) this.warn(`${NAMES[tag.name] ?? `<${tag.name}>`} dropped with its content`);
          else {
            this.warn(`<${tag.name}> not supported: its text is kept`);
            this.text(content);
          }
          continue;
        }
        this.start(tag.name, attrs);
        if (VOID.has(tag.name)) continue;
      } else {
        this.text('<');
        i++;
      }
    }
  }

  /** The safe text of everything added. */
  finish(): string {
    this.closeList();
    this.flush();
    const out: string[] = [];
    for (const block of this.blocks) {
      if (block.k === 'p') {
        const text = serialize(block.c, this.report, false)
          .split('\n')
          .map((line) =>
            line
              .replace(/ {2,}/g, ' ')
              .trim()
              .replace(/^([-+]|\d{1,9}[.)]) /, '$1\u00a0'),
          )
          .join('\n')
          .replace(/\n{3,}/g, '\n\n')
          .trim();
        if (text) out.push(text);
      } else {
        const lines = block.items
          .map((item) => serialize(item, this.report, true).replace(/\s+/g, ' ').trim())
          .filter(Boolean)
          .map((line, n) => (block.k === 'ul' ? `- ${line}` : `${block.start + n}. ${line}`));
        if (lines.length) out.push(lines.join('\n'));
      }
    }
    return out.join('\n\n');
  }

  /** The plain text of everything added, on one line. */
  plain(): string {
    this.closeList();
    this.flush();
    return this.blocks
      .map((b) => (b.k === 'p' ? plainText(b.c) : b.items.map(plainText).join(' ')))
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }

  private warn(message: string): void {
    this.report.add(this.at, message);
  }

  private target(): Inline[] {
    return this.stack.length ? this.stack[this.stack.length - 1].c : this.root;
  }

  private text(raw: string): void {
    let text = decodeEntities(raw, false, (name) => this.warn(`unknown character reference &${name}; kept as written`));
    if (!text) return;
    if (this.pre) {
      text.split('\n').forEach((line, n) => {
        if (n) this.target().push({ k: 'br' });
        if (line) this.target().push({ k: 'text', v: line.replace(/[ \t\r\f]+/g, ' ') });
      });
      return;
    }
    text = text.replace(/[ \t\n\r\f]+/g, ' ');
    this.target().push({ k: 'text', v: text });
  }

  private open(node: Container): void {
    // Formatting nested deeper than anyone writes it: the text is kept, the formatting beyond this depth is not
    // (the tree is walked recursively when written out).
    if (this.stack.length >= MAX_DEPTH) {
      this.warn(`formatting nested more than ${MAX_DEPTH} deep: the deeper formatting dropped, its text kept`);
      return;
    }
    this.target().push(node);
    this.stack.push(node);
  }

  private close(k: Inline['k']): void {
    for (let n = this.stack.length - 1; n >= 0; n--) {
      if (this.stack[n].k === k) {
        this.stack.length = n;
        return;
      }
    }
  }

  /** A fresh root with the formatting still open carried over (as HTML reopens formatting across blocks). */
  private reopen(): void {
    this.root = [];
    const chain = this.stack.map((node): Container => ({ ...node, c: [] }));
    this.stack = [];
    for (const node of chain) this.open(node);
  }

  private flush(): void {
    if (this.list) {
      if (hasContent(this.root)) this.list.items.push(this.root);
    } else if (hasContent(this.root)) this.blocks.push({ k: 'p', c: this.root });
    this.reopen();
  }

  /** The end of a paragraph; inside a list item, a space (an item is one line). */
  private boundary(): void {
    if (this.list) this.text(' ');
    else this.flush();
  }

  private closeList(): void {
    if (!this.list) return;
    this.flush();
    this.blocks.push(this.list);
    this.list = undefined;
    this.depth = 0;
  }

  private start(name: string, attrs: Map<string, string>): void {
    switch (name) {
      case 'br':
        this.target().push(this.list ? { k: 'text', v: ' ' } : { k: 'br' });
        return;
      case 'strong':
      case 'b':
        this.open({ k: 'b', c: [] });
        return;
      case 'em':
      case 'i':
        this.open({ k: 'i', c: [] });
        return;
      case 'code':
        this.open({ k: 'code', c: [] });
        return;
      case 'a':
        this.close('a'); // links do not nest
        if (attrs.has('href')) this.open({ k: 'a', c: [], href: attrs.get('href')!, at: this.at });
        return;
      case 'ul':
      case 'ol':
        if (this.list) {
          this.warn('nested list flattened into its parent list');
          this.flush();
          this.depth++;
          return;
        }
        this.flush();
        this.list = { k: name, start: name === 'ol' && /^\s*\d{1,9}\s*$/.test(attrs.get('start') ?? '') ? Number(attrs.get('start')) : 1, items: [] };
        this.depth = 1;
        this.reopen();
        return;
      case 'li':
        if (!this.list) {
          this.flush();
          this.list = { k: 'ul', start: 1, items: [] };
          this.depth = 1;
        }
        this.flush();
        return;
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        this.warn(`heading <${name}> inside an answer made a bold paragraph`);
        this.boundary();
        this.inHeading = name;
        this.open({ k: 'b', c: [] });
        return;
      case 'table':
        this.warn('table flattened: one paragraph per row, cells separated by " | "');
        this.boundary();
        return;
      case 'tr':
        this.boundary();
        this.cells = 0;
        return;
      case 'td':
      case 'th':
        if (this.cells++) this.text(' | ');
        return;
      case 'img':
        this.warn(
          `image dropped${attrs.get('alt')?.trim() ? ` (alt text ${quote(attrs.get('alt')!.trim())})` : ''}${attrs.has('src') ? ` (src ${quote(attrs.get('src')!)})` : ''}`,
        );
        return;
      case 'pre':
        this.warn('<pre> not supported: its text is kept, one line per line');
        this.boundary();
        this.pre++;
        return;
    }
    if (['thead', 'tbody', 'tfoot'].includes(name)) return;
    if (name === 'caption') return this.boundary();
    if (!PLAIN.has(name))
      this.warn(name in NAMES ? `${NAMES[name]} dropped${VOID.has(name) ? '' : ', its text kept'}` : `<${name}> not supported: its text is kept`);
    if (BLOCKS.has(name)) this.boundary();
  }

  private end(name: string): void {
    switch (name) {
      case 'strong':
      case 'b':
        this.close('b');
        return;
      case 'em':
      case 'i':
        this.close('i');
        return;
      case 'code':
      case 'a':
        this.close(name);
        return;
      case 'ul':
      case 'ol':
        if (!this.list) return;
        if (--this.depth <= 0) {
          this.closeList();
          this.reopen();
        } else this.flush();
        return;
      case 'li':
        if (this.list) this.flush();
        return;
      case 'pre':
        if (this.pre) this.pre--;
        break;
      case 'br':
        // `</br>` is read as `<br>` (WHATWG HTML §13.2.6.4.7).
        this.start('br', new Map());
        return;
    }
    if (name === this.inHeading) {
      this.close('b');
      this.inHeading = '';
      this.boundary();
      return;
    }
    if (BLOCKS.has(name)) this.boundary();
  }
}

/** A start tag at `i`: its lower-case name, attributes (names lower-cased, values raw) and where it ends. */
function readTag(s: string, i: number): { name: string; attrs: [string, string][]; next: number } | undefined {
  const nameMatch = /^<([A-Za-z][^\s/>]*)/.exec(s.slice(i, i + 256));
  if (!nameMatch) return undefined;
  const name = nameMatch[1].toLowerCase();
  const attrs: [string, string][] = [];
  const space = /[\s/]*/y;
  const attrName = /[^\s/>=]*/y;
  let j = i + nameMatch[0].length;
  const skip = (re: RegExp): string => {
    re.lastIndex = j;
    const m = re.exec(s)![0];
    j += m.length;
    return m;
  };
  for (;;) {
    skip(space);
    if (j >= s.length) return undefined; // a tag cut off by the end of the text is dropped, as browsers do
    if (s[j] === '>') return { name, attrs, next: j + 1 };
    // An attribute name may start with `=` (WHATWG HTML §13.2.5.32).
    const start = s[j] === '=' ? s[j++] : '';
    const key = (start + skip(attrName)).toLowerCase();
    let value = '';
    skip(/\s*/y);
    if (s[j] === '=') {
      j++;
      skip(/\s*/y);
      if (s[j] === '"' || s[j] === "'") {
        const close = s.indexOf(s[j], j + 1);
        if (close < 0) return undefined;
        value = s.slice(j + 1, close);
        j = close + 1;
      } else value = skip(/[^\s>]*/y);
    }
    attrs.push([key, value]);
  }
}

function hasContent(nodes: Inline[]): boolean {
  return nodes.some((n) => (n.k === 'text' ? n.v.trim() !== '' : n.k === 'br' ? false : hasContent(n.c)));
}

/** The plain text of inline nodes, white space collapsed. */
export function plainText(nodes: Inline[]): string {
  let out = '';
  for (const n of nodes) out += n.k === 'text' ? n.v : n.k === 'br' ? ' ' : plainText(n.c);
  return out.replace(/\s+/g, ' ');
}

/** A backslash before each character the safe format would read as formatting (common.md: `* _ \` [ ] \`). */
export const escapeText = (text: string): string => text.replace(/[\\*_`[\]]/g, '\\$&');

/** Markers around text, outside its leading and trailing white space, per line (formatting stays within a line). */
function wrap(inner: string, marker: string): string {
  return inner
    .split('\n')
    .map((line) => {
      const core = line.trim();
      if (!core) return line;
      const lead = line.slice(0, line.length - line.trimStart().length);
      const tail = line.slice(line.trimEnd().length);
      return `${lead}${marker}${core}${marker}${tail}`;
    })
    .join('\n');
}

const hasBold = (nodes: Inline[]): boolean => nodes.some((n) => n.k === 'b' || ('c' in n && n.k !== 'code' && hasBold(n.c)));

/**
 * The safe-format text of inline nodes. Italic is `*…*`, or `_…_` next to bold so that no run of three or more
 * stars stays ambiguous; links pass the FAQ's own checks (safeUrl, and for tel: e164 and textFits) or stay text.
 */
function serialize(nodes: Inline[], report: Report, inItem: boolean, bold = false, italic = false): string {
  let out = '';
  for (const n of nodes) {
    if (n.k === 'text') out += escapeText(n.v);
    else if (n.k === 'br') out += inItem ? ' ' : '\n';
    else if (n.k === 'code') {
      const text = plainText(n.c);
      out += text.includes('`') || !text.trim() ? escapeText(text) : `\`${text}\``;
    } else if (n.k === 'b') out += bold ? serialize(n.c, report, inItem, true, italic) : wrap(serialize(n.c, report, inItem, true, italic), '**');
    else if (n.k === 'i') {
      const inner = serialize(n.c, report, inItem, bold, true);
      out += italic ? inner : wrap(inner, bold || hasBold(n.c) ? '_' : '*');
    } else if (n.k === 'a') {
      const label = plainText(n.c).trim();
      if (!label) continue;
      const { url, problem } = checkLink(n.href, label);
      if (problem) report.add(n.at, problem);
      // A relative link (a Help Center's `/hc/en-us/articles/…`) now resolves against the page that shows the FAQ.
      else if (url && !/^(?:[a-z][a-z\d+.-]*:|#)/i.test(url))
        report.add(n.at, `relative link ${quote(url)} kept: it now leads to that path on the site that shows the FAQ`);
      out += url ? `[${escapeText(label)}](${url})` : escapeText(label);
    }
  }
  return out;
}

/**
 * The link's URL in the safe format, or why it is refused: the FAQ's own checks, imported from its modules.
 * `(`, `)` and white space are percent-encoded: the safe format's link ends at `)`.
 */
export function checkLink(href: string, label: string): { url?: string; problem?: string } {
  const url = safeUrl(href);
  if (!url)
    return {
      problem: `link to ${quote(href)} refused (only https:, http:, mailto:, tel: and relative links): its text ${quote(label)} is kept, the link dropped`,
    };
  if (!/^tel:/i.test(url)) return { url: url.replace(/[()\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) };
  const tel = e164(url.slice(4));
  if (!tel) return { problem: `tel: link ${quote(href)} is not an E.164 number like tel:+18005550100: its text is kept, the link dropped` };
  if (!textFits(label, tel)) return { problem: `the link text ${quote(label)} is not the number it dials (${tel}): the text is kept, the link dropped` };
  return { url: `tel:${tel}` };
}

/** One HTML string to safe text. */
export function htmlToSafeText(html: string, at: string, report: Report): string {
  const converter = new HtmlConverter(report);
  converter.add(html, at);
  return converter.finish();
}

/** The plain text of HTML (for questions): elements dropped, references decoded, white space collapsed. */
export function htmlToPlainText(html: string, at: string, report: Report): string {
  const converter = new HtmlConverter(report);
  converter.add(html, at);
  return converter.plain();
}
