import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SupportElement } from '../../internal/base.js';
import { checked } from '../../internal/checked.js';
import { dict } from '../../internal/dict.js';
import { referenceId, send } from '../../internal/send.js';
import { baseStyles } from '../../internal/styles.js';
import { clipText, expected, headingLevel, isRecord, own, parseJson, readOr, reportUnknownKeys, stringify } from '../../internal/config.js';
import { copyText, downloadFile, fileName, printText } from '../../internal/export.js';
import { isSensitive, namesSecret, redact, redactFields, type Redacted } from '../../internal/sensitive.js';
import { stripBidi, unseen } from '../../internal/bidi.js';
import { asciiDigit } from '../../internal/digits.js';
import { sendableUrl } from '../../internal/safe-url.js';
import { DraftController } from '../../internal/draft.js';
import { languageFor, lookup, type Language } from '../../internal/locale.js';
import { namespace } from '../../internal/storage.js';
import { clock, toInstant, userZone, utcOffset, validZone, wall } from '../../internal/time.js';
import { urlPrefill } from '../../internal/url-prefill.js';
import { SupportCallPrepChangeEvent, SupportCallPrepPreparedEvent, SupportCallPrepSubmitEvent, type CallPrepData } from '../../events/call-prep.js';
import { callPrep as en } from './call-prep.en.js';
import {
  FIELDS,
  NOTES,
  READY,
  TOPICS,
  builtInField,
  builtInTopic,
  isKey,
  parseFields,
  parseTopics,
  type BuiltInTopic,
  type CallPrepField,
  type CallPrepTopic,
  type BuiltKey,
} from './call-prep.fields.js';
import { styles } from './call-prep.styles.js';

type Key = keyof typeof en;
type Row = [string, string];
/** The record id of the draft (`support-widgets@2:call-prep:<storage-key>:draft`). */
const DRAFT = 'draft';
const CURRENCY: Record<string, string> = { CN: 'CNY', GB: 'GBP', JP: 'JPY', HK: 'HKD', CA: 'CAD', AU: 'AUD', SG: 'SGD' };
// An amount as the number input gives it: digits, at most 3 decimals (ISO 4217 minor units: 0 to 3 for every
// circulating currency), below a billion. No exponent: `41111111111111110e-1` is not an amount but a card number.
const AMOUNT = /^0*(?:[1-9][0-9]{0,8}|0)(?:\.[0-9]{1,3})?$/;
/**
 * The most a typed text field keeps, in UTF-16 code units (its `maxlength`; a longer value set by a script is cut
 * to it). A call is prepared in a few paragraphs; a megabyte pasted into a text box costs the browser's own text
 * layout tens of seconds in Chromium for Chinese text (issue 13, R9-11: 1 MB of `验证码1` hung the page for
 * minutes, a bare `<textarea>` as long); 10,000 characters lay out in a small fraction of a second.
 */
const TEXT_MAX = 10_000;
/** The old `ready_<topic>` overrides already warned about: once per page each. */
const warnedReady = new Set<string>();
const EURO = /^(AT|BE|CY|DE|EE|ES|FI|FR|GR|HR|IE|IT|LT|LU|LV|MT|NL|PT|SI|SK)$/;
/**
 * A text value from the page URL: an ID, never a sentence. Anyone can send a link to the merchant's own page, and
 * "SUSPENDED - call +1 900 666 0000" in the transaction field reads as the merchant's word (round 7, R7-10).
 */
const LINK_ID = /^[\p{L}\p{N}][\p{L}\p{N}._:#/@-]{0,63}$/u;
/** The page URL's query parameters read with `prefill-from-url`, by the data key they fill. */
const URL_KEYS: Record<string, string> = {
  topic: 'call-topic',
  account: 'call-account',
  txn: 'call-txn',
  when: 'call-when',
  whenZone: 'call-zone',
  amount: 'call-amount',
  amountCurrency: 'call-currency',
  card4: 'call-card4',
  decline: 'call-code',
};
/** A field's text with every digit script and form (full-width, Arabic-Indic, circled) as ASCII digits, spaces removed. */
const digits = (v: string): string =>
  v
    .normalize('NFKC')
    .replace(/\p{Nd}/gu, asciiDigit)
    .replace(/\s/g, '');

/**
 * The instant of the wall time `local` (`2026-12-03T14:05`) in `zone`, by the zone's rules on that date (IANA tz
 * database, https://www.iana.org/time-zones: DST included); NaN for an invalid time.
 */
function zoned(local: string, zone: string): number {
  const w = wallTime(local);
  return isNaN(w) ? w : toInstant(zone, w);
}

/**
 * A wall time (`2026-12-03T14:05`, seconds allowed) or date (`2026-12-03`) as the UTC timestamp of the same
 * fields, when it names a real calendar day and time; else NaN. HTML's valid date and time strings
 * (https://html.spec.whatwg.org/multipage/common-microsyntaxes.html#dates-and-times): year above 0, the
 * month's own number of days, hours 00-23. `Date.parse` alone takes `2026-02-30` (as March 2) and `24:00`.
 */
function wallTime(v: string): number {
  const m = /^(\d{4,})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d)(?::(\d\d)(?:\.\d{1,3})?)?)?$/.exec(v);
  if (!m) return NaN;
  const [y, mo, d, h = 0, mi = 0, sec = 0] = m.slice(1).map((x) => +(x ?? 0));
  const t = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0-99 as 1900-1999.
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, sec);
  return y > 0 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && sec < 60 ? +t : NaN;
}

/**
 * The browser, its operating system and the app's version, for "Add my device details": User-Agent Client
 * Hints' low-entropy brands and platform where the browser has them (https://wicg.github.io/ua-client-hints/),
 * else the User-Agent string's product tokens. Nothing else is read (no fingerprinting).
 */
function device(): [string, string] {
  const ua = navigator.userAgent;
  const hints = (navigator as { userAgentData?: { brands: { brand: string; version: string }[]; platform: string } }).userAgentData;
  const brand = hints?.brands.find((b) => !/not.a.brand|^chromium$/i.test(b.brand)) ?? hints?.brands.find((b) => /chromium/i.test(b.brand));
  const find = (list: [string, RegExp][]): string => {
    for (const [name, re] of list) {
      const m = re.exec(ua);
      if (m) return `${name} ${m[1] ?? ''}`.trim();
    }
    return '';
  };
  return [
    brand
      ? `${brand.brand} ${brand.version}`
      : find([
          ['Edge', /Edg\w*\/(\d+)/],
          ['Opera', /OPR\/(\d+)/],
          ['Samsung Internet', /SamsungBrowser\/(\d+)/],
          ['Firefox', /(?:Firefox|FxiOS)\/(\d+)/],
          ['Chrome', /(?:Chrome|CriOS)\/(\d+)/],
          ['Safari', /Version\/(\d+).*Safari/],
        ]),
    hints?.platform ||
      find([
        ['Windows', /Windows NT()/],
        ['Android', /Android (\d+)/],
        ['iOS', /(?:iPhone|iPad|iPod).*? OS (\d+)/],
        ['macOS', /Mac OS X()/],
        ['ChromeOS', /CrOS()/],
        ['Linux', /Linux()/],
      ]),
  ];
}

/**
 * The space before the "(optional)" marker: none before a full-width bracket or other CJK punctuation, which
 * carries its own spacing ("交易编号（选填）"); a space otherwise ("Transaction ID (optional)", Arabic too).
 */
const gap = (marker: string): string => (/^[\u3000-\u303f\uff00-\uffef]/.test(marker) ? '' : ' ');

/** The usable fields of a saved draft: strings and lists of strings. */
function draft(data: unknown): CallPrepData {
  // fromEntries defines own properties: a saved `__proto__` key never becomes the values' prototype.
  const ok = ([, v]: [string, unknown]): boolean => typeof v === 'string' || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
  return Object.fromEntries(Object.entries(isRecord(data) ? data : {}).filter(ok)) as CallPrepData;
}

/**
 * The status line's one button, Forget or Undo in its place: focus stays on it as they swap, and moves to it when
 * another tab forgets (DraftOptions.undo).
 */
const FORGET_OR_UNDO = '.saved button';

/**
 * A form that gets a caller ready for a support call: the facts an agent asks for, a printable summary, and
 * notes taken during the call. The draft stays on the device; nothing is sent unless `endpoint` is set.
 *
 * @summary Call preparation form with validation, a copy/print/download summary and a self-saving draft.
 * @slot hotline - Shown beside the summary, for a `<support-hotline>`.
 * @slot dispute - Shown under the topic while the topic is `dispute`: for example a link to your dispute checklist.
 * @csspart base - The component's wrapper.
 * @csspart note - The "we never ask for…" safety note.
 * @csspart errors - The list of problems after a failed submit.
 * @csspart field - Each field's wrapper (label, hint, control, messages).
 * @csspart submit - The "Prepare my call" button.
 * @csspart summary - The summary card.
 * @csspart notes - The "After the call" fieldset.
 * @cssproperty --support-color-accent - Buttons and links.
 * @cssproperty --support-color-danger - Errors and invalid fields.
 * @cssproperty --support-color-warning - Sensitive-data warnings.
 * @cssproperty --support-color-surface - Background; `--support-color-surface-alt` for the summary card.
 * @cssproperty --support-color-border - Input borders; `--support-color-divider` for card lines.
 * @cssproperty --support-radius - Corner radius.
 * @cssproperty --support-space - Spacing between fields.
 * @event {SupportCallPrepSubmitEvent} support-call-prep-submit - Valid data was submitted (`{ data }`, card numbers masked, secrets replaced). Cancelable: `preventDefault()` stops the POST to `endpoint`; the summary still shows.
 * @event {SupportCallPrepPreparedEvent} support-call-prep-prepared - A call was prepared (a valid submit), for analytics: `{ topic, prefilled }` (the topic id and the ids of fields still as the page prefilled them), never what the user typed.
 * @event {SupportCallPrepChangeEvent} support-call-prep-change - The user edited a field (`{ field, data }`). While a field's text may still become a card number or secret (`4111 1111 1111 111`, `my password hunter`), it is sent when the field is left.
 * @customElement support-call-prep
 */
export class SupportCallPrep extends SupportElement<'callPrep'> {
  static override styles = [baseStyles, styles];
  static override properties = {
    fields: { attribute: false },
    topics: { attribute: false },
    storageKey: { attribute: 'storage-key' },
    retentionDays: { attribute: 'retention-days', type: Number },
    noPersist: { attribute: 'no-persist', type: Boolean },
    endpoint: {},
    sendTimeout: { attribute: 'send-timeout', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    // The attribute is a query string (`txn=TX-42&amount=25.50`), read like the page URL's.
    prefillValues: { attribute: 'prefill', converter: (v: string | null) => Object.fromEntries(new URLSearchParams(v ?? '')) },
    prefillFromUrl: { attribute: 'prefill-from-url', type: Boolean },
    prefillReadonly: { attribute: 'prefill-readonly', type: Boolean },
    appVersion: { attribute: 'app-version' },
    now: { attribute: false },
    // `attribute: false` is implied by `state` for Lit, not for the manifest analyzer (it would list attributes).
    values: { state: true, attribute: false },
    prepared: { state: true, attribute: false },
    sending: { state: true, attribute: false },
    zones: { state: true, attribute: false },
  };
  protected static override section = 'callPrep' as const;
  protected static override english = en;

  /** The form's fields in order: ids of built-in fields, or objects (`{ id, type, label, hint, required, topics, options }`). */
  fields?: Array<string | Partial<CallPrepField>> = undefined;
  /** The topics offered: built-in ids (`account`, `payment`, `security`, `dispute`, `methods`, `other`) or `{ id, label }`. */
  topics?: Array<string | CallPrepTopic> = undefined;
  /** Namespace of the saved draft, e.g. your shop's name; not empty (an empty one is an error: nothing is saved on the device). */
  storageKey?: string = undefined;
  /** Days a saved draft is kept. */
  retentionDays = 7;
  /** Never save the draft on the device. */
  noPersist = false;
  /**
   * URL that valid data is POSTed to as JSON: same-origin or `https:` only (anything else is refused and
   * nothing is sent); redirects are not followed. Without it nothing leaves the device.
   */
  endpoint = '';
  /** Milliseconds to wait for `endpoint` to answer (the whole reply) before the send fails with Retry; default 15,000. */
  sendTimeout = 15000;
  /** Level of the form's heading; the summary's is one lower, its subheadings two lower. */
  headingLevel = 3;
  /**
   * Values from your page by data key (`{ txn: 'TX-42', amount: '25.50', amountCurrency: 'EUR' }`); the `prefill`
   * attribute takes them as a query string (`txn=TX-42&amount=25.50`). They fill only empty fields; bad values are refused.
   */
  prefillValues?: Record<string, string> = undefined;
  /** Also fill empty fields from the page URL's `call-*` query parameters (`?call-txn=TX-42`). */
  prefillFromUrl = false;
  /** Prefilled fields are read-only while they hold the prefilled value (focusable and announced as read-only). */
  prefillReadonly = false;
  /** Your app's version, added by "Add my device details". */
  appVersion = '';
  /** The current time, for tests and demos; the real clock when unset. */
  now?: Date = undefined;

  private values: CallPrepData = {};
  private prepared = false;
  private sending: '' | 'sending' | 'sent' | 'failed' = '';
  private reason = '';
  /** The last submission's JSON, exactly as its submit event carried it: what Retry sends again. */
  private body = '';
  private submitted = false;
  private touched = new Set<string>();
  private errs: CallPrepField[] = [];
  private specs = FIELDS;
  private topicList = parseTopics(undefined, this.reportError);
  /** The values, saved on the device as shared (card numbers masked, secrets replaced). */
  private draft = new DraftController<CallPrepData>(this, {
    kind: 'call-prep',
    apart: 'storage-key',
    decode: draft,
    // A codec of the values it is given (what is kept is derived from them): what is saved is what is shared,
    // never the text as typed.
    encode: (values) => {
      const data = this.kept(values);
      return Object.keys(data).length ? data : undefined;
    },
    current: () => this.values,
    receive: (values, typing) => this.receive(values, typing),
    days: () => this.retentionDays,
    defaultDays: 7,
    report: this.reportError,
    // The draft's states are named as their strings (`saved`, `visit`, `synced`): tsc checks each is one.
    say: (status) => this.announcer.announce(this.msg(status)),
    undo: FORGET_OR_UNDO,
    now: () => this.time(),
    off: () => this.noPersist,
    // Hidden or closed mid-word: the field counts as left, its text judged as it is.
    leave: () => this.release(),
  });
  /** The values last scanned for card numbers and secrets, and what was found. */
  private scanned?: [CallPrepData, Map<string, Redacted>];
  /** The warnings last announced, by field. */
  private warned = new Map<string, string>();
  /**
   * Fields being typed in whose text may still become a card number or secret, with their last safe text:
   * that is what is saved and emitted until the field is left or the form submitted.
   */
  private held = new Map<string, string>();
  /**
   * The fields given more input in the task now running, read once when it ends (R10-12). Chromium inserts a
   * multi-line text (an IME commit, dictation, a text expander, Playwright's insertText) line by line, one input
   * event each, in one task: a 10,000-character bank statement was ~490 events, each scanning the whole text, 22 s.
   */
  private pending?: Set<HTMLInputElement>;
  /** The digits of card numbers found in this form, in memory only: what is left of one after an edit is masked. */
  private cards = new Set<string>();
  /** Values the page prefilled, by data key: not saved with the draft while unchanged (the page gives them again). */
  private pre = new Map<string, string>();
  /**
   * The text fields filled from the page URL: anyone can send a link, so they are never read-only (R7-10). A choice
   * among the merchant's options, a date, an amount or a card's last four from a link can be.
   */
  private linked = new Set<string>();
  /** Whether the time zone select lists every zone: from its first focus on (about 400 options cost every render). */
  private zones = false;
  /**
   * Hydrating server HTML: the time zone lists it was rendered with, by select id. The server's own zone is in
   * them, not the visitor's, and a list of another length does not hydrate (Lit: "unexpected longer than
   * expected iterable"): the first render keeps the server's lists, the next one (at once) is the visitor's.
   */
  private serverZones?: Map<string, string[]>;
  /** The case or ticket ID the endpoint returned for the last send. */
  private caseId = '';
  /** The language the old lists to have ready were last looked for in (see willUpdate). */
  private oldFrom?: Language = undefined;

  /**
   * Another tab saved or forgot the draft (the newer save won). The field being typed in keeps its text, saved
   * when it is left; a forgotten draft can be brought back with Undo.
   */
  private receive(values: CallPrepData | undefined, typing: Element | null): void {
    if (!values) {
      this.values = {};
      this.prepared = false;
      this.announcer.announce(this.msg('forgotten'));
      return;
    }
    const name = typing?.getAttribute('name');
    if (name && Object.hasOwn(this.values, name) && stringify(this.value(name)) !== stringify(own(values, name))) values[name] = this.value(name)!;
    this.values = values;
    this.announcer.announce(this.msg('synced'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The language asked for: a language not shipped and registered in part declares English (this.locale).
    const language = languageFor(this.localeController.wanted, 'callPrep');
    // An old list is warned about once per page, where it comes in: `strings` set, a language registered or loaded.
    if (changed.has('strings') || language !== this.oldFrom) {
      this.oldFrom = language;
      for (const topic of TOPICS) {
        const old = `ready_${topic}` as const;
        if (this.oldReady(topic, language) && !warnedReady.has(old)) {
          console.warn(`<support-call-prep>: "${old}" is read in this release only: use ${READY[topic].join(', ')} (docs/call-prep.md).`);
          warnedReady.add(old);
        }
      }
    }
    const served = this.hasUpdated ? [] : [...(this.shadowRoot?.querySelectorAll<HTMLSelectElement>('select[id$="-z"]') ?? [])];
    if (served.length) {
      this.serverZones = new Map(served.map((z) => [z.id, [...z.options].map((o) => o.value)]));
      void this.updateComplete.then(async () => {
        this.serverZones = undefined;
        this.requestUpdate();
        await this.updateComplete;
        // The server's option nodes are reused and keep its `selected`: select the visitor's zone by value.
        for (const f of this.visible()) {
          const select = f.type === 'datetime' && this.renderRoot.querySelector<HTMLSelectElement>(`select#${f.id}-z`);
          if (select) select.value = this.zone(f);
        }
      });
    }
    // A list that throws when read (a revoked Proxy, a length getter that throws) gives the built-in ones.
    if (changed.has('fields'))
      this.specs =
        readOr(() => parseFields(this.fields, this.reportError), undefined, 'fields', this.reportError, 'the built-in fields are used') ??
        parseFields(undefined, this.reportError);
    if (changed.has('topics'))
      this.topicList =
        readOr(() => parseTopics(this.topics, this.reportError), undefined, 'topics', this.reportError, 'the built-in topics are used') ??
        parseTopics(undefined, this.reportError);
    if (changed.has('endpoint') && this.endpoint && !sendableUrl(this.endpoint)) {
      this.reportError('endpoint', expected('a same-origin or https: URL; nothing will be sent', this.endpoint));
    }
    // `no-persist` set after a saved draft was shown, before the user changed anything: the draft goes too (R13-10).
    const unsaved = changed.has('noPersist') && this.noPersist && this.draft.restoredOnly;
    if (!this.hasUpdated || changed.has('storageKey') || unsaved) this.values = this.draft.open(namespace(this.storageKey, this.reportError), DRAFT) ?? {};
    if (!this.hasUpdated || changed.has('storageKey') || unsaved || changed.has('prefillValues') || changed.has('prefillFromUrl')) {
      // What the user typed (the saved draft) wins: prefilled values fill only empty fields, or replace earlier prefilled ones.
      if (this.prefillFromUrl && !isServer) this.fill(urlPrefill(URL_KEYS), (k) => `?${URL_KEYS[k]}`, true);
      if (this.prefillValues !== undefined) {
        // A copy of the merchant's own keys first: one that throws when read fills nothing, rather than half.
        const given = readOr(() => (isRecord(this.prefillValues) ? { ...this.prefillValues } : this.prefillValues), undefined, 'prefill', this.reportError);
        if (given !== undefined) this.fill(given, (k) => `prefill.${k}`);
      }
    }
  }

  /**
   * Fills empty fields (and those still as prefilled) with the page's values, checked like typed ones: a value
   * that is not one of the field's, or holds a card number or secret, is refused with one error naming it
   * (`path(key)`), and never shown or kept.
   */
  private fill(given: unknown, path: (key: string) => string, linked = false): void {
    if (!isRecord(given)) return this.reportError('prefill', expected('an object of strings', given));
    const next = { ...this.values };
    for (const k of Object.keys(given)) {
      const raw = given[k];
      const f = this.specs.find((x) => [x.id, `${x.id}Currency`, `${x.id}Zone`].includes(k));
      let v = typeof raw === 'string' ? stripBidi(raw).trim() : '';
      if (f?.id === 'card4') v = digits(v);
      const ok = !f
        ? 'a field of the form'
        : k.endsWith('Currency')
          ? f.options!.includes(v) || `one of ${f.options!.join(', ')}`
          : k.endsWith('Zone')
            ? (f.type === 'datetime' && validZone(v)) || 'an IANA time zone'
            : f.type === 'select'
              ? (f.id === 'topic' ? this.topicList.map((t) => t.id) : f.options!).includes(v) || 'one of the options'
              : f.type === 'amount'
                ? (Number(v) > 0 && AMOUNT.test(v)) || 'an amount above 0'
                : f.type === 'datetime'
                  ? this.prefillWhen(f, v, given)
                  : f.type === 'date'
                    ? (/^\d{4}-\d\d-\d\d$/.test(v) && !isNaN(wallTime(v))) || 'a date (2026-12-03)'
                    : f.type === 'checks'
                      ? 'a text, choice, date or amount field'
                      : f.id === 'card4'
                        ? /^\d{4}$/.test(v) || 'the last 4 digits of a card'
                        : linked
                          ? LINK_ID.test(v) || 'an ID from a link: letters, digits and . _ : # / @ -, no spaces or +, at most 64'
                          : (v.length > 0 && v.length <= 200) || 'text of 1 to 200 characters';
      // A card number or secret is never echoed, not even in the console.
      if (typeof raw === 'string' && (isSensitive(raw) || namesSecret(k)))
        this.reportError(path(k), 'refused: it holds a card number or secret (not shown, not kept)');
      else if (ok !== true) this.reportError(path(k), expected(ok, raw));
      else if (!this.str(k) || this.str(k) === this.pre.get(k)) {
        next[k] = v;
        this.pre.set(k, v);
        if (linked && f!.type === 'text' && f!.id !== 'card4') this.linked.add(k);
        else this.linked.delete(k);
      }
    }
    this.values = next;
  }

  /**
   * A prefilled date and time checked as a typed one is (`check`): a real calendar day and time, not in the
   * future in the zone it will have (the zone given with it when that fills in, else the field's). True, or
   * what was expected.
   */
  private prefillWhen(f: CallPrepField, v: string, given: Record<string, unknown>): true | string {
    const format = 'a date and time (2026-12-03T14:05)';
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d$/.test(v) || isNaN(wallTime(v))) return format;
    const key = `${f.id}Zone`;
    const raw = given[key];
    const z = typeof raw === 'string' ? stripBidi(raw).trim() : '';
    const zone = validZone(z) && (!this.str(key) || this.str(key) === this.pre.get(key)) ? z : this.zone(f);
    return zoned(v, zone) <= this.time() || `${format} not in the future in ${zone}`;
  }

  /** Fills the form's empty fields with values from your page (see `prefillValues`); a field the user typed in keeps its text. */
  prefill(values: Record<string, string>): void {
    const given = readOr(
      () => {
        if (isRecord(values)) return { ...values };
        this.reportError('prefill', expected('an object of strings', values));
      },
      undefined,
      'prefill',
      this.reportError,
    );
    this.prefillValues = { ...this.prefillValues, ...given };
  }

  /**
   * Whether a field is read-only: prefilled, unchanged, and `prefill-readonly` set. Never while the field has a
   * problem (a date that has become future in another zone): the user must be able to fix what blocks the submit.
   */
  private locked(key: string): boolean {
    const f = this.specs.find((x) => x.id === key);
    return this.prefillReadonly && !this.linked.has(key) && this.pre.has(key) && this.pre.get(key) === this.value(key) && !(f && this.check(f));
  }

  /** What is saved of `values` as the draft: their clean values but those still as the page prefilled them. */
  private kept(values: CallPrepData): CallPrepData {
    const data = this.clean(values);
    for (const [k, v] of this.pre) if (own(values, k) === v) delete data[k];
    return data;
  }

  protected applyConfig(config: Record<string, unknown>): void {
    reportUnknownKeys(config, ['fields', 'topics', 'prefillValues'], 'config', this.reportError);
    if (Object.hasOwn(config, 'fields')) this.fields = config.fields as typeof this.fields;
    if (Object.hasOwn(config, 'topics')) this.topics = config.topics as typeof this.topics;
    if (Object.hasOwn(config, 'prefillValues')) this.prefillValues = config.prefillValues as typeof this.prefillValues;
  }

  private time(): number {
    return clock(this.now);
  }

  /** A string of the table by a key built from a built-in field's id, or `fallback` when the table has none (a hint, or an option no field lists). */
  private t(key: BuiltKey, fallback = ''): string {
    return isKey(key) ? this.msg(key) : fallback;
  }

  private label(f: CallPrepField): string {
    return f.label ?? (builtInField(f.id) ? this.msg(`${f.id}L`) : f.id);
  }

  /** An option's text: a custom topic's label, a built-in field's option string, else the value as is (a merchant's). */
  private option(f: CallPrepField, o: string): string {
    const { id } = f;
    return (id === 'topic' ? this.topicList.find((t) => t.id === o)?.label : undefined) ?? (builtInField(id) ? this.t(`${id}_${o}`, o) : o);
  }

  /** The user's value of a field: own properties only, so a polluted Object.prototype never fills in a field. */
  private value(key: string): string | string[] | undefined {
    return own(this.values, key) as string | string[] | undefined;
  }

  private str(key: string): string {
    const v = this.value(key);
    return typeof v === 'string' ? v : '';
  }

  /** The topic for built-in rules: custom topics and no choice yet count as `other`. */
  private topicKind(): BuiltInTopic {
    const t = this.str('topic');
    return builtInTopic(t) ? t : 'other';
  }

  /** Fields shown for the chosen topic. */
  private visible(): CallPrepField[] {
    const t = this.str('topic');
    return this.specs.filter((f) => !f.topics || f.topics.includes(t) || f.topics.includes(this.topicKind()));
  }

  private currency(f: CallPrepField): string {
    const chosen = this.value(`${f.id}Currency`);
    if (typeof chosen === 'string') return chosen;
    let region = '';
    try {
      region = new Intl.Locale(this.locale).maximize().region ?? '';
    } catch {
      // An invalid language tag: fall back to the first currency.
    }
    const code = EURO.test(region) ? 'EUR' : (CURRENCY[region] ?? 'USD');
    const options = f.options ?? [];
    return options.includes(code) ? code : (options[0] ?? '');
  }

  /** The time zone of a date-and-time field: the one chosen or prefilled, else the user's. */
  private zone(f: CallPrepField): string {
    const z = this.str(`${f.id}Zone`);
    return z && validZone(z) ? z : userZone();
  }

  /** The problem with a field's value, as a string key. */
  private check(f: CallPrepField): Key | undefined {
    const v = this.value(f.id);
    // Text no one can read (a pasted zero width space, U+2800, a Hangul filler) is no answer (R13-15).
    if (Array.isArray(v) ? !v.length : !v || unseen(v)) return f.required ? 'eRequired' : undefined;
    if (f.id === 'card4') return /^\d{4}$/.test(digits(v as string)) ? undefined : 'eCard4';
    if (f.type === 'datetime') {
      const d = zoned(v as string, this.zone(f));
      return isNaN(d) ? 'eDate' : d > this.time() ? 'eFuture' : undefined;
    }
    if (f.type === 'date') return isNaN(wallTime(v as string)) ? 'eDate' : undefined;
    if (f.type === 'amount')
      return !(Number(v) > 0) ? 'eAmount' : !AMOUNT.test((v as string).trim()) ? 'eAmountMax' : this.currency(f) ? undefined : 'eCurrency';
    return undefined;
  }

  /**
   * The text fields with card numbers and secrets replaced (`•••• 1111`, `••••••`), read together in the
   * form's order so that a card number split across two fields is found. Computed once per edit. Of `values`: the
   * form's, or those the draft's codec is given (a field being typed in keeps its last safe text in any).
   */
  private redacted(values = this.values): Map<string, Redacted> {
    if (this.scanned?.[0] !== values) {
      const order = [...new Set([...this.specs, ...NOTES].map((f) => f.id).concat(Object.keys(values)))];
      const keys = order.filter((k) => typeof own(values, k) === 'string');
      // One lookup table per scan, not a search per field: the scan stays linear in the number of fields.
      const specs = new Map([...this.specs, ...NOTES].map((f) => [f.id, f]));
      const spec = (k: string) => specs.get(k);
      const text = (k: string): string => {
        const v = this.held.get(k) ?? (own(values, k) as string);
        // Only an amount is kept in an amount field, only 4 digits in the last-4 field: anything else is not saved or sent.
        return k === 'card4' ? (/^\d{4}$/.test(digits(v)) ? digits(v) : '') : spec(k)?.type === 'amount' && !AMOUNT.test(v.trim()) ? '' : v;
      };
      // A card's first part left in a field (12 digits or more in its groups) is masked too: its rest may come later.
      // Cards found in values other than the form's are not remembered as typed in it.
      const out = redactFields(keys.map(text), { known: values === this.values ? this.cards : new Set(this.cards), startedCards: true });
      // A text field named as a secret ("PIN", "密码", "كلمة المرور") holds one, whatever it holds. A choice, an email
      // address, a phone number, a date or an amount never is one, whatever its label asks ("Did you receive the SMS
      // code?" Yes/No: R7-8, the answer went out as ••••••).
      const secret = (k: string): boolean =>
        /^(?:text|textarea)$/.test(spec(k)?.type ?? 'text') && (namesSecret(k) || (!!spec(k) && namesSecret(this.label(spec(k)!))));
      this.scanned = [values, new Map(keys.map((k, i) => [k, out[i].text.trim() && secret(k) ? { text: '••••••', cards: 0, secrets: 1 } : out[i]]))];
    }
    return this.scanned[1];
  }

  /** What of `values` (the form's, or the draft's) is safe to keep or share: card numbers masked, secrets replaced, the rest as typed. */
  private clean(values: CallPrepData, keys = Object.keys(values)): CallPrepData {
    const out: CallPrepData = {};
    const safe = this.redacted(values);
    for (const k of keys) {
      const v = own(values, k) as CallPrepData[string] | undefined;
      const c = Array.isArray(v) ? v : (safe.get(k)?.text.trim() ?? '');
      if (c.length) out[k] = c;
    }
    return out;
  }

  /** The warnings of a field: what of its text is not kept (a card number, a secret, what went past its limit). */
  private warnings(id: string): Key[] {
    const r = this.redacted().get(id);
    const v = this.value(id);
    return [
      ...(r?.cards ? ['wCard' as const] : []),
      ...(r?.secrets ? ['wSecret' as const] : []),
      // At the limit, or one unit short of it when `maxlength` left out a character of two units.
      ...(typeof v === 'string' && v.length >= TEXT_MAX - 1 ? ['wLong' as const] : []),
    ];
  }

  /** Tells screen readers, once per change, what of a field's text is not kept and why (WCAG 4.1.3). */
  private announceWarnings(): void {
    const said = this.warned;
    this.warned = new Map([...this.redacted().keys()].map((k) => [k, this.warnings(k).join()]));
    const news = [...this.warned].filter(([k, w]) => w && said.get(k) !== w);
    if (news.length) {
      const specs = new Map([...this.specs, ...NOTES].map((f) => [f.id, f]));
      const spec = (k: string) => specs.get(k);
      this.announcer.announce(
        news
          .map(([k]) =>
            this.pair(
              spec(k) ? this.label(spec(k)!) : k,
              this.warnings(k)
                .map((x) => this.msg(x))
                .join(' '),
            ),
          )
          .join(' '),
      );
    }
  }

  /** The data of the shown fields and the notes, as submitted and summarised. */
  private payload(): CallPrepData {
    const fields = [...this.visible(), ...NOTES];
    const out = this.clean(
      this.values,
      fields.map((f) => f.id),
    );
    for (const f of fields) {
      if (f.type === 'amount' && own(out, f.id)) out[`${f.id}Currency`] = this.currency(f);
      // The date and time as the user saw it, with its zone and that date's UTC offset: what an agent asks first.
      if (f.type === 'datetime' && own(out, f.id)) {
        out[`${f.id}Zone`] = this.zone(f);
        out[`${f.id}Offset`] = utcOffset(wallTime(out[f.id] as string), this.zone(f));
      }
    }
    return out;
  }

  private shown(f: CallPrepField, data: CallPrepData): string {
    const v = own(data, f.id) as string | string[];
    if (Array.isArray(v)) return v.map((o) => this.option(f, o)).join('; ');
    try {
      if (f.type === 'datetime' || f.type === 'date') {
        // The wall time's fields as they are, never through the viewer's zone (its DST gap would move 01:30 to 2:30):
        // a UTC timestamp of the fields, formatted in UTC.
        const shown = new Intl.DateTimeFormat(
          this.locale,
          dict<Intl.DateTimeFormatOptions>({ dateStyle: 'medium', timeStyle: f.type === 'date' ? undefined : 'short', timeZone: 'UTC' }),
        ).format(wallTime(v as string));
        return f.type === 'date' ? shown : `${shown} (${own(data, `${f.id}Offset`)})`;
      }
      // A masked amount (part of a card number split across fields) is shown as it is kept.
      if (f.type === 'amount' && isFinite(Number(v)))
        return new Intl.NumberFormat(
          this.locale,
          dict<Intl.NumberFormatOptions>({ style: 'currency', currency: own(data, `${f.id}Currency`) as string }),
        ).format(Number(v));
    } catch {
      // An invalid date or currency code: show what was typed.
    }
    return f.type === 'select' ? this.option(f, v) : v;
  }

  /** The summary's content: key facts in the order an agent asks, what to have ready, and the call notes. */
  private summary(): { facts: Row[]; ready: string[]; notes: Row[] } {
    const data = this.payload();
    const rows = (fields: CallPrepField[]): Row[] => fields.filter((f) => own(data, f.id)).map((f) => [this.label(f), this.shown(f, data)]);
    return { facts: rows(this.visible()), ready: this.readyList(), notes: rows(NOTES) };
  }

  /**
   * Until 0.2 a topic's list to have ready was one string, `ready_<topic>`, its items separated by `|`: a
   * merchant's (`strings`, else a registered language's; built-in files no longer have it) is still read for this
   * release only (docs/call-prep.md, "Renamed in 0.2"). Its items, or undefined when there is none.
   */
  private oldReady(topic: BuiltInTopic, language = languageFor(this.localeController.wanted, 'callPrep')): string[] | undefined {
    const old = `ready_${topic}` as const;
    const override = this.localeController.override(old);
    const text = typeof override === 'string' ? override : language && lookup(language, 'callPrep', old, en);
    return text === undefined ? text : stripBidi(text).split('|');
  }

  /** What to have ready for the topic, one string per item (`READY`), or the topic's old one-string list (see oldReady). */
  private readyList(): string[] {
    const topic = this.topicKind();
    return this.oldReady(topic) ?? READY[topic].map((key) => this.msg(key));
  }

  /**
   * `label: value` with the colon of the language's strings (`：` in Chinese and Japanese, ` :` in French); a label
   * that is a question ("Was ist passiert?") takes none, as no language writes `?:`.
   */
  private pair(label: string, value: string): string {
    return /[?？؟]$/.test(label) ? `${label} ${value}` : this.msg('pair', { label, value });
  }

  /** The summary as plain text, exactly what Copy, Print and Download produce. */
  summaryText(): string {
    const { facts, ready, notes } = this.summary();
    const lines = (rows: Row[]): string => rows.map(([k, v]) => this.pair(k, v)).join('\n');
    // Formatting may make a number of what was typed ("4,111,111,111,111,111"): the detector reads it last.
    return redact(
      `${lines(facts)}\n\n${this.pair(this.msg('ready'), '').trim()}\n${ready.map((r) => `- ${r}`).join('\n')}${notes.length ? `\n\n${this.pair(this.msg('notes'), '').trim()}\n${lines(notes)}` : ''}`,
    ).text;
  }

  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Focuses a field with its label in view (WCAG 3.3.1): the browser's own scroll on focus stops at the field,
   * leaving its label and the error summary above the viewport. The summary too when it fits with the field.
   */
  private focusField(id: string): void {
    const field = this.renderRoot.querySelector<HTMLElement>(`[data-f="${id}"]`);
    if (!field) return;
    field.focus(dict({ preventScroll: true }));
    const label = this.renderRoot.querySelector<HTMLElement>(`[id="${id}-l"]`) ?? field;
    const summary = this.renderRoot.querySelector<HTMLElement>('[part=errors]');
    const bottom = field.getBoundingClientRect().bottom;
    const top = summary && bottom - summary.getBoundingClientRect().top <= window.innerHeight ? summary : label;
    if (top.getBoundingClientRect().top >= 0 && bottom <= window.innerHeight) return;
    top.scrollIntoView(dict<ScrollIntoViewOptions>({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' }));
  }

  /** Whether an event comes from this element's own fields, not from slotted page content (a `data-f` of the page's). */
  private own(e: Event): boolean {
    return (e.target as Node).getRootNode() === this.renderRoot;
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    if (!el.dataset.f || !this.own(e)) return;
    // In a text box, the first input of a task is read at once; the browser's next ones in the same task wait
    // for its end, then the box is read once as it is (nothing is saved, sent or told from them before). Events a
    // script dispatches, and the other fields, are answered event by event, as before.
    const lines = e.isTrusted && el.localName === 'textarea';
    if (lines && this.pending) this.pending.add(el);
    else {
      if (lines) {
        this.pending = new Set();
        // The end of this task, not an instant: WakeController (internal/timer.ts) re-renders its host at a time
        // of its clock and holds off while the host is off the page; this reads the text typed, even then.
        setTimeout(() => this.flushInput());
      }
      this.takeInput(el);
    }
  }

  /** Reads the fields that had more input in the task that ended. */
  private flushInput(): void {
    const els = this.pending ?? new Set<HTMLInputElement>();
    this.pending = undefined;
    for (const el of els) this.takeInput(el);
  }

  /** Takes a field's text as typed: kept, held back while a card number or secret is half typed, saved, told. */
  private takeInput(el: HTMLInputElement): void {
    const field = el.dataset.f!;
    // What `maxlength` keeps when the text is typed or pasted, also when a script sets it.
    if (el.type !== 'checkbox' && el.value.length > TEXT_MAX) el.value = clipText(el.value, TEXT_MAX);
    const value =
      el.type === 'checkbox' ? [...this.renderRoot.querySelectorAll<HTMLInputElement>(`[name="${el.name}"]:checked`)].map((c) => c.value) : el.value;
    const before = this.value(el.name);
    this.values = { ...this.values, [el.name]: value };
    // Between keystrokes a half-typed card number or password is not one yet, but saving or emitting it
    // would give it away (15 digits give the 16th): the field's last safe text stands until it is left.
    // Read after the end of the field before it: a keyword there ("my password is") names what is typed here
    // (R7-13: the password went out key by key until it was whole).
    const order = this.visible().map((f) => f.id);
    let lead = '';
    for (let k = order.indexOf(el.name) - 1; k >= 0 && !lead; k--) {
      const v = this.value(order[k]);
      if (typeof v === 'string' && v.trim()) lead = `${v.slice(-64)}\n`;
    }
    const text = `${lead}${typeof value === 'string' ? value : ''}`;
    const partial = typeof value === 'string' && redact(text, { partialCards: true, partialSecrets: true }).text !== redact(text).text;
    if (!partial) this.held.delete(el.name);
    else if (!this.held.has(el.name)) this.held.set(el.name, typeof before === 'string' ? before : '');
    this.draft.save();
    this.announceWarnings();
    if (!partial) this.dispatchEvent(new SupportCallPrepChangeEvent({ field, data: this.payload() }));
  }

  // Errors show once a field the user filled in is left, or after a submit.
  private onBlur(e: FocusEvent): void {
    if (!this.own(e)) return;
    this.flushInput();
    const field = (e.target as HTMLElement).dataset?.f;
    // The field is left: what it holds now is judged as it is, saved and told.
    if (field && this.release(field)) this.dispatchEvent(new SupportCallPrepChangeEvent({ field, data: this.payload() }));
    if (field && Object.hasOwn(this.values, field) && !this.touched.has(field)) {
      this.touched.add(field);
      this.requestUpdate();
    }
  }

  /** Ends holding back a field's text (or every field's); true when one was held. */
  private release(field?: string): boolean {
    const had = field ? this.held.delete(field) : !!this.held.size;
    if (!field) this.held.clear();
    if (had) {
      this.scanned = undefined;
      this.draft.save();
      this.announceWarnings();
    }
    return had;
  }

  // Runs on the button's click, which it cancels, so no form submission starts: a sandboxed frame without
  // allow-forms blocks submissions before any submit event. Enter in a field clicks the button too.
  private async onSubmit(e: Event): Promise<void> {
    e.preventDefault();
    this.flushInput();
    this.release();
    this.submitted = true;
    this.errs = this.visible().filter((f) => this.check(f));
    this.prepared = !this.errs.length;
    this.requestUpdate();
    await this.updateComplete;
    const [first] = this.errs;
    if (first) {
      this.announcer.announce(
        // A fullwidth colon (Chinese, Japanese) carries its own space.
        `${this.msg('errors').replace(/(?<!：)$/, ' ')}${this.errs.map((f) => this.pair(this.label(f), this.msg(this.check(f)!))).reduce((first, next) => this.msg('then', { first, next }))}`,
      );
      this.focusField(first.id);
      return;
    }
    this.focusOn('#sum');
    const topic = this.str('topic');
    this.dispatchEvent(
      new SupportCallPrepPreparedEvent({
        topic: this.topicList.some((t) => t.id === topic) ? topic : '',
        prefilled: [...this.pre.keys()].filter((k) => this.value(k) === this.pre.get(k)),
      }),
    );
    this.caseId = '';
    // The body is fixed before the event: what a listener sees (or changes in its copy) is exactly what is sent.
    const body = stringify(this.payload());
    // dispatchEvent is false when a listener cancelled the event.
    if (!this.dispatchEvent(new SupportCallPrepSubmitEvent({ data: parseJson(body) as CallPrepData }))) return;
    this.body = body;
    if (this.endpoint) await this.send();
  }

  /** POSTs the last submission (Retry sends the same one again, whatever the form holds now). */
  private async send(): Promise<void> {
    const url = sendableUrl(this.endpoint);
    if (!url) {
      // Reported when `endpoint` was set; nothing leaves the device.
      this.sending = '';
      return;
    }
    this.sending = 'sending';
    const ms = this.sendTimeout;
    if (!(ms > 0 && ms < 2 ** 31)) this.reportError('send-timeout', expected('milliseconds above 0; 15000 is used', ms));
    // An endpoint that never answers must not leave "Sending…" for ever: the send fails with Retry, the draft kept.
    const { failure, status, reference, badJson } = await send(url, this.body, ms > 0 && ms < 2 ** 31 ? ms : 15000, 'caseId', 'x-case-id');
    // "Sent" only once the whole answer arrived, and a JSON answer parses: a reply cut off halfway is a failure.
    const reason = badJson ? this.msg('badReply') : failure === 'status' ? `HTTP ${status}` : failure ? this.msg(failure) : '';
    if (!reason) this.takeCase(reference);
    this.reason = reason;
    this.sending = reason ? 'failed' : 'sent';
    this.announcer.announce(this.statusText());
  }

  /**
   * Takes the case or ticket ID the endpoint answered with (`{ "caseId": "…" }` or `X-Case-Id`): shown, and put
   * in the "Case or ticket number" note unless the user wrote one. Anything but short plain text is refused.
   */
  private takeCase(given: unknown): void {
    if (given === undefined) return;
    const id = referenceId(given, isSensitive);
    if (!id) return this.reportError('endpoint', 'refused its caseId: expected up to 40 letters, digits and . _ : # / - (not shown, not kept)');
    this.caseId = id;
    if (!this.str('case')) {
      this.values = { ...this.values, case: id };
      this.draft.save();
    }
  }

  private statusText(): string {
    const status = this.sending;
    return status === 'failed'
      ? this.msg('failed', { reason: this.reason })
      : status
        ? `${this.msg(status)}${status === 'sent' && this.caseId ? ` ${this.msg('caseGiven', { id: this.caseId })}` : ''}`
        : '';
  }

  /** "Add my device details": the browser, system and app version, into the field for the user to see and edit. */
  private async addDevice(): Promise<void> {
    const [browser, os] = device();
    const app = stripBidi(this.appVersion ?? '')
      .trim()
      .slice(0, 40);
    const text = [
      [this.msg('browser'), browser],
      [this.msg('os'), os],
      [this.msg('appV'), app],
    ]
      .filter(([, v]) => v)
      .map(([k, v]) => this.pair(k, v))
      .join('\n');
    const had = this.str('device');
    this.values = { ...this.values, device: had.includes(text) ? had : had ? `${had}\n${text}` : text };
    this.draft.save();
    this.dispatchEvent(new SupportCallPrepChangeEvent({ field: 'device', data: this.payload() }));
    await this.updateComplete;
    this.focusOn('#device');
  }

  private async forget(): Promise<void> {
    this.draft.forget();
    this.values = {};
    this.held.clear();
    this.touched.clear();
    this.submitted = this.prepared = false;
    this.errs = [];
    this.announcer.announce(this.msg('forgotten'));
    await this.updateComplete;
    this.focusOn(FORGET_OR_UNDO);
  }

  private async undo(): Promise<void> {
    this.values = this.draft.undo() ?? {};
    this.draft.save();
    this.announcer.announce(this.msg('restored'));
    await this.updateComplete;
    this.focusOn(FORGET_OR_UNDO);
  }

  private async copy(): Promise<void> {
    this.announcer.announce(this.msg((await copyText(this.summaryText())) ? 'copied' : 'copyFailed'));
  }

  private print(): void {
    printText(this.msg('summary'), this.summaryText(), this.locale, this.direction);
  }

  private download(): void {
    downloadFile(fileName(this.msg('file'), 'txt', new Date(this.time())), this.summaryText());
  }

  // Templates are written without indentation inside the markup: the build does not minify them.
  private field(f: CallPrepField): TemplateResult {
    const { id, type } = f;
    const s = this.str(id);
    const err = (this.submitted || this.touched.has(id)) && this.check(f);
    const warn = this.warnings(id);
    const hint = f.hint ?? (id === 'topic' ? (s === 'dispute' ? this.msg('disputeHint') : '') : builtInField(id) ? this.t(`${id}H`) : '');
    const desc = [hint && `${id}-h`, warn.length && `${id}-w`, err && `${id}-e`].filter(Boolean).join(' ') || nothing;
    const invalid = !!err;
    const checks = type === 'checks';
    const amount = type === 'amount';
    const list = (l: string[], value: string) => l.map((o) => html`<option value=${o} ?selected=${o === value}>${this.option(f, o)}</option>`);
    const options = (l: string[], value: string) => html`<option value="" ?selected=${!value}>${this.msg('choose')}</option>${list(l, value)}`;
    // A read-only choice is a read-only text box showing it: a <select> cannot be read-only and stay focusable.
    const choice = (name: string, cid: string, l: string[], value: string, zones = false) =>
      this.locked(name)
        ? html`<input id=${cid} name=${name} data-f=${id} readonly .value=${this.option(f, value)} />`
        : html`<select id=${cid} name=${name} data-f=${id} .value=${value} @focus=${zones ? () => (this.zones = true) : nothing}>${zones ? list(l, value) : options(l, value)}</select>`;
    const cur = amount ? this.currency(f) : '';
    const zone = type === 'datetime' ? this.zone(f) : '';
    const ro = this.locked(id);
    const control = checks
      ? f.options!.map(
          (o) =>
            html`<label class="check"><input type="checkbox" name=${id} value=${o} data-f=${id} ?checked=${((this.value(id) as string[] | undefined) ?? []).includes(o)} ${checked(((this.value(id) as string[] | undefined) ?? []).includes(o))} />${this.option(f, o)}</label>`,
        )
      : type === 'textarea'
        ? html`<textarea id=${id} name=${id} data-f=${id} rows="3" maxlength=${TEXT_MAX} aria-describedby=${desc} aria-invalid=${invalid} ?required=${f.required} ?readonly=${ro} .value=${s}></textarea>${
            id === 'device' ? html`<button type="button" @click=${this.addDevice}>${this.msg('deviceAdd')}</button>` : nothing
          }`
        : type === 'select' && !ro
          ? html`<select id=${id} name=${id} data-f=${id} aria-describedby=${desc} aria-invalid=${invalid} ?required=${f.required} .value=${s}>${options(id === 'topic' ? this.topicList.map((t) => t.id) : f.options!, s)}</select>`
          : html`<div class="row"><input id=${id} name=${id} data-f=${id} type=${amount ? 'number' : type === 'datetime' ? 'datetime-local' : type === 'select' ? 'text' : type}
inputmode=${amount ? 'decimal' : id === 'card4' ? 'numeric' : nothing} min=${ifDefined(amount ? 0 : undefined)} .step=${amount ? 'any' : ''}
max=${ifDefined(zone ? new Date(wall(zone, this.time())).toISOString().slice(0, 16) : undefined)}
autocomplete=${ifDefined(f.ac)} maxlength=${ifDefined(amount || zone ? undefined : TEXT_MAX)} aria-describedby=${desc} aria-invalid=${invalid} ?required=${f.required} ?readonly=${ro} .value=${type === 'select' ? this.option(f, s) : s} />${
              amount
                ? html`<label class="sr-only" for="${id}-c">${this.msg('currency')}</label>${choice(`${id}Currency`, `${id}-c`, f.options!, cur)}`
                : zone
                  ? html`<label class="sr-only" for="${id}-z">${this.msg('zone')}</label>${choice(`${id}Zone`, `${id}-z`, this.serverZones?.get(`${id}-z`) ?? [...new Set([zone, userZone(), 'UTC', ...(this.zones ? Intl.supportedValuesOf('timeZone') : [])])], zone, true)}`
                  : nothing
            }</div>`;
    return html`<div class="f" part="field" role=${ifDefined(checks ? 'group' : undefined)} aria-labelledby=${checks ? `${id}-l` : nothing} aria-describedby=${checks ? desc : nothing}>
<label for=${ifDefined(checks ? undefined : id)} id="${id}-l">${this.label(f)}${f.required ? nothing : html`<span class="opt">${`${gap(this.msg('optional'))}${this.msg('optional')}`}</span>`}</label>
${hint ? html`<p class="h" id="${id}-h">${hint}</p>` : nothing}${control}${id === 'topic' && s === 'dispute' ? html`<slot name="dispute"></slot>` : nothing}${warn.length ? html`<p class="w" id="${id}-w">${warn.map((w) => this.msg(w)).join(' ')}</p>` : nothing}${err ? html`<p class="e" id="${id}-e">${this.msg(err)}</p>` : nothing}</div>`;
  }

  override render() {
    const errs = this.errs.filter((f) => this.check(f));
    const level = (below = 0): number => headingLevel(this.headingLevel, 3, below);
    const summary = this.prepared && this.summary();
    // <bdi>: a value keeps its own direction (a phone number stays `+1 800…` in a right-to-left summary).
    const dl = (rows: Row[]) => html`<dl>${rows.map(([k, v]) => html`<dt>${k}</dt><dd><bdi>${v}</bdi></dd>`)}</dl>`;
    // `name`: the accessible name, saying what the button acts on ("Copy call summary": other elements on the page have a Copy too).
    const button = (key: Key, click: () => unknown, cls = '', name?: Key) =>
      html`<button type="button" class=${cls} aria-label=${name ? this.nameFor(this.msg(key), name) : nothing} @click=${click}>${this.msg(key)}</button>`;
    return html`<section part="base" class="base" dir=${this.direction} lang=${this.locale} aria-labelledby="title" @input=${this.onInput} @focusout=${this.onBlur}>
<div id="title" class="title" role="heading" aria-level=${level()}>${this.msg('label')}</div><p class="note" part="note">${this.msg('note')}</p>
<form novalidate @submit=${this.onSubmit}>${
      errs.length
        ? html`<div class="alert" part="errors"><p>${this.msg('errors')}</p><ul>${errs.map(
            (f) =>
              html`<li><button type="button" class="link" @click=${() => this.focusField(f.id)}>${this.pair(this.label(f), this.msg(this.check(f)!))}</button></li>`,
          )}</ul></div>`
        : nothing
    }${this.visible().map((f) => this.field(f))}<button class="primary" part="submit" @click=${this.onSubmit}>${this.msg('prepare')}</button></form>
${this.sending ? html`<p class="status ${this.sending}">${this.statusText()} ${this.sending === 'failed' ? button('retry', this.send) : nothing}</p>` : nothing}
<div class="sum">${
      summary
        ? html`<section class="card" part="summary" aria-labelledby="sum"><div id="sum" class="title" role="heading" aria-level=${level(1)} tabindex="-1">${this.msg('summary')}</div>
${dl(summary.facts)}<div role="heading" aria-level=${level(2)}>${this.msg('ready')}</div><ul>${summary.ready.map((r) => html`<li>${r}</li>`)}</ul>
${summary.notes.length ? html`<div role="heading" aria-level=${level(2)}>${this.msg('notes')}</div>${dl(summary.notes)}` : nothing}
<p class="actions">${button('copy', this.copy, '', 'summaryName')} ${button('print', this.print, '', 'summaryName')} ${button('download', this.download, '', 'summaryName')}</p></section>`
        : nothing
    }<slot name="hotline"></slot></div>
<fieldset part="notes"><legend>${this.msg('notes')}</legend>${NOTES.map((f) => this.field(f))}</fieldset>
${
  this.draft.forgotten
    ? html`<p class="saved">${this.msg('forgotten')} ${button('undo', this.undo, 'link', 'undoName')}</p>`
    : !this.noPersist && Object.keys(this.kept(this.values)).length
      ? html`<p class="saved">${this.msg(this.draft.status ?? 'saved')} · ${button('forget', this.forget, 'link', 'forgetName')}</p>`
      : nothing
}${this.announcer.render()}</section>`;
  }
}
