import { expect, fixture } from '@open-wc/testing';
import '../src/center.js';
import type { CenterConfig, CenterSection, SupportCenter } from '../src/center.js';
import { BOOLEAN, NUMBER, OBJECT, SPEC, STRING, type Kind } from '../src/components/center/center.spec.js';
import { $, $$, capture, settle } from './helpers.js';

// The center binds each section's config to its element's properties by hand (center.component.ts, `content`).
// This walks every key of the generated spec instead of a list of its own: a key added to center.config.ts
// reaches the schema and the spec, and this test fails until it reaches its element too.
const ELEMENT_OF: Record<CenterSection, string> = {
  faq: '#faq support-faq',
  hotline: '#hotline support-hotline',
  callPrep: '#call-prep support-call-prep',
  dispute: '#dispute support-dispute-checklist',
};
const TAG: Record<CenterSection, string> = {
  faq: 'support-faq',
  hotline: 'support-hotline',
  callPrep: 'support-call-prep',
  dispute: 'support-dispute-checklist',
};
const SECTIONS = Object.keys(SPEC) as CenterSection[];

/** A value of the key's kind; rounds 0 and 1 differ, so an element keeping its own default cannot pass both. */
function value(kind: Kind, key: string, round: number): unknown {
  if (kind === BOOLEAN) return round === 0;
  // An address is one the test server answers (the hotline asks its status endpoint at once): no 404 in the log.
  if (kind === STRING) return /Endpoint$/.test(key) ? `/__endpoint/ok/${key}-${round}` : `${key}-${round}`;
  if (kind === NUMBER) return 5 + round;
  if (kind === OBJECT) return { [`${key}-${round}`]: 'x' };
  // A value the element checks itself: passed on as it is, so the same array must arrive.
  return [round];
}

function config(round: number): CenterConfig {
  return Object.fromEntries(
    SECTIONS.map((s) => [s, Object.fromEntries(Object.entries(SPEC[s]).map(([key, kind]) => [key, value(kind as Kind, key, round)]))]),
  ) as CenterConfig;
}

describe('<support-center> section bindings', () => {
  afterEach(() => localStorage.clear());

  it('hands every key of every section in the generated spec to its element as the property of that name, and the default back', async () => {
    // The values are of the right kind for the center, not always right for the element: its reports are not the point here.
    const errors = capture('error');
    try {
      const el = await fixture<SupportCenter>('<support-center></support-center>');
      for (const round of [0, 1]) {
        const given = config(round);
        el.config = given;
        await settle(el);
        for (const s of SECTIONS) {
          const props = $(el, ELEMENT_OF[s]) as unknown as Record<string, unknown>;
          for (const key of Object.keys(SPEC[s])) expect(props[key], `${s}.${key} in round ${round}`).to.equal((given[s] as Record<string, unknown>)[key]);
        }
      }
      // Left out: each property is back to the element's own default (that of an element the center never set).
      el.config = { sections: SECTIONS };
      await settle(el);
      for (const s of SECTIONS) {
        const props = $(el, ELEMENT_OF[s]) as unknown as Record<string, unknown>;
        const fresh = document.createElement(TAG[s]) as unknown as Record<string, unknown>;
        for (const key of Object.keys(SPEC[s])) {
          expect(key in fresh, `${s}.${key} is a property of <${TAG[s]}>`).to.equal(true);
          expect(props[key], `${s}.${key} left out`).to.deep.equal(fresh[key]);
        }
      }
    } finally {
      errors.restore();
    }
  });
});

describe('<support-center> reports', () => {
  it('reports a bad section name of the sections attribute once, when it changes, not on each render', async () => {
    // The first report, before a reporter can be set, goes to the console: one error, checked here.
    const errors = capture('error');
    const el = await fixture<SupportCenter>('<support-center sections="faq, chat"></support-center>').finally(errors.restore);
    expect(errors.calls).to.deep.equal(['<support-center> sections[1]: expected one of faq, hotline, callPrep, dispute, got string "chat".']);
    // A reporter takes every report as it comes (the console's are once per message anyway).
    const reports: string[] = [];
    el.reporter = (path, problem) => void reports.push(`${path}: ${problem}`);
    el.setAttribute('sections', 'faq chat hotline');
    el.config = { faq: { items: [{ question: 'Q?', answer: 'A.' }] }, hotline: {} };
    await settle(el);
    expect(reports).to.deep.equal(['sections[1]: expected one of faq, hotline, callPrep, dispute, got string "chat"']);
    // Renders that change nothing the sections come from report nothing again.
    el.headingLevel = 3;
    await settle(el);
    el.requestUpdate();
    await settle(el);
    expect(reports).to.have.length(1);
    expect($$(el, 'section').map((s) => s.id)).to.deep.equal(['faq', 'hotline']);
  });
});

describe('<support-center> language', () => {
  it('gives every section its full language tag: on an en-GB page the call form keeps pounds and British dates', async () => {
    const box = await fixture<HTMLElement>('<div lang="en-GB"><support-center></support-center></div>');
    const el = box.querySelector<SupportCenter>('support-center')!;
    el.config = {
      faq: { items: [{ question: 'Where is my refund?', answer: 'Five to ten business days.' }] },
      dispute: {},
      hotline: { lines: [{ label: 'Support', number: '+442079460000', hours: 'Mo-Fr 09:00-17:00', timezone: 'Europe/London', languages: 'en' }] },
      callPrep: { fields: [{ id: 'amount', label: 'Amount', type: 'amount', options: ['USD', 'GBP', 'EUR'] }] },
    };
    await settle(el);
    for (const s of ['faq', 'hotline', 'callPrep', 'dispute'] as const) expect($(el, ELEMENT_OF[s])?.getAttribute('lang'), s).to.equal('en-GB');
    const mini = $(el, '#call-prep support-call-prep support-hotline');
    expect(mini?.getAttribute('lang'), 'the hotline beside the call summary').to.equal('en-GB');
    const prep = $(el, '#call-prep support-call-prep')!;
    expect(prep.shadowRoot!.querySelector<HTMLSelectElement>('select[name="amountCurrency"]')?.value).to.equal('GBP');
  });
});
