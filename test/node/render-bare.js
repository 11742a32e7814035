// A server that imports the package but no language file (docs/react.md: what a server that forgot
// `support-widgets/locales/ar.js` renders): `node render-bare.js <name>` writes the HTML of that page of
// server-render.js to stdout, and what the library logged to stderr; without a name, every page, as JSON
// ({ name: html }). A process of its own: a language, once imported, stays registered for the rest of a process.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import 'support-widgets';
import { templates } from './templates.js';
import { cases } from './ssr-cases.js';

const pages = { ...templates, ...cases };
const html = (name) => collectResult(render(pages[name]()));
const name = process.argv[2];
if (name) process.stdout.write(await html(name));
else process.stdout.write(JSON.stringify(Object.fromEntries(await Promise.all(Object.keys(pages).map(async (n) => [n, await html(n)])))));
