// The CDN bundles leave out the constructor statements `this.x = undefined` that tsc writes for a field declared
// `x?: T = undefined` (with `useDefineForClassFields: false`): a field nobody has set reads `undefined` anyway.
// The source keeps its explicit initial values and dist/ keeps the statements. One is left out only when nothing
// can tell the difference:
// - the field is internal (a name scripts/mangle-names.js shortens: private, protected or `@internal`, named
//   nowhere else, so no `'x' in el`, `Object.hasOwn(el, 'x')` or outside code reads it) or a reactive property
//   of its class (Lit's accessor: setting `undefined` over `undefined` records no change and schedules no update;
//   a value set before the element was defined is kept by Lit either way). A public plain field stays: a page may
//   have set it before the element was defined, and the statement overwrites that value;
// - no class of the bundle declares a setter of that name (a setter could do something with `undefined`);
// - every statement before it in the constructor is `super(...)` or another field's initial value that runs no
//   code (a literal, `undefined`, a function, an empty array, object or collection), so nothing can have set it.
// test/node/drop-undefined-fields.test.js checks the rule on small sources and the bundles.

/** Initial values that run no code of ours, so cannot set another field. */
function inert(node) {
  switch (node.type) {
    case 'Literal':
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      return true;
    case 'Identifier':
      return node.name === 'undefined';
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return inert(node.argument);
    case 'ArrayExpression':
      return node.elements.every((e) => e && e.type !== 'SpreadElement' && inert(e));
    case 'ObjectExpression':
      return node.properties.every((p) => p.type === 'Property' && !p.computed && inert(p.value));
    case 'NewExpression':
      return node.callee.type === 'Identifier' && ['Set', 'Map', 'WeakMap', 'WeakSet'].includes(node.callee.name) && node.arguments.length === 0;
    default:
      return false;
  }
}

const isThisField = (node) =>
  node.type === 'ExpressionStatement' &&
  node.expression.type === 'AssignmentExpression' &&
  node.expression.operator === '=' &&
  node.expression.left.type === 'MemberExpression' &&
  node.expression.left.object.type === 'ThisExpression' &&
  !node.expression.left.computed;

const isSuperCall = (node) => node.type === 'ExpressionStatement' && node.expression.type === 'CallExpression' && node.expression.callee.type === 'Super';

/** Keys of the class's `static properties` (tsc writes `static { this.properties = {…}; }`). */
function reactiveKeys(classBody) {
  const keys = new Set();
  for (const member of classBody.body) {
    const statements = member.type === 'StaticBlock' ? member.body : [];
    for (const s of statements)
      if (isThisField(s) && s.expression.left.property.name === 'properties' && s.expression.right.type === 'ObjectExpression')
        for (const p of s.expression.right.properties) if (p.type === 'Property' && !p.computed) keys.add(p.key.name ?? p.key.value);
    if (member.type === 'PropertyDefinition' && member.static && member.key.name === 'properties' && member.value?.type === 'ObjectExpression')
      for (const p of member.value.properties) if (p.type === 'Property' && !p.computed) keys.add(p.key.name ?? p.key.value);
  }
  return keys;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node))
    if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
    else if (value && typeof value.type === 'string') walk(value, visit);
}

/**
 * The `[start, end]` ranges of the statements to leave out of `ast` (an ESTree program), given `internal`, the
 * names of internal members, and `setters`, the names any class of the bundle has a setter for.
 */
export function undefinedFieldRanges(ast, internal, setters) {
  const ranges = [];
  walk(ast, (node) => {
    if (node.type !== 'ClassDeclaration' && node.type !== 'ClassExpression') return;
    const reactive = reactiveKeys(node.body);
    const ctor = node.body.body.find((m) => m.type === 'MethodDefinition' && m.kind === 'constructor');
    if (!ctor) return;
    for (const s of ctor.value.body.body) {
      if (isSuperCall(s)) continue;
      if (!isThisField(s) || !inert(s.expression.right)) break;
      const { right, left } = s.expression;
      const name = left.property.name;
      if (right.type === 'Identifier' && right.name === 'undefined' && (internal.has(name) || reactive.has(name)) && !setters.has(name))
        ranges.push([s.start, s.end]);
    }
  });
  return ranges;
}

/** The names of every setter declared in `ast`. */
export function setterNames(ast) {
  const names = new Set();
  walk(ast, (node) => {
    if ((node.type === 'MethodDefinition' || node.type === 'Property') && node.kind === 'set' && !node.computed) names.add(node.key.name ?? node.key.value);
  });
  return names;
}

/** `code` with each statement to leave out written over with spaces, so every position (and the source map) stays. */
export function dropUndefinedFieldsIn(code, ast, internal) {
  let out = code;
  for (const [start, end] of undefinedFieldRanges(ast, internal, setterNames(ast))) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

/** The Rollup plugin, on each whole chunk (setters of every module in view): `internal`, the names scripts/mangle-names.js shortens. */
export const dropUndefinedFields = (internal) => ({
  name: 'drop-undefined-fields',
  renderChunk(code) {
    return { code: dropUndefinedFieldsIn(code, this.parse(code), new Set(internal)), map: null };
  },
});
