// Issue 20: the fifteen new languages' secret words are not in the core bundle. They load with the language's first
// file (src/internal/secret-words.<tag>.ts, the `secrets` loader of the list in src/internal/locale.ts): a page
// showing an element in Japanese masks Japanese code words in every element, whatever their language; before any
// Japanese element, only the card rules and the core's English, Chinese and Arabic words apply (docs/security.md).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep } from '../src/index.js';
import { redact } from '../src/internal/sensitive.js';
import { typeInto, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');
const JA = '暗証番号は4321です';
const KO = '인증번호는 482913입니다';

describe('secret words of a language load with the language', () => {
  it('masks Japanese code words once an element shows Japanese, in an English element too; Korean stays unloaded', async () => {
    // Before: no element in Japanese or Korean on the page.
    expect(redact(JA).text).to.equal(JA);
    expect(redact(KO).text).to.equal(KO);
    const ja = await fixture<SupportCallPrep>(html`<support-call-prep lang="ja" .now=${NOW}></support-call-prep>`);
    // The element renders in Japanese only once its strings and the language's secret words are there.
    await waitUntil(() => ja.shadowRoot!.textContent!.includes('電話'), 'Japanese shown');
    expect(redact(JA).text).to.equal('暗証番号は••••••です');
    // Korean: no Korean element, so its words have not loaded.
    expect(redact(KO).text).to.equal(KO);
    // An English call form on the same page: what is typed in Japanese is masked before it is stored.
    const key = uniqueKey('lazy-secrets');
    const en = await fixture<SupportCallPrep>(html`<support-call-prep lang="en" storage-key=${key} .now=${NOW}></support-call-prep>`);
    await typeInto(en, 'what', `My bank said ${JA}`);
    en.shadowRoot!.querySelector('[name="what"]')!.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const stored = (): string =>
      Object.keys(localStorage)
        .filter((k) => k.includes(key))
        .map((k) => localStorage.getItem(k))
        .join('\n');
    await waitUntil(() => stored().includes('暗証番号'), 'the draft is saved');
    expect(stored()).not.to.include('4321');
  });
});
