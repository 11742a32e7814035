/** An answer was opened or closed: by a click, the keyboard, find-in-page, a deep link or `expandAll()`. */
export class SupportFaqToggleEvent extends CustomEvent<{ id: string; open: boolean }> {
  constructor(detail: { id: string; open: boolean }) {
    super('support-faq-toggle', { bubbles: true, composed: true, detail });
  }
}

/** Typing in the search box (or a category choice) settled: the query and how many questions match. */
export class SupportFaqSearchEvent extends CustomEvent<{ query: string; results: number }> {
  constructor(detail: { query: string; results: number }) {
    super('support-faq-search', { bubbles: true, composed: true, detail });
  }
}

/** The user answered "Was this helpful?" for one question. */
export class SupportFaqFeedbackEvent extends CustomEvent<{ id: string; helpful: boolean }> {
  constructor(detail: { id: string; helpful: boolean }) {
    super('support-faq-feedback', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-faq-toggle': SupportFaqToggleEvent;
    'support-faq-search': SupportFaqSearchEvent;
    'support-faq-feedback': SupportFaqFeedbackEvent;
  }
}
