// React component for `<support-faq>` and `<support-faq-item>` (`support-widgets/react/faq.js`):
// importing it registers these two elements and no other.
// React is an optional peer dependency of the package: only the `react/` modules import it.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  SupportFaq as FaqElement,
  SupportFaqItem as FaqItemElement,
  type SupportFaqFeedbackEvent,
  type SupportFaqSearchEvent,
  type SupportFaqToggleEvent,
} from '../faq.js';

/** `<support-faq>`: props are the element's properties (`items`, `searchable`, …); `onSupportFaq…` props listen to its events. */
export const SupportFaq = createComponent({
  react: React,
  tagName: 'support-faq',
  elementClass: FaqElement,
  displayName: 'SupportFaq',
  events: {
    onSupportFaqToggle: 'support-faq-toggle' as EventName<SupportFaqToggleEvent>,
    onSupportFaqSearch: 'support-faq-search' as EventName<SupportFaqSearchEvent>,
    onSupportFaqFeedback: 'support-faq-feedback' as EventName<SupportFaqFeedbackEvent>,
  },
});

/** `<support-faq-item>`: a question (`question`, `category`, `open`) with its answer as children, inside a `SupportFaq`. */
export const SupportFaqItem = createComponent({
  react: React,
  tagName: 'support-faq-item',
  elementClass: FaqItemElement,
  displayName: 'SupportFaqItem',
});

/** Props of each wrapper, for components that pass them on. */
export type SupportFaqProps = React.ComponentProps<typeof SupportFaq>;
export type SupportFaqItemProps = React.ComponentProps<typeof SupportFaqItem>;

// The element class (for refs), the event classes and the data types.
export { FaqElement as SupportFaqElement, FaqItemElement as SupportFaqItemElement };
export * from '../events/faq.js';
export type { FaqItemData } from '../faq.js';
