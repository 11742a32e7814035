// Dates and numbers inside a Japanese or Chinese sentence sit between its characters with no ASCII space
// (outside check c20b-5: `期限は 2026年12月5日 に過ぎています。`): Intl writes the date itself without spaces
// (2026年12月5日), and JLREQ (W3C, Requirements for Japanese Text Layout, 3.2.3) and clreq (W3C, Requirements for
// Chinese Text Layout, 3.2.4) leave the gap between Han and Western characters to the typesetter, not to a
// space character. Korean separates words with spaces and Thai puts spaces around numbers: those stay.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportDisputeChecklist, SupportFaq, SupportHotline } from '../src/index.js';
import { $ } from './helpers.js';

// Sunday 6 December 2026, noon in Berlin.
const NOW = new Date('2026-12-06T11:00:00Z');
/** An ASCII space between a CJK character and a digit, either way round. */
const SPACED = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff60] \d|\d [\u3040-\u30ff\u3400-\u9fff\uff01-\uff60]/u;

async function checklist(lang: string, transactionDate: string): Promise<string> {
  const el = await fixture<SupportDisputeChecklist>(
    html`<support-dispute-checklist lang=${lang} type="other" regime="custom" window-days="10" transaction-date=${transactionDate} .now=${NOW}></support-dispute-checklist>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part=base]')?.getAttribute('lang') === lang, `${lang} loaded`, { timeout: 3000 });
  await el.updateComplete;
  return [...el.shadowRoot!.querySelectorAll('[part=deadline], #req')].map((n) => n.textContent!.replace(/\s+/g, ' ').trim()).join(' | ');
}

describe('dates and numbers in Japanese and Chinese sentences', () => {
  const expected: Record<string, [string, string]> = {
    ja: ['期限は2026年12月5日に過ぎています。', '残り5日です。'],
    'zh-CN': ['申诉期限已于2026年12月5日截止', '还剩5天，请尽快申诉。'],
    'zh-Hant': ['申請期限已於2026年12月5日截止', '還剩5天，請盡快提出申請。'],
  };
  for (const [lang, [passed, left]] of Object.entries(expected)) {
    it(`the dispute checklist's deadline reads "${passed}" and "${left}" with no ASCII space (${lang})`, async () => {
      const past = await checklist(lang, '2026-11-25');
      expect(past).to.include(passed);
      const soon = await checklist(lang, '2026-12-01');
      expect(soon).to.include(left);
      expect(`${past} | ${soon}`).to.not.match(SPACED);
    });
  }

  it('keeps the spaces Korean and Thai put there', async () => {
    expect(await checklist('ko', '2026-12-01')).to.include('5일 남았습니다.');
    expect(await checklist('th', '2026-12-01')).to.include('เหลืออีก 5 วัน');
    expect(await checklist('th', '2026-11-25')).to.include('หมดเขตยื่นเรื่องแล้วเมื่อ 5 ');
  });

  it('the FAQ announces its result count, and the hotline its hours left, with no ASCII space (ja, zh-CN, zh-Hant)', async () => {
    const counts: Record<string, string> = { ja: '検索結果：2件', 'zh-CN': '共2条结果', 'zh-Hant': '共2筆結果' };
    for (const [lang, count] of Object.entries(counts)) {
      const faq = await fixture<SupportFaq>(
        html`<support-faq lang=${lang} searchable .items=${[
          { question: 'Refund', answer: 'Five days.' },
          { question: 'Refund fees', answer: 'None.' },
        ]}></support-faq>`,
      );
      const input = faq.shadowRoot!.querySelector('input')!;
      await waitUntil(() => faq.shadowRoot!.querySelector(`[lang="${lang}"]`), `${lang} loaded`, { timeout: 3000 });
      input.value = 'refund';
      setTimeout(() => input.dispatchEvent(new Event('input')));
      await oneEvent(faq, 'support-faq-search');
      await waitUntil(() => faq.shadowRoot!.querySelector('[role=status]')!.textContent!.trim(), 'the count announced');
      expect(faq.shadowRoot!.querySelector('[role=status]')!.textContent!.trim(), `${lang} FAQ`).to.equal(count);
      const hotline = await fixture<SupportHotline>(
        html`<support-hotline lang=${lang} .now=${NOW} .lines=${[{ number: '+18005550100', hours: 'Mo-Su 00:00-23:59', timezone: 'Europe/Berlin' }]}></support-hotline>`,
      );
      await waitUntil(() => $(hotline, '[part=base]')?.getAttribute('lang') === lang, `${lang} loaded`, { timeout: 3000 });
      const status = $(hotline, '[part=status]').textContent!.replace(/\s+/g, ' ');
      expect(status, `${lang} hotline`).to.match(/\d(時間|小时|小時)\d/u);
      expect(status, `${lang} hotline`).to.not.match(SPACED);
    }
  });

  // Outside check c22-1: numbers written into the strings (`付款后 180 天内`) and the space the hotline put after
  // its day word in every language (`明日 9:00に受付開始`).
  for (const [lang, rule] of Object.entries({ 'zh-CN': '付款后180天内', 'zh-Hant': '付款後180天內' })) {
    it(`a PayPal checklist's rule reads "${rule}" with no ASCII space (${lang})`, async () => {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist lang=${lang} type="not-received" regime="paypal" transaction-date="2026-06-14" .now=${NOW}></support-dispute-checklist>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part=base]')?.getAttribute('lang') === lang, `${lang} loaded`, { timeout: 3000 });
      await el.updateComplete;
      const line = /PayPal：[^。]*。/u.exec(el.shadowRoot!.textContent!)?.[0] ?? '';
      expect(line).to.include(rule);
      expect(line).to.not.match(SPACED);
    });
  }

  it('a closed hotline says when it opens with the day word against the time in ja and zh, spaced in en and ko', async () => {
    // Sunday noon in Berlin: a weekday line opens on Monday, "tomorrow" (its time as Intl writes it: `9:00 JST`, `GMT+1 09:00`, `上午9:00`).
    const expected: Record<string, RegExp> = { ja: /明日[^\s]/u, 'zh-CN': /明天[^\s]/u, 'zh-Hant': /明天[^\s]/u, en: /tomorrow \S/, ko: /내일 \S/u };
    for (const [lang, opens] of Object.entries(expected)) {
      const hotline = await fixture<SupportHotline>(
        html`<support-hotline lang=${lang} .now=${NOW} .lines=${[{ number: '+18005550100', hours: 'Mo-Fr 09:00-17:00', timezone: 'Europe/Berlin' }]}></support-hotline>`,
      );
      await waitUntil(() => $(hotline, '[part=base]')?.getAttribute('lang') === lang, `${lang} loaded`, { timeout: 3000 });
      const status = $(hotline, '[part=status]').textContent!.replace(/\s+/g, ' ');
      expect(status, `${lang} hotline`).to.match(opens);
    }
  });
});
