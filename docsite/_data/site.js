// Everything the site's templates show, read when Eleventy builds: the package, the manifest of the build
// (custom-elements.json), every page of docs/ as HTML, the bench figures and whether the builder is there.
// Paths are relative to the repository root, where `npm run docs:site` runs.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { apiTables } from '../../scripts/api-tables.js';
import { benchChart } from '../lib/chart.js';
import { markdown, slug } from '../lib/markdown.js';

const read = (file) => readFileSync(file, 'utf8');
for (const file of ['custom-elements.json', 'cdn/support-widgets.js']) {
  if (!existsSync(file)) throw new Error(`The documentation site is made from the build: ${file} is missing; run \`npm run build\` first.`);
}
const pkg = JSON.parse(read('package.json'));
const manifest = JSON.parse(read('custom-elements.json'));
const { declarations, render: apiMarkdown } = apiTables(manifest);
const elements = [...declarations.values()].filter((d) => d.tagName);
const byTag = new Map(elements.map((d) => [d.tagName, d]));

/**
 * The site's Content-Security-Policy, in a `<meta>` of every page (a static host need not set headers):
 * nothing but the site's own files, no inline script or style, Trusted Types enforced. `docs-preview` is
 * the examples' one policy (docsite/assets/examples.js: it writes the sandboxed previews' documents);
 * `lit-html` and `support-widgets` are the library's own, which the previews inherit with this policy.
 * frame-ancestors cannot be set from a `<meta>`: a host that wants it sets it as a header.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  "trusted-types docs-preview lit-html support-widgets 'allow-duplicates'",
].join('; ');

// The order of the navigation; a page of docs/ not listed here is added to the guides, so none is left out.
const GROUPS = [
  ['Elements', ['center', 'faq', 'hotline', 'call-prep', 'dispute-checklist']],
  ['Guides', ['configuration', 'theming', 'languages', 'accessibility', 'security', 'performance']],
  ['Frameworks', ['frameworks', 'react']],
  ['Project', ['development']],
];
// Pages whose file holds two level-1 headings get a title of their own (their headings go one level down).
const TITLES = { performance: 'Size and performance', security: 'Privacy and security' };

const names = readdirSync('docs')
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3));
for (const name of names) if (!GROUPS.some(([, list]) => list.includes(name))) GROUPS[1][1].push(name);
const pageOf = new Map(names.map((n) => [`${n}.md`, `${n}.html`]));
// The README is the site's home page; the docs' links to it lead there.
pageOf.set('../README.md', 'index.html');

const bench = existsSync('bench/results/latest.json') ? JSON.parse(read('bench/results/latest.json')) : undefined;
const md = markdown({ pages: pageOf, fences: { 'bench-chart': () => benchChart(bench) } });

/** A page of docs/ made ready for the site: comments out, API tables from the manifest, the chart in. */
function prepare(name, text) {
  let out = text.replace(/<!-- api:([a-z-]+) -->[\s\S]*?<!-- \/api:\1 -->/g, (_m, tag) => (byTag.has(tag) ? apiMarkdown(byTag.get(tag)) : ''));
  // The bench chart's image (a picture of numbers) becomes the chart drawn from the same figures.
  if (bench) out = out.replace(/!\[[^\]]*\]\([^)]*bench\/results\/ratios\.svg\)/, '```bench-chart\n```');
  // Comments on lines of their own (generator markers), never inside code blocks.
  let fence = false;
  return out
    .split('\n')
    .filter((line) => {
      if (/^\s*```/.test(line)) fence = !fence;
      return fence || !/^\s*<!--.*-->\s*$/.test(line);
    })
    .join('\n');
}

const pages = [];
for (const [group, list] of GROUPS) {
  for (const name of list) {
    if (!names.includes(name)) continue;
    const text = prepare(name, read(`docs/${name}.md`));
    const h1s = text.match(/^# .*$/gm) ?? [];
    const decl = byTag.get(`support-${name}`);
    // The template writes the page's h1: a page's own level-1 heading becomes it; a page with two of them
    // keeps both, one level down, under a title of its own.
    const demote = h1s.length > 1;
    const heading = demote ? (TITLES[name] ?? name) : (h1s[0] ?? `# ${name}`).slice(2);
    const { html, toc, examples } = md.render(demote ? text : text.replace(/^# .*$/m, ''), { demote });
    pages.push({
      name,
      group,
      url: `${name}.html`,
      title: heading.replace(/`/g, ''),
      titleHtml: md.inline(heading),
      // The id GitHub gives the page's first heading: the docs link to `accessibility.md#accessibility`.
      titleId: slug(heading.replace(/`/g, '')),
      // An element's page opens with its summary from the manifest (the class's JSDoc).
      summary: decl?.summary ? md.inline(decl.summary) : '',
      tag: decl?.tagName ?? '',
      html,
      toc,
      examples,
    });
  }
}

// The home page: the README's opening paragraph and its first example, the elements from the manifest.
const readme = read('README.md');
const lead = readme.split(/\n\n/)[1] ?? '';
const firstExample = /```html\n[\s\S]*?\n```/.exec(readme)?.[0] ?? '';
const home = md.render(`${lead}\n\n${firstExample}\n`);

const builder = existsSync('demo/builder.html');

export default {
  name: pkg.name,
  version: pkg.version,
  description: pkg.description,
  csp: CSP,
  pages,
  home,
  builder,
  elements: elements
    .filter((d) => pageOf.has(`${d.tagName.replace(/^support-/, '')}.md`))
    .map((d) => ({ tag: d.tagName, summary: md.inline(d.summary ?? ''), url: `${d.tagName.replace(/^support-/, '')}.html` })),
  nav: [
    ...GROUPS.map(([group]) => ({ group, links: pages.filter((p) => p.group === group).map((p) => ({ url: p.url, title: p.title })) })).filter(
      (g) => g.links.length,
    ),
    {
      group: 'Try it',
      links: [...(builder ? [{ url: 'demo/builder.html', title: 'Builder' }] : []), { url: 'demo/index.html', title: 'Demo help page' }],
    },
  ],
};
