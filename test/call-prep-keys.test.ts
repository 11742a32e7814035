import { expect } from '@open-wc/testing';
import { callPrep as en } from '../src/components/call-prep/call-prep.en.js';
import { TOPICS, isKey, type BuiltInTopic } from '../src/components/call-prep/call-prep.fields.js';

// The string keys call-prep builds from ids are checked by the compiler (the typecheck step fails on a line
// below that compiles when it should not); these tests run what the compiler let through.
describe('<support-call-prep> keys built from ids', () => {
  it("finds a built-in field's strings, and none for a merchant's field", () => {
    const id: string = 'txn';
    const key = `${id}L` as const;
    expect(isKey(key) && en[key]).to.equal('Transaction ID');
    expect(isKey(`${'refund-ref'}L`)).to.equal(false);
    expect(isKey(`status_${'locked'}`)).to.equal(true);
    // @ts-expect-error a key of another shape cannot be looked up (a typo in the template: `{id}Label`)
    isKey(`${id}Label`);
  });

  it('every built-in topic has its label and its list to have ready, checked whole by the compiler', () => {
    const ready = (t: BuiltInTopic): string => en[`ready_${t}`];
    const label = (t: BuiltInTopic): string => en[`topic_${t}`];
    // @ts-expect-error no topic has a `done_…` string
    const none = (t: BuiltInTopic): string => en[`done_${t}`];
    expect(TOPICS.map((t) => [label(t), ready(t).split('|').length > 0])).to.have.length(6);
    expect(none).to.be.a('function');
  });
});
