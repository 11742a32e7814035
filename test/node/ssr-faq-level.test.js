// <support-faq heading-level="2"> on the server: every question heading, of data items and of in-page items,
// is written at level 2 (aria-level="2"), as the browser renders it; none keeps the default 3.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, renderElement } from './server-render.js';

test('<support-faq heading-level="2">: the server HTML has its questions at aria-level 2', async () => {
  const html = await renderElement('faq-level');
  const levels = [...html.matchAll(/<div role="heading" aria-level="(\d)" part="heading"[^>]*>/g)].map((m) => m[1]);
  // Two data items and one in-page item.
  assert.deepEqual(levels, ['2', '2', '2']);
});

// As @lit-labs/ssr-react (the renderer of @lit-labs/nextjs) renders an element: its own renderer, the
// properties set on it, then its shadow alone, with no event path around it (render-custom-element.js, 0.3.4).
test('<SupportFaq items headingLevel={2}> as Next.js renders it: its data questions at aria-level 2', async () => {
  const { LitElementRenderer } = await import('@lit-labs/ssr/lib/lit-element-renderer.js');
  const { getElementRenderer } = await import('@lit-labs/ssr/lib/element-renderer.js');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  await renderElement('faq-level');
  const renderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [],
    customElementHostStack: [],
    eventTargetStack: [],
    slotStack: [],
    deferHydration: false,
  };
  const renderer = getElementRenderer(renderInfo, 'support-faq');
  renderer.setProperty('items', data.items);
  renderer.setProperty('headingLevel', 2);
  renderer.connectedCallback();
  renderInfo.customElementInstanceStack.push(renderer);
  renderInfo.customElementHostStack.push(renderer);
  const html = await collectResult(renderer.renderShadow(renderInfo));
  const levels = [...html.matchAll(/<div role="heading" aria-level="(\d)" part="heading"[^>]*>/g)].map((m) => m[1]);
  assert.deepEqual(levels, ['2', '2']);
});
