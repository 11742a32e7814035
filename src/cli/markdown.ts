// Markdown FAQ to items. Block rules follow CommonMark 0.31 (https://spec.commonmark.org/0.31.2/) for what a
// FAQ uses: ATX (`#`…`######`) and setext (`===`, `---`) headings, paragraphs, lists, fenced code, block
// quotes, GFM tables, inline code, emphasis, links and raw HTML. Each block becomes HTML that the one HTML
// converter (html.ts) turns into safe text, so Markdown and HTML answers pass the same checks and reports.
import { HtmlConverter, htmlToPlainText } from './html.js';
import { Report } from './report.js';

export interface Line {
  text: string;
  line: number;
}

/** A question or answer: one string, or one per language (BCP 47 tag → text). */
export type Text = string | Record<string, string>;

export interface SourceItem {
  id?: string;
  question: Text;
  answer: Text;
  category?: string;
  at: string;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ASCII_PUNCT = /[!-/:-@[-`{-~]/;
const ENTITY = /&(?:#\d{1,8}|#[xX][\da-fA-F]{1,7}|[A-Za-z][A-Za-z\d]{0,31});/y;
const AUTOLINK = /<([A-Za-z][A-Za-z\d+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL = /<([\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?(?:\.[A-Za-z\d](?:[A-Za-z\d-]{0,61}[A-Za-z\d])?)*)>/y;
const RAW_TAG = /<\/?[A-Za-z][A-Za-z\d-]*(?:[^<>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?-->/y;
const LIST_ITEM = /^( {0,12})([-*+]|\d{1,9}[.)])(?:[ \t]+(.*)|[ \t]*$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/** Link reference definitions (`[label]: url "title"`), by normalised label. */
type Definitions = Map<string, string>;
const label = (text: string): string => text.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Where each `[` in the text closes (`]`), and where each run of backticks of a length next occurs: both in one
 * pass, so that looking for them never scans the text again (a long text of unmatched `[` stays linear).
 */
function scan(src: string): { brackets: Map<number, number>; runs: Map<number, number> } {
  const brackets = new Map<number, number>();
  const runs = new Map<number, number>();
  const open: number[] = [];
  const lastRun = new Map<number, number>();
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[') open.push(i);
    else if (c === ']' && open.length) brackets.set(open.pop()!, i);
    else if (c === '`') {
      let j = i;
      while (src[j] === '`') j++;
      const prev = lastRun.get(j - i);
      if (prev !== undefined) runs.set(prev, i);
      lastRun.set(j - i, i);
      i = j - 1;
    }
  }
  return { brackets, runs };
}

/** A link destination and optional title after `(` at `i`: the URL and the index after `)`, or undefined. */
function destination(src: string, i: number): { url: string; next: number } | undefined {
  let j = i + 1;
  while (src[j] === ' ' || src[j] === '\n') j++;
  let url = '';
  if (src[j] === '<') {
    const end = src.indexOf('>', j);
    if (end < 0 || src.slice(j, end).includes('\n')) return undefined;
    url = src.slice(j + 1, end);
    j = end + 1;
  } else {
    let depth = 0;
    const start = j;
    for (; j < src.length && !/\s/.test(src[j]); j++) {
      if (src[j] === '\\' && ASCII_PUNCT.test(src[j + 1] ?? '')) j++;
      else if (src[j] === '(') depth++;
      else if (src[j] === ')' && !depth--) break;
    }
    url = src.slice(start, j).replace(/\\([!-/:-@[-`{-~])/g, '$1');
  }
  while (src[j] === ' ' || src[j] === '\n') j++;
  const quoteChar = src[j] === '"' || src[j] === "'" ? src[j] : src[j] === '(' ? ')' : '';
  if (quoteChar) {
    // A title is at most a line or two: looking further would make a long text of `](x "` quadratic.
    const end = src.slice(j + 1, j + 1001).indexOf(quoteChar);
    if (end < 0) return undefined;
    j += end + 2;
    while (src[j] === ' ' || src[j] === '\n') j++;
  }
  return src[j] === ')' ? { url, next: j + 1 } : undefined;
}

/** Emphasis on text already made HTML: `***x***`, `*x*`, `**x**`, then italics around bold; the same with `_`. */
function emphasis(html: string): string {
  const star = (s: string): string => s.replace(/(?<!\*)\*(?![\s*])([^*]*?[^\s*])\*(?!\*)/g, '<em>$1</em>');
  const under = (s: string): string => s.replace(/(?<![\p{L}\p{N}_])_(?![\s_])([^_]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '<em>$1</em>');
  let out = html.replace(/\*\*\*(?![\s*])([^*]*?[^\s*])\*\*\*/g, '<strong><em>$1</em></strong>');
  out = out.replace(/(?<![\p{L}\p{N}_])___(?![\s_])([^_]*?[^\s_])___(?![\p{L}\p{N}_])/gu, '<strong><em>$1</em></strong>');
  out = under(star(out));
  out = out.replace(/\*\*(?![\s*])([^*]*?[^\s*])\*\*/g, '<strong>$1</strong>');
  out = out.replace(/(?<![\p{L}\p{N}_])__(?![\s_])([^_]*?[^\s_])__(?![\p{L}\p{N}_])/gu, '<strong>$1</strong>');
  return under(star(out));
}

/**
 * Inline Markdown to HTML. Text is escaped; raw HTML tags pass through (the HTML converter checks them);
 * backslash escapes, code spans and link destinations are set aside as placeholders before emphasis is read.
 * `breaks`: a line break in the text is a line break (CSV cells), not a space (Markdown's soft break).
 */
export function inlineHtml(src: string, defs: Definitions, breaks: boolean): string {
  const pieces: string[] = [];
  const hold = (html: string): string => `\u0000${pieces.push(html) - 1}\u0001`;
  const { brackets, runs } = scan(src);
  const closeAt = new Map<number, { next: number; html: string }>();
  let out = '';
  for (let i = 0; i < src.length;) {
    const c = src[i];
    const close = closeAt.get(i);
    if (close) {
      out += hold(close.html);
      i = close.next;
    } else if (c === '\\' && ASCII_PUNCT.test(src[i + 1] ?? '')) {
      out += hold(escapeHtml(src[i + 1]));
      i += 2;
    } else if (c === '\\' && src[i + 1] === '\n') {
      out += hold('<br>');
      i += 2;
    } else if (c === '\n') {
      out += breaks || out.endsWith('  ') ? hold('<br>') : ' ';
      i++;
    } else if (c === '`') {
      let j = i;
      while (src[j] === '`') j++;
      const end = runs.get(i);
      if (end !== undefined) {
        let code = src.slice(j, end).replace(/\n/g, ' ');
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        out += hold(`<code>${escapeHtml(code)}</code>`);
        i = end + (j - i);
      } else {
        out += hold(src.slice(i, j));
        i = j;
      }
    } else if (c === '<') {
      const m = [AUTOLINK, EMAIL, RAW_TAG].map((re) => ((re.lastIndex = i), re.exec(src))).find(Boolean);
      if (!m) {
        out += '&lt;';
        i++;
      } else {
        const href = m[0].startsWith('<!--') || /^<\/?[A-Za-z][A-Za-z\d-]*[\s/>]/.test(m[0]) ? undefined : m[1];
        if (href === undefined) out += hold(m[0]);
        else {
          const url = /^[A-Za-z][A-Za-z\d+.-]*:/.test(href) ? href : `mailto:${href}`;
          out += hold(`<a href="${escapeHtml(url)}">${escapeHtml(href)}</a>`);
        }
        i += m[0].length;
      }
    } else if ((c === '[' || (c === '!' && src[i + 1] === '[')) && brackets.has(c === '[' ? i : i + 1)) {
      const open = c === '[' ? i : i + 1;
      const end = brackets.get(open)!;
      let link: { url: string; next: number } | undefined;
      if (src[end + 1] === '(') link = destination(src, end + 1);
      else {
        const ref = /^\[([^\]]*)\]/.exec(src.slice(end + 1, end + 1001));
        const key = label(ref && ref[1] ? ref[1] : src.slice(open + 1, end));
        if (defs.has(key)) link = { url: defs.get(key)!, next: end + 1 + (ref ? ref[0].length : 0) };
      }
      if (!link) {
        out += c === '[' ? '[' : '!';
        i++;
      } else if (c === '!') {
        const alt = src.slice(open + 1, end);
        out += hold(`<img alt="${escapeHtml(alt)}" src="${escapeHtml(link.url)}">`);
        i = link.next;
      } else {
        out += hold(`<a href="${escapeHtml(link.url)}">`);
        closeAt.set(end, { next: link.next, html: '</a>' });
        i++;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(src);
      out += m ? hold(m[0]) : '&amp;';
      i += m ? m[0].length : 1;
    } else {
      out += c === '>' ? '&gt;' : c === '"' ? '&quot;' : c === '\u0000' ? '\ufffd' : c;
      i++;
    }
  }
  return emphasis(out).replace(/\u0000(\d+)\u0001/g, (_, k: string) => pieces[Number(k)]);
}

/** Answer lines (Markdown) to HTML pieces, each with the line it starts on. */
export function blocksHtml(lines: Line[], defs: Definitions, breaks: boolean, report: Report): { html: string; line: number }[] {
  const out: { html: string; line: number }[] = [];
  const inline = (text: string): string => inlineHtml(text, defs, breaks);
  let para: Line[] = [];
  const endPara = (): void => {
    if (para.length) out.push({ html: `<p>${inline(para.map((l) => l.text.trimStart()).join('\n'))}</p>`, line: para[0].line });
    para = [];
  };
  // The open lists, outermost first: their marker type and the indent of their items.
  let lists: { ordered: boolean; indent: number }[] = [];
  let item: Line | undefined;
  let itemText: string[] = [];
  let html = '';
  let listLine = 0;
  const endItem = (): void => {
    if (item) html += `<li>${inline(itemText.join('\n'))}</li>`;
    item = undefined;
    itemText = [];
  };
  const endLists = (): void => {
    endItem();
    while (lists.length) html += lists.pop()!.ordered ? '</ol>' : '</ul>';
    if (html) out.push({ html, line: listLine });
    html = '';
    lists = [];
  };
  let blank = false;
  for (let n = 0; n < lines.length; n++) {
    const { text, line } = lines[n];
    const fence = FENCE.exec(text);
    if (!text.trim()) {
      endPara();
      blank = true;
      continue;
    }
    const li = LIST_ITEM.exec(text);
    if (lists.length && !li && !fence) {
      // A line after a list item belongs to it when it follows directly, or is indented after a blank line.
      if ((!blank || /^ {2,}\S/.test(text)) && !RULE.test(text)) {
        itemText.push(text.trim());
        blank = false;
        continue;
      }
      endLists();
    }
    blank = false;
    if (fence) {
      endPara();
      endLists();
      const marker = fence[1];
      const code: Line[] = [];
      let k = n + 1;
      for (; k < lines.length && !new RegExp(`^ {0,3}${marker[0]}{${marker.length},}\\s*$`).test(lines[k].text); k++) code.push(lines[k]);
      report.add(`line ${line}`, 'code block: each line kept as inline code');
      const body = code.map((l) => (l.text.trim() ? `<code>${escapeHtml(l.text.trim())}</code>` : '')).join('<br>');
      out.push({ html: `<p>${body}</p>`, line });
      n = k;
    } else if (RULE.test(text)) {
      endPara();
      endLists();
      out.push({ html: '<hr>', line });
    } else if (li) {
      endPara();
      const indent = li[1].length;
      const ordered = /\d/.test(li[2]);
      if (!lists.length) listLine = line;
      endItem();
      while (lists.length && indent < lists[lists.length - 1].indent) html += lists.pop()!.ordered ? '</ol>' : '</ul>';
      const top = lists[lists.length - 1];
      if (top && indent === top.indent && ordered !== top.ordered) {
        html += lists.pop()!.ordered ? '</ol>' : '</ul>';
      }
      if (!lists.length || indent > lists[lists.length - 1].indent) {
        const start = ordered ? Number(li[2].slice(0, -1)) : 1;
        html += ordered ? `<ol start="${start}">` : '<ul>';
        lists.push({ ordered, indent });
      }
      item = lines[n];
      itemText = [li[3] ?? ''];
    } else if (/^ {0,3}>/.test(text)) {
      endPara();
      endLists();
      const quoted: Line[] = [];
      let k = n;
      for (; k < lines.length && /^ {0,3}>/.test(lines[k].text); k++) quoted.push({ text: lines[k].text.replace(/^ {0,3}> ?/, ''), line: lines[k].line });
      out.push({ html: '<blockquote>', line });
      out.push(...blocksHtml(quoted, defs, breaks, report));
      out.push({ html: '</blockquote>', line: lines[k - 1].line });
      n = k - 1;
    } else if (text.includes('|') && n + 1 < lines.length && TABLE_DELIMITER.test(lines[n + 1].text) && lines[n + 1].text.includes('-')) {
      endPara();
      const cells = (row: string): string => {
        const parts = row
          .trim()
          .replace(/^\||\|$/g, '')
          .split(/(?<!\\)\|/);
        return `<tr>${parts.map((cell) => `<td>${inline(cell.trim().replace(/\\\|/g, '|'))}</td>`).join('')}</tr>`;
      };
      let body = cells(text);
      let k = n + 2;
      for (; k < lines.length && lines[k].text.includes('|') && lines[k].text.trim(); k++) body += cells(lines[k].text);
      out.push({ html: `<table>${body}</table>`, line });
      n = k - 1;
    } else para.push(lines[n]);
  }
  endPara();
  endLists();
  return out;
}

/** Answer lines to safe text through the HTML converter, reporting each block at its line. */
export function linesToSafeText(lines: Line[], defs: Definitions, breaks: boolean, report: Report, lineOffset = 0): string {
  const converter = new HtmlConverter(report);
  for (const piece of blocksHtml(lines, defs, breaks, report)) converter.add(piece.html, `line ${piece.line + lineOffset}`);
  return converter.finish();
}

interface Heading {
  level: number;
  text: string;
  id?: string;
  line: number;
  body: Line[];
}

const ANCHOR = /<a\s+(?:[^>]*?\s)?(?:id|name)\s*=\s*["']?([^"'\s>]+)["']?[^>]*>\s*<\/a>/i;
const ANCHOR_LINE = /^\s*(?:<a\s+(?:[^>]*?\s)?(?:id|name)\s*=\s*["']?[^"'\s>]+["']?[^>]*>\s*<\/a>\s*)+$/i;

/**
 * A Markdown FAQ: every heading with answer text under it and no deeper heading is a question; a heading with
 * deeper headings under it is a section, and the nearest section above a question is its category, except
 * the document's title (a first heading alone at the top level). `{#id}` after a heading, or an HTML anchor
 * (`<a id="…"></a>`) in it or on the line before it, gives the question's id.
 */
export function parseMarkdown(source: string, report: Report): SourceItem[] {
  const raw = source.split('\n');
  const lines: Line[] = raw.map((text, i) => ({ text: text.replace(/\t/g, '    '), line: i + 1 }));
  let start = 0;
  // YAML front matter (`---` on the first line, up to the next `---` or `...`): metadata, not content.
  if (/^---\s*$/.test(raw[0] ?? '')) {
    const end = raw.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
    if (end > 0) start = end + 1;
  }
  const defs: Definitions = new Map();
  const preamble: Heading = { level: 0, text: '', line: 0, body: [] };
  const headings: Heading[] = [];
  let current = preamble;
  let fence = '';
  let pendingId: string | undefined;
  // The lines of the paragraph being read (setext heading text), and whether it can be one.
  let run = 0;
  let runPlain = false;
  for (let n = start; n < lines.length; n++) {
    const { text, line } = lines[n];
    if (fence) {
      if (new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(text)) fence = '';
      current.body.push(lines[n]);
      continue;
    }
    const f = FENCE.exec(text);
    if (f) {
      fence = f[1];
      current.body.push(lines[n]);
      run = 0;
      continue;
    }
    const def = /^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*$/.exec(text);
    if (def) {
      if (!defs.has(label(def[1]))) defs.set(label(def[1]), def[2]);
      run = 0;
      continue;
    }
    const atx = ATX.exec(text);
    const setext = /^ {0,3}(=+|-+)[ \t]*$/.exec(text);
    if (atx || (setext && run && runPlain)) {
      let title: string;
      let level: number;
      if (atx) {
        title = atx[2] ?? '';
        level = atx[1].length;
      } else {
        const textLines = current.body.splice(current.body.length - run, run);
        title = textLines.map((l) => l.text.trim()).join(' ');
        level = setext![1][0] === '=' ? 1 : 2;
      }
      let id = pendingId;
      pendingId = undefined;
      const attr = /\s*\{\s*#([^\s}]+)[^}]*\}\s*$/.exec(title);
      if (attr) {
        id = attr[1];
        title = title.slice(0, attr.index);
      }
      const anchor = ANCHOR.exec(title);
      if (anchor) {
        id ??= anchor[1];
        title = title.replace(ANCHOR, '');
      }
      current = { level, text: title, id, line: setext && !atx ? line - run : line, body: [] };
      headings.push(current);
      run = 0;
      continue;
    }
    if (ANCHOR_LINE.test(text)) {
      pendingId = ANCHOR.exec(text)![1];
      continue;
    }
    current.body.push(lines[n]);
    if (!text.trim()) run = 0;
    else {
      if (!run) runPlain = !LIST_ITEM.test(text) && !/^ {0,3}>/.test(text) && !/^ {4}/.test(text) && !RULE.test(text);
      run++;
    }
  }
  if (fence) report.add(`line ${lines.length}`, 'code block not closed before the end of the file: it runs to the end');
  // The first line with text, HTML comments (`<!-- … -->`, notes to the FAQ's editors) left out.
  const nonBlank = (body: Line[]): Line | undefined => {
    const kept = body
      .map((l) => l.text)
      .join('\n')
      .replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ''))
      .split('\n');
    return body[kept.findIndex((t) => t.trim())];
  };
  const stray = nonBlank(preamble.body);
  if (stray) report.add(`line ${stray.line}`, 'text before the first heading is not under a question: not kept');
  if (!headings.length) return [];

  const isSection = (k: number): boolean => k + 1 < headings.length && headings[k + 1].level > headings[k].level;
  const top = Math.min(...headings.map((h) => h.level));
  // A document title: the first heading, a section, the only one at the top level.
  const title = isSection(0) && headings[0].level === top && headings.filter((h) => h.level === top).length === 1 ? headings[0] : undefined;
  const items: SourceItem[] = [];
  const sections: Heading[] = [];
  headings.forEach((h, k) => {
    while (sections.length && sections[sections.length - 1].level >= h.level) sections.pop();
    const at = `line ${h.line}`;
    const plain = htmlToPlainText(inlineHtml(h.text, defs, false), at, report);
    if (isSection(k)) {
      sections.push(h);
      const text = nonBlank(h.body);
      if (text) report.add(`line ${text.line}`, `text under the section heading ${JSON.stringify(plain)} is not under a question: not kept`);
      if (!plain && h !== title) report.add(at, 'empty section heading: its questions have no category');
      return;
    }
    const section = sections[sections.length - 1];
    const category = section && section !== title ? htmlToPlainText(inlineHtml(section.text, defs, false), `line ${section.line}`, new Report()) : '';
    const answer = linesToSafeText(h.body, defs, false, report);
    items.push({ id: h.id, question: plain, answer, ...(category ? { category } : {}), at });
  });
  return items;
}
