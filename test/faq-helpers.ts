import { fixture, html } from '@open-wc/testing';
import type { FaqItemData, SupportFaq, SupportFaqItem } from '../src/faq.js';
import { nextFrame } from './helpers.js';

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

/** Waits for the opening animations (axe would measure contrast mid-fade). */
export async function animations(el: SupportFaq): Promise<void> {
  await Promise.all(
    itemsOf(el).flatMap((i) =>
      i
        .shadowRoot!.querySelector('[part=answer]')!
        .getAnimations()
        .map((a) => a.finished),
    ),
  );
}

export const question = (it: SupportFaqItem): HTMLButtonElement => it.shadowRoot!.querySelector('button')!;
export const panel = (it: SupportFaqItem): HTMLElement => it.shadowRoot!.querySelector('[part=answer]')!;

/** A searchable FAQ at the item limit, rendered: 1,999 small data items and one with a 1 MB answer. */
export async function atTheLimit(): Promise<{ el: SupportFaq; all: SupportFaqItem[] }> {
  const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0"></support-faq>`);
  const items: FaqItemData[] = Array.from({ length: 1_999 }, (_, i) => ({ question: `Question ${i}`, answer: `Answer ${i}` }));
  items.push({ question: 'Big', answer: 'word '.repeat(200_000) });
  el.items = items;
  return { el, all: await ready(el) };
}
