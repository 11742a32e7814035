// The safe text format on the server: every construct of safe-text-cases.js gives, in the HTML a server writes
// (the templates of richText), the same answer markup as in the browser (test/faq-safe-text.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderElement } from './server-render.js';
import { formatCases } from './safe-text-cases.js';

test('<support-faq> data answers in the safe format: the server HTML has each construct', async () => {
  const html = await renderElement('faq-format');
  // Each item's answer: what its <support-faq-item> holds after its shadow root, with Lit's markers removed and
  // written as a browser serialises it (`<br />` as `<br>`, no space left where `ifDefined` left out an attribute).
  const answers = [...html.matchAll(/<support-faq-item[^>]*>[\s\S]*?<\/template>([\s\S]*?)<\/support-faq-item>/g)].map((m) =>
    m[1].replace(/<!--[\s\S]*?-->/g, '').replace(/ \/?>/g, '>'),
  );
  assert.deepEqual(
    answers,
    formatCases.map(([, , markup]) => markup),
  );
});
