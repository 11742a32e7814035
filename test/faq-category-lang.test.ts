// A data item's category per language (issue 20, outside check C20-7): the chips are in the reader's language,
// as the questions are, and filter as before.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportFaq } from '../src/index.js';
import { $$ } from './helpers.js';

const ITEMS = [
  {
    id: 'a',
    question: { en: 'How do I change my email?', ja: 'メールアドレスを変更するには？' },
    answer: { en: 'In Settings.', ja: '設定から変更できます。' },
    category: { en: 'Account', ja: 'アカウント' },
  },
  {
    id: 'p',
    question: { en: 'Why did my payment fail?', ja: '支払いが失敗したのはなぜですか？' },
    answer: { en: 'Check your card.', ja: 'カードをご確認ください。' },
    category: { en: 'Payments', ja: '支払い' },
  },
  { id: 'q', question: 'Is there a fee?', answer: 'No.', category: { en: 'Payments', ja: '支払い' } },
];
const chips = (el: SupportFaq): string[] => $$(el, '[part=chip]').map((c) => c.textContent!.trim());

describe('<support-faq> categories per language', () => {
  it("shows the chips in the reader's language and filters by them", async () => {
    const el = await fixture<SupportFaq>(html`<support-faq lang="ja" default-lang="en" .items=${ITEMS}></support-faq>`);
    await waitUntil(() => chips(el).includes('アカウント'), `Japanese chips, not ${chips(el).join(', ')}`, { timeout: 3000 });
    expect(chips(el).slice(1)).to.deep.equal(['アカウント', '支払い']);
    $$(el, '[part=chip]')[2].click();
    await el.updateComplete;
    const shown = $$(el, '#data > support-faq-item')
      .filter((i) => !i.hidden)
      .map((i) => i.id);
    expect(shown).to.deep.equal(['p', 'q']);
    el.setAttribute('lang', 'en');
    await waitUntil(() => chips(el).includes('Account'), 'English chips after the language changes', { timeout: 3000 });
    expect(chips(el).slice(1)).to.deep.equal(['Account', 'Payments']);
  });

  it("shows a chip in the reader's language when the question itself falls back to English, and marks an English chip as English", async () => {
    const items = [
      { id: 'a', question: { en: 'How do I change my email?' }, answer: { en: 'In Settings.' }, category: { en: 'Account', de: 'Konto' } },
      { id: 'f', question: { en: 'Is there a fee?' }, answer: { en: 'No.' }, category: { en: 'Fees' } },
    ];
    const el = await fixture<SupportFaq>(html`<support-faq lang="de" default-lang="en" .items=${items}></support-faq>`);
    await waitUntil(() => chips(el).length === 3, `three chips, not ${chips(el).join(', ')}`, { timeout: 3000 });
    expect(chips(el).slice(1)).to.deep.equal(['Konto', 'Fees']);
    const chip = (name: string) => $$(el, '[part=chip]').find((c) => c.textContent!.trim() === name)!;
    expect(chip('Konto').closest('[lang]')!.getAttribute('lang')).to.match(/^de/);
    expect(chip('Fees').getAttribute('lang')).to.equal('en');
    chip('Konto').click();
    await el.updateComplete;
    expect(
      $$(el, '#data > support-faq-item')
        .filter((i) => !i.hidden)
        .map((i) => i.id),
    ).to.deep.equal(['a']);
  });

  it('reports a category with no usable language and keeps the item', async () => {
    const errors: string[] = [];
    const el = await fixture<SupportFaq>(
      html`<support-faq .reporter=${(path: string) => errors.push(path)} .items=${[{ id: 'x', question: 'Q?', answer: 'A.', category: { '!!': 'Bad' } }]}></support-faq>`,
    );
    await el.updateComplete;
    expect($$(el, '#data > support-faq-item').map((i) => i.id)).to.deep.equal(['x']);
    expect(chips(el)).to.deep.equal([]);
  });
});
