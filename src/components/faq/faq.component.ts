import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SupportElement } from '../../internal/base.js';
import { stripBidi } from '../../internal/bidi.js';
import { clipText, errorText, expected, isRecord, merchantText, optionalString, own, readOr, reportUnknownKeys, slugify } from '../../internal/config.js';
import { dict } from '../../internal/dict.js';
import { DeepLinkController, showTarget } from '../../internal/deep-link.js';
import { copyText } from '../../internal/export.js';
import { writeJsonLd } from '../../internal/json-ld.js';
import { e164, textFits } from '../../internal/phone.js';
import { safeUrl } from '../../internal/safe-url.js';
import { baseStyles } from '../../internal/styles.js';
import { redact } from '../../internal/sensitive.js';
import { WakeController } from '../../internal/timer.js';
import {
  SupportFaqFeedbackEvent,
  SupportFaqSearchEvent,
  SupportFaqToggleEvent,
  type SupportFaqItemCopyEvent,
  type SupportFaqItemMoveEvent,
  type SupportFaqItemToggleEvent,
  type SupportFaqItemVoteEvent,
} from '../../events/faq.js';
import { CONTEXT_REQUEST, LANGUAGE, QUESTION, type FaqItemContext, type FaqRelated, type OpenedEvent, type SupportFaqItem } from './faq-item.component.js';
import { faq as english } from './faq.en.js';
import { canonical, dirOfLang, pickLang, textsOf, type FaqTexts } from './faq-lang.js';
import { relatedTo, significant } from './faq-related.js';
import { addWords, fold, matches, parseGroups, score, synonymTable, terms, typos, type Synonyms, type Term } from './faq.search.js';
import { HIGHLIGHT, styles } from './faq.styles.js';
import { answerNodes, richText } from './safe-text.js';

/** One question given as data (the `items` property or the JSON config). */
export interface FaqItemData {
  /** Deep-link id; made from the question when missing. */
  id?: string;
  /** The question, or the question per language (`{ "en": "…", "zh-CN": "…" }`: see `defaultLang`). */
  question: string | FaqTexts;
  /**
   * Text in the safe format (docs/faq.md), never parsed as HTML: blank lines between paragraphs, line breaks,
   * `- `/`* ` and `1. `/`1) ` list lines, `` `code` ``, `**bold**`, `*italic*`/`_italic_`, `\*` escapes, `[text](url)`.
   * Per language as `question`.
   */
  answer: string | FaqTexts;
  /** Category, offered as a filter chip; per language as `question` (the chip shows the item's language's). */
  category?: string | FaqTexts;
}

export type { FaqTexts };

/** The most a search keeps (its `maxlength`): a question is a few words; a paste of a page is not searched whole. */
const QUERY_MAX = 256;
const KEYS = ['id', 'question', 'answer', 'category'];
/** `[text](scheme:…` that the safe format does not read as a link (see LINK in safe-text.ts): its URL and scheme. */
const ODD_LINK = /\[[^[\]]+\]\((?![^()\s]+\))\s*(([a-z][a-z0-9+.-]*):\S*)/gi;
/** Characters of one question or answer in the structured data (the rest is cut, marked with `…`). */
const LD_ANSWER = 10_000;
/** Characters of questions and answers in the structured data in all: the questions after that are left out. */
const LD_TOTAL = 1_000_000;

/**
 * The text of an element or string with white space collapsed, at most `max` characters (cut with `…`).
 * Reads only about as much text as it keeps: a 10 MB answer costs no more than a short one.
 */
function clip(source: Node | string, max: number): string {
  const cap = max * 4;
  let raw = typeof source === 'string' ? source.slice(0, cap) : '';
  if (typeof source !== 'string') {
    const walker = document.createTreeWalker(source, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node && raw.length < cap; node = walker.nextNode()) raw += node.nodeValue!.slice(0, cap - raw.length);
  }
  const text = raw.replace(/\s+/g, ' ').trim();
  return text.length > max || raw.length >= cap ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Milliseconds of data items one task may make: a long list grows over several tasks (see `makeRows`). */
const GROW = 15;
/**
 * Data items shown at most. Made in slices, 2,000 never block the page for 200 ms in one task, even on a busy
 * two-core machine; 10,000 did at times (a slice's rendering and the structured data grow with the list).
 * Longer FAQs belong in the page as `<support-faq-item>` elements, which the browser upgrades as it parses.
 */
const MAX_ITEMS = 2_000;
/** Data items one slice makes at most: making templates is cheap, rendering their elements is not. */
const SLICE = 250;
/** Feedback given during this visit (page view), by item id. */
const votes = new Set<string>();
let marks: Highlight | undefined;

/**
 * Milliseconds of background work (scoring the best matches, highlighting) one idle period may
 * take. A keystroke that arrives meanwhile waits for it, and Chromium's Event Timing (INP) counts the wait: an
 * idle period can last 50 ms (https://w3c.github.io/requestidlecallback/#the-requestidlecallback-method), so
 * the work stops after a few milliseconds and asks for the next period.
 */
const IDLE_SLICE = 5;
/** Shown items highlighted at once when a search settles; more are highlighted as they come into view (see paint). */
const PAINT_AT_ONCE = 60;

/** Runs `fn` when the browser is idle (Safari has no requestIdleCallback: a short timeout there). */
const idle = (fn: IdleRequestCallback): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(fn);
  else setTimeout(() => fn({ didTimeout: false, timeRemaining: () => IDLE_SLICE }), 50);
};

/**
 * Runs `work(0)` … `work(n - 1)` in order, at most IDLE_SLICE ms at a time: the first slice now when `now`,
 * the others in idle periods, as long as `current()` holds (a newer run, or a keystroke, replaces an older
 * one); then `done()`.
 */
function inSlices(n: number, work: (i: number) => void, current: () => boolean, now = false, done = (): void => {}): void {
  let i = 0;
  const slice = (deadline?: IdleDeadline): void => {
    if (!current()) return;
    // Within the idle period and the cap; some browsers give busy pages periods of almost no time: a little anyway.
    const end = performance.now() + Math.min(IDLE_SLICE, Math.max(1, deadline?.timeRemaining() ?? IDLE_SLICE));
    while (i < n && performance.now() < end) work(i++);
    if (i < n) idle(slice);
    else done();
  };
  if (now) slice();
  else idle(slice);
}

/** The one highlight registry entry of the page, with its style for light-DOM answers (a constructed sheet: CSP-safe). */
function highlights(): Highlight | undefined {
  if (!marks && 'Highlight' in window && CSS.highlights) {
    CSS.highlights.set('support-faq', (marks = new Highlight()));
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  return marks;
}

/**
 * A FAQ accordion following the WAI-ARIA pattern, with search, category chips, deep links, find-in-page,
 * feedback and schema.org structured data. Write the questions in the page as `<support-faq-item>`
 * elements (your HTML answers stay in the page for search engines and readers without JavaScript), or
 * give them as data.
 *
 * @summary Answers a customer's question faster than a phone call.
 * @customElement support-faq
 * @slot - `<support-faq-item>` elements.
 * @slot empty - Shown with a message when a search finds nothing: for example a hotline card.
 * @csspart base - The wrapper.
 * @csspart label - The search box label.
 * @csspart search - The search box.
 * @csspart chips - The group of category chips.
 * @csspart chip - A category chip.
 * @csspart best - The "Best matches" list: links to the questions that match a search best (see `synonyms`).
 * @csspart empty - The "no results" message with the `empty` slot.
 * @cssproperty --support-color-text - Text colour.
 * @cssproperty --support-color-text-muted - Feedback text.
 * @cssproperty --support-color-surface - Background of the FAQ, the search box and buttons.
 * @cssproperty --support-color-border - Borders of the search box and buttons.
 * @cssproperty --support-color-divider - The lines between questions and around the FAQ.
 * @cssproperty --support-color-accent - The chosen chip and a hovered question.
 * @cssproperty --support-color-on-accent - Text on the chosen chip.
 * @cssproperty --support-color-focus - Focus ring.
 * @cssproperty --support-radius - Corner radius.
 * @cssproperty --support-space - Padding of the FAQ.
 * @cssproperty --support-font-family - Font.
 * @cssproperty --support-font-size - Base font size (16px).
 * @event {SupportFaqToggleEvent} support-faq-toggle - An answer opened or closed: `{ id: string, open: boolean }`.
 * @event {SupportFaqSearchEvent} support-faq-search - Typing or a chip choice settled: `{ query: string, results: number }` (card numbers and secrets in `query` replaced).
 * @event {SupportFaqFeedbackEvent} support-faq-feedback - The user rated an answer: `{ id: string, helpful: boolean }`.
 */
export class SupportFaq extends SupportElement<'faq'> {
  static override styles = [baseStyles, styles];
  static override properties = {
    single: { type: Boolean },
    searchable: { type: Boolean },
    feedback: { type: Boolean },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    searchDelay: { type: Number, attribute: 'search-delay' },
    defaultLang: { attribute: 'default-lang' },
    related: { type: Boolean },
    items: { attribute: false },
    telNumbers: { attribute: false },
    synonyms: { attribute: false },
    best: { state: true, attribute: false },
    query: { state: true, attribute: false },
    category: { state: true, attribute: false },
    categories: { state: true, attribute: false },
    rows: { state: true, attribute: false },
  };
  protected static override section = 'faq' as const;
  protected static override english = english;

  /** At most one answer open at a time. */
  single = false;
  /** Shows a search box that filters questions and answers as the user types. */
  searchable = false;
  /** Asks "Was this helpful?" under each open answer, once per item per visit. */
  feedback = false;
  /** Keeps a schema.org `FAQPage` JSON-LD script in the document head in step with the items. */
  structuredData = false;
  /** Level (1 to 6) of the question headings: fit it into the page's outline. */
  headingLevel = 3;
  /** Milliseconds of quiet after typing before the result count is announced and `support-faq-search` fires. */
  searchDelay = 300;
  /**
   * The merchant's default language (a BCP 47 tag like `en`): what a data item given per language shows when it
   * has not the FAQ's language. Unset: the first language the item gives.
   */
  defaultLang?: string = undefined;
  /** Lists up to three related questions (same category, then most shared words) as links under an open answer. */
  related = false;
  /** Questions given as data, shown after the in-page items. Answers are text in the safe format. */
  items?: FaqItemData[] = undefined;
  /** The only numbers (E.164) a `tel:` link in a data answer may dial; `<support-center>` sets its hotline's. Unset: any valid number. */
  telNumbers?: string[] = undefined;
  /** Words and phrases the search takes as the same, added to the built-in list of the FAQ's language: `[["refund", "money back"], ["退款", "退钱"]]`. */
  synonyms?: string[][] = undefined;
  /** `telNumbers`, checked (see validTels). */
  private allowedTels?: string[] = undefined;
  private query = '';
  /** Up to five shown items, best match first, while a query shows more than one (derived when typing settles). */
  private best: SupportFaqItem[] = [];
  private category = '';
  /** The language of a category given per language, where it is not the FAQ's (the chip's `lang`). */
  private categoryLang = new Map<string, string>();
  /** The categories of the items, in the order they first appear (derived in willUpdate). */
  private categories: string[] = [];
  /**
   * The data items, one array per slice made (see makeRows): elements made here, or on the server and while
   * hydrating its HTML, templates. A rendered slice is never diffed again.
   */
  private rows: (SupportFaqItem | TemplateResult)[][] = [];
  /** Every item of this FAQ in page order: the in-page items, then the data items made so far (derived in willUpdate). */
  private list: SupportFaqItem[] = [];
  /** How many items the query and category show (derived in willUpdate). */
  private results = 0;
  /** What every item is told (strings, heading level); replaced when one of them changes (see willUpdate). */
  private context?: FaqItemContext = undefined;
  /** The in-page items (`light`) or the data items (`data`) must be collected again. */
  private lightDirty = true;
  private dataDirty = true;
  /** Ids of the data items open when only the in-page items changed: made again, they stay open. */
  private reopen = new Set<string>();
  /** The list changed in this update: `updated` asks for the next slice or finishes (structured data, deep link). */
  private listChanged = false;
  private hashPending = true;
  private ld?: HTMLScriptElement = undefined;
  /** The highlighted ranges of each item painted (see paint). */
  private marked = new Map<SupportFaqItem, Range[]>();
  /** Watches a long list's shown items come into and out of view while a search's highlight stands. */
  private seen?: IntersectionObserver = undefined;
  /** Counts paints: a slice of an older paint stops when a newer one started or a key was typed. */
  private painting = 0;
  /** Each item's folded question and answer (and its question in the default language), with where each part starts. */
  private texts = new WeakMap<SupportFaqItem, [string, number, number]>();
  /** By id, a data item's question in the default language when it is shown in another (see textOf). */
  private other = new Map<string, string>();
  /** The language's Traditional and Simplified Chinese pairs (the `variants` string) and the folding they make. */
  private pairs?: string = undefined;
  private vary = (s: string): string => s;
  /** The words of the items folded so far (see textOf), which a query word may be a typo of. */
  private vocabulary = new Set<string>();
  /** Every word of the items folded so far (see textOf), which a query word written joined may be split into. */
  private parts = new Set<string>();
  private typoCache = new Map<string, string[]>();
  /** The merchant's valid synonym groups, and the table with the built-in ones (derived in willUpdate). */
  private groups: string[][] = [];
  private table?: Synonyms = undefined;
  /** The query's terms, as the last filter read them. */
  private terms: Term[] = [];
  /** The in-page items, and the data items given (`items`), the number of them validated and made so far, and helpers of `prepare`. */
  private light: SupportFaqItem[] = [];
  private data: unknown[] = [];
  private made = 0;
  private unique: (id: string, path: string) => string = (id) => id;
  private need: (v: unknown, path: string) => string | undefined = () => undefined;
  /** Settles when every data item has been made and rendered. */
  private growing?: Promise<void> = undefined;
  private grown?: () => void = undefined;
  /** The language the data items were made in, whether one of them is given per language, and whether to make them again in another. */
  private madeIn = '';
  private multilingual = false;
  private relang = false;
  /** Related questions of an open item, and the significant words of a question (see relatedTo); cleared with the list. */
  private relatedOf = new WeakMap<SupportFaqItem, SupportFaqItem[]>();
  private wordsOf = new WeakMap<SupportFaqItem, Set<string>>();
  // The controllers come after the fields' plain initial values, which the CDN build can then leave out (scripts/drop-undefined-fields.js).
  /** After typing settles (`searchDelay`): the search's highlight, count and event (see settle). */
  private readonly settler = new WakeController(this, Date.now, () => this.settled());
  /** The next slice of data items, in a later task (see updated); none while the FAQ is off the page. */
  private readonly grower = new WakeController(this, Date.now, () => this.requestUpdate('rows'));
  /** Follows deep links: the item the address names opens, scrolled to and focused (see reveal). */
  private readonly deepLink = new DeepLinkController(this, (id) => {
    const it = this.list.find((i) => i.id === id);
    if (it) void this.reveal(it);
  });

  constructor() {
    super();
    // Server rendering: the items (in-page ones too, which the FAQ does not see there) ask for their context as
    // they render. Lit's server renderer routes events from slotted children through the host's shadow root, so
    // the FAQ makes one on the server (Lit writes the declarative one) to hear its items' requests.
    if (isServer) {
      this.attachShadow(dict<ShadowRootInit>({ mode: 'open' }));
      this.addEventListener(CONTEXT_REQUEST, (e) => {
        e.stopPropagation();
        (e as Event & { context?: FaqItemContext }).context = this.context;
      });
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.syncLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.syncLd();
    this.paint('');
  }

  protected applyConfig(config: Record<string, unknown>): void {
    reportUnknownKeys(config, ['items', 'defaultLang', 'synonyms'], '', this.reportError);
    if (Object.hasOwn(config, 'items')) this.items = config.items as FaqItemData[];
    if (Object.hasOwn(config, 'defaultLang')) this.defaultLang = config.defaultLang as string;
    if (Object.hasOwn(config, 'synonyms')) this.synonyms = config.synonyms as string[][];
  }

  // Derived state (the items, their categories, what the search shows) is computed here, before the render:
  // setting it in `updated` would schedule a second update after each one (Lit's development build warns).
  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items') || changed.has('telNumbers')) this.dataDirty = true;
    if (changed.has('telNumbers')) this.allowedTels = this.validTels();
    if (changed.has('defaultLang') && this.defaultLang != null && !(typeof this.defaultLang === 'string' && canonical(this.defaultLang)))
      this.reportError('default-lang', expected('a BCP 47 language tag like "en" or "zh-CN"', this.defaultLang));
    // Data items given per language are made again in a new language (or default language), those open staying open.
    if (this.multilingual && !this.dataDirty && (changed.has('defaultLang') || this.madeIn !== this.contentLang)) this.dataDirty = this.relang = true;
    // A bare requestUpdate means a language loaded or `lang`/`dir` changed: the items' strings change.
    const strings = !this.context || !changed.size || changed.has('strings');
    if (strings || changed.has('headingLevel') || changed.has('single') || changed.has('feedback') || changed.has('related')) {
      this.context = this.itemContext();
      for (const it of this.list) this.inform(it);
    }
    if (changed.has('synonyms')) this.groups = this.validGroups();
    // The built-in synonyms are the language's (a locale string): they follow the language.
    const table = strings || changed.has('synonyms');
    if (table) {
      const pairs = this.msg('variants');
      if (pairs !== this.pairs) {
        // A Traditional character is read as its Simplified one (see `variants` in faq.zh-CN.ts): texts fold again.
        // The string may be a merchant's (`strings`): read as pairs of characters of one UTF-16 unit each (a fold
        // keeps every offset, so the highlight lines up), each escaped in the class; never a pattern of its own.
        this.pairs = pairs;
        const map = new Map<string, string>();
        for (let i = 0; i + 1 < pairs.length; i += 2) map.set(pairs[i], pairs[i + 1]);
        const re = RegExp(`[${[...map.keys()].map((c) => c.replace(/[\\\]\[^-]/, '\\$&')).join('')}]`, 'g');
        this.vary = map.size ? (s) => s.replace(re, (c) => map.get(c)!) : (s) => s;
        this.texts = new WeakMap();
        this.vocabulary = new Set();
        this.parts = new Set();
      }
      this.table = synonymTable([...parseGroups(this.msg('synonyms')), ...this.groups].map((g) => g.map(this.vary)));
    }
    if (!((this.lightDirty || this.dataDirty) && this.prepare())) {
      // Outside an update only the grower changes `rows`, asking for the next slice (its initial value comes with a prepare).
      if (changed.has('rows')) this.grow();
      if (changed.has('query') || changed.has('category') || (table && this.query)) this.filter();
    }
    // The address the page opened with, once the list is whole: a search or chip that hides its item is cleared
    // here, before the render (cleared in `updated`, it would ask for another update: Lit's development build warns).
    if (this.hashPending && this.made >= this.data.length && this.list.length) {
      this.hashPending = false;
      const shown = this.query + this.category;
      this.deepLink.followHash();
      // The search or chip it cleared: every item shows again in this update (the check above has run).
      if (this.query + this.category !== shown) this.filter();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('structuredData')) this.syncLd();
    if (!this.listChanged) return;
    this.listChanged = false;
    // The highlight's style sheet joins the page with the list's first render, whose style is computed anyway:
    // adopted later, it restyles the whole page in that task (1.3 s at 10,000 items on a busy machine here),
    // which was the first keystroke's until a keystroke stopped asking for it (see paint).
    if (this.searchable) highlights();
    if (this.made < this.data.length) {
      // More data items to make: in a later task, so that the page stays responsive (see makeRows).
      this.growing ??= new Promise<void>((resolve) => (this.grown = resolve));
      this.grower.wakeAt(Date.now());
      return;
    }
    this.syncLd();
    // What a settled search needs that is slow the first time in a page is made while the page is idle after the
    // list renders, not in the first settled search, where the next keystroke waited behind it (in a trace at 1,000
    // items on a loaded machine, 180 ms): the count's Intl.NumberFormat and Intl.PluralRules, which load locale
    // data, and the secret detector's patterns, compiled at their first use (the search event is redacted).
    if (this.searchable) {
      idle(() => void this.msg('results', { n: this.results }));
      idle(() => void redact('refund 4111', { partialCards: true }));
    }
    this.growing = undefined;
    this.grown?.();
  }

  /**
   * The language data items are shown in: the nearest `lang` (whether or not the FAQ's strings exist in it).
   * While hydrating server HTML, the server's: it saw only the FAQ's own `lang`.
   */
  private get contentLang(): string {
    return !this.hasUpdated && !isServer && this.renderRoot?.querySelector?.('#data')?.firstElementChild
      ? this.getAttribute('lang') || 'en'
      : this.localeController.wanted;
  }

  /** The default language, when it is a valid tag (see willUpdate). */
  private get fallbackLang(): string | undefined {
    return typeof this.defaultLang === 'string' ? canonical(this.defaultLang) : undefined;
  }

  /** Up to three questions related to `it` (see relatedTo), computed when it opens and kept while the list stands. */
  private relatedTo(it: SupportFaqItem): FaqRelated[] {
    let found = this.relatedOf.get(it);
    const at = this.list.indexOf(it);
    if (!found && at >= 0) {
      const words = (o: SupportFaqItem): Set<string> => {
        let w = this.wordsOf.get(o);
        if (!w) this.wordsOf.set(o, (w = significant(fold(o.question))));
        return w;
      };
      this.relatedOf.set(it, (found = relatedTo(this.list, at, (o) => o.category?.trim() || undefined, words)));
    }
    // What its links show, read as it is given (an id or question changed since is followed): data, never the elements.
    return (found ?? []).map(({ id, question, lang }) => ({ id, question, lang }));
  }

  /**
   * Gives an item this FAQ's context and, when it is open, its related questions (none without `related`), as the
   * FAQ hands out its context; an item that opens later asks for them (see onItemOpen).
   */
  private inform(it: SupportFaqItem): void {
    if (it.open) it.related = this.related ? this.relatedTo(it) : undefined;
    it.context = this.context;
  }

  /**
   * `telNumbers` as E.164 numbers, or undefined when unset. A value that is no list or throws when read allows
   * no `tel:` link at all: a merchant who meant to restrict the numbers gets the strictest reading, not none.
   */
  private validTels(): string[] | undefined {
    const given: unknown = this.telNumbers;
    if (given == null) return undefined;
    return readOr(
      () => {
        if (Array.isArray(given))
          return given.flatMap((n: unknown, i) => {
            const tel = typeof n === 'string' ? e164(n) : undefined;
            if (!tel) this.reportError(`telNumbers[${i}]`, `${expected('an E.164 number like +18005550100', n)}; left out`);
            return tel ?? [];
          });
        this.reportError('telNumbers', `${expected('an array of E.164 numbers', given)}; no tel: link is allowed`);
        return [];
      },
      [],
      'telNumbers',
      this.reportError,
      'no tel: link is allowed',
    );
  }

  /** The merchant's synonym groups that are arrays of two or more non-empty strings; each other one reported and left out. */
  private validGroups(): string[][] {
    return readOr(() => this.readGroups(), [], 'synonyms', this.reportError);
  }

  private readGroups(): string[][] {
    const given: unknown = this.synonyms;
    if (given === undefined) return [];
    if (!Array.isArray(given)) {
      this.reportError('synonyms', expected('an array of groups like [["refund", "money back"]]', given));
      return [];
    }
    const groups: string[][] = [];
    for (let i = 0; i < given.length; i++) {
      const group: unknown = Object.hasOwn(given, i) ? given[i] : undefined;
      const path = `synonyms[${i}]`;
      if (!Array.isArray(group) || group.length < 2) this.reportError(path, expected('an array of two or more words or phrases', group));
      else {
        const bad = group.findIndex((w: unknown) => typeof w !== 'string' || !w.trim());
        if (bad < 0) groups.push([...group] as string[]);
        else this.reportError(`${path}[${bad}]`, `${expected('a non-empty string', group[bad])}; the group is left out`);
      }
    }
    return groups;
  }

  /** What every item is told: the heading level, `single`, `feedback`, the votes and the tools row's strings. */
  private itemContext(): FaqItemContext {
    const name = (label: string, key: 'copyFor' | 'yesFor' | 'noFor'): string => this.nameFor(label, key, { question: QUESTION });
    const [copy, yes, no] = [this.msg('copy'), this.msg('yes'), this.msg('no')];
    return {
      level: Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3)),
      single: this.single,
      feedback: this.feedback,
      votes,
      text: {
        copy,
        copyName: name(copy, 'copyFor'),
        yes,
        yesName: name(yes, 'yesFor'),
        no,
        noName: name(no, 'noFor'),
        helpful: this.msg('helpful'),
        thanks: this.msg('thanks'),
        related: this.msg('related'),
        notice: this.msg('otherLanguage', { language: LANGUAGE }),
      },
      lang: this.locale,
      dir: this.direction,
      content: this.contentLang,
    };
  }

  /**
   * Collects and validates the in-page items, gives each a unique id and this FAQ's context, makes the first
   * slice of data items, and derives the categories and what the search shows. False when nothing changed.
   */
  private prepare(): boolean {
    const seen = new Set<string>();
    const unique = (id: string, path: string): string => {
      let u = id;
      for (let n = 2; seen.has(u); n++) u = `${id}-${n}`;
      if (u !== id) this.reportError(`${path}.id`, `duplicate id "${id}", changed to "${u}"`);
      seen.add(u);
      return u;
    };
    const need = (v: unknown, path: string): string | undefined => {
      const text = merchantText(v, path, this.reportError);
      if (!text) return undefined;
      // A link the safe format cannot read (a `(` in its URL: `javascript:alert(1)`) is text, so `href` never
      // sees it: refused here. One it reads goes through `href`, which reports a scheme it refuses.
      for (const [, url, scheme] of text.matchAll(ODD_LINK))
        if (!/^(?:https?|mailto|tel)$/i.test(scheme))
          this.reportError(path, `${expected('an https:, http:, mailto: or tel: link', url.replace(/\)[.,;:!?]*$/, ''))}; it is shown as plain text`);
      return text;
    };
    // Items of a FAQ nested in an answer belong to that FAQ, not to this one. On the server the element does
    // not see its children: only the data items render there.
    const light = isServer ? [] : [...this.querySelectorAll('support-faq-item')].filter((it) => it.closest('support-faq') === this);
    // The first slotchange after the first render finds the items the first render collected: nothing to do.
    if (!this.dataDirty && light.length === this.light.length && light.every((it, i) => it === this.light[i])) {
      this.lightDirty = false;
      return false;
    }
    // In-page items added or removed, or another language: the data items are made again, and those open stay open.
    this.reopen = new Set(this.dataDirty && !this.relang ? [] : this.list.filter((it) => it.open && !light.includes(it)).map((it) => it.id));
    this.lightDirty = this.dataDirty = this.relang = this.multilingual = false;
    this.madeIn = this.contentLang;
    this.relatedOf = new WeakMap();
    this.grower.wakeAt(undefined);
    this.light = light.filter((it, i) => {
      const path = `support-faq-item[${i}]`;
      const question = textsOf(it.question, `${path}.question`, this.reportError, need, 'question')?.get('');
      // An item without a question cannot be opened or named: leave it out rather than show a nameless button.
      if (it.hidden !== !question) it.hidden = !question;
      if (question) {
        const id = unique(it.id || slugify(question) || `q${i}`, path);
        if (it.id !== id) it.id = id;
      }
      return question;
    });
    // A copy of the first MAX_ITEMS entries (a list that throws when read, such as a revoked Proxy, counts as none).
    this.data = readOr(
      () => {
        const items: unknown = this.items;
        if (items !== undefined && !Array.isArray(items)) this.reportError('items', expected('an array', items));
        const given = Array.isArray(items) ? items : [];
        if (given.length > MAX_ITEMS)
          this.reportError('items', `${given.length} items, more than the limit of ${MAX_ITEMS}: only the first ${MAX_ITEMS} are shown`);
        return given.slice(0, MAX_ITEMS);
      },
      [],
      'items',
      this.reportError,
    );
    this.made = 0;
    this.rows = [];
    this.unique = unique;
    this.need = need;
    this.categories = [];
    this.categoryLang.clear();
    this.addCategories(this.light.map((it) => it.category));
    this.list = [...this.light];
    this.texts = new WeakMap();
    this.vocabulary = new Set();
    this.parts = new Set();
    this.other.clear();
    const made = this.makeRows();
    // While hydrating, the server made the data items: these are they, in the order of the data. On the
    // server there are no elements: nothing to show, search or open.
    if (!isServer) this.list.push(...(made ?? (this.renderRoot.querySelector('#data')!.children as HTMLCollectionOf<SupportFaqItem>)));
    let opened = false;
    for (const it of this.list) {
      if (it.open && this.single) it.open = !opened;
      opened ||= it.open;
      this.inform(it);
    }
    this.filter();
    return (this.listChanged = true);
  }

  /** Makes the next slice of data items (asked for by `updated` after the last one rendered), and shows those that match. */
  private grow(): void {
    const added = this.makeRows()!;
    this.list.push(...added);
    added.forEach((it) => this.inform(it));
    this.filter(added);
    this.listChanged = true;
  }

  /**
   * Validates the next data items and makes them, GROW ms at a time (at least one item), so that 100,000 items
   * never block the page: `updated` asks for the rest in later tasks. Returns the items made, or undefined
   * when it made templates (on the server and when hydrating its HTML, every item at once: the HTML holds them all).
   */
  private makeRows(): SupportFaqItem[] | undefined {
    const all = isServer || (!this.hasUpdated && !!this.renderRoot.querySelector?.('#data')?.firstElementChild);
    const end = performance.now() + GROW;
    const rows = this.data;
    const made: (string | undefined)[] = [];
    const slice: SupportFaqItem[] = [];
    const templates: TemplateResult[] = [];
    const start = this.made;
    while (this.made < rows.length && (all || this.made === start || (this.made - start < SLICE && performance.now() < end))) {
      const i = this.made++;
      const path = `items[${i}]`;
      try {
        // A hole in a sparse array is no item, whatever a polluted Array.prototype holds at that index.
        const raw: unknown = Object.hasOwn(rows, i) ? rows[i] : undefined;
        if (!isRecord(raw)) {
          this.reportError(path, expected('an object', raw));
          continue;
        }
        reportUnknownKeys(raw, KEYS, path, this.reportError);
        const questions = textsOf(own(raw, 'question'), `${path}.question`, this.reportError, this.need, 'question');
        const answers = textsOf(own(raw, 'answer'), `${path}.answer`, this.reportError, this.need, 'answer');
        // Per language: question and answer in the best language for the reader (see pickLang) that both have. The
        // element gets the `lang` (and direction) its content is in, unless it is the FAQ's.
        const [qTags, aTags] = [[...(questions?.keys() ?? [])].filter(Boolean), [...(answers?.keys() ?? [])].filter(Boolean)];
        const both = aTags.filter((t) => qTags.includes(t));
        const tags = both.length ? both : aTags.length ? aTags : qTags;
        const lang = tags.length ? pickLang(tags, this.madeIn, this.fallbackLang) : undefined;
        const shown = (texts?: Map<string, string>): string | undefined =>
          texts?.get(texts.has('') ? '' : texts.has(lang!) ? lang! : pickLang([...texts.keys()], this.madeIn, this.fallbackLang));
        const question = shown(questions);
        const answer = shown(answers);
        if (qTags.length && aTags.length && !both.length) this.reportError(path, 'the question and the answer have no language in common');
        this.multilingual ||= !!tags.length;
        const itemLang = lang && lang.toLowerCase() !== this.madeIn.toLowerCase() ? lang : undefined;
        const wanted = optionalString(raw, 'id', path, this.reportError);
        // A category per language: the best for the reader, whatever language the item's question falls back to
        // (a chip is the page's navigation, in the page's language: c20b-1); its language kept for the chip's `lang`.
        const named = own(raw, 'category');
        const cats = isRecord(named) ? textsOf(named, `${path}.category`, this.reportError, this.need, 'category') : undefined;
        const catTag = cats && !cats.has('') ? pickLang([...cats.keys()], this.madeIn, this.fallbackLang) : undefined;
        const given = isRecord(named) ? cats?.get(catTag ?? '') : optionalString(raw, 'category', path, this.reportError);
        if (given !== undefined && catTag && catTag.toLowerCase() !== this.madeIn.toLowerCase()) this.categoryLang.set(stripBidi(given).trim(), catTag);
        const category = given === undefined ? undefined : stripBidi(given);
        if (!question || !answer) continue;
        made.push(category);
        const link = (url: string, label: string): string | undefined => this.href(url, label, `${path}.answer`);
        // A question per language: the id from the default language's, the same in every language (deep links, reopening).
        const first = questions!.has('') ? question : questions!.get(pickLang([...questions!.keys()], this.fallbackLang ?? questions!.keys().next().value!))!;
        const id = this.unique(wanted || slugify(first) || `q${this.light.length + i}`, path);
        // The question in the default language is searched too (ranked last): `refund` on a Chinese page finds the
        // item whose English question says it. Only the question: a second answer would double a long FAQ's memory.
        if (first !== question) this.other.set(id, first);
        if (all) {
          // The context as a property too: a server renderer that keeps no event path (React's, in @lit-labs/nextjs)
          // still gives the item its heading level.
          templates.push(
            html`<support-faq-item id=${id} lang=${ifDefined(itemLang)} dir=${ifDefined(itemLang ? dirOfLang(itemLang) : undefined)} .question=${question} .category=${category} .context=${this.context}>${richText(answer, link)}</support-faq-item>`,
          );
          continue;
        }
        const it = document.createElement('support-faq-item');
        it.id = id;
        if (itemLang) [it.lang, it.dir] = [itemLang, dirOfLang(itemLang)];
        it.question = question;
        if (category !== undefined) it.category = category;
        it.open = this.reopen.has(id);
        it.append(answerNodes(answer, link));
        slice.push(it);
      } catch (error) {
        // An item that throws when read (a getter that throws, a revoked Proxy) is left out; the rest are made.
        this.reportError(path, `could not be read (${errorText(error)}); left out`);
      }
    }
    this.rows = [...this.rows, all ? templates : slice];
    this.addCategories(made);
    return all ? undefined : slice;
  }

  private addCategories(list: (string | undefined)[]): void {
    const next = [...new Set([...this.categories, ...list.map((c) => c?.trim() ?? '')])].filter(Boolean);
    if (next.length !== this.categories.length) this.categories = next;
  }

  // Complete once every data item has been made and rendered (see makeRows and updated).
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.growing) {
      await this.growing;
      result = (await super.getUpdateComplete()) && result;
    }
    return result;
  }

  /**
   * A safe-format link's href, or undefined (reported at `path`) to show its text without a link. A `tel:`
   * link must dial a valid E.164 number, one of `telNumbers` when set, and a text that reads as a phone
   * number must be that number: the number shown is the number dialled.
   */
  private href(url: string, label: string, path: string): string | undefined {
    const href = safeUrl(url);
    if (!href || !/^tel:/i.test(href)) {
      if (!href) this.reportError(path, expected('an https:, http:, mailto: or tel: link', url));
      return href;
    }
    const tel = e164(href.slice(4));
    const problem = !tel
      ? expected('a tel: link to an E.164 number like tel:+18005550100', url)
      : !textFits(label, tel)
        ? `the link text ${JSON.stringify(label.length > 40 ? `${label.slice(0, 40)}…` : label)} is not the number it dials (${tel}): write the number itself, or text with no digits and no number in words`
        : this.allowedTels && !this.allowedTels.includes(tel)
          ? `the link dials ${tel}, which is not one of the hotline's numbers`
          : '';
    if (problem) this.reportError(path, `${problem}; its text is shown without the link`);
    return problem ? undefined : `tel:${tel}`;
  }

  /**
   * Shows the items matching the query (every word, anywhere) and the chosen category, and counts them in
   * `results`; with `added` (a new slice of data items) only those: the others' results stand. Cheap enough per keystroke.
   */
  private filter(added?: SupportFaqItem[]): void {
    const items = added ?? this.list;
    // Every item folded first: the vocabulary the query's typos are looked up in is then complete.
    for (const it of items) this.textOf(it);
    const list = (this.terms = this.query.trim() ? terms(this.vary(this.query), this.table!, this.typo, this.parts) : []);
    let n = added ? this.results : 0;
    for (const it of items) {
      const show = (!this.category || it.category?.trim() === this.category) && (!list.length || matches(this.textOf(it)[0], list));
      if (it.hidden === show) it.hidden = !show;
      n += +show;
    }
    this.results = n;
  }

  /** The vocabulary's words a query word may be a typo of, remembered until the vocabulary grows. */
  private typo = (word: string): string[] => {
    const key = `${this.vocabulary.size} ${word}`;
    let found = this.typoCache.get(key);
    if (!found) {
      if (this.typoCache.size > 50) this.typoCache.clear();
      this.typoCache.set(key, (found = typos(word, this.vocabulary)));
    }
    return found;
  };

  /**
   * An item's question and answer, folded for matching, with the question's length; computed once per item
   * (answers do not change), adding the item's words to the vocabulary.
   */
  private textOf(it: SupportFaqItem): [string, number, number] {
    let text = this.texts.get(it);
    if (text === undefined) {
      const folded = (s: string): string => fold(this.vary(s)).replace(/\s+/g, ' ');
      const question = folded(it.question);
      const shown = `${question} ${folded(it.textContent!)}`;
      const all = `${shown} \n${folded(this.other.get(it.id) ?? '')}`;
      addWords(all, this.vocabulary, this.parts);
      this.texts.set(it, (text = [all, question.length, shown.length]));
    }
    return text;
  }

  /**
   * Shows the shown items that match the query best, at most five, in the merchant's order among equals; none
   * for one. Scored a few milliseconds at a time (10,000 answers took 40 ms in one task here), as the highlight.
   */
  private rank(): void {
    const list = this.terms;
    const run = this.painting;
    const items = list.length && this.results > 1 ? this.list.filter((it) => !it.hidden) : [];
    const top: [number, SupportFaqItem][] = [];
    const score1 = (i: number): void => {
      const s = score(...this.textOf(items[i]), list);
      if (top.length === 5 && s <= top[4][0]) return;
      const at = top.findIndex(([t]) => t < s);
      top.splice(at < 0 ? top.length : at, 0, [s, items[i]]);
      top.length = Math.min(top.length, 5);
    };
    inSlices(
      items.length,
      score1,
      () => run === this.painting && this.isConnected,
      true,
      () => (this.best = top.map(([, it]) => it)),
    );
  }

  /** After typing settles: highlight, announce the count and tell the page (see settled). */
  private settle(): void {
    // `+`: a delay set as a string (`"300"`) is read as its number, as setTimeout read it, not appended to the instant.
    this.settler.wakeAt(Date.now() + +this.searchDelay);
  }

  private settled(): void {
    const query = this.query.trim();
    const n = this.results;
    this.paint(query);
    this.rank();
    this.announcer.announce(n ? this.msg('results', { n }) : this.msg('none'));
    // The page's analytics never receive a card number or code typed into the search box, nor most of one
    // whose last digit is still to come (a pause while typing settles the search too).
    this.dispatchEvent(new SupportFaqSearchEvent({ query: redact(query, { partialCards: true }).text, results: n }));
  }

  /**
   * Highlights the query in the shown questions and answers without touching their markup: a short list at
   * once, a long one in the items in and near the view only, as they come into it (and off again as they leave).
   * Chromium rebuilds the markers of every highlighted range in each frame after a change to the DOM or styles
   * (a keystroke's `hidden`, a hover): 9,000 ranges (a one-letter query over 1,000 answers) made such a frame
   * 80 ms instead of 18 here, in every interaction after it. The view bounds the ranges whatever the list's length.
   */
  private paint(query: string): void {
    const run = ++this.painting;
    this.seen?.disconnect();
    this.seen = undefined;
    // Taking a highlight down (a keystroke) never makes the registry and its style sheet (see updated).
    const registry = query ? highlights() : marks;
    if (!registry) return;
    for (const ranges of this.marked.values()) ranges.forEach((r) => registry.delete(r));
    this.marked.clear();
    // What matched: the query's words, their synonyms and the words read as typos.
    const words = query ? [...new Set(this.terms.flatMap((t) => [...t.alts, ...t.typo]))] : [];
    if (!words.length) return;
    const items = this.list.filter((it) => !it.hidden);
    const mark = (it: SupportFaqItem, on: boolean): void => {
      const old = this.marked.get(it);
      if (on === !!old) return;
      if (old) old.forEach((r) => registry.delete(r));
      const ranges = on ? it.matchRanges(words, this.vary) : [];
      ranges.forEach((r) => registry.add(r));
      if (on) this.marked.set(it, ranges);
      else this.marked.delete(it);
    };
    if (items.length <= PAINT_AT_ONCE) return items.forEach((it) => mark(it, true));
    // A view above and below the visible one: the highlight is there before a scroll brings the items in.
    const seen = (this.seen = new IntersectionObserver(
      (entries) => entries.forEach((e) => mark(e.target as SupportFaqItem, e.isIntersecting)),
      dict<IntersectionObserverInit>({ rootMargin: '100% 0px' }),
    ));
    inSlices(
      items.length,
      (i) => seen.observe(items[i]),
      () => run === this.painting && this.isConnected,
    );
  }

  /** Adds, updates or removes the FAQPage JSON-LD script in the document head. */
  private syncLd(): void {
    if (this.structuredData && this.isConnected) {
      // Bounded work whatever the FAQ holds: answers cut at LD_ANSWER characters, questions up to LD_TOTAL in all.
      let total = 0;
      const mainEntity = [];
      for (const it of this.list) {
        const name = clip(it.question, LD_ANSWER);
        const text = clip(it, LD_ANSWER);
        if ((total += name.length + text.length) > LD_TOTAL) break;
        // An item in another language than the FAQ's says which (schema.org CreativeWork `inLanguage`).
        const inLanguage = it.lang ? { inLanguage: it.lang } : {};
        mainEntity.push({ '@type': 'Question', ...inLanguage, name, acceptedAnswer: { '@type': 'Answer', ...inLanguage, text } });
      }
      // The language shown, when the FAQ knows it: some data item is given per language.
      const inLanguage = this.multilingual ? { inLanguage: this.madeIn } : {};
      this.ld = writeJsonLd(this.ld, { '@context': 'https://schema.org', '@type': 'FAQPage', ...inLanguage, mainEntity });
    } else {
      this.ld?.remove();
      this.ld = undefined;
    }
  }

  private onSlotChange(): void {
    this.lightDirty = true;
    this.requestUpdate();
  }

  private onInput(e: Event): void {
    const box = e.target as HTMLInputElement;
    // What the box's `maxlength` keeps, also when a script sets a longer value (R10-13: a megabyte pasted by a
    // script blocked the page for a minute and went out whole in the search event).
    if (box.value.length > QUERY_MAX) box.value = clipText(box.value, QUERY_MAX);
    this.query = box.value;
    // A keystroke stops the last search's highlight work and takes its highlight down: it marked what the
    // settled query matched, and ranges left standing cost the frames of the keystrokes to come (see paint).
    this.paint('');
    this.settle();
  }

  private pick(category: string): void {
    this.category = category;
    this.settle();
  }

  // A best match's link opens its item through the deep link; when the address has that link already, no
  // hashchange would follow: it is opened here, and the address stays.
  private onBest(e: Event): void {
    if ((e.currentTarget as HTMLAnchorElement).hash !== location.hash) return;
    e.preventDefault();
    this.deepLink.followHash();
  }

  /**
   * Opens an item for a deep link: clears a search that hides it (the update that asks for shows every item, or
   * willUpdate does when it is under way: the list's first whole render), scrolls to it and focuses its question.
   */
  private async reveal(it: SupportFaqItem): Promise<void> {
    if (it.hidden) {
      const input = this.renderRoot.querySelector('input');
      if (input) input.value = '';
      // The search still settling is cleared with it: no empty search for the page's analytics, no count announced.
      this.settler.wakeAt(undefined);
      this.query = this.category = '';
      this.best = [];
      this.paint('');
    }
    if (this.isUpdatePending) await this.updateComplete;
    this.toggle(it, true);
    showTarget(it);
  }

  /** The item an event comes from, when it is one of this FAQ's (not one of a FAQ nested in an answer). */
  private own(e: Event): SupportFaqItem | undefined {
    const it = e.target as SupportFaqItem;
    return it.closest('support-faq') === this || it.getRootNode() === this.renderRoot ? it : undefined;
  }

  private toggle(it: SupportFaqItem, open = !it.open): void {
    if (open && this.single) this.list.forEach((o) => o !== it && this.toggle(o, false));
    if (it.open === open) return;
    it.open = open;
    this.dispatchEvent(new SupportFaqToggleEvent({ id: it.id, open }));
  }

  /** A related question's link to the item the address already names: no hashchange comes, so it opens here. */
  private onClick(e: MouseEvent): void {
    const a = e.composedPath()[0] as HTMLAnchorElement;
    if (a.localName === 'a' && a.closest('[part=related]') && a.hash === location.hash) this.deepLink.followHash();
  }

  // An item opened, by this FAQ or by the page: the event takes its related questions back (see OPENED).
  private onItemOpen(e: OpenedEvent): void {
    const it = this.own(e);
    if (it) e.related = this.related ? this.relatedTo(it) : undefined;
  }

  private onItemToggle(e: SupportFaqItemToggleEvent): void {
    const it = this.own(e);
    if (it) this.toggle(it, e.detail.open);
  }

  /** Up/Down move between the questions shown, Home/End go to the first/last. */
  private onItemMove(e: SupportFaqItemMoveEvent): void {
    const it = this.own(e);
    if (!it) return;
    const shown = this.list.filter((i) => !i.hidden);
    const n = shown.length;
    const i = shown.indexOf(it);
    const to = { next: i + 1, previous: i - 1 + n, first: 0, last: n - 1 }[e.detail.to];
    shown[to % n]?.focus();
  }

  private async onItemCopy(e: SupportFaqItemCopyEvent): Promise<void> {
    const it = this.own(e);
    if (it) this.announcer.announce(this.msg((await copyText(`${location.href.replace(/#.*/, '')}#${it.id}`)) ? 'copied' : 'copyFailed'));
  }

  // The item shows the thank-you once its vote is among the context's votes.
  private onItemVote(e: SupportFaqItemVoteEvent): void {
    const it = this.own(e);
    if (!it) return;
    votes.add(it.id);
    this.dispatchEvent(new SupportFaqFeedbackEvent({ id: it.id, helpful: e.detail.helpful }));
  }

  /** Opens every answer shown (in `single` mode only the first). */
  expandAll(): void {
    for (const it of this.list) {
      if (it.hidden) continue;
      this.toggle(it, true);
      if (this.single) break;
    }
  }

  /** Closes every answer. */
  collapseAll(): void {
    this.list.forEach((it) => this.toggle(it, false));
  }

  override render() {
    const chips = ['', ...this.categories].map(
      (c) =>
        html`<button part="chip" lang=${ifDefined(this.categoryLang.get(c))} aria-pressed=${c === this.category ? 'true' : 'false'} @click=${() => this.pick(c)}>${c || this.msg('all')}</button>`,
    );
    // The items' requests reach this wrapper from the slot (in-page items) and from #data (data items).
    return html`<div
      part="base"
      dir=${this.direction}
      lang=${this.locale}
      @support-faq-item-toggle=${this.onItemToggle}
      @support-faq-item-open=${this.onItemOpen}
      @support-faq-item-move=${this.onItemMove}
      @support-faq-item-copy=${this.onItemCopy}
      @support-faq-item-vote=${this.onItemVote}
      @click=${this.onClick}
    >${
      this.searchable
        ? html`<label for="s" part="label">${this.msg('search')}</label><input id="s" part="search" type="search" autocomplete="off" maxlength=${QUERY_MAX} @input=${this.onInput} />`
        : nothing
    }${this.categories.length ? html`<div role="group" aria-label=${this.msg('categories')} part="chips">${chips}</div>` : nothing}${
      this.best.length
        ? html`<div part="best"><p id="best">${this.msg('best')}</p><ul aria-labelledby="best">${this.best.map(
            // The page's own address: a relative `#id` would follow the page's <base href> elsewhere.
            (it) =>
              html`<li><a href=${`${location.href.replace(/#.*/, '')}#${encodeURIComponent(it.id)}`} @click=${this.onBest}><bdi>${stripBidi(it.question)}</bdi></a></li>`,
          )}</ul></div>`
        : nothing
    }<slot @slotchange=${this.onSlotChange}></slot><div id="data">${this.rows.map((slice) => guard([slice], () => slice))}</div><div part="empty" ?hidden=${this.results > 0 || !(this.query.trim() || this.category)}><p>${this.msg('none')}</p><slot name="empty"></slot></div>${this.announcer.render()}</div>`;
  }
}
