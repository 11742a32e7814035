import { SupportCallPrep } from './components/call-prep/call-prep.component.js';
import { define } from './internal/define.js';

export { SupportCallPrep };
define('support-call-prep', SupportCallPrep);

declare global {
  interface HTMLElementTagNameMap {
    'support-call-prep': SupportCallPrep;
  }
}
