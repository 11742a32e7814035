// Every <support-*> tag in the pages is rendered at build time to declarative shadow DOM by Lit's server
// renderer; js/components.js registers the elements there (and is what the page's script bundle imports).
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, { mode: 'worker', componentModules: ['js/components.js'] });
  eleventyConfig.addPassthroughCopy('js');
  return { dir: { input: 'pages', output: '_site' } };
}
