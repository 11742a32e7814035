// "The number shown is the number dialled", tried as an attacker would: a display number that differs from
// the number dialled, bidi controls that reorder what the user reads, FAQ tel: links whose text is another
// number, and a verify link that is not https:.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { CenterConfig, SupportCenter, SupportFaq, SupportHotline } from '../src/index.js';
import { ready, capture, nextFrame, text } from './helpers.js';

const NOW = new Date('2026-11-24T20:00:00Z');
const RLO = '\u202E';
const PDF = '\u202C';
/** Every bidi control character the elements must never show from merchant text (UAX #9 §2). */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Every text a user can perceive in an element's shadow trees: text nodes and accessible names. */
function perceived(root: Node): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'title', 'placeholder']) if (node.hasAttribute(name)) out.push(node.getAttribute(name)!);
      if (node.shadowRoot) walk(node.shadowRoot);
      // A <script> child is the JSON config the page wrote: not shown.
      if (node.localName === 'script') return;
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}
const withBidi = (root: Node): string[] => perceived(root).filter((t) => BIDI.test(t));

async function hotline(template: ReturnType<typeof html>): Promise<SupportHotline> {
  const el = await fixture<SupportHotline>(template);
  await el.updateComplete;
  return el;
}
const numberLink = (el: SupportHotline, i = 0): HTMLAnchorElement => el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part=number]')[i];

describe('the number shown is the number dialled', () => {
  describe('<support-hotline> display-number', () => {
    it('shows the dialled number, formatted, when display-number is another number, and names both in one error', async () => {
      const errors = capture('error');
      try {
        const el = await hotline(html`<support-hotline lang="en" number="+18005550100" display-number="+1 800 555 0199" label="Support"></support-hotline>`);
        const link = numberLink(el);
        expect(link.getAttribute('href')).to.equal('tel:+18005550100');
        expect(text(link)).to.equal('+1 800 555 0100');
        expect(errors.calls).to.deep.equal([
          '<support-hotline> display-number: "+1 800 555 0199" is not the number dialled (+18005550100); +1 800 555 0100 is shown instead.',
        ]);
        await expect(el).to.be.accessible();
      } finally {
        errors.restore();
      }
    });

    it('is not fooled by a right-to-left override: "\\u202E0010 555 008 1+" reads as +1 800 555 0100 but is other digits', async () => {
      const errors = capture('error');
      try {
        // The page shows the reversed digits as "+1 800 555 0100"; the dialled number is another one.
        const el = await hotline(html`<support-hotline lang="en" number="+18005550199" display-number=${`${RLO}0010 555 008 1+`}></support-hotline>`);
        expect(text(numberLink(el))).to.equal('+1 800 555 0199');
        expect(withBidi(el)).to.deep.equal([]);
        expect(errors.calls).to.have.length(1);
        expect(errors.calls[0]).to.match(/^<support-hotline> display-number: "0010 555 008 1\+" is not the number dialled \(\+18005550199\)/);
      } finally {
        errors.restore();
      }
    });

    it('removes RLO/PDF, isolates and marks around a matching number, so it reads in dialling order', async () => {
      const errors = capture('error');
      try {
        const el = await hotline(html`<support-hotline lang="en" number="+18005550100" display-number=${`${RLO}+1 800 555 0100${PDF}`}></support-hotline>`);
        expect(numberLink(el).textContent).to.equal('+1 800 555 0100');
        const iso = await hotline(
          html`<support-hotline lang="en" number="+18005550100" display-number=${'\u2067\u2068+1\u200f 800\u061c 555\u200e 0100\u2069\u2069'}></support-hotline>`,
        );
        expect(numberLink(iso).textContent).to.equal('+1 800 555 0100');
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });

    it('maps keypad letters and other digit scripts, and allows the national form with its trunk prefix', async () => {
      const errors = capture('error');
      try {
        const same: [string, string][] = [
          ['+18003569377', '1-800-FLOWERS'],
          ['+18005550100', '(800) 555-0100'],
          ['+18005550100', '١-٨٠٠-٥٥٥-٠١٠٠'],
          ['+18005550100', '۱ ۸۰۰ ۵۵۵ ۰۱۰۰'],
          ['+18005550100', '＋１ ８００ ５５５ ０１００'],
          ['+442079460000', '020 7946 0000'],
          ['+442079460000', '+44 (0)20 7946 0000'],
          ['+861088886666', '010 8888 6666'],
          ['+864008208820', '400-820-8820'],
          ['+966112345678', '011 234 5678'],
          ['+74951234567', '8 495 123-45-67'],
        ];
        for (const [number, display] of same) {
          const el = await hotline(html`<support-hotline lang="en" number=${number} display-number=${display}></support-hotline>`);
          // Shown as written; Arabic-Indic groups get U+200E around their separators (test/hotline-digit-order.test.ts).
          expect(text(numberLink(el)).replace(/\u200e/g, ''), display).to.equal(display);
        }
        expect(errors.calls).to.deep.equal([]);
        const other: [string, string, string][] = [
          // One letter off: FLOWERZ dials 9 for the last digit.
          ['+18003569377', '1-800-FLOWERZ', '+1 800 356 9377'],
          // Letter O for zero and l for one: the user dials other keys.
          ['+18005550100', '+1 8OO 555 0l00', '+1 800 555 0100'],
          ['+18005550100', '＋１ ８００ ５５５ ０１９９', '+1 800 555 0100'],
          ['+18005550100', '+1 800 555 ٠١٩٩', '+1 800 555 0100'],
          // Spain has no trunk prefix: a 0 in front is another number.
          // Shown as the country code and the national number in one group: no area code is guessed (E.123).
          ['+34912345678', '0 912 34 56 78', '+34 912345678'],
          ['+18005550100', '+1 800 555 0100 ext. 2', '+1 800 555 0100'],
          // Letters past the number are keys too: 1-800-MATTRESS is twelve digits.
          ['+18006288737', '1-800-MATTRESS', '+1 800 628 8737'],
        ];
        for (const [number, display, shown] of other) {
          const el = await hotline(html`<support-hotline lang="en" number=${number} display-number=${display}></support-hotline>`);
          expect(text(numberLink(el)), display).to.equal(shown);
        }
        expect(errors.calls).to.have.length(other.length);
      } finally {
        errors.restore();
      }
    });

    it('refuses a national display number without its trunk prefix: another country would wear a local face (R10-16)', async () => {
      const errors = capture('error');
      try {
        const other: [string, string, string][] = [
          // Russia's 8 800 toll-free line written as a North American toll-free number.
          ['+78005550100', '800 555 0100', '+7 8005550100'],
          ['+442079460000', '20 7946 0000', '+44 20 7946 0000'],
          ['+33123456789', '1 23 45 67 89', '+33 123456789'],
        ];
        for (const [number, display, shown] of other) {
          const el = await hotline(html`<support-hotline lang="en" number=${number} display-number=${display}></support-hotline>`);
          expect(text(numberLink(el)), display).to.equal(shown);
          expect(numberLink(el).getAttribute('href')).to.equal(`tel:${number}`);
        }
        expect(errors.calls).to.deep.equal(
          other.map(
            ([number, display, shown]) => `<support-hotline> display-number: "${display}" is not the number dialled (${number}); ${shown} is shown instead.`,
          ),
        );
        errors.calls.length = 0;
        // With the trunk prefix, or where the number is dialled without one (NANP ten digits, China's mobiles and 400).
        for (const [number, display] of [
          ['+78005550100', '8 800 555 0100'],
          ['+33123456789', '01 23 45 67 89'],
          ['+8613800138000', '138 0013 8000'],
          ['+18005550100', '800 555 0100'],
          ['+34912345678', '912 34 56 78'],
        ]) {
          const el = await hotline(html`<support-hotline lang="en" number=${number} display-number=${display}></support-hotline>`);
          expect(text(numberLink(el)), display).to.equal(display);
        }
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });

    it('checks each line of `lines`, and the lines inside <support-center>, by their path', async () => {
      const errors = capture('error');
      try {
        const lines = [
          { label: 'Sales', number: '+18005550111', display: '1-800-555-0111' },
          { label: 'Support', number: '+18005550100', display: '1-800-555-0199' },
        ];
        const el = await hotline(html`<support-hotline lang="en" .lines=${lines}></support-hotline>`);
        expect([0, 1].map((i) => text(numberLink(el, i)))).to.deep.equal(['1-800-555-0111', '+1 800 555 0100']);
        expect(errors.calls).to.deep.equal([
          '<support-hotline> lines[1].display: "1-800-555-0199" is not the number dialled (+18005550100); +1 800 555 0100 is shown instead.',
        ]);
        errors.calls.length = 0;
        const center = await fixture<SupportCenter>(
          html`<support-center .now=${NOW} .config=${{ sections: ['hotline'], hotline: { lines } } as CenterConfig}></support-center>`,
        );
        await center.updateComplete;
        const inner = center.shadowRoot!.querySelector<SupportHotline>('support-hotline')!;
        await inner.updateComplete;
        expect(text(numberLink(inner, 1))).to.equal('+1 800 555 0100');
        expect(errors.calls).to.deep.equal([
          '<support-center> hotline.lines[1].display: "1-800-555-0199" is not the number dialled (+18005550100); +1 800 555 0100 is shown instead.',
        ]);
      } finally {
        errors.restore();
      }
    });
  });

  describe('"Copy number"', () => {
    it('copies the number the link dials; announces the display form followed by the digits copied (issue 16, F7)', async () => {
      const el = await hotline(html`<support-hotline lang="en" number="+18003569377" display-number="1-800-FLOWERS"></support-hotline>`);
      let copied = '';
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void (copied = t) });
      try {
        const dialled = numberLink(el).getAttribute('href')!.slice(4);
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=copy]')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        await nextFrame();
        await el.updateComplete;
        expect(copied).to.equal(dialled);
        const said = text(el.shadowRoot!.querySelector('[role=status]'));
        expect(said).to.equal('Number copied: 1-800-FLOWERS (+1 800 356 9377)');
        expect(said.split('(')[1].replace(/\D/g, '')).to.equal(dialled.replace(/\D/g, ''));
        await expect(el).to.be.accessible();
      } finally {
        delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
      }
    });
  });

  describe('bidi controls in merchant text', () => {
    // Each text is wrapped or salted with embeddings, overrides, isolates and marks.
    const evil = (s: string): string => `${RLO}${s}${PDF}\u2066\u200f\u061c`;

    it('<support-hotline>: label, note, display number and string overrides', async () => {
      const errors = capture('error');
      try {
        const el = await hotline(html`<support-hotline
          lang="en"
          .now=${NOW}
          verify-url="https://example.com/contact"
          .lines=${[{ label: evil('Support'), number: '+18005550100', display: evil('1-800-555-0100'), note: evil('Call us'), hours: '24/7', timezone: 'America/New_York' }]}
          .strings=${{ copy: evil('Copy'), safety: evil('Never share your PIN.'), verify: evil('Check') }}
        ></support-hotline>`);
        expect(withBidi(el)).to.deep.equal([]);
        expect(text(el.shadowRoot!.querySelector('[part=label]'))).to.equal('Support');
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
      }
    });

    it('<support-faq>: questions, answers and categories, as data and as in-page items', async () => {
      const el = await fixture<SupportFaq>(html`<support-faq
        searchable
        .items=${[{ question: evil('Refund?'), answer: evil('Wait **5 days**, then [call](tel:+18005550100).\n\n- one\n- two'), category: evil('Payments') }]}
        .strings=${{ search: evil('Search') }}
        ><support-faq-item question=${evil('Card declined?')} category=${evil('Cards')}><p>Check the card.</p></support-faq-item></support-faq
      >`);
      await ready(el);
      expect(withBidi(el.shadowRoot!)).to.deep.equal([]);
      const item = el.querySelector('support-faq-item')!;
      expect(withBidi(item.shadowRoot!)).to.deep.equal([]);
      expect(item.question).to.equal('Card declined?');
    });

    it('<support-call-prep>: field labels, hints, options, topics and string overrides', async () => {
      const el = await fixture(html`<support-call-prep
        no-persist
        .now=${NOW}
        .fields=${['topic', { id: 'order', label: evil('Order'), hint: evil('On the receipt') }, { id: 'size', label: 'Size', type: 'select', options: [evil('Small'), 'Large'] }, 'what']}
        .topics=${['payment', { id: 'gift', label: evil('Gift card') }]}
        .strings=${{ label: evil('Before you call'), note: evil('Nothing is sent') }}
      ></support-call-prep>`);
      await (el as SupportHotline).updateComplete;
      expect(withBidi(el)).to.deep.equal([]);
    });

    it('<support-dispute-checklist>: type names, descriptions, evidence names and reasons', async () => {
      const el = await fixture(html`<support-dispute-checklist
        .now=${NOW}
        type="gift"
        storage-key="dialled-test"
        .types=${[{ id: 'gift', label: evil('Gift card'), description: evil('Unused card'), items: [{ id: 'r', label: evil('Receipt'), reason: evil('Shows the amount'), required: true }] }]}
        .strings=${{ label: evil('Dispute') }}
      ></support-dispute-checklist>`);
      await (el as SupportHotline).updateComplete;
      expect(withBidi(el)).to.deep.equal([]);
      localStorage.clear();
    });

    it("<support-center>: its own strings and every section's text", async () => {
      const errors = capture('error');
      try {
        const config = {
          faq: { items: [{ question: evil('Q?'), answer: evil('A.') }] },
          hotline: { lines: [{ label: evil('Support'), number: '+18005550100', display: evil('1-800-555-0100') }], strings: { copy: evil('Copy') } },
          callPrep: { noPersist: true, strings: { label: evil('Prepare') } },
          dispute: { type: 'not-received', storageKey: 'dialled-center', strings: { label: evil('Dispute') } },
          strings: { faq: evil('Questions'), hotline: evil('Call'), nav: evil('Sections') },
        };
        const el = await fixture<SupportCenter>(html`<support-center .now=${NOW} .config=${config as CenterConfig}></support-center>`);
        for (let i = 0; i < 3; i++) {
          await el.updateComplete;
          for (const child of el.shadowRoot!.querySelectorAll<SupportHotline>('support-faq, support-hotline, support-call-prep, support-dispute-checklist'))
            await child.updateComplete;
          await nextFrame();
        }
        expect(withBidi(el)).to.deep.equal([]);
        expect(errors.calls).to.deep.equal([]);
      } finally {
        errors.restore();
        localStorage.clear();
      }
    });
  });

  describe('tel: links in FAQ answers', () => {
    async function faq(answer: string, config?: CenterConfig): Promise<[HTMLElement, string[]]> {
      const errors = capture('error');
      try {
        if (config) {
          const el = await fixture<SupportCenter>(
            html`<support-center .now=${NOW} .config=${{ ...config, faq: { items: [{ id: 'q', question: 'How do I reach you?', answer }] } }}></support-center>`,
          );
          await el.updateComplete;
          const inner = el.shadowRoot!.querySelector<SupportFaq>('support-faq')!;
          await ready(inner);
          return [inner.shadowRoot!.querySelector('support-faq-item')!, errors.calls];
        }
        const el = await fixture<SupportFaq>(html`<support-faq .items=${[{ id: 'q', question: 'How do I reach you?', answer }]}></support-faq>`);
        await ready(el);
        return [el.shadowRoot!.querySelector('support-faq-item')!, errors.calls];
      } finally {
        errors.restore();
      }
    }
    const links = (item: HTMLElement): string[] => [...item.querySelectorAll('a')].map((a) => `${a.textContent} -> ${a.getAttribute('href')}`);

    it('keeps a link whose text is the number it dials, in any digit script or form', async () => {
      const [item, errors] = await faq(
        'Call [+1 800 555 0100](tel:+18005550100), [1-800-555-0100](tel:+1-800-555-0100), [１-８００-５５５-０１００](tel:+18005550100), [1-800-FLOWERS](tel:+18003569377) or [call us](tel:+18005550100).',
      );
      expect(links(item)).to.deep.equal([
        '+1 800 555 0100 -> tel:+18005550100',
        '1-800-555-0100 -> tel:+18005550100',
        '１-８００-５５５-０１００ -> tel:+18005550100',
        '1-800-FLOWERS -> tel:+18003569377',
        'call us -> tel:+18005550100',
      ]);
      expect(errors).to.deep.equal([]);
    });

    it('shows a link whose text is another number as text only, and names the item', async () => {
      const [item, errors] = await faq('Call [+1 800 555 0100](tel:+19005550199) now.');
      expect(links(item)).to.deep.equal([]);
      expect(text(item)).to.equal('Call +1 800 555 0100 now.');
      expect(errors).to.deep.equal([
        '<support-faq> items[0].answer: the link text "+1 800 555 0100" is not the number it dials (+19005550199): write the number itself, or text with no digits and no number in words; its text is shown without the link.',
      ]);
    });

    it('refuses reordered, look-alike and other-script numbers in the link text', async () => {
      for (const label of [`${RLO}0010 555 008 1+${PDF}`, '1-8OO-555-0100', '١٨٠٠٥٥٥٠١٩٩', '1,800,555,0100', `+1 800 555 0100\u2067 9\u2069`]) {
        const [item, errors] = await faq(`[${label}](tel:+18005550100)`);
        expect(links(item), label).to.deep.equal([]);
        expect(errors, label).to.have.length(1);
        expect(errors[0]).to.match(/^<support-faq> items\[0\]\.answer: the link text .* is not the number it dials \(\+18005550100\)/);
        expect(withBidi(item)).to.deep.equal([]);
      }
    });

    it('links only valid E.164 numbers', async () => {
      for (const href of [
        'tel:555-0100',
        'tel:18005550100',
        'tel:+1800555010012345',
        'tel:+18005550100;ext=2',
        'tel:+1-800-FLOWERS',
        'tel:*21*+18005550199%23',
      ]) {
        const [item, errors] = await faq(`[call us](${href})`);
        expect(links(item), href).to.deep.equal([]);
        expect(text(item)).to.equal('call us');
        expect(errors, href).to.have.length(1);
        expect(errors[0]).to.contain('<support-faq> items[0].answer: expected a tel: link to an E.164 number like tel:+18005550100');
      }
    });

    it("inside <support-center>, links only the hotline lines' numbers", async () => {
      const hotlineConfig: CenterConfig = { sections: ['faq', 'hotline'], hotline: { lines: [{ label: 'Support', number: '+1 (800) 555-0100' }] } };
      const [ok, none] = await faq('[Call support](tel:+18005550100)', hotlineConfig);
      expect(links(ok)).to.deep.equal(['Call support -> tel:+18005550100']);
      expect(none).to.deep.equal([]);
      const [item, errors] = await faq('[Call support](tel:+18005550199)', hotlineConfig);
      expect(links(item)).to.deep.equal([]);
      expect(text(item)).to.equal('Call support');
      expect(errors).to.deep.equal([
        "<support-center> faq.items[0].answer: the link dials +18005550199, which is not one of the hotline's numbers; its text is shown without the link.",
      ]);
      await expect(item).to.be.accessible();
    });
  });

  describe('verify-url', () => {
    const notice = (el: SupportHotline): HTMLElement => el.shadowRoot!.querySelector('[part=notice]')!;

    it('links https: URLs and links within the site; refuses http:, mailto:, tel:, another site and a user name, keeping the notice', async () => {
      const urls = [
        'http://examplepay.example/contact',
        'mailto:help@examplepay.example',
        'tel:+18005550100',
        '//evil.example/contact',
        'https://examplepay.example@evil.example/',
      ];
      const errors = capture('error');
      try {
        for (const url of ['https://examplepay.example/contact', '/contact']) {
          const el = await hotline(html`<support-hotline lang="en" number="+18005550100" verify-url=${url}></support-hotline>`);
          expect(notice(el).querySelector('a')!.getAttribute('href')).to.equal(url);
        }
        expect(errors.calls).to.deep.equal([]);
        for (const url of urls) {
          const el = await hotline(html`<support-hotline lang="en" number="+18005550100" verify-url=${url}></support-hotline>`);
          expect(notice(el).querySelector('a')?.getAttribute('href'), url).to.equal(undefined);
          expect(text(notice(el))).to.equal(
            'We will never ask for your password, PIN, one-time code or full card number. Only call numbers shown on this site.',
          );
          await expect(el).to.be.accessible();
        }
        expect(errors.calls).to.have.length(urls.length);
        expect(errors.calls[0]).to.equal(
          '<support-hotline> verify-url: expected an https: URL or a link within this site, got string "http://examplepay.example/contact"; the safety notice is shown without its link.',
        );
      } finally {
        errors.restore();
      }
    });

    it("refuses an http: verifyUrl in <support-center>'s config, by its path", async () => {
      const errors = capture('error');
      try {
        const el = await fixture<SupportCenter>(
          html`<support-center .now=${NOW} .config=${{ hotline: { lines: [{ number: '+18005550100' }], verifyUrl: 'http://examplepay.example/contact' } } as CenterConfig}></support-center>`,
        );
        await el.updateComplete;
        const inner = el.shadowRoot!.querySelector<SupportHotline>('support-hotline')!;
        await inner.updateComplete;
        expect(notice(inner).querySelector('a')?.getAttribute('href')).to.equal(undefined);
        expect(errors.calls).to.have.length(1);
        expect(errors.calls[0]).to.match(/^<support-center> hotline\.verifyUrl: expected an https: URL/);
      } finally {
        errors.restore();
      }
    });
  });
});
