// CSV FAQ to items: RFC 4180 (https://www.rfc-editor.org/rfc/rfc4180) fields, quoted ones with `""` for a quote
// and line breaks inside, CRLF or LF line ends; `,`, `;` (spreadsheets in locales with a decimal comma) or tab
// as the delimiter, read from the header row or given. Answer cells are Markdown, where a line break is a line
// break (as typed in a spreadsheet cell).
import { linesToSafeText, type SourceItem } from './markdown.js';
import { ImportError, quote, type Report } from './report.js';

export interface CsvRows {
  rows: string[][];
  /** The line each field starts on, per row. */
  lines: number[][];
}

/** The delimiter of the header row: the most frequent of `,`, `;` and tab outside quotes (`,` on a tie). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') break;
    else if (!quoted && c in counts) counts[c]++;
  }
  return [';', '\t'].reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
}

/** RFC 4180 records. Text with LF line ends (the caller turns CRLF and CR into LF). */
export function parseCsv(text: string, delimiter: string, report: Report): CsvRows {
  const rows: string[][] = [];
  const lines: number[][] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const row: string[] = [];
    const at: number[] = [];
    for (;;) {
      at.push(line);
      if (text[i] === '"') {
        const startLine = line;
        let value = '';
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) throw new ImportError(`line ${startLine}`, 'unbalanced quote: the quoted field that starts here never ends');
          const part = text.slice(j, q);
          value += part;
          for (let k = part.indexOf('\n'); k >= 0; k = part.indexOf('\n', k + 1)) line++;
          if (text[q + 1] === '"') {
            value += '"';
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        if (i < n && text[i] !== delimiter && text[i] !== '\n') {
          throw new ImportError(
            `line ${line}`,
            `text after a closing quote: expected ${delimiter === '\t' ? 'a tab' : quote(delimiter)} or the end of the line`,
          );
        }
        row.push(value);
      } else {
        let j = i;
        while (j < n && text[j] !== delimiter && text[j] !== '\n') j++;
        const value = text.slice(i, j);
        if (value.includes('"')) report.add(`line ${line}`, `a quote inside an unquoted field is kept as text: ${quote(value)}`);
        row.push(value);
        i = j;
      }
      if (text[i] === delimiter) {
        i++;
        if (i >= n) {
          at.push(line);
          row.push('');
          break;
        }
        continue;
      }
      if (text[i] === '\n') {
        i++;
        line++;
      }
      break;
    }
    if (row.length === 1 && !row[0]) continue; // an empty line
    rows.push(row);
    lines.push(at);
  }
  return { rows, lines };
}

const BASE = ['question', 'answer', 'category', 'id'];

/** A language tag as BCP 47 writes it (`zh-cn` → `zh-CN`), or an error naming the column. */
export function languageTag(tag: string, at: string, what: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // below
  }
  throw new ImportError(at, `${what}: ${quote(tag)} is not a BCP 47 language tag (like en or zh-CN)`);
}

/**
 * CSV rows to items. The header names `question`, `answer`, `category` and `id` in any order and case;
 * `question:<lang>` and `answer:<lang>` add a language. Columns without a language are in `defaultLang`.
 */
export function csvItems(
  text: string,
  delimiter: string | undefined,
  defaultLang: string | undefined,
  report: Report,
): { items: SourceItem[]; defaultLang?: string } {
  const { rows, lines } = parseCsv(text, delimiter ?? detectDelimiter(text), report);
  if (!rows.length) throw new ImportError('line 1', 'no header row: expected columns named question and answer');
  const header = rows[0];
  const columns = new Map<string, number>();
  header.forEach((raw, k) => {
    const name = raw.trim();
    const m = /^([A-Za-z]+)\s*(?::\s*(.+))?$/.exec(name);
    const base = m?.[1].toLowerCase() ?? '';
    if (!m || !BASE.includes(base) || (m[2] && (base === 'id' || base === 'category'))) {
      report.add(`line ${lines[0][k]}`, `column ${quote(name)} ignored (columns: question, answer, category, id, question:<language>, answer:<language>)`);
      return;
    }
    const key = m[2] ? `${base}:${languageTag(m[2].trim(), `line ${lines[0][k]}`, `column ${quote(name)}`)}` : base;
    if (columns.has(key)) throw new ImportError(`line ${lines[0][k]}`, `column ${quote(name)} appears twice in the header`);
    columns.set(key, k);
  });
  const langs = [...new Set([...columns.keys()].filter((c) => c.includes(':')).map((c) => c.slice(c.indexOf(':') + 1)))];
  const hasBase = columns.has('question') || columns.has('answer');
  if (!hasBase && !langs.length)
    throw new ImportError('line 1', `no question column in the header ${quote(header.join(delimiter ?? ','))}: expected columns named question and answer`);
  const lang = defaultLang ?? (hasBase ? 'en' : langs[0]);
  // The columns of each language: the plain ones are the default language's.
  const sets = new Map<string, { q?: number; a?: number }>();
  if (hasBase) sets.set(lang, { q: columns.get('question'), a: columns.get('answer') });
  for (const l of langs) {
    const set = sets.get(l) ?? {};
    if (hasBase && l === lang && (columns.has(`question:${l}`) || columns.has(`answer:${l}`)))
      throw new ImportError('line 1', `columns for ${l} given twice: as question/answer and as question:${l}/answer:${l} (the default language is ${l})`);
    set.q ??= columns.get(`question:${l}`);
    set.a ??= columns.get(`answer:${l}`);
    sets.set(l, set);
  }
  for (const [l, set] of sets) {
    if (set.q === undefined || set.a === undefined)
      throw new ImportError(
        'line 1',
        `the header has a ${set.q === undefined ? 'answer' : 'question'} column for ${l} but no ${set.q === undefined ? 'question' : 'answer'} column`,
      );
  }
  const items: SourceItem[] = [];
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    const at = `line ${lines[r][0]}`;
    if (row.length > header.length) report.add(at, `${row.length} fields where the header has ${header.length}: the extra ones ignored`);
    const question: Record<string, string> = {};
    const answer: Record<string, string> = {};
    for (const [l, set] of sets) {
      const q = (row[set.q!] ?? '').replace(/\s+/g, ' ').trim();
      const cell = row[set.a!] ?? '';
      const a = cell.trim()
        ? linesToSafeText(
            cell.split('\n').map((text, k) => ({ text, line: (lines[r][set.a!] ?? lines[r][0]) + k })),
            new Map(),
            true,
            report,
          )
        : '';
      if (q || a) {
        question[l] = q;
        answer[l] = a;
      }
    }
    const cell = (name: string): string | undefined => (columns.has(name) ? (row[columns.get(name)!] ?? '').trim() || undefined : undefined);
    items.push({
      id: cell('id'),
      question: sets.size > 1 ? question : (question[lang] ?? ''),
      answer: sets.size > 1 ? answer : (answer[lang] ?? ''),
      category: cell('category')?.replace(/\s+/g, ' '),
      at,
    });
  }
  return { items, defaultLang: sets.size > 1 ? lang : undefined };
}
