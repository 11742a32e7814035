import { request } from '../../internal/dict.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRecord, own } from '../../internal/config.js';

/** At most one request a minute (and none while the page is hidden): the estimate is a rough figure. */
export const WAIT_EVERY = 6e4;

/**
 * Fetches the estimated wait of each line from the merchant's `status-endpoint`: on connection, then once a
 * minute while the page is visible, at once when it is shown again after a minute or more. The answer is
 * `{ "waitMinutes": { "+18005550100": 5 } }`: minutes by E.164 number. A failure (no answer in 10 s, not 2xx,
 * a redirect, not that JSON) forgets the figures and is reported once, until the endpoint answers again.
 */
export class WaitController implements ReactiveController {
  /** Minutes by E.164 number, from the last good answer. */
  waits?: Record<string, number> = undefined;
  private timer?: ReturnType<typeof setTimeout> = undefined;
  private last = -Infinity;
  private failed = false;
  private on = false;
  /**
   * The URL the host's last update checked: the one asked. Read in hostUpdate only, so the first request waits
   * for the host's first update (a page in another language waits for its strings first) and starts once.
   */
  private current?: string = undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The checked URL (sendableUrl), or undefined: nothing is requested. */
    private readonly url: () => string | undefined,
    private readonly report: (problem: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.on = true;
    document.addEventListener('visibilitychange', this.shown);
    this.shown();
  }

  hostDisconnected(): void {
    this.on = false;
    document.removeEventListener('visibilitychange', this.shown);
    clearTimeout(this.timer);
  }

  /** A new URL is asked at once, its figures not mixed with the old one's. */
  hostUpdate(): void {
    const url = this.url();
    if (url === this.current) return;
    this.current = url;
    this.waits = undefined;
    this.last = -Infinity;
    this.failed = false;
    this.shown();
  }

  private shown = (): void => {
    clearTimeout(this.timer);
    if (this.on && document.visibilityState === 'visible' && this.current)
      this.timer = setTimeout(() => void this.poll(), Math.max(0, this.last + WAIT_EVERY - Date.now()));
  };

  private async poll(): Promise<void> {
    const url = this.current;
    this.last = Date.now();
    let waits: Record<string, number> | undefined;
    try {
      const response = await request(url!, undefined, AbortSignal.timeout(1e4));
      // The engine's own words for bad JSON differ (WebKit: "The string did not match the expected pattern."): say it in ours.
      const body: unknown = response.ok ? await response.json().catch(() => Promise.reject(new Error('an answer that is not JSON'))) : undefined;
      const given = own(body, 'waitMinutes');
      if (isRecord(given))
        waits = Object.fromEntries(Object.entries(given).filter((e): e is [string, number] => typeof e[1] === 'number' && e[1] >= 0 && e[1] < 1440));
      else throw new Error(response.ok ? 'an answer without "waitMinutes"' : `status ${response.status || 'a redirect, not followed'}`);
      this.failed = false;
    } catch (e) {
      if (!this.failed) this.report(`no estimated wait (${e instanceof Error ? e.message : String(e)}); the card is shown without it`);
      this.failed = true;
    }
    if (url !== this.current) return;
    this.waits = waits;
    this.host.requestUpdate();
    this.shown();
  }
}
