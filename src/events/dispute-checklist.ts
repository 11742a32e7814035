import { eventInit } from '../internal/dict.js';

/** The user checked or unchecked an item, or chose another dispute type. */
export class SupportDisputeChangeEvent extends CustomEvent<{ type: string; checked: string[]; ready: boolean }> {
  constructor(detail: { type: string; checked: string[]; ready: boolean }) {
    super('support-dispute-change', eventInit(detail));
  }
}

/** The user checked the last required item: the evidence is ready to file. */
export class SupportDisputeReadyEvent extends CustomEvent<{ type: string }> {
  constructor(detail: { type: string }) {
    super('support-dispute-ready', eventInit(detail));
  }
}

/** How the user exported the summary. */
export type DisputeExportFormat = 'copy' | 'print' | 'text' | 'json';

/** The user copied, printed or downloaded the summary. */
export class SupportDisputeExportEvent extends CustomEvent<{ format: DisputeExportFormat }> {
  constructor(detail: { format: DisputeExportFormat }) {
    super('support-dispute-export', eventInit(detail));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'support-dispute-change': SupportDisputeChangeEvent;
    'support-dispute-ready': SupportDisputeReadyEvent;
    'support-dispute-export': SupportDisputeExportEvent;
  }
}
