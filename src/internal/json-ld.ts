import { stringify } from './config.js';

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
}
type TrustedTypesWindow = Window & {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): TrustedTypePolicyLike };
};

/** The page's `support-widgets` policy; null without Trusted Types; false when the page's CSP refused it. */
let policy: TrustedTypePolicyLike | null | false | undefined;

/**
 * Writes structured data for search engines: one `<script type="application/ld+json">` in the document head,
 * created or updated in place. The JSON is escaped so that no text in it can close the script element, and
 * goes through a Trusted Types policy named `support-widgets` where the page enforces Trusted Types.
 * Returns the script element (remove it when the owner leaves the page), or undefined when the page's
 * Content-Security-Policy refused the policy: then structured data is off for the page, after one warning.
 */
export function writeJsonLd(script: HTMLScriptElement | undefined, data: unknown): HTMLScriptElement | undefined {
  if (policy === undefined) {
    const tt = (window as TrustedTypesWindow).trustedTypes;
    try {
      // JSON-LD is data, never executed: the policy passes the already escaped JSON through.
      policy = tt ? tt.createPolicy('support-widgets', { createScript: (input) => input }) : null;
    } catch {
      // `trusted-types` without `support-widgets`: writing a plain string would be refused (and reported)
      // on every write where `require-trusted-types-for 'script'` is set, so nothing is written at all.
      policy = false;
      console.warn(
        'support-widgets: structured data (JSON-LD) is off on this page: its Content-Security-Policy does not allow the Trusted Types policy "support-widgets". Add support-widgets to its trusted-types directive to have it.',
      );
    }
  }
  if (policy === false) {
    script?.remove();
    return undefined;
  }
  const el = script ?? document.createElement('script');
  el.type = 'application/ld+json';
  const json = stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  try {
    (el as unknown as { text: unknown }).text = policy ? policy.createScript(json) : json;
  } catch {
    // Trusted Types enforced in a way not foreseen above: structured data is optional, the page is not.
    return el;
  }
  if (!el.isConnected) document.head.append(el);
  return el;
}
