// Issue 13, red team round 9, R9-12: a Brazilian boleto's typed line (linha digitável) is ordinary payment text in
// pt-BR, and an agent needs it whole in a dispute about a boleto. Its last two fields (`6 83820000026000`) read as a
// 15-digit Maestro number (prefix 68, Luhn) and were masked. Typed where a user types it, read where it leaves.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportDisputeChecklist } from '../src/index.js';
import { redact } from '../src/index.js';
import { callPrepOutputs, storage, uniqueKey, writeNote } from './helpers.js';

const NOW = new Date('2026-11-24T12:00');
const BANK = '34191.79001 01043.510047 91020.150008 6 83820000026000';
const UTILITY = '83640000001-1 33120138000-2 81288462711-6 08013618155-1';

/** Every output of a call form whose description was typed and left, then submitted. */
const throughCallPrep = (what: string): Promise<string[]> => callPrepOutputs('boleto', NOW, what);

/** What a checklist note keeps and exports. */
async function throughNote(note: string): Promise<string[]> {
  const el = await fixture<SupportDisputeChecklist>(
    html`<support-dispute-checklist type="not-received" dispute-id=${uniqueKey('boleto')} storage-key="boleto" .now=${NOW}></support-dispute-checklist>`,
  );
  const input = await writeNote(el, 0, note);
  const outputs = [input.value, storage(), el.exportText(), JSON.stringify(el.exportJson())];
  el.remove();
  localStorage.clear();
  return outputs;
}

describe('a boleto line typed in Portuguese', () => {
  it('keeps a bank slip line whole in the call form and a checklist note', async () => {
    const typed = `Paguei o boleto ${BANK} e não compensou`;
    expect(redact(typed).text).to.equal(typed);
    for (const out of [...(await throughCallPrep(typed)), ...(await throughNote(typed))]) expect(out).to.include(BANK.slice(-16));
  });

  it('keeps a bank slip line written without the dots, and a utility bill line (arrecadação, 4 × 12 digits)', () => {
    for (const typed of ['boleto 3419179001 01043510047 91020150008 6 83820000026000', `conta de luz ${UTILITY} paga`])
      expect(redact(typed).text, typed).to.equal(typed);
  });

  it('still masks a card number written after a boleto line, in the call form and a note', async () => {
    const typed = `boleto ${BANK} cartão 4111 1111 1111 1111`;
    expect(redact(typed).text).to.equal(`boleto ${BANK} cartão •••• 1111`);
    for (const out of [...(await throughCallPrep(typed)), ...(await throughNote(typed))]) {
      expect(out).to.include(BANK.slice(-16));
      expect(out).not.to.include('4111 1111 1111 1111');
    }
  });

  it('still masks a card-shaped tail when the line’s check digits do not hold, or when it stands alone', () => {
    // One check digit changed (…150009): not a boleto line, so its last fields are read as they were.
    expect(redact('boleto 34191.79001 01043.510047 91020.150009 6 83820000026000').text).to.include('•••• 6000');
    expect(redact('cartão 6 83820000026000').text).to.equal('cartão •••• 6000');
  });
});
