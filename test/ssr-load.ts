// Server-rendered pages for the SSR tests: the HTML as @lit-labs/ssr writes it (web-test-runner.config.js serves
// /__ssr/<name>, test/node/server-render.js), parsed as a browser parses a served page, then hydrated.
// The test file imports '@lit-labs/ssr-client/lit-element-hydrate-support.js' first, before Lit loads.
import { hydrate } from '@lit-labs/ssr-client';
import { nextFrame } from './helpers.js';
import { browserClocks, cases } from './node/ssr-cases.js';
import { templates } from './node/templates.js';

/** What the page logs and throws from now on (console.error/warn/log/info, uncaught errors and rejections), recorded instead of printed. */
export function recordMessages(): string[] {
  const messages: string[] = [];
  for (const method of ['error', 'warn', 'log', 'info'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      messages.push(`${method}: ${text}`);
      // Kept from the test output (the tests assert them), except Lit's own warnings, which the development
      // build's run turns into failures (web-test-runner.dev.config.js).
      if (text.includes('lit.dev/msg/')) original.apply(console, args);
    };
  }
  window.addEventListener('error', (e) => messages.push(`uncaught: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => messages.push(`unhandled: ${String(e.reason)}`));
  return messages;
}

const pages: Record<string, (now?: Date) => unknown> = { ...templates, ...cases };

/**
 * Puts the server HTML of `name` in the page (declarative shadow roots attach) and returns its element. As an
 * app does, the page's own template hydrates first (it sets the elements' properties: `items`, `lines`), before
 * the element definitions load. A case with a browser clock (`browserClocks`) binds it as the elements' `now`.
 * `bare`: the HTML of a server that imported no language file; `zone`: of a server in that time zone.
 */
export async function serverHtml(name: string, bare = false, zone?: string): Promise<HTMLElement> {
  const box = document.createElement('div');
  box.setHTMLUnsafe(await (await fetch(`/__ssr/${name}${zone ? `?zone=${zone}` : bare ? '?bare' : ''}`)).text());
  document.body.append(box);
  hydrate(pages[name](browserClocks[name]), box);
  return box.firstElementChild as HTMLElement;
}

/** All support-widgets elements under `root`, crossing shadow roots. */
export function allElements(root: ParentNode, out: HTMLElement[] = []): HTMLElement[] {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('support-')) out.push(el);
    if (el.shadowRoot) allElements(el.shadowRoot, out);
  }
  return out;
}

type Lit = { hasUpdated?: boolean; updateComplete?: Promise<unknown> };
/** Loads the elements (they hydrate the server HTML) and waits until every one, nested ones too, has rendered. */
export async function hydrateAll(): Promise<void> {
  await import('../src/index.js');
  for (let pending = allElements(document.body); pending.some((el) => 'hasUpdated' in el && !(el as Lit).hasUpdated); pending = allElements(document.body)) {
    await Promise.all(pending.map((el) => (el as Lit).updateComplete));
    await nextFrame();
  }
  await Promise.all(allElements(document.body).map((el) => (el as Lit).updateComplete));
  await nextFrame();
}

/** The text a reader sees in `node` and its shadow trees (style sheets and scripts aside). */
export function shownText(node: Node): string {
  if (node instanceof Element) {
    if (node.localName === 'style' || node.localName === 'script') return '';
    return [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(shownText).join('');
  }
  return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
}
