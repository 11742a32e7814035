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

declare global {
  interface GlobalEventHandlersEventMap {
    'support-center-load': SupportCenterLoadEvent;
    'support-center-error': SupportCenterErrorEvent;
  }
}
