// Right to left, for every language whose src/locales/<tag>.ts says `dir: 'rtl'` (Arabic today, Hebrew from issue
// 20 on): the main checks of test/arabic.test.ts, with each language's own strings, found on disk through the
// test server's /__languages (test/server/languages.js), so a language merged later is tested as it is.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import '../src/center.js';
import type { SupportCallPrep, SupportCenter, SupportDisputeChecklist, SupportFaq, SupportFaqItem, SupportHotline } from '../src/index.js';
import type { Strings } from '../src/locales/en.js';
import { animations, $, $$, nextFrame, settle, text } from './helpers.js';

const languages = (await (await fetch('/__languages')).json()) as { tag: string; dir: 'ltr' | 'rtl' }[];
const rtl = languages.filter((l) => l.dir === 'rtl').map((l) => l.tag);
// Each language's table (its TypeScript source: the test server compiles `.ts` requests; no `.js` file exists).
const tables = new Map<string, Strings>();
for (const tag of rtl) tables.set(tag, ((await import(`../src/locales/${tag}.ts`)) as { default: Strings }).default);

// Tuesday 24 November 2026, 15:00 in New York: the line is open.
const NOW = new Date('2026-11-24T20:00:00Z');
const style = (el: Element): CSSStyleDeclaration => getComputedStyle(el);
/** Digits of any script as ASCII (Arabic-Indic in some engines' `ar`), to compare numbers across engines. */
const latin = (s: string): string => s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x660) % 0x90)).replace(/\u066b/g, '.');
/** The text before a placeholder: "Last day to file: {date}" → "Last day to file:". */
const before = (template: string): string => template.split('{')[0].trim();

/**
 * Whether the glyphs of `el`'s text stand left to right in reading order (spaces aside): an isolated phone number
 * or amount in right-to-left text reads "+1 800 555 0100", never "0100 555 800 1+".
 */
function readsLeftToRight(el: Element): boolean {
  const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()) as Text;
  const range = document.createRange();
  const lefts: number[] = [];
  for (let i = 0; i < node.length; i++) {
    if (!node.data[i].trim()) continue;
    range.setStart(node, i);
    range.setEnd(node, i + 1);
    lefts.push(range.getBoundingClientRect().left);
  }
  return lefts.length > 1 && lefts.every((x, i) => i === 0 || x > lefts[i - 1]);
}

describe('right to left, every right-to-left language on disk', () => {
  it(`finds the right-to-left languages on disk (${rtl.join(', ')})`, () => {
    expect(rtl).to.include('ar');
    expect(languages.find((l) => l.tag === 'zh-CN')?.dir).to.equal('ltr');
  });

  it('tells an isolated phone number from one reordered by the right-to-left text around it', async () => {
    const el = await fixture<HTMLDivElement>(html`<div dir="rtl"><p>+1 800 555 0100</p><p><bdi dir="ltr">+1 800 555 0100</bdi></p></div>`);
    expect(readsLeftToRight(el.querySelector('p')!), 'not isolated: "0100 555 800 1+"').to.equal(false);
    expect(readsLeftToRight(el.querySelector('bdi')!)).to.equal(true);
  });

  for (const tag of rtl) {
    const t = tables.get(tag)!;
    // Questions and answers in the language itself: its own sentences.
    const ITEMS = [
      { id: 'one', question: t.faq.helpful, answer: t.faq.thanks },
      { id: 'two', question: t.center.stuck, answer: t.dispute.ready },
    ];
    const LINES = [
      {
        label: t.hotline.label,
        number: '+18005550100',
        display: '+1 800 555 0100',
        hours: 'Mo-Fr 09:00-18:00',
        timezone: 'America/New_York',
        languages: ['en', tag],
        tollFree: true,
      },
    ];

    describe(`lang="${tag}"`, () => {
      afterEach(() => localStorage.clear());

      it('<support-faq> is right to left in its language, the chevron on the left, and accessible', async () => {
        const el = await fixture<SupportFaq>(html`<support-faq lang=${tag} searchable .items=${ITEMS}></support-faq>`);
        await settle(el);
        expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
        expect(text($(el, 'label'))).to.equal(t.faq.search);
        const item = $<SupportFaqItem>(el, 'support-faq-item');
        const q = item.shadowRoot!.querySelector<HTMLButtonElement>('#q')!;
        expect(style(q).direction).to.equal('rtl');
        const icon = item.shadowRoot!.querySelector('[part=icon]')!.getBoundingClientRect();
        const box = q.getBoundingClientRect();
        expect(icon.left - box.left, 'the chevron at the left end').to.be.lessThan(20);
        await expect(el).to.be.accessible();
        q.click();
        await settle(el);
        expect(text(item.shadowRoot!.querySelector('[part=link]'))).to.equal(t.faq.copy);
        // The answer at the end of its fade: axe would measure contrast mid-fade.
        await animations(el);
        await expect(el).to.be.accessible();
      });

      it('<support-faq> says "no matching answers" in its language', async () => {
        const el = await fixture<SupportFaq>(html`<support-faq lang=${tag} searchable search-delay="0" .items=${ITEMS}></support-faq>`);
        await settle(el);
        const input = $<HTMLInputElement>(el, 'input');
        input.value = 'xyzzy';
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
        await waitUntil(() => text($(el, '[role=status]')) === t.faq.none, 'announced');
        expect(text($(el, '[part=empty] p'))).to.equal(t.faq.none);
      });

      it('<support-hotline>: the number isolated left to right, the accent edge on the right, accessible', async () => {
        const el = await fixture<SupportHotline>(
          html`<support-hotline lang=${tag} .lines=${LINES} .now=${NOW} viewer-time-zone="America/New_York"></support-hotline>`,
        );
        await settle(el);
        const base = $(el, '[part=base]');
        expect(base.getAttribute('dir')).to.equal('rtl');
        expect(base.getAttribute('aria-label')).to.equal(t.hotline.label);
        const number = $(el, '[part=number] bdi');
        expect([number.getAttribute('dir'), style(number).direction, text(number)]).to.deep.equal(['ltr', 'ltr', '+1 800 555 0100']);
        expect(readsLeftToRight(number), 'the phone number reads +1 800 555 0100').to.equal(true);
        expect(text($(el, '[part=badge]'))).to.equal(t.hotline.yourLanguage);
        expect(text($(el, '[part=copy]'))).to.equal(t.hotline.copy);
        const mine = $(el, '.mine');
        expect([style(mine).borderRightWidth, style(mine).borderLeftWidth]).to.deep.equal(['4px', '1px']);
        await expect(el).to.be.accessible();
      });

      it('<support-call-prep>: labels in its language; the phone, e-mail and amount of the summary isolated', async () => {
        const el = await fixture<SupportCallPrep>(html`<support-call-prep lang=${tag} no-persist .now=${NOW}></support-call-prep>`);
        await settle(el);
        expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
        expect(text($(el, '#title'))).to.equal(t.callPrep.label);
        expect(text($(el, '#topic-l'))).to.equal(t.callPrep.topicL);
        expect(style($(el, '.note')).borderRightWidth).to.equal('4px');
        expect(style($(el, '#phone')).direction, 'a phone number is typed left to right').to.equal('ltr');
        await expect(el).to.be.accessible();
        for (const [name, value] of [
          ['topic', 'payment'],
          ['account', 'ana@example.com'],
          ['amount', '25.5'],
          ['what', t.faq.helpful],
          ['phone', '+1 800 555 0100'],
        ]) {
          const control = $<HTMLInputElement>(el, `[name="${name}"]`);
          control.value = value;
          control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await el.updateComplete;
        }
        $<HTMLButtonElement>(el, '[part=submit]').click();
        await settle(el);
        const values = $$(el, '[part=summary] dd bdi');
        const value = (needle: string): HTMLElement => values.find((b) => latin(text(b)).includes(needle))!;
        expect(value('+1 800 555 0100').matches(':dir(ltr)'), 'phone number isolated left to right').to.equal(true);
        expect(readsLeftToRight(value('+1 800 555 0100'))).to.equal(true);
        expect(value('ana@example.com').matches(':dir(ltr)')).to.equal(true);
        expect(value(t.faq.helpful).matches(':dir(rtl)'), 'text in the language stays right to left').to.equal(true);
        expect(value('25.50'), 'the amount is isolated in its own <bdi>').to.not.equal(undefined);
        await expect(el).to.be.accessible();
      });

      it('<support-dispute-checklist>: a right-to-left progress bar, reasons indented from the right, buttons in its language', async () => {
        const el = await fixture<SupportDisputeChecklist>(
          html`<support-dispute-checklist lang=${tag} regime="custom" type="paid-by-other-means" transaction-date="2026-11-10" .now=${NOW} storage-key=${`rtl-${tag}`}></support-dispute-checklist>`,
        );
        await settle(el);
        expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
        expect(text($(el, '.deadline'))).to.include(before(t.dispute.due));
        expect(style($<HTMLProgressElement>(el, 'progress')).direction, 'the bar fills from the right').to.equal('rtl');
        const reason = $(el, 'li > p.hint');
        expect([style(reason).marginRight, style(reason).marginLeft]).to.deep.equal(['30px', '0px']);
        expect($$(el, 'button').map(text)).to.include.members([t.dispute.copy, t.dispute.print, t.dispute.text, t.dispute.json]);
        await nextFrame();
        await expect(el).to.be.accessible();
      });

      it('<support-center>: the navigation and every section right to left in its language, accessible', async () => {
        const config = {
          faq: { items: ITEMS },
          hotline: { lines: LINES },
          callPrep: { noPersist: true },
          dispute: { type: 'duplicate', storageKey: `rtl-center-${tag}` },
        };
        const el = await fixture<SupportCenter>(html`<support-center lang=${tag} .config=${config} .now=${NOW}></support-center>`);
        await settle(el);
        expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
        expect($(el, '[part=nav]').getAttribute('aria-label')).to.equal(t.center.nav);
        const children = $$(el, 'support-faq, support-hotline, support-call-prep, support-dispute-checklist');
        expect(children.length).to.be.at.least(4);
        for (const child of children) expect($(child, '[part=base]').getAttribute('dir'), child.localName).to.equal('rtl');
        await expect(el).to.be.accessible();
      });

      it('follows an explicit dir="ltr" over the language', async () => {
        const el = await fixture<SupportHotline>(html`<support-hotline lang=${tag} dir="ltr" .lines=${LINES} .now=${NOW}></support-hotline>`);
        await settle(el);
        expect($(el, '[part=base]').getAttribute('dir')).to.equal('ltr');
        expect(text($(el, '[part=copy]'))).to.equal(t.hotline.copy);
      });
    });
  }
});
