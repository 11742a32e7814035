// React component for `<support-call-prep>` (`support-widgets/react/call-prep.js`):
// importing it registers this element and no other.
// React is an optional peer dependency of the package: only the `react/` modules import it.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SupportCallPrep as CallPrepElement, type SupportCallPrepChangeEvent, type SupportCallPrepSubmitEvent } from '../call-prep.js';

/** `<support-call-prep>`: `fields`, `topics`, `endpoint`, …; `onSupportCallPrepChange` and `onSupportCallPrepSubmit` (cancelable). */
export const SupportCallPrep = createComponent({
  react: React,
  tagName: 'support-call-prep',
  elementClass: CallPrepElement,
  displayName: 'SupportCallPrep',
  events: {
    onSupportCallPrepChange: 'support-call-prep-change' as EventName<SupportCallPrepChangeEvent>,
    onSupportCallPrepSubmit: 'support-call-prep-submit' as EventName<SupportCallPrepSubmitEvent>,
  },
});

/** Props of the wrapper, for components that pass them on. */
export type SupportCallPrepProps = React.ComponentProps<typeof SupportCallPrep>;

// The element class (for refs), the event classes and the data types.
export { CallPrepElement as SupportCallPrepElement };
export * from '../events/call-prep.js';
export type { CallPrepData } from '../events/call-prep.js';
export type { CallPrepField, CallPrepFieldType, CallPrepTopic } from '../call-prep.js';
