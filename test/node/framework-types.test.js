// The generated template types (dist/types/, see scripts/framework-types.js) as Vue and Svelte projects use
// them: vue-tsc and svelte-check pass the right fixture and fail the wrong one on exactly its wrong props.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const bin = (name) => new URL(`../../node_modules/.bin/${name}`, import.meta.url).pathname;

test('vue-tsc: GlobalComponents types the elements in Vue templates', () => {
  const r = spawnSync(bin('vue-tsc'), ['-p', 'tsconfig.json'], { cwd: 'test/types/vue', encoding: 'utf8' });
  const errors = r.stdout.split('\n').filter((l) => /error TS/.test(l));
  assert.deepEqual(errors, [
    "Bad.vue(5,17): error TS2322: Type 'number' is not assignable to type 'FaqItemData[]'.",
    `Bad.vue(6,20): error TS2322: Type '"blue"' is not assignable to type 'Theme | undefined'.`,
  ]);
});

test('svelte-check: SvelteHTMLElements types the elements in Svelte 5 templates', () => {
  const r = spawnSync(bin('svelte-check'), ['--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: 'test/types/svelte', encoding: 'utf8' });
  const errors = r.stdout
    .split('\n')
    .filter((l) => / ERROR /.test(l))
    .map((l) => l.replace(/^\d+ /, ''));
  assert.deepEqual(errors, [
    `ERROR "Bad.svelte" 4:14 "Type 'number' is not assignable to type 'FaqItemData[]'."`,
    `ERROR "Bad.svelte" 5:18 "Type '\\"blue\\"' is not assignable to type 'Theme | undefined'."`,
  ]);
  assert.match(r.stdout, /COMPLETED \d+ FILES 2 ERRORS 0 WARNINGS 1 FILES_WITH_PROBLEMS/);
});
