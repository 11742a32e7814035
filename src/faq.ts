import { SupportFaq } from './components/faq/faq.component.js';
import { define } from './internal/define.js';

export { SupportFaq };
define('support-faq', SupportFaq);

declare global {
  interface HTMLElementTagNameMap {
    'support-faq': SupportFaq;
  }
}
