import { SupportCallPrep } from './components/call-prep/call-prep.component.js';
import { define } from './internal/define.js';

export { SupportCallPrep };
export * from './events/call-prep.js';
export type { CallPrepField, CallPrepFieldType, CallPrepTopic } from './components/call-prep/call-prep.fields.js';
define('support-call-prep', SupportCallPrep);

declare global {
  interface HTMLElementTagNameMap {
    'support-call-prep': SupportCallPrep;
  }
}
