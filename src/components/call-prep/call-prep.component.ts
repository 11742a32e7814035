import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SupportElement } from '../../internal/base.js';
import { checked } from '../../internal/checked.js';
import { baseStyles } from '../../internal/styles.js';
import { expected, isRecord, own, parseJson, reportUnknownKeys, stringify } from '../../internal/config.js';
import { copyText, downloadFile, fileName, printText } from '../../internal/export.js';
import { namesSecret, redact, redactFields, type Redacted } from '../../internal/sensitive.js';
import { sendableUrl } from '../../internal/safe-url.js';
import { DraftController } from '../../internal/draft.js';
import { namespace } from '../../internal/storage.js';
import { clock } from '../../internal/time.js';
import { SupportCallPrepChangeEvent, SupportCallPrepSubmitEvent, type CallPrepData } from '../../events/call-prep.js';
import { callPrep as en } from './call-prep.en.js';
import {
  FIELDS,
  NOTES,
  builtInTopic,
  isKey,
  parseFields,
  parseTopics,
  type BuiltInTopic,
  type CallPrepField,
  type CallPrepTopic,
  type FieldKey,
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
const EURO = /^(AT|BE|CY|DE|EE|ES|FI|FR|GR|HR|IE|IT|LT|LU|LV|MT|NL|PT|SI|SK)$/;

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
    now: { attribute: false },
    // `attribute: false` is implied by `state` for Lit, not for the manifest analyzer (it would list attributes).
    values: { state: true, attribute: false },
    prepared: { state: true, attribute: false },
    sending: { state: true, attribute: false },
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
    decode: draft,
    // Called with the values: what is saved is what is shared, never the text as typed.
    encode: () => {
      const data = this.clean();
      return Object.keys(data).length ? data : undefined;
    },
    current: () => this.values,
    receive: (values, typing) => this.receive(values, typing),
    days: () => this.retentionDays,
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
  /** The digits of card numbers found in this form, in memory only: what is left of one after an edit is masked. */
  private cards = new Set<string>();

  /**
   * Another tab saved or forgot the draft (the newer save won). The field being typed in keeps its text, saved
   * when it is left; a forgotten draft can be brought back with Undo.
   */
  private receive(values: CallPrepData | undefined, typing: Element | null): void {
    if (!values) {
      this.values = {};
      this.prepared = false;
      this.announce(this.msg('forgotten'));
      return;
    }
    const name = typing?.getAttribute('name');
    if (name && Object.hasOwn(this.values, name) && stringify(this.value(name)) !== stringify(own(values, name))) values[name] = this.value(name)!;
    this.values = values;
    this.announce(this.msg('synced'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fields')) this.specs = parseFields(this.fields, this.reportError);
    if (changed.has('topics')) this.topicList = parseTopics(this.topics, this.reportError);
    if (!(this.retentionDays >= 0)) {
      this.reportError('retention-days', expected('a number of days', this.retentionDays));
      this.retentionDays = 7;
    }
    if (changed.has('endpoint') && this.endpoint && !sendableUrl(this.endpoint)) {
      this.reportError('endpoint', expected('a same-origin or https: URL; nothing will be sent', this.endpoint));
    }
    if (!this.hasUpdated || changed.has('storageKey')) this.values = this.draft.open(namespace(this.storageKey, this.reportError), DRAFT) ?? {};
  }

  protected applyConfig(config: Record<string, unknown>): void {
    reportUnknownKeys(config, ['fields', 'topics'], 'config', this.reportError);
    if (Object.hasOwn(config, 'fields')) this.fields = config.fields as typeof this.fields;
    if (Object.hasOwn(config, 'topics')) this.topics = config.topics as typeof this.topics;
  }

  private time(): number {
    return clock(this.now);
  }

  /** A string of the table by computed key, or `fallback` when the table has no such key (a merchant's field or option). */
  private t(key: FieldKey, fallback = ''): string {
    return isKey(key) ? this.msg(key) : fallback;
  }

  private label(f: CallPrepField): string {
    return f.label ?? this.t(`${f.id}L`, f.id);
  }

  private option(f: CallPrepField, o: string): string {
    return (f.id === 'topic' ? this.topicList.find((t) => t.id === o)?.label : undefined) ?? this.t(`${f.id}_${o}`, o);
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

  /** The problem with a field's value, as a string key. */
  private check(f: CallPrepField): Key | undefined {
    const v = this.value(f.id);
    if (Array.isArray(v) ? !v.length : !v?.trim()) return f.required ? 'eRequired' : undefined;
    if (f.type === 'datetime') {
      const d = Date.parse(v as string);
      return isNaN(d) ? 'eDate' : d > this.time() ? 'eFuture' : undefined;
    }
    if (f.type === 'amount')
      return !(Number(v) > 0) ? 'eAmount' : !AMOUNT.test((v as string).trim()) ? 'eAmountMax' : this.currency(f) ? undefined : 'eCurrency';
    return undefined;
  }

  /**
   * The text fields with card numbers and secrets replaced (`•••• 1111`, `••••••`), read together in the
   * form's order so that a card number split across two fields is found. Computed once per edit.
   */
  private redacted(): Map<string, Redacted> {
    if (this.scanned?.[0] !== this.values) {
      const order = [...new Set([...this.specs, ...NOTES].map((f) => f.id).concat(Object.keys(this.values)))];
      const keys = order.filter((k) => typeof this.value(k) === 'string');
      // One lookup table per scan, not a search per field: the scan stays linear in the number of fields.
      const specs = new Map([...this.specs, ...NOTES].map((f) => [f.id, f]));
      const spec = (k: string) => specs.get(k);
      const text = (k: string): string => {
        const v = this.held.get(k) ?? (this.value(k) as string);
        // Only an amount is kept in an amount field: anything else is not saved or sent.
        return spec(k)?.type === 'amount' && !AMOUNT.test(v.trim()) ? '' : v;
      };
      const out = redactFields(keys.map(text), { known: this.cards });
      // A field named as a secret ("PIN", "密码", "كلمة المرور") holds one, whatever it holds.
      const secret = (k: string): boolean => namesSecret(k) || (!!spec(k) && namesSecret(this.label(spec(k)!)));
      this.scanned = [this.values, new Map(keys.map((k, i) => [k, out[i].text.trim() && secret(k) ? { text: '••••••', cards: 0, secrets: 1 } : out[i]]))];
    }
    return this.scanned[1];
  }

  /** Values safe to keep or share: card numbers masked, secrets replaced, the rest as typed. */
  private clean(keys = Object.keys(this.values)): CallPrepData {
    const out: CallPrepData = {};
    const safe = this.redacted();
    for (const k of keys) {
      const v = this.value(k);
      const c = Array.isArray(v) ? v : (safe.get(k)?.text.trim() ?? '');
      if (c.length) out[k] = c;
    }
    return out;
  }

  /** The warnings of a field: what of its text is not kept. */
  private warnings(id: string): Key[] {
    const r = this.redacted().get(id);
    return r ? [...(r.cards ? ['wCard' as const] : []), ...(r.secrets ? ['wSecret' as const] : [])] : [];
  }

  /** Tells screen readers, once per change, what of a field's text is not kept and why (WCAG 4.1.3). */
  private announceWarnings(): void {
    const said = this.warned;
    this.warned = new Map([...this.redacted().keys()].map((k) => [k, this.warnings(k).join()]));
    const news = [...this.warned].filter(([k, w]) => w && said.get(k) !== w);
    if (news.length) {
      const specs = new Map([...this.specs, ...NOTES].map((f) => [f.id, f]));
      const spec = (k: string) => specs.get(k);
      this.announce(
        news
          .map(
            ([k]) =>
              `${spec(k) ? this.label(spec(k)!) : k}: ${this.warnings(k)
                .map((x) => this.msg(x))
                .join(' ')}`,
          )
          .join(' '),
      );
    }
  }

  /** The data of the shown fields and the notes, as submitted and summarised. */
  private payload(): CallPrepData {
    const fields = [...this.visible(), ...NOTES];
    const out = this.clean(fields.map((f) => f.id));
    for (const f of fields) if (f.type === 'amount' && own(out, f.id)) out[`${f.id}Currency`] = this.currency(f);
    return out;
  }

  private shown(f: CallPrepField, data: CallPrepData): string {
    const v = own(data, f.id) as string | string[];
    if (Array.isArray(v)) return v.map((o) => this.option(f, o)).join('; ');
    try {
      if (f.type === 'datetime' || f.type === 'date') {
        const date = new Date(f.type === 'date' ? `${v}T00:00` : v);
        return new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium', timeStyle: f.type === 'date' ? undefined : 'short' }).format(date);
      }
      // A masked amount (part of a card number split across fields) is shown as it is kept.
      if (f.type === 'amount' && isFinite(Number(v)))
        return new Intl.NumberFormat(this.locale, { style: 'currency', currency: own(data, `${f.id}Currency`) as string }).format(Number(v));
    } catch {
      // An invalid date or currency code: show what was typed.
    }
    return f.type === 'select' ? this.option(f, v) : v;
  }

  /** The summary's content: key facts in the order an agent asks, what to have ready, and the call notes. */
  private summary(): { facts: Row[]; ready: string[]; notes: Row[] } {
    const data = this.payload();
    const rows = (fields: CallPrepField[]): Row[] => fields.filter((f) => own(data, f.id)).map((f) => [this.label(f), this.shown(f, data)]);
    return { facts: rows(this.visible()), ready: this.msg(`ready_${this.topicKind()}`).split('|'), notes: rows(NOTES) };
  }

  /** The summary as plain text, exactly what Copy, Print and Download produce. */
  summaryText(): string {
    const { facts, ready, notes } = this.summary();
    const lines = (rows: Row[]): string => rows.map(([k, v]) => `${k}: ${v}`).join('\n');
    // Formatting may make a number of what was typed ("4,111,111,111,111,111"): the detector reads it last.
    return redact(
      `${lines(facts)}\n\n${this.msg('ready')}:\n${ready.map((r) => `- ${r}`).join('\n')}${notes.length ? `\n\n${this.msg('notes')}:\n${lines(notes)}` : ''}`,
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
    field.focus({ preventScroll: true });
    const label = this.renderRoot.querySelector<HTMLElement>(`[id="${id}-l"]`) ?? field;
    const summary = this.renderRoot.querySelector<HTMLElement>('[part=errors]');
    const bottom = field.getBoundingClientRect().bottom;
    const top = summary && bottom - summary.getBoundingClientRect().top <= window.innerHeight ? summary : label;
    if (top.getBoundingClientRect().top >= 0 && bottom <= window.innerHeight) return;
    top.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  /** Whether an event comes from this element's own fields, not from slotted page content (a `data-f` of the page's). */
  private own(e: Event): boolean {
    return (e.target as Node).getRootNode() === this.renderRoot;
  }

  private onInput(e: Event): void {
    const el = e.target as HTMLInputElement;
    const field = el.dataset.f;
    if (!field || !this.own(e)) return;
    const value =
      el.type === 'checkbox' ? [...this.renderRoot.querySelectorAll<HTMLInputElement>(`[name="${el.name}"]:checked`)].map((c) => c.value) : el.value;
    const before = this.value(el.name);
    this.values = { ...this.values, [el.name]: value };
    // Between keystrokes a half-typed card number or password is not one yet, but saving or emitting it
    // would give it away (15 digits give the 16th): the field's last safe text stands until it is left.
    const partial = typeof value === 'string' && redact(value, { partialCards: true, partialSecrets: true }).text !== redact(value).text;
    if (!partial) this.held.delete(el.name);
    else if (!this.held.has(el.name)) this.held.set(el.name, typeof before === 'string' ? before : '');
    this.draft.save();
    this.announceWarnings();
    if (!partial) this.dispatchEvent(new SupportCallPrepChangeEvent({ field, data: this.payload() }));
  }

  // Errors show once a field the user filled in is left, or after a submit.
  private onBlur(e: FocusEvent): void {
    if (!this.own(e)) return;
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
    this.release();
    this.submitted = true;
    this.errs = this.visible().filter((f) => this.check(f));
    this.prepared = !this.errs.length;
    this.requestUpdate();
    await this.updateComplete;
    const [first] = this.errs;
    if (first) {
      this.announce(`${this.msg('errors')} ${this.errs.map((f) => `${this.label(f)}: ${this.msg(this.check(f)!)}`).join('. ')}`);
      this.focusField(first.id);
      return;
    }
    this.focusOn('#sum');
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
    let reason = this.msg('offline');
    const ms = this.sendTimeout;
    if (!(ms > 0 && ms < 2 ** 31)) this.reportError('send-timeout', expected('milliseconds above 0; 15000 is used', ms));
    // An endpoint that never answers must not leave "Sending…" for ever: the request (and the reply's body) is
    // aborted, and the send fails with Retry, the draft kept.
    const signal = AbortSignal.timeout(ms > 0 && ms < 2 ** 31 ? ms : 15000);
    try {
      // `manual`: a redirect (to another origin, say) is a failure, never followed.
      const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: this.body, redirect: 'manual', signal });
      reason = response.type === 'opaqueredirect' ? this.msg('redirected') : `HTTP ${response.status}`;
      if (response.ok) {
        reason = this.msg('badReply');
        // "Sent" only once the whole answer arrived, and a JSON answer parses: a reply cut off halfway is a failure.
        const text = await response.text();
        if (/json/i.test(response.headers.get('content-type') ?? '') && text.trim()) JSON.parse(text);
        reason = '';
      }
    } catch {
      // A network error, a broken reply or no answer in time: `reason` says which.
      if (signal.aborted) reason = this.msg('timedOut');
    }
    this.reason = reason;
    this.sending = reason ? 'failed' : 'sent';
    this.announce(this.statusText());
  }

  private statusText(): string {
    return this.sending === 'failed' ? this.msg('failed', { reason: this.reason }) : this.msg(this.sending as 'sent');
  }

  private async forget(): Promise<void> {
    this.draft.forget();
    this.values = {};
    this.held.clear();
    this.touched.clear();
    this.submitted = this.prepared = false;
    this.errs = [];
    this.announce(this.msg('forgotten'));
    await this.updateComplete;
    this.focusOn('.saved button');
  }

  private async undo(): Promise<void> {
    this.values = this.draft.undo() ?? {};
    this.draft.save();
    this.announce(this.msg('restored'));
    await this.updateComplete;
    this.focusOn('.saved button');
  }

  private async copy(): Promise<void> {
    this.announce(this.msg((await copyText(this.summaryText())) ? 'copied' : 'copyFailed'));
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
    const hint = f.hint ?? (id === 'topic' ? (s === 'dispute' ? this.msg('disputeHint') : '') : this.t(`${id}H`));
    const desc = [hint && `${id}-h`, warn.length && `${id}-w`, err && `${id}-e`].filter(Boolean).join(' ') || nothing;
    const invalid = !!err;
    const checks = type === 'checks';
    const amount = type === 'amount';
    const options = (list: string[], value: string) =>
      html`<option value="" ?selected=${!value}>${this.msg('choose')}</option>${list.map((o) => html`<option value=${o} ?selected=${o === value}>${this.option(f, o)}</option>`)}`;
    const cur = amount ? this.currency(f) : '';
    const control = checks
      ? f.options!.map(
          (o) =>
            html`<label class="check"><input type="checkbox" name=${id} value=${o} data-f=${id} ?checked=${((this.value(id) as string[] | undefined) ?? []).includes(o)} ${checked(((this.value(id) as string[] | undefined) ?? []).includes(o))} />${this.option(f, o)}</label>`,
        )
      : type === 'textarea'
        ? html`<textarea id=${id} name=${id} data-f=${id} rows="3" aria-describedby=${desc} aria-invalid=${invalid} ?required=${f.required} .value=${s}></textarea>`
        : type === 'select'
          ? html`<select id=${id} name=${id} data-f=${id} aria-describedby=${desc} aria-invalid=${invalid} ?required=${f.required} .value=${s}>${options(id === 'topic' ? this.topicList.map((t) => t.id) : f.options!, s)}</select>`
          : html`<div class="row"><input id=${id} name=${id} data-f=${id} type=${amount ? 'number' : type === 'datetime' ? 'datetime-local' : type}
inputmode=${amount ? 'decimal' : nothing} min=${ifDefined(amount ? 0 : undefined)} .step=${amount ? 'any' : ''}
max=${ifDefined(type === 'datetime' ? new Date(this.time() - new Date(this.time()).getTimezoneOffset() * 6e4).toISOString().slice(0, 16) : undefined)}
autocomplete=${ifDefined(f.ac)} aria-describedby=${desc} aria-invalid=${invalid} ?required=${f.required} .value=${s} />${
              amount
                ? html`<label class="sr-only" for="${id}-c">${this.msg('currency')}</label><select id="${id}-c" name="${id}Currency" data-f=${id} .value=${cur}>${options(f.options!, cur)}</select>`
                : nothing
            }</div>`;
    return html`<div class="f" part="field" role=${ifDefined(checks ? 'group' : undefined)} aria-labelledby=${checks ? `${id}-l` : nothing} aria-describedby=${checks ? desc : nothing}>
<label for=${ifDefined(checks ? undefined : id)} id="${id}-l">${this.label(f)}${f.required ? nothing : html`<span class="opt">${`${gap(this.msg('optional'))}${this.msg('optional')}`}</span>`}</label>
${hint ? html`<p class="h" id="${id}-h">${hint}</p>` : nothing}${control}${id === 'topic' && s === 'dispute' ? html`<slot name="dispute"></slot>` : nothing}${warn.length ? html`<p class="w" id="${id}-w">${warn.map((w) => this.msg(w)).join(' ')}</p>` : nothing}${err ? html`<p class="e" id="${id}-e">${this.msg(err)}</p>` : nothing}</div>`;
  }

  override render() {
    const errs = this.errs.filter((f) => this.check(f));
    const level = this.headingLevel;
    const summary = this.prepared && this.summary();
    // <bdi>: a value keeps its own direction (a phone number stays `+1 800…` in a right-to-left summary).
    const dl = (rows: Row[]) => html`<dl>${rows.map(([k, v]) => html`<dt>${k}</dt><dd><bdi>${v}</bdi></dd>`)}</dl>`;
    // `name`: the accessible name, saying what the button acts on ("Copy call summary": other elements on the page have a Copy too).
    const button = (key: Key, click: () => unknown, cls = '', name?: Key) =>
      html`<button type="button" class=${cls} aria-label=${name ? this.nameFor(this.msg(key), name) : nothing} @click=${click}>${this.msg(key)}</button>`;
    return html`<section part="base" class="base" dir=${this.direction} aria-labelledby="title" @input=${this.onInput} @focusout=${this.onBlur}>
<div id="title" class="title" role="heading" aria-level=${level}>${this.msg('label')}</div><p class="note" part="note">${this.msg('note')}</p>
<form novalidate @submit=${this.onSubmit}>${
      errs.length
        ? html`<div class="alert" part="errors"><p>${this.msg('errors')}</p><ul>${errs.map(
            (f) =>
              html`<li><button type="button" class="link" @click=${() => this.focusField(f.id)}>${this.label(f)}: ${this.msg(this.check(f)!)}</button></li>`,
          )}</ul></div>`
        : nothing
    }${this.visible().map((f) => this.field(f))}<button class="primary" part="submit" @click=${this.onSubmit}>${this.msg('prepare')}</button></form>
${this.sending ? html`<p class="status ${this.sending}">${this.statusText()} ${this.sending === 'failed' ? button('retry', this.send) : nothing}</p>` : nothing}
<div class="sum">${
      summary
        ? html`<section class="card" part="summary" aria-labelledby="sum"><div id="sum" class="title" role="heading" aria-level=${level + 1} tabindex="-1">${this.msg('summary')}</div>
${dl(summary.facts)}<div role="heading" aria-level=${level + 2}>${this.msg('ready')}</div><ul>${summary.ready.map((r) => html`<li>${r}</li>`)}</ul>
${summary.notes.length ? html`<div role="heading" aria-level=${level + 2}>${this.msg('notes')}</div>${dl(summary.notes)}` : nothing}
<p class="actions">${button('copy', this.copy, '', 'summaryName')} ${button('print', this.print, '', 'summaryName')} ${button('download', this.download, '', 'summaryName')}</p></section>`
        : nothing
    }<slot name="hotline"></slot></div>
<fieldset part="notes"><legend>${this.msg('notes')}</legend>${NOTES.map((f) => this.field(f))}</fieldset>
${
  this.draft.forgotten
    ? html`<p class="saved">${this.msg('forgotten')} ${button('undo', this.undo, 'link', 'undoName')}</p>`
    : !this.noPersist && Object.keys(this.clean()).length
      ? html`<p class="saved">${this.msg(this.draft.synced ? 'synced' : this.draft.where === 'memory' ? 'visit' : 'saved')} · ${button('forget', this.forget, 'link', 'forgetName')}</p>`
      : nothing
}${this.renderAnnouncer()}</section>`;
  }
}
