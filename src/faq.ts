import { SupportFaq } from './components/faq/faq.component.js';
import { SupportFaqItem } from './components/faq/faq-item.component.js';
import { define } from './internal/define.js';

export { SupportFaq, SupportFaqItem };
export type { FaqItemData, FaqTexts } from './components/faq/faq.component.js';
export * from './events/faq.js';
// Items first: the FAQ reads their properties as soon as it upgrades.
define('support-faq-item', SupportFaqItem);
define('support-faq', SupportFaq);

declare global {
  interface HTMLElementTagNameMap {
    'support-faq': SupportFaq;
    'support-faq-item': SupportFaqItem;
  }
}
