// The pages of docs/ as HTML for the documentation site: markdown-it (the library Eleventy itself uses for
// Markdown) with the raw HTML of the pages off, GitHub's heading ids (the docs link to `faq.md#json-config`
// as GitHub renders it), links between docs/ pages turned into links between site pages, and HTML examples
// made live (an editable code box and a sandboxed preview, see docsite/assets/examples.js).
import MarkdownIt from 'markdown-it';

/** GitHub's heading id: lower case, punctuation dropped (letters, marks, digits, `_` and `-` stay), spaces to `-`. */
export function slug(text) {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Whether an HTML example can run as it is written in a sandboxed preview: it shows an element, and runs no
 * script of its own (a JSON config and the library's own script tag are not scripts of its own; the page's
 * Content-Security-Policy would refuse any other) and needs no server of the merchant's. Fragments
 * (`<support-hotline …>`, a whole `<html>`) are code.
 */
export function isLive(code) {
  if (!/<support-[a-z-]+/.test(code) || /…|<html[\s>]/.test(code)) return false;
  // An example that talks to the merchant's server (an endpoint, a config file) needs that server and a page of
  // the merchant's origin; a preview has neither (an opaque origin), so the library rightly refuses it.
  if (/\s[a-z-]*endpoint="|<support-[a-z-]+\b[^>]*\ssrc="/.test(code)) return false;
  const scripts = [...code.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  return scripts.every((attrs) => /type="application\/json"/.test(attrs) || /\bsrc="[^"]*support-widgets(\.iife)?\.js"/.test(attrs));
}

/**
 * A renderer for one site: `pages` maps a docs/ file name (`faq.md`) to its site page (`faq.html`); `fences`
 * may render a fenced block itself (the performance chart) by its info string.
 */
export function markdown({ pages, fences = {} }) {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  let examples = 0;

  // Heading ids as GitHub makes them, numbered when repeated on a page (`#strings`, `#strings-1`).
  md.core.ruler.push('heading_ids', (state) => {
    const seen = new Map();
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== 'heading_open') continue;
      const text = tokens[i + 1].children.map((t) => (['text', 'code_inline'].includes(t.type) ? t.content : '')).join('');
      const base = slug(text);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      tokens[i].attrSet('id', n ? `${base}-${n}` : base);
    }
  });

  // Links: a docs/ page becomes its site page; a page of the repository outside docs/ (a test, an example
  // folder) is not part of the site, so its link text stays as text; anything else is left as written.
  const linkOpen = md.renderer.rules.link_open ?? ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
  const linkClose = md.renderer.rules.link_close ?? ((tokens, i, options, env, self) => self.renderToken(tokens, i, options));
  const dropped = new WeakSet();
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    const href = tokens[i].attrGet('href') ?? '';
    const local = /^(?![a-z][a-z0-9+.-]*:|\/\/|#)/i.test(href);
    if (local) {
      const [path, hash] = href.split('#');
      const page = pages.get(path);
      if (!page) {
        // Its closing token is found by nesting level and dropped with it.
        let depth = 0;
        for (let j = i; j < tokens.length; j++) {
          if (tokens[j].type === 'link_open') depth++;
          if (tokens[j].type === 'link_close' && --depth === 0) {
            dropped.add(tokens[j]);
            break;
          }
        }
        return '';
      }
      tokens[i].attrSet('href', hash ? `${page}#${hash}` : page);
    }
    return linkOpen(tokens, i, options, env, self);
  };
  md.renderer.rules.link_close = (tokens, i, options, env, self) => (dropped.has(tokens[i]) ? '' : linkClose(tokens, i, options, env, self));
  // A column's alignment (`| ---: |`) as a class, not markdown-it's `style="text-align:right"`: the site's CSP
  // has no 'unsafe-inline' for styles, so a style attribute would be refused (and logged) by the browser.
  for (const rule of ['th_open', 'td_open'])
    md.renderer.rules[rule] = (tokens, i, options, env, self) => {
      const token = tokens[i];
      const align = /text-align:\s*(left|right|center)/.exec(token.attrGet('style') ?? '')?.[1];
      if (align) {
        token.attrs = token.attrs.filter(([name]) => name !== 'style');
        token.attrJoin('class', `align-${align}`);
      }
      return self.renderToken(tokens, i, options);
    };

  // Fenced code: wrapped, never scrolled sideways (a scrolling block would need a keyboard stop of its own);
  // a live HTML example is the code in a labelled text box and a preview of it.
  md.renderer.rules.fence = (tokens, i) => {
    const token = tokens[i];
    const lang = token.info.trim().split(/\s+/)[0];
    if (Object.hasOwn(fences, lang)) return fences[lang](token.content);
    const code = token.content.replace(/\n$/, '');
    if (lang === 'html' && isLive(code)) {
      const n = ++examples;
      const rows = Math.min(24, code.split('\n').length + 1);
      return `<div class="example" data-example>
<div class="example-head"><label for="example-${n}">Example ${n}: HTML, editable (the preview below follows it)</label>
<button type="button" data-example-reset hidden>Restore example ${n} as written</button></div>
<textarea id="example-${n}" class="example-code" rows="${rows}" spellcheck="false" autocapitalize="off" autocomplete="off" translate="no">${escape(code)}</textarea>
<iframe class="example-preview" title="Preview of example ${n}" sandbox="allow-scripts" data-example-preview></iframe>
</div>\n`;
    }
    return `<pre><code${lang ? ` class="language-${escape(lang)}"` : ''} translate="no">${escape(code)}</code></pre>\n`;
  };

  return {
    /** The page's HTML, its headings of level 2 (for "On this page") and how many live examples it has. */
    render(source, { demote = false } = {}) {
      examples = 0;
      const env = {};
      const tokens = md.parse(source, env);
      // A page with two level-1 headings (performance.md's Size and Performance) goes one level down under
      // the page's own title, so each page has one h1 and no level is skipped.
      if (demote) for (const t of tokens) if (t.type === 'heading_open' || t.type === 'heading_close') t.tag = `h${Math.min(6, Number(t.tag[1]) + 1)}`;
      const html = md.renderer.render(tokens, md.options, env);
      const toc = [];
      for (let i = 0; i < tokens.length; i++) {
        if (tokens[i].type === 'heading_open' && tokens[i].tag === 'h2') {
          toc.push({
            id: tokens[i].attrGet('id'),
            text: tokens[i + 1].children.map((t) => (['text', 'code_inline'].includes(t.type) ? t.content : '')).join(''),
          });
        }
      }
      return { html, toc, examples };
    },
    inline: (source) => md.renderInline(source),
  };
}
