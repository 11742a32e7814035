// React component for `<support-dispute-checklist>` (`support-widgets/react/dispute-checklist.js`):
// importing it registers this element and no other.
// React is an optional peer dependency of the package: only the `react/` modules import it.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  SupportDisputeChecklist as DisputeChecklistElement,
  type SupportDisputeChangeEvent,
  type SupportDisputeExportEvent,
  type SupportDisputeReadyEvent,
} from '../dispute-checklist.js';

/** `<support-dispute-checklist>`: `types`, `type`, `transactionDate`, `now`, …; `onSupportDisputeChange`, `onSupportDisputeReady`, `onSupportDisputeExport`. */
export const SupportDisputeChecklist = createComponent({
  react: React,
  tagName: 'support-dispute-checklist',
  elementClass: DisputeChecklistElement,
  displayName: 'SupportDisputeChecklist',
  events: {
    onSupportDisputeChange: 'support-dispute-change' as EventName<SupportDisputeChangeEvent>,
    onSupportDisputeReady: 'support-dispute-ready' as EventName<SupportDisputeReadyEvent>,
    onSupportDisputeExport: 'support-dispute-export' as EventName<SupportDisputeExportEvent>,
  },
});

/** Props of the wrapper, for components that pass them on. */
export type SupportDisputeChecklistProps = React.ComponentProps<typeof SupportDisputeChecklist>;

// The element class (for refs), the event classes and the data types.
export { DisputeChecklistElement as SupportDisputeChecklistElement };
export * from '../events/dispute-checklist.js';
export type { DisputeItem, DisputeType, DisputeSummary } from '../dispute-checklist.js';
