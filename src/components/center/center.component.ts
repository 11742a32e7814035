import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SupportElement, type Theme } from '../../internal/base.js';
import { expected, isRecord, own, parseJson, reportUnknownKeys, type Reporter } from '../../internal/config.js';
import { e164 } from '../../internal/phone.js';
import { sendableUrl } from '../../internal/safe-url.js';
import { baseStyles } from '../../internal/styles.js';
import { SupportCenterErrorEvent, SupportCenterLoadEvent } from '../../events/center.js';
import type { Strings } from '../../locales/en.js';
import type { FaqItemData, SupportFaq } from '../faq/faq.component.js';
import type { HotlineLine, SupportHotline } from '../hotline/hotline.component.js';
import type { SupportCallPrep } from '../call-prep/call-prep.component.js';
import type { SupportDisputeChecklist } from '../dispute-checklist/dispute-checklist.component.js';
import type { CallPrepField, CallPrepTopic } from '../call-prep/call-prep.fields.js';
import type { DisputeType } from '../dispute-checklist/dispute-checklist.types.js';
import type { DisputeRegimeOption } from '../dispute-checklist/dispute-checklist.component.js';
import type { DisputeRegime } from '../dispute-checklist/dispute-checklist.rules.js';
import { center as english } from './center.en.js';
import { styles } from './center.styles.js';
// The elements the center renders (class modules: no side effects; src/center.ts registers them).
import '../faq/faq.component.js';
import '../hotline/hotline.component.js';
import '../call-prep/call-prep.component.js';
import '../dispute-checklist/dispute-checklist.component.js';

/** A section of the center, by its config key. Its id and slot name are `faq`, `hotline`, `call-prep`, `dispute`. */
export type CenterSection = 'faq' | 'hotline' | 'callPrep' | 'dispute';

/** The one configuration of `<support-center>`: see `config.schema.json` in the package. */
export interface CenterConfig {
  /** The sections shown, in this order. Default: every section with a key here or a slotted replacement. */
  sections?: Array<CenterSection | 'call-prep'>;
  faq?: { items?: FaqItemData[]; searchable?: boolean; feedback?: boolean; single?: boolean; structuredData?: boolean; strings?: Partial<Strings['faq']> };
  hotline?: { lines?: HotlineLine[]; verifyUrl?: string; noSafetyNotice?: boolean; structuredData?: boolean; strings?: Partial<Strings['hotline']> };
  callPrep?: {
    fields?: Array<string | Partial<CallPrepField>>;
    topics?: Array<string | CallPrepTopic>;
    storageKey?: string;
    endpoint?: string;
    noPersist?: boolean;
    retentionDays?: number;
    strings?: Partial<Strings['callPrep']>;
  };
  dispute?: {
    types?: DisputeType[];
    type?: string;
    regime?: DisputeRegime;
    regimes?: string | Array<DisputeRegime | DisputeRegimeOption>;
    transactionDate?: string;
    statementDate?: string;
    expectedDate?: string;
    receivedDate?: string;
    returnedDate?: string;
    cancelledDate?: string;
    refundDate?: string;
    amount?: number | string;
    currency?: string;
    merchantName?: string;
    prefillFromUrl?: boolean;
    windowDays?: number;
    disputeId?: string;
    storageKey?: string;
    retentionDays?: number;
    noBuiltIns?: boolean;
    strings?: Partial<Strings['dispute']>;
  };
  /** Overrides of the center's own strings (`center` section). */
  strings?: Partial<Strings['center']>;
  theme?: Theme;
}

type Values = Record<string, unknown>;
/** The validated sections of the config. */
type Sections = { [K in CenterSection]?: NonNullable<CenterConfig[K]> };
const NAMES: CenterSection[] = ['faq', 'hotline', 'callPrep', 'dispute'];
/** A section's id and slot name. */
const idOf = (name: CenterSection): string => (name === 'callPrep' ? 'call-prep' : name);
// Value kinds: b boolean, s string, n number, o object; a = an array the component itself validates.
const SPEC: Record<CenterSection, Record<string, string>> = {
  faq: { items: 'a', searchable: 'b', feedback: 'b', single: 'b', structuredData: 'b', strings: 'o' },
  hotline: { lines: 'a', verifyUrl: 's', noSafetyNotice: 'b', structuredData: 'b', strings: 'o' },
  callPrep: { fields: 'a', topics: 'a', storageKey: 's', endpoint: 's', noPersist: 'b', retentionDays: 'n', strings: 'o' },
  // regimes (a string or an array) and amount (a number or a string): the element checks them.
  dispute: {
    types: 'a',
    type: 's',
    regime: 's',
    regimes: 'a',
    transactionDate: 's',
    statementDate: 's',
    expectedDate: 's',
    receivedDate: 's',
    returnedDate: 's',
    cancelledDate: 's',
    refundDate: 's',
    amount: 'a',
    currency: 's',
    merchantName: 's',
    prefillFromUrl: 'b',
    windowDays: 'n', disputeId: 's', storageKey: 's', retentionDays: 'n', noBuiltIns: 'b', strings: 'o' },
};
/** What a section's element gets for a key its config leaves out, where that is not `undefined` (booleans: false). */
const DEFAULTS: Partial<Record<CenterSection, Values>> = {
  callPrep: { endpoint: '', retentionDays: 7 },
  dispute: { windowDays: 120, disputeId: '', retentionDays: 180 },
};
const KIND: Record<string, [string, (v: unknown) => boolean]> = {
  b: ['true or false', (v) => typeof v === 'boolean'],
  s: ['a string', (v) => typeof v === 'string'],
  n: ['a number', (v) => typeof v === 'number' && isFinite(v)],
  o: ['an object', isRecord],
};

/**
 * A whole support page from one configuration: the FAQ, the hotline, the call preparation form and the
 * dispute checklist, in a responsive layout with a section navigation, connected to each other.
 *
 * @summary One tag, one config: a complete, connected support page.
 * @customElement support-center
 * @slot faq - Your own markup instead of the FAQ; the section, its heading and its navigation link stay.
 * @slot hotline - Your own markup instead of the hotline.
 * @slot call-prep - Your own markup instead of the call preparation form.
 * @slot dispute - Your own markup instead of the dispute checklist.
 * @csspart base - The wrapper.
 * @csspart nav - The section navigation.
 * @csspart section - Each section.
 * @csspart heading - Each section's heading.
 * @csspart error - The message shown when `src` could not be loaded, with its Retry button.
 * @cssproperty --support-color-surface-alt - Background of the center.
 * @cssproperty --support-color-surface - Background of the navigation links.
 * @cssproperty --support-color-accent - Links and the Retry button.
 * @cssproperty --support-color-border - Borders of the navigation links.
 * @cssproperty --support-color-danger - The load error's border.
 * @cssproperty --support-radius - Corner radius.
 * @cssproperty --support-space - Spacing.
 * @event {SupportCenterLoadEvent} support-center-load - The configuration at `src` was fetched and applied: `{ src }`.
 * @event {SupportCenterErrorEvent} support-center-error - The configuration at `src` could not be loaded: `{ src, reason }`.
 */
export class SupportCenter extends SupportElement<'center'> {
  static override styles = [baseStyles, styles];
  static override properties = {
    config: { attribute: false },
    src: {},
    sections: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: { attribute: false },
    state: { state: true, attribute: false },
  };
  protected static override section = 'center' as const;
  protected static override english = english;

  /** The configuration (see the README and `config.schema.json`). A child JSON script sets it too; `src` replaces it. */
  config?: CenterConfig = undefined;
  /**
   * URL of a JSON configuration, fetched once (again only on Retry or a new `src`): same-origin or `https:`
   * only (anything else is refused and not fetched); redirects are not followed.
   */
  src = '';
  /** The sections shown, in order, as names separated by spaces or commas (`faq hotline`); the config's `sections` wins. */
  sections?: string = undefined;
  /** Level (1 to 6) of the section headings; the sections' own headings are one level lower. */
  headingLevel = 2;
  /** The current time for the hotline, call form and checklist; set it for previews and tests. */
  now?: Date = undefined;

  private state: '' | 'loading' | 'error' = '';
  private cfg: Sections = {};
  private order?: CenterSection[] = undefined;
  /** The hotline's numbers (E.164): the only ones a `tel:` link in a FAQ answer may dial. */
  private numbers: string[] = [];
  private loads = 0;
  private hashPending = true;
  // One stable reporter per section: errors of a section's element come out under the center's path.
  private rep = Object.fromEntries(
    NAMES.map((n) => [n, ((path, problem) => this.reportError(`${n}.${path.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`, problem)) as Reporter]),
  ) as Record<CenterSection, Reporter>;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
  }

  protected applyConfig(config: Record<string, unknown>): void {
    this.config = config as CenterConfig;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('config')) this.parse(this.config);
    if (changed.has('src') && this.src) this.state = 'loading';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.load();
    if (this.hashPending && this.renderRoot.querySelector('section')) {
      this.hashPending = false;
      this.onHash();
    }
  }

  /** Validates the configuration: one error per bad field, named by its path; the rest is used. */
  private parse(raw: unknown): void {
    const report = this.reportError;
    this.cfg = {};
    this.order = undefined;
    this.numbers = [];
    if (raw === undefined || raw === null) return;
    if (!isRecord(raw)) return report('config', expected('an object', raw));
    reportUnknownKeys(raw, ['sections', ...NAMES, 'strings', 'theme'], '', report);
    // From a child script the base has already taken `strings` and `theme` out.
    // Own properties only, at every depth: a host page's polluted Object.prototype configures nothing.
    const strings = own(raw, 'strings');
    const theme = own(raw, 'theme');
    if (Object.hasOwn(raw, 'strings')) {
      if (isRecord(strings)) this.strings = strings;
      else report('strings', expected('an object of strings', strings));
    }
    if (Object.hasOwn(raw, 'theme')) {
      if (theme === 'light' || theme === 'dark' || theme === 'auto') this.theme = theme;
      else report('theme', expected('"light", "dark" or "auto"', theme));
    }
    if (Object.hasOwn(raw, 'sections')) this.order = this.names(own(raw, 'sections'), 'sections');
    for (const name of NAMES) {
      const value = own(raw, name);
      if (value === undefined) continue;
      if (!isRecord(value)) {
        report(name, expected('an object', value));
        continue;
      }
      const spec = SPEC[name];
      reportUnknownKeys(value, Object.keys(spec), name, report);
      const clean: Values = {};
      for (const [key, kind] of Object.entries(spec)) {
        const v = own(value, key);
        if (v === undefined) continue;
        const check = KIND[kind];
        if (check && !check[1](v)) report(`${name}.${key}`, expected(check[0], v));
        else clean[key] = v;
      }
      this.cfg[name] = clean as never;
    }
    const lines: unknown = this.cfg.hotline?.lines;
    this.numbers = (Array.isArray(lines) ? lines : []).flatMap((l: unknown) => (isRecord(l) && Object.hasOwn(l, 'number') && typeof l.number === 'string' && e164(l.number)) || []);
  }

  /** Section names from a list (`callPrep` or `call-prep`); unknown names are reported and left out. */
  private names(list: unknown, path: string): CenterSection[] | undefined {
    if (!Array.isArray(list)) return void this.reportError(path, expected('an array of section names', list));
    const out: CenterSection[] = [];
    list.forEach((v: unknown, i) => {
      const name = (v === 'call-prep' ? 'callPrep' : v) as CenterSection;
      if (NAMES.includes(name)) out.push(name);
      else this.reportError(`${path}[${i}]`, expected(`one of ${NAMES.join(', ')}`, v));
    });
    return out;
  }

  /** The sections shown, in order. */
  private shown(): CenterSection[] {
    const attr = this.sections?.trim();
    return (
      this.order ??
      (attr ? this.names(attr.split(/[\s,]+/), 'sections') : undefined) ??
      NAMES.filter((n) => own(this.cfg, n) || this.own(n))
    );
  }

  /** The page put its own markup in this section's slot. */
  private own(name: CenterSection): boolean {
    // The server does not see the page's children: it renders every section's own element.
    return !isServer && [...this.children].some((c) => c.slot === idOf(name));
  }

  private async load(): Promise<void> {
    const src = this.src;
    const n = ++this.loads;
    this.state = 'loading';
    const url = sendableUrl(src);
    let reason = url ? 'network error' : 'refused: expected a same-origin or https: URL';
    try {
      // `manual`: a redirect (to another origin, say) is a failure, never followed. A refused URL is awaited
      // too, so that its error state comes after this update, not inside `updated`.
      const response = await (url ? fetch(url, { redirect: 'manual' }) : undefined);
      if (response?.type === 'opaqueredirect') reason = 'a redirect, not followed';
      else if (response?.ok) {
        reason = 'invalid JSON';
        const config = parseJson(await response.text()) as CenterConfig;
        if (n !== this.loads) return;
        this.state = '';
        this.config = config;
        this.dispatchEvent(new SupportCenterLoadEvent({ src }));
        return;
      } else if (response) reason = `HTTP ${response.status}`;
    } catch {
      // A network error or JSON that does not parse: `reason` says which.
    }
    if (n !== this.loads) return;
    this.state = 'error';
    this.reportError('src', `could not load "${src}" (${reason})`);
    this.dispatchEvent(new SupportCenterErrorEvent({ src, reason }));
  }

  private async retry(): Promise<void> {
    await this.load();
    await this.updateComplete;
    // The Retry button is gone: move focus to what replaced it.
    this.renderRoot.querySelector<HTMLElement>('nav a, [part=error] button')?.focus();
  }

  /** Follows links to a section (`#call-prep`) itself: the browser cannot see ids inside a shadow root. */
  private onClick(e: MouseEvent): void {
    if (e.defaultPrevented || e.button || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    const id = a?.getAttribute('href')?.slice(1);
    if (!a?.getAttribute('href')?.startsWith('#') || !this.go(id!)) return;
    e.preventDefault();
    // An absolute URL: against a <base href> elsewhere, `#id` would name another page (or origin, which throws).
    if (location.hash !== `#${id}`) history.pushState(null, '', `${location.href.replace(/#.*/, '')}#${id}`);
  }

  private onHash = (): void => {
    this.go(location.hash.slice(1));
  };

  /** Scrolls to a section and moves focus to it; false when no shown section has that id. */
  private go(id: string): boolean {
    // The page's own element of that id (its `id="faq"` heading) is the page's: the browser scrolls to it.
    if (id && document.getElementById(id)) return false;
    // Compared, not put in a selector: a link's href can hold a newline, which makes a selector throw.
    const section = id && [...this.renderRoot.querySelectorAll<HTMLElement>('section')].find((s) => s.id === id);
    if (!section) return false;
    section.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    section.focus({ preventScroll: true });
    return true;
  }

  private link(name: CenterSection): TemplateResult {
    return html`<a href="#${idOf(name)}">${this.msg(name)}</a>`;
  }

  /**
   * A section's config keys are its element's property names: each gets its value (a bad array too: the
   * element reports it), or the element's default when the config leaves it out.
   */
  private values(name: CenterSection): Values {
    // Own properties only: a polluted Object.prototype supplies no value.
    const values = own(this.cfg, name) as Values | undefined;
    return Object.fromEntries(
      Object.entries(SPEC[name]).map(([key, kind]) => [key, values && Object.hasOwn(values, key) ? values[key] : (own(own(DEFAULTS, name), key) ?? (kind === 'b' ? false : undefined))]),
    );
  }

  /** A section's element with the properties its config holds, as bindings: server rendering writes them too. */
  private content(name: CenterSection, shown: CenterSection[], level: number): TemplateResult {
    const { theme, now } = this;
    const sub = Math.min(6, level + 1);
    if (name === 'faq') {
      const help = (['callPrep', 'hotline'] as const).filter((n) => shown.includes(n));
      const v = this.values(name) as Partial<SupportFaq> as SupportFaq;
      return html`<support-faq .reporter=${this.rep.faq} theme=${theme} .headingLevel=${sub} .items=${v.items} .searchable=${v.searchable} .feedback=${v.feedback} .single=${v.single} .structuredData=${v.structuredData} .strings=${v.strings} .telNumbers=${this.numbers}>${help.length
        ? html`<p slot="empty" class="go">${this.msg('stuck')} ${help.map((n) => this.link(n))}</p>`
        : nothing}</support-faq>`;
    }
    if (name === 'hotline') {
      const v = this.values(name) as Partial<SupportHotline> as SupportHotline;
      return html`<support-hotline .reporter=${this.rep.hotline} theme=${theme} .now=${now} .lines=${v.lines} .verifyUrl=${v.verifyUrl} .noSafetyNotice=${v.noSafetyNotice} .structuredData=${v.structuredData} .strings=${v.strings}></support-hotline>`;
    }
    if (name === 'callPrep') {
      const h = own(this.cfg, 'hotline') as Sections['hotline'];
      const lines: unknown = own(h, 'lines');
      const lang = this.locale.split('-')[0].toLowerCase();
      const speaks = (l: unknown): unknown =>
        isRecord(l) && String(own(l, 'languages') ?? '').split(',').some((t) => t.trim().toLowerCase().split('-')[0] === lang);
      // The hotline's open/closed state beside the call summary: its line in the user's language, else its first.
      const line = Array.isArray(lines) ? (lines.find(speaks) ?? lines[0]) : undefined;
      const mini = h
        ? html`<support-hotline slot="hotline" .reporter=${this.rep.hotline} theme=${theme} .noSafetyNotice=${true} .lines=${(line ? [line] : lines) as HotlineLine[]} .now=${now} .strings=${{ ...(own(h, 'strings') as object), label: this.msg('status') }}></support-hotline>`
        : nothing;
      const v = this.values(name) as Partial<SupportCallPrep> as SupportCallPrep;
      return html`<support-call-prep .reporter=${this.rep.callPrep} theme=${theme} .headingLevel=${sub} .now=${now} .fields=${v.fields} .topics=${v.topics} .storageKey=${v.storageKey} .endpoint=${v.endpoint} .noPersist=${v.noPersist} .retentionDays=${v.retentionDays} .strings=${v.strings}>${mini}${shown.includes('dispute')
        ? html`<a slot="dispute" href="#dispute">${this.msg('checklist')}</a>`
        : nothing}</support-call-prep>`;
    }
    const v = this.values(name) as Partial<SupportDisputeChecklist> as SupportDisputeChecklist;
    return html`<support-dispute-checklist .reporter=${this.rep.dispute} theme=${theme} .headingLevel=${sub} .now=${now} .types=${v.types} .type=${v.type} .regime=${v.regime} .regimes=${v.regimes} .transactionDate=${v.transactionDate} .statementDate=${v.statementDate} .expectedDate=${v.expectedDate} .receivedDate=${v.receivedDate} .returnedDate=${v.returnedDate} .cancelledDate=${v.cancelledDate} .refundDate=${v.refundDate} .amount=${v.amount} .currency=${v.currency} .merchantName=${v.merchantName} .prefillFromUrl=${v.prefillFromUrl} .windowDays=${v.windowDays} .disputeId=${v.disputeId} .storageKey=${v.storageKey} .retentionDays=${v.retentionDays} .noBuiltIns=${v.noBuiltIns} .strings=${v.strings}></support-dispute-checklist>`;
  }

  override render() {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const shown = this.state ? [] : this.shown();
    return html`<div part="base" dir=${this.direction} @click=${this.onClick}>${this.state === 'loading'
        ? html`<p role="status">${this.msg('loading')}</p>`
        : this.state === 'error'
          ? html`<div part="error" role="alert"><p>${this.msg('failed')}</p><button @click=${this.retry}>${this.msg('retry')}</button></div>`
          : nothing}${shown.length
        ? html`<nav part="nav" aria-label=${this.msg('nav')}><ul>${shown.map((n) => html`<li>${this.link(n)}</li>`)}</ul></nav>`
        : nothing}<div class="grid">${shown.map(
        (n) => html`<section id=${idOf(n)} part="section" aria-labelledby="${idOf(n)}-h" tabindex="-1"><div id="${idOf(n)}-h" part="heading" role="heading" aria-level=${level}>${this.msg(n)}</div><slot
name=${idOf(n)} @slotchange=${() => this.requestUpdate()}>${this.own(n) ? nothing : this.content(n, shown, level)}</slot></section>`,
      )}</div></div>`;
  }
}
