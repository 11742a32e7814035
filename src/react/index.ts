// React components for every element (`support-widgets/react`). Importing this module registers the
// elements, like the package's main entry. React is an optional peer dependency: only this module imports it,
// and the CDN bundles (built from ../index.ts) never do.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { SupportFaq as FaqElement, SupportFaqItem as FaqItemElement, SupportFaqFeedbackEvent, SupportFaqSearchEvent, SupportFaqToggleEvent } from '../faq.js';
import { SupportHotline as HotlineElement, SupportHotlineCallEvent, SupportHotlineCopyEvent } from '../hotline.js';
import { SupportCallPrep as CallPrepElement, SupportCallPrepChangeEvent, SupportCallPrepSubmitEvent } from '../call-prep.js';
import {
  SupportDisputeChecklist as DisputeChecklistElement,
  SupportDisputeChangeEvent,
  SupportDisputeExportEvent,
  SupportDisputeReadyEvent,
} from '../dispute-checklist.js';
import { SupportCenter as CenterElement, SupportCenterErrorEvent, SupportCenterLoadEvent } from '../center.js';

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

/** `<support-hotline>`: `lines` (or the single-line props), `now`, …; `onSupportHotlineCall` (cancelable) and `onSupportHotlineCopy`. */
export const SupportHotline = createComponent({
  react: React,
  tagName: 'support-hotline',
  elementClass: HotlineElement,
  displayName: 'SupportHotline',
  events: {
    onSupportHotlineCall: 'support-hotline-call' as EventName<SupportHotlineCallEvent>,
    onSupportHotlineCopy: 'support-hotline-copy' as EventName<SupportHotlineCopyEvent>,
  },
});

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

/** `<support-center>`: `config` (or `src`), `sections`, `now`, …; `onSupportCenterLoad` and `onSupportCenterError` for `src`. */
export const SupportCenter = createComponent({
  react: React,
  tagName: 'support-center',
  elementClass: CenterElement,
  displayName: 'SupportCenter',
  events: {
    onSupportCenterLoad: 'support-center-load' as EventName<SupportCenterLoadEvent>,
    onSupportCenterError: 'support-center-error' as EventName<SupportCenterErrorEvent>,
  },
});

/** Props of each wrapper, for components that pass them on. */
export type SupportFaqProps = React.ComponentProps<typeof SupportFaq>;
export type SupportFaqItemProps = React.ComponentProps<typeof SupportFaqItem>;
export type SupportHotlineProps = React.ComponentProps<typeof SupportHotline>;
export type SupportCallPrepProps = React.ComponentProps<typeof SupportCallPrep>;
export type SupportDisputeChecklistProps = React.ComponentProps<typeof SupportDisputeChecklist>;
export type SupportCenterProps = React.ComponentProps<typeof SupportCenter>;

// The element classes, event classes and data types, so a React app needs one import.
export {
  FaqElement as SupportFaqElement,
  FaqItemElement as SupportFaqItemElement,
  HotlineElement as SupportHotlineElement,
  CallPrepElement as SupportCallPrepElement,
  DisputeChecklistElement as SupportDisputeChecklistElement,
  CenterElement as SupportCenterElement,
};
export * from '../events/faq.js';
export * from '../events/hotline.js';
export * from '../events/call-prep.js';
export * from '../events/dispute-checklist.js';
export * from '../events/center.js';
export type { FaqItemData } from '../faq.js';
export type { HotlineLine } from '../hotline.js';
export type { CallPrepData } from '../events/call-prep.js';
export type { CallPrepField, CallPrepFieldType, CallPrepTopic } from '../call-prep.js';
export type { DisputeItem, DisputeType, DisputeSummary } from '../dispute-checklist.js';
export type { CenterConfig, CenterSection } from '../center.js';
export { registerLocale, type LocaleStrings } from '../internal/locale.js';
