/** Replaces a console method for one test and records its calls. Always call `restore()` (in `finally` or `afterEach`). */
export function capture(method: 'error' | 'warn' | 'log' = 'error'): { calls: string[]; restore: () => void } {
  const original = console[method];
  const calls: string[] = [];
  console[method] = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return { calls, restore: () => (console[method] = original) };
}

/** Waits for the next animation frame (a live-region message, a layout). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Makes localStorage throw as in a sandboxed frame or a full quota (reads denied, writes over quota). Returns the restore function. */
export function blockStorage(): () => void {
  const { setItem, getItem } = Storage.prototype;
  Storage.prototype.setItem = () => {
    throw new DOMException('full', 'QuotaExceededError');
  };
  Storage.prototype.getItem = () => {
    throw new DOMException('denied', 'SecurityError');
  };
  return () => {
    Storage.prototype.setItem = setItem;
    Storage.prototype.getItem = getItem;
  };
}

/** The open shadow root of a support-* element. */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first match for `selector` in the element's shadow root (null when there is none, as `querySelector`). */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => el.shadowRoot!.querySelector(selector) as T;

/** Every match for `selector` in the element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** A node's text as a user reads it: runs of white space as one space, trimmed ('' for no node). */
export const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Everything an element shows in its shadow root, runs of white space as one space (not trimmed). */
export const shadowText = (el: Element): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Types the call-prep form's required fields as a user would (each value, then `input`): a form that submits. */
export async function fillCallPrep(el: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  for (const [name, value] of [
    ['topic', 'payment'],
    ['account', 'ana@example.com'],
    ['what', 'Declined at checkout'],
  ]) {
    const control = el.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    control.value = value;
    control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await el.updateComplete;
  }
}

let keys = 0;
/** A storage key or namespace no other test uses, in this run or a page's earlier one: `prefix-<time>-<n>`. */
export const uniqueKey = (prefix: string): string => `${prefix}-${Date.now()}-${keys++}`;

/** Waits until `el` and the support-* elements in its shadow root (`<support-center>`'s sections) have rendered. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const inner = [el, ...(el.shadowRoot?.querySelectorAll('*') ?? [])].filter((e) => e.localName.startsWith('support-')) as (Element & {
      updateComplete: Promise<unknown>;
    })[];
    await Promise.all(inner.map((e) => e.updateComplete));
    await nextFrame();
  }
}
