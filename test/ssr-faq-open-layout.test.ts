// An answer open in the server's HTML is at its full height from the first frame: the page under it does not
// jump when the browser lays it out, before any script of the library has run (outside check c20b-2).
import { expect, waitUntil } from '@open-wc/testing';
import { nextFrame } from './helpers.js';

/** The server's HTML of `name` as a page of its own, loaded in a frame, with no script at all (hydration held back). */
async function serverPage(name: string): Promise<Window> {
  const body = await (await fetch(`/__ssr/${name}`)).text();
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><meta charset="utf-8"><body><h1>Help</h1>${body}<p id="after">After the FAQ.</p></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

describe('<support-faq> answer open on the server, before the script runs', () => {
  it('does not move the questions under it, or the page after it, while the page loads', async () => {
    const win = await serverPage('faq-tools-open');
    const doc = win.document;
    const [open, below] = doc.querySelectorAll('support-faq-item');
    const tools = open.shadowRoot!.querySelector('[part=tools]')!;
    await waitUntil(() => open.getBoundingClientRect().bottom >= tools.getBoundingClientRect().bottom, 'the answer and its tools row laid out');
    await nextFrame();
    await nextFrame();
    expect(win.customElements.get('support-faq-item'), 'no script has run').to.equal(undefined);
    expect(below.getBoundingClientRect().top).to.be.greaterThan(tools.getBoundingClientRect().bottom);
    // Chromium reports layout shifts (what CLS adds up) to a buffered observer; WebKit has no such entries.
    if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      const shifts = await new Promise<string[]>((resolve) => {
        const seen: string[] = [];
        const observer = new (win as Window & typeof globalThis).PerformanceObserver((list: PerformanceObserverEntryList) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) seen.push(`${e.value.toFixed(4)} at ${Math.round(e.startTime)} ms`);
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        requestAnimationFrame(() => requestAnimationFrame(() => (observer.disconnect(), resolve(seen))));
      });
      expect(shifts, 'layout shifts').to.deep.equal([]);
    }
    win.frameElement!.remove();
  });
});
