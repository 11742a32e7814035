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

/** Detail of `support-hotline-contact`: the kind of contact, what the user did, and the line's E.164 number ('' without one). Never any typed text. */
export interface HotlineContactDetail {
  type: 'email' | 'chat' | 'whatsapp' | 'line' | 'wechat';
  action: 'open' | 'copy';
  number: string;
}

/** The user followed a contact link (`open`, cancelable: `preventDefault()` keeps the page) or copied a WeChat ID (`copy`). */
export class SupportHotlineContactEvent extends CustomEvent<HotlineContactDetail> {
  constructor(detail: HotlineContactDetail) {
    super('support-hotline-contact', eventInit(detail, detail.action === 'open'));
  }
}

/**
 * Detail of `support-hotline-callback`: exactly the JSON POSTed to `callback-endpoint`. `line` is the line's E.164
 * number, `phone` the user's (E.164), `time` `"asap"` or the slot's start as an ISO instant, `note` the user's
 * note with card numbers and secrets masked ('' without one), `lang` the element's language.
 */
export interface HotlineCallbackDetail {
  line: string;
  label: string;
  phone: string;
  time: string;
  note: string;
  lang: string;
}

/** The user asked to be called back. Fired before anything is sent; `preventDefault()` sends nothing. */
export class SupportHotlineCallbackEvent extends CustomEvent<HotlineCallbackDetail> {
  constructor(detail: HotlineCallbackDetail) {
    super('support-hotline-callback', eventInit(detail, true));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-hotline-call': SupportHotlineCallEvent;
    'support-hotline-copy': SupportHotlineCopyEvent;
    'support-hotline-contact': SupportHotlineContactEvent;
    'support-hotline-callback': SupportHotlineCallbackEvent;
  }
}
