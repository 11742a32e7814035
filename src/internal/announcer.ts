import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';

/**
 * The element's polite live region, read by screen readers: its one job. `announce` clears it, then says the
 * message in the next frame, so a repeated message is read again; a frame still waiting when the element
 * leaves the page is cancelled, so no message lands in a region nobody hears. Render `render()` once in the
 * element's template (every element but `<support-center>`, which speaks through its sections).
 * @internal
 */
export class AnnouncerController implements ReactiveController {
  private spoken = '';
  private frame = 0;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  /** Says `message` through the live region (polite). */
  announce(message: string): void {
    cancelAnimationFrame(this.frame);
    // Cleared first, so a repeated message is read again (an update only when the region held one).
    if (this.spoken) this.write('');
    this.frame = requestAnimationFrame(() => this.write(message));
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }

  /** The live region. */
  render(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite">${this.spoken}</div>`;
  }

  private write(message: string): void {
    // A named change (the region's role), as the base's `announcement` property used to make: a bare
    // requestUpdate() tells the FAQ that its language changed (see its willUpdate), and it would rebuild every item.
    this.host.requestUpdate('status', this.spoken);
    this.spoken = message;
  }
}
