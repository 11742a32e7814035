import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportCenter, SupportDisputeChecklist, SupportFaq, SupportHotline } from '../src/index.js';
import {
  announced,
  axTree,
  duplicateNames,
  emptyLandmarks,
  landmarks,
  seen,
  unnamed,
  type AxNode,
  fillCallPrep,
  uniqueKey,
  animations,
  question,
  ready,
} from './helpers.js';

/**
 * What a screen reader is given: Chromium's full accessibility tree (CDP `Accessibility.getFullAXTree`, through
 * the `ax-tree` command of scripts/a11y-commands.js), per element, in states with repeated content.
 */
const NOW = new Date('2026-11-24T12:00');

/** The rules every element keeps: no empty landmark, every control named, no two buttons or links of one name. */
async function rules(el: Element, same: string[] = []): Promise<AxNode> {
  const tree = await axTree(el);
  expect(
    emptyLandmarks(tree).map((x) => `${x.role} "${x.name}"`),
    'empty landmarks',
  ).to.deep.equal([]);
  expect(
    unnamed(tree).map((x) => x.role),
    'controls without a name',
  ).to.deep.equal([]);
  expect(duplicateNames(tree), 'buttons or links sharing a name').to.deep.equal(same);
  // A label and its marker read as one word ("Transaction ID(optional)"): a space is lost between them.
  expect(
    seen(tree)
      .filter((x) => /[^\s(（]\(/.test(x.name) && x.role !== 'StaticText')
      .map((x) => x.name),
    'names run together',
  ).to.deep.equal([]);
  return tree;
}

/** The text of an element's live region once it says something. */
async function said(el: Element): Promise<string> {
  const status = el.shadowRoot!.querySelector('[role=status]')!;
  await waitUntil(() => status.textContent!.trim(), 'nothing announced');
  return status.textContent!.trim();
}

const stubClipboard = (): (() => void) => {
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async () => undefined });
  return () => delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
};

describe('Accessibility tree (Chromium, CDP)', () => {
  afterEach(() => localStorage.clear());

  it('<support-faq>: open answers only, named and distinct tools per answer, the search result announced', async () => {
    const el = await fixture<SupportFaq>(html`<support-faq searchable feedback>
      <support-faq-item question="My payment failed. What should I do?" category="Payments"><p>Check your balance.</p></support-faq-item>
      <support-faq-item question="How long does a refund take?" category="Payments"><p>5 to 10 business days.</p></support-faq-item>
      <support-faq-item question="How do I change my account details?" category="Account"><p>Open Settings.</p></support-faq-item>
      <support-faq-item question="Is my account safe?" category="Account"><p>We use encryption.</p></support-faq-item>
    </support-faq>`);
    const [first, second] = await ready(el);
    question(first).click();
    question(second).click();
    await animations(el);
    const tree = await rules(el);
    expect(landmarks(tree)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = 'zzzz';
    input.dispatchEvent(new Event('input'));
    expect(await said(el)).to.equal('No matching answers.');
    expect(announced(await rules(el))).to.deep.equal(['No matching answers.']);
  });

  it('<support-hotline>: a copy button per line, each named with its number; the copy announced', async () => {
    const el = await fixture<SupportHotline>(html`<support-hotline
      .now=${NOW}
      .lines=${[
        { label: 'Customer support', number: '+18005550100', display: '1-800-555-0100', languages: 'en' },
        { label: 'Fraud line', number: '+18005550199', display: '1-800-555-0199', languages: 'en' },
        { label: 'Relay', number: '+18005550111', hearingImpaired: true },
      ]}
    ></support-hotline>`);
    const tree = await rules(el);
    expect(landmarks(tree).map((x) => `${x.role} ${x.name}`)).to.deep.equal(['region Support hotline']);
    const restore = stubClipboard();
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part=copy]')!.click();
      expect(await said(el)).to.equal('Number copied: 1-800-555-0100');
    } finally {
      restore();
    }
    expect(announced(await rules(el))).to.deep.equal(['Number copied: 1-800-555-0100']);
  });

  it('<support-call-prep>: the prepared summary and the saved draft, every control named, the errors announced', async () => {
    const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('a11y-tree')} .now=${NOW}></support-call-prep>`);
    const submit = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!;
    submit.click();
    expect(await said(el)).to.match(/^Please fix: Topic: Required/);
    expect(announced(await rules(el))[0]).to.match(/^Please fix: Topic: Required/);
    await fillCallPrep(el);
    submit.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part=summary]'), 'no summary');
    const tree = await rules(el);
    expect(landmarks(tree).map((x) => `${x.role} ${x.name}`)).to.deep.equal(['region Prepare your call', 'region Your call summary']);
  });

  it('<support-dispute-checklist>: saved progress with notes, every control named, a refused note announced', async () => {
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist type="not-received" dispute-id=${uniqueKey('a11y-tree')} transaction-date="2026-11-01" .now=${NOW}></support-dispute-checklist>`,
    );
    el.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await el.updateComplete;
    const note = el.shadowRoot!.querySelector<HTMLInputElement>('input[part=note]')!;
    note.value = 'my PIN is 1234';
    note.dispatchEvent(new Event('change'));
    expect(await said(el)).to.equal('Code, PIN or password replaced by ••••••: never write one here.');
    const tree = await rules(el);
    expect(announced(tree)).to.deep.equal(['Code, PIN or password replaced by ••••••: never write one here.']);
    // Each button names what it acts on: a page may hold a call form with its own Copy, Print and Forget.
    expect(
      seen(tree)
        .filter((x) => x.role === 'button')
        .map((x) => x.name),
    ).to.include.members([
      'Copy: evidence checklist',
      'Print: evidence checklist',
      'Save .txt: evidence checklist',
      'Save .json: evidence checklist',
      'Forget saved checklist progress',
    ]);
  });

  it('one page with the call form and the checklist: no two buttons of the same name (Copy, Print, Forget)', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <support-call-prep storage-key=${uniqueKey('a11y-tree')} .now=${NOW}></support-call-prep>
      <support-dispute-checklist type="duplicate" dispute-id=${uniqueKey('a11y-tree')} .now=${NOW}></support-dispute-checklist>
    </div>`);
    const prep = page.querySelector('support-call-prep')!;
    const list = page.querySelector('support-dispute-checklist')!;
    await fillCallPrep(prep);
    prep.shadowRoot!.querySelector<HTMLButtonElement>('[part=submit]')!.click();
    list.shadowRoot!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    await waitUntil(() => prep.shadowRoot!.querySelector('[part=summary]') && list.shadowRoot!.querySelector('[part=storage]'), 'not prepared');
    await rules(page);
  });

  it('<support-center>: every section a named landmark with content, answers only when open', async () => {
    const el = await fixture<SupportCenter>(html`<support-center src="/test/fixtures/center.json" .now=${NOW}></support-center>`);
    await waitUntil(() => el.shadowRoot!.querySelector('support-faq')?.shadowRoot?.querySelector('support-faq-item'), 'not loaded');
    const faq = el.shadowRoot!.querySelector('support-faq')!;
    await ready(faq);
    // The one repeat: the compact hotline beside the call summary calls and copies the same number as the
    // hotline section, so it is named the same (WCAG 3.2.4, consistent identification).
    const tree = await rules(el, ['link 1-800-555-0100', 'button Copy number 1-800-555-0100']);
    expect(landmarks(tree).map((x) => `${x.role} ${x.name}`)).to.deep.equal([
      'navigation Help topics',
      'region Common questions',
      'region Call us',
      'region Support hotline',
      'region Before you call',
      'region Prepare your call',
      'region Hotline now',
      'region Dispute a charge',
    ]);
  });
});
