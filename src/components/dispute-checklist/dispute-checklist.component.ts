import { html, nothing, type PropertyValues } from 'lit';
import { SupportElement } from '../../internal/base.js';
import { expected, isRecord, own, reportUnknownKeys, stringify } from '../../internal/config.js';
import { copyText, downloadFile, fileName, printText } from '../../internal/export.js';
import { hasCardNumber, hasSecret, maskCardNumbers } from '../../internal/sensitive.js';
import { SafeStorage, namespace, type StoredValue, type WriteResult } from '../../internal/storage.js';
import { baseStyles } from '../../internal/styles.js';
import { clock } from '../../internal/time.js';
import { SupportDisputeChangeEvent, SupportDisputeExportEvent, SupportDisputeReadyEvent, type DisputeExportFormat } from '../../events/dispute-checklist.js';
import type { DisputeStrings } from './dispute-checklist.en.js';
import { styles } from './dispute-checklist.styles.js';
import { resolveTypes, type DisputeItem, type DisputeType } from './dispute-checklist.types.js';

const DAY = 86_400_000;
type Key = keyof DisputeStrings;
/** Saved progress of one item. */
interface ItemState {
  /** Checked. */
  c?: 1;
  /** Note. */
  n?: string;
}
/** Progress by type id, then item id. */
type Progress = Record<string, Record<string, ItemState> | undefined>;
/** The saved record: the chosen type and the progress, as read back (another version or a page may have written it). */
type Saved = StoredValue<{ t?: unknown; p?: Progress } | undefined>;

/** The `.json` export: one dispute type, its deadline and every item. */
export interface DisputeSummary {
  type: string;
  label: string;
  transactionDate?: string;
  /** Last day to file, `YYYY-MM-DD`. */
  deadline?: string;
  daysLeft?: number;
  ready: boolean;
  required: { ready: number; total: number };
  recommended: { ready: number; total: number };
  items: { id: string; label: string; required: boolean; checked: boolean; note: string }[];
}

/**
 * What to gather to dispute a card or wallet charge, for each kind of dispute, with the filing deadline,
 * progress saved on the device and a summary to copy, print or download.
 *
 * @summary A dispute evidence checklist: pick what went wrong, tick off the evidence, file before the deadline.
 * @customElement support-dispute-checklist
 * @csspart base - The wrapper.
 * @csspart deadline - The deadline box (classes `soon` and `passed` in those states).
 * @csspart picker - The fieldset of dispute types.
 * @csspart heading - The chosen type's name.
 * @csspart progress - The progress text and bar.
 * @csspart ready - The message shown when every required item is checked.
 * @csspart list - The list of evidence items.
 * @csspart item - One evidence item.
 * @csspart note - An item's note field.
 * @csspart actions - The export buttons.
 * @csspart button - Every button.
 * @csspart storage - The "Saved on this device · Forget" line.
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
    transactionDate: { attribute: 'transaction-date' },
    windowDays: { attribute: 'window-days', type: Number },
    disputeId: { attribute: 'dispute-id' },
    storageKey: { attribute: 'storage-key' },
    retentionDays: { attribute: 'retention-days', type: Number },
    headingLevel: { attribute: 'heading-level', type: Number },
    noBuiltIns: { attribute: 'no-built-ins', type: Boolean },
    types: { attribute: false },
    now: { attribute: false },
    chosen: { state: true, attribute: false },
    picking: { state: true, attribute: false },
    progress: { state: true, attribute: false },
    saved: { state: true, attribute: false },
    warning: { state: true, attribute: false },
  };
  protected static override section = 'dispute' as const;

  /** The dispute type to show (`not-received`, …); without it, or if unknown, the user picks one. */
  type?: string = undefined;
  /** Date of the disputed charge, `YYYY-MM-DD`: shows the last day to file and the days left. */
  transactionDate?: string = undefined;
  /** Days after the charge during which a dispute can be filed. */
  windowDays = 120;
  /** Identifies this dispute: progress is saved per id. */
  disputeId = '';
  /** Namespace of the saved progress, usually the merchant's name; not empty (an empty one is an error: nothing is saved on the device). */
  storageKey?: string = undefined;
  /** Days the saved progress is kept after the last change. */
  retentionDays = 180;
  /** ARIA level of the type's heading. */
  headingLevel = 3;
  /** Show only the merchant's `types`, not the built-in ones. */
  noBuiltIns = false;
  /** Merchant types that replace, extend or add to the built-in ones (see the README). */
  types?: DisputeType[] = undefined;
  /** The current time; set it to test deadlines. Defaults to the clock. */
  now?: Date = undefined;

  private chosen?: string = undefined;
  private picking = false;
  private progress: Progress = {};
  private saved?: WriteResult = undefined;
  private warning?: [DisputeItem, string] = undefined;
  private list: DisputeType[] = [];
  /** Last day to file, as UTC midnight of that calendar day. */
  private due?: number = undefined;
  private store = new SafeStorage('dispute');
  /** When this tab last wrote or read the progress: another tab's older write loses. */
  private savedT = 0;
  /** The progress was replaced by another tab's newer one. */
  private synced = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('storage', this.onStorage);
  }

  /**
   * Another tab saved or forgot this dispute's progress. Last write wins by its saved time; a note being typed
   * keeps its text (it is saved when the field is left, and then wins).
   */
  private onStorage = async (e: StorageEvent): Promise<void> => {
    const record = this.store.changed<Saved['data']>(e, this.record(), clock(this.now));
    if (record === undefined || (!record && !this.saved)) return;
    if (record && record.savedAt.getTime() < this.savedT) return this.persist();
    const input = (this.renderRoot as ShadowRoot).activeElement as HTMLInputElement | null;
    const typed = input?.getAttribute('part') === 'note' ? input.value : undefined;
    this.restore(record);
    this.saved = record ? 'device' : undefined;
    this.synced = true;
    this.announce(this.t(record ? 'synced' : 'forgotten'));
    await this.updateComplete;
    if (typed !== undefined && input!.isConnected) input!.value = typed;
  };

  protected applyConfig(config: Record<string, unknown>): void {
    reportUnknownKeys(config, ['types'], 'config', this.reportError);
    if (Object.hasOwn(config, 'types')) this.types = config.types as DisputeType[];
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('types') || changed.has('noBuiltIns')) this.list = resolveTypes(this.types, !this.noBuiltIns, this.reportError);
    if (this.type && !find(this.list, this.type)) {
      this.reportError('type', `unknown dispute type "${this.type}"; expected one of: ${this.list.map((t) => t.id).join(', ')}`);
    }
    if (changed.has('transactionDate') || changed.has('windowDays')) {
      const date = this.transactionDate;
      const start = date && /^\d{4}-\d\d-\d\d$/.test(date) ? Date.parse(date) : NaN;
      const span = this.days('window-days', this.windowDays, 120);
      this.due = undefined;
      // Date.parse accepts 2026-02-30 as March 2nd: only a date that formats back to itself is real.
      if (start === start && new Date(start).toISOString().startsWith(date!)) this.due = start + span * DAY;
      else if (date) this.reportError('transaction-date', expected('an ISO date (YYYY-MM-DD)', date));
    }
    if (!this.hasUpdated || changed.has('disputeId') || changed.has('storageKey')) {
      this.store = new SafeStorage('dispute', namespace(this.storageKey, this.reportError));
      const saved = this.store.read<Saved['data']>(this.record(), clock(this.now));
      this.restore(saved);
      this.saved = saved?.data && 'device';
    }
  }

  /** Takes the chosen type and progress of a saved record; none when there is no record. */
  private restore(record: Saved | null | undefined): void {
    const data = record?.data;
    this.progress = progressOf(data?.p);
    this.chosen = typeof data?.t === 'string' ? data.t : undefined;
    this.savedT = record?.savedAt.getTime() ?? 0;
  }

  private record(): string {
    return this.disputeId ?? '';
  }

  private days(name: string, value: number, fallback: number): number {
    if (value >= 0) return Math.round(value);
    this.reportError(name, expected('a number of days, 0 or more', this.getAttribute(name) ?? value));
    return fallback;
  }

  private get active(): DisputeType | undefined {
    return find(this.list, this.chosen) ?? find(this.list, this.type);
  }

  /** A string by computed key (built-in type and item labels). */
  private t(key: string, params?: Record<string, string | number>): string {
    return this.msg(key as Key, params);
  }

  /** The label of a type (`t-`) or item (`i-`): the merchant's, else the string table's. */
  private label(of: DisputeType | DisputeItem, prefix: 't' | 'i'): string {
    return (own(of, 'label') as string | undefined) ?? this.t(`${prefix}-${of.id}`);
  }

  private state(type: DisputeType, item: DisputeItem): ItemState {
    return (own(own(this.progress, type.id), item.id) as ItemState | undefined) ?? {};
  }

  /** [required checked, required, recommended checked, recommended]. */
  private count(type: DisputeType): number[] {
    const n = [0, 0, 0, 0];
    for (const item of type.items) {
      const k = item.required ? 0 : 2;
      n[k + 1]++;
      if (this.state(type, item).c) n[k]++;
    }
    return n;
  }

  /** The deadline lines (shown and exported), its state class and the figures. */
  private deadline() {
    const due = this.due;
    if (due === undefined) return undefined;
    const now = new Date(clock(this.now));
    // Calendar days between today (local) and the last day, both as UTC midnights: no DST drift.
    const left = Math.round((due - Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())) / DAY);
    const iso = new Date(due).toISOString().slice(0, 10);
    let date = iso;
    try {
      date = new Intl.DateTimeFormat(this.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(due);
    } catch {
      // An invalid lang tag: keep the ISO date.
    }
    const state = left < 0 ? 'passed' : left <= 14 ? 'soon' : '';
    return { lines: left < 0 ? [this.t('passed', { date })] : [this.t('due', { date }), this.t(state || 'left', { n: left })], state, left, iso };
  }

  /** Saves the progress of `item` (or only the chosen type) and tells the page. */
  private save(type: DisputeType, item?: DisputeItem, patch?: ItemState): void {
    if (item) this.progress = { ...this.progress, [type.id]: { ...this.progress[type.id], [item.id]: { ...this.state(type, item), ...patch } } };
    this.persist();
    const n = this.count(type);
    const checked = type.items.filter((i) => this.state(type, i).c).map((i) => i.id);
    if (!patch || 'c' in patch) this.dispatchEvent(new SupportDisputeChangeEvent({ type: type.id, checked, ready: n[0] === n[1] }));
  }

  private persist(): void {
    this.savedT = clock(this.now);
    this.synced = false;
    const result = this.store.write(this.record(), { t: this.chosen, p: this.progress }, this.days('retention-days', this.retentionDays, 180), this.savedT);
    this.saved = result === 'device' ? result : 'memory';
  }

  private check(type: DisputeType, item: DisputeItem, event: Event): void {
    const n = this.count(type);
    this.save(type, item, { c: (event.target as HTMLInputElement).checked ? 1 : undefined });
    const after = this.count(type);
    if (n[0] < n[1] && after[0] === after[1]) {
      this.announce(this.t('ready'));
      this.dispatchEvent(new SupportDisputeReadyEvent({ type: type.id }));
    }
  }

  private note(type: DisputeType, item: DisputeItem, event: Event): void {
    const input = event.target as HTMLInputElement;
    let value = input.value.trim();
    let warning = '';
    // Codes and passwords are dropped; a card number keeps only its last four digits, enough to identify the card.
    if (hasSecret(value)) [value, warning] = ['', this.t('refused')];
    else if (hasCardNumber(value)) [value, warning] = [maskCardNumbers(value), this.t('masked')];
    input.value = value;
    this.warning = warning ? [item, warning] : undefined;
    if (warning) this.announce(warning);
    this.save(type, item, { n: value || undefined });
  }

  /** Shows the picker. The button goes away, so focus moves to the chosen type. */
  private async change(): Promise<void> {
    this.picking = true;
    await this.focusFirst('[name=type]:checked');
  }

  /** Erases the saved progress. The Forget button goes away, so focus moves to the first field. */
  private async forget(): Promise<void> {
    this.store.remove(this.record());
    this.progress = {};
    this.chosen = this.saved = this.warning = undefined;
    this.announce(this.t('forgotten'));
    await this.focusFirst('input');
  }

  private async focusFirst(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async export(format: DisputeExportFormat): Promise<void> {
    const text = this.exportText();
    const name = (ext: string): string => fileName('dispute-checklist', ext, new Date(clock(this.now)));
    if (format === 'copy') this.announce(this.t((await copyText(text)) ? 'copied' : 'copyFail'));
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
    const lines = [this.t('label'), this.t('type', { type: this.label(type, 't') }), ...(this.deadline()?.lines ?? []), this.t('req', { n: n[0], total: n[1] })];
    if (n[3]) lines.push(this.t('rec', { n: n[2], total: n[3] }));
    for (const required of [true, false]) {
      const items = type.items.filter((i) => !!i.required === required);
      if (items.length) lines.push('', this.t(required ? 'required' : 'recommended'));
      for (const item of items) {
        const s = this.state(type, item);
        lines.push(`[${s.c ? 'x' : ' '}] ${this.label(item, 'i')}${s.n ? `: ${s.n}` : ''}`);
      }
    }
    return lines.join('\n');
  }

  /** The structured summary of the current type, as saved as `.json`; undefined before a type is chosen. */
  exportJson(): DisputeSummary | undefined {
    const type = this.active;
    if (!type) return undefined;
    const n = this.count(type);
    const d = this.deadline();
    return {
      type: type.id,
      label: this.label(type, 't'),
      transactionDate: d && this.transactionDate,
      deadline: d?.iso,
      daysLeft: d?.left,
      ready: n[0] === n[1],
      required: { ready: n[0], total: n[1] },
      recommended: { ready: n[2], total: n[3] },
      items: type.items.map((i) => ({ id: i.id, label: this.label(i, 'i'), required: !!i.required, checked: !!this.state(type, i).c, note: this.state(type, i).n ?? '' })),
    };
  }

  override render() {
    const type = this.active;
    const d = this.deadline();
    const n = type && this.count(type);
    const picker = !find(this.list, this.type) || this.picking;
    return html`<div part="base" class="base" dir=${this.direction}>
      ${d ? html`<p part="deadline" class="deadline ${d.state}">${d.lines.map((l) => html`<span>${l}</span>`)}</p>` : nothing}
      ${picker
        ? html`<fieldset part="picker">
            <legend>${this.t('pick')}</legend>
            ${this.list.map(
              (t) =>
                html`<label class="opt"
                  ><input
                    type="radio"
                    name="type"
                    .checked=${t === type}
                    @change=${() => {
                      this.chosen = t.id;
                      this.save(t);
                    }}
                  />${this.label(t, 't')}</label
                >`,
            )}
          </fieldset>`
        : nothing}
      ${type && n
        ? html`<div class="head">
              <div part="heading" class="heading" role="heading" aria-level=${this.headingLevel}>${this.label(type, 't')}</div>
              ${picker ? nothing : html`<button part="button" @click=${this.change}>${this.t('change')}</button>`}
            </div>
            ${own(type, 'description') ? html`<p class="hint">${type.description}</p>` : nothing}
            <div part="progress" class="progress">
              <span id="req">${this.t('req', { n: n[0], total: n[1] })}</span>
              <progress aria-labelledby="req" max=${n[1]} .value=${n[0]} aria-valuemin="0" aria-valuemax=${n[1]} aria-valuenow=${n[0]}></progress>
              ${n[3] ? html`<span class="hint">${this.t('rec', { n: n[2], total: n[3] })}</span>` : nothing}
            </div>
            ${n[0] === n[1] ? html`<p part="ready" class="ready">${this.t('ready')}</p>` : nothing}
            <ul part="list">
              ${type.items.map((item, i) => {
                const s = this.state(type, item);
                const label = this.label(item, 'i');
                const reason = (own(item, 'reason') as string | undefined) ?? (own(item, 'label') ? undefined : this.t(`r-${item.id}`));
                return html`<li part="item" class=${s.c ? 'done' : ''}>
                  <label class="check"
                    ><input type="checkbox" .checked=${!!s.c} aria-describedby=${reason ? `r${i}` : nothing} @change=${(e: Event) => this.check(type, item, e)} /><span
                      >${label} <small class="hint">${this.t(item.required ? 'required' : 'recommended')}</small></span
                    ></label
                  >
                  ${reason ? html`<p class="hint" id="r${i}">${reason}</p>` : nothing}
                  <label class="note hint"
                    >${this.t('note')}
                    <input
                      part="note"
                      .value=${s.n ?? ''}
                      aria-label=${this.t('noteFor', { item: label })}
                      placeholder=${this.t('noteHint')}
                      maxlength="200"
                      autocomplete="off"
                      @change=${(e: Event) => this.note(type, item, e)}
                  /></label>
                  ${this.warning?.[0] === item ? html`<p class="warn">${this.warning[1]}</p>` : nothing}
                </li>`;
              })}
            </ul>
            <div part="actions" class="actions" role="group" aria-label=${this.t('exp')}>
              ${(['copy', 'print', 'text', 'json'] as const).map((f) => html`<button part="button" @click=${() => this.export(f)}>${this.t(f)}</button>`)}
            </div>`
        : nothing}
      ${this.saved
        ? html`<p part="storage" class="hint">
            ${this.t(this.synced ? 'synced' : this.saved === 'device' ? 'saved' : 'memory')} ·
            <button part="button" class="link" @click=${this.forget}>${this.t('forget')}</button>
          </p>`
        : nothing}
      ${this.renderAnnouncer()}
    </div>`;
  }
}

/** Saved progress as read back: only checks and text notes survive, whatever another version or a page wrote. */
function progressOf(p: unknown): Progress {
  // fromEntries defines own properties: a `__proto__` key stays a key.
  const map = <T>(v: unknown, f: (x: unknown) => T) => Object.fromEntries(Object.entries(isRecord(v) ? v : {}).map(([k, x]) => [k, f(x)]));
  return map(p, (items) => map(items, (s) => (isRecord(s) ? { c: s.c === 1 ? (1 as const) : undefined, n: typeof s.n === 'string' ? s.n : undefined } : {})));
}

function find(list: DisputeType[], id?: string): DisputeType | undefined {
  return list.find((t) => t.id === id);
}
