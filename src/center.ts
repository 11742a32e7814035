import { SupportCenter } from './components/center/center.component.js';
import { define } from './internal/define.js';
// The four elements the center renders.
import './faq.js';
import './hotline.js';
import './call-prep.js';
import './dispute-checklist.js';

export { SupportCenter };
export type { CenterConfig, CenterSection } from './components/center/center.component.js';
export * from './events/center.js';
define('support-center', SupportCenter);

declare global {
  interface HTMLElementTagNameMap {
    'support-center': SupportCenter;
  }
}
