import { eventInit } from '../internal/dict.js';

/** The configuration from `src` was fetched and applied. */
export class SupportCenterLoadEvent extends CustomEvent<{ src: string }> {
  constructor(detail: { src: string }) {
    super('support-center-load', eventInit(detail));
  }
}

/** The configuration at `src` could not be loaded: `reason` is `HTTP 503`, `network error` or `invalid JSON`. */
export class SupportCenterErrorEvent extends CustomEvent<{ src: string; reason: string }> {
  constructor(detail: { src: string; reason: string }) {
    super('support-center-error', eventInit(detail));
  }
}

/**
 * The user followed a "Still stuck?" link from the FAQ to the call form or the hotline: a contact the FAQ did
 * not avoid. `item` is the FAQ item's id when the link was in an answer, `''` from the no-results message.
 */
export class SupportCenterEscalateEvent extends CustomEvent<{ from: 'faq'; to: 'call-prep' | 'hotline'; item: string }> {
  constructor(detail: { from: 'faq'; to: 'call-prep' | 'hotline'; item: string }) {
    super('support-center-escalate', eventInit(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-center-load': SupportCenterLoadEvent;
    'support-center-error': SupportCenterErrorEvent;
    'support-center-escalate': SupportCenterEscalateEvent;
  }
}
