import type { SupportDisputeChecklist } from '../src/dispute-checklist.js';
import { $$, text } from './helpers.js';

/** A radio or date field of the checklist by its label's text. */
export const field = (el: Element, label: string): HTMLInputElement =>
  $$(el, 'label')
    .find((l) => text(l) === label)!
    .querySelector('input')!;

/** Types a date into a date field as a browser reports it: the whole value, then `change`. */
export async function enterDate(el: SupportDisputeChecklist, label: string, value: string): Promise<void> {
  const input = field(el, label);
  input.value = value;
  input.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

/** Clicks `target` in the checklist and waits for the render. */
export async function click(el: SupportDisputeChecklist, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}
