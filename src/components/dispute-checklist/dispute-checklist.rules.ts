/**
 * Filing deadlines by payment kind ("regime") and dispute type. Pure functions on calendar dates
 * (`YYYY-MM-DD`, counted as UTC midnights so no time zone or daylight-saving change shifts a day).
 * Each rule names its primary source beside it; the README's rules table repeats them with the ambiguities.
 */

import { DAY_MS } from '../../internal/time.js';

/** How the user paid: whose rules set the deadline. `custom` is `window-days` after the charge. */
export type DisputeRegime = 'us-credit' | 'us-debit' | 'eu' | 'paypal' | 'visa' | 'mastercard' | 'custom';
export const REGIMES: DisputeRegime[] = ['us-credit', 'us-debit', 'eu', 'paypal', 'visa', 'mastercard', 'custom'];

/** The dates a rule can count from, by their attribute names without `-date`. */
export type DateField = 'transaction' | 'statement' | 'expected' | 'received' | 'returned' | 'cancelled' | 'refund';
export const DATE_FIELDS: DateField[] = ['transaction', 'statement', 'expected', 'received', 'returned', 'cancelled', 'refund'];

/** The public `deadline`: the last day to file and, where the rules ask to wait, the first. */
export interface DisputeDeadline {
  /** Last day to file, `YYYY-MM-DD`. */
  date: string;
  /** First day the bank may accept the dispute (a waiting period), `YYYY-MM-DD`; null when there is none. */
  earliest: string | null;
  /** The rule's id, as in the README's rules table (`us-reg-z`, `visa-13.1`, …). */
  rule: string;
  /** The date it counts from, by attribute name (`statement-date`, …). */
  basis: string;
  /**
   * Present (true) when the rules' waiting period would end after the last day: the last day governs, no
   * `earliest` is given and the user is told to contact the bank now.
   */
  conflict?: true;
}

/** The rules' ids: each but `custom` has its explanation string `w-<id>` (the compiler checks it). */
export type RuleId =
  | 'us-reg-z'
  | 'us-reg-e'
  | 'eu-psd2-71'
  | 'eu-psd2-76'
  | 'eu-none'
  | 'paypal-unauthorized'
  | 'paypal-error'
  | 'paypal-180'
  | 'visa-13.1'
  | 'visa-13.3'
  | 'visa-13.6'
  | 'visa-120'
  | 'mastercard-4853'
  | 'mastercard-4834'
  | 'mastercard-120'
  | 'custom';

/** What a rule makes of the dates given: a deadline, the dates it still needs, or no date to give. */
export type RuleResult =
  | { deadline: DisputeDeadline; needs?: undefined; rule: RuleId }
  | { deadline?: undefined; needs: DateField[]; rule: RuleId }
  | { deadline?: undefined; needs?: undefined; rule: RuleId };

/**
 * The plausible years of a date a deadline counts from. Outside them a date is refused (a typo such as 0026 or
 * 9999), so every computed date keeps a 4-digit year (at most 2100 + 540 days) and `toISOString` never throws.
 */
export const MIN_YEAR = 1970;
export const MAX_YEAR = 2100;

/**
 * A real calendar date as UTC midnight ms, else NaN (Date.parse takes 2026-02-30 as March 2nd); with `inRange`
 * (dates the user or the page gives), only from MIN_YEAR to MAX_YEAR.
 */
export function parseDate(value: unknown, inRange = true): number {
  if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\d$/.test(value)) return NaN;
  const year = Number(value.slice(0, 4));
  if (inRange && (year < MIN_YEAR || year > MAX_YEAR)) return NaN;
  const ms = Date.parse(value);
  return ms === ms && iso(ms) === value ? ms : NaN;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

const days = (ms: number, n: number): number => ms + n * DAY_MS;

/** Calendar months later; a day the month lacks becomes its last day (31 January + 1 month = 28 or 29 February). */
function months(ms: number, n: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  const last = new Date(new Date(0).setUTCFullYear(y, m + 1, 0)).getUTCDate();
  return new Date(0).setUTCFullYear(y, m, Math.min(d.getUTCDate(), last));
}

type Dates = Partial<Record<DateField, number>>;

function make(rule: RuleId, basis: DateField, date: number, earliest?: number): RuleResult {
  // A waiting period that would end after the last day: the last day governs (the rules' windows conflict,
  // e.g. a promised date long after the charge against the 540-day cap). No first day is given then: a
  // first day after the last would be no date at all; the user is told to contact the bank now.
  if (earliest !== undefined && earliest > date) return { rule, deadline: { date: iso(date), earliest: null, rule, basis: `${basis}-date`, conflict: true } };
  return { rule, deadline: { date: iso(date), earliest: earliest === undefined ? null : iso(earliest), rule, basis: `${basis}-date` } };
}

/**
 * A card network's window: `n` days from `start` (else the charge), at most 540 days after the charge when
 * both are known, with an optional waiting period.
 */
function network(rule: RuleId, d: Dates, start: DateField | undefined, wait?: number, n = 120): RuleResult {
  // Visa counts "from the Transaction Processing Date or" the expected/received/credit date: the later of the
  // two, so a start date typed before the charge (a slip) never shortens the window below the charge + n days.
  const from = start && d[start] !== undefined && !(d.transaction !== undefined && d[start]! < d.transaction) ? start : 'transaction';
  const base = d[from];
  if (base === undefined) return { rule, needs: start ? [start, 'transaction'] : ['transaction'] };
  let date = days(base, n);
  let basis: DateField = from;
  // Visa 13.1, 13.3, 13.6, 13.7 and Mastercard's Chargeback Guide: never later than 540 days after the processing date.
  if (from !== 'transaction' && d.transaction !== undefined && days(d.transaction, 540) < date) [date, basis] = [days(d.transaction, 540), 'transaction'];
  return make(rule, basis, date, wait);
}

const later = (...ms: (number | undefined)[]): number | undefined => {
  const known = ms.filter((m): m is number => m !== undefined);
  return known.length ? Math.max(...known) : undefined;
};

/**
 * The deadline rule for a regime and a built-in type id (merchant types count as `other`), with the dates known.
 * `windowDays` is the `custom` regime's window.
 */
export function deadlineFor(regime: DisputeRegime, type: string, d: Dates, windowDays: number): RuleResult {
  const fraud = type === 'unauthorized' || type === 'unrecognized';
  const statement = (rule: RuleId): RuleResult => (d.statement === undefined ? { rule, needs: ['statement'] } : make(rule, 'statement', days(d.statement, 60)));
  switch (regime) {
    case 'us-credit':
      // 12 CFR 1026.13(b)(1) (Regulation Z): a written billing error notice received at the address disclosed
      // under 1026.7(a)(9)/(b)(9) "no later than 60 days after the creditor transmitted the first periodic
      // statement that reflects the alleged billing error". Counted from the statement date (see README).
      return statement('us-reg-z');
    case 'us-debit':
      // 12 CFR 1005.11(b)(1)(i) (Regulation E): notice of error "received by the institution no later than 60
      // days after the institution sends the periodic statement ... on which the alleged error is first reflected".
      return statement('us-reg-e');
    case 'eu':
      // Directive (EU) 2015/2366 (PSD2) art. 71(1): notify "without undue delay ... and no later than 13 months
      // after the debit date" of an unauthorised or incorrectly executed payment. A charge after cancelling is
      // one the consent no longer covers: art. 64(3), consent to a series of payments can be withdrawn "with the
      // effect that any future payment transaction is to be considered as unauthorised"; a second, duplicate
      // debit was never consented to.
      if (fraud || type === 'duplicate' || type === 'subscription-cancelled') {
        return d.transaction === undefined ? { rule: 'eu-psd2-71', needs: ['transaction'] } : make('eu-psd2-71', 'transaction', months(d.transaction, 13));
      }
      // PSD2 art. 76(1) and 77(1): a payee-initiated payment (direct debit, card pre-authorisation) whose exact
      // amount was not specified when authorised and exceeds what could reasonably be expected can be refunded
      // on request "within eight weeks from the date on which the funds were debited". Whether the amount was
      // unspecified is unknown here, so no date: the reason line names the 8 weeks (see README).
      if (type === 'incorrect-amount') return { rule: 'eu-psd2-76' };
      // PSD2 gives no deadline for disputes with the merchant (not received, not as described, ...): the
      // card network's rules for the bank apply, so no date is shown (see README).
      return { rule: 'eu-none' };
    case 'paypal':
      // PayPal User Agreement (US), "Unauthorized transactions and other errors": tell PayPal within 60 days
      // after the statement showing the transaction was provided.
      if (fraud) return statement('paypal-unauthorized');
      // Same section: an "Error" includes "an incorrect debit" and a duplicate one ("You are charged twice");
      // the 60 days after the statement apply, not Buyer Protection's 180 days.
      if (type === 'duplicate' || type === 'incorrect-amount') return statement('paypal-error');
      // PayPal User Agreement, Buyer Protection: "Open a dispute ... within 180 days of the date you sent
      // the payment".
      return d.transaction === undefined ? { rule: 'paypal-180', needs: ['transaction'] } : make('paypal-180', 'transaction', days(d.transaction, 180));
    case 'visa':
      // Visa Core Rules and Visa Product and Service Rules, dispute conditions (Visa Dispute Management
      // Guidelines for Visa Merchants). These are the issuer's limits for processing the dispute.
      if (type === 'not-received') {
        // 13.1: 120 days from the last date the cardholder expected the merchandise or services (else the
        // processing date), at most 540 days; wait 15 days after the charge when no date was given.
        return network(
          'visa-13.1',
          d,
          'expected',
          later(
            d.expected === undefined ? (d.transaction === undefined ? undefined : days(d.transaction, 15)) : days(d.expected, 1),
            d.returned && days(d.returned, 15),
          ),
        );
      }
      // 13.3: 120 days from the processing date or the date received, at most 540; wait 15 days after a return.
      if (type === 'not-as-described') return network('visa-13.3', d, 'received', d.returned && days(d.returned, 15));
      // 13.6: 120 days from the date on the credit transaction receipt, at most 540; wait 15 days from it.
      // 13.7 (goods returned, no credit): wait 15 days after the return.
      if (type === 'refund-not-received') return network('visa-13.6', d, 'refund', later(d.refund && days(d.refund, 15), d.returned && days(d.returned, 15)));
      // 10.4 (fraud), 12.5 (incorrect amount), 12.6.1 (duplicate), 12.6.2 (paid by other means), 13.7
      // (cancelled: the charge after cancelling is the disputed transaction): 120 days from the processing date.
      return network('visa-120', d, undefined);
    case 'mastercard':
      // Mastercard Chargeback Guide, message reason code 4853 (formerly 4855), goods or services not provided:
      // 120 days from the latest promised delivery or performance date, at most 540 days from the Central
      // Site Business Date; with no promised date, wait 30 days after the charge, then 120 days from it.
      if (type === 'not-received') {
        return network(
          'mastercard-4853',
          d,
          'expected',
          d.expected === undefined ? (d.transaction === undefined ? undefined : days(d.transaction, 30)) : days(d.expected, 1),
        );
      }
      // Mastercard Chargeback Guide (Dispute Resolution changes of 2019), message reason code 4834,
      // Point-of-Interaction Error (duplicate or multiple processing, paid by other means, incorrect amount):
      // 90 days from the Central Site Business Date (the processing date; counted from the charge here, see README).
      if (type === 'duplicate' || type === 'paid-by-other-means' || type === 'incorrect-amount') return network('mastercard-4834', d, undefined, undefined, 90);
      // Mastercard Chargeback Guide: cardholder dispute and fraud chargebacks within 120 days of the Central
      // Site Business Date (not as described: of the date the goods or services were received).
      return network('mastercard-120', d, type === 'not-as-described' ? 'received' : undefined);
    default:
      // The merchant's own window, from the charge (the element's behaviour before regimes).
      return d.transaction === undefined ? { rule: 'custom', needs: ['transaction'] } : make('custom', 'transaction', days(d.transaction, windowDays));
  }
}

/** The dates worth asking for with a type: what its rules and its evidence count from. */
export function datesFor(regime: DisputeRegime | undefined, type: string): DateField[] {
  const fields: DateField[] =
    regime === 'us-credit' || regime === 'us-debit' || (regime === 'paypal' && /^(unauthorized|unrecognized|duplicate|incorrect-amount)$/.test(type))
      ? ['statement']
      : [];
  if (regime !== 'us-credit' && regime !== 'us-debit') fields.push('transaction');
  const extra: Record<string, DateField[]> = {
    'not-received': ['expected'],
    'not-as-described': ['received', 'returned'],
    'refund-not-received': ['returned', 'refund'],
    'subscription-cancelled': ['cancelled'],
  };
  for (const f of extra[type] ?? []) if (!fields.includes(f)) fields.push(f);
  return fields;
}
