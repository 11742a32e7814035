// `support-widgets faq-import`: an existing FAQ (Markdown, CSV, a Zendesk Help Center export) to the JSON
// config of <support-faq> (`{ "items": [...] }`), with a report of everything it could not keep.
import type { FaqItemData } from '../components/faq/faq.component.js';
import { csvItems, languageTag } from './csv.js';
import { parseMarkdown, type SourceItem, type Text } from './markdown.js';
import { ImportError, quote, Report, type Warning } from './report.js';
import { zendeskItems } from './zendesk.js';

export type Format = 'markdown' | 'csv' | 'zendesk';
export const FORMATS: Format[] = ['markdown', 'csv', 'zendesk'];

export interface ImportOptions {
  /** The format; by default from the file name's extension, else from the content. */
  format?: Format;
  /** The file name, for the format's guess. */
  name?: string;
  /** CSV: `,`, `;` or a tab; by default the most frequent of them in the header row. */
  delimiter?: string;
  /** The language of text given without one (CSV's plain columns) and the FAQ's `defaultLang`. */
  defaultLang?: string;
}

/** An item of the output: `FaqItemData`, with a question and answer per language where the source has several. */
export type ImportedItem = Omit<FaqItemData, 'question' | 'answer'> & { question: Text; answer: Text };

export interface ImportResult {
  config: { defaultLang?: string; items: ImportedItem[] };
  format: Format;
  warnings: Warning[];
}

/** The format of a file: from its extension, else a JSON object or array is Zendesk's, a header row naming a question column CSV, anything else Markdown. */
export function guessFormat(name: string | undefined, text: string): Format {
  const ext = /\.([A-Za-z]+)$/.exec(name ?? '')?.[1].toLowerCase();
  if (ext && ['md', 'markdown', 'mdown', 'mkd'].includes(ext)) return 'markdown';
  if (ext && ['csv', 'tsv'].includes(ext)) return 'csv';
  if (ext === 'json') return 'zendesk';
  if (/^\s*[[{]/.test(text)) return 'zendesk';
  if (/^[^\n]*question[^\n]*[,;\t][^\n]*$/im.test(text.slice(0, text.indexOf('\n') >>> 0 || 1000))) return 'csv';
  return 'markdown';
}

/** JSON.parse with the error's position as a line and column. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const pos = /position (\d+)/.exec(message);
    if (pos) {
      const before = text.slice(0, Number(pos[1]));
      const line = before.split('\n').length;
      throw new ImportError(
        `line ${line}, column ${Number(pos[1]) - before.lastIndexOf('\n')}`,
        `not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}`,
      );
    }
    throw new ImportError('JSON', `not valid JSON: ${message}`);
  }
}

/** Converts the text of a FAQ file. Throws ImportError for input it cannot read. */
export function importFaq(source: string, options: ImportOptions = {}): ImportResult {
  const report = new Report();
  // The text as the parsers see it: no byte order mark, LF line ends, no NUL (HTML reads it as U+FFFD).
  const text = source
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u0000/g, '\ufffd');
  const format = options.format ?? guessFormat(options.name, text);
  const lang = options.defaultLang === undefined ? undefined : languageTag(options.defaultLang, 'option --default-lang', '--default-lang');
  let items: SourceItem[];
  let defaultLang: string | undefined;
  if (format === 'markdown') items = parseMarkdown(text, report);
  else if (format === 'csv') ({ items, defaultLang } = csvItems(text, options.delimiter, lang, report));
  else ({ items, defaultLang } = zendeskItems(parseJson(text), lang, report));
  if (!items.length && !report.warnings.length) report.add('file', 'no questions found');
  const config = finish(items, defaultLang, report);
  // In source order (links are checked when an answer is written out, after the rest of its block).
  const line = (w: Warning): number => Number(/^line (\d+)/.exec(w.at)?.[1] ?? 0);
  const warnings = format === 'zendesk' ? report.warnings : [...report.warnings].sort((a, b) => line(a) - line(b));
  return { config, format, warnings };
}

/** Items without an empty question or answer (reported), ids unique (`x`, `x-2`: reported), keys in FaqItemData's order. */
function finish(items: SourceItem[], defaultLang: string | undefined, report: Report): ImportResult['config'] {
  const out: ImportedItem[] = [];
  const ids = new Map<string, string>();
  for (const item of items) {
    const { at } = item;
    let { question, answer } = item;
    if (typeof question !== 'string' && typeof answer !== 'string') {
      for (const tag of Object.keys(question)) {
        if (!question[tag] || !answer[tag]) {
          report.add(at, `${tag}: ${question[tag] ? 'empty answer' : 'empty question'}: that language not kept`);
          delete question[tag];
          delete answer[tag];
        }
      }
      if (defaultLang && Object.keys(question).length && !question[defaultLang]) {
        report.add(at, `no question and answer in the default language ${defaultLang}: not kept`);
        continue;
      }
      if (!Object.keys(question).length) {
        report.add(at, 'no question and answer in any language: not kept');
        continue;
      }
      if (Object.keys(question).length === 1) {
        question = Object.values(question)[0];
        answer = Object.values(answer)[0];
      }
    }
    if (!question || !answer) {
      report.add(at, `${question ? 'empty answer' : 'empty question'}: not kept`);
      continue;
    }
    let id = item.id?.trim();
    if (id !== undefined && /\s/.test(id)) {
      const fixed = id.replace(/\s+/g, '-');
      report.add(at, `id ${quote(id)} has white space: changed to ${quote(fixed)}`);
      id = fixed;
    }
    if (id) {
      let unique = id;
      for (let k = 2; ids.has(unique); k++) unique = `${id}-${k}`;
      if (unique !== id) report.add(at, `duplicate id ${quote(id)} (first at ${ids.get(id)}): changed to ${quote(unique)}`);
      ids.set(unique, at);
      id = unique;
    }
    out.push({ ...(id ? { id } : {}), question, answer, ...(item.category ? { category: item.category } : {}) });
  }
  return { ...(defaultLang && out.some((i) => typeof i.question !== 'string') ? { defaultLang } : {}), items: out };
}
