import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

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

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `message` through the live region (polite). */
  announce(message: string): void {
    cancelAnimationFrame(this.frame);
    // Cleared first, so a repeated message is read again (an update only when the region held one).
    if (this.spoken) this.speak('');
    this.frame = requestAnimationFrame(() => this.speak(message));
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
  }

  /** The live region. */
  render(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite">${this.spoken}</div>`;
  }

  private speak(message: string): void {
    this.spoken = message;
    this.host.requestUpdate();
  }
}
