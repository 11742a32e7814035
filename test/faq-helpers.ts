import type { SupportFaq, SupportFaqItem } from '../src/faq.js';
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
