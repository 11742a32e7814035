import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { FaqItemData, SupportFaq, SupportFaqItem, SupportFaqSearchEvent } from '../src/faq.js';
import { capture, nextFrame, text } from './helpers.js';

/** Every item of the FAQ: in the page, and rendered from data. */
const itemsOf = (el: SupportFaq): SupportFaqItem[] => [...el.querySelectorAll('support-faq-item'), ...el.shadowRoot!.querySelectorAll('support-faq-item')];

/** Waits until the FAQ has rendered (its items update with it, synchronously). */
export async function ready(el: SupportFaq): Promise<SupportFaqItem[]> {
  for (let i = 0; i < 4; i++) {
    await el.updateComplete;
    await nextFrame();
  }
  return itemsOf(el);
}

/**
 * Brings the opening animations to their end state (axe would measure contrast mid-fade). Finished at once,
 * not awaited: a browser may stop animating a page its driver keeps in the background (WebKitGTK under
 * test:long, where awaiting them ran past 30 s).
 */
export async function animations(el: SupportFaq): Promise<void> {
  const running = itemsOf(el).flatMap((i) => i.shadowRoot!.querySelector('[part=answer]')!.getAnimations());
  running.forEach((a) => a.finish());
  await Promise.all(running.map((a) => a.finished));
}

export const question = (it: SupportFaqItem): HTMLButtonElement => it.shadowRoot!.querySelector('button')!;
export const panel = (it: SupportFaqItem): HTMLElement => it.shadowRoot!.querySelector('[part=answer]')!;

/** Types a query as a paste would (one input event) and waits for typing to settle. */
export async function searchFor(el: SupportFaq, query: string): Promise<SupportFaqSearchEvent> {
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = query;
  setTimeout(() => input.dispatchEvent(new Event('input')));
  const event = await oneEvent(el, 'support-faq-search');
  await el.updateComplete;
  await nextFrame();
  return event;
}

/** 300 data items, each "about refunds", their answers holding a card "(visa)", "[x]" and 50 words: an attacker's target. */
export const attackerItems = (): FaqItemData[] =>
  Array.from({ length: 300 }, (_, i) => ({
    question: `Question ${i} about refunds`,
    answer: `Answer ${i}: a card (visa) [x] ${'word '.repeat(50)}`,
  }));

/** An attacker's queries: regular expression characters, 10,000 characters, a word 1,300 times, 2,000 words. */
export const attackerQueries = [
  '.*',
  '(visa)',
  '[x]',
  '\\',
  '^$|+?{}',
  'a'.repeat(10_000),
  'refunds '.repeat(1_300),
  Array.from({ length: 2_000 }, (_, i) => `w${i}x`).join(' '),
];

/** The ids of the in-page items shown (not hidden), in page order. */
export const shownIds = (el: SupportFaq): string[] => [...el.querySelectorAll('support-faq-item')].filter((i) => !i.hidden).map((i) => i.id);

/** The questions a user sees (in-page and data items), in page order. */
export const shownQuestions = (el: SupportFaq): string[] =>
  itemsOf(el)
    .filter((i) => !i.hidden)
    .map((i) => i.question);

/** The text each item's question button shows, trimmed. */
export const questionTexts = (items: SupportFaqItem[]): string[] => items.map((it) => question(it).textContent!.trim());

/** A searchable FAQ at the item limit, rendered: 1,999 small data items and one with a 1 MB answer. */
export async function atTheLimit(): Promise<{ el: SupportFaq; all: SupportFaqItem[] }> {
  const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0"></support-faq>`);
  const items: FaqItemData[] = Array.from({ length: 1_999 }, (_, i) => ({ question: `Question ${i}`, answer: `Answer ${i}` }));
  items.push({ question: 'Big', answer: 'word '.repeat(200_000) });
  el.items = items;
  return { el, all: await ready(el) };
}

/**
 * Renders a FAQ answer with a markdown link to `href` and checks it was refused: the answer shows the link's
 * text without a link, and one console.error names the item's path.
 */
export async function expectLinkRefused(href: string): Promise<void> {
  const errors = capture('error');
  try {
    const el = await fixture<SupportFaq>(
      html`<support-faq .items=${[{ id: 'q', question: 'Where?', answer: `See [our help page](${href}).` }]}></support-faq>`,
    );
    await ready(el);
    const item = el.shadowRoot!.querySelector('support-faq-item')!;
    expect(item.querySelectorAll('a'), href).to.have.length(0);
    expect(text(item), href).to.include('our help page');
    expect(errors.calls, href).to.have.length(1);
    expect(errors.calls[0], href).to.include('items[0]');
  } finally {
    errors.restore();
  }
}
