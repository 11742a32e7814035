import { SupportHotline } from './components/hotline/hotline.component.js';
import { define } from './internal/define.js';

export { SupportHotline };
define('support-hotline', SupportHotline);

declare global {
  interface HTMLElementTagNameMap {
    'support-hotline': SupportHotline;
  }
}
