import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dict } from './dict.js';

/**
 * Follows deep links (the address's fragment) to a target inside the host, which the browser cannot do for an id
 * in a shadow root or an item not made yet: `goTo(id)` on each hashchange while the host is on the page, and when
 * the host calls `followHash()` (for the address the page opened with, once its targets exist). The id is read from
 * `location`, never resolved against the document's URL: a page's `<base href>` elsewhere changes nothing.
 * @internal
 */
export class DeepLinkController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly goTo: (id: string) => unknown,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.followHash);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.followHash);
  }

  /** Goes to what the address names now: its fragment decoded (a malformed escape compared as written). */
  followHash = (): void => {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape: the hash as written.
    }
    if (id) this.goTo(id);
  };
}

/** Scrolls a deep link's target into view, instantly when the user prefers reduced motion, and moves focus to it. */
export function showTarget(target: HTMLElement): void {
  target.scrollIntoView(dict<ScrollIntoViewOptions>({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' }));
  target.focus(dict({ preventScroll: true }));
}
