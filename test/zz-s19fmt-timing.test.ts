import { fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SupportFaq } from '../src/index.js';

it('timing', async function () {
  this.timeout(120_000);
  const unit = 'See **your order** and [the refund policy](https://example.com/refunds), or [this](javascript:alert%281%29). ';
  const cases: Record<string, string> = {
    mixed: unit.repeat(Math.ceil(1_000_000 / unit.length)),
    boldA: '**a'.repeat(40_000),
    brackets: '['.repeat(1 << 20),
    stars: '*'.repeat(1 << 20),
    starA: '*a'.repeat(1 << 19),
    underA: '_a_ '.repeat(1 << 18),
    ticks: '`a'.repeat(1 << 19),
    ol: '1. \n'.repeat(1 << 18),
    olA: '1. a\n'.repeat(1 << 18),
  };
  const orig = console.error;
  console.error = () => {};
  for (const [name, answer] of Object.entries(cases)) {
    const t: number[] = [];
    for (let r = 0; r < 2; r++) {
      const el = await fixture<SupportFaq>(html`<support-faq></support-faq>`);
      const start = performance.now();
      el.items = [{ question: 'Q?', answer }];
      await el.updateComplete;
      t.push(Math.round(performance.now() - start));
      el.remove();
    }
    console.log(name, t.join(' '));
  }
  console.error = orig;
});
