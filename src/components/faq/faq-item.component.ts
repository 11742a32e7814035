import { adoptStyles, html, isServer, LitElement, render } from 'lit';
import { stripBidi } from '../../internal/bidi.js';
import type { SupportFaq } from './faq.component.js';
import { itemStyles } from './faq.styles.js';

// Closed answers stay findable by find-in-page. The DOM typings still say `hidden` is a boolean.
const UNTIL_FOUND = 'until-found' as unknown as boolean;
let skeleton: DocumentFragment | undefined;

/** The item's shadow DOM: heading, question button, answer panel with the slot (the FAQ adds the tools row after it). */
const itemTemplate = (question: string, open: boolean) =>
  html`<div role="heading" aria-level="3" part="heading"><button id="q" part="question" aria-expanded=${open ? 'true' : 'false'} aria-controls="a"><bdi>${question}</bdi><span part="icon"></span></button></div>${open
    ? html`<div id="a" part="answer"><slot></slot></div>`
    : // Closed, yet found by find-in-page. A property binding, because lit-analyzer takes `hidden` for a boolean
      // attribute; server rendering writes it as the attribute `hidden="until-found"`.
      html`<div id="a" part="answer" .hidden=${UNTIL_FOUND}><slot></slot></div>`}`;

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
 * item cost 1.7 times as much). The FAQ drives it: strings, heading level, events.
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
 */
export class SupportFaqItem extends Base {
  // A getter: on the server it replaces LitElement's (see the finalize() call at the end).
  static get observedAttributes(): string[] {
    return ['question', 'open'];
  }
  /** Server rendering only (see Base). @internal */
  static styles = itemStyles;

  /** The FAQ this item belongs to, once it is built. */
  private faq?: SupportFaq = undefined;
  /** Whether the shadow root is ready (made here, or taken over from the server's HTML). */
  private wired = false;

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
    for (const key of ['question', 'category', 'open'] as const) {
      if (Object.prototype.hasOwnProperty.call(this, key)) {
        const value = this[key];
        delete (this as Partial<this>)[key];
        (this as Record<string, unknown>)[key] = value;
      }
    }
    // Outside a FAQ the answer just shows (no shadow root).
    const faq = this.closest('support-faq') ?? ((this.getRootNode() as ShadowRoot).host as SupportFaq | undefined);
    if (!faq || this.faq) return;
    this.faq = faq;
    if (!this.wired) {
      this.wired = true;
      this.removeAttribute('defer-hydration');
      let root = this.shadowRoot;
      if (root) {
        // Server-rendered (declarative shadow DOM): its nodes stay; its <style> gives way to the adopted sheet.
        root.querySelectorAll('style').forEach((s) => s.remove());
      } else {
        // Not in the constructor on purpose: outside a FAQ an item has no shadow root and its answer just shows.
        root = this.attachShadow({ mode: 'open' });
        skeleton ??= this.build();
        root.append(skeleton.cloneNode(true));
      }
      adoptStyles(root, [itemStyles]);
      // One listener per event type on the root: the inner nodes need no JavaScript wrappers until used.
      for (const type of ['click', 'keydown', 'beforematch']) root.addEventListener(type, this);
    }
    // Until the FAQ first renders, its sync refreshes every item at once; an item added later refreshes here.
    if (faq.hasUpdated) this.refresh();
  }

  disconnectedCallback(): void {
    this.faq = undefined;
  }

  attributeChangedCallback(): void {
    if (this.faq) this.refresh();
  }

  /** Click and Enter/Space on the question, arrow keys, and find-in-page revealing the answer. @internal */
  handleEvent(e: Event): void {
    // Clicks and keys count on the question only: not on the copy-link and feedback buttons, nor on the answer's
    // own content (slotted: its events reach this root too). Looked up in this shadow root, never by a selector
    // that could match the page's own elements (a page's `id="q"` around the FAQ).
    if (e.type === 'beforematch' || this.shadowRoot!.getElementById('q')!.contains(e.target as Node)) this.faq?.itemEvent(this, e);
  }

  /** Brings the shadow DOM in line with the attributes and the FAQ's settings. @internal */
  refresh(): void {
    const root = this.shadowRoot;
    if (!root || !this.faq) return;
    const heading = root.firstElementChild as HTMLElement;
    const button = heading.firstElementChild as HTMLElement;
    const text = button.firstElementChild as HTMLElement;
    const region = heading.nextElementSibling as HTMLElement;
    const open = this.open;
    // A region landmark only for an open answer, and only when at most one can be open (`single`): closed
    // answers would be empty landmarks, and APG advises against regions where many panels can be open at once.
    const landmark = open && !!this.faq.single;
    if (region.hasAttribute('role') !== landmark) {
      for (const [name, value] of [['role', 'region'], ['aria-labelledby', 'q']]) {
        if (landmark) region.setAttribute(name, value);
        else region.removeAttribute(name);
      }
    }
    const question = this.question;
    if (text.textContent !== question) text.textContent = question;
    if (button.getAttribute('aria-expanded') !== String(open)) button.setAttribute('aria-expanded', String(open));
    // Assigning `until-found` again would restart nothing, but skip the style work when nothing changed.
    if (open ? region.hidden !== false : region.getAttribute('hidden') !== 'until-found') region.hidden = open ? false : UNTIL_FOUND;
    // The FAQ may not be upgraded yet (items are defined first): it refreshes every item when it renders.
    this.faq.renderItem?.(this, heading, region);
  }

  /** The item's shadow DOM, cloned by every item. */
  private build(): DocumentFragment {
    const f = document.createDocumentFragment();
    render(itemTemplate('', false), f);
    // Lit's marker before the content: this fragment is only cloned, never rendered into again.
    f.firstChild!.remove();
    return f;
  }

  /** Server rendering only (see Base). @internal */
  protected render() {
    return itemTemplate(this.question, this.open);
  }
}

// Server only: LitElement prepares `styles` when its `observedAttributes` getter runs, which the one above replaces.
if (isServer) (SupportFaqItem as unknown as { finalize(): void }).finalize();
