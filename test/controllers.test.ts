import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { registerLocale, SupportCallPrep, SupportCenter, SupportDisputeChecklist, SupportFaq, SupportHotline } from '../src/index.js';
import { SupportElement } from '../src/internal/base.js';
import { lookup, type Language } from '../src/internal/locale.js';
import { en } from '../src/locales/en.js';
import { faq as englishFaq } from '../src/components/faq/faq.en.js';
import { liveText, capture, nextFrame } from './helpers.js';

/** An element that shows the FAQ's "All" string, with its strings and reports reachable by the test. */
class LocaleProbe extends SupportElement<'faq'> {
  protected static override section = 'faq' as const;
  protected static override english = englishFaq;
  applied?: Record<string, unknown>;
  protected applyConfig(config: Record<string, unknown>): void {
    this.applied = config;
  }
  renders = 0;
  say(): string {
    return this.msg('all');
  }
  override render() {
    this.renders++;
    return html`<p dir=${this.direction}>${this.msg('all')}</p>`;
  }
}
customElements.define('test-locale-probe', LocaleProbe);

/** A wrapper that counts how often its `lang` is read: one read per walk up the tree. */
class CountingWrapper extends HTMLElement {
  langReads = 0;
  override getAttribute(name: string): string | null {
    if (name === 'lang') this.langReads++;
    return super.getAttribute(name);
  }
}
customElements.define('test-counting-wrapper', CountingWrapper);

/** A language file loads over the network: room for a busy machine. */
const WAIT = { timeout: 5000 };
const newTask = () => new Promise((r) => setTimeout(r));
const shown = (el: LocaleProbe) => el.shadowRoot?.querySelector('p')?.textContent;

describe('the language of an element (LocaleController)', () => {
  it('is looked up once, not on every string', async () => {
    const wrapper = await fixture<CountingWrapper>(html`<test-counting-wrapper lang="zh-CN"><test-locale-probe></test-locale-probe></test-counting-wrapper>`);
    const el = wrapper.querySelector('test-locale-probe') as LocaleProbe;
    await waitUntil(() => shown(el) === '全部', 'renders in Chinese', WAIT);
    wrapper.langReads = 0;
    for (let i = 0; i < 50; i++) expect(el.say()).to.equal('全部');
    expect(el.locale).to.equal('zh-CN');
    expect(wrapper.langReads, 'walks up the tree for 50 strings').to.equal(0);
  });

  it('shows the language of where it is moved to: another lang box, a shadow root whose host has one (outside check M1)', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><div lang="zh-CN"><test-locale-probe></test-locale-probe></div><div lang="ar"></div></div>`);
    const el = page.querySelector('test-locale-probe') as LocaleProbe;
    await waitUntil(() => shown(el) === '全部', 'renders in Chinese', WAIT);
    page.lastElementChild!.append(el);
    await waitUntil(() => shown(el) === 'الكل', 'moved into the Arabic box, renders in Arabic', WAIT);
    expect(el.shadowRoot!.querySelector('p')!.dir).to.equal('rtl');
    const host = document.createElement('div');
    host.lang = 'en';
    page.append(host);
    host.attachShadow({ mode: 'open' }).append(el);
    await waitUntil(() => shown(el) === 'All', 'moved into a shadow root whose host is English, renders in English', WAIT);
    // Put back where it was: nothing to show again (the same language, no second walk needed to decide).
    const renders = el.renders;
    host.shadowRoot!.append(el);
    await newTask();
    expect(el.renders).to.equal(renders);
  });

  it('follows an ancestor whose lang changes after it was looked up', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-locale-probe></test-locale-probe></div>`);
    const el = wrapper.querySelector('test-locale-probe') as LocaleProbe;
    expect(el.say()).to.equal('All');
    wrapper.lang = 'zh-CN';
    await newTask();
    expect(el.locale).to.equal('zh-CN');
    await waitUntil(() => shown(el) === '全部', 're-renders in Chinese', WAIT);
    expect(el.say()).to.equal('全部');
    wrapper.dir = 'rtl';
    await newTask();
    expect(el.direction).to.equal('rtl');
  });

  it('follows a lang that changes inside a shadow root on the way up', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('div');
    inner.lang = 'en';
    const el = document.createElement('test-locale-probe') as LocaleProbe;
    inner.append(el);
    root.append(inner);
    await el.updateComplete;
    expect(shown(el)).to.equal('All');
    inner.lang = 'ar';
    await waitUntil(() => shown(el) === 'الكل', 're-renders in Arabic', WAIT);
    expect(el.shadowRoot!.querySelector('p')!.dir).to.equal('rtl');
  });

  it('takes a language registered after it was looked up', async () => {
    const el = await fixture<LocaleProbe>(html`<test-locale-probe lang="x-later"></test-locale-probe>`);
    expect(shown(el)).to.equal('All');
    registerLocale('x-later', { dir: 'rtl', faq: { all: 'Tout' } });
    await waitUntil(() => shown(el) === 'Tout', 're-renders with the registered string', WAIT);
    expect(el.direction).to.equal('rtl');
  });

  it('looks the language up again after the element moves', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><div lang="en" id="a"><test-locale-probe></test-locale-probe></div><div lang="zh-CN" id="b"></div></div>`,
    );
    const el = page.querySelector('test-locale-probe') as LocaleProbe;
    expect(el.say()).to.equal('All');
    page.querySelector('#b')!.append(el);
    expect(el.locale).to.equal('zh-CN');
    el.remove();
    expect(el.locale, 'out of the page').to.equal('en');
  });
});

describe('the strings of an element', () => {
  it('each element brings its own English: the section of the English table it names', () => {
    for (const ctor of [SupportFaq, SupportHotline, SupportCallPrep, SupportDisputeChecklist, SupportCenter]) {
      const { section, english } = ctor as unknown as { section: keyof typeof en; english: object };
      expect(english, ctor.name).to.equal(en[section]);
    }
  });

  it('a packed language file (the CDN form) falls back to English for a string it leaves out', () => {
    const keys = Object.keys(englishFaq);
    const packed = keys.map((k) => (k === 'search' ? 'Rechercher' : null));
    const language: Language = { dir: 'ltr', sections: new Map([['faq', [packed, { all: 'Tout' }]]]) };
    expect(lookup(language, 'faq', 'search', englishFaq)).to.equal('Rechercher');
    expect(lookup(language, 'faq', 'all', englishFaq), 'a later layer wins').to.equal('Tout');
    expect(lookup(language, 'faq', 'none', englishFaq), 'left to English').to.equal(undefined);
    expect(lookup(language, 'faq', 'constructor', englishFaq)).to.equal(undefined);
  });
});

describe('the JSON config of an element (ConfigController)', () => {
  it('hands its reports to a reporter when one is set, else logs each once', async () => {
    const errors = capture('error');
    try {
      const el = document.createElement('test-locale-probe') as LocaleProbe;
      const handed: string[] = [];
      el.reporter = (path, problem) => void handed.push(`${path}: ${problem}`);
      const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: '{"theme":"pink","items":[]}' });
      el.append(script);
      await fixture(html`<div>${el}</div>`);
      expect(handed).to.deep.equal(['config.theme: expected "light", "dark" or "auto", got string "pink"']);
      expect(errors.calls).to.deep.equal([]);
      expect(el.applied).to.deep.equal({ items: [] });
      el.reporter = undefined;
      el.remove();
      document.body.append(el);
      document.body.append(el);
      el.remove();
      document.body.append(el);
      expect(errors.calls).to.deep.equal(['<test-locale-probe> config.theme: expected "light", "dark" or "auto", got string "pink".']);
      el.remove();
    } finally {
      errors.restore();
    }
  });
});

describe('the live region of an element (AnnouncerController)', () => {
  let restoreClipboard: () => void;
  beforeEach(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', { configurable: true, value: async () => undefined });
    restoreClipboard = () => delete (navigator.clipboard as unknown as Record<string, unknown>).writeText;
  });
  afterEach(() => restoreClipboard());

  // A page that closes its help panel once the number is copied, and opens it again later.
  it('says nothing after the element left the page, and holds no old message when it comes back', async () => {
    const panel = await fixture<HTMLDivElement>(html`<div><support-hotline number="+18005550100" label="Support"></support-hotline></div>`);
    const el = panel.querySelector('support-hotline')!;
    const copy = () => el.shadowRoot!.querySelector<HTMLButtonElement>('button[part=copy]')!.click();
    el.addEventListener('support-hotline-copy', () => el.remove(), { once: true });
    copy();
    await waitUntil(() => !el.isConnected, 'the page closed its panel');
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    expect(liveText(el)).to.deep.equal([]);
    panel.append(el);
    await el.updateComplete;
    await nextFrame();
    expect(liveText(el)).to.deep.equal([]);
    // Back on the page, it says the next message.
    copy();
    await waitUntil(() => liveText(el).length, 'nothing announced');
    expect(liveText(el)).to.deep.equal(['Number copied: +1 800 555 0100']);
  });
});
