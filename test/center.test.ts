import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/center.js';
import { SupportCenter, type CenterConfig, type SupportCenterErrorEvent } from '../src/center.js';
import type { SupportCallPrep, SupportFaq, SupportHotline } from '../src/index.js';
import { $, $$, capture, nextFrame, settle, focused as deepActive } from './helpers.js';

// Tuesday 15:00 in New York: the fixture's hotline is open.
const NOW = new Date('2026-11-24T20:00:00Z');
let n = 0;
const CONFIG = (): CenterConfig => ({
  faq: {
    searchable: true,
    items: [
      { id: 'refund-time', question: 'How long does a refund take?', answer: 'To a card: **5 to 10 business days**.' },
      { id: 'dispute-how', question: 'How do I dispute a charge?', answer: 'Gather your evidence first: the [dispute checklist](#dispute) lists it.' },
    ],
  },
  hotline: {
    lines: [
      {
        label: 'Customer support',
        number: '+18005550100',
        display: '1-800-555-0100',
        languages: 'en',
        hours: 'Mo-Fr 09:00-18:00',
        timezone: 'America/New_York',
      },
      { label: '中文客服', number: '+18005550123', display: '1-800-555-0123', languages: ['zh'], hours: 'Mo-Fr 09:00-21:00', timezone: 'Asia/Shanghai' },
    ],
  },
  callPrep: { storageKey: `center-test-${n++}`, noPersist: true },
  dispute: { type: 'not-received', transactionDate: '2026-08-06', storageKey: `center-test-${n++}` },
});

const names = (el: SupportCenter): string[] => $$(el, 'section').map((s) => s.id);

async function make(config: CenterConfig = CONFIG(), attrs = ''): Promise<SupportCenter> {
  const el = await fixture<SupportCenter>(`<support-center ${attrs}></support-center>`);
  el.now = NOW;
  el.config = config;
  await settle(el);
  return el;
}

function resetHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

describe('<support-center>', () => {
  afterEach(() => {
    localStorage.clear();
    resetHash();
  });

  it('reads a child JSON config and renders the four sections with a navigation landmark', async () => {
    const config = CONFIG();
    const el = await fixture<SupportCenter>(`<support-center><script type="application/json">${JSON.stringify(config)}</script></support-center>`);
    el.now = NOW;
    await settle(el);
    const nav = $(el, 'nav');
    expect(nav.getAttribute('aria-label')).to.equal('Help topics');
    expect([...nav.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['#faq', 'Common questions'],
      ['#hotline', 'Call us'],
      ['#call-prep', 'Before you call'],
      ['#dispute', 'Dispute a charge'],
    ]);
    expect(names(el)).to.deep.equal(['faq', 'hotline', 'call-prep', 'dispute']);
    for (const section of $$(el, 'section')) {
      const heading = section.querySelector('[role=heading]')!;
      expect(section.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(section.tabIndex).to.equal(-1);
    }
    expect(($(el, '#faq support-faq') as SupportFaq).headingLevel).to.equal(3);
    expect(($(el, '#faq support-faq') as SupportFaq).searchable).to.equal(true);
    const questions = (faq: Element): string[] =>
      [...faq.shadowRoot!.querySelectorAll<HTMLElement & { question: string }>('support-faq-item')].map((i) => i.question);
    expect(questions($(el, '#faq support-faq'))).to.deep.equal(['How long does a refund take?', 'How do I dispute a charge?']);
    expect($(el, '#hotline support-hotline').shadowRoot!.textContent).to.include('1-800-555-0100');
    await expect(el).to.be.accessible();
  });

  it('takes the config property, with its strings, theme and heading level', async () => {
    const config = { ...CONFIG(), strings: { faq: 'Questions' }, theme: 'dark' as const };
    const el = await make(config, 'heading-level="3"');
    expect($(el, '#faq-h').textContent).to.equal('Questions');
    expect($(el, '#faq-h').getAttribute('aria-level')).to.equal('3');
    expect(($(el, '#call-prep support-call-prep') as SupportCallPrep).headingLevel).to.equal(4);
    expect($(el, 'support-call-prep').shadowRoot!.querySelector('#title')!.getAttribute('aria-level')).to.equal('4');
    expect(el.theme).to.equal('dark');
    for (const child of $$(el, 'section > slot > *')) expect(child.getAttribute('theme')).to.equal('dark');
    el.setAttribute('theme', 'light');
    await settle(el);
    expect($(el, '#dispute support-dispute-checklist').getAttribute('theme')).to.equal('light');
    await expect(el).to.be.accessible();
  });

  it('fetches src once and fires support-center-load', async () => {
    const fetches: string[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (fetches.push(String(input)), original(input, init));
    try {
      const el = await fixture<SupportCenter>(html`<support-center .now=${NOW}></support-center>`);
      const loaded = oneEvent(el, 'support-center-load');
      el.src = '/test/fixtures/center.json';
      await el.updateComplete;
      expect($(el, '[role=status]').textContent).to.equal('Loading help…');
      expect((await loaded).detail.src).to.equal('/test/fixtures/center.json');
      await settle(el);
      expect(names(el)).to.deep.equal(['faq', 'hotline', 'call-prep', 'dispute']);
      expect($(el, '[role=status]')).to.equal(null);
      expect(fetches.filter((f) => f.includes('center.json'))).to.have.length(1);
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = original;
    }
  });

  it('shows a clear error with Retry when src fails, logs it once, and loads on Retry', async () => {
    const errors = capture('error');
    try {
      const src = `/__endpoint/flaky?key=center-${Date.now()}`;
      const el = await fixture<SupportCenter>(html`<support-center></support-center>`);
      const failed = oneEvent(el, 'support-center-error');
      el.src = src;
      const event = (await failed) as SupportCenterErrorEvent;
      expect(event.detail).to.deep.equal({ src, reason: 'HTTP 503' });
      await el.updateComplete;
      const alert = $(el, '[part=error]');
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.include('Help could not be loaded.');
      expect(errors.calls).to.deep.equal([`<support-center> src: could not load "${src}" (HTTP 503).`]);
      await expect(el).to.be.accessible();
      const loaded = oneEvent(el, 'support-center-load');
      $(el, '[part=error] button').click();
      await loaded;
      await el.updateComplete;
      expect($(el, '[part=error]')).to.equal(null);
      // The endpoint answers {"ok":true,"attempt":2}: a config of unknown keys, each reported by path.
      expect(errors.calls.slice(1)).to.deep.equal([
        '<support-center> ok: unknown key, ignored (known keys: sections, faq, hotline, callPrep, dispute, strings, theme).',
        '<support-center> attempt: unknown key, ignored (known keys: sections, faq, hotline, callPrep, dispute, strings, theme).',
      ]);
    } finally {
      errors.restore();
    }
  });

  it('reports a network failure and JSON that does not parse', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportCenter>(html`<support-center></support-center>`);
      const failed = oneEvent(el, 'support-center-error');
      el.src = '/test/center.test.ts';
      expect((await failed).detail.reason).to.equal('invalid JSON');
      expect(errors.calls).to.deep.equal(['<support-center> src: could not load "/test/center.test.ts" (invalid JSON).']);
    } finally {
      errors.restore();
    }
  });

  it('names the full path of every bad field, once each, and renders the rest', async () => {
    const errors = capture('error');
    try {
      const bad = {
        sections: ['faq', 'chat', 'hotline', 'dispute'],
        faq: {
          searchable: 'yes',
          colour: 'red',
          items: [
            { question: 'Fine?', answer: 'Yes.' },
            { question: 'Also fine?', answer: 'Yes.' },
            { question: 'Still fine?', answer: 'Yes.' },
            { question: 42, answer: 'No.' },
          ],
        },
        hotline: { lines: [{ label: 'Bad', number: '1-8OO-555-0100' }] },
        dispute: { transactionDate: '2026-02-30', windowDays: 'ninety' },
        theme: 'pink',
      } as unknown as CenterConfig;
      const el = await make(bad);
      const expected = [
        '<support-center> theme: expected "light", "dark" or "auto", got string "pink".',
        '<support-center> sections[1]: expected one of faq, hotline, callPrep, dispute, got string "chat".',
        '<support-center> faq.colour: unknown key, ignored (known keys: items, searchable, feedback, single, structuredData, strings, defaultLang, related, synonyms).',
        '<support-center> faq.searchable: expected true or false, got string "yes".',
        '<support-center> dispute.windowDays: expected a number, got string "ninety".',
        '<support-center> faq.items[3].question: expected a non-empty string, got number 42.',
        '<support-center> dispute.transactionDate: expected an ISO date (YYYY-MM-DD), got string "2026-02-30".',
      ];
      for (const message of expected) expect(errors.calls).to.include(message);
      expect(errors.calls.some((c) => c.startsWith('<support-center> hotline.lines[0].number: expected an E.164 number'))).to.equal(true);
      expect(new Set(errors.calls).size).to.equal(errors.calls.length);
      expect(names(el)).to.deep.equal(['faq', 'hotline', 'dispute']);
      const faq = $(el, 'support-faq') as SupportFaq;
      expect(faq.searchable).to.equal(false);
      expect([...faq.shadowRoot!.querySelectorAll<HTMLElement & { question: string }>('support-faq-item')].map((i) => i.question)).to.deep.equal([
        'Fine?',
        'Also fine?',
        'Still fine?',
      ]);
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('reports JSON that does not parse and a config that is not an object', async () => {
    const errors = capture('error');
    try {
      await fixture(`<support-center><script type="application/json">{"faq": </script></support-center>`);
      expect(errors.calls[0]).to.match(/^<support-center> config: the JSON could not be parsed \(.+\); expected a JSON object\.$/);
      const el = await fixture<SupportCenter>(html`<support-center></support-center>`);
      el.config = [] as unknown as CenterConfig;
      await el.updateComplete;
      expect(errors.calls[1]).to.equal('<support-center> config: expected an object, got an array.');
      expect(names(el)).to.deep.equal([]);
    } finally {
      errors.restore();
    }
  });

  it('offers the call form and the hotline when a FAQ search finds nothing', async () => {
    const el = await make();
    const faq = $(el, 'support-faq') as SupportFaq;
    const input = faq.shadowRoot!.querySelector('input')!;
    input.value = 'zzzz';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await faq.updateComplete;
    const empty = faq.shadowRoot!.querySelector<HTMLElement>('[part=empty]')!;
    expect(empty.hidden).to.equal(false);
    const offer = $(el, 'support-faq > [slot=empty]');
    expect(offer.textContent).to.include('Still stuck? A person can help:');
    const links = [...offer.querySelectorAll('a')];
    expect(links.map((a) => [a.getAttribute('href'), a.textContent])).to.deep.equal([
      ['#call-prep', 'Before you call'],
      ['#hotline', 'Call us'],
    ]);
    expect(links[0].offsetParent).to.not.equal(null);
    await expect(el).to.be.accessible();
    links[0].click();
    expect(deepActive()).to.equal($(el, '#call-prep'));
    expect(location.hash).to.equal('#call-prep');
  });

  it('follows a section link in a FAQ answer to that section', async () => {
    const el = await make();
    const faq = $(el, 'support-faq') as SupportFaq;
    const item = faq.shadowRoot!.querySelector<HTMLElement & { open: boolean }>('#dispute-how')!;
    item.shadowRoot!.querySelector<HTMLButtonElement>('#q')!.click();
    await settle(el);
    const link = item.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('#dispute');
    link.click();
    expect(deepActive()).to.equal($(el, '#dispute'));
    expect(location.hash).to.equal('#dispute');
    // The item stays open: the FAQ did not take the section's hash for one of its items.
    expect(item.open).to.equal(true);
  });

  it('moves focus to a section on hashchange (skip links in the page)', async () => {
    const el = await make();
    location.hash = '#hotline';
    await waitUntil(() => deepActive() === $(el, '#hotline'), 'hotline section focused');
  });

  it('follows a link to a section written percent-encoded, as the FAQ follows one to an item', async () => {
    const el = await make();
    location.hash = '#call%2Dprep';
    await waitUntil(() => deepActive() === $(el, '#call-prep'), 'call-prep section focused');
  });

  it('opens at the section named in the address', async () => {
    history.replaceState(null, '', '#dispute');
    const el = await make();
    await waitUntil(() => deepActive() === $(el, '#dispute'), 'dispute section focused');
  });

  it('offers the checklist when the call topic is "dispute"', async () => {
    const el = await make();
    const form = $(el, 'support-call-prep') as SupportCallPrep;
    const link = $(el, 'support-call-prep > a[slot=dispute]');
    expect(link.textContent).to.equal('Open the dispute checklist');
    expect(link.offsetParent).to.equal(null);
    const select = form.shadowRoot!.querySelector<HTMLSelectElement>('[name=topic]')!;
    select.value = 'dispute';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await form.updateComplete;
    expect(link.offsetParent).to.not.equal(null);
    await expect(el).to.be.accessible();
    link.click();
    expect(deepActive()).to.equal($(el, '#dispute'));
  });

  it('shows the hotline open or closed beside the call summary', async () => {
    const el = await make();
    const mini = $(el, 'support-call-prep > support-hotline[slot=hotline]') as SupportHotline;
    await mini.updateComplete;
    expect(mini.noSafetyNotice).to.equal(true);
    expect(mini.shadowRoot!.querySelector('[part=base]')!.getAttribute('aria-label')).to.equal('Hotline now');
    // Only the line in the user's language.
    expect(mini.shadowRoot!.querySelectorAll('[part=line]')).to.have.length(1);
    expect(mini.shadowRoot!.querySelector('[part=number]')!.textContent).to.equal('1-800-555-0100');
    expect(mini.shadowRoot!.querySelector('[part=status]')!.textContent).to.include('Open now');
    el.now = new Date('2026-11-25T04:00:00Z');
    await settle(el);
    expect(mini.shadowRoot!.querySelector('[part=status]')!.textContent).to.include('Closed');
  });

  it('replaces a section with the page’s own markup through its slot', async () => {
    const el = await fixture<SupportCenter>(`<support-center><p slot="hotline">Call <a href="tel:+18005550100">1-800-555-0100</a>.</p></support-center>`);
    el.config = { faq: { items: [{ question: 'Q?', answer: 'A.' }] } };
    await settle(el);
    expect(names(el)).to.deep.equal(['faq', 'hotline']);
    expect($$(el, 'support-hotline')).to.have.length(0);
    const slot = $<HTMLSlotElement>(el, '#hotline slot');
    expect(slot.assignedElements()[0].textContent).to.equal('Call 1-800-555-0100.');
    await expect(el).to.be.accessible();
  });

  it('leaves sections out with the sections attribute or the config', async () => {
    const el = await make(CONFIG(), 'sections="faq dispute"');
    expect(names(el)).to.deep.equal(['faq', 'dispute']);
    expect($$(el, 'nav a')).to.have.length(2);
    // Nothing offers a section that is not there.
    expect($(el, 'support-faq > [slot=empty]')).to.equal(null);
    el.config = { ...CONFIG(), sections: ['hotline', 'call-prep'] };
    await settle(el);
    expect(names(el)).to.deep.equal(['hotline', 'call-prep']);
    expect($(el, 'support-call-prep > a[slot=dispute]')).to.equal(null);
    // Without `sections`: the sections the config names.
    el.removeAttribute('sections');
    el.config = { hotline: CONFIG().hotline };
    await settle(el);
    expect(names(el)).to.deep.equal(['hotline']);
  });

  it('works with the keyboard: Tab through the navigation, Enter moves focus to the section', async () => {
    const el = await make();
    const links = $$(el, 'nav a');
    links[0].focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(links[2]);
    await sendKeys({ press: 'Enter' });
    expect(deepActive()).to.equal($(el, '#call-prep'));
    await sendKeys({ press: 'Tab' });
    // Tab goes on from the section into its form.
    expect(deepActive()!.closest('form, section') ?? deepActive()!.getRootNode()).to.not.equal(null);
    expect((deepActive()!.getRootNode() as ShadowRoot).host.localName).to.equal('support-call-prep');
  });

  it('is one column on phones and two on wide screens', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 1100px"><support-center></support-center></div>`);
    const el = wrap.firstElementChild as SupportCenter;
    el.now = NOW;
    el.config = CONFIG();
    await settle(el);
    const box = (id: string): DOMRect => $(el, `#${id}`).getBoundingClientRect();
    expect(box('hotline').top).to.equal(box('call-prep').top);
    expect(box('hotline').right).to.be.below(box('call-prep').left);
    expect(box('faq').width).to.be.above(1000);
    wrap.style.width = '320px';
    await nextFrame();
    expect(box('call-prep').top).to.be.above(box('hotline').bottom);
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('hands each section its settings, and the elements’ defaults again when the config leaves them out', async () => {
    type Props = Record<string, unknown>;
    const el = await make({
      faq: { items: [{ question: 'Q?', answer: 'A.' }], searchable: true, feedback: true, single: true, structuredData: true, strings: { search: 'Find' } },
      hotline: {
        lines: CONFIG().hotline!.lines,
        verifyUrl: 'https://example.com/verify',
        noSafetyNotice: true,
        structuredData: true,
        strings: { copy: 'Copy it' },
      },
      callPrep: {
        fields: ['topic'],
        topics: ['payment'],
        storageKey: 'center-props',
        endpoint: 'https://example.com/prep',
        noPersist: true,
        retentionDays: 3,
        strings: { retry: 'Go' },
      },
      dispute: {
        type: 'not-received',
        transactionDate: '2026-08-06',
        windowDays: 60,
        disputeId: 'D-1',
        storageKey: 'center-props-d',
        retentionDays: 30,
        noBuiltIns: false,
        strings: { ready: 'Evidence' },
      },
    });
    // The element's properties named in `expected` (no list of keys kept here: test/center-bindings.test.ts walks
    // every key of the generated spec).
    const expectProps = (selector: string, expected: Props): void => {
      const element = $(el, selector) as unknown as Props;
      expect(Object.fromEntries(Object.keys(expected).map((k) => [k, element[k]]))).to.deep.equal(expected);
    };
    expectProps('#faq support-faq', {
      searchable: true,
      feedback: true,
      single: true,
      structuredData: true,
      strings: { search: 'Find' },
      headingLevel: 3,
    });
    expect(($(el, '#faq support-faq') as SupportFaq).items).to.have.length(1);
    expectProps('#hotline support-hotline', {
      verifyUrl: 'https://example.com/verify',
      noSafetyNotice: true,
      structuredData: true,
      strings: { copy: 'Copy it' },
      now: NOW,
    });
    expect(($(el, '#hotline support-hotline') as SupportHotline).lines).to.have.length(2);
    expectProps('#call-prep support-call-prep', {
      fields: ['topic'],
      topics: ['payment'],
      storageKey: 'center-props',
      endpoint: 'https://example.com/prep',
      noPersist: true,
      retentionDays: 3,
      strings: { retry: 'Go' },
      headingLevel: 3,
      now: NOW,
    });
    expectProps('#dispute support-dispute-checklist', {
      type: 'not-received',
      transactionDate: '2026-08-06',
      windowDays: 60,
      disputeId: 'D-1',
      storageKey: 'center-props-d',
      retentionDays: 30,
      noBuiltIns: false,
      strings: { ready: 'Evidence' },
      headingLevel: 3,
      now: NOW,
    });
    // The same elements, now without settings: each is back to its own default.
    el.config = { sections: ['faq', 'hotline', 'callPrep', 'dispute'] };
    await settle(el);
    expectProps('#faq support-faq', {
      searchable: false,
      feedback: false,
      single: false,
      structuredData: false,
      strings: undefined,
      headingLevel: 3,
      items: undefined,
    });
    expectProps('#hotline support-hotline', {
      verifyUrl: undefined,
      noSafetyNotice: false,
      structuredData: false,
      strings: undefined,
      now: NOW,
      lines: undefined,
    });
    expectProps('#call-prep support-call-prep', {
      fields: undefined,
      topics: undefined,
      storageKey: undefined,
      endpoint: '',
      noPersist: false,
      retentionDays: 7,
      strings: undefined,
      headingLevel: 3,
      now: NOW,
    });
    expectProps('#dispute support-dispute-checklist', {
      type: undefined,
      transactionDate: undefined,
      windowDays: 120,
      disputeId: '',
      storageKey: undefined,
      retentionDays: 180,
      noBuiltIns: false,
      strings: undefined,
      headingLevel: 3,
      now: NOW,
      types: undefined,
    });
  });

  it('passes a null list on to its element as it is: the FAQ reports it under the center’s path', async () => {
    const errors = capture('error');
    try {
      const el = await make({ faq: { items: null }, hotline: { lines: null } } as unknown as CenterConfig);
      expect(($(el, 'support-faq') as unknown as { items: unknown }).items).to.equal(null);
      expect(($(el, '#hotline support-hotline') as unknown as { lines: unknown }).lines).to.equal(null);
      expect(errors.calls).to.deep.equal(['<support-center> faq.items: expected an array, got null.']);
    } finally {
      errors.restore();
    }
  });

  it('is accessible in Chinese', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="zh-CN"><support-center></support-center></div>`);
    const el = wrap.firstElementChild as SupportCenter;
    el.now = NOW;
    el.config = CONFIG();
    await settle(el);
    await waitUntil(() => $(el, 'nav')?.getAttribute('aria-label') === '帮助主题');
    expect($(el, '#call-prep-h').textContent).to.equal('致电前准备');
    expect($(el, 'support-hotline[slot=hotline]').shadowRoot!.querySelector('[part=number]')!.textContent).to.equal('1-800-555-0123');
    await settle(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible in Arabic, right to left', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><support-center></support-center></div>`);
    const el = wrap.firstElementChild as SupportCenter;
    el.now = NOW;
    el.config = CONFIG();
    await settle(el);
    expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
    expect($(el, 'support-call-prep').shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });
});
