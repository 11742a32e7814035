// Every entry point imports in plain Node 20, without DOM globals and without a shim, each in a fresh process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const entries = [
  'support-widgets',
  'support-widgets/faq.js',
  'support-widgets/hotline.js',
  'support-widgets/call-prep.js',
  'support-widgets/dispute-checklist.js',
  'support-widgets/center.js',
  'support-widgets/react',
  'support-widgets/locales/ar.js',
  'support-widgets/locales/zh-CN.js',
  // Issue 20's languages through the same wildcard export.
  ...['zh-Hant', 'ja', 'ko', 'es', 'fr', 'de', 'pt', 'it', 'ru', 'tr', 'he', 'hi', 'id', 'vi', 'th'].map((tag) => `support-widgets/locales/${tag}.js`),
];

// In the child: no DOM global before or after the import, the module's exports are there, and nothing it
// scheduled (timers, promises) throws or logs afterwards.
const child = (entry) => `
for (const name of ['window', 'document', 'HTMLElement', 'Element', 'ShadowRoot', 'Node']) if (name in globalThis) throw new Error(name + ' exists before the import');
const m = await import(${JSON.stringify(entry)});
if (!Object.keys(m).length) throw new Error('no exports');
// Wait until every timer the import scheduled has run (its errors and logs would show), not for a fixed time.
for (let i = 0; process.getActiveResourcesInfo().includes('Timeout'); i++) {
  if (i === 100) throw new Error('the import keeps a timer running');
  await new Promise((r) => setTimeout(r));
}
for (const name of ['window', 'document', 'HTMLElement']) if (name in globalThis) throw new Error('the import created ' + name);
console.log(Object.keys(m).length);
`;

for (const entry of entries) {
  test(`import('${entry}') in Node without DOM globals`, () => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child(entry)], { encoding: 'utf8' });
    assert.equal(r.stderr, '', `stderr of import('${entry}')`);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^\d+\n$/);
  });
}
