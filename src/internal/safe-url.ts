const ALLOWED = new Set(['https:', 'http:', 'mailto:', 'tel:']);
// C0/C1 control characters and every kind of white space: browsers ignore them inside a scheme.
const STRIP = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;

/**
 * Returns the URL if it is safe to put in an `href`, otherwise `undefined`.
 * Admits only `https:`, `http:`, `mailto:` and `tel:` (and relative URLs, which resolve to the
 * page's own scheme), after removing control characters and white space, case-insensitively.
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
  const parsed = new URL(cleaned, document.baseURI);
  if (parsed.username || parsed.password) return undefined;
  // A relative link stays on the page's own origin; `//other.example` or `\\other.example` would not.
  return parsed.protocol === 'https:' || (!/^[a-z][a-z\d+.-]*:/i.test(cleaned) && parsed.origin === location.origin) ? cleaned : undefined;
}
