import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

/**
 * The tests type through `sendKeys({ type })` in every engine; a harness that loses keys would let a typing
 * test pass on input nobody typed. WebKitWebDriver drops a key pressed while the same key is still held (as
 * webdriverio's `keys()` sends them: every key down, then every key up), so repeated characters and every space
 * after the first went missing; scripts/engines.js types each character as its own down and up. This file runs
 * in all three engines and checks that what is typed arrives whole.
 */
describe('Typing through the test harness (every engine)', () => {
  const typed = [
    // The phrase WebKit once received as "Card paymentfailedtwice5010".
    'Card payment failed twice 555 0100',
    // What the typing tests in the engine passes type.
    'card 4111 1111 1111 1111',
    'I moved and need a new address',
    'Online banking PDF',
    'ana@example.com',
    'CAFE',
    // Doubled spaces, accents, Arabic-Indic digits, Chinese.
    'aa  bb',
    'Café Ç ٤١١١ 退款',
  ];
  for (const text of typed) {
    it(`an input and a textarea receive "${text}" whole`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div><input aria-label="Input" /><textarea aria-label="Text area"></textarea></div>`);
      const input = box.querySelector('input')!;
      const area = box.querySelector('textarea')!;
      input.focus();
      await sendKeys({ type: text });
      area.focus();
      await sendKeys({ type: text });
      expect([input.value, area.value]).to.deep.equal([text, text]);
    });
  }
});
