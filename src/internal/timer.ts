import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Updates its host (or runs `fire`) at one instant on the host's clock: the next time what the host shows changes
 * (a hotline opening or closing, a countdown's next minute), a search settling, the next slice of a long list. One
 * timer at most; none while the host is off the page, armed again when it comes back, and when the page is shown
 * again (a timer may wake late after the machine slept). The instant is read against `now`, the host's injectable
 * clock (`Date.now` for a delay).
 * @internal
 */
export class WakeController implements ReactiveController {
  private at?: number = undefined;
  private timer?: ReturnType<typeof setTimeout> = undefined;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly now: () => number,
    private readonly fire = (): void => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  /** Updates the host (runs `fire`) at instant `at` (ms since the epoch), replacing the instant set before; undefined: never. */
  wakeAt(at: number | undefined): void {
    if (at === this.at && (this.timer !== undefined || !this.connected)) return;
    this.at = at;
    this.arm();
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.shown);
    this.arm();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.shown);
    this.arm();
  }

  private shown = (): void => {
    if (document.visibilityState === 'visible') this.arm();
  };

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.at === undefined || !this.connected) return;
    // An instant already past (the host was away meanwhile) updates it in the next task.
    this.timer = setTimeout(
      () => {
        this.timer = this.at = undefined;
        this.fire();
      },
      Math.max(0, this.at - this.now()),
    );
  }
}
