// Every element renders on the server with @lit-labs/ssr to declarative shadow DOM with its content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { data, renderElement } from './server-render.js';

/** Runs `fn` and returns what it logged through console.error/warn/log. */
async function logged(fn) {
  const calls = [];
  const saved = { error: console.error, warn: console.warn, log: console.log };
  for (const k of Object.keys(saved)) console[k] = (...args) => calls.push(`${k}: ${args.join(' ')}`);
  try {
    return [await fn(), calls];
  } finally {
    Object.assign(console, saved);
  }
}

/** The HTML without Lit's hydration comments, as a crawler reads its text. */
const visible = (h) => h.replace(/<!--[^]*?-->/g, '');

test('<support-faq>: the data items and the in-page items, questions and answers, in declarative shadow DOM', async () => {
  const [html, calls] = await logged(() => renderElement('faq'));
  assert.deepEqual(calls, []);
  const text = visible(html);
  assert.match(text, /^<support-faq[^>]*><template shadowroot="open" shadowrootmode="open">/);
  for (const { question } of [...data.items, data.light]) assert.ok(text.includes(`<bdi>${question}</bdi>`), question);
  // The answers are page content (light DOM of each item), rendered from the safe text format.
  assert.ok(text.includes('<p dir="ltr">To a card: <strong>5 to 10 business days</strong> after we receive the item.</p>'));
  assert.ok(text.includes('<li dir="ltr">open the order</li>'));
  assert.ok(text.includes(data.light.answer));
  // Closed answers stay findable by find-in-page.
  assert.equal(text.match(/part="answer" hidden="until-found"/g)?.length, 3);
  assert.equal(text.match(/aria-expanded="false"/g)?.length, 3);
  // The category chips of the data items.
  assert.match(text, /<button part="chip"\s+aria-pressed="false" >Refunds<\/button>/);
});

test('<support-hotline>: the line, its number as a tel: link and its hours at the server clock', async () => {
  const [html, calls] = await logged(() => renderElement('hotline'));
  assert.deepEqual(calls, []);
  const text = visible(html);
  assert.ok(text.includes('<strong part="label" dir="auto">Customer support</strong>'));
  assert.ok(text.includes('<a part="number" href="tel:+18005550100"'));
  assert.ok(text.includes('1-800-555-0100'));
  // Open or closed by the server's clock, which the element writes on its host for hydration.
  assert.match(text, /<support-hotline[^>]* server-now="\d{13}"/);
  assert.match(text, /part="status" data-state="(open|closed|always|openingSoon|closingSoon)"/);
});

test('<support-call-prep>: the form with its labelled fields and submit button', async () => {
  const [html, calls] = await logged(() => renderElement('call-prep'));
  assert.deepEqual(calls, []);
  const text = visible(html);
  assert.match(text, /<form[^>]*>/);
  assert.match(text, /<label for="phone" id="phone-l">Callback number/);
  assert.match(text, /<input id="phone" name="phone" data-f="phone" type="tel"/);
  assert.match(text, /<button class="primary" part="submit" >Prepare my call<\/button>/);
});

test('<support-dispute-checklist>: the chosen type, its evidence list and no box checked', async () => {
  const [html, calls] = await logged(() => renderElement('dispute-checklist'));
  assert.deepEqual(calls, []);
  const text = visible(html);
  assert.match(text, /Charge I did not make/);
  assert.match(text, /<ul part="list">/);
  assert.match(text, /<input type="checkbox"/);
  // Server rendering writes `.checked=${false}` as `checked="false"` (which checks the box): the element avoids it.
  assert.doesNotMatch(text, /checked/);
});

test('<support-center>: its sections and, inside them, the FAQ and hotline with their content', async () => {
  const [html, calls] = await logged(() => renderElement('center'));
  assert.deepEqual(calls, []);
  const text = visible(html);
  assert.match(text, /<nav part="nav" aria-label="Help topics">/);
  assert.match(text, /<section id="faq"[^>]*>/);
  assert.match(text, /<section id="hotline"[^>]*>/);
  assert.ok(text.includes(`<bdi>${data.items[0].question}</bdi>`));
  assert.ok(text.includes('<strong part="label" dir="auto">Customer support</strong>'));
  // Nested elements wait for the center to hydrate first.
  assert.match(text, /<support-faq [^>]*defer-hydration/);
});

test('a language registered on the server (registerLocale) renders there, picked by the lang attribute', async () => {
  const { registerLocale } = await import('support-widgets');
  // Dutch: a language the library does not ship (French does since issue 20, and a built-in language must be
  // imported on a server: its entry point, tested below).
  registerLocale('nl', { faq: { search: 'Zoek in de vragen' } });
  const { render } = await import('@lit-labs/ssr');
  const { collectResult } = await import('@lit-labs/ssr/lib/render-result.js');
  const { html } = await import('lit');
  const text = visible(await collectResult(render(html`<support-faq lang="nl" searchable></support-faq>`)));
  assert.match(text, /<label for="s" part="label">Zoek in de vragen<\/label>/);
});
