import type { ReactiveElement } from 'lit';

/**
 * The page-wide scheduler of first renders: a page with several elements upgrades in a few short tasks
 * instead of one long one (total blocking time), and each element waiting for its turn keeps the look the
 * page gave it before the script (its size and visibility), so nothing jumps.
 */

/**
 * Milliseconds of first renders one task may run before the next element's first render waits for a new
 * task; a frame painted in between shows the waiting elements as they were before the script.
 */
const SLICE = 10;
/** Steps of first renders waiting for a task of their own, in the order they asked. */
const waiting: (() => void)[] = [];
/** When this task's first renders began; undefined at the start of a task. */
let sliceStart: number | undefined;
/** Whether a step of first renders ran in this task: each task runs one at least, however long its upgrades took. */
let ran = false;
/** The elements the scheduler serves (see track). */
const tracked = new WeakSet<Element>();
/** How the page showed each element before it was defined: `display`, `visibility` and height in px. */
const looks = new WeakMap<Element, [display: string, visibility: string, height: number]>();
/** Whether the page was measured in this run of a script (see settingUp). */
let noted = false;
/** The look an element keeps while it waits (see keepLook): its slot and style sheet. */
const kept = new WeakMap<Element, [HTMLSlotElement, CSSStyleSheet]>();
/** Settles when the elements that an element rendered first have rendered (see holdForInner). */
const held = new WeakMap<Element, Promise<unknown>>();

/** Runs the steps now while this task has time left for first renders, the rest in later tasks, in order; true when some wait. */
function firstRender(steps: (() => void)[]): boolean {
  if (!waiting.length) runSteps(steps);
  if (steps.length && waiting.push(...steps) === steps.length) setTimeout(renderWaiting);
  return steps.length > 0;
}

/**
 * Whether this task may run a step of first renders: it has run none yet, or has spent less than SLICE ms on them
 * (counting from its first, or from the first upgrade: see settingUp). On a slow or busy device the upgrades alone
 * may take longer than SLICE; the task still renders one step, so every task moves the page on.
 */
function inSlice(): boolean {
  if (sliceStart === undefined) {
    sliceStart = performance.now();
    ran = false;
    setTimeout(() => (sliceStart = undefined));
  }
  return !ran || performance.now() - sliceStart < SLICE;
}

/** Runs steps from the front of `steps` while this task may (see inSlice). */
function runSteps(steps: (() => void)[]): void {
  while (steps.length && inSlice()) {
    ran = true;
    steps.shift()!();
  }
}

function renderWaiting(): void {
  runSteps(waiting);
  if (waiting.length) setTimeout(renderWaiting);
}

/** The outermost scheduled element around `el`, if any. */
function outermost(el: Node): Element | undefined {
  let found: Element | undefined;
  for (let node = el.parentNode; node; node = node.parentNode ?? (node as ShadowRoot).host) if (tracked.has(node as Element)) found = node as Element;
  return found;
}

/**
 * Keeps the look the page gave `el` before it was defined: its size and visibility, and with `children` its
 * children (those that upgrade meanwhile stay inside that size); what it renders meanwhile is hidden. False
 * when the page did not show it before it was defined.
 */
function keepLook(el: ReactiveElement, children: boolean): boolean {
  const look = looks.get(el);
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

function dropLook(el: ReactiveElement): void {
  const [slot, sheet] = kept.get(el) ?? [];
  const root = el.renderRoot as ShadowRoot;
  slot?.remove();
  if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  kept.delete(el);
}

// An element that renders others (the help center) keeps its look from before it was defined until they
// have rendered in tasks of their own. Not at a URL fragment: the page scrolls to it as soon as it renders.
function holdForInner(el: ReactiveElement): void {
  const inner = [...el.renderRoot.querySelectorAll('*')].filter((e): e is ReactiveElement => tracked.has(e) && !(e as ReactiveElement).hasUpdated);
  if (inner.length && !location.hash && keepLook(el, false)) {
    held.set(
      el,
      Promise.allSettled(inner.map((e) => e.updateComplete)).then(() => dropLook(el)),
    );
  }
}

/**
 * An element of this library is being set up: call it from its constructor. The first one in a run of a script
 * that the page held before its definition (an upgrade: it is connected already) notes how the page shows each
 * support-widgets element it holds that no other contains, before it or any other upgrades (an element's
 * children may change size as they upgrade: FAQ items do). Elements a script creates are not measured: they
 * render at once. Once per run of a script, not per task: a timer to mark the task's end may fire after the next
 * task (timers nested five deep wait 4 ms, and browsers run other task sources, a module's loading say, before
 * timers), and that task's definitions would then go unmeasured, their elements rendering without their turn.
 */
export function settingUp(el: Element): void {
  // On the server, elements are never connected.
  if (!el.isConnected || noted) return;
  noted = true;
  queueMicrotask(() => (noted = false));
  // The task that upgrades the page's elements counts towards its first renders' time from the first upgrade.
  inSlice();
  for (const found of document.querySelectorAll(':not(:defined)')) {
    let outer = found.localName.startsWith('support-');
    for (let p = found.parentElement; p && outer; p = p.parentElement) outer = !p.localName.startsWith('support-');
    // A server-rendered element (declarative shadow DOM) already shows its content: nothing to keep.
    if (outer && !found.shadowRoot) {
      const style = getComputedStyle(found);
      looks.set(found, [style.display, style.visibility, found.getBoundingClientRect().height]);
    }
  }
}

/** Puts the element in the scheduler's care (see settingUp): call it from the element's constructor. */
export function track(el: ReactiveElement): void {
  settingUp(el);
  tracked.add(el);
}

/**
 * Runs the element's update `render` now, or, for its first render, once its turn comes: after the steps of
 * `prepare` (each may run in a task of its own), keeping the look it had meanwhile. Undefined when it ran now,
 * else a promise that settles when it has run (rejected when a step threw).
 */
export function scheduleRender(el: ReactiveElement, prepare: () => (() => void)[], render: () => void): Promise<void> | undefined {
  const outer = outermost(el);
  if (el.hasUpdated || (outer ? !kept.has(outer) : !looks.has(el))) return void render();
  return new Promise<void>((resolve, reject) => {
    const step = (fn: () => void) => () => {
      try {
        fn();
      } catch (error) {
        reject(error as Error);
      }
    };
    const run = (): void => {
      // The waiting slot goes first: the element's own slots get the children.
      dropLook(el);
      render();
      resolve();
      if (!outer) holdForInner(el);
    };
    if (firstRender([...prepare().map(step), step(run)]) && !outer) keepLook(el, true);
  });
}

/** Settles when the elements `el` renders have had their first render (see holdForInner). */
export function innerRendered(el: Element): Promise<unknown> | undefined {
  return held.get(el);
}
