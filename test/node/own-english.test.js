// Each element carries only its own English (issue 17, point 8): a page with one element loads that element's
// strings and no other's. Walks each registration entry of the build (dist/<element>.js) through its static imports,
// as a browser loads them (a dynamic `import()`, such as another language's file, is left out), and looks for
// another element's English among the string literals of those modules. After a build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { faq } from '../../dist/components/faq/faq.en.js';
import { hotline } from '../../dist/components/hotline/hotline.en.js';
import { callPrep } from '../../dist/components/call-prep/call-prep.en.js';
import { dispute } from '../../dist/components/dispute-checklist/dispute-checklist.en.js';
import { center } from '../../dist/components/center/center.en.js';

const english = { faq, hotline, callPrep, dispute, center };
/** The entries a merchant imports one element with, and the English each may carry. */
const entries = { 'dist/faq.js': 'faq', 'dist/hotline.js': 'hotline', 'dist/call-prep.js': 'callPrep', 'dist/dispute-checklist.js': 'dispute' };

/** The files a browser loads for `entry`: it and every relative module it imports or re-exports statically. */
function staticGraph(entry) {
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const ast = parseAst(readFileSync(file, 'utf8'));
    seen.set(file, ast);
    for (const node of ast.body) {
      const from = ['ImportDeclaration', 'ExportNamedDeclaration', 'ExportAllDeclaration'].includes(node.type) ? node.source?.value : undefined;
      // Bare specifiers (lit) are the page's own; the library's modules are all relative.
      if (typeof from === 'string' && from.startsWith('.')) visit(resolve(dirname(file), from));
    }
  };
  visit(resolve(entry));
  return seen;
}

/** Every string literal and template text in an AST. */
function strings(node, out = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') {
    if (node.type === 'Literal' && typeof node.value === 'string') out.add(node.value);
    if (node.type === 'TemplateElement' && node.value.cooked) out.add(node.value.cooked);
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') strings(value, out);
  }
  return out;
}

/** A table's strings that no other table holds, of two words or more (a single word such as "Amount" may be code). */
const distinctive = (section) => {
  const others = new Set(
    Object.entries(english)
      .filter(([name]) => name !== section)
      .flatMap(([, table]) => Object.values(table)),
  );
  return Object.values(english[section]).filter((s) => typeof s === 'string' && /\S\s+\S/.test(s) && !others.has(s));
};

for (const [entry, own] of Object.entries(entries)) {
  test(`${entry} and its static imports hold ${own}'s English and no other element's`, () => {
    const found = new Set([...staticGraph(entry).values()].flatMap((ast) => [...strings(ast)]));
    // The walk sees the element's own strings: a search that found nothing would prove nothing.
    const mine = distinctive(own);
    assert.ok(mine.length > 10, `${own}: ${mine.length} distinctive strings`);
    assert.deepEqual(
      mine.filter((s) => !found.has(s)),
      [],
      `${own}'s own English missing from ${entry}`,
    );
    for (const other of Object.keys(english).filter((name) => name !== own)) {
      const theirs = distinctive(other);
      assert.ok(theirs.length > 5, `${other}: ${theirs.length} distinctive strings`);
      assert.deepEqual(
        theirs.filter((s) => found.has(s)),
        [],
        `${other}'s English in ${entry}`,
      );
    }
  });
}

test("the walk follows static imports only, as the browser loads them: faq's languages are not in it", () => {
  const files = [...staticGraph('dist/faq.js').keys()].map((f) => f.slice(resolve('dist').length + 1));
  assert.ok(files.includes('components/faq/faq.en.js'), files.join(' '));
  assert.ok(files.includes('components/faq/faq-item.component.js'), files.join(' '));
  assert.deepEqual(
    files.filter((f) => /\.(zh-CN|de|ar)\.js$/.test(f) || f.startsWith('locales/')),
    [],
  );
});
