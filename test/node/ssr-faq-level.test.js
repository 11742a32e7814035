// <support-faq heading-level="2"> on the server: every question heading, of data items and of in-page items,
// is written at level 2 (aria-level="2"), as the browser renders it; none keeps the default 3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderElement } from './server-render.js';

test('<support-faq heading-level="2">: the server HTML has its questions at aria-level 2', async () => {
  const html = await renderElement('faq-level');
  const levels = [...html.matchAll(/<div role="heading" aria-level="(\d)" part="heading">/g)].map((m) => m[1]);
  // Two data items and one in-page item.
  assert.deepEqual(levels, ['2', '2', '2']);
});
