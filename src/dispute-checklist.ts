import { SupportDisputeChecklist } from './components/dispute-checklist/dispute-checklist.component.js';
import { define } from './internal/define.js';

export { SupportDisputeChecklist };
export type { DisputeRegimeOption, DisputeSummary } from './components/dispute-checklist/dispute-checklist.component.js';
export type { DisputeDeadline, DisputeRegime } from './components/dispute-checklist/dispute-checklist.rules.js';
export type { DisputeItem, DisputeType } from './components/dispute-checklist/dispute-checklist.types.js';
export * from './events/dispute-checklist.js';
define('support-dispute-checklist', SupportDisputeChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'support-dispute-checklist': SupportDisputeChecklist;
  }
}
