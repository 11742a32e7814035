import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SupportElement } from '../../internal/base.js';
import { groupsInOrder, shown, stripBidi } from '../../internal/bidi.js';
import { cut, expected, isRecord, own, parseJson, readOr, reportUnknownKeys, stringify } from '../../internal/config.js';
import { dict } from '../../internal/dict.js';
import { copyText } from '../../internal/export.js';
import { writeJsonLd } from '../../internal/json-ld.js';
import { asciiDigits, e164, formatNumber, lengthProblem, sameNumber } from '../../internal/phone.js';
import { httpsUrl, safeUrl, sendableUrl } from '../../internal/safe-url.js';
import { referenceId, send, type SendFailure } from '../../internal/send.js';
import { baseStyles } from '../../internal/styles.js';
import { DAY_MS, clock, userZone, validZone, wall } from '../../internal/time.js';
import { WakeController } from '../../internal/timer.js';
import {
  SupportHotlineCallbackEvent,
  SupportHotlineCallEvent,
  SupportHotlineContactEvent,
  SupportHotlineCopyEvent,
  type HotlineCallbackDetail,
} from '../../events/hotline.js';
import { hoursProblem, isDate, minutesOf, openSlots, parseHours, parseRanges, status, type Rule, type Special, type Status } from './hours.js';
import type { HotlineStrings } from './hotline.en.js';
import { hotline as english } from './hotline.en.js';
import { styles } from './hotline.styles.js';
import { WaitController } from './wait.js';

/**
 * The card and secret detector, loaded when a callback form opens: a hotline that never shows the form (no
 * `callback-endpoint`, or never used) does not carry it (`hotline.js` alone: about 8 KB gzip less). In the CDN
 * bundle it is already there, for the call form.
 */
let detector: Promise<typeof import('../../internal/sensitive-check.js')> | undefined;
// A failed load (the page went offline) is tried again on the next request.
const loadDetector = () =>
  (detector ??= import('../../internal/sensitive-check.js').catch((error: unknown) => ((detector = undefined), Promise.reject(error))));

/** One line of the hotline, as given in `lines` or the child JSON config. */
export interface HotlineLine {
  /** What the line is for: `Customer support`. */
  label?: string;
  /** The number in E.164 form: `+18005550100`. Spaces, dashes, dots and brackets are ignored. */
  number: string;
  /** The number as shown: `1-800-555-0100`. Defaults to `number`, formatted (`+1 800 555 0100`); another number than `number` is replaced by it, formatted. */
  display?: string;
  /** BCP 47 tags of the languages spoken, as an array or a comma-separated string. */
  languages?: string[] | string;
  /** Opening hours, schema.org `openingHours` form: `Mo-Fr 09:00-18:00; Sa 10:00-14:00`. */
  hours?: string;
  /** IANA time zone of `hours` and `closures`: `America/New_York`. Required with `hours`. */
  timezone?: string;
  /** Dates (`2026-12-25`) on which the line is closed all day, as an array or a comma-separated string. */
  closures?: string[] | string;
  /** A toll-free number. */
  tollFree?: boolean;
  /** A line for deaf and hard-of-hearing callers (relay, TTY). */
  hearingImpaired?: boolean;
  /** A short note shown under the line. */
  note?: string;
  /**
   * Holidays and exceptional opening, overriding `hours` on those dates (local dates of `timezone`):
   * `2026-12-24 09:00-13:00`, `2026-12-25 off`, `2026-12-27/2026-12-31 10:00-16:00`, or objects with a name. An
   * array, or one string with `;` between entries.
   */
  specialHours?: string | (string | HotlineSpecialHours)[];
  /** Other ways to reach the same team: email, a chat page, WhatsApp, LINE, WeChat. */
  contacts?: HotlineContact[];
}

/** Another way to reach the team of a line. */
export interface HotlineContact {
  /** `email`, `chat` (a chat or contact page), `whatsapp`, `line` or `wechat`. */
  type: HotlineContactType;
  /**
   * `email`: an address (`help@examplepay.example`); `chat`: an `https:` URL or a link within the site;
   * `whatsapp`: the account's E.164 number; `line`: an `https://line.me/…` or `https://lin.ee/…` URL;
   * `wechat`: the WeChat ID or official account name, shown with a copy button.
   */
  value: string;
  /** The visible label; defaults to the kind's name ("Email", "WhatsApp"). */
  label?: string;
  /** When it is answered, in the `hours` syntax and the line's `timezone`; always when missing. */
  hours?: string;
}
export type HotlineContactType = 'email' | 'chat' | 'whatsapp' | 'line' | 'wechat';

/** Special hours as schema.org `OpeningHoursSpecification` with `validFrom` and `validThrough`. */
export interface HotlineSpecialHours {
  /** The first date, `2026-12-24`. */
  validFrom: string;
  /** The last date (included); defaults to `validFrom`. */
  validThrough?: string;
  /** `09:00`; without `opens` and `closes` (or both `00:00`, as schema.org writes it) the line is closed. */
  opens?: string;
  /** `13:00`; at or before `opens`, past midnight. */
  closes?: string;
  /** Shown to the user: `Christmas Eve`. */
  name?: string;
}

/** A line after validation. */
interface Line {
  label?: string;
  tel?: string;
  show: string;
  langs: string[];
  rules?: Rule[];
  bad: boolean;
  zone: string;
  closed: string[];
  special: Special[];
  /** The special hours of today and the next 30 days, shown under the line (worked out in derive). */
  soon?: Special[];
  free: boolean;
  deaf: boolean;
  note?: string;
  /** In the user's language (worked out in willUpdate, like `status`). */
  mine?: boolean;
  /** Where the line stands now and its next change: undefined without valid hours. */
  status?: Status;
  contacts: Contact[];
}

/** A contact after validation: `href` for links, `show` the address shown (WhatsApp's number, WeChat's ID). */
interface Contact {
  type: HotlineContactType;
  label?: string;
  href?: string;
  show?: string;
  rules?: Rule[];
  /** Answered now (worked out in derive). */
  open?: boolean;
}
/** The default label of each kind of contact, by its string key. */
const CONTACT_LABELS = { email: 'email', chat: 'chat', whatsapp: 'whatsapp', line: 'lineApp', wechat: 'wechat' } as const;

/** The keys of a line: each is a `HotlineLine` field and the element's property of the same name (tsc checks both). */
const KEYS = [
  'label',
  'number',
  'display',
  'languages',
  'hours',
  'timezone',
  'closures',
  'tollFree',
  'hearingImpaired',
  'note',
  'specialHours',
  'contacts',
] as const satisfies readonly (keyof HotlineLine & keyof SupportHotline)[];
export type HotlineKey = (typeof KEYS)[number];
/** Attribute names of the single-line form, where they differ from the `lines` keys. */
const ATTRS: Partial<Record<HotlineKey, string>> = { display: 'display-number', closures: 'closed-on', specialHours: 'special-hours' };
/** "Closing soon" and "Opening soon" within 30 minutes. */
const SOON = 18e5;
/** Why a callback request was not sent, as its console error says it. */
const FAILURES: Record<Exclude<SendFailure, 'status'>, string> = {
  offline: 'no connection',
  timedOut: 'no answer in 15 s',
  redirected: 'a redirect, not followed',
  badReply: 'a reply cut off',
};
/** Lines shown at most: more is a data mistake, not a hotline (and would block the page while they render). */
export const MAX_LINES = 20;
/**
 * A line's languages and closing days used at most: a call centre speaks a handful of languages, and 400 dates
 * hold every public holiday and closure of a year or more. Cut before they are checked (docs/security.md).
 */
const MAX_LIST: Partial<Record<HotlineKey, number>> = { languages: 20, closures: 400 };

/** schema.org's day names, Monday first like the rules' days. */
const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Intl objects by language and use: each new one costs time, the first of a page several milliseconds. */
const formats = new Map<string, unknown>();

/**
 * The callback form: the line (its index in the validated lines; -1 when closed), what the user typed (kept
 * when the form closes or a request fails), the phone number's problem, and the request: its JSON (what Retry
 * sends again), its time, its state and the endpoint's `callbackId`.
 */
interface Callback {
  at: number;
  /** The line the form was last open for: the time chosen is that line's. */
  line?: number;
  phone: string;
  time: string;
  note: string;
  bad?: 'phoneBad' | 'phoneCard';
  body?: string;
  when?: string;
  state?: 'sending' | 'done' | 'failed';
  id?: string;
}

const hhmm = (m: number): string => new Date(Math.min(m, 1439) * 6e4).toISOString().slice(11, 16);

/**
 * A hotline card: each number as a `tel:` link with a copy button, whether the line is open now in its own
 * time zone and when that changes, the languages spoken, and a notice against fake support numbers.
 *
 * @customElement support-hotline
 * @summary Shows whether support answers now, in which languages, and lets the user call or copy the number.
 * @csspart base - The card.
 * @csspart lines - The list of lines.
 * @csspart line - One line.
 * @csspart label - A line's label.
 * @csspart badge - The "Speaks your language" badge.
 * @csspart number - The number's `tel:` link.
 * @csspart copy - The copy button.
 * @csspart status - Open or closed, and the next change.
 * @csspart special - The special hours of today and the next 30 days.
 * @csspart contacts - The list of other ways to reach the team.
 * @csspart contact - A contact link, or a WeChat ID.
 * @csspart reach - "Available now: …", under a closed line.
 * @csspart notice - The safety notice.
 * @csspart callback - The "Call me back" button of a line (with `callback-endpoint`).
 * @csspart callback-form - The inline callback form.
 * @csspart callback-status - Sending, the failure with Retry, or the confirmation.
 * @cssproperty --support-color-accent - Links, the number and the border of the lines in the user's language.
 * @cssproperty --support-color-success - The open state.
 * @cssproperty --support-color-warning - Closing or opening soon, and the safety notice's edge.
 * @cssproperty --support-color-danger - An unavailable number.
 * @cssproperty --support-color-surface - Card background.
 * @cssproperty --support-color-surface-alt - Badge and notice background.
 * @cssproperty --support-color-divider - Line borders.
 * @cssproperty --support-color-text-muted - Languages, notes and the closed state.
 * @cssproperty --support-radius - Corner radius.
 * @cssproperty --support-space - Spacing.
 * @event {SupportHotlineCallEvent} support-hotline-call - The user followed a `tel:` link; fired before dialling, cancelable.
 * @event {SupportHotlineCopyEvent} support-hotline-copy - The user copied a number.
 * @event {SupportHotlineContactEvent} support-hotline-contact - The user followed a contact link (cancelable) or copied a WeChat ID.
 * @event {SupportHotlineCallbackEvent} support-hotline-callback - The user asked to be called back; `detail` is exactly the JSON to be POSTed to `callback-endpoint`. Fired before anything is sent, cancelable: `preventDefault()` sends nothing.
 */
export class SupportHotline extends SupportElement<'hotline'> {
  static override styles = [baseStyles, styles];
  protected static override section = 'hotline' as const;
  protected static override english = english;
  static override properties = {
    number: {},
    display: { attribute: 'display-number' },
    label: {},
    languages: {},
    hours: {},
    timezone: {},
    closures: { attribute: 'closed-on' },
    tollFree: { type: Boolean, attribute: 'toll-free' },
    hearingImpaired: { type: Boolean, attribute: 'hearing-impaired' },
    note: {},
    specialHours: { attribute: 'special-hours' },
    contacts: { attribute: false },
    lines: { attribute: false },
    verifyUrl: { attribute: 'verify-url' },
    statusEndpoint: { attribute: 'status-endpoint' },
    callbackEndpoint: { attribute: 'callback-endpoint' },
    noSafetyNotice: { type: Boolean, attribute: 'no-safety-notice', reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    now: { attribute: false },
    viewerTimeZone: { attribute: 'viewer-time-zone' },
  };

  /** Single-line form: the number in E.164 form (`+18005550100`). Ignored when `lines` is set. */
  number?: string = undefined;
  /** Single-line form: the number as shown (`1-800-555-0100`, `1-800-FLOWERS`); attribute `display-number`. Must be `number`, else `number` is shown, formatted; without it, `number` formatted. */
  display?: string = undefined;
  /** Single-line form: what the line is for. */
  label?: string = undefined;
  /** Single-line form: comma-separated BCP 47 tags of the languages spoken (`en,zh`). */
  languages?: string = undefined;
  /** Single-line form: opening hours, `Mo-Fr 09:00-18:00; Sa 10:00-14:00` (schema.org `openingHours`). */
  hours?: string = undefined;
  /** Single-line form: IANA time zone of the hours and closures (`America/New_York`). */
  timezone?: string = undefined;
  /** Single-line form: comma-separated dates (`2026-12-25,2027-01-01`) on which the line is closed; attribute `closed-on`. */
  closures?: string = undefined;
  /** Single-line form: the number is toll-free. */
  tollFree = false;
  /** Single-line form: the line serves deaf and hard-of-hearing callers. */
  hearingImpaired = false;
  /** Single-line form: a short note under the line. */
  note?: string = undefined;
  /** Single-line form: special hours by date, `2026-12-24 09:00-13:00; 2026-12-25 off` (see `HotlineSpecialHours`). */
  specialHours?: string = undefined;
  /** Single-line form: other ways to reach the same team (see `HotlineContact`). */
  contacts?: HotlineContact[] = undefined;
  /** Several lines; takes precedence over the single-line attributes. */
  lines?: HotlineLine[] = undefined;
  /** The merchant's official contact page, linked from the safety notice: an `https:` URL or a link within the site. */
  verifyUrl?: string = undefined;
  /**
   * Where the estimated wait of each line is fetched, once a minute while the page is visible: same-origin or
   * `https:`; it answers `{ "waitMinutes": { "+18005550100": 5 } }`. Nothing is requested without it.
   */
  statusEndpoint?: string = undefined;
  /**
   * Where a callback request is POSTed (JSON, see `HotlineCallbackDetail`): same-origin or `https:`. With it,
   * each line with hours has a "Call me back" button and form; nothing is requested without it.
   */
  callbackEndpoint?: string = undefined;
  /** Hides the safety notice. */
  noSafetyNotice = false;
  /** Adds a schema.org `ContactPoint` JSON-LD script to the document head while the element is on the page. */
  structuredData = false;
  /** Overrides the clock, for previews and tests. While set, the card is a static snapshot: no timer runs (the estimated wait is still fetched). */
  now?: Date = undefined;
  /** The viewer's IANA time zone; defaults to the browser's. */
  viewerTimeZone?: string = undefined;
  /** The number whose copy button shows "Copied" (until it loses focus). */
  private copied = '';

  /** Updates the card when its status line next changes; nothing runs while `now` is set. */
  private readonly wake = new WakeController(this, () => clock(this.now));
  /** The estimated waits from `statusEndpoint`. */
  private readonly wait = new WaitController(
    this,
    () => sendableUrl(this.statusEndpoint),
    (problem) => this.reportError('status-endpoint', problem),
  );
  /** While hydrating server HTML: the server's clock, so that the first render matches the HTML (see willUpdate). */
  private serverNow?: number = undefined;
  /** What the validated lines were made from (see validateLines): validated again only when one of these changes. */
  private inputs?: unknown[] = undefined;
  private model: Line[] = [];
  /** The lines in the order shown, with their status at `at` (see derive). */
  private shown: Line[] = [];
  /** The instant the card shows, and the viewer's time zone ('' when unknown, as on the server). */
  private at = 0;
  private viewer = '';
  private ld?: HTMLScriptElement = undefined;
  /** The safety notice's link: `verifyUrl` when it is safe (see willUpdate). */
  private verify?: string = undefined;
  /** `callbackEndpoint` when it is sendable (see willUpdate), the callback form, and the times it offers. */
  private cbUrl?: string = undefined;
  private cb: Callback = { at: -1, phone: '', time: '', note: '' };
  private slots: number[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page: the status may have changed meanwhile, and the JSON-LD comes back.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ld?.remove();
    this.ld = undefined;
  }

  protected applyConfig(config: Record<string, unknown>): void {
    reportUnknownKeys(config, ['lines'], '', this.reportError);
    if (Object.hasOwn(config, 'lines')) this.lines = config.lines as HotlineLine[];
  }

  // Server rendering writes its clock on the host. Hydration renders once with it (a render that differs from the
  // server HTML would leave the HTML's text in place), then again at once with this browser's clock and time zone.
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('verifyUrl')) {
      this.verify = httpsUrl(this.verifyUrl);
      if (this.verifyUrl && !this.verify)
        this.reportError('verify-url', `${expected('an https: URL or a link within this site', this.verifyUrl)}; the safety notice is shown without its link`);
    }
    // The wait controller asks a new URL by itself (its hostUpdate).
    if (changed.has('statusEndpoint') && !isServer && this.statusEndpoint && !sendableUrl(this.statusEndpoint))
      this.reportError(
        'status-endpoint',
        `${expected('a same-origin or https: URL without user name or password', this.statusEndpoint)}; nothing is requested`,
      );
    if (changed.has('callbackEndpoint') && !isServer) {
      this.cbUrl = sendableUrl(this.callbackEndpoint);
      if (this.callbackEndpoint && !this.cbUrl)
        this.reportError(
          'callback-endpoint',
          `${expected('a same-origin or https: URL without user name or password', this.callbackEndpoint)}; no callback is offered`,
        );
    }
    if (isServer) {
      if (!this.now) this.setAttribute('server-now', String(Date.now()));
    } else if (this.hasAttribute('server-now')) {
      this.serverNow = +this.getAttribute('server-now')! || undefined;
      this.removeAttribute('server-now');
      void this.updateComplete.then(() => {
        this.serverNow = undefined;
        this.requestUpdate();
      });
    }
    if (changed.has('viewerTimeZone') && this.viewerTimeZone && !validZone(this.viewerTimeZone)) {
      this.reportError('viewerTimeZone', expected('an IANA time zone', this.viewerTimeZone));
    }
    this.validateLines();
    const next = this.derive();
    // A preview with `now` is a static snapshot: no timer.
    this.wake.wakeAt(this.now ? undefined : next);
    const l = this.model[this.cb.at];
    this.slots = l?.rules ? openSlots(l.rules, l.zone, l.closed, l.special, this.at) : [];
  }

  override updated(): void {
    if (!this.isConnected) return;
    const points = this.structuredData ? this.shown.filter((l) => l.tel).map((l) => this.contactPoint(l)) : [];
    if (points.length) {
      this.ld = writeJsonLd(this.ld, { '@context': 'https://schema.org', '@graph': points });
    } else {
      this.ld?.remove();
      this.ld = undefined;
    }
  }

  private contactPoint(l: Line): Record<string, unknown> {
    return {
      '@type': 'ContactPoint',
      telephone: l.tel,
      contactType: l.label ?? 'customer support',
      availableLanguage: l.langs,
      hoursAvailable: l.rules && [
        ...l.rules.map((r) => ({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: r.days.map((d) => DAY_NAMES[d]),
          opens: hhmm(r.opens),
          closes: hhmm(r.closes),
        })),
        // https://schema.org/specialOpeningHoursSpecification: closed all day is opens and closes 00:00.
        ...l.special.flatMap((x) =>
          (x.ranges.length ? x.ranges : [[0, 0]]).map(([a, b]) => ({
            '@type': 'OpeningHoursSpecification',
            validFrom: x.from,
            validThrough: x.through,
            opens: hhmm(a),
            closes: hhmm(b),
          })),
        ),
      ],
      contactOption: [l.free && 'TollFree', l.deaf && 'HearingImpairedSupported'].filter(Boolean),
    };
  }

  /** Validates one line, reporting each bad field by its path (`lines[1].number`, or the attribute name). */
  private validate(line: Record<string, unknown>, path: string): Line {
    // Own properties only: a polluted Object.prototype (`display`, `number`, …) never fills in a field.
    const raw: Record<string, unknown> = Object.assign(Object.create(null), line);
    const at = (k: HotlineKey): string => (path ? `${path}.${k}` : ((own(ATTRS, k) as string | undefined) ?? k));
    const bad = (k: HotlineKey, what: string, value = raw[k], sub = ''): void => this.reportError(at(k) + sub, expected(what, value));
    const str = (k: HotlineKey): string | undefined => {
      const v = raw[k];
      if (typeof v === 'string') return shown(v) || undefined;
      if (v != null) bad(k, 'a string');
    };
    const flag = (k: HotlineKey): boolean => {
      if (raw[k] != null && typeof raw[k] !== 'boolean') bad(k, 'true or false');
      return raw[k] === true;
    };
    // A list as an array or a comma-separated string; each item kept when `check` returns it.
    const list = (k: HotlineKey, what: string, several: string, check: (x: string) => string | undefined): string[] => {
      const v = raw[k];
      const all: unknown[] = typeof v === 'string' ? v.split(',').filter((x) => x.trim()) : Array.isArray(v) ? v : [];
      const items = cut(all, MAX_LIST[k]!, at(k), k, this.reportError);
      if (v != null && typeof v !== 'string' && !Array.isArray(v)) bad(k, `a list of ${several}`);
      return items.flatMap((x: unknown, i) => {
        let ok: string | undefined;
        try {
          ok = typeof x === 'string' ? check(x.trim()) : undefined;
        } catch {
          // Intl throws RangeError for a malformed tag.
        }
        if (!ok) bad(k, what, x, `[${i}]`);
        return ok ?? [];
      });
    };
    const given = str('number');
    const valid = given && e164(given);
    let show = str('display');
    // The number shown must be the number dialled: else the dialled one is shown, formatted.
    if (show && valid && !sameNumber(show, valid)) {
      this.reportError(
        at('display'),
        `${JSON.stringify(show.length > 40 ? `${show.slice(0, 40)}…` : show)} is not the number dialled (${valid}); ${formatNumber(valid)} is shown instead`,
      );
      show = formatNumber(valid);
    }
    // A value that is not a string was reported by `str` already: one report per field.
    const typed = (k: HotlineKey): boolean => raw[k] == null || typeof raw[k] === 'string';
    if (!valid && typed('number')) bad('number', 'an E.164 number like +18005550100');
    // A number of the wrong length for a plan the library knows (`+1555`) is reported; its line still renders and
    // dials it, as given: the number shown is the number dialled, and a merchant's line is never lost (c23-6).
    const short = valid && lengthProblem(valid);
    if (short) this.reportError(at('number'), `${short}; its link dials it as given`);
    const hours = str('hours');
    const zone = str('timezone') ?? '';
    let rules: Rule[] | undefined;
    if (hours) {
      rules = parseHours(hours);
      if (!rules) this.reportError(at('hours'), `${expected('hours like "Mo-Fr 09:00-18:00"', hours)}: ${hoursProblem(hours)}`);
      if (!validZone(zone)) {
        if (typed('timezone')) bad('timezone', 'an IANA time zone');
        rules = undefined;
      }
    }
    const special = this.specials(raw.specialHours, at('specialHours'));
    if (special.length && !rules) this.reportError(at('specialHours'), 'ignored: special hours need valid hours and timezone');
    return {
      label: str('label'),
      tel: valid,
      // No display: the number grouped as the plan writes it (`+1 800 555 0100`), as when a display is refused (c23-4).
      show: show ?? (valid ? formatNumber(valid) : ''),
      langs: list('languages', 'a language tag', 'language tags', (x) => Intl.getCanonicalLocales(x)[0]),
      rules,
      bad: !!hours && !rules,
      zone,
      closed: list('closures', 'a date YYYY-MM-DD', 'dates YYYY-MM-DD', (x) => (isDate(x) ? x : undefined)),
      special,
      contacts: this.contactsOf(raw.contacts, at('contacts'), zone),
      free: flag('tollFree'),
      deaf: flag('hearingImpaired'),
      note: str('note'),
    };
  }

  /** Validates special hours (see HotlineSpecialHours); an entry whose dates overlap an earlier one is left out. */
  private specials(v: unknown, path: string): Special[] {
    const items: unknown[] = typeof v === 'string' ? v.split(';') : Array.isArray(v) ? v : [];
    if (v != null && !items.length && typeof v !== 'string') this.reportError(path, expected('special hours', v));
    const kept: Special[] = [];
    items.forEach((x, i) => {
      const p = `${path}[${i}]`;
      let e: Special | undefined;
      if (typeof x === 'string') {
        if (!x.trim()) return;
        const m = /^\s*(\S{10})(?:\/(\S{10}))?\s+(.+)$/.exec(stripBidi(x));
        const ranges = m && parseRanges(m[3]);
        if (ranges) e = { from: m[1], through: m[2] ?? m[1], ranges };
      } else if (isRecord(x)) {
        reportUnknownKeys(x, ['validFrom', 'validThrough', 'opens', 'closes', 'name'], p, this.reportError);
        const [from, through = from, opens, closes, name] = ['validFrom', 'validThrough', 'opens', 'closes', 'name'].map((k) => {
          const y = own(x, k);
          return typeof y === 'string' ? stripBidi(y).trim() : undefined;
        });
        // schema.org: a day closed all day has opens and closes both 00:00 (or neither).
        const ranges = (opens ?? closes ?? '00:00') === '00:00' && (closes ?? '00:00') === '00:00' ? [] : parseRanges(`${opens}-${closes}`);
        if (from && ranges) e = { from, through: through!, ranges, name: name || undefined };
        // What is wrong, at its key: a form (the builder) shows it beside that input.
        let wrong: [string, string] | undefined;
        if (!from || !isDate(from)) wrong = ['validFrom', expected('a date YYYY-MM-DD', own(x, 'validFrom'))];
        else if (!isDate(through!)) wrong = ['validThrough', expected('a date YYYY-MM-DD', own(x, 'validThrough'))];
        else if (through! < from) wrong = ['validThrough', `${through} is before validFrom ${from}: the last day is on or after the first`];
        else if (!ranges && opens && closes)
          wrong = [minutesOf(opens) === undefined ? 'opens' : 'closes', `${opens}-${closes}: ${hoursProblem(`${opens}-${closes}`)}`];
        else if (!ranges)
          wrong = [opens ? 'closes' : 'opens', expected('a time like 09:00 (opens and closes go together)', own(x, opens ? 'closes' : 'opens'))];
        if (wrong) return this.reportError(`${p}.${wrong[0]}`, wrong[1]);
      }
      if (!e || !isDate(e.from) || !isDate(e.through) || e.through < e.from) {
        this.reportError(p, expected('special hours like "2026-12-24 09:00-13:00" or "2026-12-25 off"', x));
        return;
      }
      const j = kept.findIndex((k) => k.from <= e.through && e.from <= k.through);
      if (j >= 0) this.reportError(p, `dates overlap an earlier entry (${kept[j].from}); ignored`);
      else kept.push(e);
    });
    return kept;
  }

  /** Validates contacts, each like the numbers and links of the card; a bad one is left out. */
  private contactsOf(v: unknown, path: string, zone: string): Contact[] {
    if (v != null && !Array.isArray(v)) this.reportError(path, expected('an array of contacts', v));
    return (Array.isArray(v) ? v : []).flatMap((x: unknown, i) => {
      const p = `${path}[${i}]`;
      // A reporter's return value is not a contact (a merchant's reporter may return anything: C21x-1, the builder's
      // returned a number, which went into the list and threw on `c.open`).
      if (!isRecord(x)) {
        this.reportError(p, expected('an object', x));
        return [];
      }
      reportUnknownKeys(x, ['type', 'value', 'label', 'hours'], p, this.reportError);
      const [type, value = '', label, hours] = ['type', 'value', 'label', 'hours'].map((k) => {
        const y = own(x, k);
        if (y != null && typeof y !== 'string') this.reportError(`${p}.${k}`, expected('a string', y));
        return typeof y === 'string' ? shown(y) || undefined : undefined;
      });
      const c: Contact = { type: type as HotlineContactType, label };
      const tel = e164(value);
      let what = '';
      if (type === 'email') {
        // An address only (RFC 5322 dot-atom): no `?`, `&` or `,` that would add recipients or a body to the mailto: link.
        if (/^[\w.!#$'*+/=^`{|}~-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u.test(value)) c.href = safeUrl(`mailto:${value}`);
        c.show = value;
        what = 'an email address';
      } else if (type === 'chat') {
        c.href = httpsUrl(value);
        what = 'an https: URL or a link within this site';
      } else if (type === 'whatsapp') {
        // https://faq.whatsapp.com/5913398998672934: wa.me/ followed by the full international number, digits only.
        if (tel) c.href = `https://wa.me/${tel.slice(1)}`;
        c.show = tel && formatNumber(tel);
        what = 'an E.164 number like +18005550100';
      } else if (type === 'line') {
        // LINE's own links: line.me (and its subdomains, page.line.me) and the lin.ee short links.
        c.href = /^https:\/\/(?:[a-z\d-]+\.)*line\.me\/|^https:\/\/lin\.ee\//i.test(value) ? httpsUrl(value) : undefined;
        what = 'an https://line.me/ URL';
      } else if (type === 'wechat') {
        // A WeChat ID (6-20 letters, digits, _ and -) or an official account's name: text to copy, never a link.
        if (/^[\p{L}\p{N}][\p{L}\p{N}\p{Zs}_.-]{0,39}$/u.test(value)) c.show = value;
        what = 'a WeChat ID or account name';
      } else {
        this.reportError(`${p}.type`, expected('"email", "chat", "whatsapp", "line" or "wechat"', type));
        return [];
      }
      const given = own(x, 'value');
      if (!c.href && !(type === 'wechat' && c.show)) {
        // A value that is not a string was reported already: one report per field.
        if (given == null || typeof given === 'string') this.reportError(`${p}.value`, expected(what, given));
        return [];
      }
      if (hours) {
        c.rules = validZone(zone) ? parseHours(hours) : undefined;
        if (!c.rules)
          this.reportError(
            `${p}.hours`,
            `${expected('hours like "Mo-Fr 09:00-18:00"', hours)}${validZone(zone) ? `: ${hoursProblem(hours)}` : ''}; always available`,
          );
      }
      return c;
    });
  }

  /** Validates `lines` (else the single-line attributes) into `model` when one of them changed since the last time. */
  private validateLines(): void {
    const inputs = [this.lines, ...KEYS.map((k) => this[k])];
    if (this.inputs?.every((v, i) => v === inputs[i])) return;
    this.inputs = inputs;
    this.model = this.lineModel();
  }

  /** The validated lines: `lines` when set, else the single-line attributes. */
  private lineModel(): Line[] {
    // Lines that throw when read (a getter that throws, a revoked Proxy) are left out, each reported.
    return readOr(() => this.readLines(), [], 'lines', this.reportError);
  }

  private readLines(): Line[] {
    const { lines } = this;
    if (lines != null && !Array.isArray(lines)) this.reportError('lines', expected('an array', lines));
    if (Array.isArray(lines)) {
      if (lines.length > MAX_LINES)
        this.reportError('lines', `${lines.length} lines, more than the limit of ${MAX_LINES}: only the first ${MAX_LINES} are shown`);
      return lines.slice(0, MAX_LINES).flatMap((line: unknown, i) => {
        const path = `lines[${i}]`;
        // A hole in a sparse array is no line, whatever a polluted Array.prototype holds at that index.
        const raw = Object.hasOwn(lines, i) ? line : undefined;
        return readOr(
          () => {
            if (!isRecord(raw)) {
              this.reportError(path, expected('an object', raw));
              return [];
            }
            reportUnknownKeys(raw, KEYS, path, this.reportError);
            return [this.validate(raw, path)];
          },
          [],
          path,
          this.reportError,
          'left out',
        );
      });
    }
    if (this.number == null && this.hours == null) return [];
    return [this.validate(Object.fromEntries(KEYS.map((k) => [k, this[k]])), '')];
  }

  /** The Intl object `key` for the element's language (English if the page's `lang` is not a valid tag), made once. */
  private intl<T>(key: string, make: (locale: string) => T): T {
    const locale = this.locale;
    let made = formats.get(`${locale} ${key}`) as T | undefined;
    if (!made) {
      try {
        made = make(locale);
      } catch {
        made = make('en');
      }
      formats.set(`${locale} ${key}`, made);
    }
    return made;
  }

  private time(zone: string, t: number, o: Intl.DateTimeFormatOptions): string {
    return this.intl<Intl.DateTimeFormat>(
      `time ${zone} ${JSON.stringify(o)}`,
      (l) => new Intl.DateTimeFormat(l, dict<Intl.DateTimeFormatOptions>({ timeZone: zone, hour: 'numeric', minute: '2-digit', ...o })),
    ).format(t);
  }

  /**
   * Works out what the card shows at this instant: the lines in order (those in the user's language first) and
   * where each stands. Returns the instant at which that next changes, if any.
   */
  private derive(): number | undefined {
    const now = (this.at = this.serverNow ?? clock(this.now));
    const given = this.viewerTimeZone ?? '';
    // The server does not know the viewer's zone: its HTML (and the hydration that matches it) gives the line's times only.
    this.viewer = validZone(given) ? given : isServer || this.serverNow !== undefined ? '' : userZone();
    const lang = this.locale.split('-')[0].toLowerCase();
    for (const l of this.model) l.mine = l.langs.some((t) => t.split('-')[0].toLowerCase() === lang);
    // Lines in the user's language first, otherwise in the merchant's order.
    this.shown = [...this.model.filter((l) => l.mine), ...this.model.filter((l) => !l.mine)];
    let wake = 0;
    for (const l of this.shown) {
      for (const c of l.contacts) {
        const cs = c.rules && status(c.rules, l.zone, [], now);
        c.open = !cs || cs.open;
        if (cs?.at) wake = Math.min(wake || 36e5, cs.at - now);
      }
      const s = (l.status = l.rules && status(l.rules, l.zone, l.closed, now, 15, l.special));
      if (!s) continue;
      const today = new Date(wall(l.zone, now)).toISOString().slice(0, 10);
      const last = new Date(wall(l.zone, now) + 30 * DAY_MS).toISOString().slice(0, 10);
      l.soon = l.special.filter((x) => x.through >= today && x.from <= last);
      // Look again within the hour even with nothing in sight (a closure coming into range, a long-lived page).
      wake ||= 36e5;
      if (s.at) {
        const { at } = s;
        // Wake at the next change, or when "soon" or the countdown starts; every minute while a countdown shows.
        const next = [at - DAY_MS, at - SOON, at].find((t) => t > now)!;
        wake = Math.min(wake, next - now, at - now < DAY_MS ? 6e4 - (now % 6e4) : 36e5);
      }
    }
    return wake ? now + wake : undefined;
  }

  // The Intl objects of the status lines cost milliseconds each the first time in a page (the time zones,
  // then their names): they are made in tasks of their own before the first render (the texts are discarded).
  protected override prepareFirstRender(): (() => void)[] {
    return [
      () => {
        this.validateLines();
        this.derive();
      },
      () => this.shown.forEach((l) => [this.metaText(l), this.statusText(l)]),
    ];
  }

  private onCopied(number: string): void {
    this.copied = number;
    this.requestUpdate();
  }

  private onCall(e: MouseEvent, l: Line): void {
    const event = new SupportHotlineCallEvent({ number: l.tel!, label: l.label ?? '' });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }

  private async onCopy(l: Line): Promise<void> {
    const number = l.tel!;
    if (await copyText(number)) {
      this.onCopied(number);
      // The number as the user sees it; a display with letters (1-800-FLOWERS) is followed by the digits copied.
      this.announcer.announce(
        /\p{L}/u.test(l.show) ? this.msg('copiedLetters', { number: l.show, digits: formatNumber(number) }) : this.msg('copiedNumber', { number: l.show }),
      );
      this.dispatchEvent(new SupportHotlineCopyEvent({ number }));
    } else {
      this.announcer.announce(this.msg('copyFailed'));
    }
  }

  private onContact(e: Event, l: Line, c: Contact): void {
    const event = new SupportHotlineContactEvent({ type: c.type, action: 'open', number: l.tel ?? '' });
    this.dispatchEvent(event);
    if (event.defaultPrevented) e.preventDefault();
  }

  private async onCopyId(l: Line, c: Contact): Promise<void> {
    const id = c.show!;
    if (await copyText(id)) {
      this.onCopied(id);
      this.announcer.announce(this.msg('copiedId', { label: c.label ?? this.msg(CONTACT_LABELS.wechat), id }));
      this.dispatchEvent(new SupportHotlineContactEvent({ type: 'wechat', action: 'copy', number: l.tel ?? '' }));
    } else this.announcer.announce(this.msg('copyFailed'));
  }

  /** Opens the callback form of line `at` (the model's index), or closes it; focus goes into it, or back to its button. */
  private async toggleCallback(at: number): Promise<void> {
    const open = this.cb.at !== at || this.cb.state === 'done';
    if (open) void loadDetector();
    // What the user typed stays for the next form, the chosen time too while it is the same line's (docs/hotline.md).
    // A time chosen for another line, or already requested, is not carried over.
    const time = open && (this.cb.line !== at || this.cb.state === 'done') ? '' : this.cb.time;
    this.cb = { ...this.cb, at: open ? at : -1, line: open ? at : this.cb.line, time, bad: undefined, state: undefined };
    this.requestUpdate();
    await this.updateComplete;
    this.focusOn(open ? '#cbp' : `[data-cb="${at}"]`);
    // The time chosen is no longer offered (its slot passed): the first one is selected, and the user told so.
    if (open && this.cb.time && !this.times(this.model[at]).includes(this.cb.time)) this.announcer.announce(this.msg('timeGone'));
  }

  /** The times line `l` offers now: `asap` while it is open, then the slots' ISO instants. */
  private times(l: Line): string[] {
    return [...(l.status?.open ? ['asap'] : []), ...this.slots.map((t) => new Date(t).toISOString())];
  }

  /** A time as the user reads it: the day and time on their clock, then the line's with its zone when they differ. */
  private slotText(l: Line, t: number): string {
    const viewer = this.viewer || l.zone;
    const mine = this.time(viewer, t, { weekday: 'short', month: 'short', day: 'numeric' });
    return wall(viewer, t) === wall(l.zone, t) ? mine : `${this.msg('yours', { time: mine })} (${this.time(l.zone, t, { timeZoneName: 'short' })})`;
  }

  /**
   * "Request call": checks the number, fires `support-hotline-callback` with exactly the JSON to send (fixed
   * before the event), then POSTs it. Runs on the button's click (Enter in a field clicks it too), which it
   * cancels: no form submission starts, as in call-prep.
   */
  private async onCallback(e: Event): Promise<void> {
    e.preventDefault();
    const cb = this.cb;
    const l = this.model[cb.at];
    if (cb.state === 'sending' || !l?.tel) return;
    cb.state = 'sending';
    const found = await loadDetector().catch(() => undefined);
    cb.state = undefined;
    // Nothing is sent unchecked: the request waits for the user's next try.
    if (!found) return this.reportError('callback-endpoint', 'the number check did not load (offline?): nothing was sent');
    const { isSensitive, redact } = found;
    // Digits as typed in the shipped languages (full-width, Arabic-Indic), and `00` for `+` (the international
    // prefix of most countries: ITU Operational Bulletin, "Dialling procedures"); then E.164 as for `number`.
    const phone = e164(asciiDigits(cb.phone.normalize('NFKC')).trim().replace(/^00/, '+'));
    // A card number or secret typed in the number field is never sent, nor echoed. A card written with `+`
    // reads as a phone number, so the number's digits are checked too, at 14 and 15 digits: no card is shorter
    // than 12 digits, and at 12 and 13 real numbers (a German mobile, 49 + 11 digits) would pass a card's
    // prefix and Luhn check one time in ten, while no country's numbers reach 14 digits with a card prefix of
    // the same length (E.164 allows 15 digits at most: ITU-T E.164, 6.1).
    cb.bad = isSensitive(cb.phone) || (phone && phone.length > 14 && isSensitive(phone.slice(1))) ? 'phoneCard' : phone ? undefined : 'phoneBad';
    if (cb.bad) {
      this.requestUpdate();
      await this.updateComplete;
      this.announcer.announce(this.msg(cb.bad));
      return this.focusOn('#cbp');
    }
    const times = this.times(l);
    const time = times.includes(cb.time) ? cb.time : times[0];
    const body = stringify({ line: l.tel, label: l.label ?? '', phone, time, note: redact(stripBidi(cb.note).trim()).text, lang: this.locale });
    // dispatchEvent is false when a listener cancelled the event.
    if (!this.dispatchEvent(new SupportHotlineCallbackEvent(parseJson(body) as HotlineCallbackDetail))) return;
    cb.body = body;
    cb.when = time;
    await this.sendCallback();
  }

  /**
   * POSTs the last request (Retry sends the same one again); "Requested" only after a 2xx answer that arrived
   * whole. From Retry, whose button "Sending…" replaces, focus moves to the status, then to the new Retry if it
   * fails again (WCAG 2.4.3: focus is never dropped to the page).
   */
  private async sendCallback(retry = false): Promise<void> {
    const cb = this.cb;
    cb.state = 'sending';
    cb.id = undefined;
    const { isSensitive } = await loadDetector();
    this.requestUpdate();
    this.announcer.announce(this.msg('sending'));
    // Still on the status (or lost with its button), not moved elsewhere by the user meanwhile.
    const kept = (): boolean => retry && (this.shadowRoot?.activeElement?.id === 'cbs' || document.activeElement === document.body);
    if (retry) void this.updateComplete.then(() => this.focusOn('#cbs'));
    const { failure, status, reference, badJson } = await send(this.cbUrl!, cb.body!, 15e3, 'callbackId');
    // A 2xx that arrived whole is a request made: JSON that does not parse loses only the reference (a Retry
    // would send the merchant a duplicate). Call-prep, whose draft stays either way, counts it as a failure.
    if (badJson) this.reportError('callback-endpoint', 'answered 2xx with JSON that does not parse: the request is confirmed, without a reference');
    cb.id = referenceId(reference, isSensitive);
    if (!cb.id && reference !== undefined)
      this.reportError('callback-endpoint', 'refused its callbackId: expected up to 40 letters, digits and . _ : # / - (not shown)');
    const reason = failure === 'status' ? `status ${status}` : failure && FAILURES[failure];
    if (cb !== this.cb) return;
    cb.state = reason ? 'failed' : 'done';
    if (!reason) cb.note = '';
    if (reason) this.reportError('callback-endpoint', `the callback request was not sent (${reason}); the form keeps what was typed`);
    this.requestUpdate();
    await this.updateComplete;
    this.announcer.announce(this.cbText());
    if (!reason) this.focusOn('#cbs');
    else if (kept()) this.focusOn('#cbs button');
  }

  /** The request's state as text: sending, the failure, or the confirmation with its time and reference. */
  private cbText(): string {
    const { state, when, id } = this.cb;
    const l = this.model[this.cb.at];
    if (state !== 'done' || !l) return state ? this.msg(state === 'failed' ? 'cbFailed' : 'sending') : '';
    const done = this.msg('requested', { time: when === 'asap' ? this.msg('asap') : this.slotText(l, Date.parse(when!)) });
    return id ? `${done} ${this.msg('reference', { id })}` : done;
  }

  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The "Call me back" button of a line, and its form and request status when open. */
  private renderCallback(l: Line): TemplateResult | typeof nothing {
    const at = this.model.indexOf(l);
    // Only where a time can be offered: a line with hours that opens again. Not in the hydrating render (the
    // server, which cannot check the URL, rendered none).
    if (!this.cbUrl || !l.tel || !(l.status?.open || l.status?.at) || this.serverNow !== undefined) return nothing;
    const cb = this.cb;
    const open = cb.at === at && cb.state !== 'done';
    const label = this.msg('callback');
    const name = this.nameFor(label, 'callbackFor', { line: l.label ?? l.show });
    const times = open ? this.times(l) : [];
    const time = times.includes(cb.time) ? cb.time : times[0];
    const gone = open && cb.time && time !== cb.time;
    const option = (v: string, text: string): TemplateResult => html`<option value=${v} ?selected=${v === time}>${text}</option>`;
    const input = (e: Event): void => {
      const { id, value } = e.target as HTMLInputElement;
      if (id === 'cbp') cb.phone = value;
      else if (id === 'cbn') cb.note = value;
      else cb.time = value;
    };
    const status = cb.at === at ? this.cbText() : '';
    // prettier-ignore
    return html`<p><button part="callback" type="button" data-cb=${at} aria-expanded=${open ? 'true' : 'false'} aria-label=${name} @click=${() => this.toggleCallback(at)}>${label}</button></p>${open
      ? html`<form part="callback-form" class="cb" novalidate aria-label=${name} @input=${input} @change=${input} @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && this.toggleCallback(at)}><label for="cbp">${this.msg('phone')}</label><input id="cbp" type="tel" dir="ltr" autocomplete="tel" maxlength="40" .value=${cb.phone} aria-invalid=${cb.bad ? 'true' : 'false'} aria-describedby="cbh"><p id="cbh" class=${cb.bad ? 'off' : 'meta'}>${cb.bad ? this.msg(cb.bad) : html`${this.msg('phoneHint')} <bdi dir="ltr" class="nw">+44 20 7946 0000</bdi>`}</p><label for="cbw">${this.msg('when')}</label><select id="cbw" aria-describedby=${gone ? 'cbwh' : nothing}>${times[0] === 'asap' ? option('asap', this.msg('asap')) : nothing}${this.slots.map((t) => option(new Date(t).toISOString(), this.slotText(l, t)))}</select>${gone ? html`<p id="cbwh" class="off">${this.msg('timeGone')}</p>` : nothing}<label for="cbn">${this.msg('cbNote')}</label><textarea id="cbn" maxlength="200" .value=${cb.note}></textarea><p><button type="submit" @click=${this.onCallback}>${this.msg('send')}</button> <button type="button" @click=${() => this.toggleCallback(at)}>${this.msg('cancel')}</button></p></form>`
      : nothing}${status ? html`<p part="callback-status" id="cbs" tabindex="-1" class=${cb.state === 'failed' ? 'off' : 'meta'}>${status}${cb.state === 'failed' ? html` <button type="button" @click=${() => this.sendCallback(true)}>${this.msg('retry')}</button>` : nothing}</p>` : nothing}`;
  }

  /** The other ways to reach the line's team, and under a closed line which of them answer now. */
  private renderContacts(l: Line): TemplateResult | typeof nothing {
    if (!l.contacts.length) return nothing;
    const name = (c: Contact): string => c.label ?? this.msg(CONTACT_LABELS[c.type]);
    const now = l.status && !l.status.open ? l.contacts.filter((c) => c.open).map(name) : [];
    // prettier-ignore
    return html`${now.length ? html`<p part="reach">${this.msg('reachNow', { list: this.intl('list', (loc) => new Intl.ListFormat(loc)).format(now) })}</p>` : nothing}<ul part="contacts" aria-label=${this.msg('contacts')}>${l.contacts.map((c) => {
      // An address breaks only after its @ and before a dot (The Chicago Manual of Style, 7.47), never inside a
      // name (`help@examplepay.exampl` / `e` at 320 px: outside check c22-8); a part wider than the line still wraps.
      const shown = c.type === 'email' && c.show ? c.show.split(/(?<=@)|(?=\.)/).map((p, i) => (i ? html`<wbr>${p}` : p)) : c.show && groupsInOrder(c.show);
      const show = c.show ? html` <bdi dir="ltr">${shown}</bdi>` : nothing;
      const copy = this.msg(this.copied === c.show ? 'copied' : 'copyId');
      return html`<li>${c.href
        ? html`<a part="contact" href=${c.href} @click=${(e: Event) => this.onContact(e, l, c)}>${name(c)}${show}</a>`
        : html`<span part="contact">${name(c)}:${show}</span> <button part="copy" type="button" aria-label=${this.nameFor(copy, 'copyFor', { number: c.show! })} @click=${() => this.onCopyId(l, c)} @blur=${() => this.onCopied('')}>${copy}</button>`}${c.open ? nothing : html` <span class="meta">${this.msg('unavailable')}</span>`}</li>`;
    })}</ul>`;
  }

  /** `2 h 15 min`. */
  private duration(m: number): string {
    return this.msg(m < 60 ? 'minutes' : m % 60 ? 'hoursMinutes' : 'hours', { h: (m / 60) | 0, m: m % 60 });
  }

  /**
   * A line's status (its string key) and the text after it. A zone's offset in it never breaks across lines at its
   * sign (`GMT-` / `5` in a narrow right-to-left card): word joiners (U+2060, UAX #14 class WJ) hold the sign to
   * its letters and digits, unseen and unread. At the instant shown: ` · closes 18:00 (in 31 min)`.
   */
  private statusText(l: Line): [keyof HotlineStrings, string] {
    const now = this.at;
    const viewer = this.viewer || l.zone;
    let key: keyof HotlineStrings = 'hoursUnknown';
    let detail = '';
    const s = l.status;
    if (s) key = s.always ? 'always' : s.open ? 'open' : 'closed';
    if (s?.name) detail = ` · ${s.name}`;
    if (s?.at) {
      const { at, inDays: k } = s;
      const left = at - now;
      if (left <= SOON) key = s.open ? 'closingSoon' : 'openingSoon';
      const diff = wall(l.zone, at) !== wall(viewer, at);
      const sameDay = Math.floor(wall(viewer, at) / DAY_MS) === Math.floor(wall(viewer, now) / DAY_MS);
      const m = Math.ceil(left / 6e4);
      // The day word meets the time with a space where the language writes one (`tomorrow 9:00`, `내일 9:00`), and
      // straight in Japanese and Chinese (`明日9:00に`, `明天09:00开始`: JLREQ 3.2.3, clreq 3.2.4, docs/languages.md).
      const gap = /^(ja|zh)(-|$)/i.test(this.locale) ? '' : ' ';
      const day =
        k! > 1
          ? this.intl<Intl.DateTimeFormat>(
              `day ${k! > 6}`,
              (loc) =>
                new Intl.DateTimeFormat(
                  loc,
                  dict<Intl.DateTimeFormatOptions>({ weekday: 'long', timeZone: 'UTC', ...(k! > 6 && { month: 'long', day: 'numeric' }) }),
                ),
            ).format(s.day) + gap
          : k
            ? this.msg('tomorrow') + gap
            : s.open
              ? ''
              : this.msg('today') + gap;
      detail +=
        ` · ${this.msg(s.open ? 'closes' : 'opens', { day, time: this.time(l.zone, at, diff ? { timeZoneName: 'short' } : {}).replace(/(?<=\S)([-+\u2212])(?=\d)/g, '\u2060$1\u2060') })}` +
        (left < DAY_MS ? this.msg('in', { time: this.duration(m) }) : '') +
        (diff ? ` · ${this.msg('yours', { time: this.time(viewer, at, sameDay ? {} : { weekday: 'short' }) })}` : '');
    }
    const wait = s?.open && l.tel ? own(this.wait.waits, l.tel) : undefined;
    if (typeof wait === 'number') detail += ` · ${this.msg('wait', { time: this.duration(Math.max(1, Math.ceil(wait))) })}`;
    return [key, detail];
  }

  /** The line's languages, toll-free and hearing-impaired notes, as one text. */
  private metaText(l: Line): string {
    const names = this.intl('names', (loc) => new Intl.DisplayNames(loc, dict<Intl.DisplayNamesOptions>({ type: 'language' })));
    return [
      l.langs.length && this.msg('languages', { list: this.intl('list', (loc) => new Intl.ListFormat(loc)).format(l.langs.map((t) => names.of(t) ?? t)) }),
      l.free && this.msg('tollFree'),
      l.deaf && this.msg('hearingImpaired'),
    ]
      .filter(Boolean)
      .join(' · ');
  }

  /** The special hours of the coming days: `Special hours: Christmas Eve (Thu, Dec 24): 9:00 AM–1:00 PM · …`. */
  private specialText(l: Line): string {
    const date = this.intl(
      'sday',
      (loc) => new Intl.DateTimeFormat(loc, dict<Intl.DateTimeFormatOptions>({ weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' })),
    );
    return l.soon?.length
      ? this.msg('specialHours', {
          list: l.soon
            .map((x) =>
              this.msg(x.name ? 'specialNamed' : 'specialDate', {
                name: x.name ?? '',
                date: date.formatRange(Date.parse(x.from), Date.parse(x.through)),
                hours: x.ranges.length ? x.ranges.map((r) => r.map((m) => this.time('UTC', m * 6e4, {})).join('–')).join(', ') : this.msg('closed'),
              }),
            )
            .join(' · '),
        })
      : '';
  }

  private renderStatus(l: Line): TemplateResult | typeof nothing {
    if (!l.rules && !l.bad) return nothing;
    const [key, detail] = this.statusText(l);
    return html`<p part="status" data-state=${key}><strong>${this.msg(key)}</strong>${detail}</p>`;
  }

  private renderLine(l: Line): TemplateResult {
    const meta = this.metaText(l);
    // One copy button per line: its name carries the number (WCAG 2.4.6).
    const copy = this.msg(this.copied === l.tel ? 'copied' : 'copy');
    // prettier-ignore
    return html`<li part="line" class=${l.mine ? 'mine' : ''}><p>${l.label ? html`<strong part="label" dir="auto">${l.label}</strong> ` : nothing}${l.mine ? html`<span part="badge">${this.msg('yourLanguage')}</span>` : nothing}</p>${l.tel
      ? html`<p><a part="number" href=${safeUrl(`tel:${l.tel}`)!} @click=${(e: MouseEvent) => this.onCall(e, l)}><bdi dir="ltr">${groupsInOrder(l.show)}</bdi></a> <button part="copy" type="button" aria-label=${this.nameFor(copy, 'copyFor', { number: l.show })} @click=${() => this.onCopy(l)} @blur=${() => this.onCopied('')}>${copy}</button></p>`
      : html`<p class="off">${this.msg('numberUnknown')}</p>`}${this.renderStatus(l)}${this.renderContacts(l)}${this.renderCallback(l)}${[meta, this.specialText(l), l.note].map((t, i) => (t ? html`<p class="meta" part=${i === 1 ? 'special' : ''}>${i > 1 ? html`<bdi>${t}</bdi>` : t}</p>` : nothing))}</li>`;
  }

  // Pure: the lines were validated and their status worked out in willUpdate.
  override render() {
    const verify = this.verify;
    // prettier-ignore
    return html`<section part="base" dir=${this.direction} lang=${this.locale} aria-label=${this.msg('label')}>${this.shown.length ? html`<ul part="lines">${this.shown.map((l) => this.renderLine(l))}</ul>` : nothing}${this.noSafetyNotice
      ? nothing
      : html`<p part="notice">${this.msg('safety')} ${verify ? html`<a href=${verify}>${this.msg('verify')}</a>` : nothing}</p>`}${this.announcer.render()}</section>`;
  }
}
