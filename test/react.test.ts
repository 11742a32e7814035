import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { capture, shadow, text } from './helpers.js';
import { createElement as h, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import {
  SupportCallPrep,
  SupportCenter,
  SupportDisputeChecklist,
  SupportFaq,
  SupportFaqItem,
  SupportHotline,
  type HotlineLine,
  type SupportCallPrepChangeEvent,
  type SupportCallPrepElement,
  type SupportCallPrepSubmitEvent,
  type SupportCenterElement,
  type SupportCenterErrorEvent,
  type SupportCenterLoadEvent,
  type SupportDisputeChangeEvent,
  type SupportDisputeChecklistElement,
  type SupportDisputeExportEvent,
  type SupportDisputeReadyEvent,
  type SupportFaqElement,
  type SupportFaqFeedbackEvent,
  type SupportFaqSearchEvent,
  type SupportFaqToggleEvent,
  type SupportHotlineCallEvent,
  type SupportHotlineCopyEvent,
  type SupportHotlineElement,
} from '../src/react/index.js';

// Tuesday 24 November 2026, 15:00 in New York.
const NOW = new Date('2026-11-24T20:00:00Z');
const LINES: HotlineLine[] = [
  { label: 'Customer support', number: '+18005550100', display: '1-800-555-0100', hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York', languages: ['en'] },
];
const ITEMS = [
  { id: 'refund', question: 'How long does a refund take?', answer: 'Usually 5 to 10 business days.', category: 'Payments' },
  { id: 'card', question: 'How do I change my card?', answer: 'Open **Wallet**, then choose the card.', category: 'Account' },
];

let root: Root | undefined;
let container: HTMLElement;

/** Renders a React tree into a fixture container, synchronously, and returns the first element with `tag`. */
async function mount<T extends HTMLElement>(tree: ReactElement, tag: string): Promise<T> {
  container = await fixture<HTMLElement>(html`<div></div>`);
  root = createRoot(container);
  flushSync(() => root!.render(tree));
  const el = container.querySelector(tag) as T & { updateComplete: Promise<boolean> };
  expect(el, `<${tag}> rendered by React`).to.exist;
  await el.updateComplete;
  return el;
}

function rerender(tree: ReactElement): void {
  flushSync(() => root!.render(tree));
}

/** Stubs `navigator.clipboard.writeText` for one test. */
function stubClipboard(): { copied: string[]; restore: () => void } {
  const copied: string[] = [];
  Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async (t: string) => void copied.push(t) });
  return { copied, restore: () => delete (navigator.clipboard as unknown as Record<string, unknown>).writeText };
}

describe('support-widgets/react', () => {
  afterEach(() => {
    root?.unmount();
    root = undefined;
    localStorage.clear();
  });

  describe('SupportFaq', () => {
    it('passes items and boolean props to the element and renders in-page items from children', async () => {
      const el = await mount<SupportFaqElement>(
        h(
          SupportFaq,
          { items: ITEMS, searchable: true, headingLevel: 2 },
          h(SupportFaqItem, { question: 'Is ExamplePay free?' }, h('p', null, 'Sending money to friends is free.')),
        ),
        'support-faq',
      );
      expect(el.items).to.equal(ITEMS);
      expect(el.searchable).to.equal(true);
      expect(el.headingLevel).to.equal(2);
      await waitUntil(() => el.querySelector('support-faq-item')?.shadowRoot?.querySelector('#q'), 'in-page item rendered');
      const questions = [el.querySelector('support-faq-item')!, ...shadow(el).querySelectorAll('support-faq-item')].map((it) =>
        text(it.shadowRoot!.querySelector('#q')),
      );
      expect(questions).to.deep.equal(['Is ExamplePay free?', 'How long does a refund take?', 'How do I change my card?']);
      expect(shadow(el).querySelector('input[type=search]')).to.exist;
      expect(el.querySelector('support-faq-item')!.shadowRoot!.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('2');
      await expect(el).to.be.accessible();
    });

    it('re-renders with new items when the React props change', async () => {
      const el = await mount<SupportFaqElement>(h(SupportFaq, { items: ITEMS }), 'support-faq');
      rerender(h(SupportFaq, { items: ITEMS.slice(1) }));
      await el.updateComplete;
      expect(el.items).to.have.length(1);
      expect([...shadow(el).querySelectorAll('support-faq-item')].map((it) => it.id)).to.deep.equal(['card']);
    });

    it('calls onSupportFaqToggle, onSupportFaqSearch and onSupportFaqFeedback with the typed detail', async () => {
      const toggles: SupportFaqToggleEvent['detail'][] = [];
      const searches: SupportFaqSearchEvent['detail'][] = [];
      const votes: SupportFaqFeedbackEvent['detail'][] = [];
      const el = await mount<SupportFaqElement>(
        h(SupportFaq, {
          items: ITEMS,
          searchable: true,
          feedback: true,
          searchDelay: 0,
          onSupportFaqToggle: (e: SupportFaqToggleEvent) => toggles.push(e.detail),
          onSupportFaqSearch: (e) => searches.push(e.detail),
          onSupportFaqFeedback: (e) => votes.push(e.detail),
        }),
        'support-faq',
      );
      const item = shadow(el).querySelector('support-faq-item')!;
      (item.shadowRoot!.querySelector('#q') as HTMLButtonElement).click();
      expect(toggles).to.deep.equal([{ id: 'refund', open: true }]);
      const yes = [...item.shadowRoot!.querySelectorAll('button')].find((b) => text(b) === 'Yes')!;
      yes.click();
      expect(votes).to.deep.equal([{ id: 'refund', helpful: true }]);

      const input = shadow(el).querySelector('input')!;
      input.value = 'card';
      input.dispatchEvent(new Event('input'));
      await waitUntil(() => searches.length, 'search settled');
      expect(searches).to.deep.equal([{ query: 'card', results: 1 }]);
    });

    it('removes its JSON-LD from the head when React unmounts it', async () => {
      await mount(h(SupportFaq, { items: ITEMS, structuredData: true }), 'support-faq');
      const scripts = (): string[] => [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
      expect(scripts().some((s) => s.includes('How long does a refund take?'))).to.equal(true);
      root!.unmount();
      root = undefined;
      expect(scripts().some((s) => s.includes('How long does a refund take?'))).to.equal(false);
    });
  });

  describe('SupportHotline', () => {
    it('passes lines and now: the card shows the line open at that moment', async () => {
      const el = await mount<SupportHotlineElement>(h(SupportHotline, { lines: LINES, now: NOW, viewerTimeZone: 'America/New_York' }), 'support-hotline');
      expect(el.lines).to.equal(LINES);
      expect(el.now).to.equal(NOW);
      expect(text(shadow(el).querySelector('[part=number]'))).to.equal('1-800-555-0100');
      expect(text(shadow(el).querySelector('[part=status] strong'))).to.equal('Open now');
      rerender(h(SupportHotline, { lines: LINES, now: new Date('2026-11-25T02:00:00Z'), viewerTimeZone: 'America/New_York' }));
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part=status] strong'))).to.equal('Closed');
      await expect(el).to.be.accessible();
    });

    it('calls onSupportHotlineCall (cancelable) and onSupportHotlineCopy with the number', async () => {
      const calls: SupportHotlineCallEvent['detail'][] = [];
      const copies: SupportHotlineCopyEvent['detail'][] = [];
      const clipboard = stubClipboard();
      try {
        const el = await mount<SupportHotlineElement>(
          h(SupportHotline, {
            lines: LINES,
            now: NOW,
            onSupportHotlineCall: (e: SupportHotlineCallEvent) => {
              e.preventDefault(); // no dialling from the test page
              calls.push(e.detail);
            },
            onSupportHotlineCopy: (e) => copies.push(e.detail),
          }),
          'support-hotline',
        );
        (shadow(el).querySelector('[part=number]') as HTMLAnchorElement).click();
        expect(calls).to.deep.equal([{ number: '+18005550100', label: 'Customer support' }]);
        (shadow(el).querySelector('[part=copy]') as HTMLButtonElement).click();
        await waitUntil(() => copies.length, 'copy event');
        expect(copies).to.deep.equal([{ number: '+18005550100' }]);
        expect(clipboard.copied).to.deep.equal(['+18005550100']);
      } finally {
        clipboard.restore();
      }
    });

    it('clears its re-check timer and its JSON-LD when React unmounts it', async () => {
      // Timers set while mounted that neither fired nor were cleared would keep the element alive.
      const pending = new Set<number>();
      const { setTimeout: set, clearTimeout: clear } = window;
      let count = 0;
      window.setTimeout = ((fn: () => void, ms?: number) => {
        const id: number = set(() => {
          pending.delete(id);
          fn();
        }, ms);
        pending.add(id);
        count++;
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) pending.delete(id);
        clear(id);
      }) as typeof window.clearTimeout;
      try {
        await mount(h(SupportHotline, { lines: LINES, structuredData: true }), 'support-hotline');
        expect(count, 'a re-check timer runs without `now`').to.be.greaterThan(0);
        expect(pending.size, 'the re-check timer is armed').to.be.greaterThan(0);
        expect(document.head.querySelector('script[type="application/ld+json"]')?.textContent).to.include('+18005550100');
        root!.unmount();
        root = undefined;
        expect([...pending]).to.deep.equal([]);
        expect([...document.head.querySelectorAll('script[type="application/ld+json"]')].some((s) => s.textContent?.includes('+18005550100'))).to.equal(false);
      } finally {
        window.setTimeout = set;
        window.clearTimeout = clear;
      }
    });
  });

  describe('SupportCallPrep', () => {
    it('calls onSupportCallPrepChange and onSupportCallPrepSubmit with the form data', async () => {
      const changes: SupportCallPrepChangeEvent['detail'][] = [];
      const submits: SupportCallPrepSubmitEvent['detail'][] = [];
      const el = await mount<SupportCallPrepElement>(
        h(SupportCallPrep, {
          storageKey: `react-${Date.now()}`,
          now: NOW,
          topics: ['account', 'other'],
          onSupportCallPrepChange: (e: SupportCallPrepChangeEvent) => changes.push(e.detail),
          onSupportCallPrepSubmit: (e: SupportCallPrepSubmitEvent) => {
            e.preventDefault();
            submits.push(e.detail);
          },
        }),
        'support-call-prep',
      );
      expect(el.topics).to.deep.equal(['account', 'other']);
      expect([...shadow(el).querySelectorAll('#topic option')].map((o) => o.getAttribute('value'))).to.deep.equal(['', 'account', 'other']);
      const set = async (name: string, value: string): Promise<void> => {
        const control = shadow(el).querySelector(`[name="${name}"]`) as HTMLInputElement;
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
      };
      await set('topic', 'account');
      await set('account', 'ana@example.com');
      await set('what', 'I moved and need a new address');
      await waitUntil(() => changes.length, 'change event');
      expect(changes[0].field).to.equal('topic');
      (shadow(el).querySelector('[part=submit]') as HTMLButtonElement).click();
      await waitUntil(() => submits.length, 'submit event');
      expect(submits).to.deep.equal([{ data: { topic: 'account', account: 'ana@example.com', what: 'I moved and need a new address' } }]);
    });
  });

  describe('SupportDisputeChecklist', () => {
    it('calls onSupportDisputeChange, onSupportDisputeReady and onSupportDisputeExport with the typed detail', async () => {
      const changes: SupportDisputeChangeEvent['detail'][] = [];
      const readies: SupportDisputeReadyEvent['detail'][] = [];
      const exports: SupportDisputeExportEvent['detail'][] = [];
      const clipboard = stubClipboard();
      try {
        const el = await mount<SupportDisputeChecklistElement>(
          h(SupportDisputeChecklist, {
            type: 'duplicate',
            now: NOW,
            storageKey: `react-${Date.now()}`,
            onSupportDisputeChange: (e: SupportDisputeChangeEvent) => changes.push(e.detail),
            onSupportDisputeReady: (e) => readies.push(e.detail),
            onSupportDisputeExport: (e) => exports.push(e.detail),
          }),
          'support-dispute-checklist',
        );
        expect(el.type).to.equal('duplicate');
        const boxes = (): HTMLInputElement[] => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
        for (const i of [0, 1, 2]) {
          boxes()[i].click();
          await el.updateComplete;
        }
        expect(changes).to.have.length(3);
        expect(changes[2]).to.deep.include({ type: 'duplicate', ready: true });
        expect(readies).to.deep.equal([{ type: 'duplicate' }]);
        const copy = [...shadow(el).querySelectorAll('button')].find((b) => text(b) === 'Copy')!;
        copy.click();
        await waitUntil(() => exports.length, 'export event');
        expect(exports).to.deep.equal([{ format: 'copy' }]);
        expect(clipboard.copied[0]).to.include('Dispute evidence checklist');
      } finally {
        clipboard.restore();
      }
    });
  });

  describe('SupportCenter', () => {
    it('passes config to the center, which renders the sections it holds', async () => {
      const config = { faq: { items: ITEMS }, hotline: { lines: LINES } };
      const el = await mount<SupportCenterElement>(h(SupportCenter, { config, now: NOW }), 'support-center');
      expect(el.config).to.equal(config);
      await waitUntil(() => shadow(el).querySelector('support-hotline')?.shadowRoot?.querySelector('[part=number]'), 'hotline rendered');
      expect(shadow(el).querySelector('support-faq')).to.exist;
      expect(shadow(el).querySelector('support-call-prep')).to.equal(null);
    });

    it('calls onSupportCenterLoad and onSupportCenterError for src', async () => {
      const loads: SupportCenterLoadEvent['detail'][] = [];
      const failures: SupportCenterErrorEvent['detail'][] = [];
      const errors = capture('error');
      try {
        const props = {
          now: NOW,
          onSupportCenterLoad: (e: SupportCenterLoadEvent) => loads.push(e.detail),
          onSupportCenterError: (e: SupportCenterErrorEvent) => failures.push(e.detail),
        };
        await mount<SupportCenterElement>(h(SupportCenter, { ...props, src: '/test/fixtures/center.json' }), 'support-center');
        await waitUntil(() => loads.length, 'load event');
        expect(loads).to.deep.equal([{ src: '/test/fixtures/center.json' }]);
        rerender(h(SupportCenter, { ...props, src: '/__endpoint/fail' }));
        await waitUntil(() => failures.length, 'error event');
        expect(failures).to.deep.equal([{ src: '/__endpoint/fail', reason: 'HTTP 503' }]);
        expect(errors.calls).to.deep.equal(['<support-center> src: could not load "/__endpoint/fail" (HTTP 503).']);
      } finally {
        errors.restore();
      }
    });
  });

  describe('the CDN bundles', () => {
    it('contain no React: the wrappers are only in support-widgets/react', async () => {
      for (const file of ['cdn/support-widgets.js', 'cdn/support-widgets.iife.js', 'cdn/locales/faq.zh-CN.js', 'cdn/locales/dispute-checklist.ar.js']) {
        const response = await fetch(`/${file}`);
        expect(response.ok, `${file} exists: run \`npm run build\` first`).to.equal(true);
        const code = await response.text();
        for (const marker of ['react.transitional.element', 'react.element', 'useLayoutEffect', '__REACT', 'from"react"', "from'react'", '@lit/react']) {
          expect(code.includes(marker), `${file} contains ${marker}`).to.equal(false);
        }
      }
    });
  });
});
