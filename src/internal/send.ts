import { stripBidi } from './bidi.js';
import { own } from './config.js';
import { REFERENCE_ID, request } from './dict.js';

/** Why a send came to nothing: no connection, no answer in time, a redirect (never followed), a status other than 2xx, a reply cut off. */
export type SendFailure = 'offline' | 'timedOut' | 'redirected' | 'status' | 'badReply';

/** What a send came to. Without `failure`, the endpoint answered 2xx and its whole reply arrived. */
export interface Sent {
  failure?: SendFailure;
  /** The HTTP status (`failure` `status`). */
  status?: number;
  /** The reference the reply gave (its JSON's own `key`, else the `header`), as given: check it with referenceId. */
  reference?: unknown;
  /** A 2xx reply whose JSON did not parse: each element decides what that means. */
  badJson?: boolean;
}

/**
 * The POST of what a user filled in (call-prep's submission, the hotline's callback request): the JSON body as
 * its cancelable event carried it, aborted after `ms` (the reply's body too), so that "Sending…" never stays for
 * ever. Each element says what the result means: call-prep shows the failure beside Retry, the hotline reports it.
 */
export async function send(url: string, body: string, ms: number, key: string, header?: string): Promise<Sent> {
  const signal = AbortSignal.timeout(ms);
  let failure: SendFailure = 'offline';
  try {
    // A redirect (to another origin, say) is a failure, never followed (see request).
    const response = await request(url, body, signal);
    if (!response.ok) return { failure: response.type === 'opaqueredirect' ? 'redirected' : 'status', status: response.status };
    failure = 'badReply';
    const text = await response.text();
    let json: unknown;
    try {
      json = /json/i.test(response.headers.get('content-type') ?? '') && text.trim() ? JSON.parse(text) : undefined;
    } catch {
      return { badJson: true };
    }
    return { reference: own(json, key) ?? (header && response.headers.get(header)) ?? undefined };
  } catch {
    return { failure: signal.aborted ? 'timedOut' : failure };
  }
}

/**
 * The reference an endpoint answered with (`given`: a string or number), as shown to the user; undefined when it
 * is anything but short plain text (REFERENCE_ID) or holds a card number or secret (`isSensitive`).
 */
export function referenceId(given: unknown, isSensitive: (text: string) => boolean): string | undefined {
  const id = typeof given === 'string' || typeof given === 'number' ? stripBidi(String(given)).trim() : '';
  return REFERENCE_ID.test(id) && !isSensitive(id) ? id : undefined;
}
