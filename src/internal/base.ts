import { adoptStyles, LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { en, type Section, type Strings } from '../locales/en.js';
import { stripBidi } from './bidi.js';
import { isRecord, own, parseJson, type Reporter } from './config.js';
import { undefinedLook } from './define.js';
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

/**
 * Milliseconds of first renders one task may run before the next element's first render waits for a new
 * task: a page with several elements then upgrades in a few short tasks instead of one long one (total
 * blocking time), and a frame painted in between shows the waiting elements as they were before the script.
 */
const SLICE = 10;
/** Steps of first renders waiting for a task of their own, in the order they asked. */
const waiting: (() => void)[] = [];
/** When this task's first renders began; undefined at the start of a task. */
let sliceStart: number | undefined;
/** The look an element keeps while it waits (see keepLook): its slot and style sheet. */
const kept = new WeakMap<Element, [HTMLSlotElement, CSSStyleSheet]>();
/** Settles when the elements that an element rendered first have rendered (see holdForInner). */
const held = new WeakMap<Element, Promise<unknown>>();

/** Runs the steps now while this task has time left for first renders, the rest in later tasks, in order; true when some wait. */
function firstRender(steps: (() => void)[]): boolean {
  while (steps.length && !waiting.length && inSlice()) steps.shift()!();
  if (steps.length && waiting.push(...steps) === steps.length) setTimeout(renderWaiting);
  return steps.length > 0;
}

/** Whether this task has spent less than SLICE ms on first renders (counting from its first). */
function inSlice(): boolean {
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    setTimeout(() => (sliceStart = undefined));
  }
  return performance.now() - sliceStart < SLICE;
}
// The task that evaluates the script also upgrades the elements already in the page: it counts.
inSlice();

function renderWaiting(): void {
  const start = performance.now();
  do waiting.shift()!();
  while (waiting.length && performance.now() - start < SLICE);
  if (waiting.length) setTimeout(renderWaiting);
}

/** The outermost support-widgets element around `el`, if any. */
function outermost(el: Node): SupportElement | undefined {
  let found: SupportElement | undefined;
  for (let node = el.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host) if (node instanceof SupportElement) found = node;
  return found;
}

/**
 * Keeps the look the page gave `el` before it was defined: its size and visibility, and with `children` its
 * children (those that upgrade meanwhile stay inside that size); what it renders meanwhile is hidden. False
 * when the page did not show it before it was defined.
 */
function keepLook(el: SupportElement, children: boolean): boolean {
  const look = undefinedLook(el);
  const root = el.renderRoot as ShadowRoot;
  if (kept.has(el) || !look || !root.adoptedStyleSheets) return !!look;
  const sheet = new CSSStyleSheet();
  // After the element's own rules, so it wins over them; the page's rules that still apply showed it before too.
  sheet.replaceSync(
    `:host{display:${look[0]};visibility:${look[1]};box-sizing:border-box;height:${look[2]}px;min-height:0;overflow:clip}:host>:not(#support-waiting){display:none}`,
  );
  const slot = document.createElement('slot');
  slot.id = 'support-waiting';
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  if (children) root.append(slot);
  kept.set(el, [slot, sheet]);
  return true;
}

function dropLook(el: SupportElement): void {
  const [slot, sheet] = kept.get(el) ?? [];
  const root = el.renderRoot as ShadowRoot;
  slot?.remove();
  if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  kept.delete(el);
}

// An element that renders others (the help center) keeps its look from before it was defined until they
// have rendered in tasks of their own. Not at a URL fragment: the page scrolls to it as soon as it renders.
function holdForInner(el: SupportElement): void {
  const inner = [...el.renderRoot.querySelectorAll('*')].filter((e): e is SupportElement => e instanceof SupportElement && !e.hasUpdated);
  if (inner.length && !location.hash && keepLook(el, false)) {
    held.set(el, Promise.allSettled(inner.map((e) => e.updateComplete)).then(() => dropLook(el)));
  }
}

function refreshAll(): void {
  connected.forEach((el) => el.requestUpdate());
}

/** The nearest `attr` on the element or an ancestor, crossing shadow roots. */
function inherited(el: Element, attr: string): string | undefined {
  let node: Node | null = el;
  // No `instanceof Element`/`ShadowRoot`: server rendering has neither class (nor a parent).
  while (node) {
    const value = node.nodeType !== 11 && (node as Partial<Element>).getAttribute?.(attr);
    if (value) return value;
    node = node.parentNode ?? (node.nodeType === 11 ? (node as ShadowRoot).host : null);
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
  strings?: Partial<Strings[S]> = undefined;
  /** Text of the polite live region, read by screen readers. */
  protected announcement = '';
  /**
   * Reports this element's config errors instead of logging them: `<support-center>` sets it to log them
   * under its own path (`faq.items[3].question`).
   * @internal
   */
  reporter?: Reporter = undefined;

  private reported = new Set<string>();
  private onDocumentReady = (): void => this.readConfig();
  private unsubscribe?: () => void;

  override connectedCallback(): void {
    // Server-rendered (a declarative shadow root with content): the first render must match the server's HTML,
    // which has no child JSON config (the server sees no children), so the config is read once hydrated.
    const hydrating = !this.hasUpdated && !!this.shadowRoot?.hasChildNodes();
    super.connectedCallback();
    connected.add(this);
    this.unsubscribe = onLocaleChange(() => this.requestUpdate());
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, { attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
    }
    // A classic script in <head> upgrades the element before its children are parsed.
    if (hydrating) {
      void this.updateComplete.then(() => this.readConfig());
    } else if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.onDocumentReady, { once: true });
    } else {
      this.readConfig();
    }
  }

  // Lit's hydration takes over a declarative shadow root (server rendering) without adopting the element's
  // style sheets: under a strict CSP, which blocks the server's inline <style>, it would stay unstyled.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    if (root instanceof ShadowRoot && (root.adoptedStyleSheets as CSSStyleSheet[] | undefined)?.length === 0) adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
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

  // Waits for a language file to load before rendering, so users never see a flash of English. The first
  // render of an element in the page may wait for a task of its own (see SLICE), after the steps of
  // `prepareFirstRender`; so may the elements another one renders while that one keeps its look.
  protected override async scheduleUpdate(): Promise<void> {
    await loadLocale(this.locale);
    const outer = outermost(this);
    if (this.hasUpdated || (outer ? !kept.has(outer) : !undefinedLook(this))) return void super.scheduleUpdate();
    await new Promise<void>((resolve, reject) => {
      const step = (fn: () => void) => () => {
        try {
          fn();
        } catch (error) {
          reject(error as Error);
        }
      };
      const render = (): void => {
        // The waiting slot goes first: the element's own slots get the children.
        dropLook(this);
        super.scheduleUpdate();
        resolve();
        if (!outer) holdForInner(this);
      };
      if (firstRender([...this.prepareFirstRender().map(step), step(render)]) && !outer) keepLook(this, true);
    });
  }

  // Complete once the elements it renders have rendered too (see holdForInner).
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await held.get(this);
    return result;
  }

  /** Steps of the first render's work that may each run in a task of their own before it (the first Intl objects, say). */
  protected prepareFirstRender(): (() => void)[] {
    return [];
  }

  /** A string of this component in the current language, with `{placeholders}` filled and merchant overrides applied. */
  protected msg(key: keyof Strings[S] & string, params?: Record<string, string | number>): string {
    const section = (this.constructor as typeof SupportElement).section;
    // Own properties only: a polluted Object.prototype supplies no string.
    const table = own(stringsFor(this.locale), section);
    const override = own(this.strings, key);
    // A language file without this section or key (one older than the element) falls back to English.
    // Numbers in messages take the language's digits, like the dates and times Intl formats.
    const shown = params && Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? numberFormat(this.locale).format(v) : v]));
    const text = own(table, key);
    // An override is merchant text: bidi controls removed, so it cannot reorder what the user reads.
    return format(typeof override === 'string' ? stripBidi(override) : typeof text === 'string' ? text : (own(en[section], key) as string), shown);
  }

  /**
   * The accessible name of a control whose visible text is `label`: the `key` string with `{label}` filled in
   * ("Copy call summary"), so repeated buttons differ. It always contains the visible label (WCAG 2.5.3,
   * label in name), even when a merchant's override of `key` leaves `{label}` out.
   */
  protected nameFor(label: string, key: keyof Strings[S] & string, params?: Record<string, string>): string {
    const name = this.msg(key, { ...params, label });
    return name.includes(label) ? name : `${label} ${name}`;
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
    if (Object.hasOwn(config, 'strings')) {
      if (isRecord(config.strings)) this.strings = { ...(config.strings as Partial<Strings[S]>), ...this.strings };
      else this.reportError('config.strings', 'expected an object of strings');
    }
    if (Object.hasOwn(config, 'theme')) {
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
