// Rollup plugin: shortens the static text of Lit's css`` and html`` templates in tsc's output, without
// touching expressions. Only text that cannot change a result is removed:
// - css``: comments; whitespace next to `{ } ; , >` and after `:`; other runs become one space; the `;`
//   before `}`. Quoted strings are kept as written.
// - html``: a run of whitespace containing a line break becomes one line break, in text and between
//   attributes. Never inside quoted attribute values, comments, or <pre>, <textarea>, <script>, <style>,
//   <title>. The nodes stay the same (no whitespace node is removed), and a single line break renders
//   like the run it replaces, also under `white-space: pre-line`.
// A template holding a backslash, or that the scan does not understand, is left as it is.
// magic-string comes with @rollup/plugin-commonjs (a dev dependency); it keeps the source maps right.
import MagicString from 'magic-string';

const LIT = new Set(['lit', 'lit-html', 'lit-element', '@lit/reactive-element']);
const WS = /[ \t\n\r\f]/;
const RAW_TEXT = new Set(['pre', 'textarea', 'script', 'style', 'title']);

/**
 * Minified static parts of a css`` template, or undefined to keep it. `parts` are the raw texts between
 * the `${}` expressions.
 */
export function minifyCss(parts) {
  if (parts.some((p) => p.includes('\\'))) return undefined;
  // First comments become a space (a comment separates tokens), outside quoted strings, which may span
  // an expression.
  let quote = '';
  const clean = [];
  for (const s of parts) {
    let o = '';
    for (let j = 0; j < s.length; j++) {
      const c = s[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '/' && s[j + 1] === '*') {
        const end = s.indexOf('*/', j + 2);
        if (end < 0) return undefined;
        o += ' ';
        j = end + 1;
        continue;
      }
      o += c;
    }
    clean.push(o);
  }
  if (quote) return undefined;
  const punct = (c) => c === '{' || c === '}' || c === ';' || c === ',' || c === '>';
  const out = [];
  for (let i = 0; i < clean.length; i++) {
    const s = clean[i];
    let o = '';
    for (let j = 0; j < s.length; ) {
      const c = s[j];
      if (quote) {
        if (c === quote) quote = '';
        o += c;
        j++;
      } else if (c === '"' || c === "'") {
        quote = c;
        o += c;
        j++;
      } else if (WS.test(c)) {
        let k = j;
        while (k < s.length && WS.test(s[k])) k++;
        const prev = o[o.length - 1]; // undefined at the start of a part: an expression or the start
        const next = s[k]; // undefined at the end of a part
        const edge = (i === 0 && j === 0) || (i === clean.length - 1 && k === s.length);
        if (!edge && !(prev !== undefined && (punct(prev) || prev === ':')) && !(next !== undefined && punct(next))) o += ' ';
        j = k;
      } else if (c === '}' && o.endsWith(';')) {
        o = o.slice(0, -1) + '}';
        j++;
      } else {
        o += c;
        j++;
      }
    }
    out.push(o);
  }
  return out;
}

/** Minified static parts of an html`` template, or undefined to keep it. */
export function minifyHtml(parts) {
  if (parts.some((p) => p.includes('\\'))) return undefined;
  // text | tag (inside <...>) | value (quoted attribute value) | comment | raw (<pre> and the like)
  let state = 'text';
  let quote = '';
  let tag = '';
  let rawTag = '';
  const out = [];
  for (const s of parts) {
    let o = '';
    let j = 0;
    while (j < s.length) {
      const c = s[j];
      if (state === 'value') {
        o += c;
        if (c === quote) state = 'tag';
        j++;
      } else if (state === 'comment') {
        const end = s.indexOf('-->', j);
        if (end < 0) {
          o += s.slice(j);
          j = s.length;
        } else {
          o += s.slice(j, end + 3);
          j = end + 3;
          state = 'text';
        }
      } else if (state === 'raw') {
        const end = s.toLowerCase().indexOf(`</${rawTag}`, j);
        if (end < 0) {
          o += s.slice(j);
          j = s.length;
        } else {
          o += s.slice(j, end);
          j = end;
          state = 'text';
        }
      } else if (WS.test(c)) {
        let k = j;
        while (k < s.length && WS.test(s[k])) k++;
        const run = s.slice(j, k);
        o += run.includes('\n') ? '\n' : run;
        j = k;
      } else if (state === 'tag') {
        if (c === '"' || c === "'") {
          state = 'value';
          quote = c;
        } else if (c === '>') {
          state = RAW_TEXT.has(tag) ? 'raw' : 'text';
          rawTag = tag;
        }
        o += c;
        j++;
      } else if (c === '<' && s.startsWith('<!--', j)) {
        state = 'comment';
        o += '<!--';
        j += 4;
      } else if (c === '<' && /[a-zA-Z/]/.test(s[j + 1] ?? '')) {
        const m = /^<\/?([a-zA-Z][^\s/>]*)?/.exec(s.slice(j));
        tag = s[j + 1] === '/' ? '' : (m[1] ?? '').toLowerCase();
        state = 'tag';
        o += m[0];
        j += m[0].length;
      } else {
        o += c;
        j++;
      }
    }
    out.push(o);
  }
  if (state !== 'text') return undefined;
  return out;
}

/** The Rollup plugin. Applies to modules outside node_modules that import `css` or `html` from Lit. */
export function minifyLiterals() {
  return {
    name: 'minify-literals',
    transform(code, id) {
      if (/[\\/]node_modules[\\/]/.test(id) || !/\b(css|html)\s*`/.test(code)) return null;
      const ast = this.parse(code);
      const tags = new Map(); // local name -> 'css' | 'html'
      for (const node of ast.body) {
        if (node.type !== 'ImportDeclaration' || !LIT.has(node.source.value)) continue;
        for (const spec of node.specifiers) {
          const name = spec.type === 'ImportSpecifier' ? spec.imported.name : undefined;
          if (name === 'css' || name === 'html') tags.set(spec.local.name, name);
        }
      }
      if (!tags.size) return null;
      const ms = new MagicString(code);
      let changed = false;
      const visit = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && tags.has(node.tag.name)) {
          const quasis = node.quasi.quasis;
          const parts = quasis.map((q) => q.value.raw);
          const min = (tags.get(node.tag.name) === 'css' ? minifyCss : minifyHtml)(parts);
          if (min) {
            quasis.forEach((q, i) => {
              if (min[i] === parts[i]) return;
              // Rollup's AST gives a quasi's start and end at its text, between ` or } and ` or ${.
              if (code.slice(q.start, q.end) !== parts[i]) throw new Error(`minify-literals: unexpected quasi position in ${id}`);
              if (min[i]) ms.update(q.start, q.end, min[i]);
              else ms.remove(q.start, q.end);
              changed = true;
            });
          }
        }
        for (const key of Object.keys(node)) {
          const v = node[key];
          if (Array.isArray(v)) v.forEach(visit);
          else if (v && typeof v.type === 'string') visit(v);
        }
      };
      visit(ast);
      if (!changed) return null;
      return { code: ms.toString(), map: ms.generateMap({ hires: true }) };
    },
  };
}
