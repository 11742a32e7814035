import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { stripBidi } from './bidi.js';
import { errorText, own } from './config.js';
import { dict } from './dict.js';
import { englishTag, format, languageFor, loadLocale, lookup, onLocaleChange, partlyRegistered, shownTag, type Language } from './locale.js';
import type { Reporter } from './config.js';
import type { Section } from '../locales/en.js';

/** The element a LocaleController serves: its merchant overrides are its `strings` property. */
export type LocaleHost<T> = ReactiveControllerHost & HTMLElement & { strings?: Partial<T> };

/** What the nearest `lang` and `dir` up the tree resolve to, with the language they name. */
interface Resolved {
  /** The language shown: `wanted`, English in `wanted`'s region for a language not shipped, or English while `wanted` is a built-in language not loaded. */
  lang: string;
  /** The language the strings found in `language` are written in (their plural rules): `lang`, or the registered language when `lang` declares English over a partial registration. */
  written: string;
  dir: string | null | undefined;
  language: Language;
  /** The language asked for (the nearest `lang`). */
  wanted: string;
}

/** What decides how an element shows where it is: the language asked for and the direction. */
const placeOf = (r: Resolved): string => `${r.wanted} ${r.dir}`;

const connected = new Set<LocaleController<Record<string, string>>>();
const WATCHED: MutationObserverInit = dict({ attributes: true, subtree: true, attributeFilter: ['lang', 'dir'] });
let observer: MutationObserver | undefined;

/** Every connected element forgets its language and re-renders: a `lang` or `dir` changed, or a language loaded. */
function refreshAll(): void {
  connected.forEach((c) => c.refresh());
}

/**
 * The element's language and direction, and its strings in that language: its one job (Shoelace's
 * LocalizeController is the model). The language is the nearest `lang` on the element or an ancestor, crossing
 * shadow roots, else English; it is resolved once and kept until a `lang` or `dir` on the way changes (one
 * MutationObserver watches the document and every shadow root crossed), a language is registered or loaded,
 * or the element moves. Strings fall back from merchant overrides to the language, then to `english`, the
 * element's own English table: an element carries only its own English.
 * @internal
 */
export class LocaleController<T extends Record<string, string>> implements ReactiveController {
  private resolved?: Resolved;
  /** The language and direction it had where it was, until it is connected again (see hostConnected). */
  private was?: string;
  private unsubscribe?: () => void;
  /** While hydrating server HTML: the language and direction it was rendered in (see hydrateFrom). */
  private hydratedFrom?: Element;

  constructor(
    private readonly host: LocaleHost<T>,
    /** The element's section in the language files (`faq`, `hotline`, …). */
    private readonly section: Section,
    /** The element's English strings: the fallback for every string a language or override leaves out. */
    private readonly english: T,
    /** Reports a malformed string (a merchant's plural): one `console.error` naming the element and the key. */
    private readonly report?: Reporter,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this as unknown as LocaleController<Record<string, string>>);
    this.unsubscribe = onLocaleChange(() => this.refresh());
    if (!observer) {
      observer = new MutationObserver(refreshAll);
      observer.observe(document.documentElement, WATCHED);
    }
    // Moved: looked up again where it is now, and rendered again when that gives it another language or direction
    // (into a `lang="fr"` box, or a shadow root whose host has one); an element put back where it was is not.
    this.resolved = undefined;
    if (this.was && this.was !== placeOf(this.resolve())) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.was = this.resolved && placeOf(this.resolved);
    this.resolved = undefined;
    connected.delete(this as unknown as LocaleController<Record<string, string>>);
    this.unsubscribe?.();
    if (!connected.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }

  hostUpdated(): void {
    // Rendered in English while a built-in language is wanted and not loaded: its `lang` changed after this
    // update had loaded the language it asked for (a page script setting `lang` while the element waited for its
    // turn to render). Load it now and render again once it is there; a failed load leaves English.
    const { wanted, lang } = this.resolve();
    if (!this.hydratedFrom && wanted !== lang && !languageFor(wanted, this.section))
      void loadLocale(wanted, this.section).then(() => {
        if (languageFor(wanted, this.section)) this.refresh();
      });
    if (!this.hydratedFrom) return;
    // Hydrated in the server's language: now at once in the element's own, a normal update (nothing to match).
    this.hydratedFrom = undefined;
    void this.host.updateComplete.then(() => this.refresh());
  }

  /**
   * Hydration: the first render takes the language and direction of the server's HTML, written on the base of
   * its shadow root (`base`: its first element with a `lang`), so that it matches that HTML whatever language
   * the server had (English without the language file; English for a `lang` only on an ancestor, which a server
   * does not see). The element then re-renders in its own language.
   */
  hydrateFrom(base: Element | null | undefined): Promise<void> | undefined {
    this.hydratedFrom = base ?? undefined;
    this.resolved = undefined;
    return base ? loadLocale(base.getAttribute('lang')!, this.section) : undefined;
  }

  /** The language asked for: the nearest `lang`, whether or not its file has loaded. */
  get wanted(): string {
    return this.resolve().wanted;
  }

  /** Forgets the resolved language and re-renders the element. */
  refresh(): void {
    this.resolved = undefined;
    this.host.requestUpdate();
  }

  /** The language in force: the element's `lang`, the nearest ancestor's, the document's, or English. */
  get lang(): string {
    return this.resolve().lang;
  }

  /** Text direction: an explicit `dir` on the element or an ancestor, else the language's direction. */
  get dir(): 'ltr' | 'rtl' {
    const { dir, language } = this.resolve();
    const explicit = dir?.toLowerCase();
    return explicit === 'rtl' || explicit === 'ltr' ? explicit : language.dir;
  }

  /** The merchant's `strings` object that threw when read (reported once: see override). */
  private unreadable?: unknown = undefined;

  /**
   * The merchant's override of `key`, if any. Overrides that throw when read (a getter that throws, a revoked
   * Proxy) are reported once and the built-in strings are used: nothing throws into the host page. Any key, so
   * that an element can read one no longer in its table (call-prep's old `ready_<topic>`).
   */
  override(key: string): unknown {
    const { strings } = this.host;
    if (strings == null || strings === this.unreadable) return undefined;
    try {
      return own(strings, key);
    } catch (error) {
      this.unreadable = strings;
      this.report?.('strings', `could not be read (${errorText(error)}); the built-in strings are used`);
    }
  }

  /**
   * A string in the current language, with `{placeholders}` and `{n, plural, …}` filled and merchant overrides
   * applied. Numbers take the language's digits, like the dates and times Intl formats; a plural's form follows
   * the rules of the language the string is written in (English for a string that falls back to English).
   */
  msg(key: keyof T & string, params?: Record<string, string | number>): string {
    const { lang, written, wanted, language } = this.resolve();
    const override = this.override(key);
    // An override is merchant text: bidi controls removed, so it cannot reorder what the user reads. A language
    // without this section or key (a file older than the element) falls back to English.
    const translated = typeof override === 'string' ? stripBidi(override) : lookup(language, this.section, key, this.english);
    const text = translated ?? this.english[key];
    const where = typeof override === 'string' ? `strings.${key}` : translated === undefined ? `English ${key}` : `lang "${wanted}" ${this.section}.${key}`;
    return format(text, params, lang, translated === undefined ? 'en' : written, (problem) => this.report?.(where, problem));
  }

  /**
   * The accessible name of a control whose visible text is `label`: the `key` string with `{label}` filled in
   * ("Copy call summary"), so repeated buttons differ. It always contains the visible label (WCAG 2.5.3,
   * label in name), even when a merchant's override of `key` leaves `{label}` out.
   */
  nameFor(label: string, key: keyof T & string, params?: Record<string, string>): string {
    const name = this.msg(key, { ...params, label });
    return name.includes(label) ? name : `${label} ${name}`;
  }

  private resolve(): Resolved {
    if (this.resolved) return this.resolved;
    let lang: string | undefined;
    let dir: string | undefined;
    // To the top, whatever is found first: every shadow root on the way is watched. No `instanceof
    // Element`/`ShadowRoot`: server rendering has neither class (nor a parent).
    for (let node: Node | null = this.host; node;) {
      if (node.nodeType === 11) {
        // A shadow root on the way: a `lang` or `dir` changed inside it must reach this element too.
        if (this.host.isConnected) observer?.observe(node, WATCHED);
        node = (node as ShadowRoot).host;
        continue;
      }
      lang ||= (node as Partial<Element>).getAttribute?.('lang') || undefined;
      dir ||= (node as Partial<Element>).getAttribute?.('dir') || undefined;
      node = node.parentNode;
    }
    const wanted = lang ?? 'en';
    const shown = this.hydratedFrom?.getAttribute('lang') ?? wanted;
    const language = languageFor(shown, this.section);
    // A built-in language not loaded: English, all of it (its strings, dates and direction). A language not
    // shipped: English strings, declared as English, with dates in the reader's region (see shownTag).
    // A language not shipped and registered with only some of this element's strings (c20b-4): the rest is
    // English, so the element declares English, as for a language not registered (see partlyRegistered).
    const written = language ? shownTag(shown) : 'en';
    const resolved = {
      lang: language && partlyRegistered(shown, language, this.section, this.english) ? englishTag(shown) : written,
      written,
      dir: this.hydratedFrom ? this.hydratedFrom.getAttribute('dir') : dir,
      language: language ?? languageFor('en', this.section)!,
      wanted,
    };
    // Kept only while connected: only then do the observer and hostConnected tell it of a change.
    if (this.host.isConnected && observer) this.resolved = resolved;
    return resolved;
  }
}
