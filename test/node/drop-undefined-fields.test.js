// The CDN bundles leave out `this.x = undefined` field initial values only where nothing can tell
// (scripts/drop-undefined-fields.js): these checks hold the rule on small sources, and on the built bundles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseAst } from 'rollup/parseAst';
import { dropUndefinedFieldsIn } from '../../scripts/drop-undefined-fields.js';

const drop = (code, internal = []) => dropUndefinedFieldsIn(code, parseAst(code), new Set(internal));
const left = (code, internal) => [...drop(code, internal).matchAll(/this\.(\w+) = undefined/g)].map((m) => m[1]);

test('an internal field or a reactive property set to undefined first thing in the constructor is left out', () => {
  const code = `
    class A extends B {
      static { this.properties = { items: { attribute: false }, 'open': { type: Boolean } }; }
      constructor() {
        super(...arguments);
        this.items = undefined;      // reactive: left out
        this.open = false;
        this.timer = undefined;      // internal: left out
        this.count = 0;
        this.onHash = () => {};
        this.seen = new Set();
        this.list = [];
        this.ld = undefined;         // internal, after inert values only: left out
        this.now = undefined;        // public plain field: a page may have set it before the element was defined
      }
      stop() { this.timer = undefined; } // not an initial value: kept
    }`;
  assert.deepEqual(left(code, ['timer', 'ld']), ['now', 'timer']);
  // The rest stays where it was: positions (and the source map) do not move.
  assert.equal(drop(code, ['timer', 'ld']).length, code.length);
  assert.doesNotThrow(() => parseAst(drop(code, ['timer', 'ld'])));
});

test('a field is kept when something may have set it before, or a setter of its name may act on undefined', () => {
  // After code that runs (a controller given `this`), the field may already hold a value: the statement resets it.
  const after = `class A { constructor() { this.draft = new Draft(this); this.timer = undefined; } }`;
  assert.deepEqual(left(after, ['timer']), ['timer']);
  const afterCall = `class A { constructor() { setup(this); this.timer = undefined; } }`;
  assert.deepEqual(left(afterCall, ['timer']), ['timer']);
  // A setter of that name in any class of the chunk (a base class's accessor would run).
  const setter = `class Base { set context(v) { this.ctx = v; } } class A extends Base { constructor() { super(); this.context = undefined; } }`;
  assert.deepEqual(left(setter, ['context']), ['context']);
  // Another value than undefined.
  assert.deepEqual(left(`class A { constructor() { this.timer = void 0; this.x = null; } }`, ['timer', 'x']), []);
  assert.match(drop(`class A { constructor() { this.x = null; } }`, ['x']), /this\.x = null/);
});

test('the CDN bundles set no shortened field or FAQ reactive property to undefined in a constructor before other work', () => {
  // tsc's dist/ keeps every statement (the source's explicit initial values).
  assert.match(readFileSync('dist/components/faq/faq.component.js', 'utf8'), /this\.items = undefined;/);
  for (const file of ['cdn/support-widgets.js', 'cdn/support-widgets.iife.js']) {
    const code = readFileSync(file, 'utf8');
    // The FAQ's constructor (its first field is `single`) no longer sets `items` and `telNumbers`.
    const faq = code.match(/this\.single=!1[^}]*/)?.[0];
    assert.ok(faq, file);
    assert.doesNotMatch(faq, /this\.(items|telNumbers)=void 0/, file);
    assert.match(faq, /this\.query=""/, file);
  }
});
