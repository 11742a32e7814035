// Issue 13, the outside red team's eleventh round, its false positives (R11-9: /work/rt/r11/FINDINGS.md). A bank
// statement line, a reference with its date, a phone number and the time it was called: each is typed where a user
// types it, into <support-call-prep> and into a <support-dispute-checklist> note, and must leave every sink as
// typed (drafts in localStorage, events, the POST body, summaryText(), the checklist's exports). Beside each, the
// card numbers in the same shapes (with an expiry, a date or a time after them, in split groups) stay masked.
import '../src/index.js';
import { expectEverywhere, expectRedacted } from './helpers.js';

const NOW = new Date('2026-12-06T12:00');
beforeEach(() => localStorage.clear());
afterEach(() => localStorage.clear());

describe('Round 12: a statement line, a reference with its date, a number and the time it was called (R11-9)', () => {
  it('keeps statement lines without a year, a reference before its date and a phone number before a time, everywhere', async function () {
    this.timeout(120_000);
    await expectEverywhere('r12', NOW, [
      ['09/09 660.69 15/07 526.61', '09/09 660.69 15/07 526.61'],
      ['ref 50668375 25/07/2026', 'ref 50668375 25/07/2026'],
      ['called 616 610 5991 at 21:46, nobody answered', 'called 616 610 5991 at 21:46, nobody answered'],
      ['6370 5617 02/01/26', '6370 5617 02/01/26'],
      // A card number right before a date or a time is still masked, and ends where the date begins.
      ['card 6759 6498 2643 8453 at 10:30', 'card •••• 8453 at 10:30'],
      ['4111 1111 1111 1111 25/07/2026', '•••• 1111 25/07/2026'],
    ]);
  });

  it('keeps the red team’s other generated statement, reference and call lines', () => {
    expectRedacted(
      [],
      [
        '17/06 502.43 01/12 339.92',
        '14/05 630.66 09/09 619.42',
        '22/01 390.23 26/11 796.64',
        '25.07 645,37 13.08 778,63',
        'ref 60449348 10/01/2026',
        'ref 67438452 14/09/2026',
        'ref 56627434 2026-02-03',
        'called 611 909 7905 at 23:59',
        'called 665 706 9943 08:12:30',
        '6423 3073 25/11/26',
        '3972 8480 24.02.26',
      ],
    );
  });

  it('still masks card numbers next to dates, times and amounts, with their expiry and CVV, and in split groups', () => {
    expectRedacted([
      ['25/07/2026 4111 1111 1111 1111', '25/07/2026 •••• 1111'],
      ['4111111111111111 21:46', '•••• 1111 21:46'],
      ['6759649826438453 12/27 123', '•••• 8453 12/27 ••••••'],
      ['5555 5555 5555 4444 12/27 123', '•••• 4444 12/27 ••••••'],
      ['4111 1111 1111 1112 exp 12/27', '•••• exp 12/27'],
      ['my card 5555 5555 5555 4445 on 25/07/2026', 'my card •••• on 25/07/2026'],
      ['09/09 660.69 card 4539 1488 0343 6467', '09/09 660.69 card •••• 6467'],
      ['4539 1488 then 0343 6467 at 21:46', '•••• 6467 at 21:46'],
      ['41111111 and then 11111111 on 25/07/2026', '•••• 1111 on 25/07/2026'],
      ['4111.1111.1111.1111', '•••• 1111'],
      ['4111/1111/1111/1111', '•••• 1111'],
      ['4111-11-11-2011-1003', '•••• 1003'],
    ]);
  });
});
