import { LitElement, html, nothing } from 'lit';
import type { SupportFaq } from './faq.component.js';
import { styles } from './faq.styles.js';

/**
 * One question of a `<support-faq>`, with its answer as the merchant's own HTML in the page, so search
 * engines and readers without JavaScript see it. Inside a `<support-faq>` it becomes an accordion item:
 * the question is a button in a heading, the answer a region that opens and closes.
 *
 * @summary A question and its answer, as a child of `<support-faq>`.
 * @customElement support-faq-item
 * @slot - The answer: any HTML (paragraphs, lists, links, images).
 * @csspart heading - The heading around the question button.
 * @csspart question - The question button.
 * @csspart icon - The open/closed chevron.
 * @csspart answer - The answer region.
 * @csspart tools - The row under an open answer: copy link and feedback.
 * @csspart link - The "Copy link" button.
 * @csspart feedback - The "Was this helpful?" group, then the thank-you text.
 */
export class SupportFaqItem extends LitElement {
  static override styles = styles;
  static override properties = {
    question: {},
    category: {},
    open: { type: Boolean, reflect: true },
  };

  /** The question, shown as the button that opens the answer. */
  question = '';
  /** Category, offered as a filter chip by the FAQ. */
  category?: string;
  /** Whether the answer is shown. Set it in the page to open an item initially. */
  open = false;

  // The FAQ renders its items (strings, heading level, events). Until it has rendered (its language file
  // may still be loading) the item shows nothing; outside a FAQ the answer just shows.
  override render() {
    const faq = this.closest('support-faq') ?? ((this.getRootNode() as ShadowRoot).host as SupportFaq | undefined);
    return !faq ? html`<slot></slot>` : faq.hasUpdated && faq.renderItem ? faq.renderItem(this) : nothing;
  }
}
