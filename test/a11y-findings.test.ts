import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { SupportCallPrep, SupportHotline } from '../src/index.js';
import { announced, axName, axTree, chromiumOnly, hasAxTree, liveText, seen, chromium, nextFrame, uniqueKey } from './helpers.js';

/** Red-team issue 16, findings F4-F7: call-prep's focus after a failed submit, date fields' focus ring, the optional marker in Chinese, the hotline's copy announcement. */
const NOW = new Date('2026-11-24T12:00');
const inView = (el: Element): boolean => {
  const r = el.getBoundingClientRect();
  // Less than a pixel off: positions are fractional.
  return r.top > -1 && r.bottom < window.innerHeight + 1;
};
const forced = (active: boolean): Promise<unknown> => executeServerCommand('forced-colors', { active });

describe('Issue 16 (accessibility red team)', () => {
  afterEach(() => localStorage.clear());

  describe('F4: after a failed submit, the first invalid field is focused with its label and the error summary in view', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));
    /** A call form in a long page on a phone held sideways (640 × 360), scrolled so that the submit button is at the bottom of the viewport. */
    async function longPage(): Promise<{ el: SupportCallPrep; page: HTMLElement }> {
      await setViewport({ width: 640, height: 360 });
      const page = await fixture<HTMLElement>(html`<div>
        <div style="height: 1500px"></div>
        <support-call-prep storage-key=${uniqueKey('a11y-findings')} .now=${NOW}></support-call-prep>
        <div style="height: 1500px"></div>
      </div>`);
      const el = page.querySelector('support-call-prep')!;
      await el.updateComplete;
      el.shadowRoot!.querySelector('[part=submit]')!.scrollIntoView({ block: 'end' });
      return { el, page };
    }

    for (const motion of ['reduce', 'no-preference'] as const) {
      // Media emulation is Chromium's (CDP): elsewhere the engine's own setting, no preference, is checked.
      (motion === 'reduce' ? chromiumOnly : it)(`prefers-reduced-motion: ${motion}`, async () => {
        if (chromium) await emulateMedia({ reducedMotion: motion });
        try {
          const { el } = await longPage();
          const root = el.shadowRoot!;
          (root.querySelector('[part=submit]') as HTMLElement).focus();
          await sendKeys({ press: 'Enter' });
          await el.updateComplete;
          const topic = root.querySelector('select[data-f=topic]')!;
          expect(root.activeElement).to.equal(topic);
          const label = root.getElementById('topic-l')!;
          const summary = root.querySelector('[part=errors]')!;
          expect(label.textContent).to.equal('Topic');
          if (motion === 'reduce') {
            // No animation: in view at once.
            await nextFrame();
            expect([inView(summary), inView(label), inView(topic)], 'summary, label, field in view at once').to.deep.equal([true, true, true]);
          } else {
            await waitUntil(() => inView(summary) && inView(label) && inView(topic), 'the summary, the label and the field come into view');
          }
          await expect(el).to.be.accessible();
        } finally {
          if (chromium) await emulateMedia({ reducedMotion: 'no-preference' });
        }
      });
    }

    chromiumOnly('a link of the error summary focuses its field with the label in view', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const { el } = await longPage();
        const root = el.shadowRoot!;
        (root.querySelector('[part=submit]') as HTMLElement).click();
        await el.updateComplete;
        const links = [...root.querySelectorAll<HTMLButtonElement>('[part=errors] button')];
        const last = links.at(-1)!;
        const id = last.textContent!.split(':')[0];
        // The page is scrolled away, then the user follows the summary's last link.
        window.scrollTo(0, 0);
        last.scrollIntoView({ block: 'start' });
        last.click();
        await nextFrame();
        const field = root.activeElement as HTMLElement;
        const label = root.getElementById(`${field.dataset.f}-l`)!;
        expect(label.textContent!.startsWith(id)).to.equal(true);
        expect([inView(label), inView(field)]).to.deep.equal([true, true]);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });

  describe('F5: a date field shows the focus ring while its calendar button has focus', () => {
    for (const colours of ['normal', 'forced'] as const) {
      // Forced colours are emulated through CDP (scripts/a11y-commands.js): that case runs in Chromium only.
      (colours === 'forced' ? chromiumOnly : it)(`call-prep "Date and time" and "Follow-up date", by Tab through every part (${colours} colours)`, async () => {
        if (colours === 'forced') await forced(true);
        try {
          const el = await fixture<SupportCallPrep>(html`<support-call-prep storage-key=${uniqueKey('a11y-findings')} .now=${NOW}></support-call-prep>`);
          const root = el.shadowRoot!;
          const topic = root.querySelector<HTMLSelectElement>('[name=topic]')!;
          topic.value = 'payment';
          topic.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
          await el.updateComplete;
          for (const [name, before] of [
            ['when', 'txn'],
            ['follow', 'solution'],
          ]) {
            const input = root.querySelector<HTMLInputElement>(`[name=${name}]`)!;
            const previous = root.querySelector<HTMLElement>(`[name=${before}]`) ?? input;
            previous.focus();
            let steps = 0;
            let inside = 0;
            // Tab goes through the date's parts, then its calendar button, then on.
            while (steps++ < 12) {
              await sendKeys({ press: 'Tab' });
              if (root.activeElement !== input) {
                if (inside) break;
                continue;
              }
              inside++;
              const s = getComputedStyle(input);
              expect(`${s.outlineStyle} ${s.outlineWidth}`, `${name}, Tab ${inside}`).to.equal('solid 2px');
              if (colours === 'forced') expect(s.outlineColor, name).not.to.equal('rgba(0, 0, 0, 0)');
            }
            expect(inside, `${name}: Tab stops inside the field`).to.be.greaterThan(1);
          }
          await expect(el).to.be.accessible();
        } finally {
          if (colours === 'forced') await forced(false);
        }
      });
    }
  });

  describe('F6: the "(optional)" marker is spaced as the language writes it', () => {
    const cases: [string, string][] = [
      ['en', 'Transaction ID (optional)'],
      ['zh-CN', '交易编号（选填）'],
      ['ar', 'رقم المعاملة (اختياري)'],
    ];
    for (const [lang, name] of cases) {
      it(`${lang}: "${name}" on screen and in the accessibility tree`, async () => {
        const el = await fixture<SupportCallPrep>(
          html`<support-call-prep lang=${lang} storage-key=${uniqueKey('a11y-findings')} .now=${NOW}></support-call-prep>`,
        );
        const topic = el.shadowRoot!.querySelector<HTMLSelectElement>('[name=topic]')!;
        topic.value = 'payment';
        topic.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        expect(el.shadowRoot!.getElementById('txn-l')!.textContent).to.equal(name);
        const names = hasAxTree
          ? seen(await axTree(el))
              .filter((x) => x.role === 'textbox')
              .map((x) => x.name)
          : await Promise.all([...el.shadowRoot!.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea')].map((f) => axName(f)));
        expect(names).to.include(name);
        // No space before a full-width bracket, one before a half-width one.
        expect(names.filter((x) => /\s（|[^\s]\(|\s\s/.test(x))).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('F7: the hotline announces the number copied as the user sees it', () => {
    const stub = (): (() => void) => {
      Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async () => undefined });
      return () => delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
    };
    const cases: [string, string, string][] = [
      ['1-800-555-0100', 'en', 'Number copied: 1-800-555-0100'],
      ['1-800-FLOWERS', 'en', 'Number copied: 1-800-FLOWERS (+1 800 356 9377)'],
      ['1-800-FLOWERS', 'zh-CN', '号码已复制：1-800-FLOWERS（+1 800 356 9377）'],
      ['1-800-555-0100', 'ar', 'تم نسخ الرقم: 1-800-555-0100'],
    ];
    for (const [display, lang, want] of cases) {
      it(`${display} (${lang}): "${want}"`, async () => {
        const restore = stub();
        try {
          const tel = display.includes('FLOWERS') ? '+18003569377' : '+18005550100';
          const el = await fixture<SupportHotline>(
            html`<support-hotline lang=${lang} number=${tel} display-number=${display} label="Support"></support-hotline>`,
          );
          const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=copy]')!;
          // The button's name says the number as shown; the announcement says the same.
          expect(button.getAttribute('aria-label')).to.include(display);
          button.click();
          const status = el.shadowRoot!.querySelector('[role=status]')!;
          await waitUntil(() => status.textContent!.trim(), 'nothing announced');
          expect(hasAxTree ? announced(await axTree(el)) : liveText(el)).to.deep.equal([want]);
          await expect(el).to.be.accessible();
        } finally {
          restore();
        }
      });
    }
  });
});
