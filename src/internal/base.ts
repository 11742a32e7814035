import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { en, type Section, type Strings } from '../locales/en.js';
import { isRecord, parseJson, type Reporter } from './config.js';
import { format, loadLocale, onLocaleChange, stringsFor } from './locale.js';
import { baseStyles } from './styles.js';

/** Colour theme: `light` (default), `dark`, or `auto` to follow the user's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

const connected = new Set<SupportElement>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string): Intl.NumberFormat {
  let nf = numberFormats.get(locale);
  if (!nf) {
    try {
      nf = new Intl.NumberFormat(locale);
    } catch {
      // An invalid `lang` value: the browser's default language formats the number.
      nf = new Intl.NumberFormat();
    }
    numberFormats.set(locale, nf);
  }
  return nf;
}
let observer: MutationObserver | undefined;

function refreshAll(): void {
  connected.forEach((el) => el.requestUpdate());
}

/** The nearest `attr` on the element or an ancestor, crossing shadow roots. */
function inherited(el: Element, attr: string): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(attr);
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}

/**
 * The base of every support-widgets element: theme, locale (from `lang` up the tree, re-rendering when it
 * changes), merchant string overrides, the child JSON config, one-line config errors and a live region.
 */
export abstract class SupportElement<S extends Section = Section> extends LitElement {
  static override styles = [baseStyles];
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    strings: { attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** The component's string table in the locale files. */
  protected static section: Section;

  /** Colour theme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'light';
  /** Overrides for any of this element's strings, for its current language. */
  strings?: Partial<Strings[S]>;
  /** Text of the polite live region, read by screen readers. */
  protected announcement = '';
  /**
   * Reports this element's config errors instead of logging them: `<support-center>` sets it to log them
   * under its own path (`faq.items[3].question`).
   * @internal
   */
  reporter?: Reporter;

  private reported = new Set<string>();
  private onDocumentReady = (): void => this.readConfig();
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    connected.add(this);
    this.unsubscribe = onLocaleChange(() => this.requestUpdate());
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
    }
    // A classic script in <head> upgrades the element before its children are parsed.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.onDocumentReady, { once: true });
    } else {
      this.readConfig();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    connected.delete(this);
    this.unsubscribe?.();
    document.removeEventListener('DOMContentLoaded', this.onDocumentReady);
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  /** The language in force: the element's `lang`, the nearest ancestor's, the document's, or English. */
  get locale(): string {
    return inherited(this, 'lang') ?? 'en';
  }

  /** Text direction: an explicit `dir` on the element or an ancestor, else the language's direction. */
  get direction(): 'ltr' | 'rtl' {
    const dir = inherited(this, 'dir')?.toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? dir : stringsFor(this.locale).dir;
  }

  // Waits for a language file to load before rendering, so users never see a flash of English.
  protected override async scheduleUpdate(): Promise<void> {
    await loadLocale(this.locale);
    super.scheduleUpdate();
  }

  /** A string of this component in the current language, with `{placeholders}` filled and merchant overrides applied. */
  protected msg(key: keyof Strings[S] & string, params?: Record<string, string | number>): string {
    const section = (this.constructor as typeof SupportElement).section;
    const table = stringsFor(this.locale)[section] as unknown as Record<string, string> | undefined;
    const override = (this.strings as Record<string, unknown> | undefined)?.[key];
    // A language file without this section or key (one older than the element) falls back to English.
    // Numbers in messages take the language's digits, like the dates and times Intl formats.
    const shown = params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? numberFormat(this.locale).format(v) : v]));
    return format(typeof override === 'string' ? override : (table?.[key] ?? (en[section] as unknown as Record<string, string>)[key]), shown);
  }

  /** Logs one `console.error` per bad field, naming the element, the field and what was expected. */
  protected reportError: Reporter = (path, problem) => {
    if (this.reporter) return this.reporter(path, problem);
    const message = `${this.elementName()} ${path}: ${problem}.`;
    if (this.reported.has(message)) return;
    this.reported.add(message);
    console.error(message);
  };

  private elementName(): string {
    return `<${this.localName}${this.id ? ` id="${this.id}"` : ''}>`;
  }

  /** Reads the child `<script type="application/json">`, if any, and hands the object to `applyConfig`. */
  protected readConfig(): void {
    const script = [...this.children].find((c) => c instanceof HTMLScriptElement && c.type.toLowerCase() === 'application/json');
    if (!script?.textContent?.trim()) return;
    let config: unknown;
    try {
      config = parseJson(script.textContent);
    } catch (error) {
      this.reportError('config', `the JSON could not be parsed (${(error as Error).message}); expected a JSON object`);
      return;
    }
    if (!isRecord(config)) {
      this.reportError('config', 'expected a JSON object');
      return;
    }
    if ('strings' in config) {
      if (isRecord(config.strings)) this.strings = { ...(config.strings as Partial<Strings[S]>), ...this.strings };
      else this.reportError('config.strings', 'expected an object of strings');
    }
    if ('theme' in config) {
      if (config.theme === 'light' || config.theme === 'dark' || config.theme === 'auto') this.theme = config.theme;
      else this.reportError('config.theme', 'expected "light", "dark" or "auto"');
    }
    const { strings: _s, theme: _t, ...rest } = config;
    this.applyConfig(rest);
  }

  /** Applies the component's own keys of the JSON config. Report unknown keys and bad values with `reportError`. */
  protected abstract applyConfig(config: Record<string, unknown>): void;

  /** Says `message` through the live region (polite). */
  protected announce(message: string): void {
    // Clearing first makes a repeated message be read again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = message));
  }

  /** The polite live region; render it once in the component's template. */
  protected renderAnnouncer(): TemplateResult {
    return html`<div class="sr-only" role="status" aria-live="polite">${this.announcement}</div>`;
  }
}
