import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import '../src/center.js';
import type { SupportCallPrep, SupportCenter, SupportDisputeChecklist, SupportFaq, SupportFaqItem, SupportHotline } from '../src/index.js';
import { registerLocale } from '../src/index.js';
import { faq as arabicFaq } from '../src/components/faq/faq.ar.js';
import { faq as englishFaq, type FaqStrings } from '../src/components/faq/faq.en.js';
import { nextFrame, $, $$, text } from './helpers.js';

// Tuesday 24 November 2026, 15:00 in New York.
const NOW = new Date('2026-11-24T20:00:00Z');
const LINES = [
  {
    label: 'ExamplePay',
    number: '+18005550100',
    display: '+1 800 555 0100',
    hours: 'Mo-Fr 09:00-18:00',
    timezone: 'America/New_York',
    languages: ['en', 'ar'],
    tollFree: true,
  },
  { label: 'English', number: '+18005550101', display: '+1 800 555 0101', hours: 'Mo-Fr 09:00-17:00', timezone: 'America/New_York', languages: ['en'] },
];
const ITEMS = [
  { id: 'refund', question: 'كم يستغرق استرداد المبلغ؟', answer: 'عادةً من 5 إلى 10 أيام عمل.' },
  { id: 'card', question: 'كيف أغيّر بطاقتي؟', answer: 'افتح **المحفظة** ثم اختر البطاقة.' },
];

const style = (el: Element): CSSStyleDeclaration => getComputedStyle(el);
/** Arabic-Indic digits: the library shows Latin digits for `ar` (see docs/arabic.md). */
const ARABIC_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;
/**
 * Plain `ar` formats with Latin digits in current CLDR data (Chromium, Firefox) and with Arabic-Indic digits in
 * older data (WebKitGTK 2.50 with Debian 12's ICU 72): the elements follow the engine's `Intl`, one script per
 * engine, never mixed (docs/languages.md; `lang="ar-u-nu-latn"` gives Latin digits everywhere: test/engines.test.ts).
 */
const latnAr = new Intl.NumberFormat('ar').format(1) === '1';
const OTHER_DIGITS = latnAr ? ARABIC_DIGITS : /[0-9]/;
/** `s` with Arabic-Indic digits read as Latin ones (so one expected text serves both kinds of engine). */
const latin = (s: string): string => s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/\u066b/g, '.');

describe('Arabic (lang="ar", right to left)', () => {
  afterEach(() => localStorage.clear());

  it("loads the hotline's Arabic strings on demand, as their own module, before the first render", async () => {
    const loaded = (): boolean => performance.getEntriesByType('resource').some((r) => r.name.includes('/src/components/hotline/hotline.ar.'));
    expect(loaded(), 'not loaded before an element asks for Arabic').to.equal(false);
    const el = await fixture<SupportHotline>(html`<support-hotline lang="ar" .lines=${LINES} .now=${NOW}></support-hotline>`);
    expect(loaded()).to.equal(true);
    // No flash of English: the first render is already Arabic.
    expect(text($(el, '[part=copy]'))).to.equal('نسخ الرقم');
  });

  describe('<support-faq>', () => {
    it('is right to left with its Arabic strings, the chevron on the left, and accessible', async () => {
      const el = await fixture<SupportFaq>(html`<support-faq lang="ar" searchable .items=${ITEMS}></support-faq>`);
      expect(el.hasAttribute('dir')).to.equal(false);
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      const item = $<SupportFaqItem>(el, 'support-faq-item');
      await el.updateComplete;
      const q = item.shadowRoot!.querySelector('#q') as HTMLButtonElement;
      expect(style(q).direction).to.equal('rtl');
      expect(text(q)).to.equal('كم يستغرق استرداد المبلغ؟');
      // The question starts at the right edge; the chevron sits at the left end (margin-inline-start: auto).
      const icon = item.shadowRoot!.querySelector('[part=icon]')!.getBoundingClientRect();
      const box = q.getBoundingClientRect();
      expect(icon.left - box.left).to.be.lessThan(20);
      expect(box.right - icon.right).to.be.greaterThan(box.width / 2);
      await expect(el).to.be.accessible();

      q.click();
      await el.updateComplete;
      expect(text(item.shadowRoot!.querySelector('[part=link]'))).to.equal('نسخ الرابط');
      await expect(el).to.be.accessible();
    });

    it('says "no matching answers" in Arabic', async () => {
      const el = await fixture<SupportFaq>(html`<support-faq lang="ar" searchable search-delay="0" .items=${ITEMS}></support-faq>`);
      const input = $<HTMLInputElement>(el, 'input');
      input.value = 'xyz';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(text($(el, '[part=empty] p'))).to.equal('لا توجد إجابات مطابقة.');
      await waitUntil(() => text($(el, '[role=status]')) === 'لا توجد إجابات مطابقة.', 'announced');
      await expect(el).to.be.accessible();
    });
  });

  describe('<support-hotline>', () => {
    it('shows Arabic status text, the numbers isolated left to right, the accent edge on the right, and is accessible', async () => {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="ar" .lines=${LINES} .now=${NOW} viewer-time-zone="America/New_York"></support-hotline>`,
      );
      const base = $(el, '[part=base]');
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(base.getAttribute('aria-label')).to.equal('خط الدعم الهاتفي');
      const numbers = $$(el, '[part=number] bdi');
      expect(numbers.map((b) => [b.getAttribute('dir'), style(b).direction, text(b)])).to.deep.equal([
        ['ltr', 'ltr', '+1 800 555 0100'],
        ['ltr', 'ltr', '+1 800 555 0101'],
      ]);
      const status = text($(el, '[part=status]'));
      expect(latin(status)).to.match(/^متاح الآن · يغلق الساعة 6:00 م \(بعد 3 س\)$/);
      expect(status).not.to.match(OTHER_DIGITS);
      expect(text($(el, '[part=badge]'))).to.equal('يتحدث لغتك');
      expect(text($$(el, '.meta')[0])).to.equal('اللغات: الإنجليزية والعربية · مجاني');
      // The line in the user's language has its thick edge at the start: the right.
      const mine = $(el, '.mine');
      expect(style(mine).borderRightWidth).to.equal('4px');
      expect(style(mine).borderLeftWidth).to.equal('1px');
      expect(style($(el, '[part=notice]')).borderRightWidth).to.equal('4px');
      expect(text($(el, '[part=copy]'))).to.equal('نسخ الرقم');
      await expect(el).to.be.accessible();
    });

    it('says when a closed line opens, in Arabic', async () => {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="ar" .lines=${LINES.slice(1)} .now=${new Date('2026-11-25T02:00:00Z')} viewer-time-zone="America/New_York"></support-hotline>`,
      );
      expect(latin(text($(el, '[part=status]')))).to.equal('مغلق · يفتح غدًا الساعة 9:00 ص (بعد 12 س)');
      await expect(el).to.be.accessible();
    });
  });

  describe('<support-call-prep>', () => {
    it('is right to left with Arabic labels; the phone field and summary values keep their own direction', async () => {
      const el = await fixture<SupportCallPrep>(html`<support-call-prep lang="ar" no-persist .now=${NOW}></support-call-prep>`);
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      expect(text($(el, '#title'))).to.equal('استعد لمكالمتك');
      expect(text($(el, '#topic-l'))).to.equal('الموضوع');
      expect(style($(el, '.note')).borderRightWidth).to.equal('4px');
      await expect(el).to.be.accessible();
      const set = async (name: string, value: string): Promise<void> => {
        const control = $<HTMLInputElement>(el, `[name="${name}"]`);
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      expect(style($(el, '#phone')).direction, 'a phone number is typed left to right').to.equal('ltr');
      await set('topic', 'payment');
      await set('account', 'ana@example.com');
      await set('amount', '25.5');
      await set('what', 'رُفضت البطاقة عند الدفع');
      await set('phone', '+1 800 555 0100');
      $<HTMLButtonElement>(el, '[part=submit]').click();
      await el.updateComplete;
      await el.updateComplete;
      const values = $$(el, '[part=summary] dd bdi');
      const value = (needle: string): HTMLElement => values.find((b) => latin(text(b)).includes(needle))!;
      expect(value('+1 800 555 0100').matches(':dir(ltr)'), 'phone number isolated LTR').to.equal(true);
      expect(value('ana@example.com').matches(':dir(ltr)')).to.equal(true);
      expect(value('رُفضت').matches(':dir(rtl)')).to.equal(true);
      const amount = text(value('25.50'));
      expect(amount).to.include('US$');
      expect(amount).not.to.match(OTHER_DIGITS);
      expect(text($(el, '[part=summary]'))).to.include('جهز ما يلي');
      await expect(el).to.be.accessible();
    });
  });

  describe('<support-dispute-checklist>', () => {
    it('is right to left with Arabic items, a right-to-left progress bar and the deadline date in Arabic with Latin digits', async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist lang="ar" regime="custom" type="paid-by-other-means" transaction-date="2026-11-10" .now=${NOW} storage-key="ar-test"></support-dispute-checklist>`,
      );
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      const deadline = text($(el, '.deadline'));
      expect(deadline).to.include('آخر يوم لتقديم الاعتراض:');
      expect(latin(deadline)).to.include('10 مارس 2027');
      expect(deadline).not.to.match(OTHER_DIGITS);
      expect(latin(text($(el, '#req')))).to.equal('تم تجهيز 0 من 3 عناصر مطلوبة');
      const progress = $<HTMLProgressElement>(el, 'progress');
      expect(style(progress).direction, 'the bar fills from the right').to.equal('rtl');
      $$<HTMLInputElement>(el, 'input[type=checkbox]')[0].click();
      await el.updateComplete;
      expect(latin(text($(el, '#req')))).to.equal('تم تجهيز 1 من 3 عناصر مطلوبة');
      expect(progress.value).to.equal(1);
      // The reason under an item is indented from the right, under the item's text.
      const reason = $(el, 'li > p.hint');
      expect(text(reason)).to.equal('يظهر اسم التاجر والتاريخ والمبلغ المخصوم.');
      expect(style(reason).marginRight).to.equal('30px');
      expect(style(reason).marginLeft).to.equal('0px');
      expect($$(el, 'button').map(text)).to.include.members(['نسخ', 'طباعة', 'حفظ بصيغة TXT', 'حفظ بصيغة JSON']);
      await nextFrame();
      await expect(el).to.be.accessible();
    });
  });

  describe('<support-center>', () => {
    it('is right to left with its Arabic navigation, and every section in Arabic, and accessible', async () => {
      const config = {
        faq: { items: ITEMS },
        hotline: { lines: LINES },
        callPrep: { noPersist: true },
        dispute: { type: 'duplicate', storageKey: 'ar-center' },
      };
      const el = await fixture<SupportCenter>(html`<support-center lang="ar" .config=${config} .now=${NOW}></support-center>`);
      await el.updateComplete;
      const children = $$(el, 'support-faq, support-hotline, support-call-prep, support-dispute-checklist') as unknown as SupportFaq[];
      for (let i = 0; i < 3; i++) {
        for (const child of children) await child.updateComplete;
        await nextFrame();
      }
      expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
      expect($(el, '[part=nav]').getAttribute('aria-label')).to.equal('موضوعات المساعدة');
      expect(children.length).to.be.at.least(4);
      for (const child of children) expect($(child, '[part=base]').getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
    });
  });

  it('has every key of the English tables (checked by the compiler)', () => {
    // @ts-expect-error A table typed FaqStrings that leaves a key out does not compile.
    const partial: FaqStrings = { search: 'ابحث' };
    expect(partial.search).to.equal('ابحث');
    expect(Object.keys(arabicFaq).sort()).to.deep.equal(Object.keys(englishFaq).sort());
  });

  it('takes merchant overrides registered for ar on top of the built-in table', async () => {
    registerLocale('ar', { faq: { search: 'ابحث في مركز المساعدة' } });
    const el = await fixture<SupportFaq>(html`<support-faq lang="ar" searchable .items=${ITEMS}></support-faq>`);
    await waitUntil(() => text($(el, 'label')) === 'ابحث في مركز المساعدة', 'override applied');
    expect($(el, '[part=base]').getAttribute('dir')).to.equal('rtl');
    expect($<SupportFaqItem>(el, 'support-faq-item').question).to.equal('كم يستغرق استرداد المبلغ؟');
    await el.updateComplete;
    ($<SupportFaqItem>(el, 'support-faq-item').shadowRoot!.querySelector('#q') as HTMLButtonElement).click();
    await el.updateComplete;
    // Strings not overridden stay Arabic.
    expect(text($<SupportFaqItem>(el, 'support-faq-item').shadowRoot!.querySelector('[part=link]'))).to.equal('نسخ الرابط');
  });

  it('follows an explicit dir="ltr" over the language', async () => {
    const el = await fixture<SupportHotline>(html`<support-hotline lang="ar" dir="ltr" .lines=${LINES} .now=${NOW}></support-hotline>`);
    expect($(el, '[part=base]').getAttribute('dir')).to.equal('ltr');
    expect(text($(el, '[part=copy]'))).to.equal('نسخ الرقم');
  });
});
