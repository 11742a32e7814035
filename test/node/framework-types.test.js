// The generated template types (dist/types/, see scripts/framework-types.js) as Vue, Svelte, Preact and Solid
// projects use them, with TypeScript's default skipLibCheck: false: the right fixtures pass (typed event
// details, kebab- and camel-case props) and the wrong ones fail on exactly their wrong lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const bin = (name) => new URL(`../../node_modules/.bin/${name}`, import.meta.url).pathname;
const tsErrors = (r) => r.stdout.split('\n').filter((l) => /error TS/.test(l));

test('vue-tsc: GlobalComponents types the elements in Vue templates: props in both cases, typed @event handlers', () => {
  const r = spawnSync(bin('vue-tsc'), ['-p', 'tsconfig.json'], { cwd: 'test/types/vue', encoding: 'utf8' });
  assert.deepEqual(tsErrors(r), [
    "Bad.vue(5,17): error TS2322: Type 'number' is not assignable to type 'FaqItemData[]'.",
    `Bad.vue(6,20): error TS2322: Type '"blue"' is not assignable to type 'Theme | undefined'.`,
    "Bad.vue(7,17): error TS2322: Type 'string' is not assignable to type 'number'.",
    "Bad.vue(8,23): error TS2322: Type 'number' is not assignable to type 'string'.",
    "Bad.vue(8,40): error TS2322: Type 'string' is not assignable to type 'number'.",
    "Bad.vue(9,65): error TS2551: Property 'querry' does not exist on type '{ query: string; results: number; }'. Did you mean 'query'?",
  ]);
});

test('vue-tsc with strictTemplates: a misspelt @event is an error', () => {
  const r = spawnSync(bin('vue-tsc'), ['-p', 'tsconfig.strict.json'], { cwd: 'test/types/vue', encoding: 'utf8' });
  const errors = tsErrors(r);
  assert.equal(errors.length, 1);
  assert.match(errors[0], /^Strict\.vue\(5,21\): error TS2561: .*'onSupportHotlineCal' does not exist .*Did you mean to write 'onSupportHotlineCall'\?$/);
});

test('svelte-check: SvelteHTMLElements types the elements in Svelte 5 templates, and Svelte 4 on: events', () => {
  const r = spawnSync(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: 'test/types/svelte', encoding: 'utf8' });
  const errors = r.stdout
    .split('\n')
    .filter((l) => / ERROR /.test(l))
    .map((l) => l.replace(/^\d+ /, ''));
  assert.deepEqual(errors, [
    `ERROR "Bad.svelte" 4:14 "Type 'number' is not assignable to type 'FaqItemData[]'."`,
    `ERROR "Bad.svelte" 5:18 "Type '\\"blue\\"' is not assignable to type 'Theme | undefined'."`,
    `ERROR "Bad.svelte" 6:14 "Type '\\"two\\"' is not assignable to type 'number | \`\${number}\` | undefined'."`,
    `ERROR "Bad.svelte" 7:64 "Property 'querry' does not exist on type '{ query: string; results: number; }'. Did you mean 'query'?"`,
  ]);
  assert.match(r.stdout, /COMPLETED \d+ FILES 4 ERRORS 0 WARNINGS 1 FILES_WITH_PROBLEMS/);
});

// The wrong lines carry @ts-expect-error: an unused one is error TS2578, so a type that accepts anything fails.
for (const [name, dir] of [
  ['Preact (types/jsx)', 'jsx'],
  ['Solid (types/solid-js augments JSX.IntrinsicElements)', 'solid'],
  ['all four type files in one program', 'all'],
]) {
  test(`tsc: ${name}`, () => {
    const r = spawnSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: `test/types/${dir}`, encoding: 'utf8' });
    assert.deepEqual(tsErrors(r), []);
    assert.equal(r.status, 0, r.stdout);
  });
}
