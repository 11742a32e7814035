// Types for framework templates, generated from custom-elements.json at build time by the wc-toolkit
// generators (run by scripts/build.js after the manifest): dist/types/vue.d.ts (Vue's GlobalComponents),
// svelte.d.ts (svelteHTML.IntrinsicElements), jsx.d.ts (a JSX IntrinsicElements map, for Preact and others)
// and solid-js.d.ts (Solid's JSX). Each imports the element classes from dist/index.js, so property types
// are the elements' own. `support-widgets/types/<name>` in the package exports.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const options = { outdir: './dist/types', globalTypePath: '../index.js', hideLogs: true };
generateVuejsTypes(manifest, { ...options, fileName: 'vue.d.ts' });
generateSvelteTypes(manifest, { ...options, fileName: 'svelte.d.ts' });
// The generator declares `namespace svelteHTML` inside a module (the file imports the classes), where it is
// local and changes nothing: augment Svelte 5's `SvelteHTMLElements` instead, which svelte-check reads.
const svelte = readFileSync('dist/types/svelte.d.ts', 'utf8');
const local = /declare namespace svelteHTML \{[^}]*interface IntrinsicElements extends CustomElements \{\}\s*\}/;
if (!local.test(svelte)) throw new Error('dist/types/svelte.d.ts: the generator output changed; check the Svelte augmentation.');
// It also writes Svelte 4's forms only for properties without an attribute (`bind:items`) and events
// (`on:support-faq-search`): add Svelte 5's, `items={…}` and `onsupport-faq-search={…}`.
const svelte5 = svelte
  .replace(local, 'declare module "svelte/elements" {\n  interface SvelteHTMLElements extends CustomElements {}\n}')
  .replace(/^( *)"bind:([\w$]+)"\?: (.*);$/gm, '$1"bind:$2"?: $3;\n$1$2?: $3;')
  .replace(/^( *)"on:([\w-]+)"\?: (.*);$/gm, '$1"on:$2"?: $3;\n$1"on$2"?: $3;');
writeFileSync('dist/types/svelte.d.ts', svelte5);
generateJsxTypes(manifest, { ...options, fileName: 'jsx.d.ts' });
generateSolidJsTypes(manifest, { ...options, fileName: 'solid-js.d.ts' });
