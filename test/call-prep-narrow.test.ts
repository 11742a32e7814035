// Outside check c24-3: the call form's time zone list takes every IANA zone once focused, and the select grew to its
// longest name ("America/Argentina/ComodRivadavia"): 307 px in a 220 px form, so a 320 px page scrolled sideways
// (WCAG 1.4.10 Reflow).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/call-prep.js';
import type { SupportCallPrep } from '../src/call-prep.js';

describe('<support-call-prep> in a narrow column', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('keeps the time zone list, with every zone in it, inside a 220 px form', async () => {
    if (/Chrome\/|Firefox\//.test(navigator.userAgent)) await setViewport({ width: 320, height: 640 });
    const box = await fixture<HTMLDivElement>(html`<div style="width: 220px"><support-call-prep no-persist></support-call-prep></div>`);
    const el = box.firstElementChild as SupportCallPrep;
    await el.updateComplete;
    const topic = el.shadowRoot!.querySelector<HTMLSelectElement>('[name=topic]')!;
    topic.value = 'payment';
    topic.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await el.updateComplete;
    const zone = el.shadowRoot!.querySelector<HTMLSelectElement>('[name=whenZone]')!;
    zone.focus();
    zone.dispatchEvent(new FocusEvent('focus'));
    await el.updateComplete;
    expect(zone.options.length, 'every zone offered').to.be.above(100);
    const form = el.getBoundingClientRect();
    const select = zone.getBoundingClientRect();
    expect(select.right, `select ${select.left}-${select.right} in ${form.left}-${form.right}`).to.be.at.most(form.right + 0.5);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });
});
