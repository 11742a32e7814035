import { adoptStyles, html, render } from 'lit';
import type { SupportFaq } from './faq.component.js';
import { itemStyles } from './faq.styles.js';

// Closed answers stay findable by find-in-page. The DOM typings still say `hidden` is a boolean.
const UNTIL_FOUND = 'until-found' as unknown as boolean;
let skeleton: DocumentFragment | undefined;

/**
 * One question of a `<support-faq>`, with its answer as the merchant's own HTML in the page, so search
 * engines and readers without JavaScript see it. Inside a `<support-faq>` it becomes an accordion item:
 * the question is a button in a heading, the answer a region that opens and closes.
 *
 * Not a Lit element on purpose: a FAQ may hold thousands of items, and a plain element whose shadow DOM is
 * cloned from one prepared fragment renders about as fast as a native `<details>` (a Lit update cycle per
 * item cost 1.7 times as much). The FAQ drives it: strings, heading level, events.
 *
 * @summary A question and its answer, as a child of `<support-faq>`.
 * @customElement support-faq-item
 * @attr question - The question, shown as the button that opens the answer.
 * @attr category - Category, offered as a filter chip by the FAQ.
 * @attr open - Present when the answer is shown. Set it in the page to open an item initially.
 * @slot - The answer: any HTML (paragraphs, lists, links, images).
 * @csspart heading - The heading around the question button.
 * @csspart question - The question button.
 * @csspart icon - The open/closed arrow: a triangle drawn with borders in the text colour (`currentColor`).
 * @csspart answer - The answer region.
 * @csspart tools - The row under an open answer: copy link and feedback.
 * @csspart link - The "Copy link" button.
 * @csspart feedback - The "Was this helpful?" group, then the thank-you text.
 */
export class SupportFaqItem extends HTMLElement {
  static observedAttributes = ['question', 'open'];

  /** The FAQ this item belongs to, once it is built. */
  private faq?: SupportFaq = undefined;

  /** The question, shown as the button that opens the answer. */
  get question(): string {
    return this.getAttribute('question') ?? '';
  }

  set question(value: string) {
    this.setAttribute('question', value);
  }

  /** Category, offered as a filter chip by the FAQ. */
  get category(): string | undefined {
    return this.getAttribute('category') ?? undefined;
  }

  set category(value: string | undefined) {
    if (value == null) this.removeAttribute('category');
    else this.setAttribute('category', value);
  }

  /** Whether the answer is shown. Set it in the page to open an item initially. */
  get open(): boolean {
    return this.hasAttribute('open');
  }

  set open(value: boolean) {
    this.toggleAttribute('open', !!value);
  }

  connectedCallback(): void {
    // Values set on the element before it was defined would hide the accessors: pass them through them.
    for (const key of ['question', 'category', 'open'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value = this[key];
        delete (this as Partial<this>)[key];
        (this as Record<string, unknown>)[key] = value;
      }
    }
    // Outside a FAQ the answer just shows (no shadow root).
    const faq = this.closest('support-faq') ?? ((this.getRootNode() as ShadowRoot).host as SupportFaq | undefined);
    if (!faq || this.faq) return;
    this.faq = faq;
    if (!this.shadowRoot) {
      // Not in the constructor on purpose: outside a FAQ an item has no shadow root and its answer just shows.
      // eslint-disable-next-line wc/attach-shadow-constructor
      const root = this.attachShadow({ mode: 'open' });
      adoptStyles(root, [itemStyles]);
      skeleton ??= this.build();
      root.append(skeleton.cloneNode(true));
      // One listener per event type on the root: the inner nodes need no JavaScript wrappers until used.
      for (const type of ['click', 'keydown', 'beforematch']) root.addEventListener(type, this);
    }
    // Until the FAQ first renders, its sync refreshes every item at once; an item added later refreshes here.
    if (faq.hasUpdated) this.refresh();
  }

  disconnectedCallback(): void {
    this.faq = undefined;
  }

  attributeChangedCallback(): void {
    if (this.faq) this.refresh();
  }

  /** Click and Enter/Space on the question, arrow keys, and find-in-page revealing the answer. @internal */
  handleEvent(e: Event): void {
    // Clicks and keys count on the question only (not on the copy-link and feedback buttons).
    if (e.type === 'beforematch' || (e.target as Element).closest('#q')) this.faq?.itemEvent(this, e);
  }

  /** Brings the shadow DOM in line with the attributes and the FAQ's settings. @internal */
  refresh(): void {
    const root = this.shadowRoot;
    if (!root || !this.faq) return;
    const heading = root.firstElementChild as HTMLElement;
    const button = heading.firstElementChild as HTMLElement;
    const text = button.firstElementChild as HTMLElement;
    const region = heading.nextElementSibling as HTMLElement;
    const open = this.open;
    const question = this.question;
    if (text.textContent !== question) text.textContent = question;
    if (button.getAttribute('aria-expanded') !== String(open)) button.setAttribute('aria-expanded', String(open));
    // Assigning `until-found` again would restart nothing, but skip the style work when nothing changed.
    if (open ? region.hidden !== false : region.getAttribute('hidden') !== 'until-found') region.hidden = open ? false : UNTIL_FOUND;
    // The FAQ may not be upgraded yet (items are defined first): it refreshes every item when it renders.
    this.faq.renderItem?.(this, heading, region);
  }

  /** The item's shadow DOM: heading, question button, answer region with the slot (the FAQ adds the tools row after it). */
  private build(): DocumentFragment {
    const f = document.createDocumentFragment();
    render(
      html`<div role="heading" aria-level="3" part="heading"><button id="q" part="question" aria-expanded="false" aria-controls="a"><bdi></bdi><span part="icon"></span></button></div><div id="a" role="region" aria-labelledby="q" part="answer"><slot></slot></div>`,
      f,
    );
    // Lit's marker before the content: this fragment is only cloned, never rendered into again.
    f.firstChild!.remove();
    // Closed, yet found by find-in-page (the typings and lit-analyzer still take `hidden` for a boolean).
    (f.lastChild as Element).setAttribute('hidden', 'until-found');
    return f;
  }
}
