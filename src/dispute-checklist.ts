import { SupportDisputeChecklist } from './components/dispute-checklist/dispute-checklist.component.js';
import { define } from './internal/define.js';

export { SupportDisputeChecklist };
define('support-dispute-checklist', SupportDisputeChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'support-dispute-checklist': SupportDisputeChecklist;
  }
}
