import { adoptStyles, LitElement, type PropertyDeclarations } from 'lit';
import type { Section, Strings } from '../locales/en.js';
import { expected, isRecord, type Reporter } from './config.js';
import { AnnouncerController } from './announcer.js';
import { ConfigController } from './config-controller.js';
import { dict } from './dict.js';
import { loadLocale, takeSecretsFailure } from './locale.js';
import { LocaleController } from './locale-controller.js';
import { PropertyCheckController } from './property-check.js';
import { innerRendered, scheduleRender, track } from './scheduler.js';
import { baseStyles } from './styles.js';

/** Colour theme: `light` (default), `dark`, or `auto` to follow the user's system setting. */
export type Theme = 'light' | 'dark' | 'auto';

/** Whether the missing-hydration warning was given (once per page). */
let warned = false;

/**
 * The base of every support-widgets element, kept thin: the theme and base styles, the takeover of server-rendered
 * HTML (createRenderRoot), and the wiring of the controllers that do the work, one job each: the language and
 * strings (LocaleController), the child JSON config and its error reports (ConfigController), the check of the
 * shared properties (PropertyCheckController), the live region (AnnouncerController), and the page-wide
 * scheduling of first renders (scheduler.ts).
 */
export abstract class SupportElement<S extends Section = Section> extends LitElement {
  static override styles = [baseStyles];
  // Lit attaches the shadow root with these: a plain object would take `slotAssignment`, `delegatesFocus`, …
  // from a polluted prototype (see dict).
  static override shadowRootOptions = dict<ShadowRootInit>({ ...LitElement.shadowRootOptions });
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /** The component's section in the language files (`faq`, `hotline`, …). */
  protected static section: Section;
  /** The component's English strings (its `<name>.en.ts`): the fallback of every other language. */
  protected static english: Readonly<Record<string, string>>;

  /** Colour theme: `light`, `dark`, or `auto` (follows `prefers-color-scheme`). */
  theme: Theme = 'light';
  /** Overrides for any of this element's strings, for its current language. */
  strings?: Partial<Strings[S]> = undefined;

  protected readonly localeController: LocaleController<Strings[S]>;
  protected readonly configController: ConfigController;
  /**
   * The polite live region: `this.announcer.announce(…)`, and `${this.announcer.render()}` in the template. One in
   * the base rather than in each element that speaks (the center does not): 38 B gzip less in the CDN bundle.
   */
  protected readonly announcer = new AnnouncerController(this);

  constructor() {
    super();
    const { section, english } = this.constructor as typeof SupportElement;
    this.localeController = new LocaleController(this, section, english as Strings[S], (path, problem) => this.reportError(path, problem));
    this.configController = new ConfigController(this, (config) => this.takeConfig(config));
    new PropertyCheckController(this, this.reportError);
    track(this);
  }

  /**
   * Reports this element's config errors instead of logging them: `<support-center>` sets it to log them
   * under its own path (`faq.items[3].question`).
   * @internal
   */
  get reporter(): Reporter | undefined {
    return this.configController.reporter;
  }
  /**
   * Reports this element's config errors instead of logging them (see the getter).
   * @internal
   */
  set reporter(reporter: Reporter | undefined) {
    this.configController.reporter = reporter;
  }

  // Lit's hydration takes over a declarative shadow root (server rendering) without adopting the element's
  // style sheets: under a strict CSP, which blocks the server's inline <style>, it would stay unstyled.
  //
  // Without Lit's hydration support loaded before Lit itself (a bundler can put Lit in a chunk that runs first),
  // Lit would render a second copy beside the server's nodes. The server's copy is cleared instead, with one
  // warning naming the cause: the element renders once, in the browser. (The support, once applied, adds
  // `defer-hydration` to every element's observed attributes: the one public trace it leaves.)
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const server = this.shadowRoot;
    const root = super.createRenderRoot();
    if (server?.firstChild && !(this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration')) {
      if (!warned)
        console.warn(
          `<${this.localName}>: server-rendered HTML without Lit's hydration support: load '@lit-labs/ssr-client/lit-element-hydrate-support.js' before any Lit code (see docs/react.md); rendering in the browser instead.`,
        );
      warned = true;
      server.replaceChildren();
      this.renderOptions.renderBefore = null; // Lit pointed it at the server's first node
    }
    if (root instanceof ShadowRoot && (root.adoptedStyleSheets as CSSStyleSheet[] | undefined)?.length === 0)
      adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  /** The language in force: the element's `lang`, the nearest ancestor's, the document's, or English. */
  get locale(): string {
    return this.localeController.lang;
  }

  /** Text direction: an explicit `dir` on the element or an ancestor, else the language's direction. */
  get direction(): 'ltr' | 'rtl' {
    return this.localeController.dir;
  }

  // Waits for a language file to load before rendering, so users never see a flash of English (and for the
  // new one, when the language changed while it loaded). The first render may wait for its turn on the page.
  // Hydrating server HTML, the first render is in the language of that HTML (see LocaleController.hydrateFrom).
  protected override async scheduleUpdate(): Promise<void> {
    const server = !this.hasUpdated && this.shadowRoot?.firstChild && this.localeController.hydrateFrom(this.shadowRoot.querySelector('[lang]'));
    if (server) await server;
    for (let lang: string | undefined; lang !== this.localeController.wanted;)
      await loadLocale((lang = this.localeController.wanted), (this.constructor as typeof SupportElement).section);
    // The language shows, but its secret words were refused (docs/security.md, Pinned and verified): said once a page.
    const failed = takeSecretsFailure(this.localeController.wanted);
    if (failed)
      this.reportError(
        'lang',
        `${failed.file} did not load (${failed.error}): codes and passwords named in this language are not recognised on this page, only card numbers and the English, Chinese and Arabic words`,
      );
    const later = scheduleRender(
      this,
      () => this.prepareFirstRender(),
      () => super.scheduleUpdate(),
    );
    if (later) await later;
  }

  // Complete once the elements it renders have rendered too (see holdForInner in scheduler.ts).
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    await innerRendered(this);
    return result;
  }

  /** Steps of the first render's work that may each run in a task of their own before it (the first Intl objects, say). */
  protected prepareFirstRender(): (() => void)[] {
    return [];
  }

  /** A string of this component in the current language, with `{placeholders}` filled and merchant overrides applied. */
  protected msg(key: keyof Strings[S] & string, params?: Record<string, string | number>): string {
    return this.localeController.msg(key, params);
  }

  /**
   * The accessible name of a control whose visible text is `label`: the `key` string with `{label}` filled in
   * ("Copy call summary"), so repeated buttons differ; it always contains the visible label (WCAG 2.5.3).
   */
  protected nameFor(label: string, key: keyof Strings[S] & string, params?: Record<string, string>): string {
    return this.localeController.nameFor(label, key, params);
  }

  /** Logs one `console.error` per bad field, naming the element, the field and what was expected. */
  protected get reportError(): Reporter {
    return this.configController.report;
  }

  /** The child JSON config: the keys every element takes (`strings` under those already set, `theme`), the rest to `applyConfig`. */
  private takeConfig(config: Record<string, unknown>): void {
    this.takeStringsAndTheme(config, 'config.', true);
    const { strings: _s, theme: _t, ...rest } = config;
    this.applyConfig(rest);
  }

  /**
   * Checks and applies a config's `strings` and `theme` (own keys only), reporting a bad one at `path` + key. The
   * one check of both: the child JSON's go through here (`merge`: under the `strings` already set), and so do
   * `<support-center>`'s `config` property's (replacing them).
   */
  protected takeStringsAndTheme(config: Record<string, unknown>, path: string, merge: boolean): void {
    // Read only under `Object.hasOwn`: a host page's polluted Object.prototype sets nothing.
    const { strings, theme } = config;
    if (Object.hasOwn(config, 'strings')) {
      if (isRecord(strings)) this.strings = merge ? { ...(strings as Partial<Strings[S]>), ...this.strings } : (strings as Partial<Strings[S]>);
      else this.reportError(`${path}strings`, expected('an object of strings', strings));
    }
    if (Object.hasOwn(config, 'theme')) {
      if (theme === 'light' || theme === 'dark' || theme === 'auto') this.theme = theme;
      else this.reportError(`${path}theme`, expected('"light", "dark" or "auto"', theme));
    }
  }

  /** Applies the component's own keys of the JSON config. Report unknown keys and bad values with `reportError`. */
  protected abstract applyConfig(config: Record<string, unknown>): void;
}
