// npm run size:react: what a React app pays for the FAQ. Builds three small React 19 apps with Vite (production)
// that render one FAQ: with `support-widgets/react/faq.js`, with the bare element (`support-widgets/faq.js`
// and a <support-faq> tag), and with `support-widgets/react` (every element); then each other element through
// its React module and bare. Prints the gzip bytes of each app's JavaScript and fails if a wrapper costs more
// than 1 KB over its bare element. Needs dist/.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { measure } from './sizes.js';

const LIMIT = 1024;
const items = `[{ question: 'How long does a refund take?', answer: 'To a card: 5 to 10 business days.' }]`;
const render = (jsx) => `import { createRoot } from 'react-dom/client';\ncreateRoot(document.getElementById('root')).render(${jsx});\n`;
const apps = {
  'React + support-widgets/faq.js (bare element)': `import { createElement as h } from 'react';\nimport 'support-widgets/faq.js';\n${render(`h('support-faq', { ref: (el) => el && (el.items = ${items}) })`)}`,
  'React + support-widgets/react/faq.js': `import { createElement as h } from 'react';\nimport { SupportFaq } from 'support-widgets/react/faq.js';\n${render(`h(SupportFaq, { items: ${items} })`)}`,
  'React + support-widgets/react (every element)': `import { createElement as h } from 'react';\nimport { SupportFaq } from 'support-widgets/react';\n${render(`h(SupportFaq, { items: ${items} })`)}`,
};

// Each other element: its React module against the bare element, with no props (what the wrapper itself costs).
const others = {
  hotline: ['SupportHotline', 'support-hotline'],
  'call-prep': ['SupportCallPrep', 'support-call-prep'],
  'dispute-checklist': ['SupportDisputeChecklist', 'support-dispute-checklist'],
  center: ['SupportCenter', 'support-center'],
};
for (const [file, [cls, tag]] of Object.entries(others)) {
  apps[`React + support-widgets/${file}.js (bare element)`] =
    `import { createElement as h } from 'react';\nimport 'support-widgets/${file}.js';\n${render(`h('${tag}')`)}`;
  apps[`React + support-widgets/react/${file}.js`] =
    `import { createElement as h } from 'react';\nimport { ${cls} } from 'support-widgets/react/${file}.js';\n${render(`h(${cls})`)}`;
}

// Inside the package, so that `support-widgets/…` resolves to this package's dist/ through its exports.
const dir = mkdtempSync(join(process.cwd(), '.react-size-'));
const sizes = {};
try {
  for (const [name, code] of Object.entries(apps)) {
    writeFileSync(join(dir, 'main.js'), code);
    const result = await build({
      root: dir,
      configFile: false,
      logLevel: 'silent',
      mode: 'production',
      build: { write: false, modulePreload: false, rollupOptions: { input: join(dir, 'main.js') } },
    });
    // Every JavaScript chunk of the app (the language files load on demand and are left out, as in `npm run size`).
    const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk' && !/zh-CN|ar/.test(o.name));
    sizes[name] = measure(
      Buffer.from(
        chunks
          .filter((c) => c.isEntry || !c.isDynamicEntry)
          .map((c) => c.code)
          .join('\n'),
      ),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pad = (s, n, right) => (right ? String(s).padStart(n) : String(s).padEnd(n));
console.log(`${pad('app (Vite production build)', 48)} ${pad('min', 8, 1)} ${pad('gzip', 8, 1)} ${pad('brotli', 8, 1)}`);
for (const [name, s] of Object.entries(sizes)) console.log(`${pad(name, 48)} ${pad(s.min, 8, 1)} ${pad(s.gzip, 8, 1)} ${pad(s.brotli, 8, 1)}`);
const [bare, wrapper] = Object.values(sizes);
const cost = wrapper.gzip - bare.gzip;
console.log(`The FAQ wrapper costs ${cost} B gzip over the bare element (limit ${LIMIT}).`);
let over = cost > LIMIT;
for (const file of Object.keys(others)) {
  const extra = sizes[`React + support-widgets/react/${file}.js`].gzip - sizes[`React + support-widgets/${file}.js (bare element)`].gzip;
  console.log(`The ${file} wrapper costs ${extra} B gzip over the bare element (limit ${LIMIT}).`);
  over ||= extra > LIMIT;
}
if (over) process.exit(1);
