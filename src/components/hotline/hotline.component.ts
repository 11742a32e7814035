import { html } from 'lit';
import { SupportElement } from '../../internal/base.js';

/**
 * Work in progress.
 */
export class SupportHotline extends SupportElement<'hotline'> {
  protected static override section = 'hotline' as const;

  protected applyConfig(_config: Record<string, unknown>): void {}

  override render() {
    return html`<p>${this.msg('label')}</p>${this.renderAnnouncer()}`;
  }
}
