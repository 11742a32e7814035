import { dict, eventInit } from '../internal/dict.js';

/** An answer was opened or closed: by a click, the keyboard, find-in-page, a deep link or `expandAll()`. */
export class SupportFaqToggleEvent extends CustomEvent<{ id: string; open: boolean }> {
  constructor(detail: { id: string; open: boolean }) {
    super('support-faq-toggle', eventInit(detail));
  }
}

/** Typing in the search box (or a category choice) settled: the query and how many questions match. */
export class SupportFaqSearchEvent extends CustomEvent<{ query: string; results: number }> {
  constructor(detail: { query: string; results: number }) {
    super('support-faq-search', eventInit(detail));
  }
}

/** The user answered "Was this helpful?" for one question. */
export class SupportFaqFeedbackEvent extends CustomEvent<{ id: string; helpful: boolean }> {
  constructor(detail: { id: string; helpful: boolean }) {
    super('support-faq-feedback', eventInit(detail));
  }
}

// What an item of a FAQ asks of its FAQ, which owns the state (open answers, votes) and decides. They bubble but
// are not composed: an item in the FAQ's shadow root (a data item) is heard by its FAQ only.

/** An item's question was clicked (`open` is the other state), or find-in-page found text in its closed answer (`open: true`). */
export class SupportFaqItemToggleEvent extends CustomEvent<{ open: boolean }> {
  constructor(detail: { open: boolean }) {
    super('support-faq-item-toggle', dict({ bubbles: true, detail }));
  }
}

/** Up, Down, Home or End on an item's question: focus should move to that question among those shown. */
export class SupportFaqItemMoveEvent extends CustomEvent<{ to: 'previous' | 'next' | 'first' | 'last' }> {
  constructor(detail: { to: 'previous' | 'next' | 'first' | 'last' }) {
    super('support-faq-item-move', dict({ bubbles: true, detail }));
  }
}

/** The user chose "Copy link" under an item's answer. */
export class SupportFaqItemCopyEvent extends CustomEvent<Record<string, never>> {
  constructor() {
    super('support-faq-item-copy', dict({ bubbles: true, detail: {} }));
  }
}

/** The user answered "Was this helpful?" under an item's answer. */
export class SupportFaqItemVoteEvent extends CustomEvent<{ helpful: boolean }> {
  constructor(detail: { helpful: boolean }) {
    super('support-faq-item-vote', dict({ bubbles: true, detail }));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-faq-toggle': SupportFaqToggleEvent;
    'support-faq-search': SupportFaqSearchEvent;
    'support-faq-feedback': SupportFaqFeedbackEvent;
    'support-faq-item-toggle': SupportFaqItemToggleEvent;
    'support-faq-item-move': SupportFaqItemMoveEvent;
    'support-faq-item-copy': SupportFaqItemCopyEvent;
    'support-faq-item-vote': SupportFaqItemVoteEvent;
  }
}
