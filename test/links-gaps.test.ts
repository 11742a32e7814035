// The outside red team's fourth round, finding F7 (links): a FAQ `tel:` link whose text tells a number in words,
// and URLs whose host is written with a full stop lookalike (`https://ok.example。evil.example` reads as
// ok.example; the URL parser maps `。` to `.` and goes to ok.example.evil.example).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportFaq, SupportHotline } from '../src/index.js';
import { capture, settle } from './helpers.js';

async function faq(answer: string): Promise<[HTMLElement, string[]]> {
  const errors = capture('error');
  try {
    const el = await fixture<SupportFaq>(html`<support-faq .items=${[{ id: 'q', question: 'How do I reach you?', answer }]}></support-faq>`);
    await settle(el);
    return [el.shadowRoot!.querySelector('support-faq-item')!, errors.calls];
  } finally {
    errors.restore();
  }
}
const links = (item: HTMLElement): string[] => [...item.querySelectorAll('a')].map((a) => `${a.textContent} -> ${a.getAttribute('href')}`);

describe('a FAQ tel: link shows the number it dials or no number at all', () => {
  it('refuses a link whose text tells a number in words, in English, Chinese or Arabic', async () => {
    for (const label of [
      'Call nine zero zero six six six',
      'Call one eight hundred five five five',
      'Nine-zero-zero',
      '拨打九零零六六六',
      '请拨一八零零',
      'اتصل على تسعة صفر صفر',
      'اتصل بالرقم تسعة',
      'وثمانية صفر صفر',
    ]) {
      const [item, errors] = await faq(`[${label}](tel:+18005550100)`);
      expect(links(item), label).to.deep.equal([]);
      expect(item.textContent, label).to.include(label);
      expect(errors, label).to.deep.equal([
        `<support-faq> items[0].answer: the link text ${JSON.stringify(label)} is not the number it dials (+18005550100): write the number itself, or text with no digits and no number in words; its text is shown without the link.`,
      ]);
    }
  });

  // Round 6, R6-4: numbers told with the words for tens, hundreds and thousands, glued Arabic hundreds and
  // Chinese multipliers read as a number as surely as digit names do.
  it('refuses a link whose text tells a number with tens, hundreds or thousands, in English, Chinese or Arabic', async () => {
    for (const label of [
      'Call twelve hundred',
      'Call thousand',
      'Call ten ten',
      'Call eighteen hundred',
      'Call us on forty-two',
      '拨打八百',
      '请拨打十八',
      '拨打壹佰',
      '撥打八佰',
      'اتصل على ثمانمائة',
      'اتصل على ألف',
      'اتصل على الرقم ثمانمئة',
      'اتصل بخمسين',
      'اتصل على عشرين',
    ]) {
      const [item, errors] = await faq(`[${label}](tel:+18005550100)`);
      expect(links(item), label).to.deep.equal([]);
      expect(errors, label).to.have.length(1);
      expect(errors[0], label).to.include('write the number itself, or text with no digits and no number in words');
    }
  });

  it('keeps a link whose words only look like numbers: often, someone, 万一, 千万, لف', async () => {
    const labels = ['Call often', 'Call someone now', 'Tension? Call us', '万一扣款失败，一键拨打', '千万别挂断，点此拨打', 'لف الهاتف واتصل بنا'];
    const [item, errors] = await faq(labels.map((l) => `[${l}](tel:+18005550100)`).join(' '));
    expect(links(item)).to.deep.equal(labels.map((l) => `${l} -> tel:+18005550100`));
    expect(errors).to.deep.equal([]);
  });

  // Round 7, R7-2: the same numbers as people type them: Arabic with ه for ة, dialect spellings and duals,
  // tatweel; Chinese numerals with spaces or 、 between; English glued or misspelt.
  it('refuses numbers in words as people type them: Arabic spellings, spaced Chinese numerals, glued English', async () => {
    for (const label of [
      'اتصل على ثمانيه ثمانيه ثمانيه',
      'اتصل على ثمانمائه',
      'اتصل على تسعميه',
      'اتصل على ألفين',
      'اتصل على ميتين',
      'تلاتة تلاتة تلاتة',
      'اتصل على اتنين اتنين',
      'اتصل على تمنمية',
      'اتصل على ثـمـانـيـة',
      '拨打九 零 零',
      '拨打九、零、零',
      '拨打九-零-零',
      '拨打八 百',
      '拨打廿四',
      'Call thirtyfive',
      'Call twelvehundred',
      'Call fourty',
      'Call one one one',
    ]) {
      const [item, errors] = await faq(`[${label}](tel:+18005550100)`);
      expect(links(item), label).to.deep.equal([]);
      expect(errors, label).to.have.length(1);
    }
  });

  it('keeps "one" and "واحد" that count nobody: one of our agents, one-tap, one-to-one, and the holidays 五一 and 十一', async () => {
    const labels = [
      'Call one of our agents',
      'One-tap call',
      'Call a one-to-one adviser',
      'تواصل مع واحد من موظفينا',
      '五一期间请拨打',
      '十一期间热线',
      '一一解答',
    ];
    const [item, errors] = await faq(labels.map((l) => `[${l}](tel:+18005550100)`).join(' '));
    expect(links(item)).to.deep.equal(labels.map((l) => `${l} -> tel:+18005550100`));
    expect(errors).to.deep.equal([]);
  });

  it('refuses a link whose text holds digits that are not the number dialled, however few', async () => {
    for (const label of ['Call 24/7', 'Press 9', 'Call ٩٩٩']) {
      const [item, errors] = await faq(`[${label}](tel:+18005550100)`);
      expect(links(item), label).to.deep.equal([]);
      expect(errors, label).to.have.length(1);
    }
  });

  it('keeps a link whose text has no number at all, or is the number dialled', async () => {
    const [item, errors] = await faq(
      '[Call us](tel:+18005550100), [Call someone now](tel:+18005550100), [一键拨打客服](tel:+18005550100), [اتصل بنا](tel:+18005550100), [+1 800 555 0100](tel:+18005550100).',
    );
    expect(links(item)).to.deep.equal([
      'Call us -> tel:+18005550100',
      'Call someone now -> tel:+18005550100',
      '一键拨打客服 -> tel:+18005550100',
      'اتصل بنا -> tel:+18005550100',
      '+1 800 555 0100 -> tel:+18005550100',
    ]);
    expect(errors).to.deep.equal([]);
    await expect(item).to.be.accessible();
  });
});

describe('a URL whose host has a full stop lookalike is refused', () => {
  const LOOKALIKES = ['https://ok.example\u3002evil.example', 'https://ok.example\uff0eevil.example', 'https://ok.example\uff61evil.example/contact'];

  it('as the hotline verify-url: the notice shows without the link, one error names the element and the field', async () => {
    for (const url of LOOKALIKES) {
      const errors = capture('error');
      let el: SupportHotline;
      try {
        el = await fixture<SupportHotline>(html`<support-hotline lang="en" number="+18005550100" verify-url=${url}></support-hotline>`);
      } finally {
        errors.restore();
      }
      // Strings, not elements, in assertions: a failing one must report, not serialise a node.
      expect(!!el.shadowRoot!.querySelector('[part=notice]'), url).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part=notice] a')?.getAttribute('href') ?? null, url).to.equal(null);
      expect(errors.calls, url).to.have.length(1);
      expect(errors.calls[0], url).to.match(/^<support-hotline> verify-url: /);
      await expect(el).to.be.accessible();
    }
  });

  it('as a hotline line chat link and a FAQ answer link', async () => {
    for (const url of LOOKALIKES) {
      const [item, errors] = await faq(`See [our page](${url}) or [mail us](mailto:help@ok.example\u3002evil.example).`);
      expect(links(item), url).to.deep.equal([]);
      expect(errors, url).to.have.length(2);
      for (const e of errors) expect(e).to.match(/^<support-faq> items\[0\]\.answer: /);

      const hotErrors = capture('error');
      let el: SupportHotline;
      try {
        el = await fixture<SupportHotline>(
          html`<support-hotline lang="en" .lines=${[{ number: '+18005550100', label: 'Support', contacts: [{ type: 'chat', value: url }] }]}></support-hotline>`,
        );
      } finally {
        hotErrors.restore();
      }
      expect([...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')).filter((h) => /evil/.test(h!))).to.deep.equal([]);
    }
  });

  it('keeps the characters in a path or query, and an ordinary host', async () => {
    const [item, errors] = await faq('[帮助](https://ok.example/搜索?q=退款。) [Contact](https://ok.example/contact)');
    expect(links(item)).to.deep.equal(['帮助 -> https://ok.example/搜索?q=退款。', 'Contact -> https://ok.example/contact']);
    expect(errors).to.deep.equal([]);
  });
});
