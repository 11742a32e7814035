const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);
// C0/C1 control characters and every kind of white space: browsers ignore them inside a scheme.
const STRIP = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

/**
 * Returns the URL if it is safe to put in an `href`, otherwise `undefined`.
 * Admits only `https:`, `http:`, `mailto:` and `tel:` (and relative URLs, which resolve to the
 * page's own scheme), after removing control characters and white space, case-insensitively.
 * Refuses URLs that read as one site and go to another: `//host`, `/\host`, `https:host` and a user name
 * or password before the host (`https://merchant.example@evil.example`), and a host or address written with a
 * full stop lookalike (`https://ok.example。evil.example`).
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const cleaned = url.replace(STRIP, '');
  if (!cleaned) return undefined;
  let parsed: URL;
  try {
    // On the server a relative URL resolves against a stand-in base (it stays relative in the HTML).
    parsed = new URL(cleaned, globalThis.document?.baseURI ?? 'http://localhost/');
  } catch {
    return undefined;
  }
  // A link that reads as one site and goes to another: a host without a scheme (`//evil.example`, and
  // `/\evil.example` since browsers read `\` as `/` in web URLs). A web URL with its scheme is kept only as
  // `scheme://host`, its host part without `\`, `@` (a user name: `https://merchant.example@evil.example`) or
  // `%`: not `https:evil.example`, `https:\\evil.example`, `https:/\evil.example`, `https:///evil.example` or
  // `https://@evil.example`, which browsers all read as `https://evil.example` (WHATWG URL, special schemes).
  if (/^[\\/]{2}/.test(cleaned) || (/^https?:/i.test(cleaned) && !/^https?:\/\/[^/?#\\@%]+(?:[/?#]|$)/i.test(cleaned))) return undefined;
  // A full stop lookalike in the host (ideographic `。`, full-width `．`, halfwidth `｡`): the URL parser reads it
  // as `.` (UTS #46 mapping), so `https://ok.example。evil.example` reads as ok.example and goes to evil.example.
  if (/[\u3002\uff0e\uff61]/.test(/^[a-z][a-z\d+.-]*:\/*([^/?#\\]*)/i.exec(cleaned)?.[1] ?? '')) return undefined;
  return ALLOWED.has(parsed.protocol) ? cleaned : undefined;
}

/**
 * Returns the URL if it is an `https:` URL without user name or password (`https://bank.example@evil.example`
 * reads as another site), or a relative link within the page's own site (`/contact`); otherwise `undefined`.
 * For links that vouch for something, such as the hotline's official contact page.
 */
export function httpsUrl(url: unknown): string | undefined {
  const cleaned = safeUrl(url);
  if (!cleaned) return undefined;
  // On the server a relative link resolves against the same stand-in base as in `safeUrl`.
  const base = globalThis.document?.baseURI ?? 'http://localhost/';
  const parsed = new URL(cleaned, base);
  if (parsed.username || parsed.password) return undefined;
  // A relative link stays on the page's own origin; `//other.example` or `\\other.example` would not.
  return parsed.protocol === 'https:' || (!/^[a-z][a-z\d+.-]*:/i.test(cleaned) && parsed.origin === new URL(base).origin) ? cleaned : undefined;
}

/**
 * Where data may be sent or fetched from: a same-origin URL (relative ones included) or an `https:` URL.
 * Returns the absolute URL, or `undefined` for anything else: `http:` to another origin (loopback on another
 * port included), `data:`, `blob:`, `javascript:`, or text that is not a URL. Requests to it must not follow
 * redirects (`redirect: 'manual'`): a redirect could lead anywhere.
 */
export function sendableUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || !url.trim()) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), document.baseURI);
  } catch {
    return undefined;
  }
  const http = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  // A user name or password before the host: `fetch` refuses such a URL (every request would fail), and it reads
  // as one site while going to another (docs/security.md).
  if (parsed.username || parsed.password || USERINFO.test(url.trim())) return undefined;
  return http && (parsed.protocol === 'https:' || parsed.origin === location.origin) ? parsed.href : undefined;
}

/** The user name and password part of a URL (`https://merchant:s3cret@`), up to the last `@` before the path. */
const USERINFO = /^(\s*(?:https?:[\\/]*|[a-z][a-z\d+.-]*:[\\/]+|[\\/]{2,}))[^\\/?#]*@/i;

/** A URL to print in a console message: its user name and password, if any, replaced by `…` (never logged). */
export function hideUserinfo(url: unknown): unknown {
  return typeof url === 'string' ? url.replace(USERINFO, '$1…@') : url;
}
