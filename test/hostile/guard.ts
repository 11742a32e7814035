// What every hostile-input test checks after a payload went through a path: nothing ran, no unsafe URL or
// unexpected element appeared in any shadow root or the document head, no request left the origin, no
// uncaught error, and every console.error is one of the components' one-line config reports.

/** Elements none of the components ever renders: seeing one means markup was parsed. */
const FORBIDDEN = new Set(
  'script iframe frame frameset img image svg math base meta link object embed style video audio source template noscript xmp title plaintext noembed noframes marquee details body html head portal use animate set foreignobject'.split(
    ' ',
  ),
);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data', 'poster', 'background', 'ping', 'srcset', 'to', 'values', 'cite'];
// Browsers ignore these inside a scheme; strip them before looking at it.
const IGNORED = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/g;
const UNSAFE = /^(?:javascript|data|vbscript):/i;
/** A component's config report: `<support-faq> items[3].question: expected …, got ….` */
export const REPORT = /^<support-[a-z-]+(?: id="[^"]*")?> [^\s:][^:]*: [\s\S]+\.$/;

let hits = 0;
const violations: string[] = [];
const uncaught: string[] = [];

/** Installs the flag (a setter: DOM clobbering of the name cannot fake or hide a hit) and the listeners. Once per file. */
export function installGuard(): void {
  Object.defineProperty(window, '__pwned', {
    configurable: true,
    get: () => undefined,
    set: () => void hits++,
  });
  for (const name of ['alert', 'confirm', 'prompt'] as const) {
    (window as unknown as Record<string, unknown>)[name] = () => void hits++;
  }
  document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  window.addEventListener('error', (e) => uncaught.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => uncaught.push(String((e.reason as Error)?.message ?? e.reason)));
  performance.setResourceTimingBufferSize(100_000);
}

/** Executions seen so far. */
export const executions = (): number => hits;
/** Forgets the executions seen so far: only for the control test that proves the checks can fail. */
export const resetExecutions = (): void => void (hits = 0);
/** Uncaught errors and unhandled rejections seen so far. */
export const uncaughtErrors = (): readonly string[] => uncaught;

/** True when the element shows what a user expects of it: its landmark, heading or form. */
export function renders(el: HTMLElement): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  switch (el.localName) {
    case 'support-faq':
      return !!root.querySelector('[part=base]');
    case 'support-hotline':
      return !!root.querySelector('section[part=base][aria-label]');
    case 'support-center':
      // Sections shown come with the navigation that lists them.
      return !!root.querySelector('[part=base]') && (!root.querySelector('section[part=section]') || !!root.querySelector('nav[part=nav] a'));
    case 'support-call-prep':
      return !!root.querySelector('form [part=submit]') && !!root.querySelector('#title[role=heading]');
    default:
      return !!root.querySelector('[part=base]') && !!root.querySelector('fieldset[part=picker], [part=heading]');
  }
}

/** Every element under `root`, crossing into every open shadow root, recursively. */
export function* deepElements(root: Node): Generator<Element> {
  if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    yield el;
    if (el.shadowRoot) yield* deepElements(el.shadowRoot);
  }
}

function unsafeUrl(value: string): boolean {
  const cleaned = value.replace(IGNORED, '');
  if (UNSAFE.test(cleaned)) return true;
  try {
    return ['javascript:', 'data:', 'vbscript:'].includes(new URL(cleaned, document.baseURI).protocol);
  } catch {
    return false;
  }
}

/** Problems found in one tree: unexpected elements, event-handler attributes, unsafe URLs. */
export function inspect(root: Node): string[] {
  const found: string[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName;
    // The JSON config the test itself wrote is the only script allowed in a component's light DOM.
    const config = tag === 'script' && (el as HTMLScriptElement).type === 'application/json' && el.parentElement?.localName.startsWith('support-');
    if (FORBIDDEN.has(tag) && !config) found.push(`<${tag}> element`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) found.push(`${attr.name} attribute on <${tag}>`);
      if (URL_ATTRS.includes(attr.name.toLowerCase()) && unsafeUrl(attr.value)) found.push(`${attr.name}="${attr.value.slice(0, 40)}" on <${tag}>`);
    }
  }
  return found;
}

const baseline = new WeakSet<Element>();
/** Remembers every element the page holds before the tests (the runner's own scripts). */
export function snapshot(): void {
  for (const el of document.querySelectorAll('*')) baseline.add(el);
}

/** New elements in the head: only JSON-LD scripts whose text is valid JSON that cannot close the script. */
function headProblems(): string[] {
  const found: string[] = [];
  for (const el of document.head.children) {
    if (baseline.has(el)) continue;
    const ok = el instanceof HTMLScriptElement && el.type === 'application/ld+json' && !/<\/?script/i.test(el.text) && parses(el.text);
    if (!ok) found.push(`<${el.localName}> added to the head`);
  }
  return found;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Resource entries whose origin is not the page's. */
export function foreignRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => {
      try {
        return new URL(name).origin !== location.origin;
      } catch {
        return true;
      }
    });
}

/** Everything wrong after a path ran, as readable lines (empty when all is well). */
export function problems(root: Node, errors: readonly string[]): string[] {
  const out = [...inspect(root), ...headProblems()];
  if (hits) out.push(`${hits} execution(s)`);
  out.push(...violations.map((v) => `CSP violation: ${v}`));
  out.push(...uncaught.map((u) => `uncaught: ${u}`));
  out.push(...foreignRequests().map((r) => `request to ${r}`));
  for (const e of errors) if (!REPORT.test(e)) out.push(`console.error that is not a config report: ${e.slice(0, 200)}`);
  // Anything else on the page (a parsed payload outside the components) counts too.
  for (const el of document.querySelectorAll('body img, body iframe, body svg, body object, body embed, body base, body meta, body link')) {
    if (!baseline.has(el)) out.push(`<${el.localName}> in the document`);
  }
  for (const el of document.querySelectorAll('body script:not([type="application/json"]):not([type="application/ld+json"])')) {
    if (!baseline.has(el)) out.push('<script> in the document');
  }
  return out;
}
