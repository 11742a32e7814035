import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/faq.js';
import type { SupportFaq, SupportFaqItem } from '../src/faq.js';
import { axTree, focused, hasAxTree, landmarks, who, animations, panel, question, ready } from './helpers.js';

/**
 * The assertions of the W3C APG accordion example's regression tests (w3c/aria-practices,
 * test/tests/accordion_accordion.js; pattern: https://www.w3.org/WAI/ARIA/apg/patterns/accordion/), run on
 * <support-faq>. Allowed differences, each asserted in its own form below:
 * 1. The question's heading is `role="heading"` with `aria-level` (the FAQ's `heading-level`), not an `h3`
 *    element: the level must fit the merchant's page outline.
 * 2. An open answer has its own "Copy link" button (and the feedback buttons with `feedback`): Tab stops there
 *    between the question and the next one, as on any focusable content of a panel.
 * 3. A panel is a `region` landmark labelled by its question only while open, and only in a `single` FAQ:
 *    closed panels would be empty landmarks, and the APG advises against regions where many panels can be
 *    open at once (landmark proliferation).
 */

function faq(single = false) {
  return fixture<SupportFaq>(html`<div>
    <support-faq ?single=${single}>
      <support-faq-item id="one" question="My payment failed. What should I do?"><p>Check your balance. <a href="#help">Read more</a></p></support-faq-item>
      <support-faq-item id="two" question="How do I change my account details?"><p>Open Settings, then Profile.</p></support-faq-item>
      <support-faq-item id="three" question="Is my account safe?"><p>We use two-factor authentication.</p></support-faq-item>
    </support-faq>
    <button id="after">After the FAQ</button>
  </div>`);
}

async function items(single = false): Promise<[SupportFaq, SupportFaqItem[]]> {
  const page = await faq(single);
  const el = page.querySelector('support-faq')!;
  return [el, await ready(el)];
}

describe('APG accordion (W3C accordion pattern) on <support-faq>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('heading: each question button is the only child of a heading (difference 1: role="heading" with aria-level, not h3)', async () => {
    const [, list] = await items();
    for (const it of list) {
      const heading = question(it).parentElement!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(heading.children).to.have.length(1);
    }
  });

  it('button: aria-expanded is "false" on closed and "true" on open questions', async () => {
    const [el, [first, second]] = await items();
    question(first).click();
    await el.updateComplete;
    expect(question(first).getAttribute('aria-expanded')).to.equal('true');
    expect(question(second).getAttribute('aria-expanded')).to.equal('false');
  });

  it('button: aria-controls names the panel, in the same tree', async () => {
    const [, list] = await items();
    for (const it of list) expect(it.shadowRoot!.getElementById(question(it).getAttribute('aria-controls')!) === panel(it)).to.equal(true);
  });

  it('panel (difference 3): a region labelled by its question while open in a single FAQ, and no landmark while closed', async () => {
    const [el, [first, second]] = await items(true);
    question(first).click();
    await el.updateComplete;
    expect(panel(first).getAttribute('role')).to.equal('region');
    expect(first.shadowRoot!.getElementById(panel(first).getAttribute('aria-labelledby')!) === question(first)).to.equal(true);
    expect(panel(second).hasAttribute('role')).to.equal(false);
    await animations(el);
    // The landmark as a screen reader lists it: Chromium's tree only (helpers.ts, hasAxTree).
    if (hasAxTree) {
      const regions = landmarks(await axTree(el));
      expect(regions.map((r) => `${r.role} ${r.name}`)).to.deep.equal(['region My payment failed. What should I do?']);
    }
    await expect(el).to.be.accessible();
  });

  it('panel (difference 3): no landmark at all where several answers can be open at once', async () => {
    const [el] = await items();
    el.expandAll();
    await animations(el);
    expect(el.shadowRoot!.querySelectorAll('support-faq-item').length + el.querySelectorAll('support-faq-item').length).to.be.greaterThan(0);
    for (const it of [...el.querySelectorAll('support-faq-item')]) expect(panel(it).hasAttribute('role')).to.equal(false);
    if (hasAxTree) expect(landmarks(await axTree(el))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('panel: a closed panel is hidden, yet found by find-in-page', async () => {
    const [el, [first]] = await items(true);
    expect(panel(first).getAttribute('hidden')).to.equal('until-found');
    panel(first).dispatchEvent(new Event('beforematch', { bubbles: true }));
    await el.updateComplete;
    expect(first.open).to.equal(true);
    expect(panel(first).getAttribute('role')).to.equal('region');
  });

  it('Enter opens and closes the focused question', async () => {
    const [, [first]] = await items();
    question(first).focus();
    await sendKeys({ press: 'Enter' });
    expect(question(first).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    expect(question(first).getAttribute('aria-expanded')).to.equal('false');
  });

  it('Space opens and closes the focused question', async () => {
    const [, [first]] = await items();
    question(first).focus();
    await sendKeys({ press: ' ' });
    expect(question(first).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: ' ' });
    expect(question(first).getAttribute('aria-expanded')).to.equal('false');
  });

  it('Tab moves through the questions and the content of open panels (difference 2: the "Copy link" button)', async () => {
    const [, [first, second, third]] = await items();
    question(first).click();
    question(first).focus();
    const order = [
      first.querySelector('a'),
      first.shadowRoot!.querySelector('[part=link]'),
      question(second),
      question(third),
      document.getElementById('after'),
    ];
    for (const next of order) {
      await sendKeys({ press: 'Tab' });
      expect(who(focused())).to.equal(who(next));
    }
  });

  it('Shift+Tab moves through them backwards', async () => {
    const [, [first, second, third]] = await items();
    question(first).click();
    question(third).focus();
    for (const next of [question(second), first.shadowRoot!.querySelector('[part=link]'), first.querySelector('a'), question(first)]) {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(who(focused())).to.equal(who(next));
    }
  });

  it('Down Arrow moves to the next question, from the last to the first', async () => {
    const [, [first, second, third]] = await items();
    question(first).focus();
    for (const next of [second, third, first]) {
      await sendKeys({ press: 'ArrowDown' });
      expect(who(focused())).to.equal(who(question(next)));
    }
  });

  it('Up Arrow moves to the previous question, from the first to the last', async () => {
    const [, [first, second, third]] = await items();
    question(first).focus();
    for (const next of [third, second, first]) {
      await sendKeys({ press: 'ArrowUp' });
      expect(who(focused())).to.equal(who(question(next)));
    }
  });

  it('Home and End move to the first and the last question', async () => {
    const [, [first, second, third]] = await items();
    question(second).focus();
    await sendKeys({ press: 'End' });
    expect(who(focused())).to.equal(who(question(third)));
    await sendKeys({ press: 'Home' });
    expect(who(focused())).to.equal(who(question(first)));
  });

  it('single: opening one answer closes the other', async () => {
    const [el, [first, second]] = await items(true);
    question(first).click();
    question(second).click();
    await el.updateComplete;
    expect([first.open, second.open]).to.deep.equal([false, true]);
    expect(panel(first).hasAttribute('role')).to.equal(false);
    expect(panel(second).getAttribute('role')).to.equal('region');
  });

  it('a deep link opens its answer and focuses its question', async () => {
    history.replaceState(null, '', '#two');
    const [, [, second]] = await items(true);
    expect(second.open).to.equal(true);
    expect(who(focused())).to.equal(who(question(second)));
    expect(panel(second).getAttribute('role')).to.equal('region');
  });
});
