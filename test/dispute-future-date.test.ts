import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/dispute-checklist.js';
import type { DisputeDeadline, SupportDisputeChecklist } from '../src/dispute-checklist.js';
import { datesFor, type DateField } from '../src/components/dispute-checklist/dispute-checklist.rules.js';
import { announced, axTree, chromiumOnly, hasAxTree, liveText, seen, enterDate, field, capture, text } from './helpers.js';

/**
 * Red-team issue 16, findings F1-F3 on <support-dispute-checklist>: a date that fails validation gives no
 * deadline anywhere (F1), the deadline is announced when an answer changes it (F2), and the charge's and the
 * deadline's lines are separate items on screen and in the accessibility tree (F3).
 */
const NOW = new Date(2026, 10, 24, 10, 0); // 24 November 2026, local time
const STATEMENT = 'Date of the statement that first showed the charge';
const NEEDS = `To work out your last day to file, enter: ${STATEMENT}.`;
const REG_Z = 'US credit cards: your bank must receive your letter within 60 days of the statement that first showed the charge.';

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [...root(el).querySelectorAll<T>(selector)];
const status = (el: Element): Element => root(el).querySelector('[role=status]')!;

let n = 0;
async function make(attrs: Record<string, string>): Promise<SupportDisputeChecklist> {
  const el = document.createElement('support-dispute-checklist');
  el.setAttribute('dispute-id', `future-${n++}`);
  el.setAttribute('storage-key', 'shop');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.now = NOW;
  return fixture<SupportDisputeChecklist>(el);
}

/** Chooses a radio button as a user does (a click fires `change`). */
async function choose(el: SupportDisputeChecklist, label: string): Promise<void> {
  field(el, label).click();
  await el.updateComplete;
}

/** What the live region says once it says `want` (it is set on the next frame), checked in Chromium's tree (elsewhere in the DOM's live regions). */
async function says(el: SupportDisputeChecklist, want: string): Promise<void> {
  await waitUntil(() => text(status(el)) === want, `announced "${text(status(el))}", not "${want}"`);
  expect(hasAxTree ? announced(await axTree(el)) : liveText(el)).to.deep.equal([want]);
}

/** Every text the element shows, exports or gives the page about its deadline. */
function everywhere(el: SupportDisputeChecklist): string {
  return [text(el.shadowRoot as unknown as Element), el.exportText(), JSON.stringify(el.exportJson()), JSON.stringify(el.deadline), text(status(el))].join(
    '\n',
  );
}

describe('<support-dispute-checklist> issue 16', () => {
  afterEach(() => localStorage.clear());

  describe('F1: a date after today gives no deadline', () => {
    it('a typed future statement date: the field says so, the box says what it needs, no deadline is shown, exported or announced', async () => {
      const el = await make({ type: 'other' });
      await choose(el, 'Credit card from a US bank');
      await enterDate(el, STATEMENT, '2030-12-31');
      const input = field(el, STATEMENT);
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(el.deadline).to.equal(null);
      const all = everywhere(el);
      expect(all).not.to.match(/Last day to file|Days left|2031|1,547|2030/);
      expect(el.exportJson()).to.include({ deadline: undefined, daysLeft: undefined });
      expect(el.exportJson()!.dates).to.equal(undefined);
      // The box says what it needs instead, and the field is described by its error and by the box.
      expect(text(root(el).querySelector('[part=deadline]'))).to.equal(NEEDS);
      const described = input
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => text(root(el).getElementById(id)));
      expect(described.slice(0, 2)).to.deep.equal(['This date is in the future.', NEEDS]);
      expect(el.exportText()).to.include(NEEDS);
      await expect(el).to.be.accessible();
      // A date that is not after today counts again.
      await enterDate(el, STATEMENT, '2026-11-10');
      expect(el.deadline!.date).to.equal('2027-01-09');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
    });

    it('every date field of every payment kind and type: a future date changes nothing (the promised date may be in the future)', async () => {
      const regimes = ['us-credit', 'us-debit', 'eu', 'paypal', 'visa', 'mastercard', 'custom'] as const;
      const types = ['unauthorized', 'not-received', 'not-as-described', 'duplicate', 'subscription-cancelled', 'refund-not-received'];
      const past: Record<DateField, string> = {
        transaction: '2026-09-01',
        statement: '2026-09-05',
        expected: '2026-09-10',
        received: '2026-09-12',
        returned: '2026-09-15',
        cancelled: '2026-08-20',
        refund: '2026-09-20',
      };
      const labels: Record<DateField, string> = {
        transaction: 'Date of the charge',
        statement: STATEMENT,
        expected: 'Promised delivery or service date',
        received: 'Date you received it',
        returned: 'Date you sent it back',
        cancelled: 'Date you cancelled',
        refund: 'Date on the refund confirmation',
      };
      let checked = 0;
      for (const regime of regimes) {
        for (const type of types) {
          const fields = datesFor(regime, type).filter((f) => f !== 'expected');
          for (const f of fields) {
            const el = await make({ regime, type });
            // Every other date filled in with a past date; this one left empty: the deadline without it.
            for (const other of datesFor(regime, type)) if (other !== f) await enterDate(el, labels[other], past[other]);
            const without: DisputeDeadline | null = el.deadline;
            await enterDate(el, labels[f], '2027-03-15');
            const at = `${regime} × ${type}: ${f}`;
            expect(field(el, labels[f]).getAttribute('aria-invalid'), at).to.equal('true');
            expect(el.deadline, at).to.deep.equal(without);
            expect(el.exportText(), at).not.to.match(/2027-03-15|March 15, 2027/);
            expect(JSON.stringify(el.exportJson()), at).not.to.include('2027-03-15');
            checked++;
            el.remove();
          }
        }
      }
      expect(checked).to.be.greaterThan(30);
    });

    it('a future date from an attribute, the config or the page URL: one error naming it, ignored, and the user is asked', async () => {
      const errors = capture('error');
      try {
        const el = await make({ regime: 'us-credit', type: 'other', 'statement-date': '2026-12-10' });
        expect(el.deadline).to.equal(null);
        expect(errors.calls).to.have.length(1);
        expect(errors.calls[0]).to.include('statement-date').and.include('not after today');
        // The field is offered, empty, and the box says it is needed.
        expect(field(el, STATEMENT).value).to.equal('');
        expect(text(root(el).querySelector('[part=deadline]'))).to.equal(NEEDS);
        expect(everywhere(el)).not.to.match(/Last day to file|2027|December 10/);
        await expect(el).to.be.accessible();

        // Set as a property (as the config does): the same.
        const prop = await make({ regime: 'paypal', type: 'not-received' });
        prop.transactionDate = '2027-01-02';
        await prop.updateComplete;
        expect(prop.deadline).to.equal(null);
        expect(errors.calls.at(-1)).to.include('transaction-date').and.include('not after today');
        expect(everywhere(prop)).not.to.match(/Last day to file|2027/);

        const before = location.href;
        history.replaceState(null, '', '?dispute-type=not-received&dispute-regime=paypal&dispute-transaction-date=2030-01-01&dispute-merchant=SHOP');
        try {
          const url = await make({ 'prefill-from-url': '' });
          expect(url.deadline).to.equal(null);
          expect(errors.calls.at(-1)).to.include('dispute-transaction-date').and.include('not after today');
          expect(everywhere(url)).not.to.match(/Last day to file|2030|2031/);
          expect(field(url, 'Date of the charge').value).to.equal('');
        } finally {
          history.replaceState(null, '', before);
        }
        // The clock decides: once the day has come, the same attribute counts.
        el.now = new Date(2026, 11, 10, 9, 0);
        await el.updateComplete;
        expect(el.deadline!.date).to.equal('2027-02-08');
      } finally {
        errors.restore();
      }
    });
  });

  describe('F2: the deadline is announced when an answer changes it', () => {
    it('says the new deadline once, politely, with the rule’s reason when the payment kind changes; not on other renders', async () => {
      const el = await make({ type: 'other' });
      expect(text(status(el))).to.equal('');
      expect(status(el).getAttribute('aria-live')).to.equal('polite');
      await choose(el, 'Credit card from a US bank');
      await says(el, `${NEEDS} ${REG_Z}`);
      await enterDate(el, STATEMENT, '2026-09-01');
      await says(el, 'The deadline passed on October 31, 2026. Contact your card issuer.');
      await enterDate(el, STATEMENT, '2026-11-10');
      await says(el, 'Last day to file: January 9, 2027. 46 days left.');
      // Same date, new payment kind: the reason changed, so it is read with the deadline.
      await choose(el, 'Debit card or bank transfer, US bank');
      await says(
        el,
        'Last day to file: January 9, 2027. 46 days left. US debit cards and transfers: tell your bank within 60 days of the statement that first showed the charge.',
      );
      // A future date: its error and what the box now needs.
      await enterDate(el, STATEMENT, '2030-12-31');
      await says(el, `This date is in the future. ${NEEDS}`);
      await expect(el).to.be.accessible();

      // Nothing new is said when nothing the user answered changed the deadline: checking an item, a clock tick.
      await enterDate(el, STATEMENT, '2026-11-10');
      await says(el, 'Last day to file: January 9, 2027. 46 days left.');
      const changes: string[] = [];
      const watch = new MutationObserver(() => changes.push(text(status(el))));
      watch.observe(status(el), { childList: true, subtree: true, characterData: true });
      $$<HTMLInputElement>(el, 'input[type=checkbox]')[1].click();
      await el.updateComplete;
      el.now = new Date(2026, 10, 25, 10, 0);
      await el.updateComplete;
      await enterDate(el, STATEMENT, '2026-11-10');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      watch.disconnect();
      expect(changes).to.deep.equal([]);
    });

    it('in Chinese and Arabic, as full sentences', async () => {
      const zh = await make({ lang: 'zh-CN', regime: 'us-credit', type: 'other' });
      await enterDate(zh, '首次显示这笔扣款的账单日期', '2026-11-10');
      await says(zh, '申诉截止日：2027年1月9日。 还剩46天。');
      const ar = await make({ lang: 'ar', regime: 'us-credit', type: 'other' });
      const input = $$<HTMLInputElement>(ar, 'input[type=date]')[0];
      input.value = '2026-11-10';
      input.dispatchEvent(new Event('change'));
      await waitUntil(() => text(status(ar)).startsWith('آخر يوم لتقديم الاعتراض:'));
      expect(text(status(ar))).to.match(/^آخر يوم لتقديم الاعتراض: .+\. بقي.+\.$/);
    });
  });

  describe('F3: the charge and the deadline, one item per line', () => {
    for (const lang of ['en', 'ar']) {
      chromiumOnly(`separate list items on screen and in the accessibility tree (${lang}, 320 px)`, async () => {
        await setViewport({ width: 320, height: 800 });
        try {
          const el = await make({
            lang,
            regime: 'custom',
            type: 'other',
            'merchant-name': 'NORTHWIND GADGETS',
            amount: '89',
            currency: 'USD',
            'transaction-date': '2026-08-17',
          });
          const tree = await axTree(el);
          const nodes = seen(tree);
          const items = nodes.filter((x) => x.role === 'listitem').map((x) => x.text.trim());
          const charge =
            lang === 'en'
              ? ['Merchant: NORTHWIND GADGETS', 'Amount: $89.00', 'Date of the charge: August 17, 2026']
              : items.filter((t) => /^(التاجر|المبلغ|تاريخ الخصم): /.test(t));
          expect(charge).to.have.length(3);
          for (const line of charge) expect(items, lang).to.include(line);
          if (lang === 'en') expect(items).to.include.members(['Last day to file: December 15, 2026', '21 days left']);
          expect(nodes.filter((x) => x.role === 'list').length, 'deadline and charge lists').to.be.at.least(2);
          // No text node runs two lines into one ("NORTHWIND GADGETSAmount").
          expect(nodes.filter((x) => x.role === 'StaticText' && /GADGETS\S/.test(x.name)).map((x) => x.name)).to.deep.equal([]);
          // On screen: each line below the one before, inside the 320 px viewport.
          for (const part of ['charge', 'deadline']) {
            const lis = $$(el, `[part=${part}] li`).map((li) => li.getBoundingClientRect());
            expect(lis.length, part).to.be.at.least(2);
            lis.slice(1).forEach((r, i) => expect(r.top, `${part} line ${i + 2}`).to.be.at.least(lis[i].bottom - 1));
            for (const r of lis) expect(r.right, part).to.be.at.most(321);
          }
          await expect(el).to.be.accessible();
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    }
  });
});
