import { eventInit } from '../internal/dict.js';

/** Detail of `support-hotline-call`: the E.164 number and the line's label. */
export interface HotlineCallDetail {
  number: string;
  label: string;
}

/** The user followed a number's `tel:` link. Fired before the browser dials; `preventDefault()` stops the dialling. */
export class SupportHotlineCallEvent extends CustomEvent<HotlineCallDetail> {
  constructor(detail: HotlineCallDetail) {
    super('support-hotline-call', eventInit(detail, true));
  }
}

/** The user copied a number (E.164) to the clipboard. */
export class SupportHotlineCopyEvent extends CustomEvent<{ number: string }> {
  constructor(detail: { number: string }) {
    super('support-hotline-copy', eventInit(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-hotline-call': SupportHotlineCallEvent;
    'support-hotline-copy': SupportHotlineCopyEvent;
  }
}
