// What a reader of a narrow screen would call broken text: clipped, cut off by an ellipsis, out of the screen, or
// printed over other text. Walks every shadow root. Used by test/pseudo-locale.test.ts (issue 20).

/** Every element under `root`, itself included, through open shadow roots. */
function* deep(root: Element | ShadowRoot): Generator<Element> {
  if (root instanceof Element) {
    yield root;
    if (root.shadowRoot) yield* deep(root.shadowRoot);
  }
  for (const el of root.querySelectorAll('*')) {
    yield el;
    if (el.shadowRoot) yield* deep(el.shadowRoot);
  }
}

/** The parent in the flat tree: the slot a node is assigned to, a shadow root's host, else the parent element. */
const up = (node: Node): Element | null => {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
};

const clips = (s: CSSStyleDeclaration): boolean => /hidden|clip/.test(s.overflowX) || /hidden|clip/.test(s.overflowY);

/** Text hidden on purpose: for screen readers only (1 px and clipped), or not rendered. */
function hiddenOnPurpose(el: Element): boolean {
  for (let e: Element | null = el; e; e = up(e)) {
    const s = getComputedStyle(e);
    if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0' || s.clipPath !== 'none' || (s.clip !== 'auto' && s.clip !== '')) return true;
    const box = e.getBoundingClientRect();
    if (clips(s) && (box.width <= 1 || box.height <= 1)) return true;
  }
  return false;
}

/** A short name for an element: its host, part, id or class, and the start of its text. */
function describe(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  const part = el.getAttribute('part')
    ? `[part=${el.getAttribute('part')}]`
    : el.id
      ? `#${el.id}`
      : el.classList.length
        ? `.${[...el.classList].join('.')}`
        : '';
  return `${host} ${el.localName}${part} "${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"`;
}

/** Each problem of the text under `root` on a screen `width` px wide (the window's by default). */
export function layoutProblems(root: Element, width = window.innerWidth): string[] {
  const out: string[] = [];
  if (document.documentElement.scrollWidth > width + 1)
    out.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
  const boxes: { rect: DOMRect; node: Text }[] = [];
  for (const el of deep(root)) {
    // Content skipped by `content-visibility: auto` (FAQ items far from the viewport) has no layout to judge.
    if (!el.checkVisibility({ contentVisibilityAuto: true }) || hiddenOnPurpose(el)) continue;
    const s = getComputedStyle(el);
    const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
    const wide = el.scrollWidth > el.clientWidth + 1;
    const tall = el.scrollHeight > el.clientHeight + 1;
    // A box that cuts its content: overflow hidden or clip on an axis where the content is larger, or an ellipsis.
    if ((el.textContent ?? '').trim() && el.clientWidth > 0 && el.clientHeight > 0) {
      if ((/hidden|clip/.test(s.overflowX) && wide) || (/hidden|clip/.test(s.overflowY) && tall))
        out.push(`clipped: ${describe(el)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      else if (s.textOverflow !== 'clip' && wide) out.push(`cut by an ellipsis: ${describe(el)}`);
      else if (wide && hasText) out.push(`spills out of its box: ${describe(el)} (${el.scrollWidth} px in ${el.clientWidth})`);
    }
    if (!hasText) continue;
    for (const node of el.childNodes) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        if (rect.left < -1 || rect.right > width + 1) out.push(`off the screen: ${describe(el)} (${Math.round(rect.left)} to ${Math.round(rect.right)} px)`);
        boxes.push({ rect, node: node as Text });
      }
    }
  }
  // Two lines of different texts that share more than a pixel each way are printed over each other.
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.node === b.node) continue;
      const x = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const y = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      if (x > 1 && y > 1) out.push(`overlap: ${describe(a.node.parentElement!)} and ${describe(b.node.parentElement!)}`);
    }
  return [...new Set(out)];
}
