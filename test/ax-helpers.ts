import { executeServerCommand } from '@web/test-runner-commands';
import { chromium, chromiumOnly } from './helpers.js';

/** A node of Chromium's accessibility tree, as the `ax-tree` command (scripts/ax-tree.js) returns it. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  ignored: boolean;
  props: Record<string, unknown>;
  children: AxNode[];
}

/** A node that a screen reader meets, with the politeness of the live region it is in ('' when none). */
export interface AxSeen extends AxNode {
  live: string;
  /** Text of the node and everything under it, as read. */
  text: string;
}

let n = 0;

/** Chromium's full accessibility tree under `el` (an element in the page, shadow roots included). */
export async function axTree(el: Element): Promise<AxNode> {
  const id = `ax-${++n}`;
  el.setAttribute('data-ax', id);
  try {
    return await executeServerCommand<AxNode, { selector: string }>('ax-tree', { selector: `[data-ax="${id}"]` });
  } finally {
    el.removeAttribute('data-ax');
  }
}

/** Every node that is not ignored, in reading order. */
export function seen(tree: AxNode): AxSeen[] {
  const out: AxSeen[] = [];
  const text = (node: AxNode): string =>
    node.ignored ? node.children.map(text).join('') : node.role === 'StaticText' ? node.name : node.children.map(text).join('');
  const walk = (node: AxNode, live: string): void => {
    const own = typeof node.props.live === 'string' && node.props.live !== 'off' ? node.props.live : live;
    if (!node.ignored) out.push({ ...node, live: own, text: text(node) });
    node.children.forEach((c) => walk(c, own));
  };
  walk(tree, '');
  return out;
}

/** Landmark roles, as Chromium names them. */
const LANDMARKS = new Set(['banner', 'complementary', 'contentinfo', 'form', 'main', 'navigation', 'region', 'search']);
/** Roles a user operates, which must each have a name. */
const CONTROLS = new Set([
  'button',
  'link',
  'textbox',
  'searchbox',
  'checkbox',
  'radio',
  'combobox',
  'spinbutton',
  'slider',
  'switch',
  'tab',
  'menuitem',
  'ListBox',
  'listbox',
  'progressbar',
  'group',
  'radiogroup',
]);

/** Landmarks a screen reader lists (a `form` or `region` only with a name, as ARIA says). */
export const landmarks = (tree: AxNode): AxSeen[] =>
  seen(tree).filter((x) => LANDMARKS.has(x.role) && (x.name.trim() || (x.role !== 'form' && x.role !== 'region')));
/** Landmarks with nothing to read in them. */
export const emptyLandmarks = (tree: AxNode): AxSeen[] => landmarks(tree).filter((x) => !x.text.trim());
/** Controls without a name. */
export const unnamed = (tree: AxNode): AxSeen[] => seen(tree).filter((x) => CONTROLS.has(x.role) && !x.name.trim() && x.role !== 'group');
/** `role name` of buttons and links that share their role and name with another one. */
export function duplicateNames(tree: AxNode): string[] {
  const names = seen(tree)
    .filter((x) => x.role === 'button' || x.role === 'link')
    .map((x) => `${x.role} ${x.name}`);
  return [...new Set(names.filter((x, i) => names.indexOf(x) !== i))];
}
/** Texts read out from live regions (`role=status`, `role=alert`, `aria-live`). */
export const announced = (tree: AxNode): string[] =>
  seen(tree)
    .filter((x) => x.live && x.role === 'StaticText')
    .map((x) => x.name);

/** A short description of an element, for assertions that report readably when they fail. */
export function who(el: Element | null | undefined): string {
  return el
    ? `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('part') ? `[${el.getAttribute('part')}]` : ''} "${el.textContent!.trim().slice(0, 40)}"`
    : 'nothing';
}

/** The focused element, looking inside shadow roots. */
export function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/**
 * Whether this engine gives the tests its accessibility tree: Chromium only, through CDP (the `ax-tree` command
 * of scripts/a11y-commands.js). Firefox and WebKit run the same tests with the names axe-core computes from the
 * DOM (`axName`) and the text of live regions (`liveText`); tests about the tree's own structure (landmarks,
 * list items, ignored nodes) are `chromiumOnly`, the list docs/development.md gives.
 */
export const hasAxTree = chromium;
export { chromiumOnly };

interface AxeText {
  setup(node: Node): unknown;
  teardown(): void;
  utils: { getNodeFromTree(el: Element): unknown };
  commons: { text: { accessibleTextVirtual(node: unknown): string } };
}

/** The accessible name of `el` as axe-core computes it from the DOM (W3C accname), shadow roots included. */
export async function axName(el: Element | null): Promise<string> {
  if (!el) return '';
  // @ts-expect-error -- axe-core's browser build registers `window.axe` and has no module typings.
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: AxeText }).axe;
  axe.setup(document);
  try {
    return axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(el)).replace(/\s+/g, ' ').trim();
  } finally {
    axe.teardown();
  }
}

/** What the live regions under `el` say now (role status or alert, or aria-live other than off), shadow roots included. */
export function liveText(el: Element): string[] {
  const out: string[] = [];
  const walk = (root: ParentNode): void => {
    for (const node of root.querySelectorAll('*')) {
      const live = node.getAttribute('aria-live') ?? ({ status: 'polite', alert: 'assertive' } as Record<string, string>)[node.getAttribute('role') ?? ''];
      const said = node.textContent!.replace(/\s+/g, ' ').trim();
      if (live && live !== 'off' && said && !node.parentElement?.closest('[aria-live],[role=status],[role=alert]')) out.push(said);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  walk(el);
  return out;
}
