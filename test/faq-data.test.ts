import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/faq.js';
import type { FaqItemData, SupportFaq } from '../src/faq.js';
import type { SupportFaqItem } from '../src/faq.js';
import { capture, nextFrame } from './helpers.js';
import { animations, atTheLimit, panel, question, ready } from './helpers.js';

/**
 * Counts the background work the page has queued and not yet run: the FAQ's (`idle` in faq.component.ts: the
 * highlight's and the best matches' slices, what a settled search needs ready) goes through requestIdleCallback,
 * or where the engine has none (Safari) through 50 ms timeouts. Call `restore()` when done.
 */
function trackIdle(): { pending: () => number; restore: () => void } {
  let pending = 0;
  const set = window.setTimeout;
  if ('requestIdleCallback' in window) {
    const request = window.requestIdleCallback;
    window.requestIdleCallback = (fn, options) => {
      pending++;
      return request.call(window, (deadline) => (pending--, fn(deadline)), options);
    };
    return { pending: () => pending, restore: () => (window.requestIdleCallback = request) };
  }
  // (`globalThis`: the type checker takes a window without requestIdleCallback for none at all.)
  globalThis.setTimeout = ((fn: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) => {
    if (delay !== 50) return set(fn, delay, ...args);
    pending++;
    return set(() => (pending--, fn(...args)), delay);
  }) as typeof setTimeout;
  return { pending: () => pending, restore: () => (globalThis.setTimeout = set) };
}
/** waitUntil's options while trackIdle counts: its own polling is not at 50 ms. */
const POLL = { interval: 10, timeout: 5000 };

const ld = (): HTMLScriptElement[] => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="application/ld+json"]')];

describe('<support-faq> data and structured data', () => {
  it('renders items given as a property, answers in the safe text format', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq></support-faq>`);
    el.items = [
      {
        question: 'Which payment methods can I use?',
        answer:
          'We accept:\r\n\r\n- **Credit** and debit cards\n- E-wallets\n\n\nSee [our fees](https://example.com/fees) or [write to us](mailto:help@example.com).\n\n',
        category: 'Payments',
      },
    ];
    const [it] = await ready(el);
    expect(it.id).to.equal('which-payment-methods-can-i-use');
    expect(question(it).textContent!.trim()).to.equal('Which payment methods can I use?');
    expect([...it.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['We accept:', 'See our fees or write to us.']);
    expect([...it.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Credit and debit cards', 'E-wallets']);
    expect(it.querySelector('strong')!.textContent).to.equal('Credit');
    expect([...it.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['https://example.com/fees', 'mailto:help@example.com']);
    question(it).click();
    await el.updateComplete;
    expect(panel(it).offsetHeight).to.be.greaterThan(0);
    await animations(el);
    await expect(el).to.be.accessible();
  });

  it('reads items from the child JSON config and reports every bad field, rendering the rest', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq>
        <script type="application/json">
          {
            "items": [
              { "id": "ok", "question": "Good?", "answer": "Yes.", "colour": "red" },
              { "answer": "No question" },
              { "question": "Empty answer?", "answer": "  " },
              { "question": 42, "answer": "Number" },
              "text",
              { "question": "Also good", "answer": "Fine.", "category": 7 }
            ],
            "extra": true
          }
        </script>
      </support-faq>`);
      const items = await ready(el);
      expect(items.map((i) => i.id)).to.deep.equal(['ok', 'also-good']);
      expect(errors.calls).to.deep.equal([
        '<support-faq> extra: unknown key, ignored (known keys: items, defaultLang, synonyms).',
        '<support-faq> items[0].colour: unknown key, ignored (known keys: id, question, answer, category).',
        '<support-faq> items[1].question: this question is empty: a question needs its text.',
        '<support-faq> items[2].answer: this answer is empty: an answer needs its text.',
        '<support-faq> items[3].question: expected a non-empty string, got number 42.',
        '<support-faq> items[4]: expected an object, got string "text".',
        '<support-faq> items[5].category: expected a string, got number 7.',
      ]);
    } finally {
      errors.restore();
    }
  });

  it('reports items that are not an array', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq>
        <support-faq-item question="Still here"><p>Yes.</p></support-faq-item>
      </support-faq>`);
      el.items = 5 as unknown as FaqItemData[];
      const items = await ready(el);
      expect(items).to.have.length(1);
      expect(errors.calls).to.deep.equal(['<support-faq> items: expected an array, got number 5.']);
    } finally {
      errors.restore();
    }
  });

  it('renders markup and script in every field as text, refusing unsafe links', async () => {
    const errors = capture('error');
    const w = window as unknown as { pwned?: boolean };
    try {
      const el = await fixture<SupportFaq>(html`<support-faq></support-faq>`);
      el.items = [
        {
          id: '<b>x</b>',
          question: '<img src=x onerror="window.pwned=true">Q',
          answer: '<script>window.pwned=true</script> [click](javascript:window.pwned=true) [data](data:text/html,hi)',
          category: '<i>c</i>',
        },
      ];
      const [it] = await ready(el);
      // No element was created from the payloads (checked below), so nothing can run later: one frame is enough.
      await nextFrame();
      expect(w.pwned).to.equal(undefined);
      expect(it.querySelectorAll('script, img, a, b, i')).to.have.length(0);
      expect(question(it).textContent!.trim()).to.equal('<img src=x onerror="window.pwned=true">Q');
      expect(it.textContent!.trim()).to.equal('<script>window.pwned=true</script> click data');
      expect(el.shadowRoot!.querySelector('[part=chip]:last-child')!.textContent).to.equal('<i>c</i>');
      // Shown as text, and the merchant is told (outside check C21-6).
      expect(errors.calls).to.deep.equal([
        '<support-faq> items[0].question: markup is not allowed; it is shown as plain text.',
        '<support-faq> items[0].answer: markup is not allowed; it is shown as plain text.',
        '<support-faq> items[0].answer: expected an https:, http:, mailto: or tel: link, got string "javascript:window.pwned=true".',
        '<support-faq> items[0].answer: expected an https:, http:, mailto: or tel: link, got string "data:text/html,hi".',
      ]);
    } finally {
      errors.restore();
    }
  });

  it('makes ids from questions, and reports and renames duplicates', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq>
        <support-faq-item question="How long do refunds take?"><p>A</p></support-faq-item>
        <support-faq-item id="same" question="One"><p>B</p></support-faq-item>
        <support-faq-item id="same" question="Two"><p>C</p></support-faq-item>
        <support-faq-item><p>No question</p></support-faq-item>
      </support-faq>`);
      el.items = [{ id: 'same', question: 'Three', answer: 'D' }];
      const items = await ready(el);
      expect(items.map((i) => i.id)).to.deep.equal(['how-long-do-refunds-take', 'same', 'same-2', '', 'same-3']);
      expect(items[3].hidden).to.equal(true);
      expect(errors.calls).to.deep.equal([
        '<support-faq> support-faq-item[2].id: duplicate id "same", changed to "same-2".',
        '<support-faq> support-faq-item[3].question: this question is empty: a question needs its text.',
        '<support-faq> items[0].id: duplicate id "same", changed to "same-3".',
      ]);
    } finally {
      errors.restore();
    }
  });

  // Outside check c22-5: a zero width space (U+200B) comes along when a question is pasted from a web page or a
  // word processor; a question of only that was a question button with an invisible name.
  it('reports a question or answer of only invisible characters as empty, and shows no nameless question; an in-page answer may come later', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportFaq>(html`<support-faq>
        <support-faq-item question="\u200b\u2060"><p>Hidden question</p></support-faq-item>
        <support-faq-item question="Empty answer?"></support-faq-item>
        <support-faq-item question="Blank answer?"><p>\u200c\u200d \ufeff</p></support-faq-item>
        <support-faq-item question="A picture?"><img alt="The card's back, the code circled" src="data:," /></support-faq-item>
      </support-faq>`);
      el.items = [
        { question: '\u200b', answer: 'Pasted' },
        { question: '\ufeff\u3164 ', answer: 'Filler' },
        { question: { en: 'Invisible answer?' }, answer: { en: '\u200b\u00a0' } },
        { question: 'Kept', answer: 'Yes.' },
      ];
      const items = (await ready(el)).filter((it) => !it.hidden);
      expect(items.map((it) => question(it).textContent!.trim())).to.deep.equal(['Empty answer?', 'Blank answer?', 'A picture?', 'Kept']);
      expect(errors.calls).to.deep.equal([
        '<support-faq> support-faq-item[0].question: this question is empty: a question needs its text.',
        '<support-faq> items[0].question: this question is empty: a question needs its text.',
        '<support-faq> items[1].question: this question is empty: a question needs its text.',
        '<support-faq> items[2].answer: this answer is empty: an answer needs its text.',
      ]);
    } finally {
      errors.restore();
    }
  });

  it('keeps one FAQPage JSON-LD script in step with the items, escaped, and removes it with the element', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq structured-data>
      <support-faq-item question="Is it safe?"><p>Yes: <b>encrypted</b>.</p> <p>Always.</p></support-faq-item>
    </support-faq>`);
    const errors = capture('error');
    try {
      el.items = [{ question: 'Break </script><script>alert(1)</script>?', answer: 'No **way**.' }];
      await ready(el);
    } finally {
      errors.restore();
    }
    expect(errors.calls).to.deep.equal(['<support-faq> items[0].question: markup is not allowed; it is shown as plain text.']);
    expect(ld()).to.have.length(1);
    expect(ld()[0].textContent).not.to.include('</script');
    expect(JSON.parse(ld()[0].textContent!)).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Is it safe?', acceptedAnswer: { '@type': 'Answer', text: 'Yes: encrypted. Always.' } },
        { '@type': 'Question', name: 'Break </script><script>alert(1)</script>?', acceptedAnswer: { '@type': 'Answer', text: 'No way.' } },
      ],
    });
    const added = document.createElement('support-faq-item');
    added.question = 'New one';
    added.textContent = 'Added later.';
    el.append(added);
    await ready(el);
    expect(ld()).to.have.length(1);
    expect((JSON.parse(ld()[0].textContent!) as { mainEntity: unknown[] }).mainEntity).to.have.length(3);
    el.remove();
    expect(ld()).to.have.length(0);
    document.body.append(el);
    await ready(el);
    expect(ld()).to.have.length(1);
    el.structuredData = false;
    await el.updateComplete;
    expect(ld()).to.have.length(0);
    el.remove();
  });

  it('builds each in-page item once, and touches none while the user searches', async () => {
    // Items are refreshed through SupportFaqItem.refresh: count those calls while searching.
    const proto = customElements.get('support-faq-item')!.prototype as SupportFaqItem;
    const original = proto.refresh;
    let refreshes = 0;
    proto.refresh = function (this: SupportFaqItem) {
      refreshes++;
      original.call(this);
    };
    try {
      const host = document.createElement('div');
      host.innerHTML = `<support-faq searchable search-delay="0">${Array.from({ length: 1000 }, (_, i) => `<support-faq-item question="Question ${i}"><p>Answer ${i}</p></support-faq-item>`).join('')}</support-faq>`;
      document.body.append(host);
      const el = host.firstElementChild as SupportFaq;
      const items = await ready(el);
      const buttons = items.map(question);
      expect(buttons.every((b, i) => b.textContent === `Question ${i}`)).to.equal(true);
      refreshes = 0;
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'question 99';
      input.dispatchEvent(new Event('input'));
      await ready(el);
      // 99, 199 … 899 and 990 … 999.
      expect(items.filter((i) => !i.hidden)).to.have.length(19);
      expect(refreshes).to.equal(0);
      expect(items.every((it, i) => question(it) === buttons[i])).to.equal(true);
      host.remove();
    } finally {
      proto.refresh = original;
    }
  });

  it('refreshes each data item once when the items are set', async () => {
    const proto = customElements.get('support-faq-item')!.prototype as SupportFaqItem;
    const original = proto.refresh;
    let refreshes = 0;
    proto.refresh = function (this: SupportFaqItem) {
      refreshes++;
      original.call(this);
    };
    try {
      const el = await fixture<SupportFaq>(html`<support-faq heading-level="2"></support-faq>`);
      refreshes = 0;
      el.items = Array.from({ length: 500 }, (_, i) => ({ question: `Question ${i}`, answer: `Answer ${i}` }));
      const items = await ready(el);
      expect(items).to.have.length(500);
      expect(refreshes).to.equal(500);
      expect(items.every((it, i) => question(it).textContent === `Question ${i}`)).to.equal(true);
      expect(items[499].shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('2');
    } finally {
      proto.refresh = original;
    }
  });

  it('prepares the search text as the items are made, so a keystroke only compares', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0"></support-faq>`);
    const idle = trackIdle();
    const normalize = String.prototype.normalize;
    let calls = 0;
    const folded: string[] = [];
    String.prototype.normalize = function (this: string, form?: string) {
      calls++;
      folded.push(String(this));
      return normalize.call(this, form);
    };
    try {
      el.items = Array.from({ length: 2000 }, (_, i) => ({ question: `Question ${i}`, answer: `Café ${i}` }));
      await ready(el);
      // Ready to search: every question and answer of the 2,000 folded (as the items are made), and the work the
      // FAQ does while the page is idle after its list renders (what a settled search needs) done.
      const texts = (re: RegExp): number => new Set(folded.filter((t) => re.test(t.trim()))).size;
      await waitUntil(
        () => texts(/^Question \d+$/) === 2000 && texts(/^Café \d+$/) === 2000 && !idle.pending(),
        'the search text of every item prepared',
        POLL,
      );
      calls = 0;
      folded.length = 0;
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'cafe 1999';
      input.dispatchEvent(new Event('input'));
      // The search runs in the update the keystroke asks for (before the next frame).
      await el.updateComplete;
    } finally {
      String.prototype.normalize = normalize;
      idle.restore();
    }
    // Only the query itself was folded (once to search; Firefox runs the search event's copy of it, cleaned of
    // secrets, in the same update too): no question or answer of the 2,000.
    expect(calls).to.be.within(1, 2);
    expect(folded.filter((t) => !/^cafe 1999$/i.test(t.trim()))).to.deep.equal([]);
    const shown = [...el.shadowRoot!.querySelectorAll('support-faq-item')].filter((i) => !i.hidden);
    expect(shown.map((i) => i.question)).to.deep.equal(['Question 1999']);
  });

  it('in a long FAQ highlights the matches in and near the view, those further down once scrolled to, and a key typed takes the highlight down at once', async function () {
    // Its waits alone may take 15 s (Firefox at load 20 took more than the default 10 s).
    this.timeout(30_000);
    const el = await fixture<SupportFaq>(html`<support-faq searchable search-delay="0"></support-faq>`);
    el.items = Array.from({ length: 2000 }, (_, i) => ({ question: `Refund ${i}`, answer: `Card refund ${i}` }));
    const items = await ready(el);
    const input = el.shadowRoot!.querySelector('input')!;
    const type = (q: string): void => {
      input.value = q;
      input.dispatchEvent(new Event('input'));
    };
    const search = async (q: string): Promise<void> => {
      const settled = oneEvent(el, 'support-faq-search');
      type(q);
      await settled;
    };
    const marks = (): Range[] => [...CSS.highlights.get('support-faq')!] as Range[];
    // The items holding a highlighted match (the question's text is in the item's shadow root).
    const marked = (): Set<Element> =>
      new Set(marks().map((r) => r.startContainer.parentElement!.closest('support-faq-item') ?? (r.startContainer.getRootNode() as ShadowRoot).host));
    const idle = trackIdle();
    try {
      await search('refund');
      await waitUntil(() => marked().has(items[0]), 'the first question highlighted', { timeout: 5000 });
      // Scrolled far down: the answers there are highlighted, those left far behind no longer.
      items[1500].scrollIntoView();
      await waitUntil(() => marked().has(items[1500]) && !marked().has(items[0]), 'the highlight follows the view', { timeout: 10000 });
      // A few screens of items, not the 4,000 matches of the whole list, whose ranges every later frame would pay for.
      expect(marks().length).to.be.below(1000);
      for (const it of marked()) expect(Math.abs(it.getBoundingClientRect().top)).to.be.below(3 * innerHeight);
      // Typing again: the last search's highlight goes with the keystroke, before the new search settles.
      type('refund 1');
      expect(marks()).to.deep.equal([]);
      await search('card 1999');
      // "1999" in the question and the answer, "card" in the answer.
      await waitUntil(() => marks().length === 3, 'only the new query highlighted', { timeout: 10000 });
      // An older paint still running would add its ranges here: once the slices the FAQ had queued have run, and
      // the frame after them (where an observer still watching would mark the items it sees).
      await waitUntil(() => !idle.pending(), 'the queued highlight work run', POLL);
      await nextFrame();
      expect(marks().map((r) => r.toString())).to.deep.equal(['1999', 'Card', '1999']);
    } finally {
      idle.restore();
      scrollTo(0, 0);
    }
  });

  it('lays out only the items near the viewport, yet a deep link far down shows, opens and focuses its item', async function () {
    // 1,000 items parsed and upgraded: WebKit at load 20 took more than the default 10 s.
    this.timeout(30_000);
    history.replaceState(null, '', location.pathname);
    const host = document.createElement('div');
    host.innerHTML = `<support-faq>${Array.from({ length: 1000 }, (_, i) => `<support-faq-item id="far-${i}" question="Question ${i}"><p>Answer ${i}</p></support-faq-item>`).join('')}</support-faq>`;
    document.body.append(host);
    try {
      const items = await ready(host.firstElementChild as SupportFaq);
      // Items far below the fold are skipped by the browser (content-visibility: auto) until scrolled to.
      expect(question(items[999]).checkVisibility({ contentVisibilityAuto: true })).to.equal(false);
      // The first items are laid out once the browser has judged them near the viewport: at its next rendering
      // opportunity (Firefox under load: not yet when the items were ready, once in npm test on 2026-12-07).
      await waitUntil(() => question(items[0]).checkVisibility({ contentVisibilityAuto: true }), 'the first item is laid out');
      location.hash = 'far-990';
      await oneEvent(window, 'hashchange');
      await nextFrame();
      await nextFrame();
      const target = items[990];
      expect(target.open).to.equal(true);
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      expect(active).to.equal(question(target));
      const box = question(target).getBoundingClientRect();
      expect(box.top).to.be.within(0, innerHeight - box.height);
      // The focus ring is drawn inside the item, where the item's paint containment cannot clip it.
      const ring = getComputedStyle(question(target));
      expect(parseFloat(ring.outlineOffset) + parseFloat(ring.outlineWidth)).to.be.at.most(0);
    } finally {
      host.remove();
      history.replaceState(null, '', location.pathname);
    }
  });

  it('makes no more of a long list while it is off the page, and finishes the list when put back', async () => {
    const errors = capture('error');
    const host = await fixture<HTMLDivElement>(html`<div><support-faq></support-faq></div>`);
    const el = host.firstElementChild as SupportFaq;
    await ready(el);
    const made = (): number => el.shadowRoot!.querySelectorAll('support-faq-item').length;
    try {
      // Taken off the page as soon as its first slice of items shows, before the next slice is made.
      const removed = new Promise<number>((resolve) => {
        const watch = new MutationObserver(() => {
          watch.disconnect();
          el.remove();
          resolve(made());
        });
        watch.observe(el.shadowRoot!.querySelector('#data')!, { childList: true });
      });
      el.items = Array.from({ length: 2_000 }, (_, i) => ({ question: `Question ${i}`, answer: `Answer ${i}` }));
      const first = await removed;
      expect(first).to.be.within(1, 1_999);
      // The next slice was due in the next task: three frames and the tasks after them later, still none made.
      for (let i = 0; i < 3; i++) {
        await nextFrame();
        await new Promise((resolve) => setTimeout(resolve));
      }
      expect(made()).to.equal(first);
      host.append(el);
      await el.updateComplete;
      const all = el.shadowRoot!.querySelectorAll<SupportFaqItem>('support-faq-item');
      expect(all).to.have.length(2_000);
      expect(all[1_999].question).to.equal('Question 1999');
      expect(errors.calls).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  it('handles 2,000 items (the limit) with a 1 MB answer among them', async function () {
    // WebKit (the Safari pass) took more than 30 s on a two-core machine at load 20; what this checks is the result.
    this.timeout(90_000);
    const errors = capture('error');
    try {
      const { el, all } = await atTheLimit();
      expect(all).to.have.length(2_000);
      expect(all[1998].id).to.equal('question-1998');
      const input = el.shadowRoot!.querySelector('input')!;
      input.value = 'question 1998';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(all.filter((i) => !i.hidden).map((i) => i.id)).to.deep.equal(['question-1998']);
      expect(errors.calls).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });
});
