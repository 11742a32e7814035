// Punctuation around translated strings comes from each language's strings (issue 20, outside check C20-3): a
// label and its value are joined with the language's colon (`：` in Japanese and Chinese, ` :` in French), the
// announced error list with its full stop (`。`), and a label that is a question takes no colon ("?:" in no language).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportCallPrep, SupportDisputeChecklist } from '../src/index.js';
import { $, shadowText, uniqueKey } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');

async function callPrep(lang: string): Promise<SupportCallPrep> {
  const el = await fixture<SupportCallPrep>(html`<support-call-prep lang=${lang} storage-key=${uniqueKey('punct')} .now=${NOW}></support-call-prep>`);
  await waitUntil(() => $(el, '[part="submit"]') && el.getAttribute('lang') === lang && $(el, '[part=base]')?.getAttribute('lang') === lang, `${lang} loaded`, {
    timeout: 3000,
  });
  return el;
}
async function set(el: SupportCallPrep, name: string, value: string): Promise<void> {
  const control = $<HTMLTextAreaElement>(el, `[name="${name}"]`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function submit(el: SupportCallPrep): Promise<void> {
  $<HTMLButtonElement>(el, '[part="submit"]').click();
  await waitUntil(() => el.shadowRoot!.querySelector('[part="errors"] button'), 'the error list shows');
  await waitUntil(() => $(el, '[role="status"]').textContent, 'the errors are announced');
}
const errorLinks = (el: SupportCallPrep): string[] => [...el.shadowRoot!.querySelectorAll('[part="errors"] button')].map((b) => b.textContent!);

describe('punctuation around translated strings', () => {
  it('lists and announces the errors of an empty call form in Japanese with Japanese punctuation', async () => {
    const el = await callPrep('ja');
    await submit(el);
    expect(errorLinks(el)).to.deep.equal(['お問い合わせ内容：必須項目です', 'メールアドレスまたはアカウントID：必須項目です', '発生した問題：必須項目です']);
    expect($(el, '[role="status"]').textContent).to.equal(
      '次の項目を修正してください：お問い合わせ内容：必須項目です。メールアドレスまたはアカウントID：必須項目です。発生した問題：必須項目です',
    );
  });

  it('writes the French colon with a space before it in the error list', async () => {
    const el = await callPrep('fr');
    await submit(el);
    expect(errorLinks(el)[0]).to.equal('Sujet\u00a0: Obligatoire');
  });

  it('announces a warning under a German question label without "?:"', async () => {
    const el = await callPrep('de');
    await set(el, 'what', 'Mein Bestätigungscode ist 845120');
    await waitUntil(() => $(el, '[role="status"]').textContent!.startsWith('Was ist passiert?'), 'the warning is announced with its field');
    expect($(el, '[role="status"]').textContent).not.to.contain('?:');
    expect($(el, '[role="status"]').textContent).to.match(/^Was ist passiert\? \S/);
  });

  it('shows and exports the charge date of a Japanese dispute checklist with a fullwidth colon', async () => {
    const el = await fixture<SupportDisputeChecklist>(
      html`<support-dispute-checklist lang="ja" type="not-received" transaction-date="2026-08-18" merchant-name="NORTHWIND GADGETS" amount="89" currency="USD" .now=${NOW}></support-dispute-checklist>`,
    );
    await waitUntil(() => shadowText(el).includes('請求日'), 'Japanese loaded', { timeout: 3000 });
    const charge = [...el.shadowRoot!.querySelectorAll('[part=charge] li, [part=charge] p')].map((l) => l.textContent!.trim());
    expect(charge).to.include('請求日：2026年8月18日');
    expect(el.exportText()).to.contain('\n請求日：2026年8月18日\n');
    expect(el.exportText()).not.to.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]: /u);
  });
});
