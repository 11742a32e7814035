// The last day to file is said as such in every shipped language (issue 20, outside check C20-6): "Today is the
// last day to file.", never "0 days left" (ru "Осталось 0 дней", ja "残り0日"), which is a string worded around a number.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SupportDisputeChecklist } from '../src/index.js';
import { $, $$ } from './helpers.js';

const languages = (await (await fetch('/__languages')).json()) as { tag: string }[];
const NOW = new Date('2026-11-20T12:00');

/** The deadline's lines, in language `lang`, on the last day to file. */
async function lastDay(lang: string): Promise<string[]> {
  const el = await fixture<SupportDisputeChecklist>(
    html`<support-dispute-checklist lang=${lang} regime="custom" type="other" transaction-date="2026-11-10" window-days="10" .now=${NOW}></support-dispute-checklist>`,
  );
  await waitUntil(() => $(el, '[part=base]')?.getAttribute('lang') === lang && $(el, '[part=deadline] li'), `${lang} loaded`, { timeout: 3000 });
  expect(el.deadline?.date, lang).to.equal('2026-11-20');
  return $$(el, '[part=deadline] li').map((li) => li.textContent!.trim());
}

describe('<support-dispute-checklist> on the last day to file', () => {
  it('says in English that today is the last day', async () => {
    expect((await lastDay('en'))[1]).to.equal('Today is the last day to file.');
  });

  it('says it in every shipped language, with no count of days left', async () => {
    for (const { tag } of languages) {
      const [due, today] = await lastDay(tag);
      expect(due, tag).to.match(/[0-9٠-٩]/);
      // The first line has the date; the second says it is the last day, with no "0".
      expect(today, `${tag}: ${today}`).not.to.match(/[0-9٠-٩]/);
    }
  });

  it('never writes two full stops when a date ends in one (Russian "5 декабря 2026 г."), past the last day too', async () => {
    for (const { tag } of languages) {
      const el = await fixture<SupportDisputeChecklist>(
        html`<support-dispute-checklist lang=${tag} regime="custom" type="other" transaction-date="2026-10-01" window-days="10" .now=${NOW}></support-dispute-checklist>`,
      );
      await waitUntil(() => $(el, '[part=base]')?.getAttribute('lang') === tag && $(el, '[part=deadline] li'), `${tag} loaded`, { timeout: 3000 });
      const text = $(el, '[part=deadline]')!.textContent!;
      expect(text, tag).not.to.match(/[^.]\.\.(?!\.)/);
    }
  });
});
