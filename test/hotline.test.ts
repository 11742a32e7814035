import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { SupportHotline, SupportHotlineCallEvent, type HotlineLine } from '../src/hotline.js';
import { capture, nextFrame, shadow as root, statusOf, text } from './helpers.js';

const NY = 'America/New_York';
const WEEK = 'Mo-Fr 09:00-18:00; Sa 10:00-14:00';
const at = (iso: string): Date => new Date(iso);
/**
 * The status line, with 24-hour times before 10:00 read without their leading zero: `Intl` writes en-GB's
 * "8:00" in Chromium and WebKit but "08:00" in Firefox (each engine's CLDR data); both read the same.
 */

/** A one-line card in New York hours, seen from New York, at `now`. */
function card(now: string, hours = WEEK, extra: Partial<SupportHotline> = {}): Promise<SupportHotline> {
  return fixture<SupportHotline>(html`<support-hotline
    lang="en-GB"
    number="+18005550100"
    display-number="1-800-555-0100"
    label="Customer support"
    hours=${hours}
    timezone=${extra.timezone ?? NY}
    closed-on=${extra.closures ?? ''}
    .viewerTimeZone=${extra.viewerTimeZone ?? NY}
    .now=${at(now)}
  ></support-hotline>`);
}

describe('<support-hotline>', () => {
  describe('open and closed', () => {
    it('is open with the closing time and the time left', async () => {
      // Tuesday 15:45 in New York.
      const el = await card('2026-11-24T20:45:00Z');
      expect(statusOf(el)).to.equal('Open now · closes 18:00 (in 2 h 15 min)');
      expect(root(el).querySelector('[part=status]')!.getAttribute('data-state')).to.equal('open');
      await expect(el).to.be.accessible();
    });

    it('warns when closing within 30 minutes', async () => {
      const el = await card('2026-11-24T22:45:00Z');
      expect(statusOf(el)).to.equal('Closing soon · closes 18:00 (in 15 min)');
      await expect(el).to.be.accessible();
    });

    it('is closed over the weekend and names the opening day', async () => {
      // Saturday 15:00, after the Saturday hours.
      const el = await card('2026-11-28T20:00:00Z');
      expect(statusOf(el)).to.equal('Closed · opens Monday 9:00');
      await expect(el).to.be.accessible();
    });

    it('opens tomorrow, with the time left under a day', async () => {
      const el = await card('2026-11-24T23:30:00Z');
      expect(statusOf(el)).to.equal('Closed · opens tomorrow 9:00 (in 14 h 30 min)');
    });

    it('is opening soon shortly before opening', async () => {
      const el = await card('2026-11-24T13:40:00Z');
      expect(statusOf(el)).to.equal('Opening soon · opens today 9:00 (in 20 min)');
      expect(root(el).querySelector('[part=status]')!.getAttribute('data-state')).to.equal('openingSoon');
      await expect(el).to.be.accessible();
    });

    it('stays closed on closure dates, which override the week', async () => {
      // Thursday 26 November 10:00, a closure date.
      const el = await card('2026-11-26T15:00:00Z', WEEK, { closures: '2026-11-26,2026-12-25' });
      expect(statusOf(el)).to.equal('Closed · opens tomorrow 9:00 (in 23 h)');
      el.now = at('2026-11-25T23:30:00Z');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens Friday 9:00');
      await expect(el).to.be.accessible();
    });

    it('runs a range past midnight into the next day', async () => {
      const el = await card('2026-11-28T04:00:00Z', 'Fr 22:00-02:00');
      // Friday 23:00: open until Saturday 02:00.
      expect(statusOf(el)).to.equal('Open now · closes tomorrow 2:00 (in 3 h)');
      el.now = at('2026-11-28T06:45:00Z');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closing soon · closes 2:00 (in 15 min)');
      el.now = at('2026-11-28T07:00:00Z');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens Friday 22:00');
    });

    it('is open around the clock with 24/7 or 00:00-24:00 every day', async () => {
      for (const hours of ['24/7', 'Mo-Su 00:00-24:00']) {
        const el = await card('2026-11-24T20:45:00Z', hours);
        expect(statusOf(el), hours).to.equal('Open 24 hours');
        await expect(el).to.be.accessible();
      }
    });

    it('closes a 24/7 line on its closure dates', async () => {
      const el = await card('2026-12-24T20:00:00Z', '24/7', { closures: '2026-12-25' });
      expect(statusOf(el)).to.equal('Open now · closes tomorrow 0:00 (in 9 h)');
    });

    it('reads several days and ranges per rule', async () => {
      const el = await card('2026-11-24T17:30:00Z', 'Mo,We,Fr 08:00-12:00, 13:00-17:00; Tu 12:00-13:00');
      // Tuesday 12:30.
      expect(statusOf(el)).to.equal('Closing soon · closes 13:00 (in 30 min)');
      el.now = at('2026-11-24T18:30:00Z');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens tomorrow 8:00 (in 18 h 30 min)');
      el.now = at('2026-11-25T17:30:00Z');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Opening soon · opens today 13:00 (in 30 min)');
    });
  });

  describe('daylight saving', () => {
    it('counts the short spring-forward night in New York', async () => {
      // Sunday 8 March 2026, 01:30 EST; 08:00 EDT is 5 h 30 min away, not 6 h 30 min.
      const el = await card('2026-03-08T06:30:00Z', 'Mo-Su 08:00-20:00');
      expect(statusOf(el)).to.equal('Closed · opens today 8:00 (in 5 h 30 min)');
      el.now = at('2026-03-08T14:00:00Z');
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Open now · closes 20:00 (in 10 h)');
    });

    it('counts the long fall-back night in New York, in both 01:30s', async () => {
      const el = await card('2026-11-01T04:30:00Z', 'Mo-Su 08:00-20:00');
      expect(statusOf(el)).to.equal('Closed · opens today 8:00 (in 8 h 30 min)');
      el.now = at('2026-11-01T05:30:00Z'); // 01:30 EDT
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens today 8:00 (in 7 h 30 min)');
      el.now = at('2026-11-01T06:30:00Z'); // 01:30 EST, the second time
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens today 8:00 (in 6 h 30 min)');
    });

    it('ends a range past midnight at the right instant across fall-back', async () => {
      // Saturday 31 October 23:00 EDT; open until 02:00 EST, four hours later.
      const el = await card('2026-11-01T03:00:00Z', 'Sa 22:00-02:00');
      expect(statusOf(el)).to.equal('Open now · closes tomorrow 2:00 (in 4 h)');
    });

    it('counts the spring-forward and fall-back nights in Berlin', async () => {
      const el = await card('2026-03-29T00:30:00Z', 'Mo-Su 08:00-20:00', { timezone: 'Europe/Berlin', viewerTimeZone: 'Europe/Berlin' });
      expect(statusOf(el)).to.equal('Closed · opens today 8:00 (in 5 h 30 min)');
      el.now = at('2026-03-29T17:00:00Z'); // 19:00 CEST
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Open now · closes 20:00 (in 1 h)');
      el.now = at('2026-10-24T23:30:00Z'); // 01:30 CEST on 25 October
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closed · opens today 8:00 (in 7 h 30 min)');
      el.now = at('2026-10-25T18:30:00Z'); // 19:30 CET
      await el.updateComplete;
      expect(statusOf(el)).to.equal('Closing soon · closes 20:00 (in 30 min)');
    });

    it('gives the same answer to viewers in any zone', async () => {
      for (const viewer of ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC']) {
        const el = await card('2026-03-08T06:30:00Z', 'Mo-Su 08:00-20:00', { viewerTimeZone: viewer });
        // 08:00 EDT, with the zone named when the viewer's clock differs.
        expect(statusOf(el), viewer).to.match(/^Closed · opens today 0?8:00( GMT\u2060-\u20604)? \(in 5 h 30 min\)/);
      }
    });
  });

  describe('time zones', () => {
    it("adds the viewer's local time when their zone differs", async () => {
      const el = await fixture<SupportHotline>(html`<support-hotline
        lang="en-US"
        number="+18005550100"
        hours=${WEEK}
        timezone=${NY}
        .viewerTimeZone=${'Asia/Shanghai'}
        .now=${at('2026-11-24T20:45:00Z')}
      ></support-hotline>`);
      // 18:00 EST is 07:00 on Wednesday in Shanghai, the same day as the viewer's now (04:45).
      expect(statusOf(el)).to.equal('Open now · closes 6:00 PM EST (in 2 h 15 min) · 7:00 AM your time');
      el.now = at('2026-11-24T23:30:00Z');
      await el.updateComplete;
      // Opens 09:00 EST on Wednesday = 22:00 Wednesday in Shanghai, which is the viewer's today too.
      expect(statusOf(el)).to.equal('Closed · opens tomorrow 9:00 AM EST (in 14 h 30 min) · 10:00 PM your time');
      el.viewerTimeZone = 'America/Los_Angeles';
      await el.updateComplete;
      // 14:00 in Los Angeles on Wednesday; the viewer is still on Tuesday there, so the weekday is given.
      expect(statusOf(el)).to.equal('Closed · opens tomorrow 9:00 AM EST (in 14 h 30 min) · Wed 6:00 AM your time');
      await expect(el).to.be.accessible();
    });

    it('leaves the local time out when the clocks agree', async () => {
      const el = await card('2026-11-24T20:45:00Z', WEEK, { viewerTimeZone: 'America/Toronto' });
      expect(statusOf(el)).to.equal('Open now · closes 18:00 (in 2 h 15 min)');
    });

    it('shows "Hours unavailable" for an unknown time zone, never "Closed"', async () => {
      const errors = capture('error');
      try {
        const el = await card('2026-11-24T20:45:00Z', WEEK, { timezone: 'Mars/Olympus_Mons' });
        expect(statusOf(el)).to.equal('Hours unavailable');
        expect(errors.calls).to.deep.equal(['<support-hotline> timezone: expected an IANA time zone, got string "Mars/Olympus_Mons".']);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });
  });

  describe('unparseable hours', () => {
    for (const hours of [
      'Mon-Fri 9am-5pm',
      'Mo-Fr 25:00-26:00',
      'Mo-Fr 09:00-09:00',
      'Mo-Xx 09:00-18:00',
      'Mo-Fr 09:00-18:00; whenever',
      'mo-fr 09:00-18:00',
    ]) {
      it(`shows "Hours unavailable" for ${JSON.stringify(hours)}`, async () => {
        const errors = capture('error');
        try {
          const el = await card('2026-11-24T20:45:00Z', hours);
          expect(statusOf(el)).to.equal('Hours unavailable');
          expect(root(el).querySelector('[part=status]')!.getAttribute('data-state')).to.equal('hoursUnknown');
          expect(errors.calls).to.have.length(1);
          expect(errors.calls[0]).to.match(/^<support-hotline> hours: expected hours like "Mo-Fr 09:00-18:00", got string/);
          // The number itself still works.
          expect(root(el).querySelector('a[part=number]')!.getAttribute('href')).to.equal('tel:+18005550100');
        } finally {
          errors.restore();
        }
      });
    }

    it('passes axe with hours unavailable', async () => {
      const errors = capture('error');
      try {
        const el = await card('2026-11-24T20:45:00Z', 'sometimes');
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });
  });

  describe('numbers', () => {
    it('links a valid number as tel: and shows the display form left-to-right', async () => {
      const el = await card('2026-11-24T20:45:00Z');
      const link = root(el).querySelector('a[part=number]')!;
      expect(link.getAttribute('href')).to.equal('tel:+18005550100');
      expect(text(link)).to.equal('1-800-555-0100');
      expect(link.querySelector('bdi')!.getAttribute('dir')).to.equal('ltr');
    });

    it('keeps the number left-to-right in a right-to-left page', async () => {
      const el = await fixture<SupportHotline>(html`<div dir="rtl" lang="ar">
        <support-hotline number="+1 (800) 555-0100" label="الدعم" .now=${at('2026-11-24T20:45:00Z')}></support-hotline>
      </div>`);
      const hotline = el.querySelector('support-hotline')!;
      await hotline.updateComplete;
      expect(root(hotline).querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
      const bdi = root(hotline).querySelector('a[part=number] bdi')!;
      expect(getComputedStyle(bdi).direction).to.equal('ltr');
      expect(getComputedStyle(bdi).unicodeBidi).to.equal('isolate');
      expect(text(bdi)).to.equal('+1 800 555 0100');
      await expect(hotline).to.be.accessible();
    });

    const refused: Record<string, string> = {
      letters: '+1800FLOWERS',
      'letter O for zero': '+1-8OO-555-0100',
      'mixed scripts': '+1800555\u0660\u0661\u0660\u0660',
      'full-width digits': '\uff0b\uff11\uff18\uff10\uff10\uff15\uff15\uff15\uff10\uff11\uff10\uff10',
      'a script URL': 'javascript:alert(1)',
      'no plus sign': '18005550100',
      'a leading zero': '+08005550100',
      'too many digits': '+1800555010012345',
    };
    for (const [what, number] of Object.entries(refused)) {
      it(`refuses ${what}`, async () => {
        const errors = capture('error');
        try {
          const el = await fixture<SupportHotline>(
            html`<support-hotline number=${number} display-number="1-800-555-0100" label="Support" lang="en"></support-hotline>`,
          );
          expect(root(el).querySelector('a')).to.equal(null);
          expect(root(el).querySelector('button')).to.equal(null);
          expect(text(root(el).querySelector('.off'))).to.equal('Number unavailable');
          expect(text(root(el).querySelector('[part=lines]'))).not.to.contain('1-800-555-0100');
          expect(errors.calls).to.have.length(1);
          expect(errors.calls[0]).to.contain('<support-hotline> number: expected an E.164 number like +18005550100, got');
        } finally {
          errors.restore();
        }
      });
    }

    it('passes axe with a number unavailable', async () => {
      const errors = capture('error');
      try {
        const el = await fixture<SupportHotline>(html`<support-hotline number="+1-8OO-555-0100" lang="en"></support-hotline>`);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });
  });

  describe('calling and copying', () => {
    it('fires support-hotline-call before the tel: navigation, cancelable', async () => {
      const el = await card('2026-11-24T20:45:00Z');
      const link = root(el).querySelector<HTMLAnchorElement>('a[part=number]')!;
      let defaultPrevented = false;
      // Cancel in the listener so the test browser does not try to dial.
      el.addEventListener('support-hotline-call', (e) => e.preventDefault());
      link.addEventListener('click', (e) => (defaultPrevented = e.defaultPrevented));
      const event = oneEvent(el, 'support-hotline-call');
      link.click();
      const { detail } = await event;
      expect(detail).to.deep.equal({ number: '+18005550100', label: 'Customer support' });
      expect(defaultPrevented).to.equal(true);
    });

    it('copies the number, announces it and fires support-hotline-copy', async () => {
      const el = await card('2026-11-24T20:45:00Z');
      let copied = '';
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void (copied = t) });
      try {
        const button = root(el).querySelector<HTMLButtonElement>('button[part=copy]')!;
        expect(text(button)).to.equal('Copy number');
        button.focus();
        const event = oneEvent(el, 'support-hotline-copy');
        await sendKeys({ press: 'Enter' });
        expect((await event).detail).to.deep.equal({ number: '+18005550100' });
        expect(copied).to.equal('+18005550100');
        await el.updateComplete;
        await nextFrame();
        await el.updateComplete;
        expect(text(button)).to.equal('Copied');
        // The number as the user sees it (issue 16, F7).
        expect(text(root(el).querySelector('[role=status]'))).to.equal('Number copied: 1-800-555-0100');
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Tab' });
        await el.updateComplete;
        expect(text(button)).to.equal('Copy number');
      } finally {
        delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      }
    });

    it('announces when the browser refuses to copy', async () => {
      const el = await card('2026-11-24T20:45:00Z');
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: () => Promise.reject(new Error('denied')) });
      const exec = document.execCommand;
      document.execCommand = () => false;
      let fired = false;
      el.addEventListener('support-hotline-copy', () => (fired = true));
      try {
        root(el).querySelector<HTMLButtonElement>('button[part=copy]')!.click();
        await waitUntil(() => text(root(el).querySelector('[role=status]')) !== '', 'the status region says something');
        expect(text(root(el).querySelector('[role=status]'))).to.equal('Could not copy. Select the number instead.');
        expect(fired).to.equal(false);
      } finally {
        document.execCommand = exec;
        delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      }
    });
  });

  describe('several lines', () => {
    const lines: HotlineLine[] = [
      {
        label: 'Customer support',
        number: '+18005550100',
        display: '1-800-555-0100',
        languages: ['en'],
        hours: 'Mo-Fr 08:00-20:00',
        timezone: NY,
        tollFree: true,
      },
      { label: '中文客服', number: '+18005550123', display: '1-800-555-0123', languages: 'zh, en', hours: 'Mo-Fr 09:00-21:00', timezone: 'Asia/Shanghai' },
      { label: 'Relay', number: '+18005550150', languages: ['en', 'es'], hearingImpaired: true, note: 'Text or video relay.' },
    ];

    it('puts the lines in the user language first and marks them', async () => {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="zh-CN" .lines=${lines} .viewerTimeZone=${'Asia/Shanghai'} .now=${at('2026-11-24T03:00:00Z')}></support-hotline>`,
      );
      const items = [...root(el).querySelectorAll('li')];
      expect(items.map((li) => text(li.querySelector('[part=label]')))).to.deep.equal(['中文客服', 'Customer support', 'Relay']);
      expect(text(items[0].querySelector('[part=badge]'))).to.equal('支持您的语言');
      expect(items[1].querySelector('[part=badge]')).to.equal(null);
      expect(text(items[0].querySelector('.meta'))).to.equal('服务语言：中文和英语');
      expect(statusOf(el)).to.equal('正在服务 · 21:00结束服务（10小时后）');
      await expect(el).to.be.accessible();
    });

    it('names languages, toll-free and relay lines in English', async () => {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="en" .lines=${lines} .viewerTimeZone=${NY} .now=${at('2026-11-24T15:00:00Z')}></support-hotline>`,
      );
      const items = [...root(el).querySelectorAll('li')];
      expect(items.map((li) => text(li.querySelector('[part=label]')))).to.deep.equal(['Customer support', '中文客服', 'Relay']);
      expect(items.map((li) => !!li.querySelector('[part=badge]'))).to.deep.equal([true, true, true]);
      expect(text(items[0].querySelector('.meta'))).to.equal('Languages: English · Toll-free');
      expect(text(items[2])).to.contain('Languages: English and Spanish · Deaf & hard of hearing');
      expect(text(items[2])).to.contain('Text or video relay.');
      // No hours: no status line rather than a guess.
      expect(items[2].querySelector('[part=status]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('reports bad fields by their path and renders the rest', async () => {
      const errors = capture('error');
      try {
        const el = await fixture<SupportHotline>(html`<support-hotline
          lang="en"
          .now=${at('2026-11-24T15:00:00Z')}
          .lines=${
            [
              { label: 'Good', number: '+18005550100' },
              {
                label: 'Bad',
                number: '+1-8OO-555-0100',
                languages: ['en', 'not a tag!'],
                hours: 'often',
                timezone: NY,
                closures: ['2026-02-30'],
                tollFree: 'yes',
                colour: 'red',
              },
              'nonsense',
            ] as unknown as HotlineLine[]
          }
        ></support-hotline>`);
        expect(root(el).querySelectorAll('li')).to.have.length(2);
        expect(errors.calls).to.deep.equal([
          '<support-hotline> lines[1].colour: unknown key, ignored (known keys: label, number, display, languages, hours, timezone, closures, tollFree, hearingImpaired, note, specialHours, contacts).',
          '<support-hotline> lines[1].number: expected an E.164 number like +18005550100, got string "+1-8OO-555-0100".',
          '<support-hotline> lines[1].hours: expected hours like "Mo-Fr 09:00-18:00", got string "often": write days then times, like "Mo-Fr 09:00-18:00".',
          '<support-hotline> lines[1].languages[1]: expected a language tag, got string "not a tag!".',
          '<support-hotline> lines[1].closures[0]: expected a date YYYY-MM-DD, got string "2026-02-30".',
          '<support-hotline> lines[1].tollFree: expected true or false, got string "yes".',
          '<support-hotline> lines[2]: expected an object, got string "nonsense".',
        ]);
        expect(statusOf(el)).to.equal('Hours unavailable');
      } finally {
        errors.restore();
      }
    });

    it('reads lines from a child JSON config and reports unknown keys', async () => {
      const errors = capture('error');
      try {
        const el = await fixture<SupportHotline>(html`<support-hotline lang="en" .now=${at('2026-11-24T15:00:00Z')}>
          <script type="application/json">
            { "lines": [{ "label": "Sales", "number": "+18005550111", "display": "1-800-555-0111" }], "color": "red" }
          </script>
        </support-hotline>`);
        await el.updateComplete;
        expect(text(root(el).querySelector('a[part=number]'))).to.equal('1-800-555-0111');
        expect(errors.calls).to.have.length(1);
        expect(errors.calls[0]).to.match(/^<support-hotline> color: unknown key/);
      } finally {
        errors.restore();
      }
    });
  });

  describe('safety notice', () => {
    it('is shown by default, with a safe link to the official page', async () => {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="en" number="+18005550100" verify-url="https://examplepay.example/contact"></support-hotline>`,
      );
      const notice = root(el).querySelector('[part=notice]')!;
      expect(text(notice)).to.equal(
        'We will never ask for your password, PIN, one-time code or full card number. Only call numbers shown on this site. Check our official contact page',
      );
      expect(notice.querySelector('a')!.getAttribute('href')).to.equal('https://examplepay.example/contact');
      await expect(el).to.be.accessible();
    });

    it('drops an unsafe verify link and hides with no-safety-notice', async () => {
      const errors = capture('error');
      const el = await fixture<SupportHotline>(html`<support-hotline lang="en" number="+18005550100" verify-url="javascript:alert(1)"></support-hotline>`);
      errors.restore();
      expect(errors.calls).to.have.length(1);
      expect(root(el).querySelector('[part=notice] a')).to.equal(null);
      el.noSafetyNotice = true;
      await el.updateComplete;
      expect(root(el).querySelector('[part=notice]')).to.equal(null);
    });
  });

  describe('structured data', () => {
    it('adds one ContactPoint JSON-LD script to the head and removes it on disconnect', async () => {
      const errors = capture('error');
      const el = await fixture<SupportHotline>(html`<support-hotline
        structured-data
        lang="en"
        .lines=${[
          {
            label: 'Support </script><b>',
            number: '+18005550100',
            languages: 'en,zh',
            hours: 'Mo-Fr 09:00-18:00; Fr 22:00-02:00',
            timezone: NY,
            tollFree: true,
          },
          { label: 'Relay', number: '+18005550150', hours: '24/7', timezone: NY, hearingImpaired: true },
          { label: 'Broken', number: 'call us' },
        ]}
      ></support-hotline>`);
      errors.restore();
      expect(errors.calls).to.have.length(1);
      const scripts = document.head.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts).to.have.length(1);
      const source = scripts[0].textContent!;
      expect(source).not.to.contain('<');
      expect(source).to.contain('\\u003c/script>');
      const data = JSON.parse(source);
      expect(data['@context']).to.equal('https://schema.org');
      expect(data['@graph']).to.deep.equal([
        {
          '@type': 'ContactPoint',
          telephone: '+18005550100',
          contactType: 'Support </script><b>',
          availableLanguage: ['en', 'zh'],
          hoursAvailable: [
            { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '18:00' },
            { '@type': 'OpeningHoursSpecification', dayOfWeek: ['Friday'], opens: '22:00', closes: '02:00' },
          ],
          contactOption: ['TollFree'],
        },
        {
          '@type': 'ContactPoint',
          telephone: '+18005550150',
          contactType: 'Relay',
          availableLanguage: [],
          hoursAvailable: [
            {
              '@type': 'OpeningHoursSpecification',
              dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
              opens: '00:00',
              closes: '23:59',
            },
          ],
          contactOption: ['HearingImpairedSupported'],
        },
      ]);
      el.remove();
      expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(0);
    });
  });

  describe('clock', () => {
    it('arms one timer for the next change without `now`, fires it, and stops on disconnect', async () => {
      const realNow = Date.now;
      const realSet = window.setTimeout;
      const realClear = window.clearTimeout;
      const pending = new Map<number, { fn: () => void; delay: number }>();
      let id = 0;
      let clock = Date.parse('2026-11-24T22:29:30Z'); // Tuesday 17:29:30 in New York
      Date.now = () => clock;
      window.setTimeout = ((fn: () => void, delay: number) => {
        pending.set(++id, { fn, delay });
        return id;
      }) as typeof setTimeout;
      window.clearTimeout = ((n: number) => void pending.delete(n)) as typeof clearTimeout;
      try {
        const el = await fixture<SupportHotline>(
          html`<support-hotline lang="en-GB" number="+18005550100" hours=${WEEK} timezone=${NY} .viewerTimeZone=${NY}></support-hotline>`,
        );
        expect(statusOf(el)).to.equal('Open now · closes 18:00 (in 31 min)');
        expect(pending.size).to.equal(1);
        const [timer] = [...pending.values()];
        // Wakes at the next minute, when the countdown changes and "closing soon" starts.
        expect(timer.delay).to.equal(30_000);
        clock += 30_000;
        pending.clear();
        timer.fn();
        await el.updateComplete;
        expect(statusOf(el)).to.equal('Closing soon · closes 18:00 (in 30 min)');
        expect(pending.size).to.equal(1);
        el.remove();
        expect(pending.size).to.equal(0);
      } finally {
        Date.now = realNow;
        window.setTimeout = realSet;
        window.clearTimeout = realClear;
      }
    });

    it('sleeps until the day before the next opening when no countdown shows', async () => {
      const realSet = window.setTimeout;
      const delays: number[] = [];
      window.setTimeout = ((_fn: () => void, delay: number) => {
        delays.push(delay);
        return realSet(() => undefined, 0);
      }) as typeof setTimeout;
      try {
        // Saturday 15:00; opens Monday 9:00. A static preview with `now` arms nothing.
        const el = await card('2026-11-28T20:00:00Z');
        expect(delays).to.deep.equal([]);
        el.now = undefined;
        await el.updateComplete;
        expect(delays.length).to.equal(1);
        expect(delays[0]).to.be.at.most(36e5);
      } finally {
        window.setTimeout = realSet;
      }
    });
  });

  it('is reached by Tab: number, copy button, then the official page link', async () => {
    const el = await fixture<SupportHotline>(html`<div>
      <button>before</button>
      <support-hotline lang="en" number="+18005550100" display-number="1-800-555-0100" verify-url="/contact"></support-hotline>
    </div>`);
    const hotline = el.querySelector('support-hotline')!;
    await hotline.updateComplete;
    el.querySelector('button')!.focus();
    const focused = (): string => text(root(hotline).activeElement);
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('1-800-555-0100');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Copy number');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('Check our official contact page');
  });

  it('reports `lines` that is not an array and falls back to the attributes', async () => {
    const errors = capture('error');
    try {
      const el = await fixture<SupportHotline>(
        html`<support-hotline lang="en" number="+18005550100" .lines=${'oops' as unknown as HotlineLine[]}></support-hotline>`,
      );
      expect(errors.calls).to.deep.equal(['<support-hotline> lines: expected an array, got string "oops".']);
      expect(root(el).querySelector('a[part=number]')!.getAttribute('href')).to.equal('tel:+18005550100');
    } finally {
      errors.restore();
    }
  });

  it('puts its JSON-LD back when it returns to the page', async () => {
    const el = await fixture<SupportHotline>(html`<support-hotline structured-data number="+18005550100"></support-hotline>`);
    const parent = el.parentElement!;
    el.remove();
    expect(document.head.querySelector('script[type="application/ld+json"]')).to.equal(null);
    parent.append(el);
    await el.updateComplete;
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
    el.structuredData = false;
    await el.updateComplete;
    expect(document.head.querySelector('script[type="application/ld+json"]')).to.equal(null);
  });

  it('passes axe in the dark theme', async () => {
    const el = await card('2026-11-24T13:40:00Z');
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

// Used by the types: the event class is exported from the entry.
void SupportHotlineCallEvent;
