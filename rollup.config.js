// The CDN bundles, built from tsc's output in dist/: Lit inside, minified (the text of css`` and html``
// templates too: terser leaves template strings as written).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplates } from './scripts/minify-templates.js';
import { LANGUAGE_FILE, SECRETS_FILE, languageChunks, packLocales } from './scripts/pack-locales.js';
import { mangleNames, mangleRegex, publicNames } from './scripts/mangle-names.js';
import { dropUndefinedFields } from './scripts/drop-undefined-fields.js';

// Members declared `private` or `protected` in src/ get short names here (never in dist/): see
// scripts/mangle-names.js for the rule and docs/development.md. The public names are reserved, so no short name
// becomes one; `builtins` is on because the list is exact (a private `reportError` is no window.reportError).
const { mangle } = mangleNames();
const reserved = [...(await publicNames())];

const terserOptions = (module) => ({
  ecma: 2020,
  // `module`/`toplevel` drop the IIFE's global `var SupportWidgets=`: ESM only.
  module,
  toplevel: module,
  // hoist_funs: function declarations first in their scope, where JavaScript hoists them anyway (-41 B gzip).
  compress: { passes: 3, pure_getters: true, unsafe_arrows: true, hoist_funs: true },
  mangle: { properties: { regex: mangleRegex(mangle), reserved, builtins: true } },
  format: { comments: false },
});

export default [
  {
    input: 'dist/index.js',
    plugins: [minifyTemplates(), packLocales(), nodeResolve()],
    output: {
      dir: 'cdn',
      format: 'es',
      entryFileNames: 'support-widgets.js',
      // Each element's strings in each language other than English are a file (`locales/faq.ar.js`), fetched
      // relative to the bundle's URL when an element shows that language.
      chunkFileNames: 'locales/[name].js',
      // A language file's second part (`locales/dispute-checklist.guidance.ru.js`) stays a file: it is fetched with
      // the first, which imports it. Left alone, Rollup would inline it into the first.
      manualChunks: languageChunks,
      sourcemap: true,
      // Before terser: see scripts/drop-undefined-fields.js.
      plugins: [dropUndefinedFields(mangle), terser(terserOptions(true))],
    },
  },
  {
    input: 'dist/index.js',
    // Languages stay separate here too: the classic script imports the ES module build's language files,
    // which resolve relative to the classic script's own URL.
    external: (id) => LANGUAGE_FILE.test(id) || SECRETS_FILE.test(id),
    plugins: [
      minifyTemplates(),
      nodeResolve(),
      {
        name: 'language-files-from-script-url',
        renderDynamicImport: () => ({ left: 'import(languageUrl(', right: '))' }),
      },
    ],
    output: {
      file: 'cdn/support-widgets.iife.js',
      format: 'iife',
      name: 'SupportWidgets',
      paths: (id) => `./locales/${id.replace(/^.*[\\/]/, '')}`,
      // A classic script's import() resolves against the script's URL only when the script is CORS-same-origin;
      // otherwise Chromium takes the document's base URL, which in a sandboxed srcdoc frame (the documentation
      // site's previews) resolves nothing: no language file ever loaded there (outside check C21-5). So the
      // language files are imported by absolute URLs made from the script's own URL (document.currentScript,
      // set while a classic script first runs), and as written when there is none (the file bundled elsewhere).
      intro:
        "var languageBase = typeof document < 'u' && document.currentScript && document.currentScript.src;\nfunction languageUrl(path) { return languageBase ? new URL(path, languageBase).href : path; }",
      sourcemap: true,
      plugins: [dropUndefinedFields(mangle), terser(terserOptions(false))],
    },
  },
];
