import { SupportHotline } from './components/hotline/hotline.component.js';
import { define } from './internal/define.js';

export { SupportHotline };
export type { HotlineContact, HotlineContactType, HotlineLine, HotlineSpecialHours } from './components/hotline/hotline.component.js';
export * from './events/hotline.js';
define('support-hotline', SupportHotline);

declare global {
  interface HTMLElementTagNameMap {
    'support-hotline': SupportHotline;
  }
}
