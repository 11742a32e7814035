// The property names the CDN bundles may shorten (rollup.config.js): members declared `private` or `protected`
// in src/ whose name is used nowhere else. TypeScript's own modifier is the naming rule, so the source keeps
// its readable names and dist/ (tsc's output) keeps them too. A name is kept as written when it also appears
// as anything the outside world could see or that terser cannot follow:
// - a public member, an interface or type member, an object literal key or a destructured key anywhere in src/;
// - a property read whose symbol is not one of those private members (DOM, JSON, `any`);
// - a string literal equal to the name (`changed.has('open')`, `'x' in o`) or a word in an html`` template's
//   markup (`.config=${…}` sets a child's property by name);
// - any identifier in the TypeScript DOM/ES declarations or in Lit's declarations and code (Lit's own short
//   internal names live in the same bundle).
// test/node/mangle-names.test.js checks the result against the manifest, the config schema and the locale keys.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const WORD = /[A-Za-z_$][\w$]*/g;

function filesUnder(dir, test) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules') continue;
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, test));
    else if (test(name)) out.push(path);
  }
  return out;
}

/**
 * Names the platform reads or calls on an object it was handed (custom element reactions, event listener
 * objects, JSON, promises, iterators, tree walker filters, conversions): a private member must never carry one.
 */
export const PROTOCOL = [
  'constructor',
  'prototype',
  'length',
  'name',
  'message',
  'cause',
  'stack',
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'connectedMoveCallback',
  'formAssociatedCallback',
  'formResetCallback',
  'formDisabledCallback',
  'formStateRestoreCallback',
  'observedAttributes',
  'formAssociated',
  'disabledFeatures',
  'handleEvent',
  'acceptNode',
  'toJSON',
  'then',
  'catch',
  'finally',
  'toString',
  'valueOf',
  'toLocaleString',
  'next',
  'return',
  'throw',
  'done',
  'value',
  'get',
  'set',
  'has',
  'apply',
  'construct',
];

/** Every identifier and every word of a string in Lit's code and declarations, which share the bundle. */
function litWords() {
  const words = new Set();
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true);
  const nodeModules = join(dirname(require.resolve('typescript/package.json')), '..');
  for (const pkg of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
    for (const f of filesUnder(join(nodeModules, pkg), (n) => n.endsWith('.js') || n.endsWith('.d.ts'))) {
      scanner.setText(readFileSync(f, 'utf8'));
      for (let t = scanner.scan(); t !== ts.SyntaxKind.EndOfFileToken; t = scanner.scan()) {
        if (t === ts.SyntaxKind.Identifier || t === ts.SyntaxKind.PrivateIdentifier) words.add(scanner.getTokenText());
        else if (t === ts.SyntaxKind.StringLiteral || t === ts.SyntaxKind.NoSubstitutionTemplateLiteral || t === ts.SyntaxKind.TemplateHead)
          for (const w of scanner.getTokenValue().match(WORD) ?? []) words.add(w);
      }
    }
  }
  return words;
}

const hasInternalTag = (node) => ts.getJSDocTags(node).some((t) => t.tagName.text === 'internal');

/**
 * Whether a member is internal: declared `private` or `protected`, tagged `@internal` in its JSDoc, or a member of a
 * class tagged `@internal` (a controller or a directive no public type names: test/node/mangle-names.test.js checks
 * that the package's declaration files expose none of them).
 */
const isPrivate = (node) =>
  (ts.canHaveModifiers(node) &&
    (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword)) ||
  (ts.isParameter(node)
    ? ts.isParameterPropertyDeclaration(node, node.parent) && hasInternalTag(node.parent.parent)
    : hasInternalTag(node) || (ts.isClassLike(node.parent) && hasInternalTag(node.parent)));

const isMember = (node) =>
  ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node);

/**
 * `{ mangle, kept }`: `mangle` the sorted names the bundles shorten; `kept` the private names left as written,
 * each with the first reason found.
 */
export function mangleNames(root = process.cwd()) {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const program = ts.createProgram(config.fileNames, config.options);
  const checker = program.getTypeChecker();
  const privateDecls = new Set();
  const candidates = new Set();
  const seen = new Map(); // name -> reason it is seen outside private members

  const see = (name, why) => {
    if (!seen.has(name)) seen.set(name, why);
  };
  const nameOf = (n) => (n && (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isNumericLiteral(n)) ? n.text : undefined);

  for (const sf of program.getSourceFiles()) {
    // src/cli/ is the command line (Node only, never in a bundle): its names neither shorten nor keep any.
    if (sf.isDeclarationFile || !sf.fileName.startsWith(join(root, 'src')) || sf.fileName.startsWith(join(root, 'src', 'cli'))) continue;
    const where = (n) => `${sf.fileName.slice(root.length + 1)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const visit = (node) => {
      if (isMember(node) || ts.isParameter(node)) {
        const name = nameOf(node.name);
        if (ts.isParameter(node)) {
          // A constructor parameter property (`constructor(private host: …)`) is a member too.
          if (name && isPrivate(node)) {
            candidates.add(name);
            privateDecls.add(node);
          }
        } else if (name) {
          if (isPrivate(node) && ts.isIdentifier(node.name)) {
            candidates.add(name);
            privateDecls.add(node);
          } else if (ts.isClassLike(node.parent)) see(name, `public member at ${where(node)}`);
          else see(name, `object literal method at ${where(node)}`);
        }
      } else if (ts.isPropertySignature(node) || ts.isMethodSignature(node)) {
        const name = nameOf(node.name);
        if (name) see(name, `type member at ${where(node)}`);
      } else if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) {
        const name = nameOf(node.name);
        if (name) see(name, `object key at ${where(node)}`);
      } else if (ts.isBindingElement(node)) {
        const name = nameOf(node.propertyName ?? node.name);
        if (name) see(name, `destructured key at ${where(node)}`);
      } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        if (/^[A-Za-z_$][\w$]*$/.test(node.text)) see(node.text, `string at ${where(node)}`);
      } else if (ts.isTaggedTemplateExpression(node) && node.tag.getText(sf) !== 'css') {
        const t = node.template;
        const parts = ts.isNoSubstitutionTemplateLiteral(t) ? [t.text] : [t.head.text, ...t.templateSpans.map((s) => s.literal.text)];
        for (const w of parts.join(' ').match(WORD) ?? []) see(w, `html template at ${where(node)}`);
      }
      if (ts.isPropertyAccessExpression(node) || (ts.isElementAccessExpression(node) && ts.isStringLiteral(node.argumentExpression))) {
        const nameNode = ts.isPropertyAccessExpression(node) ? node.name : node.argumentExpression;
        const symbol = checker.getSymbolAtLocation(nameNode);
        const decls = symbol?.declarations ?? [];
        if (!decls.length || !decls.every((d) => isPrivate(d) && (isMember(d) || ts.isParameter(d))))
          see(nameNode.text, `read of a non-private property at ${where(node)}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  const lit = litWords();
  const mangle = [];
  const kept = {};
  for (const name of [...candidates].sort()) {
    if (seen.has(name)) kept[name] = seen.get(name);
    else if (PROTOCOL.includes(name)) kept[name] = 'a name the platform reads or calls';
    else if (lit.has(name)) kept[name] = "a word of Lit's code or declarations";
    else mangle.push(name);
  }
  return { mangle, kept };
}

/**
 * The names the outside world sees, from the shipped artefacts: every public member, attribute and event of the
 * manifest, every key of the config schema and every key of the English strings (a language file's keys). The
 * build passes them to terser as reserved, so no shortened name can become one of them either.
 */
export async function publicNames(root = process.cwd()) {
  const names = new Set();
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules ?? [])
    for (const decl of mod.declarations ?? []) {
      names.add(decl.name);
      for (const m of decl.members ?? []) if (m.privacy !== 'private' && m.privacy !== 'protected') names.add(m.name);
      for (const a of decl.attributes ?? []) for (const n of [a.name, a.fieldName]) if (n) names.add(n);
      for (const e of decl.events ?? []) if (e.name) names.add(e.name);
    }
  const schemaKeys = (node) => {
    if (Array.isArray(node)) node.forEach(schemaKeys);
    else if (node && typeof node === 'object')
      for (const [k, v] of Object.entries(node)) {
        if (k === 'properties' && v && typeof v === 'object') Object.keys(v).forEach((n) => names.add(n));
        if (k === 'required' && Array.isArray(v)) v.forEach((n) => names.add(n));
        schemaKeys(v);
      }
  };
  schemaKeys(JSON.parse(readFileSync(join(root, 'config.schema.json'), 'utf8')));
  const { en } = await import(pathToFileURL(join(root, 'dist/locales/en.js')).href);
  const localeKeys = (o) => {
    for (const [k, v] of Object.entries(o)) {
      names.add(k);
      if (v && typeof v === 'object') localeKeys(v);
    }
  };
  localeKeys(en);
  return names;
}

/** The terser `mangle.properties` regex for `names`. */
export const mangleRegex = (names) => new RegExp(`^(?:${names.join('|')})$`);

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*[\\/]/, ''))) {
  const { mangle, kept } = mangleNames();
  console.log(`${mangle.length} shortened: ${mangle.join(' ')}`);
  console.log(`${Object.keys(kept).length} kept:`);
  for (const [name, why] of Object.entries(kept)) console.log(`  ${name}: ${why}`);
}
