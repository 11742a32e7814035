import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { SupportFaq, SupportFaqSearchEvent } from '../src/faq.js';
import { capture, chromiumOnly, nextFrame } from './helpers.js';
import { focused } from './helpers.js';
import { animations, panel, question, ready, searchFor } from './helpers.js';

const status = (el: SupportFaq): string => el.shadowRoot!.querySelector('[role=status]')!.textContent!.trim();

function payments(): ReturnType<typeof html> {
  return html`
    <support-faq-item id="payment-failed" question="My payment failed. What should I do?" category="Payments">
      <p>Check your network and balance. <a href="#help">Read more</a></p>
    </support-faq-item>
    <support-faq-item question="How do I change my account details?" category="Account">
      <p>Open Settings, then <a href="#profile">Profile</a>.</p>
    </support-faq-item>
    <support-faq-item id="security" question="Is my account safe?" category="Account">
      <p>We use encryption and two-factor authentication at the Café.</p>
    </support-faq-item>
  `;
}

describe('<support-faq>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('renders in-page items as the WAI-ARIA accordion, closed, with the answer kept in the page', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq heading-level="2">${payments()}</support-faq>`);
    const items = await ready(el);
    expect(items).to.have.length(3);
    for (const it of items) {
      const heading = it.shadowRoot!.querySelector('[role=heading]')!;
      const button = question(it);
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(heading.children).to.have.length(1);
      expect(heading.firstElementChild).to.equal(button);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      // Both ends of the relationship live in the same shadow root.
      const region = it.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      // Closed: no region landmark (it would be an empty one; see test/a11y-apg.test.ts).
      expect(region.hasAttribute('role')).to.equal(false);
      expect(region.getAttribute('hidden')).to.equal('until-found');
      expect(region.offsetHeight).to.equal(0);
    }
    expect(question(items[0]).textContent!.trim()).to.equal('My payment failed. What should I do?');
    // The merchant's answer markup is still in the light DOM.
    expect(items[0].querySelector('a')!.getAttribute('href')).to.equal('#help');
    await animations(el);
    await expect(el).to.be.accessible();
  });

  it('opens on click, fires support-faq-toggle and stays accessible', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [first] = await ready(el);
    setTimeout(() => question(first).click());
    const { detail } = await oneEvent(el, 'support-faq-toggle');
    expect(detail).to.deep.equal({ id: 'payment-failed', open: true });
    await el.updateComplete;
    expect(question(first).getAttribute('aria-expanded')).to.equal('true');
    expect(panel(first).hasAttribute('hidden')).to.equal(false);
    expect(panel(first).offsetHeight).to.be.greaterThan(0);
    await animations(el);
    await expect(el).to.be.accessible();
    question(first).click();
    await el.updateComplete;
    expect(panel(first).getAttribute('hidden')).to.equal('until-found');
  });

  it('opens an item marked open in the page', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>
      <support-faq-item question="One" open><p>A</p></support-faq-item>
      <support-faq-item question="Two"><p>B</p></support-faq-item>
    </support-faq>`);
    const [one, two] = await ready(el);
    expect(question(one).getAttribute('aria-expanded')).to.equal('true');
    expect(question(two).getAttribute('aria-expanded')).to.equal('false');
  });

  it('toggles with Enter and Space', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [first] = await ready(el);
    question(first).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(first.open).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(first.open).to.equal(false);
    expect(focused()).to.equal(question(first));
  });

  it('tabs into the open answer, then to the next question, never into a closed answer', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [first, second, third] = await ready(el);
    question(first).click();
    await el.updateComplete;
    question(first).focus();
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(first.querySelector('a'));
    await sendKeys({ press: 'Tab' });
    expect(focused()!.getAttribute('part')).to.equal('link');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(question(second));
    // The second answer (with a link) is closed: Tab skips it.
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal(question(third));
  });

  it('moves between questions with Up, Down, Home and End', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [first, second, third] = await ready(el);
    question(first).focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(question(second));
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal(question(third));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal(question(first));
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal(question(third));
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal(question(first));
  });

  it('keeps at most one answer open with single; expandAll and collapseAll', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq single>${payments()}</support-faq>`);
    const items = await ready(el);
    question(items[0]).click();
    question(items[1]).click();
    expect(items.map((i) => i.open)).to.deep.equal([false, true, false]);
    el.collapseAll();
    expect(items.map((i) => i.open)).to.deep.equal([false, false, false]);
    el.single = false;
    el.expandAll();
    expect(items.map((i) => i.open)).to.deep.equal([true, true, true]);
    el.collapseAll();
    expect(items.every((i) => !i.open)).to.equal(true);
  });

  it('opens a closed answer found by find-in-page (beforematch)', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [, second] = await ready(el);
    expect(panel(second).getAttribute('hidden')).to.equal('until-found');
    // As the browser fires it: bubbling (the item listens once, on its shadow root).
    setTimeout(() => panel(second).dispatchEvent(new Event('beforematch', { bubbles: true })));
    const { detail } = await oneEvent(el, 'support-faq-toggle');
    expect(detail).to.deep.equal({ id: 'how-do-i-change-my-account-details', open: true });
    await el.updateComplete;
    expect(panel(second).hasAttribute('hidden')).to.equal(false);
  });

  it('opens, scrolls to and focuses the item named by the URL hash, and follows hashchange', async () => {
    history.replaceState(null, '', '#security');
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [first, , third] = await ready(el);
    expect(third.open).to.equal(true);
    expect(focused()).to.equal(question(third));
    const box = third.getBoundingClientRect();
    expect(box.top).to.be.lessThan(innerHeight);
    location.hash = 'payment-failed';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    await nextFrame();
    expect(first.open).to.equal(true);
    expect(focused()).to.equal(question(first));
  });

  it('a deep link to an item the search hides clears the search still settling: no empty search reaches the page’s analytics (outside check L1)', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="4321">${payments()}</support-faq>`);
    const [first] = await ready(el);
    // The settle timer is the one set for the search delay (less the milliseconds that passed while it was set: the
    // clock may tick between reading the delay and arming the timer): it must be cleared once the deep link clears the search.
    const pending = new Set<number>();
    const { setTimeout: set, clearTimeout: clear } = window;
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
      const id = set(fn, ms, ...rest);
      if (ms !== undefined && ms > 4000 && ms <= 4321) pending.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      pending.delete(id!);
      clear(id);
    }) as typeof window.clearTimeout;
    try {
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'account';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(pending.size, 'the search is settling').to.equal(1);
      expect(first.hidden).to.equal(true);
      location.hash = 'payment-failed';
      await oneEvent(window, 'hashchange');
      await waitUntil(() => focused() === question(first), 'the linked item has focus');
      expect(input.value).to.equal('');
      expect(pending.size, 'the cleared search no longer settles').to.equal(0);
    } finally {
      window.setTimeout = set;
      window.clearTimeout = clear;
    }
  });

  chromiumOnly('scrolls to a deep-linked item smoothly, or instantly when the user prefers reduced motion', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [first, , third] = await ready(el);
    const calls: unknown[] = [];
    first.scrollIntoView = third.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => void calls.push(options);
    location.hash = 'security';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      location.hash = 'payment-failed';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      await nextFrame();
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    expect(calls).to.deep.equal([{ behavior: 'smooth' }, { behavior: 'auto' }]);
  });

  chromiumOnly('keeps the chosen chip and the focus visible in forced colours', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    await ready(el);
    await emulateMedia({ forcedColors: 'active' });
    try {
      const chip = el.shadowRoot!.querySelector('[aria-pressed=true]')!;
      const other = el.shadowRoot!.querySelector('[aria-pressed=false]')!;
      expect(getComputedStyle(chip).backgroundColor).not.to.equal(getComputedStyle(other).backgroundColor);
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('offers "Copy link" in an open answer, copying the page address with the item id, announced', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [first] = await ready(el);
    let copied = '';
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void (copied = t) });
    try {
      question(first).click();
      await el.updateComplete;
      const link = first.shadowRoot!.querySelector<HTMLButtonElement>('[part=link]')!;
      expect(link.textContent!.trim()).to.equal('Copy link');
      link.click();
      await nextFrame();
      await nextFrame();
      expect(copied).to.equal(`${location.origin}${location.pathname}${location.search}#payment-failed`);
      expect(status(el)).to.equal('Link copied');
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('asks for feedback once per item per visit and fires support-faq-feedback', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq feedback>
      <support-faq-item id="fb-once" question="Refund time?"><p>Five days.</p></support-faq-item>
    </support-faq>`);
    const [it] = await ready(el);
    question(it).click();
    await el.updateComplete;
    const group = it.shadowRoot!.querySelector('[role=group]')!;
    expect(it.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Was this helpful?');
    await animations(el);
    await expect(el).to.be.accessible();
    const yes = [...group.querySelectorAll('button')].find((b) => b.textContent === 'Yes')!;
    setTimeout(() => yes.click());
    const { detail } = await oneEvent(el, 'support-faq-feedback');
    expect(detail).to.deep.equal({ id: 'fb-once', helpful: true });
    await el.updateComplete;
    await nextFrame();
    expect(it.shadowRoot!.querySelector('[role=group]')).to.equal(null);
    expect(focused()!.textContent).to.equal('Thanks for the feedback!');

    const again = await fixture<SupportFaq>(html`<support-faq feedback>
      <support-faq-item id="fb-once" question="Refund time?" open><p>Five days.</p></support-faq-item>
    </support-faq>`);
    const [same] = await ready(again);
    expect(same.shadowRoot!.querySelector('[role=group]')).to.equal(null);
    expect(same.shadowRoot!.querySelector('[part=feedback]')!.textContent).to.equal('Thanks for the feedback!');
  });

  chromiumOnly('respects prefers-reduced-motion when opening', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq>${payments()}</support-faq>`);
    const [first, second] = await ready(el);
    question(first).click();
    await el.updateComplete;
    expect(getComputedStyle(panel(first)).animationName).to.equal('open');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      question(second).click();
      await el.updateComplete;
      expect(getComputedStyle(panel(second)).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('is accessible in dark theme and right-to-left', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq theme="dark" dir="rtl" searchable>${payments()}</support-faq>`);
    const [first] = await ready(el);
    question(first).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(question(first)).direction).to.equal('rtl');
    await animations(el);
    await expect(el).to.be.accessible();
  });

  it('speaks Chinese when the page is Chinese', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="zh-CN" searchable>
      <support-faq-item question="支付失败怎么办？" open><p>请检查网络和余额。</p></support-faq-item>
    </support-faq>`);
    const [it] = await ready(el);
    expect(el.shadowRoot!.querySelector('label')!.textContent).to.equal('搜索问题');
    expect(it.id).to.equal('支付失败怎么办');
    expect(it.shadowRoot!.querySelector('[part=link]')!.textContent!.trim()).to.equal('复制链接');
  });
});

describe('<support-faq> search', () => {
  const search = searchFor;

  it('filters as the user types, case- and accent-insensitive, announcing the count after typing settles', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="50">${payments()}</support-faq>`);
    const items = await ready(el);
    const input = el.shadowRoot!.querySelector('input')!;
    expect(input.labels![0].textContent).to.equal('Search questions');
    input.focus();
    // Listening before typing: on a busy machine the keys can arrive more than the delay apart, and typing can settle before sendKeys returns.
    const settled = new Promise<SupportFaqSearchEvent>((resolve) => el.addEventListener('support-faq-search', (e) => e.detail.query === 'CAFE' && resolve(e)));
    await sendKeys({ type: 'CAFE' });
    // Filtering is immediate; the event waits for typing to settle.
    expect(items.map((i) => i.hidden)).to.deep.equal([true, true, false]);
    const { detail } = await settled;
    expect(detail).to.deep.equal({ query: 'CAFE', results: 1 });
    await nextFrame();
    expect(status(el)).to.equal('1 result');
    await animations(el);
    await expect(el).to.be.accessible();
  });

  it('still settles a search when the page moves the FAQ while the user types', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="50">${payments()}</support-faq>`);
    await ready(el);
    const input = el.shadowRoot!.querySelector('input')!;
    const settled = oneEvent(el, 'support-faq-search');
    input.value = 'cafe';
    input.dispatchEvent(new Event('input'));
    // A page that moves the FAQ (a layout change, a framework re-parenting it) takes it off the page and puts it back.
    el.parentElement!.append(el);
    const { detail } = await settled;
    expect(detail).to.deep.equal({ query: 'cafe', results: 1 });
    await nextFrame();
    expect(status(el)).to.equal('1 result');
  });

  it('highlights matches without rewriting the answer markup', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">${payments()}</support-faq>`);
    const items = await ready(el);
    const before = items.map((i) => i.innerHTML);
    const { detail } = await search(el, 'account');
    expect(detail.results).to.equal(2);
    const marks = [...CSS.highlights.get('support-faq')!] as Range[];
    expect(marks.map((r) => r.toString().toLowerCase())).to.deep.equal(['account', 'account']);
    expect(items.map((i) => i.innerHTML)).to.deep.equal(before);
    await search(el, 'cafe');
    expect(([...CSS.highlights.get('support-faq')!] as Range[]).map((r) => r.toString())).to.deep.equal(['Café']);
    // The style for highlighted light-DOM text is in a constructed sheet of the document (CSP-safe).
    expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('highlight(support-faq)')))).to.equal(true);
    await search(el, '');
    expect(CSS.highlights.get('support-faq')!.size).to.equal(0);
    expect(items.every((i) => !i.hidden)).to.equal(true);
  });

  it('highlights the question and the answer of in-page and data items; what items are given is data (issue 17)', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      <support-faq-item question="Refund to my card?"><p>A <b>refund</b> takes five days.</p></support-faq-item>
    </support-faq>`);
    el.items = [{ question: 'Where is my refund?', answer: 'Your refund is on its way.' }];
    const items = await ready(el);
    await searchFor(el, 'refund');
    const marks = [...CSS.highlights.get('support-faq')!] as Range[];
    // Each range in its text node: the question's in the item's shadow root, the answer's in the item itself.
    const where = (r: Range): string => {
      const it = items.find((i) => i.contains(r.startContainer) || i.shadowRoot!.contains(r.startContainer))!;
      return `${items.indexOf(it)} ${it.contains(r.startContainer) ? 'answer' : 'question'} ${r.toString()}`;
    };
    expect(marks.map(where)).to.have.members(['0 question Refund', '0 answer refund', '1 question refund', '1 answer refund']);
    // What a FAQ gives its items is data: strings, languages, numbers, the votes. No item hands out its shadow nodes.
    const functions = (value: unknown, seen = new Set<unknown>()): string[] => {
      if (typeof value === 'function') return ['function'];
      if (!value || typeof value !== 'object' || seen.has(value)) return [];
      seen.add(value);
      return Object.entries(value).flatMap(([k, v]) => functions(v, seen).map((f) => `${k}: ${f}`));
    };
    for (const it of items) {
      expect(functions(it.context)).to.deep.equal([]);
      expect('textRoots' in it).to.equal(false);
    }
  });

  it('matches every word anywhere, and Chinese text by substring', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      ${payments()}
      <support-faq-item question="支付失败怎么办？"><p>请检查网络连接和账户余额。</p></support-faq-item>
    </support-faq>`);
    const items = await ready(el);
    expect((await search(el, 'failed payment')).detail.results).to.equal(1);
    expect(items[0].hidden).to.equal(false);
    expect((await search(el, '余额')).detail.results).to.equal(1);
    expect(items[3].hidden).to.equal(false);
  });

  it('shows a message and the empty slot when nothing matches', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">
      ${payments()}
      <p slot="empty">Call us on <a href="tel:+18005550100">+1 800 555 0100</a>.</p>
    </support-faq>`);
    await ready(el);
    const empty = el.shadowRoot!.querySelector<HTMLElement>('[part=empty]')!;
    expect(empty.hidden).to.equal(true);
    const { detail } = await search(el, 'zzzz');
    expect(detail).to.deep.equal({ query: 'zzzz', results: 0 });
    expect(empty.hidden).to.equal(false);
    expect(empty.querySelector('p')!.textContent).to.equal('No matching answers.');
    expect(el.querySelector<HTMLElement>('[slot=empty]')!.offsetHeight).to.be.greaterThan(0);
    expect(status(el)).to.equal('No matching answers.');
    await animations(el);
    await expect(el).to.be.accessible();
  });

  it('offers categories as filter chips in a labelled group', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq search-delay="0">${payments()}</support-faq>`);
    const items = await ready(el);
    const group = el.shadowRoot!.querySelector('[role=group]')!;
    expect(group.getAttribute('aria-label')).to.equal('Categories');
    const chips = [...group.querySelectorAll('button')];
    expect(chips.map((c) => [c.textContent, c.getAttribute('aria-pressed')])).to.deep.equal([
      ['All', 'true'],
      ['Payments', 'false'],
      ['Account', 'false'],
    ]);
    setTimeout(() => chips[2].click());
    const { detail } = await oneEvent(el, 'support-faq-search');
    expect(detail.results).to.equal(2);
    await el.updateComplete;
    expect(chips[2].getAttribute('aria-pressed')).to.equal('true');
    expect(items.map((i) => i.hidden)).to.deep.equal([true, false, false]);
    await animations(el);
    await expect(el).to.be.accessible();
  });

  it('has no chips when no item has a category', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq><support-faq-item question="One"><p>A</p></support-faq-item></support-faq>`);
    await ready(el);
    expect(el.shadowRoot!.querySelector('[role=group]')).to.equal(null);
  });

  it('a deep link to a filtered-out item clears the search', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0">${payments()}</support-faq>`);
    const [first] = await ready(el);
    await search(el, 'cafe');
    expect(first.hidden).to.equal(true);
    location.hash = 'payment-failed';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    await nextFrame();
    expect(first.hidden).to.equal(false);
    expect(first.open).to.equal(true);
    expect(el.shadowRoot!.querySelector('input')!.value).to.equal('');
  });

  it('opens the item the address names when the questions arrive after a search that hides it, in one update (no Lit warning)', async () => {
    history.replaceState(null, '', '#refund-time');
    // Lit's development build (web-test-runner.dev.config.js) warns when an update asks for another one.
    const warnings = capture('warn');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0"></support-faq>`);
      await ready(el);
      // The customer searches before the FAQ's questions have loaded (the merchant's page sets them later).
      await search(el, 'card');
      el.items = [
        { id: 'card-declined', question: 'Why was my card declined?', answer: 'Check the card number and expiry date.' },
        { id: 'refund-time', question: 'When will I get my refund?', answer: 'Within ten business days.' },
      ];
      const [declined, refund] = await ready(el);
      expect(refund.hidden).to.equal(false);
      expect(declined.hidden).to.equal(false);
      expect(refund.open).to.equal(true);
      expect(focused()).to.equal(question(refund));
      expect(el.shadowRoot!.querySelector('input')!.value).to.equal('');
      expect(warnings.calls.filter((w) => w.includes('lit.dev/msg'))).to.deep.equal([]);
    } finally {
      warnings.restore();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
