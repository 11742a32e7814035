// React 19 on the server without the Lit Next.js plugin (docs/react.md "Server rendering"): the recipe the docs
// give for in-page questions, a plain <support-faq-item question="…"> tag inside SupportFaq, puts the question
// and the answer in the server HTML; the SupportFaqItem wrapper sets `question` as a property, which React's
// server renderer does not write.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { SupportFaq, SupportFaqItem } from 'support-widgets/react/faq.js';

test('React server HTML: a plain support-faq-item tag keeps its question, the wrapper does not', () => {
  const plain = renderToString(
    h(
      SupportFaq,
      { searchable: true },
      h('support-faq-item', { question: 'Where is my order?', category: 'Delivery' }, 'The tracking link is in the confirmation email.'),
    ),
  );
  assert.match(
    plain,
    /<support-faq-item question="Where is my order\?" category="Delivery">The tracking link is in the confirmation email\.<\/support-faq-item>/,
  );
  const wrapped = renderToString(h(SupportFaq, null, h(SupportFaqItem, { question: 'Where is my order?' }, 'The tracking link is in the confirmation email.')));
  assert.doesNotMatch(wrapped, /Where is my order/);
});
