import { html } from 'lit';
import { SupportElement } from '../../internal/base.js';

/**
 * Work in progress.
 */
export class SupportDisputeChecklist extends SupportElement<'dispute'> {
  protected static override section = 'dispute' as const;

  protected applyConfig(_config: Record<string, unknown>): void {}

  override render() {
    return html`<p>${this.msg('label')}</p>${this.renderAnnouncer()}`;
  }
}
