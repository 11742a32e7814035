// Issue 13, red team round 9, R9-15: a merchant writes the hotline's display number with the international prefix
// `00` instead of `+` (`0044 20 7946 0000`, as UK and European pages do): it is the same number, so it is shown as
// written, and the tel: link still dials the E.164 number. When a display is refused, the dialled number shown in
// its place is grouped as the country writes it (`+44 20 7946 0000`, not `+44 207 946 0000`).
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportHotline } from '../src/index.js';
import { capture, text } from './helpers.js';

const NOW = new Date('2026-11-24T12:00:00Z');

/** A hotline as a merchant writes it, with the number shown and dialled, and the console errors it logged. */
async function hotline(number: string, display: string): Promise<{ shown: string; href: string | null; errors: unknown[] }> {
  const errors = capture('error');
  try {
    const el = await fixture<SupportHotline>(
      html`<support-hotline lang="en" number=${number} display-number=${display} hours="24/7" timezone="Europe/London" .now=${NOW}></support-hotline>`,
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=number]')!;
    return { shown: text(link), href: link.getAttribute('href'), errors: [...errors.calls] };
  } finally {
    errors.restore();
  }
}

describe('<support-hotline>: a display number written with 00 for +', () => {
  it('shows "0044 20 7946 0000" as written for +442079460000, without an error, and dials the E.164 number', async () => {
    for (const display of ['0044 20 7946 0000', '0044 (0)20 7946 0000', '00 44 20 7946 0000']) {
      const { shown, href, errors } = await hotline('+442079460000', display);
      expect([shown, href, errors], display).to.deep.equal([display, 'tel:+442079460000', []]);
    }
  });

  it('refuses a 00 display that is another number, and shows the dialled one grouped as in the UK', async () => {
    const { shown, errors } = await hotline('+442079460000', '0044 20 7946 0001');
    expect(shown).to.equal('+44 20 7946 0000');
    expect(errors).to.deep.equal([
      '<support-hotline> display-number: "0044 20 7946 0001" is not the number dialled (+442079460000); +44 20 7946 0000 is shown instead.',
    ]);
  });

  it('groups the UK numbers it shows in place of a refused display as Ofcom writes them', async () => {
    const cases: [string, string][] = [
      ['+442079460000', '+44 20 7946 0000'],
      ['+442920018000', '+44 29 2001 8000'],
      ['+441134960000', '+44 113 496 0000'],
      ['+441614960000', '+44 161 496 0000'],
      ['+441632960000', '+44 1632 960000'],
      ['+447700900123', '+44 7700 900123'],
      ['+443001234567', '+44 300 123 4567'],
      ['+448001234567', '+44 800 123 4567'],
      // Other countries as before.
      ['+18005550100', '+1 800 555 0100'],
    ];
    for (const [number, formatted] of cases) expect((await hotline(number, '+99 1')).shown, number).to.equal(formatted);
  });
});
