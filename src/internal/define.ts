import { VERSION } from './version.js';

type Versioned = CustomElementConstructor & { version?: string };

/** How the page showed each element before it was defined: `display`, `visibility` and height in px. */
const looks = new WeakMap<Element, [display: string, visibility: string, height: number]>();
let noted = false;

/**
 * Notes how the page shows each support-widgets element it holds that no other contains, before the first
 * definition of this task upgrades anything (an element's children may change size as they upgrade).
 */
function noteLooks(): void {
  // On the server (no document) there is no page to measure.
  if (noted || typeof document === 'undefined') return;
  noted = true;
  setTimeout(() => (noted = false));
  for (const el of document.querySelectorAll(':not(:defined)')) {
    let outer = el.localName.startsWith('support-');
    for (let p = el.parentElement; p && outer; p = p.parentElement) outer = !p.localName.startsWith('support-');
    // A server-rendered element (declarative shadow DOM) already shows its content: nothing to keep.
    if (outer && !el.shadowRoot) {
      const style = getComputedStyle(el);
      looks.set(el, [style.display, style.visibility, el.getBoundingClientRect().height]);
    }
  }
}

/** The look `noteLooks` noted for the element. */
export const undefinedLook = (el: Element) => looks.get(el);

/**
 * Registers a custom element once. Loading the library twice (the ESM and the classic bundle, or two
 * copies) never throws: the same version is skipped silently, another version gets one warning.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  // No registry at all (a server without Lit's Node build): nothing to register, and importing must not throw.
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tag) as Versioned | undefined;
  if (!existing) {
    noteLooks();
    (ctor as Versioned).version = VERSION;
    customElements.define(tag, ctor);
  } else if (existing.version !== VERSION) {
    console.warn(
      `<${tag}>: support-widgets ${VERSION} was loaded, but version ${existing.version ?? 'unknown'} already registered this element; the page keeps using ${existing.version ?? 'the first one'}.`,
    );
  }
}
