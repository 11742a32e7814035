import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { SupportElement } from '../../internal/base.js';
import { cut, expected, headingLevel, isRecord, own, parseJson, readOr, reportUnknownKeys, type Reporter } from '../../internal/config.js';
import { DeepLinkController, showTarget } from '../../internal/deep-link.js';
import { request } from '../../internal/dict.js';
import { e164 } from '../../internal/phone.js';
import { hideUserinfo, sendableUrl } from '../../internal/safe-url.js';
import { baseStyles } from '../../internal/styles.js';
import { SupportCenterErrorEvent, SupportCenterEscalateEvent, SupportCenterLoadEvent } from '../../events/center.js';
import { MAX_LINES, type HotlineLine } from '../hotline/hotline.component.js';
import type { CenterConfig, CenterSection } from './center.config.js';
import { orDefault } from './center.default.js';
import { BOOLEAN, NUMBER, OBJECT, SPEC, STRING, type Kind } from './center.spec.js';
import { center as english } from './center.en.js';
import { styles } from './center.styles.js';
// The elements the center renders (class modules: no side effects; src/center.ts registers them).
import '../faq/faq.component.js';
import '../hotline/hotline.component.js';
import '../call-prep/call-prep.component.js';
import '../dispute-checklist/dispute-checklist.component.js';

export type { CenterConfig, CenterSection } from './center.config.js';

/** The validated sections of the config. */
type Sections = { [K in CenterSection]?: NonNullable<CenterConfig[K]> };
const NAMES: CenterSection[] = ['faq', 'hotline', 'callPrep', 'dispute'];
/** Section names read at most (four sections, each once; docs/security.md, the limits). */
const MAX_SECTIONS = 20;
/** A section's id and slot name. */
const idOf = (name: CenterSection): string => (name === 'callPrep' ? 'call-prep' : name);
/** What the center checks of a kind of value (center.spec.ts, generated from the config's types), and its name in errors. */
const KIND: Partial<Record<Kind, [string, (v: unknown) => boolean]>> = {
  [BOOLEAN]: ['true or false', (v) => typeof v === 'boolean'],
  [STRING]: ['a string', (v) => typeof v === 'string'],
  [NUMBER]: ['a number', (v) => typeof v === 'number' && isFinite(v)],
  [OBJECT]: ['an object', isRecord],
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
 * @event {SupportCenterEscalateEvent} support-center-escalate - The user followed a link from the FAQ to the call form or the hotline: `{ from: 'faq', to, item }` (`to`: `call-prep` or `hotline`; `item`: the FAQ item's id, `''` from the no-results message). Never any typed text.
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

  /** The configuration (see docs/center.md and `config.schema.json`). A child JSON script sets it too; `src` replaces it. */
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
  /** The sections named by the config, else by the `sections` attribute (willUpdate). */
  private listed?: CenterSection[] = undefined;
  /** The hotline's numbers (E.164): the only ones a `tel:` link in a FAQ answer may dial. */
  private numbers: string[] = [];
  /** The call-prep section's small hotline (see miniHotline), worked out in willUpdate. */
  private mini?: { lines: HotlineLine[]; strings: Record<string, unknown> } = undefined;
  private loads = 0;
  private hashPending = true;
  // One stable reporter per section: errors of a section's element come out under the center's path.
  private rep = Object.fromEntries(
    NAMES.map((n) => [n, ((path, problem) => this.reportError(`${n}.${path.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`, problem)) as Reporter]),
  ) as Record<CenterSection, Reporter>;
  // After the fields' plain initial values, which the CDN build can then leave out (scripts/drop-undefined-fields.js).
  /** Follows links to a section from outside the center (skip links in the page, the address it opened with). */
  private readonly deepLink = new DeepLinkController(this, (id) => this.go(id));

  protected applyConfig(config: Record<string, unknown>): void {
    this.config = config as CenterConfig;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A config that throws when read (a revoked Proxy, a getter that throws) shows what was read before it threw.
    if (changed.has('config')) readOr(() => this.parse(this.config), undefined, 'config', this.reportError);
    this.mini = readOr(() => this.miniHotline(), undefined, 'hotline', this.reportError);
    // The `sections` attribute is read (and a bad name reported) here, when it or the config changed, not in render.
    if (changed.has('config') || changed.has('sections')) {
      const attr = this.sections?.trim();
      this.listed = this.order ?? (attr ? this.names(attr.split(/[\s,]+/), 'sections') : undefined);
    }
    if (changed.has('src') && this.src) this.state = 'loading';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') && this.src) void this.load();
    if (this.hashPending && this.renderRoot.querySelector('section')) {
      this.hashPending = false;
      this.deepLink.followHash();
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
    this.takeStringsAndTheme(raw, '', false);
    if (Object.hasOwn(raw, 'sections')) this.order = this.names(own(raw, 'sections'), 'sections');
    // A section that throws when read (a getter that throws, a revoked Proxy) is left out, reported by its name.
    for (const name of NAMES) readOr(() => this.parseSection(raw, name), undefined, name, report, 'left out');
    const lines: unknown = this.cfg.hotline?.lines;
    // The hotline shows its first MAX_LINES only (and reports the rest): those are the numbers; cut before reading
    // them. A line that throws when read gives no number (the hotline reports it).
    this.numbers = (Array.isArray(lines) ? lines.slice(0, MAX_LINES) : []).flatMap(
      (l: unknown) =>
        readOr(
          () => isRecord(l) && Object.hasOwn(l, 'number') && typeof l.number === 'string' && e164(l.number),
          undefined,
          '',
          () => undefined,
        ) || [],
    );
  }

  /**
   * The hotline's open/closed state beside the call summary (when the config has a hotline): its line in the
   * user's language, else its first, and its strings with the label "Status".
   */
  private miniHotline(): { lines: HotlineLine[]; strings: Record<string, unknown> } | undefined {
    const h = own(this.cfg, 'hotline') as Sections['hotline'];
    if (!h) return undefined;
    const lines: unknown = own(h, 'lines');
    const language = this.locale.split('-')[0].toLowerCase();
    const speaks = (l: unknown): unknown =>
      isRecord(l) &&
      String(own(l, 'languages') ?? '')
        .split(',')
        .some((t) => t.trim().toLowerCase().split('-')[0] === language);
    // Among the lines the hotline shows: the first MAX_LINES (a longer list is cut before it is read).
    const line = Array.isArray(lines) ? (lines.slice(0, MAX_LINES).find(speaks) ?? lines[0]) : undefined;
    return { lines: (line ? [line] : lines) as HotlineLine[], strings: { ...(own(h, 'strings') as object), label: this.msg('status') } };
  }

  /** Checks one section's keys against SPEC into a prototype-free copy, `this.cfg[name]`. */
  private parseSection(raw: Record<string, unknown>, name: CenterSection): void {
    const report = this.reportError;
    const value = own(raw, name);
    if (value === undefined) return;
    if (!isRecord(value)) return report(name, expected('an object', value));
    const spec: Record<string, Kind> = SPEC[name];
    reportUnknownKeys(value, Object.keys(spec), name, report);
    // No prototype: a key left out reads as undefined even when a host page polluted Object.prototype.
    const clean: Record<string, unknown> = Object.create(null);
    for (const [key, kind] of Object.entries(spec)) {
      const v = own(value, key);
      if (v === undefined) continue;
      const check = KIND[kind];
      if (check && !check[1](v)) report(`${name}.${key}`, expected(check[0], v));
      else clean[key] = v;
    }
    this.cfg[name] = clean;
  }

  /** Section names from a list (`callPrep` or `call-prep`); unknown names are reported and left out. */
  private names(list: unknown, path: string): CenterSection[] | undefined {
    if (!Array.isArray(list)) return void this.reportError(path, expected('an array of section names', list));
    const out: CenterSection[] = [];
    // A handful of sections, each named once: more is a data mistake, cut before it is checked.
    cut(list, MAX_SECTIONS, path, 'sections', this.reportError).forEach((v: unknown, i) => {
      const name = (v === 'call-prep' ? 'callPrep' : v) as CenterSection;
      if (NAMES.includes(name)) out.push(name);
      else this.reportError(`${path}[${i}]`, expected(`one of ${NAMES.join(', ')}`, v));
    });
    return out;
  }

  /** The sections shown, in order. */
  private shown(): CenterSection[] {
    return this.listed ?? NAMES.filter((n) => own(this.cfg, n) || this.own(n));
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
      // A redirect (to another origin, say) is a failure, never followed (see request). A refused URL is
      // awaited too, so that its error state comes after this update, not inside `updated`.
      const response = await (url ? request(url) : undefined);
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
    this.reportError('src', `could not load "${String(hideUserinfo(src))}" (${reason})`);
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
    const path = e.composedPath() as Element[];
    if ((id === 'call-prep' || id === 'hotline') && path.some((n) => n.localName === 'support-faq'))
      this.dispatchEvent(new SupportCenterEscalateEvent({ from: 'faq', to: id, item: path.find((n) => n.localName === 'support-faq-item')?.id ?? '' }));
    // An absolute URL: against a <base href> elsewhere, `#id` would name another page (or origin, which throws).
    if (location.hash !== `#${id}`) history.pushState(null, '', `${location.href.replace(/#.*/, '')}#${id}`);
  }

  /** Scrolls to a section and moves focus to it; false when no shown section has that id. */
  private go(id: string): boolean {
    // The page's own element of that id (its `id="faq"` heading) is the page's: the browser scrolls to it.
    if (id && document.getElementById(id)) return false;
    // Compared, not put in a selector: a link's href can hold a newline, which makes a selector throw.
    const section = id && [...this.renderRoot.querySelectorAll<HTMLElement>('section')].find((s) => s.id === id);
    if (!section) return false;
    showTarget(section);
    return true;
  }

  private link(name: CenterSection): TemplateResult {
    return html`<a href="#${idOf(name)}">${this.msg(name)}</a>`;
  }

  /** A section's validated config (no prototype: see `parse`); an empty one when the config has none. */
  private section<S extends CenterSection>(name: S): NonNullable<Sections[S]> {
    return (own(this.cfg, name) ?? Object.create(null)) as NonNullable<Sections[S]>;
  }

  /**
   * A section's element with the properties its config holds, as bindings: server rendering writes them too.
   * A key the config leaves out gives the element its own default (`orDefault`).
   */
  private content(name: CenterSection, shown: CenterSection[], level: number): TemplateResult {
    const { theme, now } = this;
    // Its language, given on: on the server its elements have no ancestor to read it from.
    const lang = this.locale;
    const sub = Math.min(6, level + 1);
    if (name === 'faq') {
      const help = (['callPrep', 'hotline'] as const).filter((n) => shown.includes(n));
      const v = this.section(name);
      return html`<support-faq lang=${lang} .reporter=${this.rep.faq} theme=${theme} .headingLevel=${sub} .items=${orDefault(v.items)} .searchable=${orDefault(v.searchable)} .feedback=${orDefault(v.feedback)} .single=${orDefault(v.single)} .structuredData=${orDefault(v.structuredData)} .strings=${orDefault(v.strings)} .defaultLang=${orDefault(v.defaultLang)} .related=${orDefault(v.related)} .synonyms=${orDefault(v.synonyms)} .telNumbers=${this.numbers}>${
        help.length ? html`<p slot="empty" class="go">${this.msg('stuck')} ${help.map((n) => this.link(n))}</p>` : nothing
      }</support-faq>`;
    }
    if (name === 'hotline') {
      const v = this.section(name);
      return html`<support-hotline lang=${lang} .reporter=${this.rep.hotline} theme=${theme} .now=${now} .lines=${orDefault(v.lines)} .verifyUrl=${orDefault(v.verifyUrl)} .statusEndpoint=${orDefault(v.statusEndpoint)} .callbackEndpoint=${orDefault(v.callbackEndpoint)} .noSafetyNotice=${orDefault(v.noSafetyNotice)} .structuredData=${orDefault(v.structuredData)} .strings=${orDefault(v.strings)}></support-hotline>`;
    }
    if (name === 'callPrep') {
      const { mini: m } = this;
      const mini = m
        ? html`<support-hotline slot="hotline" lang=${lang} .reporter=${this.rep.hotline} theme=${theme} .noSafetyNotice=${true} .lines=${m.lines} .now=${now} .strings=${m.strings}></support-hotline>`
        : nothing;
      const v = this.section(name);
      return html`<support-call-prep lang=${lang} .reporter=${this.rep.callPrep} theme=${theme} .headingLevel=${sub} .now=${now} .fields=${orDefault(v.fields)} .topics=${orDefault(v.topics)} .storageKey=${orDefault(v.storageKey)} .endpoint=${orDefault(v.endpoint)} .noPersist=${orDefault(v.noPersist)} .retentionDays=${orDefault(v.retentionDays)} .prefillValues=${orDefault(v.prefillValues)} .prefillFromUrl=${orDefault(v.prefillFromUrl)} .prefillReadonly=${orDefault(v.prefillReadonly)} .appVersion=${orDefault(v.appVersion)} .strings=${orDefault(v.strings)}>${mini}${
        shown.includes('dispute') ? html`<a slot="dispute" href="#dispute">${this.msg('checklist')}</a>` : nothing
      }</support-call-prep>`;
    }
    const v = this.section('dispute');
    return html`<support-dispute-checklist lang=${lang} .reporter=${this.rep.dispute} theme=${theme} .headingLevel=${sub} .now=${now} .types=${orDefault(v.types)} .type=${orDefault(v.type)} .regime=${orDefault(v.regime)} .regimes=${orDefault(v.regimes)} .transactionDate=${orDefault(v.transactionDate)} .statementDate=${orDefault(v.statementDate)} .expectedDate=${orDefault(v.expectedDate)} .receivedDate=${orDefault(v.receivedDate)} .returnedDate=${orDefault(v.returnedDate)} .cancelledDate=${orDefault(v.cancelledDate)} .refundDate=${orDefault(v.refundDate)} .amount=${orDefault(v.amount)} .currency=${orDefault(v.currency)} .merchantName=${orDefault(v.merchantName)} .prefillFromUrl=${orDefault(v.prefillFromUrl)} .windowDays=${orDefault(v.windowDays)} .disputeId=${orDefault(v.disputeId)} .storageKey=${orDefault(v.storageKey)} .retentionDays=${orDefault(v.retentionDays)} .noPersist=${orDefault(v.noPersist)} .noBuiltIns=${orDefault(v.noBuiltIns)} .strings=${orDefault(v.strings)}></support-dispute-checklist>`;
  }

  override render() {
    const level = headingLevel(this.headingLevel, 2);
    const shown = this.state ? [] : this.shown();
    return html`<div part="base" dir=${this.direction} lang=${this.locale} @click=${this.onClick}>${
      this.state === 'loading'
        ? html`<p role="status">${this.msg('loading')}</p>`
        : this.state === 'error'
          ? html`<div part="error" role="alert"><p>${this.msg('failed')}</p><button @click=${this.retry}>${this.msg('retry')}</button></div>`
          : nothing
    }${
      shown.length ? html`<nav part="nav" aria-label=${this.msg('nav')}><ul>${shown.map((n) => html`<li>${this.link(n)}</li>`)}</ul></nav>` : nothing
    }<div class="grid">${shown.map(
      (
        n,
      ) => html`<section id=${idOf(n)} part="section" aria-labelledby="${idOf(n)}-h" tabindex="-1"><div id="${idOf(n)}-h" part="heading" role="heading" aria-level=${level}>${this.msg(n)}</div><slot
name=${idOf(n)} @slotchange=${() => this.requestUpdate()}>${this.own(n) ? nothing : this.content(n, shown, level)}</slot></section>`,
    )}</div></div>`;
  }
}
