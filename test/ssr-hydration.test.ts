// Lit's hydration support must load before Lit itself (it patches LitElement when LitElement is defined):
// first import of this file, and the elements are imported only once the server HTML is in the page.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { expect } from '@open-wc/testing';
import type { SupportFaq } from '../src/index.js';
import { nextFrame } from './helpers.js';
import { data, templates } from './node/templates.js';

/** Server renders of each element: web-test-runner.config.js renders them with @lit-labs/ssr (test/node/server-render.js). */
const names = ['faq', 'hotline', 'call-prep', 'dispute-checklist', 'center'] as const;

type Shot = { node: Element; root: Node; rect: DOMRect };
const hosts: HTMLElement[] = [];
const server: Shot[] = [];
const messages: string[] = [];

/** Every element of the shadow trees under `el` (their own <style> elements aside), with where it is and its box. */
function shots(el: Element, out: Shot[] = []): Shot[] {
  const root = el.shadowRoot;
  if (!root) return out;
  for (const node of root.querySelectorAll('*')) {
    if (node.localName !== 'style') out.push({ node, root, rect: node.getBoundingClientRect() });
    shots(node, out);
  }
  for (const child of el.querySelectorAll('*')) shots(child, out);
  return out;
}

/** All support-widgets elements under `root`, crossing shadow roots. */
function all(root: ParentNode, out: HTMLElement[] = []): HTMLElement[] {
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.localName.startsWith('support-')) out.push(el);
    if (el.shadowRoot) all(el.shadowRoot, out);
  }
  return out;
}

describe('server-rendered HTML, hydrated with @lit-labs/ssr-client', () => {
  before(async () => {
    for (const name of names) {
      const box = document.createElement('div');
      // As the browser parses a served page: declarative shadow roots attach.
      box.setHTMLUnsafe(await (await fetch(`/__ssr/${name}`)).text());
      document.body.append(box);
      hosts.push(box.firstElementChild as HTMLElement);
    }
    names.forEach((name, i) => hydrate(templates[name](), hosts[i].parentElement!));
    for (const host of hosts) server.push(...shots(host));
    // As an app does: the page's own template hydrates first (it sets the elements' properties, `items`,
    // `lines`, `config`), then the element definitions load and each element hydrates its shadow root.
    for (const method of ['error', 'warn', 'log', 'info'] as const) {
      const original = console[method];
      console[method] = (...args: unknown[]) => {
        messages.push(`${method}: ${args.map(String).join(' ')}`);
        original.apply(console, args);
      };
    }
    await import('../src/index.js');
    // Nested elements hydrate after the one that rendered them; wait until every one has.
    for (
      let pending = all(document.body);
      pending.some((el) => !(el as { hasUpdated?: boolean }).hasUpdated && 'hasUpdated' in el);
      pending = all(document.body)
    ) {
      await Promise.all(pending.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
      await nextFrame();
    }
    await Promise.all(all(document.body).map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
    await nextFrame();
  });

  it('the server HTML shows every element before any script runs', () => {
    expect(server.length).to.be.greaterThan(50);
    // The text of the element and its shadow trees (without style sheets), as a reader sees it.
    const text = (node: Node): string =>
      node instanceof Element
        ? node.localName === 'style'
          ? ''
          : [...(node.shadowRoot?.childNodes ?? []), ...node.childNodes].map(text).join('')
        : node.nodeType === Node.TEXT_NODE
          ? (node.textContent ?? '')
          : '';
    expect(hosts.map((h) => h.localName)).to.deep.equal(names.map((n) => `support-${n}`));
    expect(text(hosts[0])).to.include('How long does a refund take?');
    expect(text(hosts[1])).to.include('1-800-555-0100');
  });

  it('takes over the server DOM without re-creating it, and nothing moves', () => {
    const lost = server.filter((s) => !s.node.isConnected || s.node.getRootNode() !== s.root);
    expect(lost.map((s) => s.node.outerHTML.slice(0, 80))).to.deep.equal([]);
    // No layout shift: every element keeps its box (the hotline's status line re-reads the clock in place).
    const moved = server.filter((s) => {
      const r = s.node.getBoundingClientRect();
      return Math.abs(r.top - s.rect.top) > 0.5 || Math.abs(r.left - s.rect.left) > 0.5 || Math.abs(r.height - s.rect.height) > 0.5;
    });
    expect(moved.map((s) => s.node.outerHTML.slice(0, 80))).to.deep.equal([]);
    for (const el of all(document.body)) expect(el.hasAttribute('defer-hydration'), el.localName).to.equal(false);
  });

  it('logs nothing while hydrating', () => {
    expect(messages).to.deep.equal([]);
  });

  it('is live after hydration: a question opens its answer, search filters', async () => {
    const faq = hosts[0] as SupportFaq;
    const item = faq.shadowRoot!.querySelector('support-faq-item')!;
    const button = item.shadowRoot!.querySelector<HTMLElement>('#q')!;
    button.click();
    expect(item.open).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(item.shadowRoot!.querySelector('[part=answer]')!.hasAttribute('hidden')).to.equal(false);
    const input = faq.shadowRoot!.querySelector('input')!;
    input.value = 'address';
    input.dispatchEvent(new Event('input'));
    await faq.updateComplete;
    const shown = [...faq.shadowRoot!.querySelectorAll('support-faq-item'), ...faq.querySelectorAll('support-faq-item')].filter((i) => !i.hidden);
    expect(shown.map((i) => i.question)).to.deep.equal(['Can I change my delivery address?']);
    await expect(faq).to.be.accessible();
  });

  it('the hotline re-reads the clock and time zone of the browser after hydration', async () => {
    const hotline = hosts[1];
    expect(hotline.hasAttribute('server-now')).to.equal(false);
    expect(hotline.shadowRoot!.querySelector('[part=number]')!.getAttribute('href')).to.equal('tel:+18005550100');
    // It now says what a hotline rendered in this browser says (with the visitor's own time when it differs).
    const fresh = Object.assign(document.createElement('support-hotline'), { lines: data.lines });
    document.body.append(fresh);
    await fresh.updateComplete;
    const status = (el: Element) => el.shadowRoot!.querySelector('[part=status]')!.textContent;
    expect(status(hotline)).to.equal(status(fresh));
    fresh.remove();
  });
});
