// React component for `<support-hotline>` (`support-widgets/react/hotline.js`):
// importing it registers this element and no other.
// React is an optional peer dependency of the package: only the `react/` modules import it.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SupportHotline as HotlineElement, type SupportHotlineCallbackEvent, type SupportHotlineCallEvent, type SupportHotlineCopyEvent } from '../hotline.js';

/** `<support-hotline>`: `lines` (or the single-line props), `now`, …; `onSupportHotlineCall` (cancelable), `onSupportHotlineCopy` and `onSupportHotlineCallback` (cancelable). */
export const SupportHotline = createComponent({
  react: React,
  tagName: 'support-hotline',
  elementClass: HotlineElement,
  displayName: 'SupportHotline',
  events: {
    onSupportHotlineCall: 'support-hotline-call' as EventName<SupportHotlineCallEvent>,
    onSupportHotlineCopy: 'support-hotline-copy' as EventName<SupportHotlineCopyEvent>,
    onSupportHotlineCallback: 'support-hotline-callback' as EventName<SupportHotlineCallbackEvent>,
  },
});

/** Props of the wrapper, for components that pass them on. */
export type SupportHotlineProps = React.ComponentProps<typeof SupportHotline>;

// The element class (for refs), the event classes and the data types.
export { HotlineElement as SupportHotlineElement };
export * from '../events/hotline.js';
export type { HotlineLine } from '../hotline.js';
