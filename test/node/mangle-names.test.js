// The CDN bundles shorten the names of members declared `private` or `protected` (scripts/mangle-names.js,
// rollup.config.js). These checks keep that from ever renaming what the outside world sees: the manifest's
// public API, the config schema's keys and the strings' keys, and they check the rule itself on small sources.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mangleNames, publicNames, PROTOCOL } from '../../scripts/mangle-names.js';

const { mangle } = mangleNames();
const publicSet = await publicNames();
const asProperty = (name) => new RegExp(`\\.${name.replace(/\$/g, '\\$')}(?![\\w$])`);

test('the shortened names include the members the reshaping moved into controllers and the base class', () => {
  assert.ok(mangle.length > 50, `only ${mangle.length} names`);
  // Members the reshaping moved into controllers and the base class, read all over the elements.
  for (const name of ['reportError', 'localeController', 'configController', 'applyConfig']) assert.ok(mangle.includes(name), name);
  // Public members tagged @internal (the FAQ item's) and members of classes tagged @internal (the controllers').
  for (const name of ['refresh', 'matchRanges', 'wakeAt', 'save', 'nameFor']) assert.ok(mangle.includes(name), name);
});

test('no shortened name is a public name: manifest members, attributes and events, config keys, string keys', () => {
  assert.ok(publicSet.has('headingLevel') && publicSet.has('retentionDays') && publicSet.has('faq') && publicSet.has('search'));
  assert.deepEqual(
    mangle.filter((n) => publicSet.has(n)),
    [],
  );
  assert.deepEqual(
    mangle.filter((n) => PROTOCOL.includes(n)),
    [],
  );
});

test('the CDN bundles read no shortened name under its long name, and still read the public ones', () => {
  for (const file of ['cdn/support-widgets.js', 'cdn/support-widgets.iife.js']) {
    const code = readFileSync(file, 'utf8');
    assert.deepEqual(
      mangle.filter((n) => asProperty(n).test(code)),
      [],
      `${file} still holds long private names`,
    );
    for (const name of ['headingLevel', 'retentionDays', 'noSafetyNotice', 'expandAll'])
      assert.ok(new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(code), `${file} lost the public name ${name}`);
  }
});

test('language files name no shortened member (each chunk is minified on its own)', () => {
  for (const f of readdirSync('cdn/locales').filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(`cdn/locales/${f}`, 'utf8');
    assert.deepEqual(
      // Letters of any script bound a name: `ld` inside Turkish `yapıldı` is none.
      mangle.filter((n) => new RegExp(`(?<![\\p{L}\\p{N}_$])${n.replace(/\$/g, '\\$')}(?![\\p{L}\\p{N}_$])`, 'u').test(code)),
      [],
      f,
    );
  }
});

test('the pages and tests that load the CDN bundles use no private member', () => {
  // Pages run in the browser as written; of the Playwright specs, what runs in the page (evaluate and the like).
  const sources = [
    ...readdirSync('test/pages')
      .filter((f) => f.endsWith('.html'))
      .map((f) => [`test/pages/${f}`, readFileSync(`test/pages/${f}`, 'utf8')]),
    ...readdirSync('test/e2e')
      .filter((f) => f.endsWith('.js'))
      .map((f) => [
        `test/e2e/${f}`,
        [...readFileSync(`test/e2e/${f}`, 'utf8').matchAll(/\.(?:evaluate|evaluateHandle|waitForFunction|\$eval|\$\$eval)\(([\s\S]*?)\)\s*[;,)]/g)]
          .map((m) => m[1])
          .join('\n'),
      ]),
  ];
  for (const [file, text] of sources)
    assert.deepEqual(
      mangle.filter((n) => asProperty(n).test(text)),
      [],
      file,
    );
});

test('classes tagged @internal are named by no public declaration: only inside their module, in imports and in protected or private members', () => {
  const dtsFiles = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? dtsFiles(join(dir, d.name)) : d.name.endsWith('.d.ts') ? [join(dir, d.name)] : [],
    );
  const sources = (dir) =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
    );
  const internal = new Map(); // class name -> its module in dist/
  for (const file of sources('src'))
    for (const m of readFileSync(file, 'utf8').matchAll(/@internal\n \*\/\n(?:export )?class (\w+)/g))
      internal.set(m[1], file.replace(/^src/, 'dist').replace(/\.ts$/, '.d.ts'));
  assert.deepEqual([...internal.keys()].sort(), [
    'AnnouncerController',
    'CheckedDirective',
    'ConfigController',
    'DeepLinkController',
    'DraftController',
    'LocaleController',
    'OrDefaultDirective',
    'PropertyCheckController',
    'SafeStorage',
    'WakeController',
  ]);
  for (const file of dtsFiles('dist'))
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (/^\s*(?:import |\*|\/\*\*|(?:private|protected) )/.test(line)) continue;
      for (const [name, home] of internal) assert.ok(file === home || !new RegExp(`\\b${name}\\b`).test(line), `${file}: ${line.trim()}`);
    }
});

test('the rule: only private members used nowhere else are shortened', () => {
  const root = mkdtempSync(join(tmpdir(), 'mangle-names-'));
  try {
    mkdirSync(join(root, 'src'));
    writeFileSync(
      join(root, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ES2022', strict: true, lib: ['ES2023', 'DOM'] }, include: ['src/**/*.ts'] }),
    );
    writeFileSync(
      join(root, 'src/a.ts'),
      `
      const html = (s: TemplateStringsArray, ...v: unknown[]) => [s, v];
      export class A {
        static properties = { open: { state: true } };
        private open = false;              // a reactive property: a key of static properties
        private tallyOnce = 1;             // private, used nowhere else: shortened
        protected tallyStep(): number { return this.tallyOnce; } // shortened
        private label = '';                // also an object key below
        private hidden = false;            // also read on a DOM element below
        private watched = 0;               // named in a string (changed.has('watched'))
        private bound = 0;                 // set through a template's .bound=
        private handleEvent() {}           // called by the platform
        private update = 0;                // a word of Lit
        constructor(private host: HTMLElement) {} // a parameter property, also read as a public name below
        run(changed: Map<string, unknown>, el: HTMLElement) {
          el.hidden = this.hidden;
          const text = { label: this.label };
          return [changed.has('watched'), this.watched, html\`<x-y .bound=\${this.bound}></x-y>\`, text, this.open, this.tallyStep(), this.handleEvent(), this.update, this.host];
        }
      }
      export const other = { host: 1 };
      /**
       * A controller no public type names.
       * @internal
       */
      class Helper {
        constructor(readonly owner: A) {}  // a parameter property of an @internal class: shortened
        tallyAll(): number { return 2; }   // a member of an @internal class: shortened
      }
      export class C {
        /** Called by the package only. @internal */
        refreshNow(): void {}              // tagged @internal: shortened
        stays(): void {}                   // public: kept
        run(a: A) { return [new Helper(a).tallyAll(), new Helper(a).owner, this.refreshNow(), this.stays()]; }
      }
      `,
    );
    const { mangle: names, kept } = mangleNames(root);
    assert.deepEqual(names, ['owner', 'refreshNow', 'tallyAll', 'tallyOnce', 'tallyStep']);
    const why = (name) => kept[name]?.replace(/ at .*/, '');
    assert.deepEqual(Object.fromEntries(['bound', 'handleEvent', 'hidden', 'host', 'label', 'open', 'update', 'watched'].map((n) => [n, why(n)])), {
      bound: 'html template',
      handleEvent: 'a name the platform reads or calls',
      hidden: 'read of a non-private property',
      host: 'object key',
      label: 'object key',
      open: 'object key',
      update: "a word of Lit's code or declarations",
      watched: 'string',
    });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
