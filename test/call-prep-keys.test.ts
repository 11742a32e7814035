import { expect } from '@open-wc/testing';
import { callPrep as en } from '../src/components/call-prep/call-prep.en.js';
import { FIELDS, NOTES, READY, TOPICS, isKey, type BuiltInTopic } from '../src/components/call-prep/call-prep.fields.js';

// The string keys call-prep builds from ids are checked by the compiler (the typecheck step fails on a line
// below, or in test/string-keys.typecheck.ts, that compiles when it should not); these tests run what the
// compiler let through.
describe('<support-call-prep> keys built from ids', () => {
  it("finds a built-in field's strings, and none for a merchant's field", () => {
    const id = 'txn';
    const key = `${id}H` as const;
    expect(isKey(key) && en[key]).to.equal('On the receipt or in your activity.');
    expect(en[`${id}L`]).to.equal('Transaction ID');
    expect(isKey(`status_${'locked'}`)).to.equal(true);
    expect(isKey(`status_${'frozen'}`)).to.equal(false);
    // @ts-expect-error a merchant's field id builds no key (only the built-in fields' strings are looked up)
    isKey(`${'refund-ref'}H`);
    // @ts-expect-error a key of another shape cannot be looked up (a typo in the template: `{id}Hint`)
    isKey(`${id}Hint`);
  });

  it('has a string for each option a built-in choice field lists, and for no other option', () => {
    const listed = FIELDS.filter((f) => f.type === 'select' || f.type === 'checks').flatMap((f) =>
      (f.id === 'topic' ? TOPICS : f.options!).map((o) => `${f.id}_${o}`),
    );
    const ids = [...FIELDS, ...NOTES].map((f) => f.id);
    expect(Object.keys(en).filter((k) => ids.includes(k.split('_')[0]) && k.includes('_'))).to.deep.equal(listed);
    // A merchant's own option on a built-in field, or a currency, is shown as given.
    expect([isKey('status_frozen'), isKey('amount_USD')]).to.deep.equal([false, false]);
  });

  it('every built-in topic has its label and its list to have ready, one string per item, checked whole by the compiler', () => {
    const ready = (t: BuiltInTopic): string[] => READY[t].map((k) => en[k]);
    const label = (t: BuiltInTopic): string => en[`topic_${t}`];
    // @ts-expect-error no topic has a `done_…` string
    const none = (t: BuiltInTopic): string => en[`done_${t}`];
    expect(TOPICS.map((t) => [label(t), ready(t).length])).to.deep.equal([
      ['Change account details', 2],
      ['Failed payment', 2],
      ['Security concern', 2],
      ['Dispute a transaction', 2],
      ['Payment methods', 1],
      ['Something else', 1],
    ]);
    // No item holds a list: the `|` of the old one-string-per-topic keys is gone.
    expect(
      Object.values(READY)
        .flat()
        .filter((k) => en[k].includes('|')),
    ).to.deep.equal([]);
    expect(none).to.be.a('function');
  });
});
