import { stringify } from './config.js';

interface TrustedTypePolicyLike {
  createScript(input: string): unknown;
}
type TrustedTypesWindow = Window & {
  trustedTypes?: { createPolicy(name: string, rules: { createScript(input: string): string }): TrustedTypePolicyLike };
};

let policy: TrustedTypePolicyLike | null | undefined;

/**
 * Writes structured data for search engines: one `<script type="application/ld+json">` in the document head,
 * created or updated in place. The JSON is escaped so that no text in it can close the script element, and
 * goes through a Trusted Types policy named `support-widgets` where the page enforces Trusted Types.
 * Returns the script element; remove it when the owner leaves the page.
 */
export function writeJsonLd(script: HTMLScriptElement | undefined, data: unknown): HTMLScriptElement {
  const el = script ?? document.createElement('script');
  el.type = 'application/ld+json';
  const json = stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  if (policy === undefined) {
    const tt = (window as TrustedTypesWindow).trustedTypes;
    try {
      // JSON-LD is data, never executed: the policy passes the already escaped JSON through.
      policy = tt ? tt.createPolicy('support-widgets', { createScript: (input) => input }) : null;
    } catch {
      policy = null;
    }
  }
  try {
    (el as unknown as { text: unknown }).text = policy ? policy.createScript(json) : json;
  } catch {
    // Trusted Types enforced without our policy allowed: structured data is optional, the page is not.
    return el;
  }
  if (!el.isConnected) document.head.append(el);
  return el;
}
