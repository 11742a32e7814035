import { eventInit } from '../internal/dict.js';

/** The form's data: field id → text (card numbers masked) or chosen options; an amount's currency is `{id}Currency`. */
export type CallPrepData = Record<string, string | string[]>;

/** The user asked to prepare the call with valid data. Cancel it to keep the data from being POSTed to `endpoint`. */
export class SupportCallPrepSubmitEvent extends CustomEvent<{ data: CallPrepData }> {
  constructor(detail: { data: CallPrepData }) {
    super('support-call-prep-submit', eventInit(detail, true));
  }
}

/** The user edited a field. */
export class SupportCallPrepChangeEvent extends CustomEvent<{ field: string; data: CallPrepData }> {
  constructor(detail: { field: string; data: CallPrepData }) {
    super('support-call-prep-change', eventInit(detail));
  }
}

/**
 * A call was prepared (a valid submit), for counting contacts: the topic id (`''` for none) and the ids of the
 * fields still as the page prefilled them. Never anything the user typed.
 */
export class SupportCallPrepPreparedEvent extends CustomEvent<{ topic: string; prefilled: string[] }> {
  constructor(detail: { topic: string; prefilled: string[] }) {
    super('support-call-prep-prepared', eventInit(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-call-prep-submit': SupportCallPrepSubmitEvent;
    'support-call-prep-change': SupportCallPrepChangeEvent;
    'support-call-prep-prepared': SupportCallPrepPreparedEvent;
  }
}
