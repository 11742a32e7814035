import { adoptStyles, html, isServer, LitElement, nothing, render, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { stripBidi } from '../../internal/bidi.js';
import { dict } from '../../internal/dict.js';
import { settingUp } from '../../internal/scheduler.js';
import { SupportFaqItemCopyEvent, SupportFaqItemMoveEvent, SupportFaqItemToggleEvent, SupportFaqItemVoteEvent } from '../../events/faq.js';
import { languageName, match } from './faq-lang.js';
import { fold } from './faq.search.js';
import { itemStyles } from './faq.styles.js';

/** Stands for the item's question in the accessible names of `FaqItemContext.text` (a noncharacter: never in real text). */
export const QUESTION = '\uffff';
/** Stands for the name of the item's language in `FaqItemContext.text.notice` (a noncharacter too). */
export const LANGUAGE = '\ufffe';

/**
 * What a FAQ tells its items: one object, shared by every item of the FAQ and replaced when one of its
 * settings or strings changes (the FAQ's heading level, `single`, `feedback`, language, string overrides).
 */
export interface FaqItemContext {
  /** Level (1 to 6) of the question heading. */
  level: number;
  /** At most one answer is open: an open answer is a region landmark. */
  single: boolean;
  /** Ask "Was this helpful?" under an open answer. */
  feedback: boolean;
  /** Ids of the questions the user rated during this visit: their thank-you shows instead of the buttons. */
  votes: ReadonlySet<string>;
  /**
   * The tools row's strings and the notice before an answer in another language, in the FAQ's language with the
   * merchant's overrides; `QUESTION` in the names stands for the question, `LANGUAGE` in the notice for the
   * name of the item's language.
   */
  text: Record<'copy' | 'copyName' | 'helpful' | 'yes' | 'yesName' | 'no' | 'noName' | 'thanks' | 'related' | 'notice', string>;
  /** The FAQ's language and direction: those of the strings above, and of an item's content without a `lang` of its own. */
  lang: string;
  dir: 'ltr' | 'rtl';
  /** The language the FAQ shows its content in: an open answer whose `lang` is another language says so (see the notice). */
  content: string;
}

/** A question related to an item, as its link under the open answer shows it: its id (the deep link), its question and `lang`. */
export interface FaqRelated {
  id: string;
  question: string;
  lang: string;
}

const MOVES: Record<string, SupportFaqItemMoveEvent['detail']['to']> = { ArrowUp: 'previous', ArrowDown: 'next', Home: 'first', End: 'last' };

// Closed answers stay findable by find-in-page. The DOM typings still say `hidden` is a boolean.
const UNTIL_FOUND = 'until-found' as unknown as boolean;
let skeleton: DocumentFragment | undefined;

/**
 * Server rendering only: the event by which an item asks the FAQ it belongs to for its context (heading level),
 * which the FAQ puts in its `context` field. On the server an in-page item cannot look up its FAQ, but a
 * composed event reaches it (see the SupportFaq constructor).
 */
export const CONTEXT_REQUEST = 'support-faq-item-context';
/**
 * The item's answer opened, whoever opened it (the FAQ, or the page setting `open`): its FAQ answers with its
 * related questions in the event's `related` field, which only the FAQ can choose (as it answers CONTEXT_REQUEST),
 * so the answer renders once with them. Bubbling, not composed, like the item's other events; internal like
 * `CONTEXT_REQUEST`, so not among the element's documented events.
 */
export const OPENED = 'support-faq-item-open';
/** The OPENED event, with the FAQ's answer. */
export type OpenedEvent = Event & { related?: readonly FaqRelated[] };

/** The notice before an answer in another language (see refresh): its text, in the FAQ's language and direction. */
type Notice = { text: string; lang: string; dir: 'ltr' | 'rtl' };

/**
 * The item's shadow DOM: heading, question button, answer panel with the slot and, after it, the tools row (see
 * tools). `lang`, `notice` and `tools` are given on the server only: the browser's refresh sets them on the clone.
 */
const itemTemplate = (question: string, open: boolean, level: number, lang?: string, notice?: Notice, tools: unknown = nothing) =>
  html`<div role="heading" aria-level=${level} part="heading" lang=${ifDefined(lang)}><button id="q" part="question" aria-expanded=${open ? 'true' : 'false'} aria-controls="a"><bdi>${question}</bdi><span part="icon"></span></button></div>${
    open
      ? html`<div id="a" part="answer">${notice ? html`<p id="n" part="notice" lang=${notice.lang} dir=${notice.dir}>${notice.text}</p>` : nothing}<slot></slot>${tools}</div>`
      : // Closed, yet found by find-in-page. A property binding, because lit-analyzer takes `hidden` for a boolean
        // attribute; server rendering writes it as the attribute `hidden="until-found"`.
        html`<div id="a" part="answer" .hidden=${UNTIL_FOUND}><slot></slot></div>`
  }`;

/**
 * A plain element in the browser. On the server (where Node has no HTMLElement) a LitElement, so that
 * server rendering (`@lit-labs/ssr`) writes its shadow DOM: the question is in the server HTML.
 */
const Base = (isServer ? LitElement : HTMLElement) as typeof HTMLElement;

/**
 * One question of a `<support-faq>`, with its answer as the merchant's own HTML in the page, so search
 * engines and readers without JavaScript see it. Inside a `<support-faq>` it becomes an accordion item:
 * the question is a button in a heading, the answer a panel that opens and closes (a region landmark while
 * open in a `single` FAQ, see `refresh`).
 *
 * Not a Lit element on purpose: a FAQ may hold thousands of items, and a plain element whose shadow DOM is
 * cloned from one prepared fragment renders about as fast as a native `<details>` (a Lit update cycle per
 * item cost 1.7 times as much). Props down, events up: the FAQ gives it `open`, its `context` (strings,
 * heading level, languages) and, open, its `related` questions, all data; the item asks the FAQ through events,
 * and never calls it. The FAQ's search highlight takes its ranges from `matchRanges`, never from the shadow root.
 *
 * @summary A question and its answer, as a child of `<support-faq>`.
 * @customElement support-faq-item
 * @attr question - The question, shown as the button that opens the answer.
 * @attr category - Category, offered as a filter chip by the FAQ.
 * @attr open - Present when the answer is shown. Set it in the page to open an item initially.
 * @slot - The answer: any HTML (paragraphs, lists, links, images).
 * @csspart heading - The heading around the question button.
 * @csspart question - The question button.
 * @csspart icon - The open/closed arrow: a triangle drawn with borders in the text colour (`currentColor`).
 * @csspart answer - The answer panel.
 * @csspart tools - The row under an open answer: copy link and feedback.
 * @csspart link - The "Copy link" button.
 * @csspart feedback - The "Was this helpful?" group, then the thank-you text.
 * @csspart notice - The notice before an answer shown in another language than the FAQ's (see `lang`).
 * @csspart related - The related questions under an open answer (`related` on the FAQ): a label and a list of links.
 * @event {SupportFaqItemToggleEvent} support-faq-item-toggle - Asks the FAQ to open or close the answer: `{ open: boolean }`. Not composed.
 * @event {SupportFaqItemMoveEvent} support-faq-item-move - Asks the FAQ to move focus to another question: `{ to: 'previous' | 'next' | 'first' | 'last' }`. Not composed.
 * @event {SupportFaqItemCopyEvent} support-faq-item-copy - The user chose "Copy link". Not composed.
 * @event {SupportFaqItemVoteEvent} support-faq-item-vote - The user rated the answer: `{ helpful: boolean }`. Not composed.
 */
export class SupportFaqItem extends Base {
  // A getter: on the server it replaces LitElement's (see the finalize() call at the end).
  static get observedAttributes(): string[] {
    return ['question', 'open'];
  }
  // Server rendering only (see Base): LitElement's `styles` and `render`, set here rather than declared, so that the
  // browser bundles, where `isServer` is false, leave them out (148 B gzip of the ES module bundle).
  static {
    if (isServer) {
      (this as unknown as { styles: unknown }).styles = itemStyles;
      (this.prototype as unknown as { render: () => TemplateResult }).render = function (this: SupportFaqItem) {
        if (!this.ctx) {
          const ask: Event & { context?: FaqItemContext } = new Event(CONTEXT_REQUEST, dict({ bubbles: true, composed: true }));
          this.dispatchEvent(ask);
          this.ctx = ask.context;
        }
        // The level, the heading's language and an open answer's notice as refresh gives them in the browser:
        // hydration then changes nothing (refresh finds the notice by its id and keeps it).
        const lang = this.getAttribute('lang') || undefined;
        const text = this.ctx ? this.notice(this.ctx) : '';
        const notice = text ? { text, lang: this.ctx!.lang, dir: this.ctx!.dir } : undefined;
        return itemTemplate(this.question, this.open, this.ctx?.level ?? 3, lang, notice, this.ctx ? this.tools(this.ctx) : nothing);
      };
    }
  }

  /** Whether the item is in a FAQ (and so an accordion item with a shadow root). */
  private inFaq = false;
  /** Whether the shadow root is ready (made here, or taken over from the server's HTML). */
  private wired = false;
  private ctx?: FaqItemContext = undefined;
  private rel?: readonly FaqRelated[] = undefined;
  /** The answer region had a tools row once (and must clear it when the answer closes). */
  private tooled = false;
  /** The shadow root came from the server's HTML, with the tools row of an answer open there (see renderTools). */
  private served = false;

  constructor() {
    super();
    // Items upgrade before their FAQ (see faq.ts) and change its size as they do: the page is measured first.
    settingUp(this);
  }

  /** What the FAQ tells its items (strings, heading level); set by the FAQ. @internal */
  get context(): FaqItemContext | undefined {
    return this.ctx;
  }

  /** What the FAQ tells its items (strings, heading level); set by the FAQ. @internal */
  set context(value: FaqItemContext | undefined) {
    if (value === this.ctx) return;
    this.ctx = value;
    if (this.inFaq) this.refresh();
  }

  /** The questions related to this one, shown as links under the open answer: data from the FAQ (see OPENED). @internal */
  get related(): readonly FaqRelated[] | undefined {
    return this.rel;
  }

  /** The questions related to this one, shown as links under the open answer: data from the FAQ (see OPENED). @internal */
  set related(value: readonly FaqRelated[] | undefined) {
    if (value === this.rel) return;
    this.rel = value;
    if (this.inFaq) this.refresh();
  }

  /** The question, shown as the button that opens the answer (bidi control characters removed). */
  get question(): string {
    return stripBidi(this.getAttribute('question') ?? '');
  }

  set question(value: string) {
    this.setAttribute('question', value);
  }

  /** Category, offered as a filter chip by the FAQ. */
  get category(): string | undefined {
    const value = this.getAttribute('category');
    return value == null ? undefined : stripBidi(value);
  }

  set category(value: string | undefined) {
    if (value == null) this.removeAttribute('category');
    else this.setAttribute('category', value);
  }

  /** Whether the answer is shown. Set it in the page to open an item initially. */
  get open(): boolean {
    return this.hasAttribute('open');
  }

  set open(value: boolean) {
    this.toggleAttribute('open', !!value);
  }

  connectedCallback(): void {
    // Values set on the element before it was defined would hide the accessors: pass them through them.
    for (const key of ['question', 'category', 'open', 'context'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value = this[key];
        delete (this as Partial<this>)[key];
        (this as Record<string, unknown>)[key] = value;
      }
    }
    // Outside a FAQ the answer just shows (no shadow root). A data item is in its FAQ's shadow root.
    if (this.inFaq || !(this.closest('support-faq') ?? (this.getRootNode() as ShadowRoot).host)) return;
    this.inFaq = true;
    if (!this.wired) {
      this.wired = true;
      this.removeAttribute('defer-hydration');
      let root = this.shadowRoot;
      if (root) {
        // Server-rendered (declarative shadow DOM): its nodes stay; its <style> gives way to the adopted sheet.
        root.querySelectorAll('style').forEach((s) => s.remove());
        // An answer open on the server has its tools row after the slot (see renderTools).
        this.served = !!root.querySelector('slot')?.nextElementSibling;
      } else {
        // Not in the constructor on purpose: outside a FAQ an item has no shadow root and its answer just shows.
        root = this.attachShadow(dict<ShadowRootInit>({ mode: 'open' }));
        skeleton ??= this.build();
        root.append(skeleton.cloneNode(true));
      }
      adoptStyles(root, [itemStyles]);
      // One listener per event type on the root: the inner nodes need no JavaScript wrappers until used.
      for (const type of ['click', 'keydown', 'beforematch']) root.addEventListener(type, this);
    }
    // Until its FAQ gives it a context, there is nothing to show (the question comes with it): the FAQ
    // gives every item its context at once when it renders.
    if (this.ctx) this.refresh();
  }

  disconnectedCallback(): void {
    this.inFaq = false;
  }

  attributeChangedCallback(name: string, _: string | null, value: string | null): void {
    if (!this.inFaq) return;
    if (name === 'open' && value !== null) {
      // Opened, by the FAQ or by the page: the FAQ answers with the related questions (see OPENED).
      const ask: OpenedEvent = new Event(OPENED, dict({ bubbles: true }));
      this.dispatchEvent(ask);
      this.rel = ask.related;
    }
    this.refresh();
  }

  /** Focuses the question (in a FAQ), else the element itself. */
  override focus(options?: FocusOptions): void {
    const question = this.inFaq && this.shadowRoot?.getElementById('q');
    if (question) question.focus(options);
    else super.focus(options);
  }

  /**
   * Ranges over the question's text (in the shadow root) and the answer's (the item's own content) where the folded
   * `words` are, the text folded as the search folds it (`vary` first: the FAQ's variants). The FAQ highlights its
   * search with them, never seeing this shadow root. @internal
   */
  matchRanges(words: readonly string[], vary: (s: string) => string): Range[] {
    const ranges: Range[] = [];
    const question = this.inFaq && this.shadowRoot?.getElementById('q');
    for (const root of question ? [question, this] : [this]) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node: Node | null; (node = walker.nextNode());) {
        const text = node.nodeValue!;
        let folded = fold(vary(text));
        // Folding can change the length (ligatures, combining marks, `ß` → `ss`): map each folded unit to its
        // source, also when a letter folded to two makes up for a mark removed (`Gro\u0308ße`: the same length).
        const map: number[] = [];
        if (folded.length !== text.length || /[ßẞœŒæÆþÞ]/.test(text)) {
          folded = '';
          for (let i = 0; i < text.length; i++) {
            const f = fold(vary(text[i]));
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

  /** Click and Enter/Space on the question, arrow keys, and find-in-page revealing the answer. @internal */
  handleEvent(e: Event): void {
    if (!this.inFaq) return;
    if (e.type === 'beforematch') return void this.dispatchEvent(new SupportFaqItemToggleEvent({ open: true }));
    // Clicks and keys count on the question only: not on the copy-link and feedback buttons, nor on the answer's
    // own content (slotted: its events reach this root too). Looked up in this shadow root, never by a selector
    // that could match the page's own elements (a page's `id="q"` around the FAQ).
    if (!this.shadowRoot!.getElementById('q')!.contains(e.target as Node)) return;
    if (e.type === 'click') return void this.dispatchEvent(new SupportFaqItemToggleEvent({ open: !this.open }));
    const { key, altKey, ctrlKey, metaKey } = e as KeyboardEvent;
    const to = Object.hasOwn(MOVES, key) ? MOVES[key] : undefined;
    if (!to || altKey || ctrlKey || metaKey) return;
    e.preventDefault();
    this.dispatchEvent(new SupportFaqItemMoveEvent({ to }));
  }

  /** Brings the shadow DOM in line with the attributes and the FAQ's context. @internal */
  refresh(): void {
    const root = this.shadowRoot;
    if (!root || !this.inFaq) return;
    const heading = root.firstElementChild as HTMLElement;
    const button = heading.firstElementChild as HTMLElement;
    const text = button.firstElementChild as HTMLElement;
    const region = heading.nextElementSibling as HTMLElement;
    const open = this.open;
    // A region landmark only for an open answer, and only when at most one can be open (`single`): closed
    // answers would be empty landmarks, and APG advises against regions where many panels can be open at once.
    const landmark = open && !!this.ctx?.single;
    if (region.hasAttribute('role') !== landmark) {
      for (const [name, value] of [
        ['role', 'region'],
        ['aria-labelledby', 'q'],
      ]) {
        if (landmark) region.setAttribute(name, value);
        else region.removeAttribute(name);
      }
    }
    const question = this.question;
    if (text.textContent !== question) text.textContent = question;
    // The question's language on the heading too: Firefox's `:lang()` (and what it tells assistive technology)
    // does not look past the shadow root to the item's own `lang`.
    const own = this.lang;
    if ((heading.getAttribute('lang') ?? '') !== own) {
      if (own) heading.setAttribute('lang', own);
      else heading.removeAttribute('lang');
    }
    if (button.getAttribute('aria-expanded') !== String(open)) button.setAttribute('aria-expanded', String(open));
    // Assigning `until-found` again would restart nothing, but skip the style work when nothing changed.
    if (open ? region.hidden !== false : region.getAttribute('hidden') !== 'until-found') region.hidden = open ? false : UNTIL_FOUND;
    const ctx = this.ctx;
    if (!ctx) return;
    const level = String(ctx.level);
    if (heading.getAttribute('aria-level') !== level) heading.setAttribute('aria-level', level);
    // Content in another language than the FAQ's says so, in the FAQ's language, before the answer.
    const notice = this.notice(ctx);
    let note = root.getElementById('n');
    if (notice && !note) {
      note = region.insertBefore(document.createElement('p'), region.firstChild);
      note.id = 'n';
      note.setAttribute('part', 'notice');
    }
    if (note && note.textContent !== notice) [note.textContent, note.lang, note.dir, note.hidden] = [notice, ctx.lang, ctx.dir, !notice];
    // Closed items that never opened get no Lit part at all: thousands of items stay plain DOM.
    if (open || this.tooled || this.served) this.renderTools(region, ctx);
  }

  /**
   * The row under an open answer (copy link and feedback) and the related questions; nothing when closed. The
   * server writes it too, so an answer open in the server's HTML looks the same before the script runs.
   */
  private tools({ text, feedback, votes, lang, dir }: FaqItemContext): TemplateResult | typeof nothing {
    if (!this.open) return nothing;
    // Every open answer has these buttons: their names say which question they act on (WCAG 2.4.6).
    const question = this.question.trim();
    const button = (label: string, name: string, click: () => void, part?: string) =>
      html`<button part=${ifDefined(part)} aria-label=${name.split(QUESTION).join(question)} @click=${click}>${label}</button>`;
    const rating = votes.has(this.getAttribute('id') ?? '')
      ? html`<p part="feedback">${text.thanks}</p>`
      : html`<div part="feedback" role="group" aria-labelledby="h"><span id="h">${text.helpful}</span>${button(text.yes, text.yesName, () => this.vote(true))}${button(text.no, text.noName, () => this.vote(false))}</div>`;
    // An item in another language: the FAQ's own strings keep the FAQ's language (and voice) and direction.
    const [l, d] = this.getAttribute('lang') ? [lang, dir] : [];
    const others = this.rel ?? [];
    // Links to the deep link of each: the FAQ opens it and moves focus to its question (see SupportFaq.reveal).
    const links = others.length
      ? html`<div part="related" lang=${ifDefined(l)} dir=${ifDefined(d)}><p id="r">${text.related}</p><ul aria-labelledby="r">${others.map(
          (o) => html`<li><a href="#${encodeURIComponent(o.id)}" lang=${ifDefined(o.lang || undefined)}>${o.question}</a></li>`,
        )}</ul></div>`
      : nothing;
    return html`<div part="tools" lang=${ifDefined(l)} dir=${ifDefined(d)}>${button(text.copy, text.copyName, () => this.dispatchEvent(new SupportFaqItemCopyEvent()), 'link')}${feedback ? rating : nothing}</div>${links}`;
  }

  /**
   * The notice before the open answer when the item's `lang` is another language than the FAQ's content (`''`:
   * none). Another language, not another variant of the FAQ's (`en` in an `en-GB` FAQ is no other language).
   */
  private notice(ctx: FaqItemContext): string {
    const lang = this.getAttribute('lang');
    return this.open && lang && !match(lang, ctx.content) ? ctx.text.notice.split(LANGUAGE).join(languageName(lang, ctx.lang)) : '';
  }

  /** Renders the tools row into the answer region, after its slot. */
  private renderTools(region: HTMLElement, ctx: FaqItemContext): void {
    this.tooled = true;
    if (!this.served) return void render(this.tools(ctx), region);
    // The server's row has no listeners: it gives way to the browser's in this same task (no frame shows the
    // answer without it, so nothing moves), and a button focused before the script ran stays focused.
    this.served = false;
    const slot = region.querySelector('slot')!;
    const controls = (): HTMLElement[] =>
      [...region.querySelectorAll<HTMLElement>('button, a')].filter((c) => slot.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING);
    const focused = controls().indexOf(this.shadowRoot!.activeElement as HTMLElement);
    while (slot.nextSibling) slot.nextSibling.remove();
    render(this.tools(ctx), region);
    if (focused >= 0) controls()[focused]?.focus();
  }

  private vote(helpful: boolean): void {
    this.dispatchEvent(new SupportFaqItemVoteEvent({ helpful }));
    this.refresh();
    // The FAQ took the vote: the buttons are gone, and focus moves to the thank-you text in their place, which is
    // read out. In the Tab order while focused, so Tab goes on forward (from a focused `tabindex=-1` element in a
    // shadow root, Chromium's Tab goes back to the root's first stop, the question); out of it again once left.
    const thanks = this.shadowRoot!.querySelector<HTMLElement>('p[part=feedback]');
    if (!thanks) return;
    thanks.tabIndex = 0;
    thanks.addEventListener('blur', () => thanks.removeAttribute('tabindex'), dict({ once: true }));
    thanks.focus();
  }

  /** The item's shadow DOM, cloned by every item. */
  private build(): DocumentFragment {
    const f = document.createDocumentFragment();
    render(itemTemplate('', false, 3), f);
    // Lit's marker before the content: this fragment is only cloned, never rendered into again.
    f.firstChild!.remove();
    return f;
  }
}

// Server only: LitElement prepares `styles` when its `observedAttributes` getter runs, which the one above replaces.
if (isServer) (SupportFaqItem as unknown as { finalize(): void }).finalize();
