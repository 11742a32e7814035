import { html, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { SupportElement } from '../../internal/base.js';
import { expected, isRecord, optionalString, reportUnknownKeys, slugify } from '../../internal/config.js';
import { copyText } from '../../internal/export.js';
import { writeJsonLd } from '../../internal/json-ld.js';
import { safeUrl } from '../../internal/safe-url.js';
import { baseStyles } from '../../internal/styles.js';
import { redact } from '../../internal/sensitive.js';
import { SupportFaqFeedbackEvent, SupportFaqSearchEvent, SupportFaqToggleEvent } from '../../events/faq.js';
import type { SupportFaqItem } from './faq-item.component.js';
import './faq-item.component.js';
import { HIGHLIGHT, styles } from './faq.styles.js';

/** One question given as data (the `items` property or the JSON config). */
export interface FaqItemData {
  /** Deep-link id; made from the question when missing. */
  id?: string;
  question: string;
  /** Text in the safe format: blank lines between paragraphs, `- ` list lines, `**bold**`, `[text](url)`. */
  answer: string;
  category?: string;
}

const KEYS = ['id', 'question', 'answer', 'category'];
/** Feedback given during this visit (page view), by item id. */
const votes = new Set<string>();
/** Answer regions where a tools row was rendered (and must be cleared when the answer closes). */
const tooled = new WeakSet<HTMLElement>();
let marks: Highlight | undefined;

/** Runs `fn` when the browser is idle (Safari has no requestIdleCallback: a short timeout there). */
const idle = (fn: IdleRequestCallback): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(fn);
  else setTimeout(() => fn({ didTimeout: false, timeRemaining: () => 5 }), 50);
};

/**
 * Runs `work(0)` … `work(n - 1)` a few milliseconds at a time, in order: for `first` ms now (none when 0),
 * the rest in idle periods, as long as `current()` holds (a newer run replaces an older one).
 */
function inSlices(n: number, work: (i: number) => void, current: () => boolean, first = 0): void {
  let i = 0;
  const slice = (ms: number): void => {
    if (!current()) return;
    const end = performance.now() + ms;
    while (i < n && performance.now() < end) work(i++);
    // Some browsers give hidden or busy pages idle periods of almost no time: do a little anyway.
    if (i < n) idle((deadline) => slice(Math.max(4, deadline.timeRemaining())));
  };
  if (first) slice(first);
  else idle((deadline) => slice(Math.max(4, deadline.timeRemaining())));
}

/** Case- and accent-insensitive form of a text: `Café` → `cafe`; Chinese is unchanged. */
const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

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

/** `**bold**` and `[text](url)` inside one paragraph or list line; other text stays text. */
function inline(text: string, refused: (url: string) => void): unknown[] {
  // No `[` in a label and no `(` in a URL: each scan stops at the next candidate, so a megabyte of `[`
  // or `[a](` takes linear time instead of backtracking quadratically.
  return text.split(/(\*\*[^\n]+?\*\*|\[[^[\]\n]+\]\([^()\s]+\))/).map((part, i) => {
    if (!(i % 2)) return part;
    if (part[0] === '*') return html`<strong>${part.slice(2, -2)}</strong>`;
    const [, label, url] = /^\[(.+)\]\((.+)\)$/.exec(part)!;
    const href = safeUrl(url);
    if (!href) refused(url);
    return href ? html`<a href=${href}>${label}</a>` : label;
  });
}

/** Renders the safe answer format as templates: never parsed as HTML. */
function richText(text: string, refused: (url: string) => void): TemplateResult[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.trim().split('\n');
      return lines.every((l) => /^\s*- /.test(l))
        ? html`<ul>${lines.map((l) => html`<li dir="auto">${inline(l.replace(/^\s*- /, ''), refused)}</li>`)}</ul>`
        : html`<p dir="auto">${inline(block, refused)}</p>`;
    });
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
    items: { attribute: false },
    query: { state: true, attribute: false },
    category: { state: true, attribute: false },
    results: { state: true, attribute: false },
    categories: { state: true, attribute: false },
  };
  protected static override section = 'faq' as const;

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
  /** Questions given as data, shown after the in-page items. Answers are text in the safe format. */
  items?: FaqItemData[];
  private query = '';
  private category = '';
  private results = 0;
  private categories: string[] = [];
  private list: SupportFaqItem[] = [];
  private dirty = true;
  private hashPending = true;
  private timer?: ReturnType<typeof setTimeout>;
  private ld?: HTMLScriptElement;
  private ranges: Range[] = [];
  /** Counts paints: a slice of an older paint stops when a newer one started. */
  private painting = 0;
  private texts = new WeakMap<SupportFaqItem, string>();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    if (this.hasUpdated) this.syncLd();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    clearTimeout(this.timer);
    this.syncLd();
    this.paint('');
  }

  protected applyConfig(config: Record<string, unknown>): void {
    reportUnknownKeys(config, ['items'], '', this.reportError);
    if ('items' in config) this.items = config.items as FaqItemData[];
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('items')) this.dirty = true;
  }

  protected override updated(changed: PropertyValues): void {
    const dirty = this.dirty;
    if (dirty) this.sync();
    // Items render through this element: refresh them when what they show may have changed (a bare
    // requestUpdate means a language loaded or `lang`/`dir` changed), never on a search.
    if ((!changed.size && !dirty) || changed.has('headingLevel') || changed.has('feedback') || changed.has('strings')) this.list.forEach((it) => it.refresh());
    if (changed.has('structuredData')) this.syncLd();
  }

  /** Collects the in-page and data items, gives each a unique id, renders the data items. */
  private sync(): void {
    this.dirty = false;
    const seen = new Set<string>();
    const unique = (id: string, path: string): string => {
      let u = id;
      for (let n = 2; seen.has(u); n++) u = `${id}-${n}`;
      if (u !== id) this.reportError(`${path}.id`, `duplicate id "${id}", changed to "${u}"`);
      seen.add(u);
      return u;
    };
    const need = (v: unknown, path: string): string | undefined => {
      if (typeof v === 'string' && v.trim()) return v.trim();
      this.reportError(path, expected('a non-empty string', v));
    };
    const light = [...this.querySelectorAll('support-faq-item')].filter((it, i) => {
      const path = `support-faq-item[${i}]`;
      const question = need(it.question, `${path}.question`);
      // An item without a question cannot be opened or named: leave it out rather than show a nameless button.
      if (it.hidden !== !question) it.hidden = !question;
      if (question) {
        const id = unique(it.id || slugify(question) || `q${i}`, path);
        if (it.id !== id) it.id = id;
      }
      return question;
    });
    const rows: TemplateResult[] = [];
    const items: unknown = this.items;
    if (items !== undefined) {
      if (!Array.isArray(items)) this.reportError('items', expected('an array', items));
      else
        items.forEach((raw: unknown, i) => {
          const path = `items[${i}]`;
          if (!isRecord(raw)) return this.reportError(path, expected('an object', raw));
          reportUnknownKeys(raw, KEYS, path, this.reportError);
          const question = need(raw.question, `${path}.question`);
          const answer = need(raw.answer, `${path}.answer`);
          const id = optionalString(raw, 'id', path, this.reportError);
          const category = optionalString(raw, 'category', path, this.reportError);
          if (!question || !answer) return;
          const refused = (url: string): void => this.reportError(`${path}.answer`, expected('an https:, http:, mailto: or tel: link', url));
          rows.push(html`<support-faq-item id=${unique(id || slugify(question) || `q${light.length + i}`, path)} .question=${question} .category=${category}>${richText(answer, refused)}</support-faq-item>`);
        });
    }
    const data = this.renderRoot.querySelector('#data') as HTMLElement;
    render(rows, data);
    this.list = [...light, ...(data.children as HTMLCollectionOf<SupportFaqItem>)];
    let opened = false;
    this.list.forEach((it, i) => {
      if (it.open && this.single) it.open = !opened;
      opened ||= it.open;
      // In-page items built before this element rendered take its settings now. Data items connected during
      // the render above and refreshed themselves then (an item refreshes on connect once its FAQ rendered).
      if (i < light.length) it.refresh();
    });
    this.categories = [...new Set(this.list.map((it) => it.category?.trim() ?? ''))].filter(Boolean);
    this.texts = new WeakMap();
    if (this.searchable) this.prefold();
    this.filter();
    this.syncLd();
    if (this.hashPending && this.list.length) {
      this.hashPending = false;
      this.onHash();
    }
  }

  /** Shows the items matching the query (every word, anywhere) and the chosen category. Cheap enough per keystroke. */
  private filter(): void {
    const words = fold(this.query).split(/\s+/).filter(Boolean);
    let n = 0;
    for (const it of this.list) {
      const show = (!this.category || it.category?.trim() === this.category) && (!words.length || words.every((w) => this.textOf(it).includes(w)));
      if (it.hidden === show) it.hidden = !show;
      n += +show;
    }
    this.results = n;
  }

  /** An item's question and answer, folded for matching; computed once per item (answers do not change). */
  private textOf(it: SupportFaqItem): string {
    let text = this.texts.get(it);
    if (text === undefined) this.texts.set(it, (text = fold(`${it.question} ${it.textContent}`)));
    return text;
  }

  /**
   * Folds every item's text while the browser is idle, in slices, so the first keystroke in a long FAQ
   * only compares strings. A search before it finishes folds the rest itself.
   */
  private prefold(): void {
    const list = this.list;
    // A newer sync replaces the list (and the cache): its own prefold takes over.
    inSlices(list.length, (i) => this.textOf(list[i]), () => list === this.list && this.isConnected);
  }

  /** After typing settles: highlight, announce the count and tell the page. */
  private settle(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const query = this.query.trim();
      const n = this.results;
      this.paint(query);
      this.announce(n ? this.msg('results', { n }) : this.msg('none'));
      // The page's analytics never receive a card number or code typed into the search box, nor most of one
      // whose last digit is still to come (a pause while typing settles the search too).
      this.dispatchEvent(new SupportFaqSearchEvent({ query: redact(query, { partialCards: true }).text, results: n }));
    }, this.searchDelay);
  }

  /**
   * Highlights the query in the shown questions and answers without touching their markup. Items are
   * painted in page order, for at most a few milliseconds at a time: a short FAQ at once, a long one on
   * in idle slices, so a broad query over thousands of answers never blocks typing.
   */
  private paint(query: string): void {
    const registry = highlights();
    if (!registry) return;
    this.ranges.forEach((r) => registry.delete(r));
    this.ranges = [];
    const run = ++this.painting;
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (!words.length) return;
    const items = this.list.filter((it) => !it.hidden);
    const add = (i: number): void => {
      for (const range of this.rangesIn(items[i], words)) {
        this.ranges.push(range);
        registry.add(range);
      }
    };
    inSlices(items.length, add, () => run === this.painting && this.isConnected, 8);
  }

  /** Ranges of the words in an item's question and answer text. */
  private rangesIn(it: SupportFaqItem, words: string[]): Range[] {
    const ranges: Range[] = [];
    for (const root of [this.question(it), it]) {
      if (!root) continue;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node: Node | null; (node = walker.nextNode()); ) {
        const text = node.nodeValue!;
        let folded = fold(text);
        // Folding can change the length (ligatures, combining marks): map each folded unit to its source.
        const map: number[] = [];
        if (folded.length !== text.length) {
          folded = '';
          for (let i = 0; i < text.length; i++) {
            const f = fold(text[i]);
            folded += f;
            for (let k = 0; k < f.length; k++) map.push(i);
          }
        }
        for (const w of words) {
          for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + w.length)) {
            const range = new Range();
            range.setStart(node, map[i] ?? i);
            range.setEnd(node, (map[i + w.length - 1] ?? i + w.length - 1) + 1);
            ranges.push(range);
          }
        }
      }
    }
    return ranges;
  }

  /** Adds, updates or removes the FAQPage JSON-LD script in the document head. */
  private syncLd(): void {
    const text = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
    if (this.structuredData && this.isConnected)
      this.ld = writeJsonLd(this.ld, {
        '@context': 'https://schema.org',
        '@type': 'FAQPage',
        mainEntity: this.list.map((it) => ({ '@type': 'Question', name: text(it.question), acceptedAnswer: { '@type': 'Answer', text: text(it.textContent) } })),
      });
    else {
      this.ld?.remove();
      this.ld = undefined;
    }
  }

  private onSlotChange(): void {
    this.dirty = true;
    this.requestUpdate();
  }

  private onInput(e: Event): void {
    this.query = (e.target as HTMLInputElement).value;
    this.filter();
    this.settle();
  }

  private pick(category: string): void {
    this.category = category;
    this.filter();
    this.settle();
  }

  private onHash = (): void => {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape: compare the hash as written.
    }
    const it = id && this.list.find((i) => i.id === id);
    if (it) this.reveal(it);
  };

  /** Opens an item for a deep link: clears a search that hides it, scrolls to it and focuses its question. */
  private reveal(it: SupportFaqItem): void {
    if (it.hidden) {
      const input = this.renderRoot.querySelector('input');
      if (input) input.value = '';
      this.query = this.category = '';
      this.filter();
      this.paint('');
    }
    this.toggle(it, true);
    it.scrollIntoView({ behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    this.question(it)?.focus({ preventScroll: true });
  }

  private question(it: SupportFaqItem): HTMLElement | null | undefined {
    return it.shadowRoot?.querySelector('#q');
  }

  private toggle(it: SupportFaqItem, open = !it.open): void {
    if (open && this.single) this.list.forEach((o) => o !== it && this.toggle(o, false));
    if (it.open === open) return;
    it.open = open;
    this.dispatchEvent(new SupportFaqToggleEvent({ id: it.id, open }));
  }

  /** Up/Down move between the questions shown, Home/End go to the first/last. */
  private onKey(e: KeyboardEvent, it: SupportFaqItem): void {
    const shown = this.list.filter((i) => !i.hidden);
    const n = shown.length;
    const i = shown.indexOf(it);
    const to = ({ ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1 } as Record<string, number>)[e.key];
    if (to === undefined || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    this.question(shown[to % n])?.focus();
  }

  private async copy(it: SupportFaqItem): Promise<void> {
    this.announce(this.msg((await copyText(`${location.href.replace(/#.*/, '')}#${it.id}`)) ? 'copied' : 'copyFailed'));
  }

  private vote(it: SupportFaqItem, helpful: boolean): void {
    votes.add(it.id);
    this.dispatchEvent(new SupportFaqFeedbackEvent({ id: it.id, helpful }));
    it.refresh();
    // The buttons are gone: move focus to the thank-you text, which is read out.
    it.shadowRoot?.querySelector<HTMLElement>('[part=feedback]')?.focus();
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

  /**
   * Fills in what an item shows from this FAQ: the heading level, and under an open answer the tools row
   * (copy link, feedback), rendered into the answer region after its slot.
   * @internal
   */
  renderItem(it: SupportFaqItem, heading: HTMLElement, region: HTMLElement): void {
    if (!this.hasUpdated) return;
    const level = String(Math.min(6, Math.max(1, Math.round(this.headingLevel) || 3)));
    if (heading.getAttribute('aria-level') !== level) heading.setAttribute('aria-level', level);
    // Closed items that never opened get no Lit part at all: thousands of items stay plain DOM.
    if (!it.open && !tooled.has(region)) return;
    tooled.add(region);
    const { id } = it;
    const feedback = votes.has(id)
      ? html`<p part="feedback" tabindex="-1">${this.msg('thanks')}</p>`
      : html`<div part="feedback" role="group" aria-labelledby="h"><span id="h">${this.msg('helpful')}</span><button @click=${() => this.vote(it, true)}>${this.msg('yes')}</button><button @click=${() => this.vote(it, false)}>${this.msg('no')}</button></div>`;
    render(it.open ? html`<div part="tools"><button part="link" @click=${() => this.copy(it)}>${this.msg('copy')}</button>${this.feedback ? feedback : nothing}</div>` : nothing, region);
  }

  /** An item's question was clicked or got a key, or find-in-page revealed its answer. @internal */
  itemEvent(it: SupportFaqItem, e: Event): void {
    if (e.type === 'click') this.toggle(it);
    else if (e.type === 'keydown') this.onKey(e as KeyboardEvent, it);
    else this.toggle(it, true);
  }

  override render() {
    const chips = ['', ...this.categories].map(
      (c) => html`<button part="chip" aria-pressed=${c === this.category ? 'true' : 'false'} @click=${() => this.pick(c)}>${c || this.msg('all')}</button>`,
    );
    return html`<div part="base" dir=${this.direction}>${this.searchable
        ? html`<label for="s" part="label">${this.msg('search')}</label><input id="s" part="search" type="search" autocomplete="off" @input=${this.onInput} />`
        : nothing}${this.categories.length ? html`<div role="group" aria-label=${this.msg('categories')} part="chips">${chips}</div>` : nothing}<slot @slotchange=${this.onSlotChange}></slot><div id="data"></div><div part="empty" ?hidden=${this.results > 0 || !(this.query.trim() || this.category)}><p>${this.msg('none')}</p><slot name="empty"></slot></div>${this.renderAnnouncer()}</div>`;
  }
}
