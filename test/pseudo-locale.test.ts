import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import '../src/center.js';
import type { SupportCallPrep, SupportCenter, SupportDisputeChecklist, SupportFaq, SupportFaqItem, SupportHotline } from '../src/index.js';
import { faq as englishFaq } from '../src/components/faq/faq.en.js';
import { dispute as englishDispute } from '../src/components/dispute-checklist/dispute-checklist.en.js';
import { $, $$, fillCallPrep, searchQuery, settle, text, layoutProblems } from './helpers.js';
import { PSEUDO, pseudo, registerPseudo } from './pseudo.js';

// Tuesday 24 November 2026, 15:00 in New York: the first line is open, the second closed.
const NOW = new Date('2026-11-24T20:00:00Z');
// Merchant text stretched too: a long question, answer and line label must wrap as the strings do.
const ITEMS = [
  {
    id: 'refund',
    question: pseudo('How long does a refund to my card take?'),
    answer: pseudo('To a card: 5 to 10 business days.'),
    category: pseudo('Payments'),
  },
  {
    id: 'dispute',
    question: pseudo('How do I dispute a charge I do not recognise?'),
    answer: pseudo('Gather your evidence first.'),
    category: pseudo('Disputes'),
  },
  { id: 'card', question: pseudo('How do I change my card?'), answer: pseudo('Open your wallet, then choose the card.'), category: pseudo('Account') },
];
const LINES = [
  {
    label: pseudo('Customer support'),
    number: '+18005550100',
    display: '+1 800 555 0100',
    hours: 'Mo-Fr 09:00-18:00',
    timezone: 'America/New_York',
    languages: ['en', 'es'],
    tollFree: true,
  },
  {
    label: pseudo('Card security'),
    number: '+442079460000',
    display: '+44 20 7946 0000',
    hours: 'Mo-Fr 09:00-17:00',
    timezone: 'Europe/London',
    languages: ['en'],
  },
];

/** Renders `template` in a 320 px wide column and waits for every element in it to settle. */
async function at320<T extends Element>(template: ReturnType<typeof html>): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(html`<div class="narrow">${template}</div>`);
  const el = wrap.firstElementChild as T;
  await settle(el);
  return el;
}

// WebKitGTK's MiniBrowser cannot make its window narrower than about 450 px (scripts/engines.js): a 320 px
// layout is checked in Chromium and Firefox only.
const at320px = /Chrome\/|Firefox\//.test(navigator.userAgent) ? describe : describe.skip;

at320px('the pseudo language (every string 40% longer and accented) at 320 px', () => {
  before(async () => {
    registerPseudo();
    // Tall enough that the center is laid out whole (FAQ items far from the viewport skip layout).
    await setViewport({ width: 320, height: 3000 });
  });
  after(() => setViewport({ width: 800, height: 600 }));

  it('is every English string 40% longer, accented, with its placeholders and plurals intact', () => {
    expect(pseudo('Search questions')).to.equal('Šéàŕçĥšéà ǫûéšţîöñšǫûéš');
    expect(pseudo('PIN')).to.equal('ÞÎÑÞÎ');
    expect(pseudo(englishDispute.due)).to.match(/^[^a-zA-Z]+: \{date\}$/);
    const plural = '{total, plural, one {{n} of # required item ready} other {{n} of # required items ready}}';
    expect(pseudo(plural)).to.match(/^\{total, plural, one \{\{n\} [^a-zA-Z{}]+ # [^a-zA-Z{}]+\} other \{\{n\} [^a-zA-Z{}]+ # [^a-zA-Z{}]+\}\}$/);
    for (const english of Object.values(englishFaq)) {
      const visible = (s: string): string => s.replace(/\{\w+\}/g, '');
      // Plural strings: checked above (their ICU syntax is not text, and is kept as written).
      if (/[a-z]/i.test(english) && !english.includes(', plural,'))
        expect(visible(pseudo(english)).length, english).to.be.at.least(Math.ceil(visible(english).length * 1.4));
    }
  });

  it('<support-faq>: search, categories and an open answer fit, nothing clipped or overlapping', async () => {
    const el = await at320<SupportFaq>(html`<support-faq lang=${PSEUDO} searchable feedback search-delay="0" .items=${ITEMS}></support-faq>`);
    expect(text($(el, 'label'))).to.equal(pseudo('Search questions'));
    const item = $<SupportFaqItem>(el, 'support-faq-item');
    item.shadowRoot!.querySelector<HTMLButtonElement>('#q')!.click();
    await settle(el);
    expect(layoutProblems(el)).to.deep.equal([]);
    await searchQuery(el)(pseudo('card').slice(0, 4));
    await settle(el);
    expect(layoutProblems(el)).to.deep.equal([]);
  });

  it('<support-hotline>: status, badges, notice and buttons fit', async () => {
    const el = await at320<SupportHotline>(
      html`<support-hotline lang=${PSEUDO} .lines=${LINES} .now=${NOW} viewer-time-zone="America/New_York" verify-url="https://example.com/verify"></support-hotline>`,
    );
    expect(text($(el, '[part=copy]'))).to.equal(pseudo('Copy number'));
    expect(layoutProblems(el)).to.deep.equal([]);
  });

  it('<support-call-prep>: the form and its summary fit', async () => {
    const el = await at320<SupportCallPrep>(html`<support-call-prep lang=${PSEUDO} no-persist .now=${NOW}></support-call-prep>`);
    expect(layoutProblems(el)).to.deep.equal([]);
    await fillCallPrep(el);
    $<HTMLButtonElement>(el, '[part=submit]').click();
    await settle(el);
    expect($(el, '[part=summary]')).to.not.equal(null);
    expect(layoutProblems(el)).to.deep.equal([]);
  });

  it('<support-dispute-checklist>: a chosen type with its deadline, progress and exports fits', async () => {
    const el = await at320<SupportDisputeChecklist>(
      html`<support-dispute-checklist lang=${PSEUDO} regime="custom" type="paid-by-other-means" transaction-date="2026-11-10" .now=${NOW} storage-key="pseudo-320"></support-dispute-checklist>`,
    );
    $$<HTMLInputElement>(el, 'input[type=checkbox]')[0].click();
    await settle(el);
    expect(text($(el, '.deadline'))).to.include(pseudo('Last day to file: {date}').split(':')[0]);
    expect(layoutProblems(el)).to.deep.equal([]);
    localStorage.clear();
  });

  it('<support-center>: the navigation and the four sections fit, and it is accessible', async function () {
    // axe over all four elements at once: 3 to 4 s alone, over 10 s on a machine loaded several times over.
    this.timeout(30_000);
    const config = {
      faq: { searchable: true, items: ITEMS },
      hotline: { lines: LINES },
      callPrep: { noPersist: true },
      dispute: { type: 'duplicate', storageKey: 'pseudo-center' },
    };
    const el = await at320<SupportCenter>(html`<support-center lang=${PSEUDO} .config=${config} .now=${NOW}></support-center>`);
    await settle(el);
    expect(text($(el, '[part=nav] a'))).to.equal(pseudo('Common questions'));
    expect(layoutProblems(el)).to.deep.equal([]);
    await expect(el).to.be.accessible();
    localStorage.clear();
  });
});

at320px('layoutProblems (the detector the pseudo language relies on)', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('reports a label clipped by overflow: hidden, one cut by an ellipsis, and a line that spills out of its box and off the screen', async () => {
    const el = await fixture<HTMLDivElement>(html`
      <div>
        <button style="width: 80px; white-space: nowrap; overflow: hidden">${pseudo('Copy number')}</button>
        <p style="width: 80px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis">${pseudo('Days left')}</p>
        <p style="white-space: nowrap">${pseudo('Reference number of the charge on your statement')}</p>
      </div>
    `);
    expect(layoutProblems(el).map((p) => p.split(':')[0])).to.deep.equal([
      'the page scrolls sideways',
      'clipped',
      'clipped',
      'spills out of its box',
      'off the screen',
    ]);
  });

  it('reports two texts printed over each other, and not a text hidden for screen readers only', async () => {
    const el = await fixture<HTMLDivElement>(html`
      <div style="position: relative">
        <span>${pseudo('Open now')}</span>
        <span style="position: absolute; left: 10px; top: 0">${pseudo('Closed')}</span>
        <span style="position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%)">${pseudo('Announced')}</span>
      </div>
    `);
    expect(layoutProblems(el)).to.deep.equal([`overlap: page span "${pseudo('Open now')}" and page span "${pseudo('Closed')}"`]);
  });

  it('reports a real element whose long label is clipped, as a narrower column would', async () => {
    const el = await fixture<SupportHotline>(html`<support-hotline lang=${PSEUDO} .lines=${LINES} .now=${NOW}></support-hotline>`);
    await settle(el);
    const copy = $(el, '[part=copy]');
    copy.style.whiteSpace = 'nowrap';
    copy.style.overflow = 'hidden';
    copy.style.maxWidth = '60px';
    expect(
      layoutProblems(el).some((p) => p.startsWith('clipped: support-hotline button[part=copy]')),
      layoutProblems(el).join('\n'),
    ).to.equal(true);
  });
});
