/**
 * Options for the browser's own APIs (fetch, Intl, events, listeners, shadow roots, Blob, scrolling, focus).
 * The browser reads such a dictionary's members through the prototype chain (WebIDL and ECMA-402 both use
 * [[Get]]), so a plain `{ … }` would take `method`, `body`, `headers`, `referrer`, `integrity`, `signal`,
 * `hour12`, `timeZone`, `composed`, `slotAssignment`, … from a polluted `Object.prototype`. A dictionary from
 * `dict()` has no prototype: only the members written here count, every other one has the browser's default.
 * ESLint refuses an object literal passed straight to these APIs (eslint.config.js).
 */
export function dict<T extends object>(members: T): T {
  return Object.assign(Object.create(null) as T, members);
}

/** The init of a library event: it bubbles out of shadow roots (`composed`); `cancelable` only when asked. */
export function eventInit<T>(detail: T, cancelable = false): CustomEventInit<T> {
  return dict({ bubbles: true, composed: true, cancelable, detail });
}

/**
 * Every network request of the library: a GET, or a POST of JSON. Each member the request depends on is set
 * (red-team finding F3, issue 13: a polluted prototype made the center's config GET a POST with a body and
 * headers, set its Referer, or broke the submission through `integrity` and `cache`). Every member not named
 * (`referrer`, `mode`, `window`, `priority`, the browser's own extras) is read as absent: its default.
 * `referrerPolicy: ''` keeps the page's own policy (an explicit one would override a merchant's stricter
 * `no-referrer`); `redirect: 'manual'`: a redirect (to another origin, say) is a failure, never followed.
 */
export function request(url: string, body?: string, signal: AbortSignal | null = null): Promise<Response> {
  // eslint-disable-next-line no-restricted-syntax -- the one request of the library
  return fetch(
    url,
    dict<RequestInit>({
      method: body === undefined ? 'GET' : 'POST',
      headers: dict<Record<string, string>>(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      body: body ?? null,
      referrerPolicy: '',
      credentials: 'same-origin',
      cache: body === undefined ? 'default' : 'no-store',
      redirect: 'manual',
      integrity: '',
      keepalive: false,
      signal,
    }),
  );
}

/**
 * A reference an endpoint answers with (call-prep's case or ticket ID, the hotline's `callbackId`), shown to the
 * user: short plain text, letters, digits and `. _ : # / -`.
 */
export const REFERENCE_ID = /^[\p{L}\p{N}][\p{L}\p{N}._:#/-]{0,39}$/u;
