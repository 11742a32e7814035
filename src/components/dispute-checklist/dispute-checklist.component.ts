import { html, nothing, type PropertyValues } from 'lit';
import { SupportElement } from '../../internal/base.js';
import { shown } from '../../internal/bidi.js';
import { checked } from '../../internal/checked.js';
import { clipText, cut, expected, headingLevel, isRecord, merchantText, own, readOr, reportUnknownKeys, stringify } from '../../internal/config.js';
import { dict } from '../../internal/dict.js';
import { copyText, downloadFile, fileName, printText } from '../../internal/export.js';
import { redact, redactFields } from '../../internal/sensitive.js';
import { DraftController, type DraftStatus } from '../../internal/draft.js';
import { WakeController } from '../../internal/timer.js';
import { namespace } from '../../internal/storage.js';
import { baseStyles } from '../../internal/styles.js';
import { DAY_MS, clock } from '../../internal/time.js';
import { urlPrefill } from '../../internal/url-prefill.js';
import { SupportDisputeChangeEvent, SupportDisputeExportEvent, SupportDisputeReadyEvent, type DisputeExportFormat } from '../../events/dispute-checklist.js';
import type { DisputeStrings } from './dispute-checklist.en.js';
import { dispute as english } from './dispute-checklist.en.js';
import { styles } from './dispute-checklist.styles.js';
import { decodeDraft, encodeDraft, type DisputeDraft, type ItemProgress, type Progress } from './dispute-checklist.draft.js';
import { BUILT_IN_IDS, resolveTypes, type DisputeType, type Purchase, type ShownItem, type ShownType } from './dispute-checklist.types.js';
import {
  DATE_FIELDS,
  MAX_YEAR,
  MIN_YEAR,
  REGIMES,
  datesFor,
  deadlineFor,
  iso,
  parseDate,
  type DateField,
  type DisputeDeadline,
  type DisputeRegime,
  type RuleResult,
} from './dispute-checklist.rules.js';

/** The longest `window-days` taken: 10 years (no dispute window is longer; a larger number is a slip). */
const MAX_WINDOW_DAYS = 3650;
/**
 * The most a note keeps (its `maxlength`): a few sentences for the issuer (what was ordered, when it was due, what
 * the merchant answered). 200 cut an ordinary dispute note mid-sentence (R10-14). With every note full, a stored
 * dispute is 12.5 KB at most (measured: 6 notes of `not-as-described`, UTF-16), far inside localStorage's 5 MB.
 */
const NOTE_MAX = 1000;
/** Payment kinds (`regimes`) read at most: there are only a few, each once; more is a data mistake, cut before it is checked. */
const MAX_REGIMES = 20;
/** Config keys set as the properties of the same name. */
const CONFIG_KEYS = [
  'type',
  'regime',
  'regimes',
  'transactionDate',
  'statementDate',
  'expectedDate',
  'receivedDate',
  'returnedDate',
  'cancelledDate',
  'refundDate',
  'amount',
  'currency',
  'merchantName',
  'windowDays',
];
/** The page URL's query parameters read with `prefill-from-url`, by the property they fill. */
const URL_PARAMS = {
  type: 'dispute-type',
  regime: 'dispute-regime',
  transactionDate: 'dispute-transaction-date',
  statementDate: 'dispute-statement-date',
  amount: 'dispute-amount',
  currency: 'dispute-currency',
  merchantName: 'dispute-merchant',
} as const;
type Prefill = Partial<Record<keyof typeof URL_PARAMS, string>>;
/** A payment kind offered in "How did you pay?": a regime id and, optionally, the merchant's label. */
export interface DisputeRegimeOption {
  id: DisputeRegime;
  label?: string;
}
type Key = keyof DisputeStrings;
/** The status line's string for each state of the saved progress. */
const STATUS = { saved: 'saved', visit: 'memory', synced: 'synced' } as const satisfies Record<DraftStatus, Key>;
/** Items ready (checked) and in all, of the required and of the recommended items. */
interface Counts {
  required: { ready: number; total: number };
  recommended: { ready: number; total: number };
}

/** The `.json` export: one dispute type, its deadline and every item. */
export interface DisputeSummary {
  type: string;
  label: string;
  transactionDate?: string;
  /** Last day to file, `YYYY-MM-DD`. */
  deadline?: string;
  daysLeft?: number;
  /** How the user paid, when known. */
  regime?: DisputeRegime;
  /** The deadline's rule id and the first day the bank may accept the dispute, when there is a waiting period. */
  rule?: string;
  earliest?: string;
  /** The charge as the merchant's page gave it. */
  merchantName?: string;
  amount?: number;
  currency?: string;
  /** Every known date by attribute name (`statement-date`, …). */
  dates?: Record<string, string>;
  ready: boolean;
  required: { ready: number; total: number };
  recommended: { ready: number; total: number };
  items: { id: string; label: string; required: boolean; checked: boolean; note: string }[];
}

/**
 * The status line's one button, Forget or Undo in its place: focus stays on it as they swap, and moves to it when
 * another tab forgets (DraftOptions.undo).
 */
const FORGET_OR_UNDO = '[part=storage] button';

/**
 * What to gather to dispute a card or wallet charge, for each kind of dispute, with the filing deadline,
 * progress saved on the device and a summary to copy, print or download.
 *
 * @summary A dispute evidence checklist: pick what went wrong, tick off the evidence, file before the deadline.
 * @customElement support-dispute-checklist
 * @csspart base - The wrapper.
 * @csspart deadline - The deadline box (classes `soon` and `passed` in those states).
 * @csspart charge - The charge as the merchant's page gave it (merchant, amount, date).
 * @csspart picker - The fieldset of dispute types.
 * @csspart regimes - The "How did you pay?" fieldset.
 * @csspart dates - The fieldset of the dates the deadline counts from.
 * @csspart heading - The chosen type's name.
 * @csspart progress - The progress text and bar.
 * @csspart ready - The message shown when every required item is checked.
 * @csspart list - The list of evidence items.
 * @csspart item - One evidence item.
 * @csspart note - An item's note field.
 * @csspart actions - The export buttons.
 * @csspart button - Every button.
 * @csspart storage - The "Saved on this device · Forget" line, and "Forgotten on this device. Undo" after Forget.
 * @cssproperty --support-color-accent - Checkboxes, the progress bar and buttons.
 * @cssproperty --support-color-warning - The deadline when it is close.
 * @cssproperty --support-color-danger - The deadline once it has passed.
 * @cssproperty --support-color-success - The ready message.
 * @cssproperty --support-color-surface-alt - Background of the deadline box and the progress track.
 * @cssproperty --support-color-divider - Lines between items.
 * @cssproperty --support-radius - Corner radius.
 * @cssproperty --support-space - Spacing unit.
 * @event {SupportDisputeChangeEvent} support-dispute-change - The user checked or unchecked an item or chose a type. `detail: { type, checked, ready }`.
 * @event {SupportDisputeReadyEvent} support-dispute-ready - The user checked the last required item. `detail: { type }`.
 * @event {SupportDisputeExportEvent} support-dispute-export - The user exported the summary. `detail: { format: 'copy' | 'print' | 'text' | 'json' }`.
 */
export class SupportDisputeChecklist extends SupportElement<'dispute'> {
  static override styles = [baseStyles, styles];
  // `attribute: false` beside `state: true` keeps internal state out of the custom-elements manifest's attributes.
  static override properties = {
    type: {},
    regime: {},
    regimes: {},
    transactionDate: { attribute: 'transaction-date' },
    statementDate: { attribute: 'statement-date' },
    expectedDate: { attribute: 'expected-date' },
    receivedDate: { attribute: 'received-date' },
    returnedDate: { attribute: 'returned-date' },
    cancelledDate: { attribute: 'cancelled-date' },
    refundDate: { attribute: 'refund-date' },
    amount: {},
    currency: {},
    merchantName: { attribute: 'merchant-name' },
    prefillFromUrl: { attribute: 'prefill-from-url', type: Boolean },
    windowDays: { attribute: 'window-days', type: Number },
    disputeId: { attribute: 'dispute-id' },
    storageKey: { attribute: 'storage-key' },
    retentionDays: { attribute: 'retention-days', type: Number },
    noPersist: { attribute: 'no-persist', type: Boolean },
    headingLevel: { attribute: 'heading-level', type: Number },
    noBuiltIns: { attribute: 'no-built-ins', type: Boolean },
    types: { attribute: false },
    now: { attribute: false },
    chosen: { state: true, attribute: false },
    picking: { state: true, attribute: false },
    progress: { state: true, attribute: false },
    warning: { state: true, attribute: false },
    clipped: { state: true, attribute: false },
    paidWith: { state: true, attribute: false },
    entered: { state: true, attribute: false },
    purchase: { state: true, attribute: false },
  };
  protected static override section = 'dispute' as const;
  protected static override english = english;

  /** The dispute type to show (`not-received`, …); without it, or if unknown, the user picks one. */
  type?: string = undefined;
  /** How the user paid, whose rules set the deadline: `us-credit`, `us-debit`, `eu`, `paypal`, `visa`, `mastercard` or `custom` (`window-days`); without it the user is asked. */
  regime?: string = undefined;
  /** The payment kinds offered when `regime` is not set: ids separated by spaces or commas, or (config) an array of ids or `{ id, label }`. */
  regimes?: string | Array<DisputeRegime | DisputeRegimeOption> = undefined;
  /** Date of the disputed charge, `YYYY-MM-DD`. */
  transactionDate?: string = undefined;
  /** Date of the statement that first showed the charge, `YYYY-MM-DD` (US cards, PayPal unauthorized). */
  statementDate?: string = undefined;
  /** Promised delivery or service date, `YYYY-MM-DD`. */
  expectedDate?: string = undefined;
  /** Date the goods or service were received, `YYYY-MM-DD`. */
  receivedDate?: string = undefined;
  /** Date the goods were sent back, `YYYY-MM-DD`. */
  returnedDate?: string = undefined;
  /** Date the user cancelled, `YYYY-MM-DD`. */
  cancelledDate?: string = undefined;
  /** Date on the refund confirmation (credit receipt), `YYYY-MM-DD`. */
  refundDate?: string = undefined;
  /** Amount of the charge, a number (`42.5`); shown with `currency`. */
  amount?: number | string = undefined;
  /** ISO 4217 currency code of `amount` (`USD`). */
  currency?: string = undefined;
  /** The merchant's name as it appears on the statement (the descriptor). */
  merchantName?: string = undefined;
  /** Fill the charge from the page URL's query (`dispute-type`, `dispute-regime`, `dispute-transaction-date`, `dispute-statement-date`, `dispute-amount`, `dispute-currency`, `dispute-merchant`); attributes win. */
  prefillFromUrl = false;
  /** Days after the charge during which a dispute can be filed, with `regime="custom"`: 0 to 3650 (10 years); another value is reported and 120 is used. */
  windowDays = 120;
  /** Identifies this dispute: progress is saved per id. */
  disputeId = '';
  /** Namespace of the saved progress, usually the merchant's name; not empty (an empty one is an error: nothing is saved on the device). */
  storageKey?: string = undefined;
  /** Days the saved progress is kept after the last change. */
  retentionDays = 180;
  /** Never save the progress on the device (nor read what was saved): it lasts while the page is open. */
  noPersist = false;
  /** ARIA level of the type's heading. */
  headingLevel = 3;
  /** Show only the merchant's `types`, not the built-in ones. */
  noBuiltIns = false;
  /** Merchant types that replace, extend or add to the built-in ones (see docs/dispute-checklist.md). */
  types?: DisputeType[] = undefined;
  /** The current time; set it to test deadlines. Defaults to the clock. */
  now?: Date = undefined;

  private chosen?: string = undefined;
  private picking = false;
  private progress: Progress = {};
  private warning?: [ShownItem, string] = undefined;
  /** The note whose last paste or typing the note's `maxlength` cut, and the length it kept (R11-11). */
  private clipped?: [ShownItem, number] = undefined;
  /** What the user is inserting into a note, and the note's length without the selection it replaces. */
  private inserting?: [text: string, rest: number] = undefined;
  /** The payment kind the user chose (saved). */
  private paidWith?: DisputeRegime = undefined;
  /** Dates the user entered, by field (saved). */
  private entered: Partial<Record<DateField, string>> = {};
  /** What the user bought, for the types whose evidence differs (saved). */
  private purchase?: Purchase = undefined;
  /** The type chosen before "Change type" opened the picker: Cancel goes back to it. */
  private previous?: string = undefined;
  private list: ShownType[] = [];
  /** Last day to file, as UTC midnight of that calendar day. */
  private due?: number = undefined;
  /** The rule in force and what it made of the dates. */
  private result?: RuleResult = undefined;
  /** Valid values from the page URL (`prefill-from-url`). */
  private url: Prefill = Object.create(null) as Prefill;
  /** Valid dates the merchant gave, by field. */
  private given: Partial<Record<DateField, number>> = Object.create(null) as Partial<Record<DateField, number>>;
  private fixedRegime?: DisputeRegime = undefined;
  private options: DisputeRegimeOption[] = [];
  private charge: { amount?: number; currency?: string; merchant?: string } = {};
  /** Updates the days left (and which dates lie in the future) at the next local midnight. */
  private readonly wake = new WakeController(this, () => clock(this.now));
  /** The user's choices, saved per `dispute-id`. */
  private draft = new DraftController<DisputeDraft>(this, {
    kind: 'dispute',
    apart: 'dispute-id',
    off: () => this.noPersist,
    decode: decodeDraft,
    encode: encodeDraft,
    current: () => ({ chosen: this.chosen, progress: this.progress, regime: this.paidWith, purchase: this.purchase, dates: this.entered }),
    receive: (draft) => {
      this.restore(draft);
      this.announcer.announce(this.t(draft ? 'synced' : 'forgotten'));
    },
    days: () => this.retentionDays,
    defaultDays: 180,
    report: this.reportError,
    say: (status) => this.announcer.announce(this.t(STATUS[status])),
    undo: FORGET_OR_UNDO,
    now: () => clock(this.now),
    // Hidden or closed mid-note: the note is kept as on leaving it (the browser sends no change then).
    leave: (field) => void (field?.matches('[part=note]') && field.dispatchEvent(new Event('change'))),
  });

  protected applyConfig(config: Record<string, unknown>): void {
    reportUnknownKeys(config, ['types', ...CONFIG_KEYS], 'config', this.reportError);
    if (Object.hasOwn(config, 'types')) this.types = config.types as DisputeType[];
    // Checked in willUpdate, like the same attributes.
    for (const key of CONFIG_KEYS) if (Object.hasOwn(config, key)) (this as unknown as Record<string, unknown>)[key] = config[key];
  }

  // Each input is read when it changes, then the deadline follows from all of them: one named step each.
  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('types') || changed.has('noBuiltIns'))
      this.list =
        readOr(() => resolveTypes(this.types, !this.noBuiltIns, this.reportError), undefined, 'types', this.reportError) ??
        resolveTypes(undefined, !this.noBuiltIns, this.reportError);
    if (changed.has('prefillFromUrl')) this.url = this.prefillFromUrl ? this.readUrl() : (Object.create(null) as Prefill);
    this.reportUnknownType();
    if (changed.has('regime') || changed.has('prefillFromUrl')) this.fixedRegime = this.readRegime();
    if (!this.hasUpdated || changed.has('regimes')) this.options = this.regimeOptions();
    if (changed.has('windowDays')) this.days('window-days', this.windowDays, 120, MAX_WINDOW_DAYS);
    if (DATE_FIELDS.some((f) => changed.has(`${f}Date`)) || changed.has('prefillFromUrl') || changed.has('now')) this.given = this.readDates();
    if (changed.has('amount') || changed.has('currency') || changed.has('merchantName') || changed.has('prefillFromUrl')) this.charge = this.readCharge();
    // `no-persist` set after a saved draft was shown, before the user changed anything: the draft goes too.
    const unsaved = changed.has('noPersist') && this.noPersist && this.draft.restoredOnly;
    if (!this.hasUpdated || changed.has('disputeId') || changed.has('storageKey') || unsaved) {
      this.restore(this.draft.open(namespace(this.storageKey, this.reportError), this.disputeId ?? ''));
    }
    // The deadline follows from everything above and the user's answers: recomputed on every update.
    this.updateDeadline();
  }

  /** Reports a type the merchant (`type`) or the URL asked for that the list of types does not have. */
  private reportUnknownType(): void {
    const typeId = this.typeId;
    if (typeId && !find(this.list, typeId)) {
      this.reportError(this.type ? 'type' : URL_PARAMS.type, `unknown dispute type "${typeId}"; expected one of: ${this.list.map((t) => t.id).join(', ')}`);
    }
  }

  /** The regime the merchant (`regime`) or the URL fixed, if it is one; another value is reported. */
  private readRegime(): DisputeRegime | undefined {
    const value = this.regime ?? this.url.regime;
    const regime = REGIMES.find((r) => r === value);
    if (value !== undefined && !regime)
      this.reportError(this.regime === undefined ? URL_PARAMS.regime : 'regime', expected(`one of ${REGIMES.join(', ')}`, value));
    return regime;
  }

  /** The valid dates the merchant (`…-date`) or the URL gave, by field; an invalid or future one is reported and left out. */
  private readDates(): Partial<Record<DateField, number>> {
    const given = Object.create(null) as Partial<Record<DateField, number>>;
    for (const f of DATE_FIELDS) {
      const prop = `${f}Date` as const;
      const set = this[prop];
      const value = set ?? (prop === 'transactionDate' || prop === 'statementDate' ? this.url[prop] : undefined);
      const ms = parseDate(value);
      const future = this.future(f, ms);
      if (ms === ms && !future) given[f] = ms;
      else if (!future && value !== undefined && value !== '')
        this.reportError(
          set === undefined ? URL_PARAMS[prop as 'transactionDate'] : `${f}-date`,
          expected(
            /^\d{4}-\d\d-\d\d$/.test(String(value)) && parseDate(value, false) === parseDate(value, false)
              ? `a date from ${MIN_YEAR} to ${MAX_YEAR}`
              : 'an ISO date (YYYY-MM-DD)',
            value,
          ),
        );
      // A past event's date (all but the promised date) after today is a slip: said once and ignored, as a
      // date typed after today is (WCAG 3.3.1: a date that fails validation gives no deadline). The user is asked.
      if (future)
        this.reportError(set === undefined ? URL_PARAMS[prop as 'transactionDate'] : `${f}-date`, `expected a date not after today, got "${value as string}"`);
    }
    return given;
  }

  /** The rule's result and the due day for the type and regime in force, and the wake-up at the next local midnight. */
  private updateDeadline(): void {
    const type = this.active;
    const regime = this.regimeInForce;
    this.result =
      type && regime ? deadlineFor(regime, builtIn(type.id), this.dates, this.days('window-days', this.windowDays, 120, MAX_WINDOW_DAYS, false)) : undefined;
    const date = this.result?.deadline?.date;
    this.due = date ? parseDate(date, false) : undefined;
    // A page left open overnight: today changes at the next local midnight. A set `now` is a still snapshot.
    const midnight = new Date(clock(this.now)).setHours(24, 0, 0, 0);
    this.wake.wakeAt(this.now ? undefined : midnight);
  }

  /** The type the merchant fixed: `type`, else the URL's. */
  private get typeId(): string | undefined {
    return this.type ?? this.url.type;
  }

  /** The regime in force: the merchant's, else the user's answer. */
  private get regimeInForce(): DisputeRegime | undefined {
    return this.fixedRegime ?? (this.options.some((o) => o.id === this.paidWith) ? this.paidWith : undefined);
  }

  /** Every known date: the merchant's, and the user's for the others. */
  private get dates(): Partial<Record<DateField, number>> {
    const out = Object.create(null) as Partial<Record<DateField, number>>;
    for (const f of DATE_FIELDS) {
      const ms = this.given[f] ?? parseDate(own(this.entered, f));
      if (ms === ms && !this.future(f, ms)) out[f] = ms;
    }
    return out;
  }

  /**
   * The last day to file, the first day the bank may accept the dispute (`earliest`, when the rules ask to
   * wait), the rule's id and the date it counts from; null until the payment kind and the dates it needs are known.
   */
  get deadline(): DisputeDeadline | null {
    const d = this.result?.deadline;
    return d ? { ...d } : null;
  }

  /** The page URL's query parameters (`urlPrefill`: no prototype, NFKC); bad values are reported and left out where they are read. */
  private readUrl(): Prefill {
    return urlPrefill(URL_PARAMS);
  }

  /** The charge's amount, currency and merchant name, checked; bad values are reported and ignored. */
  private readCharge(): { amount?: number; currency?: string; merchant?: string } {
    const out: { amount?: number; currency?: string; merchant?: string } = {};
    const at = (prop: 'amount' | 'currency' | 'merchantName', attr: string): [unknown, string] =>
      this[prop] !== undefined && this[prop] !== null ? [this[prop], attr] : [this.url[prop], URL_PARAMS[prop]];
    const [amount, amountAt] = at('amount', 'amount');
    if (amount !== undefined) {
      const n = typeof amount === 'number' ? amount : typeof amount === 'string' && /^\d{1,12}(\.\d{1,4})?$/.test(amount.trim()) ? Number(amount) : NaN;
      if (n > 0 && isFinite(n)) out.amount = n;
      else this.reportError(amountAt, expected('an amount above 0, digits with an optional "." and decimals', amount));
    }
    const [currency, currencyAt] = at('currency', 'currency');
    if (currency !== undefined) {
      const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
      let ok = /^[A-Z]{3}$/.test(code);
      try {
        if (ok) new Intl.NumberFormat('en', dict<Intl.NumberFormatOptions>({ style: 'currency', currency: code }));
      } catch {
        ok = false;
      }
      if (ok) out.currency = code;
      else this.reportError(currencyAt, expected('an ISO 4217 currency code (USD)', currency));
    }
    const [merchant, merchantAt] = at('merchantName', 'merchant-name');
    if (merchant !== undefined) {
      const name = typeof merchant === 'string' ? shown(merchant).replace(/\s+/g, ' ') : '';
      // A name from the page URL is anyone's: no phone number, address or web link in the letter the user files
      // ("ExamplePay fraud desk: call +1 900 666 0000 first": round 7, R7-10).
      const linked = merchantAt === URL_PARAMS.merchantName;
      // A card number in a crafted link is never shown or exported whole.
      if (name && name.length <= (linked ? 60 : 100) && !(linked && ((name.match(/\p{Nd}/gu)?.length ?? 0) > 6 || /[@+]|:\/\/|www\./i.test(name))))
        out.merchant = redact(name).text;
      else
        this.reportError(
          merchantAt,
          expected(
            linked ? 'a merchant name from a link: at most 60 characters, no phone number, address or web link' : 'a name of 1 to 100 characters',
            merchant,
          ),
        );
    }
    return out;
  }

  /** The options of "How did you pay?": the merchant's list, else every regime but `custom`. */
  private regimeOptions(): DisputeRegimeOption[] {
    return readOr(() => this.readRegimes(), undefined, 'regimes', this.reportError, 'every payment kind is offered') ?? this.readRegimes(null);
  }

  private readRegimes(raw: unknown = this.regimes): DisputeRegimeOption[] {
    if (raw === undefined || raw === null || raw === '') return REGIMES.filter((r) => r !== 'custom').map((id) => ({ id, label: undefined }));
    const all: unknown[] = typeof raw === 'string' ? raw.split(/[\s,]+/).filter(Boolean) : Array.isArray(raw) ? raw : [];
    const list = cut(all, MAX_REGIMES, 'regimes', 'payment kinds', this.reportError);
    if (typeof raw !== 'string' && !Array.isArray(raw)) this.reportError('regimes', expected('ids separated by spaces, or an array', raw));
    const out: DisputeRegimeOption[] = [];
    list.forEach((entry, i) => {
      // Own properties only: a polluted Object.prototype adds no option or label.
      const id: unknown = isRecord(entry) ? own(entry, 'id') : entry;
      const label: unknown = own(entry, 'label');
      const regime = REGIMES.find((r) => r === id);
      if (!regime || out.some((o) => o.id === regime)) return this.reportError(`regimes[${i}]`, expected(`one of ${REGIMES.join(', ')}, once`, id));
      // The same rule as every merchant text: invisible or empty is reported, markup is shown as text and reported.
      out.push({ id: regime, label: label === undefined ? undefined : merchantText(label, `regimes[${i}].label`, this.reportError) });
    });
    return out;
  }

  /** Takes the user's choices of a saved draft; none when there is none. */
  private restore(draft: DisputeDraft | undefined): void {
    this.progress = draft?.progress ?? {};
    this.chosen = draft?.chosen;
    this.paidWith = draft?.regime;
    this.purchase = draft?.purchase;
    this.entered = draft?.dates ?? {};
  }

  private days(name: string, value: number, fallback: number, max = Infinity, report = true): number {
    if (value >= 0 && value <= max) return Math.round(value);
    if (report)
      this.reportError(name, expected(value > max ? `a number of days, at most ${max}` : 'a number of days, 0 or more', this.getAttribute(name) ?? value));
    return fallback;
  }

  /** Today in the user's calendar, as a UTC midnight (how dates are counted). */
  private today(): number {
    const now = new Date(clock(this.now));
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  }

  /** Whether the user typed a date after today in field `f`. */
  private isFuture(f: DateField): boolean {
    return this.given[f] === undefined && this.future(f, parseDate(own(this.entered, f)));
  }

  /** Whether `ms` is after today in a field of a past event (all but the promised date): such a date counts for nothing. */
  private future(f: DateField, ms: number): boolean {
    return f !== 'expected' && ms > this.today();
  }

  private get active(): ShownType | undefined {
    return find(this.list, this.chosen) ?? find(this.list, this.typeId);
  }

  private t(key: Key, params?: Record<string, string | number>): string {
    return this.msg(key, params);
  }

  /**
   * The name of a type: the merchant's, else the string table's. A type without a label is a built-in one
   * (ShownType), whose typed id makes `t-${id}` a key tsc checks against the table.
   */
  private typeLabel(type: ShownType): string {
    return type.label ?? this.t(`t-${type.id}`);
  }

  /** The label of an item: the merchant's, else the string table's (`i-${id}`, checked as in typeLabel). */
  private itemLabel(item: ShownItem): string {
    return item.label ?? this.t(`i-${item.id}`);
  }

  /**
   * A type's name as shown: the merchant's own in a <bdi>, since it may be in another language than the checklist
   * (an English label keeps its full stop on its right in a Hebrew checklist: Unicode Bidirectional Algorithm,
   * UAX #9, isolates; HTML's <bdi>). The built-in strings are in the checklist's language and stay as they are.
   */
  private shownLabel(type: ShownType) {
    return type.label ? isolate(type.label) : this.typeLabel(type);
  }

  private state(type: ShownType, item: ShownItem): ItemProgress {
    const saved = own(own(this.progress, type.id), item.id);
    // Own properties only: `Object.prototype.checked = true` must not tick an item.
    return { checked: own(saved, 'checked') === true, note: own(saved, 'note') as string | undefined };
  }

  /** The items of a type shown to this user: goods-only or service-only items by the answer (goods until then). */
  private items(type: ShownType): ShownItem[] {
    return type.items.filter((i) => !i.only || i.only === (this.purchase ?? 'goods'));
  }

  private count(type: ShownType): Counts {
    const n: Counts = { required: { ready: 0, total: 0 }, recommended: { ready: 0, total: 0 } };
    for (const item of this.items(type)) {
      const group = item.required ? n.required : n.recommended;
      group.total++;
      if (this.state(type, item).checked) group.ready++;
    }
    return n;
  }

  /** A calendar date (UTC midnight ms) in the user's language; the ISO date if the language tag is invalid. */
  private day(ms: number): string {
    try {
      return new Intl.DateTimeFormat(this.locale, dict<Intl.DateTimeFormatOptions>({ dateStyle: 'long', timeZone: 'UTC' })).format(ms);
    } catch {
      return iso(ms);
    }
  }

  /** The deadline lines (shown and exported), its state class and the figures. */
  private deadlineLines() {
    const due = this.due;
    const d = this.result?.deadline;
    if (due === undefined || !d) return undefined;
    const now = new Date(clock(this.now));
    // Calendar days between today (local) and the last day, both as UTC midnights: no DST drift.
    const today = Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
    const left = Math.round((due - today) / DAY_MS);
    const date = this.day(due);
    const state = left < 0 ? 'passed' : left <= 14 ? 'soon' : '';
    const lines = left < 0 ? [this.t('passed', { date })] : [this.t('due', { date }), this.t(state || 'left', { n: left })];
    const earliest = d.earliest ? parseDate(d.earliest, false) : NaN;
    if (left >= 0 && earliest > today) lines.push(this.t('wait', { date: this.day(earliest) }));
    if (left >= 0 && d.conflict) lines.push(this.t('conflict'));
    return { lines, state, left, iso: d.date };
  }

  /** Why the deadline is what it is, or what is missing to compute it (`needs`: the line the deadline box shows on screen): the lines under the deadline. */
  private why(needs = true): string[] {
    const r = this.result;
    if (!r || r.rule === 'custom') return [];
    const lines = [this.t(`w-${r.rule}`)];
    if (r.needs && needs) lines.unshift(this.needs()!);
    if (r.rule === 'us-reg-e' && this.active && /^un(authorized|recognized)$/.test(builtIn(this.active.id))) lines.push(this.t('w-us-reg-e-lost'));
    return lines;
  }

  /** What the deadline still needs ("To work out your last day to file, enter: …"), when the rule has no date for lack of one. */
  private needs(): string | undefined {
    const r = this.result;
    return r?.needs && r.rule !== 'custom' ? this.t('needs', { date: this.t(`d-${r.needs[0]}`) }) : undefined;
  }

  /** What the deadline box says, read out when an answer changes it (WCAG 4.1.3), with the rule's reason when the rule changed. */
  private spoken(field?: DateField): { text: string; rule?: string } {
    const lines = this.deadlineLines()?.lines ?? [this.needs() ?? ''];
    // A line ending without a full stop ("Last day to file: …") is made a sentence, so it is not run into the next one.
    const text = [
      field && this.isFuture(field) ? this.t('future') : '',
      ...lines.map((l) => (!l || /[.!?。！？]$/.test(l) ? l : this.t('sentence', { text: l }))),
    ];
    return { text: text.filter(Boolean).join(' '), rule: this.result?.rule };
  }

  /** The charge as given by the merchant's page, and the dates known (`given`: only the merchant's): summary lines. */
  private facts(given = false): string[] {
    const { amount, currency, merchant } = this.charge;
    const lines: string[] = [];
    if (merchant) lines.push(this.t('merchant', { name: merchant }));
    if (amount !== undefined) {
      let shown = String(amount);
      try {
        shown = new Intl.NumberFormat(this.locale, dict<Intl.NumberFormatOptions>(currency ? { style: 'currency', currency } : {})).format(amount);
      } catch {
        // An invalid lang tag: the plain number.
      }
      lines.push(this.t('amount', { amount: shown }));
    }
    const dates = given ? this.given : this.dates;
    for (const f of DATE_FIELDS) if (dates[f] !== undefined) lines.push(this.t('pair', { label: this.t(`d-${f}`), value: this.day(dates[f]!) }));
    return lines;
  }

  /** Saves the progress of `item` (or only the chosen type and answers) and tells the page. */
  private save(type: ShownType, item?: ShownItem, patch?: Partial<ItemProgress>): void {
    if (item) this.progress = { ...this.progress, [type.id]: { ...this.progress[type.id], [item.id]: { ...this.state(type, item), ...patch } } };
    this.persist();
    const n = this.count(type);
    const checked = this.items(type)
      .filter((i) => this.state(type, i).checked)
      .map((i) => i.id);
    if (!patch || 'checked' in patch) this.dispatchEvent(new SupportDisputeChangeEvent({ type: type.id, checked, ready: ready(n) }));
  }

  private persist(): void {
    this.draft.save();
  }

  private check(type: ShownType, item: ShownItem, event: Event): void {
    const n = this.count(type);
    this.save(type, item, { checked: (event.target as HTMLInputElement).checked });
    if (!ready(n) && ready(this.count(type))) {
      this.announcer.announce(this.t('ready'));
      this.dispatchEvent(new SupportDisputeReadyEvent({ type: type.id }));
    }
  }

  /**
   * What a paste, a drop or typing is about to put into a note: its text (`data` of an input or textarea's
   * beforeinput, Input Events §4.3; a paste's clipboard text where the browser leaves `data` null), and what
   * of the note stays beside it.
   */
  private inserts(event: Event): void {
    const input = event.target as HTMLInputElement;
    const text = event instanceof ClipboardEvent ? event.clipboardData?.getData('text/plain') : (event as InputEvent).data;
    if (text == null) return;
    const rest = input.value.length - ((input.selectionEnd ?? 0) - (input.selectionStart ?? 0));
    // Line breaks become spaces or go in a one-line field; a CR LF is one of them.
    const whole = text.replace(/\r\n?/g, '\n');
    // WebKit's beforeinput after a paste gives what `maxlength` will keep, not what was pasted: the paste's
    // clipboard text, said first, stays the measure.
    if (this.inserting && whole && this.inserting[0].startsWith(whole)) return;
    this.inserting = [whole, rest];
  }

  /**
   * The note as the user edits it (R11-11): when its `maxlength` kept less than was inserted, the message says
   * so at once, and is read out once; it goes when the note is shorter than what was kept (the user deleted
   * text). A note that fits, 999 or 1,000 characters included, gets no message.
   */
  private edited(item: ShownItem, event: Event): void {
    const input = event.target as HTMLInputElement;
    const [said, rest] = this.inserting ?? ['', input.value.length];
    this.inserting = undefined;
    // Firefox's input event carries the whole text inserted, past `maxlength` (where a page's script made the
    // paste, Firefox gives it no clipboard text to read).
    const data = (event as InputEvent).data ?? '';
    const text = data.length > said.length ? data : said;
    // At the limit (or one unit short, when `maxlength` left out a character of two units) and shorter than
    // what was inserted: the end was cut.
    if (input.value.length >= NOTE_MAX - 1 && input.value.length < rest + text.length) this.clip(item, input.value.length);
    else if (this.clipped?.[0] === item && input.value.length < this.clipped[1]) this.clipped = undefined;
  }

  /** A note full to its `maxlength`: a key or a paste adds nothing, and the browser fires no `input` to say so. */
  private full(item: ShownItem, event: Event): void {
    // A deletion inserts nothing: what a key at the limit was about to insert (and never did) is not counted (R12-13).
    if ((event as InputEvent).inputType?.startsWith('delete')) return void (this.inserting = undefined);
    this.inserts(event);
    const input = event.target as HTMLInputElement;
    // WebKit's beforeinput says what `maxlength` will keep: typing into a full note gives it as empty text.
    const dropped = (event as InputEvent).inputType === 'insertText' && (event as InputEvent).data === '' && input.value.length >= NOTE_MAX - 1;
    if (dropped || (this.inserting && this.inserting[0] && this.inserting[1] + this.inserting[0].length > NOTE_MAX && this.inserting[1] >= NOTE_MAX - 1)) {
      this.clip(item, input.value.length);
    }
  }

  private clip(item: ShownItem, kept: number): void {
    if (this.clipped?.[0] !== item) this.announcer.announce(this.t('long'));
    this.clipped = [item, kept];
  }

  private note(type: ShownType, item: ShownItem, event: Event): void {
    const input = event.target as HTMLInputElement;
    // What the note's `maxlength` keeps, also when a script set a longer value (R9-11: a megabyte costs the
    // browser's own text layout seconds to minutes): cut, said at the note (R10-14, R11-11).
    if (input.value.length > NOTE_MAX) {
      input.value = clipText(input.value, NOTE_MAX);
      this.clip(item, input.value.length);
    }
    // The notes are read together in list order: a card number split across two notes is found too. Only the
    // card number (to its last four digits) or the code is replaced; the rest of the note is kept. A card's first
    // 12 digits or more, its rest not typed yet, are not kept either (as the call form does with a field left so).
    const notes = type.items.map((i) => (i === item ? input.value.trim() : (this.state(type, i).note ?? '')));
    const safe = redactFields(notes, { startedCards: true });
    const own = safe[type.items.indexOf(item)];
    input.value = own.text;
    type.items.forEach((i, k) => {
      if (i !== item && safe[k].text !== notes[k]) this.save(type, i, { note: safe[k].text || undefined });
    });
    // A masked card number shortens the note: deleting from there on still counts from its new length.
    if (this.clipped?.[0] === item) this.clipped = [item, Math.min(this.clipped[1], input.value.length)];
    const warning = [own.cards && this.t('masked'), own.secrets && this.t('refused')].filter(Boolean).join(' ');
    this.warning = warning ? [item, warning] : undefined;
    if (warning) this.announcer.announce(warning);
    if (own.text !== (this.state(type, item).note ?? '')) this.save(type, item, { note: own.text || undefined });
  }

  /** The user's answer to "How did you pay?", "Goods or a service?" or a date: saved, and the deadline follows. */
  private async answer(patch: { paidWith?: DisputeRegime; purchase?: Purchase; field?: DateField; value?: string }): Promise<void> {
    const before = this.spoken();
    if (patch.paidWith) this.paidWith = patch.paidWith;
    if (patch.purchase) this.purchase = patch.purchase;
    if (patch.field) {
      const { [patch.field]: _old, ...rest } = this.entered;
      // An empty or incomplete date field clears the date: the deadline never counts from a guess.
      this.entered = parseDate(patch.value) === parseDate(patch.value) ? { ...rest, [patch.field]: patch.value } : rest;
    }
    this.persist();
    await this.updateComplete;
    // The deadline box above the questions can appear or grow with the answer and push the control the user is on
    // out of the window (c23-2): it is scrolled back into view, with its label (WCAG 2.2 2.4.7, 2.4.11).
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    (focused?.closest('label') ?? focused)?.scrollIntoView(dict<ScrollIntoViewOptions>({ block: 'nearest', inline: 'nearest' }));
    // The deadline box is far above the question: its new text is read out, once, with the new rule's reason.
    const after = this.spoken(patch.field);
    const reason = after.rule !== before.rule ? this.why(false)[0] : undefined;
    if (after.text !== before.text || reason) this.announcer.announce([after.text, reason].filter(Boolean).join(' '));
  }

  /** Shows the picker. The button goes away, so focus moves to the chosen type. */
  private async change(): Promise<void> {
    this.picking = true;
    this.previous = this.chosen;
    await this.focusFirst('[name=type]:checked', '[name=type]');
  }

  /** Closes the picker without a new choice (Cancel or Escape): the type before it opened, and focus back on "Change type". */
  private async cancel(): Promise<void> {
    if (this.chosen !== this.previous) {
      this.chosen = this.previous;
      this.persist();
    }
    this.picking = false;
    await this.focusFirst('.change');
  }

  /**
   * Erases the saved progress and answers: the element is as the merchant set it. Undo takes Forget's place and
   * focus, as on the call form, until the next change (DraftController keeps what it brings back in memory only).
   */
  private async forget(): Promise<void> {
    this.draft.forget();
    this.restore(undefined);
    this.warning = this.clipped = undefined;
    this.picking = false;
    this.announcer.announce(this.t('forgotten'));
    await this.focusFirst(FORGET_OR_UNDO);
  }

  /** Brings back and saves what Forget erased; Forget takes Undo's place and focus. */
  private async undo(): Promise<void> {
    this.restore(this.draft.undo());
    this.persist();
    this.announcer.announce(this.t('restored'));
    await this.focusFirst(FORGET_OR_UNDO);
  }

  /** Focuses the first element matching the first selector that matches one. */
  private async focusFirst(...selectors: string[]): Promise<void> {
    await this.updateComplete;
    for (const selector of selectors) {
      const el = this.renderRoot.querySelector<HTMLElement>(selector);
      if (el) return el.focus();
    }
  }

  private async export(format: DisputeExportFormat): Promise<void> {
    const text = this.exportText();
    const name = (ext: string): string => fileName('dispute-checklist', ext, new Date(clock(this.now)));
    if (format === 'copy') this.announcer.announce(this.t((await copyText(text)) ? 'copied' : 'copyFail'));
    else if (format === 'print') printText(this.t('label'), text, this.locale, this.direction);
    else if (format === 'text') downloadFile(name('txt'), text);
    else downloadFile(name('json'), stringify(this.exportJson(), 2), 'application/json');
    this.dispatchEvent(new SupportDisputeExportEvent({ format }));
  }

  /** The plain-text summary of the current type, as copied, printed and saved as `.txt`; empty before a type is chosen. */
  exportText(): string {
    const type = this.active;
    if (!type) return '';
    const n = this.count(type);
    const lines = [this.t('label'), this.t('type', { type: this.typeLabel(type) }), ...this.facts(), ...(this.deadlineLines()?.lines ?? []), ...this.why()];
    if (this.regimeInForce === 'us-credit') lines.push(this.t('written'));
    lines.push(this.t('req', { n: n.required.ready, total: n.required.total }));
    if (n.recommended.total) lines.push(this.t('rec', { n: n.recommended.ready, total: n.recommended.total }));
    for (const required of [true, false]) {
      const items = this.items(type).filter((i) => !!i.required === required);
      if (items.length) lines.push('', this.t(required ? 'required' : 'recommended'));
      for (const item of items) {
        const s = this.state(type, item);
        const label = this.itemLabel(item);
        lines.push(`[${s.checked ? 'x' : ' '}] ${s.note ? this.t('pair', { label, value: redact(s.note).text }) : label}`);
      }
    }
    return lines.join('\n');
  }

  /** The structured summary of the current type, as saved as `.json`; undefined before a type is chosen. */
  exportJson(): DisputeSummary | undefined {
    const type = this.active;
    if (!type) return undefined;
    const n = this.count(type);
    const d = this.deadlineLines();
    const regime = this.regimeInForce;
    const deadline = this.result?.deadline;
    const { amount, currency, merchant } = this.charge;
    const dates = Object.entries(this.dates).map(([f, ms]) => [`${f}-date`, iso(ms)]);
    return {
      type: type.id,
      label: this.typeLabel(type),
      transactionDate: d && this.dates.transaction !== undefined ? iso(this.dates.transaction) : undefined,
      deadline: d?.iso,
      daysLeft: d?.left,
      ...(regime ? { regime } : {}),
      ...(deadline && regime !== 'custom' ? { rule: deadline.rule } : {}),
      ...(deadline?.earliest ? { earliest: deadline.earliest } : {}),
      ...(merchant ? { merchantName: merchant } : {}),
      ...(amount !== undefined ? { amount } : {}),
      ...(currency ? { currency } : {}),
      ...(dates.length && regime !== 'custom' ? { dates: Object.fromEntries(dates) as Record<string, string> } : {}),
      ready: ready(n),
      ...n,
      items: this.items(type).map((i) => ({
        id: i.id,
        label: this.itemLabel(i),
        required: !!i.required,
        checked: this.state(type, i).checked,
        note: redact(this.state(type, i).note ?? '').text,
      })),
    };
  }

  /** "How did you pay?", "Goods or a service?" and the date fields, for what the merchant did not fix. */
  private renderQuestions(type: ShownType) {
    const regime = this.regimeInForce;
    const fields = datesFor(regime, builtIn(type.id)).filter((f) => this.given[f] === undefined);
    const twoKinds = type.items.some((i) => i.only);
    const why = this.why(false);
    return html`${
      this.fixedRegime
        ? nothing
        : html`<fieldset part="regimes">
          <legend>${this.t('how')}</legend>
          ${this.options.map(
            (o) =>
              html`<label class="opt"
                ><input type="radio" name="regime" ?checked=${o.id === regime} ${checked(o.id === regime)} @change=${() => this.answer({ paidWith: o.id })} />${o.label ? isolate(o.label) : this.t(`k-${o.id}`)}</label
              >`,
          )}
        </fieldset>`
    }
    ${
      twoKinds
        ? html`<fieldset>
          <legend>${this.t('what')}</legend>
          ${(['goods', 'service'] as const).map(
            (w) =>
              html`<label class="opt"><input type="radio" name="what" ?checked=${(this.purchase ?? 'goods') === w} ${checked((this.purchase ?? 'goods') === w)} @change=${() => this.answer({ purchase: w })} />${this.t(w === 'goods' ? 'what-g' : 'what-s')}</label>`,
          )}
        </fieldset>`
        : nothing
    }
    ${
      regime && fields.length
        ? html`<fieldset part="dates">
          <legend>${this.t('dates')}</legend>
          ${fields.map(
            (f) =>
              html`<label class="date"
                >${this.t(`d-${f}`)}
                <input
                  type="date"
                  .value=${(own(this.entered, f) as string | undefined) ?? ''}
                  aria-required=${this.result?.needs?.[0] === f ? 'true' : 'false'}
                  min="${MIN_YEAR}-01-01"
                  max="${MAX_YEAR}-12-31"
                  aria-invalid=${this.isFuture(f) ? 'true' : 'false'}
                  aria-describedby=${[this.isFuture(f) ? `future-${f}` : '', this.result?.needs?.[0] === f && this.needs() ? 'due' : '', why.length ? 'why' : ''].join(' ').trim() || nothing}
                  @change=${(e: Event) => this.answer({ field: f, value: (e.target as HTMLInputElement).value })}
              /></label>${this.isFuture(f) ? html`<span class="field-error" id="future-${f}">${this.t('future')}</span>` : nothing}`,
          )}
        </fieldset>`
        : nothing
    }
    ${why.length ? html`<p class="hint why" id="why">${why.map((l) => html`<span>${l}</span>`)}</p>` : nothing}`;
  }

  override render() {
    const type = this.active;
    const d = this.deadlineLines();
    const n = type && this.count(type);
    const fixed = !!find(this.list, this.typeId);
    const picker = !fixed || this.picking;
    const facts = this.facts(true);
    // Forget, then Undo in its place: each named for what it acts on (other elements on the page have a Forget too).
    const link = (key: 'forget' | 'undo', click: () => unknown) =>
      html`<button part="button" class="link" aria-label=${this.nameFor(this.t(key), `${key}Name`)} @click=${click}>${this.t(key)}</button>`;
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${
        d
          ? html`<ul part="deadline" class="deadline ${d.state}" role="list">${d.lines.map((l) => html`<li><span>${l}</span></li>`)}</ul>`
          : type && this.needs()
            ? html`<p part="deadline" class="deadline" id="due">${this.needs()}</p>`
            : nothing
      }
      ${facts.length ? html`<ul part="charge" class="hint facts" role="list">${facts.map((l) => html`<li><span>${l}</span></li>`)}</ul>` : nothing}
      ${
        picker
          ? html`<fieldset part="picker" @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && fixed && (e.preventDefault(), this.cancel())}>
            <legend>${this.t('pick')}</legend>
            ${this.list.map(
              (t) =>
                html`<label class="opt"
                  ><input
                    type="radio"
                    name="type"
                    ?checked=${t === type}
                    ${checked(t === type)}
                    @change=${() => {
                      this.chosen = t.id;
                      this.save(t);
                    }}
                  />${this.shownLabel(t)}</label
                >`,
            )}
            ${fixed ? html`<button part="button" class="cancel" @click=${this.cancel}>${this.t('cancel')}</button>` : nothing}
          </fieldset>`
          : nothing
      }
      ${
        type && n
          ? html`<div class="head">
              <div part="heading" class="heading" role="heading" aria-level=${headingLevel(this.headingLevel, 3)}>${this.shownLabel(type)}</div>
              ${picker ? nothing : html`<button part="button" class="change" @click=${this.change}>${this.t('change')}</button>`}
            </div>
            ${
              own(type, 'description') || (type.id === 'unrecognized' && !type.label)
                ? html`<p class="hint">${own(type, 'description') ? isolate(type.description!) : this.t('dsc-unrecognized')}</p>`
                : nothing
            }
            ${this.renderQuestions(type)}
            <div part="progress" class="progress">
              <span id="req">${this.t('req', { n: n.required.ready, total: n.required.total })}</span>
              <progress aria-labelledby="req" max=${n.required.total} .value=${n.required.ready} aria-valuemin="0" aria-valuemax=${n.required.total} aria-valuenow=${n.required.ready}></progress>
              ${n.recommended.total ? html`<span class="hint">${this.t('rec', { n: n.recommended.ready, total: n.recommended.total })}</span>` : nothing}
            </div>
            ${
              ready(n)
                ? html`<p part="ready" class="ready">
                  <span>${this.t('ready')}</span>${this.regimeInForce === 'us-credit' ? html` <span>${this.t('written')}</span>` : nothing}
                </p>`
                : nothing
            }
            <ul part="list">
              ${this.items(type).map((item, i) => {
                const s = this.state(type, item);
                const label = this.itemLabel(item);
                const reason = (own(item, 'reason') as string | undefined) ?? (item.label === undefined ? this.t(`r-${item.id}`) : undefined);
                const warned = [this.warning?.[0] === item && this.warning[1], this.clipped?.[0] === item && this.t('long')].filter(Boolean).join(' ');
                return html`<li part="item" class=${s.checked ? 'done' : ''}>
                  <label class="check"
                    ><input type="checkbox" ?checked=${s.checked} ${checked(s.checked)} aria-describedby=${reason ? `r${i}` : nothing} @change=${(e: Event) => this.check(type, item, e)} /><span
                      >${item.label ? isolate(label) : label} <small class="hint">${this.t(item.required ? 'required' : 'recommended')}</small></span
                    ></label
                  >
                  ${reason ? html`<p class="hint" id="r${i}">${own(item, 'reason') ? isolate(reason) : reason}</p>` : nothing}
                  <label class="note hint"
                    >${this.t('note')}
                    <input
                      part="note"
                      .value=${s.note ?? ''}
                      aria-label=${this.t('noteFor', { item: label })}
                      aria-describedby=${warned ? `w${i}` : nothing}
                      placeholder=${this.t('noteHint')}
                      maxlength=${NOTE_MAX}
                      autocomplete="off"
                      @beforeinput=${(e: Event) => this.full(item, e)}
                      @paste=${(e: Event) => this.inserts(e)}
                      @input=${(e: Event) => this.edited(item, e)}
                      @change=${(e: Event) => this.note(type, item, e)}
                  /></label>
                  ${warned ? html`<p class="warn" id="w${i}">${warned}</p>` : nothing}
                </li>`;
              })}
            </ul>
            ${type.id === 'unrecognized' ? html`<button part="button" @click=${() => this.notMine()}>${this.t('notMine')}</button>` : nothing}
            <div part="actions" class="actions" role="group" aria-label=${this.t('exp')}>
              ${(['copy', 'print', 'text', 'json'] as const).map(
                (f) => html`<button part="button" aria-label=${this.nameFor(this.t(f), 'exportName')} @click=${() => this.export(f)}>${this.t(f)}</button>`,
              )}
            </div>`
          : nothing
      }
      ${
        this.draft.forgotten
          ? html`<p part="storage" class="hint">${this.t('forgotten')} ${link('undo', this.undo)}</p>`
          : this.draft.status
            ? html`<p part="storage" class="hint">${this.t(STATUS[this.draft.status])} · ${link('forget', this.forget)}</p>`
            : nothing
      }
      ${this.announcer.render()}
    </div>`;
  }

  /** Nobody recognises the charge: on to the fraud path, with focus on its first item. */
  private async notMine(): Promise<void> {
    const fraud = find(this.list, 'unauthorized');
    if (!fraud) return;
    this.chosen = fraud.id;
    this.save(fraud);
    await this.focusFirst('input[type=checkbox]');
  }
}

/** The merchant's text, isolated from the direction of the text around it (see shownLabel). */
const isolate = (text: string) => html`<bdi>${text}</bdi>`;

/** Every required item is checked. */
function ready(n: Counts): boolean {
  return n.required.ready === n.required.total;
}

/** A type's id for the deadline rules: merchant types count as `other`. */
function builtIn(id: string): string {
  return BUILT_IN_IDS.includes(id) ? id : 'other';
}

function find(list: ShownType[], id?: string): ShownType | undefined {
  return list.find((t) => t.id === id);
}
