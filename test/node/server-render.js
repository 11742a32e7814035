// Server rendering of every element with @lit-labs/ssr, from the built package (dist/): used by the Node test
// (test/node/ssr.test.js) and served to the browser hydration test (test/ssr-hydration.test.ts) by
// web-test-runner.config.js. Nothing here installs DOM globals: Lit's Node build brings what Lit needs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult, collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { templates } from './templates.js';
import { cases, serverClocks } from './ssr-cases.js';

export { data, templates } from './templates.js';

let loaded;
/**
 * The elements, registered in Lit's server registry (importing the package registers them), and the built-in
 * languages, as docs/react.md tells a server to import them.
 */
const load = () => (loaded ??= Promise.all([import('support-widgets'), import('support-widgets/locales/ar.js'), import('support-widgets/locales/zh-CN.js')]));

let bareRenders;
/** Every page rendered by a server without the language files, in one process of its own (render-bare.js). */
function renderBare() {
  const r = spawnSync(process.execPath, [fileURLToPath(new URL('render-bare.js', import.meta.url))], { encoding: 'utf8' });
  if (r.status) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

/** One page rendered by a server in another time zone (`TZ`; in English: render-bare.js, in a process of its own). */
function renderInZone(name, zone) {
  const r = spawnSync(process.execPath, [fileURLToPath(new URL('render-bare.js', import.meta.url)), name], {
    encoding: 'utf8',
    env: { ...process.env, TZ: zone },
  });
  if (r.status) throw new Error(r.stderr);
  return r.stdout;
}

/** The templates above and the cases of the config, CSP and heading-level tests (ssr-cases.js). */
const all = { ...templates, ...cases };
export const names = Object.keys(all);

/**
 * The server HTML of one element, as a Lit server render writes it (declarative shadow DOM, hydration markers).
 * `bare`: by a server that imported no language file (render-bare.js, in a process of its own).
 */
export async function renderElement(name, bare = false, zone = undefined) {
  if (zone) return renderInZone(name, zone);
  if (bare) return (bareRenders ??= renderBare())[name];
  await load();
  const at = serverClocks[name];
  if (at === undefined) return collectResult(render(all[name]()));
  // The server's clock, set for this render only (synchronous: nothing else runs while it is set).
  const real = Date.now;
  Date.now = () => at;
  try {
    return collectResultSync(render(all[name]()));
  } finally {
    Date.now = real;
  }
}
