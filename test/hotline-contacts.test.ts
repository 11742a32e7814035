import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hotline.js';
import type { HotlineContact, SupportHotline, SupportHotlineContactEvent } from '../src/hotline.js';
import { capture, fakeTime, nextFrame, shadow as root, text } from './helpers.js';

const NY = 'America/New_York';
const CONTACTS: HotlineContact[] = [
  { type: 'email', value: 'help@examplepay.example' },
  { type: 'chat', value: 'https://examplepay.example/chat', label: 'Live chat' },
  { type: 'whatsapp', value: '+1 (800) 555-0177' },
  { type: 'line', value: 'https://line.me/R/ti/p/@examplepay' },
  { type: 'wechat', value: 'ExamplePayCS' },
];

/** A line in New York hours with contacts, at `now` (Tuesday 24 November 2026 15:45 by default: open). */
function card(contacts: unknown, now = '2026-11-24T20:45:00Z', lang = 'en-GB'): Promise<SupportHotline> {
  return fixture<SupportHotline>(html`<support-hotline
    lang=${lang}
    .lines=${[{ label: 'Customer support', number: '+18005550100', hours: 'Mo-Fr 09:00-18:00', timezone: NY, contacts }]}
    .viewerTimeZone=${NY}
    .now=${new Date(now)}
  ></support-hotline>`);
}
const items = (el: SupportHotline): string[] => [...root(el).querySelectorAll('[part=contacts] li')].map((li) => text(li));
const links = (el: SupportHotline): string[] => [...root(el).querySelectorAll<HTMLAnchorElement>('a[part=contact]')].map((a) => a.getAttribute('href')!);
/** Stops a link from navigating the test page, as a merchant's listener may. */
const stay = (el: Element): void => el.addEventListener('support-hotline-contact', (e) => e.preventDefault());

describe('<support-hotline> other contacts', () => {
  it('lists each way to reach the team with a visible label, as safe links and a WeChat ID to copy', async () => {
    const el = await card(CONTACTS);
    const list = root(el).querySelector('[part=contacts]')!;
    expect(list.getAttribute('aria-label')).to.equal('Other ways to reach us');
    expect(items(el)).to.deep.equal(['Email help@examplepay.example', 'Live chat', 'WhatsApp +1 800 555 0177', 'LINE', 'WeChat: ExamplePayCS Copy ID']);
    expect(links(el)).to.deep.equal([
      'mailto:help@examplepay.example',
      'https://examplepay.example/chat',
      'https://wa.me/18005550177',
      'https://line.me/R/ti/p/@examplepay',
    ]);
    // The WeChat ID is text, never a link; its copy button is named with the ID.
    expect(root(el).querySelectorAll('a[part=contact]')).to.have.length(4);
    expect(root(el).querySelector('[part=contacts] button')!.getAttribute('aria-label')).to.equal('Copy ID ExamplePayCS');
    // The line is open: no "available now" note.
    expect(root(el).querySelector('[part=reach]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires a cancelable support-hotline-contact with no text in it, from the mouse and the keyboard', async () => {
    const el = await card(CONTACTS);
    stay(el);
    const email = root(el).querySelector<HTMLAnchorElement>('a[part=contact]')!;
    setTimeout(() => email.click());
    const event = (await oneEvent(el, 'support-hotline-contact')) as SupportHotlineContactEvent;
    expect(event.detail).to.deep.equal({ type: 'email', action: 'open', number: '+18005550100' });
    expect([event.bubbles, event.composed, event.cancelable, event.defaultPrevented]).to.deep.equal([true, true, true, true]);
    // Tab to WhatsApp and press Enter.
    root(el).querySelectorAll<HTMLAnchorElement>('a[part=contact]')[1].focus();
    const next = oneEvent(el, 'support-hotline-contact');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(((await next) as SupportHotlineContactEvent).detail).to.deep.equal({ type: 'whatsapp', action: 'open', number: '+18005550100' });
  });

  it('copies the WeChat ID, announces it and fires support-hotline-contact', async () => {
    let copied = '';
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void (copied = t) });
    try {
      const el = await card(CONTACTS, undefined, 'zh-CN');
      await el.updateComplete;
      const button = root(el).querySelector<HTMLButtonElement>('[part=contacts] button')!;
      expect(text(button)).to.equal('复制 ID');
      const event = oneEvent(el, 'support-hotline-contact');
      button.click();
      expect(((await event) as SupportHotlineContactEvent).detail).to.deep.equal({ type: 'wechat', action: 'copy', number: '+18005550100' });
      expect(copied).to.equal('ExamplePayCS');
      await el.updateComplete;
      await nextFrame();
      expect(text(button)).to.equal('已复制');
      expect(text(root(el).querySelector('[role=status]'))).to.equal('微信号已复制：ExamplePayCS');
    } finally {
      delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    }
  });

  it('says which contacts answer while the phone line is closed', async () => {
    const contacts = [
      { type: 'whatsapp', value: '+18005550177' },
      { type: 'chat', value: '/chat', label: 'Live chat', hours: 'Mo-Fr 08:00-20:00' },
      { type: 'email', value: 'help@examplepay.example' },
    ];
    // Tuesday 19:00: the phones closed at 18:00, the chat answers until 20:00.
    const evening = await card(contacts, '2026-11-25T00:00:00Z');
    expect(text(root(evening).querySelector('[part=reach]'))).to.equal('Available now: WhatsApp, Live chat and Email');
    await expect(evening).to.be.accessible();
    // Tuesday 21:00: the chat is closed too, and says so.
    const night = await card(contacts, '2026-11-25T02:00:00Z');
    expect(text(root(night).querySelector('[part=reach]'))).to.equal('Available now: WhatsApp and Email');
    expect(items(night)[1]).to.equal('Live chat (not available now)');
    await expect(night).to.be.accessible();
  });

  it('wakes when a contact opens or closes', async () => {
    // Friday 19:50 in New York: the phones open on Monday (no countdown yet), the chat closes at 20:00.
    const time = fakeTime('2026-11-28T00:50:00Z');
    try {
      const el = await fixture<SupportHotline>(
        html`<support-hotline number="+18005550100" hours="Mo-Fr 09:00-18:00" timezone=${NY} .viewerTimeZone=${NY}
          .contacts=${[{ type: 'chat', value: '/chat', hours: 'Mo-Fr 08:00-20:00' }]}></support-hotline>`,
      );
      expect([...time.pending.values()].map((t) => t.delay)).to.deep.equal([600_000]);
      expect(text(root(el).querySelector('[part=reach]'))).to.equal('Available now: Chat with us');
    } finally {
      time.restore();
    }
  });

  it('refuses what is not the kind of contact it says, naming each path, and renders the rest', async () => {
    const errors = capture();
    try {
      const el = await card([
        { type: 'email', value: 'help@examplepay.example?cc=all@evil.example' },
        { type: 'email', value: 'javascript:alert(1)//@x.example' },
        { type: 'chat', value: 'http://evil.example/chat' },
        { type: 'chat', value: 'https://examplepay.example@evil.example/' },
        { type: 'whatsapp', value: '+1-8OO-555-0177' },
        { type: 'line', value: 'https://line.me.evil.example/R/ti/p/@x' },
        { type: 'line', value: 'https://evil.example/line.me/' },
        { type: 'wechat', value: '<img src=x onerror=alert(1)>' },
        { type: 'fax', value: '+18005550100' },
        'help@examplepay.example',
        { type: 'email', value: 42 },
        { type: 'email', value: 'ok@examplepay.example', colour: 'red' },
        { type: 'chat', value: '/chat', hours: 'whenever' },
      ]);
      const expectedOf = (what: string, got: string): string => `expected ${what}, got ${got}.`;
      expect(errors.calls).to.deep.equal([
        `<support-hotline> lines[0].contacts[0].value: ${expectedOf('an email address', 'string "help@examplepay.example?cc=all@evil.exam…"')}`,
        `<support-hotline> lines[0].contacts[1].value: ${expectedOf('an email address', 'string "javascript:alert(1)//@x.example"')}`,
        `<support-hotline> lines[0].contacts[2].value: ${expectedOf('an https: URL or a link within this site', 'string "http://evil.example/chat"')}`,
        `<support-hotline> lines[0].contacts[3].value: ${expectedOf('an https: URL or a link within this site', 'string "https://…@evil.example/"' /* the part before @ is never printed: it may be a password */)}`,
        `<support-hotline> lines[0].contacts[4].value: ${expectedOf('an E.164 number like +18005550100', 'string "+1-8OO-555-0177"')}`,
        `<support-hotline> lines[0].contacts[5].value: ${expectedOf('an https://line.me/ URL', 'string "https://line.me.evil.example/R/ti/p/@x"')}`,
        `<support-hotline> lines[0].contacts[6].value: ${expectedOf('an https://line.me/ URL', 'string "https://evil.example/line.me/"')}`,
        `<support-hotline> lines[0].contacts[7].value: ${expectedOf('a WeChat ID or account name', 'string "<img src=x onerror=alert(1)>"')}`,
        `<support-hotline> lines[0].contacts[8].type: ${expectedOf('"email", "chat", "whatsapp", "line" or "wechat"', 'string "fax"')}`,
        `<support-hotline> lines[0].contacts[9]: ${expectedOf('an object', 'string "help@examplepay.example"')}`,
        `<support-hotline> lines[0].contacts[10].value: ${expectedOf('a string', 'number 42')}`,
        '<support-hotline> lines[0].contacts[11].colour: unknown key, ignored (known keys: type, value, label, hours).',
        `<support-hotline> lines[0].contacts[12].hours: expected hours like "Mo-Fr 09:00-18:00", got string "whenever": write days then times, like "Mo-Fr 09:00-18:00"; always available.`,
      ]);
      expect(links(el)).to.deep.equal(['mailto:ok@examplepay.example', '/chat']);
      expect(root(el).querySelector('[part=number]')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      errors.restore();
    }
  });

  it('a reporter that returns a value (as Array.prototype.push does) changes nothing: the unknown kind is left out, the line renders (C21x-1)', async () => {
    const reports: string[] = [];
    const el = await fixture<SupportHotline>(html`<support-hotline
      lang="en-GB"
      .reporter=${(path: string, problem: string) => reports.push(`${path}: ${problem}`)}
      .lines=${[
        {
          label: 'Customer support',
          number: '+18005550100',
          hours: 'Mo-Fr 09:00-18:00',
          timezone: NY,
          contacts: [{ type: 'sms', value: 'x' }, 'help@examplepay.example', { type: 'email', value: 'ok@examplepay.example' }],
        },
      ]}
      .viewerTimeZone=${NY}
      .now=${new Date('2026-11-24T20:45:00Z')}
    ></support-hotline>`);
    expect(reports).to.deep.equal([
      'lines[0].contacts[0].type: expected "email", "chat", "whatsapp", "line" or "wechat", got string "sms"',
      'lines[0].contacts[1]: expected an object, got string "help@examplepay.example"',
    ]);
    expect(items(el)).to.deep.equal(['Email ok@examplepay.example']);
    expect(text(root(el).querySelector('[part=number]')!)).to.contain('800');
  });

  it('removes bidirectional controls from labels and IDs', async () => {
    const el = await card([{ type: 'wechat', value: '\u202eSCyaPelpmaxE', label: '\u2067WeChat official account' }]);
    expect(items(el)).to.deep.equal(['WeChat official account: SCyaPelpmaxE Copy ID']);
    expect(root(el).querySelector('[part=contacts]')!.textContent).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('reads right to left in Arabic, and fits 320 px', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width: 320px">
      <support-hotline
        .lines=${[{ label: 'الدعم', number: '+18005550100', hours: 'Mo-Fr 09:00-18:00', timezone: NY, contacts: CONTACTS }]}
        .viewerTimeZone=${NY}
        .now=${new Date('2026-11-25T02:00:00Z')}
      ></support-hotline>
    </div>`);
    const el = wrap.querySelector('support-hotline')!;
    await el.updateComplete;
    expect(items(el)).to.deep.equal([
      'البريد الإلكتروني help@examplepay.example',
      'Live chat',
      'واتساب +1 800 555 0177',
      'لاين',
      'ويتشات: ExamplePayCS نسخ المعرّف',
    ]);
    expect(text(root(el).querySelector('[part=reach]'))).to.match(/^متاح الآن: /);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});

// Outside check c22-8: at 320 px the demo's address wrapped as `help@examplepay.exampl` / `e`.
describe('an email address in a narrow card', () => {
  it('wraps only after its @ or before a dot, at every width from 200 px', async () => {
    const address = 'help.desk@examplepay.example';
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <support-hotline .lines=${[{ number: '+18005550100', label: 'Support', contacts: [{ type: 'email', value: address }] }]}></support-hotline>
    </div>`);
    const el = wrapper.querySelector('support-hotline')!;
    await el.updateComplete;
    const link = root(el).querySelector<HTMLAnchorElement>('a[part=contact][href^="mailto:"]')!;
    const bdi = link.querySelector('bdi')!;
    expect(bdi.textContent).to.equal(address);
    let wrapped = 0;
    // From 200 px, where each part of the address fits a line of the card (a narrower line still wraps a part).
    for (let width = 200; width <= 360; width += 8) {
      wrapper.style.width = `${width}px`;
      // The line each character of the address is on, by its top; where the line changes, what ends the line before.
      const tops: number[] = [];
      const walker = document.createTreeWalker(bdi, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        for (let i = 0; i < node.textContent!.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          tops.push(Math.round(range.getClientRects()[0].top));
        }
      const breaks = tops.flatMap((top, i) => (i && top > tops[i - 1] ? [address.slice(0, i)] : []));
      wrapped += breaks.length;
      for (const before of breaks) expect(before.endsWith('@') || address[before.length] === '.', `at ${width} px, a break after "${before}"`).to.equal(true);
    }
    expect(wrapped, 'the address wraps at the narrow widths').to.be.greaterThan(0);
  });
});
