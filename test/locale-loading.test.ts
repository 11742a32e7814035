import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import '../src/center.js';
import type { SupportCenter, SupportFaq, SupportHotline } from '../src/index.js';
import { $, text } from './helpers.js';

/** The language files (`<name>.<tag>`) this page has fetched so far. */
const fetched = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => /\/components\/[a-z-]+\/([a-z-]+\.(?:ar|zh-CN))\.[jt]s/.exec(e.name)?.[1])
    .filter((f): f is string => !!f);

describe('language files loaded on demand, one per element', () => {
  it('an element loads only its own strings in its language, and renders no English before them', async () => {
    const el = document.createElement('support-faq') as SupportFaq;
    el.lang = 'ar';
    el.searchable = true;
    el.items = [{ id: 'a', question: 'سؤال', answer: 'جواب' }];
    const seen: string[] = [];
    // Every label the element ever shows, from its first render on.
    const record = (): void => void (el.shadowRoot?.querySelector('label') && seen.push(text($(el, 'label'))));
    const observer = new MutationObserver(record);
    document.body.append(el);
    observer.observe(el.shadowRoot ?? el, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => el.shadowRoot?.querySelector('label'));
    record();
    observer.disconnect();
    expect(
      seen.every((label) => label === 'ابحث في الأسئلة'),
      seen.join(' | '),
    ).to.equal(true);
    expect(fetched()).to.deep.equal(['faq.ar']);
    el.remove();
  });

  it('the center loads the files of the sections it shows, each once', async () => {
    const el = await fixture<SupportCenter>(
      html`<support-center lang="zh-CN" .config=${{ sections: ['faq', 'hotline'], faq: { items: [{ question: '问题', answer: '答案' }] }, hotline: { lines: [] } }}></support-center>`,
    );
    await waitUntil(() => fetched().includes('hotline.zh-CN') && fetched().includes('faq.zh-CN') && fetched().includes('center.zh-CN'));
    await el.updateComplete;
    const chinese = fetched().filter((f) => f.endsWith('zh-CN'));
    expect(chinese.sort()).to.deep.equal(['center.zh-CN', 'faq.zh-CN', 'hotline.zh-CN']);
    const hotline = el.shadowRoot!.querySelector('support-hotline') as SupportHotline;
    await hotline.updateComplete;
    expect(hotline.shadowRoot!.textContent).to.match(/[\u4e00-\u9fff]/);
  });
});
