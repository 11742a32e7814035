#!/usr/bin/env node
/// <reference types="node" />
// The package's command line (`npx support-widgets …`, package.json `bin`). Node 20, no dependency.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { FORMATS, importFaq, type Format } from './faq-import.js';
import { ImportError } from './report.js';
import { VERSION } from '../internal/version.js';

const HELP = `Usage: support-widgets faq-import <file> [options]

Converts an existing FAQ to the JSON config of <support-faq> ({ "items": [...] }),
answers in the FAQ's safe text format. Everything it could not keep (images,
tables, scripts, refused links, empty or duplicate entries) is reported on
stderr with its line or article id.

  <file>                  A Markdown FAQ (.md), a CSV file (.csv, .tsv) or a Zendesk
                          Help Center articles export (.json); - reads stdin.

Options:
  --format <f>            markdown, csv or zendesk (default: from the extension,
                          else from the content)
  --out <file>            Write the JSON there (default: stdout)
  --delimiter <d>         CSV delimiter: , ; or tab (default: the most frequent
                          in the header row)
  --default-lang <tag>    Language of CSV columns without one and the FAQ's
                          defaultLang (default: en for CSV, the most common
                          source locale for Zendesk)
  --strict                Exit 1 when anything was reported (nothing is written)
  -h, --help              This help
  -v, --version           The package version

Exit codes: 0 converted (warnings allowed), 1 input it cannot read or, with
--strict, anything reported, 2 wrong usage.
Details: "Importing an existing FAQ" in docs/faq.md (node_modules/support-widgets/docs/faq.md).
`;

const NAME = 'support-widgets faq-import';

function usage(message: string): never {
  process.stderr.write(`${NAME}: ${message}\nTry: support-widgets faq-import --help\n`);
  process.exit(2);
}

function main(argv: string[]): number {
  if (argv[0] === '-v' || argv[0] === '--version') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!argv.length || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
    process.stdout.write(HELP);
    return argv.length ? 0 : 2;
  }
  if (argv[0] !== 'faq-import') usage(`unknown command ${JSON.stringify(argv[0])}: the command is faq-import`);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(1),
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        out: { type: 'string', short: 'o' },
        delimiter: { type: 'string' },
        'default-lang': { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    usage((e as Error).message.split('\n')[0]);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) usage(positionals.length ? `one file at a time, got ${positionals.length}` : 'no file given');
  const file = positionals[0];
  if (values.format !== undefined && !FORMATS.includes(values.format as Format))
    usage(`--format must be markdown, csv or zendesk, got ${JSON.stringify(values.format)}`);
  const delimiter =
    values.delimiter === undefined ? undefined : ({ ',': ',', ';': ';', tab: '\t', '\\t': '\t', '\t': '\t' } as Record<string, string>)[values.delimiter];
  if (values.delimiter !== undefined && !delimiter) usage(`--delimiter must be , ; or tab, got ${JSON.stringify(values.delimiter)}`);

  let text: string;
  try {
    text = decode(readFileSync(file === '-' ? 0 : file));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`${NAME}: ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message}\n`);
    return 1;
  }
  let result;
  try {
    result = importFaq(text, { format: values.format as Format | undefined, name: file, delimiter, defaultLang: values['default-lang'] });
  } catch (e) {
    if (e instanceof ImportError) {
      process.stderr.write(`${NAME}: ${file}: ${e.at}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  for (const w of result.warnings) process.stderr.write(`${file}: ${w.at}: ${w.message}\n`);
  const count = result.config.items.length;
  const summary = `${count} question${count === 1 ? '' : 's'} from ${file} (${result.format}), ${result.warnings.length} reported`;
  if (values.strict && result.warnings.length) {
    process.stderr.write(`${NAME}: ${summary}; --strict: nothing written\n`);
    return 1;
  }
  const json = `${JSON.stringify(result.config, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, json);
  else process.stdout.write(json);
  process.stderr.write(`${NAME}: ${summary}${values.out ? `, written to ${values.out}` : ''}\n`);
  return 0;
}

/** The file's text: UTF-8 (a byte order mark dropped), or UTF-16 with its byte order mark (spreadsheets' "Unicode text"). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where the file is broken (or not text): the first replacement character a lenient decoding makes.
    const text = new TextDecoder('utf-8').decode(bytes);
    const before = text.slice(0, text.indexOf('\ufffd'));
    throw Object.assign(new Error(`line ${before.split('\n').length}: not UTF-8 text (byte ${Buffer.byteLength(before) + 1}): save it as UTF-8`), {
      code: 'ENOTUTF8',
    });
  }
}

process.exitCode = main(process.argv.slice(2));
