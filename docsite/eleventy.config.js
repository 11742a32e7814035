// The documentation site (`npm run docs:site`, issue 21): Eleventy makes site/ from docs/*.md, the build's
// custom-elements.json and cdn/ (docsite/_data/site.js reads them), and copies the demo pages into it.
// Every link is relative, so site/ can be served from any path of any static host, and nothing is loaded
// from another origin: the library is the site's own copy of cdn/.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, normalize, relative, resolve } from 'node:path';

export const OUTPUT = 'site';
const ROOT = resolve('.');

/** The relative URLs a demo file refers to: HTML src/href, JS imports, `new URL(…)` and `fetch(…)`, CSS url(). */
function references(file, text) {
  const ext = extname(file);
  const found = [];
  if (ext === '.html') for (const m of text.matchAll(/\s(?:src|href)="([^"]+)"/g)) found.push(m[1]);
  if (ext === '.js') {
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\bnew URL\(\s*|\bfetch\(\s*)(['"])([^'"]+)\1/g)) found.push(m[2]);
  }
  if (ext === '.css') for (const m of text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) found.push(m[1]);
  // Only paths relative to the file: no scheme, no page-relative fragment or query, no root-relative path.
  return found.map((u) => u.split(/[?#]/)[0]).filter((u) => u && !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(u));
}

/**
 * Copies demo/ whole into site/demo/ (the builder, demo/builder.html, and the demo page it belongs to), then
 * every file outside demo/ that a copied file refers to by a relative path, at the same path under site/
 * (`../cdn/…` is site/cdn/, already there; a module the builder imports from `../dist/…` lands in
 * site/dist/), following JS imports. The demo's link to this site (`../site/`) becomes the site's home.
 */
function copyDemo(out) {
  if (!existsSync('demo')) return [];
  cpSync('demo', join(out, 'demo'), { recursive: true });
  const queue = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else queue.push(path);
    }
  };
  walk('demo');
  const seen = new Set(queue);
  const copied = [];
  while (queue.length) {
    const file = queue.shift();
    if (!/\.(?:html|js|css)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    for (const ref of references(file, text)) {
      const target = normalize(join(dirname(file), decodeURIComponent(ref)));
      const abs = resolve(target);
      if (!abs.startsWith(`${ROOT}/`) || target.startsWith('node_modules') || target.startsWith(`${OUTPUT}/`) || seen.has(target)) continue;
      seen.add(target);
      if (!existsSync(target) || statSync(target).isDirectory()) continue;
      if (!target.startsWith('demo/') && !target.startsWith('cdn/')) {
        mkdirSync(dirname(join(out, target)), { recursive: true });
        cpSync(target, join(out, target));
        copied.push(target);
      }
      queue.push(target);
    }
  }
  // The demo pages link to the built site as ../site/ (scripts/serve.js serves it there): inside the site,
  // that is the site's own home.
  for (const file of seen) {
    if (!file.startsWith('demo/') || !file.endsWith('.html')) continue;
    const path = join(out, file);
    const html = readFileSync(path, 'utf8');
    const fixed = html.replace(/href="\.\.\/site\/(?:index\.html)?"/g, 'href="../index.html"');
    if (fixed !== html) writeFileSync(path, fixed);
  }
  return copied;
}

export default function (eleventyConfig) {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true });
  eleventyConfig.addPassthroughCopy({ cdn: 'cdn', 'docsite/assets': 'assets' });
  // The output folder as Eleventy was given it (`--output` may move it), emptied first: no page of an old build stays.
  eleventyConfig.on('eleventy.before', ({ directories }) => rmSync(directories.output, { recursive: true, force: true }));
  eleventyConfig.on('eleventy.after', ({ directories }) => {
    const copied = copyDemo(directories.output);
    if (copied.length) console.log(`[docs:site] copied for the demo pages: ${copied.join(', ')}`);
    console.log(
      `[docs:site] ${relative(ROOT, resolve(directories.output))}/index.html is the home page; serve the folder from any path (npm start: http://localhost:8000/site/).`,
    );
  });
  return {
    dir: { input: 'docsite', output: OUTPUT, includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
