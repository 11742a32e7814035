// The text of Lit's css`` and html`` templates in the CDN bundles, minified by Lit's own Rollup plugin
// (terser leaves template strings as written). Two settings keep every behaviour:
// - conservativeCollapse: a run of white space becomes one space, never nothing (by default the space after
//   `<strong part="label">…</strong> ` and the like went, joining words on screen);
// - a css`` fragment of declarations alone (the dark theme's tokens in internal/styles.ts) is no stylesheet
//   for LightningCSS: it is minified inside a rule and taken out again, instead of left as written.
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

function minifyCSS(css) {
  try {
    return defaultStrategy.minifyCSS(css);
  } catch {
    const rule = defaultStrategy.minifyCSS(`a{${css}}`);
    return rule.slice(2, -1);
  }
}

export const minifyTemplates = () => minifyHTML({ failOnError: true, options: { minifyOptions: { conservativeCollapse: true, minifyCSS } } });
