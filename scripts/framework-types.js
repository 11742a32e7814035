// Types for framework templates, generated from custom-elements.json at build time by the wc-toolkit
// generators (run by scripts/build.js after the manifest): dist/types/vue.d.ts (Vue's GlobalComponents),
// svelte.d.ts (Svelte 5's SvelteHTMLElements), jsx.d.ts (a JSX IntrinsicElements map, for Preact and others)
// and solid-js.d.ts (Solid's JSX). Each imports the element classes from dist/index.js, so property types
// are the elements' own. `support-widgets/types/<name>` in the package exports. test/node/framework-types.test.js
// type-checks fixtures against them (test/types/), right and wrong, each file alone and all four together.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSolidJsTypes } from 'custom-element-solidjs-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const options = { outdir: './dist/types', globalTypePath: '../index.js', hideLogs: true };

/**
 * The manifest as the generators read it. A field with an attribute is one prop, not two: the analyzer does not
 * link the FAQ item's accessors to its attributes (it is no Lit element), and the generators then declared
 * `question` twice (TS2300 with skipLibCheck off). Read-only getters (`locale`) are no props. With `camel`
 * (Vue), every prop has its property's name and every event its camel-case name: Vue's template checker
 * matches `:storage-key`, `:storageKey` and `@support-faq-search` against `storageKey` and `onSupportFaqSearch`.
 */
function forTypes({ camel = false } = {}) {
  const copy = structuredClone(manifest);
  for (const d of copy.modules.flatMap((m) => m.declarations ?? []).filter((x) => x.customElement)) {
    const seen = new Set();
    d.members = (d.members ?? []).filter((m) => m.kind !== 'field' || (!m.readonly && !seen.has(m.name) && seen.add(m.name)));
    for (const a of d.attributes ?? []) {
      const field = d.members.find((m) => m.kind === 'field' && m.name === a.fieldName);
      if (field) field.attribute ??= a.name;
    }
    if (camel) {
      d.attributes = [];
      for (const m of d.members) delete m.attribute;
      for (const e of d.events ?? []) e.name = e.name.replace(/(?:^|-)(\w)/g, (_, c) => c.toUpperCase());
    }
  }
  return copy;
}

/** Applies `edit` to a generated file; throws when `pattern` no longer matches (the generator's output changed). */
function edit(file, pattern, replacement) {
  const path = `dist/types/${file}`;
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Error(`${path}: the generator output changed (${pattern}); check scripts/framework-types.js.`);
  writeFileSync(path, text.replace(pattern, replacement));
}

generateVuejsTypes(forTypes({ camel: true }), { ...options, fileName: 'vue.d.ts' });
generateSvelteTypes(forTypes(), { ...options, fileName: 'svelte.d.ts' });
generateJsxTypes(forTypes(), { ...options, fileName: 'jsx.d.ts' });
generateSolidJsTypes(forTypes(), { ...options, fileName: 'solid-js.d.ts' });

for (const file of ['vue.d.ts', 'svelte.d.ts', 'jsx.d.ts', 'solid-js.d.ts']) {
  // The generators take the manifest's event type for the detail (`CustomEvent<SupportFaqSearchEvent>`); ours is
  // the event class itself, whose `detail` is typed.
  edit(file, /\(e: CustomEvent<(\w+Event)>\) => void/g, '(e: $1) => void');
}
// Vue: also into the global JSX namespace, with Vue component types, which clashes with any other JSX
// (Svelte's, Preact's) in the same program: GlobalComponents is what Vue's template checker reads.
edit('vue.d.ts', /\n\s*declare global \{\s*namespace JSX \{[^}]*\{\}\s*\}\s*\}/, '');
// Svelte: the generator declares `namespace svelteHTML` inside a module (the file imports the classes), where
// it is local and changes nothing: augment Svelte 5's `SvelteHTMLElements` instead, which svelte-check reads.
// It writes Svelte 4's forms (`bind:items`, which Svelte refuses on custom elements, and `on:support-faq-search`):
// add Svelte 5's, `items={…}` and `onsupport-faq-search={…}`.
edit(
  'svelte.d.ts',
  /declare namespace svelteHTML \{[^}]*interface IntrinsicElements extends CustomElements \{\}\s*\}/,
  'declare module "svelte/elements" {\n  interface SvelteHTMLElements extends CustomElements {}\n}',
);
edit('svelte.d.ts', /^( *)"bind:([\w$]+)"\?: (.*);$/gm, '$1$2?: $3;');
edit('svelte.d.ts', /^( *)"on:([\w-]+)"\?: (.*);$/gm, '$1"on:$2"?: $3;\n$1"on$2"?: $3;');
// Svelte: an attribute written in the markup is a string (`heading-level="2"`): a number attribute also takes
// a numeric string. Only the hyphenated attribute names; a property (`headingLevel={2}`) stays a number.
edit('svelte.d.ts', /^( *)"([a-z]+(?:-[a-z]+)+)"\?: (Support\w+\["\w+"\]);$/gm, '$1"$2"?: $3 | `${$3 & number}`;');
// Solid: the generator shows the augmentation only in a doc comment; make it.
edit(
  'solid-js.d.ts',
  /(export type CustomElements = \{[^]*\};?)\s*$/,
  '$1\n\ndeclare module "solid-js" {\n  namespace JSX {\n    interface IntrinsicElements extends CustomElements {}\n  }\n}\n',
);
// Svelte: its base props name a global JSX namespace that Svelte does not have (TS2503 with skipLibCheck off):
// Svelte's own types, a snippet for children and a string for style.
edit('svelte.d.ts', /\bJSX\.Element\b/g, 'import("svelte").Snippet');
edit('svelte.d.ts', /\bJSX\.CSSProperties\b/g, 'string');
// Solid sets a custom element's properties and listens with `on…` props too (`items={…}`,
// `onsupport-faq-search={…}`): type those beside the generator's `prop:items` and `on:support-faq-search`.
edit('solid-js.d.ts', /^( *)"prop:([\w$]+)"\?: (.*);$/gm, '$1"prop:$2"?: $3;\n$1$2?: $3;');
edit('solid-js.d.ts', /^( *)"on:([\w-]+)"\?: (.*);$/gm, '$1"on:$2"?: $3;\n$1"on$2"?: $3;');
