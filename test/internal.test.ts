import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { hasCardNumber, hasSecret, isSensitive, maskCardNumbers, registerLocale, safeUrl, VERSION } from '../src/index.js';
import { define } from '../src/internal/define.js';
import { parseJson, slugify } from '../src/internal/config.js';
import { SafeStorage } from '../src/internal/storage.js';
import { SupportElement } from '../src/internal/base.js';
import { settingUp } from '../src/internal/scheduler.js';
import { writeJsonLd } from '../src/internal/json-ld.js';
import { clock } from '../src/internal/time.js';
import { SECTIONS } from '../src/internal/locale.js';
import { faq as englishFaq } from '../src/components/faq/faq.en.js';
import { emulateMedia } from '@web/test-runner-commands';
import { blockStorage, capture, chromium, chromiumOnly } from './helpers.js';

describe('safeUrl', () => {
  it('admits https, http, mailto, tel and relative URLs', () => {
    for (const url of ['https://example.com/help', 'http://example.com', 'mailto:help@example.com', 'tel:+18005550100', '/contact', '#faq']) {
      expect(safeUrl(url), url).to.equal(url);
    }
  });
  it('refuses script and data URLs however they are disguised', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'VBScript:msgbox(1)',
      '\u0000javascript:alert(1)',
      'file:///etc/passwd',
      '',
    ];
    for (const url of bad) expect(safeUrl(url), JSON.stringify(url)).to.equal(undefined);
    expect(safeUrl(42)).to.equal(undefined);
  });
});

describe('sensitive data', () => {
  it('finds Luhn-valid card numbers with spaces, dashes or none', () => {
    expect(hasCardNumber('card 4111 1111 1111 1111 please')).to.equal(true);
    expect(hasCardNumber('4111-1111-1111-1111')).to.equal(true);
    expect(hasCardNumber('4111111111111111')).to.equal(true);
    expect(hasCardNumber('378282246310005')).to.equal(true);
  });
  it('leaves numbers that are not card numbers', () => {
    expect(hasCardNumber('1234 5678 9012 3456')).to.equal(false);
    expect(hasCardNumber('order 123456')).to.equal(false);
    expect(hasCardNumber('+1 800 555 0100')).to.equal(false);
  });
  it('masks card numbers to the last four digits', () => {
    expect(maskCardNumbers('paid with 4111 1111 1111 1111 today')).to.equal('paid with •••• 1111 today');
    expect(maskCardNumbers('4111-1111-1111-1111')).to.equal('•••• 1111');
    expect(maskCardNumbers('1234 5678 9012 3456')).to.equal('1234 5678 9012 3456');
  });
  it('finds a CVV, PIN, password or one-time code', () => {
    for (const text of [
      'my CVV is 123',
      'cvc: 4567',
      'PIN 1234',
      'password: hunter22',
      'the one-time code was 845120',
      'OTP 123456',
      '验证码是 123456',
      '密码：abc123',
    ]) {
      expect(hasSecret(text), text).to.equal(true);
    }
    for (const text of ['I forgot my password', 'the PIN pad was broken', 'I did not get a one-time code', 'order 123']) {
      expect(hasSecret(text), text).to.equal(false);
    }
    expect(isSensitive('4111 1111 1111 1111')).to.equal(true);
  });
});

describe('config', () => {
  it('drops prototype keys at every depth', () => {
    const parsed = parseJson('{"__proto__":{"polluted":1},"a":{"constructor":{"prototype":{"x":1}},"b":2}}') as Record<string, unknown>;
    expect(Object.keys(parsed)).to.deep.equal(['a']);
    expect(parsed.a).to.deep.equal({ b: 2 });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
  it('makes stable ids from questions, keeping Chinese', () => {
    expect(slugify('My payment failed. What should I do?')).to.equal('my-payment-failed-what-should-i-do');
    expect(slugify('Ça coûte combien ?')).to.equal('ca-coute-combien');
    expect(slugify('支付失败怎么办？')).to.equal('支付失败怎么办');
  });
});

describe('SafeStorage', () => {
  afterEach(() => localStorage.clear());

  it('writes, reads, expires and forgets records under the merchant namespace', () => {
    const store = new SafeStorage('test', 'shop');
    const now = Date.UTC(2026, 10, 24);
    expect(store.write('draft', { a: 1 }, 7, now)).to.equal('device');
    expect(localStorage.getItem('support-widgets@2:test:shop:draft')).to.include('"a":1');
    expect(store.read('draft', now + 1000)?.data).to.deep.equal({ a: 1 });
    expect(store.read('draft', now + 8 * 86_400_000)).to.equal(undefined);
    expect(localStorage.getItem('support-widgets@2:test:shop:draft')).to.equal(null);
    store.write('draft', { a: 2 }, 7, now);
    store.remove('draft');
    expect(store.read('draft', now)).to.equal(undefined);
  });

  it('never mistakes its own 13-digit timestamps for card numbers', () => {
    const store = new SafeStorage('test', 'shop');
    const now = Date.UTC(2026, 10, 24);
    for (let i = 0; i < 30; i++) expect(store.write('draft', { a: 1 }, 7, now + i), `at ${now + i}`).to.equal('device');
    expect(store.read('draft', now + 30)?.data).to.deep.equal({ a: 1 });
  });

  it('refuses to write a card number or a secret', () => {
    const store = new SafeStorage('test', 'shop');
    expect(store.write('draft', { note: '4111 1111 1111 1111' }, 7)).to.equal('refused');
    expect(store.write('draft', { note: 'my CVV is 123' }, 7)).to.equal('refused');
    expect(localStorage.length).to.equal(0);
  });

  it('ignores corrupt records and leaves future-versioned ones alone', () => {
    const store = new SafeStorage('test', 'shop', 1);
    localStorage.setItem('support-widgets@2:test:shop:a', '{not json');
    expect(store.read('a')).to.equal(undefined);
    localStorage.setItem('support-widgets@2:test:shop:b', JSON.stringify({ v: 9, t: 1, e: Date.now() + 1e6, d: {} }));
    expect(store.read('b')).to.equal(undefined);
    expect(localStorage.getItem('support-widgets@2:test:shop:b')).to.not.equal(null);
  });

  it('keeps working in memory when localStorage throws', () => {
    const restore = blockStorage();
    try {
      const store = new SafeStorage('test', 'shop');
      expect(store.write('draft', { a: 3 }, 7)).to.equal('memory');
      expect(store.persistent).to.equal(false);
      expect(store.read('draft')?.data).to.deep.equal({ a: 3 });
      store.remove('draft');
    } finally {
      restore();
    }
  });
});

class TestElement extends SupportElement<'faq'> {
  protected static override section = 'faq' as const;
  protected static override english = englishFaq;
  applied?: Record<string, unknown>;
  protected applyConfig(config: Record<string, unknown>): void {
    this.applied = config;
  }
  override render() {
    return html`<p dir=${this.direction}>${this.msg('all')}</p>`;
  }
}
customElements.define('test-support-element', TestElement);

describe('SupportElement', () => {
  it('resolves the language from the nearest lang and re-renders when it changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><test-support-element></test-support-element></div>`);
    const el = wrapper.querySelector('test-support-element') as TestElement;
    expect(el.shadowRoot!.textContent).to.include('All');
    wrapper.lang = 'zh-CN';
    await waitUntil(() => el.locale === 'zh-CN', 'the element follows the new lang');
    await el.updateComplete;
    expect(el.locale).to.equal('zh-CN');
    expect(el.shadowRoot!.textContent).to.include('全部');
  });

  it('applies merchant strings and registered languages', async () => {
    registerLocale('fr-test', { dir: 'rtl', faq: { all: 'Aide' } });
    const el = await fixture<TestElement>(html`<test-support-element lang="fr-test"></test-support-element>`);
    expect(el.shadowRoot!.textContent).to.include('Aide');
    expect(el.shadowRoot!.querySelector('p')!.dir).to.equal('rtl');
    el.strings = { all: 'Hilfe' };
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Hilfe');
  });

  it('names a section the elements do not read, once, instead of changing nothing silently', async () => {
    const log = capture();
    try {
      registerLocale('nl-test', { 'call-prep': { submit: 'Versturen' }, faq: { all: 'Alle' } } as never);
    } finally {
      log.restore();
    }
    expect(log.calls).to.deep.equal([`registerLocale('nl-test'): no section "call-prep"; the sections are ${SECTIONS.join(', ')}.`]);
    const el = await fixture<TestElement>(html`<test-support-element lang="nl-test"></test-support-element>`);
    expect(el.shadowRoot!.textContent).to.include('Alle');
  });

  it('reads the child JSON config without prototype keys', async () => {
    const el = await fixture<TestElement>(
      html`<test-support-element><script type="application/json">{"theme":"dark","strings":{"all":"Help"},"items":[],"__proto__":{"x":1}}</script></test-support-element>`,
    );
    await el.updateComplete;
    expect(el.theme).to.equal('dark');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.applied).to.deep.equal({ items: [] });
    expect(el.shadowRoot!.textContent).to.include('Help');
  });

  it('logs one clear error for JSON that does not parse, and still renders', async () => {
    const { calls, restore } = capture('error');
    try {
      const el = await fixture<TestElement>(html`<test-support-element id="x"><script type="application/json">{"items": [</script></test-support-element>`);
      expect(calls).to.have.length(1);
      expect(calls[0]).to.match(/^<test-support-element id="x"> config: the JSON could not be parsed/);
      expect(el.shadowRoot!.textContent).to.include('All');
    } finally {
      restore();
    }
  });
});

describe('define', () => {
  it('skips the same version silently and warns once about another version', () => {
    const { calls, restore } = capture('warn');
    try {
      class A extends HTMLElement {}
      class B extends HTMLElement {}
      define('test-define-a', A);
      define('test-define-a', B);
      expect(calls).to.have.length(0);
      expect(customElements.get('test-define-a')).to.equal(A);
      class Old extends HTMLElement {
        static version = '0.0.1';
      }
      customElements.define('test-define-b', Old);
      define('test-define-b', B);
      expect(calls).to.have.length(1);
      expect(calls[0]).to.include(VERSION).and.include('0.0.1');
    } finally {
      restore();
    }
  });
});

describe('first renders on a page', () => {
  /** An element whose first render takes `ms` of main-thread time, logging its name when it renders. */
  const slow = (ms: number, log: string[], prepare: (() => void)[] = []) =>
    class extends SupportElement<'faq'> {
      protected static override section = 'faq' as const;
      protected static override english = englishFaq;
      protected applyConfig(): void {}
      protected override prepareFirstRender(): (() => void)[] {
        return prepare;
      }
      override render() {
        const end = performance.now() + ms;
        while (performance.now() < end);
        log.push(this.id);
        return html`<p>rendered ${this.id}</p>`;
      }
    };
  const newTask = () => new Promise((r) => setTimeout(r));
  /** A plain element of the library, as FAQ items are: it tells the scheduler when it is set up, then runs `setUp`. */
  const plain = (setUp: (el: HTMLElement) => void = () => {}) =>
    class extends HTMLElement {
      constructor() {
        super();
        settingUp(this);
        setUp(this);
      }
    };

  it('run in several short tasks, in order, each element keeping the space and look the page gave it until then', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <style>support-test-slow:not(:defined) { display: block; min-height: 5em; visibility: hidden; }</style>
      <support-test-slow id="a"><p>one</p></support-test-slow>
      <support-test-slow id="b"><p>one</p><support-test-grows></support-test-grows><p>three</p><p>four</p><p>five</p><p>six</p></support-test-slow>
      <support-test-slow id="c"></support-test-slow>
    </div>`);
    const [a, b, c] = page.querySelectorAll('support-test-slow') as NodeListOf<SupportElement>;
    const before = [a, b, c].map((e) => e.getBoundingClientRect().height);
    expect(before[1]).to.be.above(before[0]);
    const log: string[] = [];
    await newTask();
    // A child that changes size when it upgrades, as FAQ items do: the waiting element keeps its size.
    define(
      'support-test-grows',
      plain((el) => (el.attachShadow({ mode: 'open' }).innerHTML = '<div style="height: 500px"></div>')),
    );
    define('support-test-slow', slow(15, log));
    // The first task after the one that defined them (queued before the scheduler's): where a frame may paint.
    let between: { log: string[]; heights: number[]; visibility: string[] } | undefined;
    setTimeout(() => {
      between = { log: [...log], heights: [b, c].map((e) => e.getBoundingClientRect().height), visibility: [b, c].map((e) => getComputedStyle(e).visibility) };
    });
    await a.updateComplete;
    await waitUntil(() => between, 'the next task ran');
    // The task that defined them rendered the first; the others wait for tasks of their own, keeping their look.
    expect(between!.log).to.deep.equal(['a']);
    expect(between!.heights).to.deep.equal(before.slice(1));
    expect(between!.visibility).to.deep.equal(['hidden', 'hidden']);
    await Promise.all([b.updateComplete, c.updateComplete]);
    expect(log).to.deep.equal(['a', 'b', 'c']);
    expect(b.shadowRoot!.textContent).to.equal('rendered b');
    expect(getComputedStyle(b).visibility).to.equal('visible');
    expect(b.getBoundingClientRect().height).to.be.below(before[1]);
  });

  // On a slow or busy device the upgrades alone can take longer than a task's share of first renders: the task
  // that defined the elements still renders the first of them (when it rendered none, the page stayed blank a task longer).
  it('render one at least in the task that defined them, however long the upgrades took', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <style>support-test-late:not(:defined) { display: block; min-height: 5em; visibility: hidden; }</style>
      <support-test-late id="l1"><support-test-busy></support-test-busy></support-test-late>
      <support-test-late id="l2"></support-test-late>
    </div>`);
    const log: string[] = [];
    await newTask();
    define(
      'support-test-busy',
      plain(() => {
        const end = performance.now() + 25;
        while (performance.now() < end);
      }),
    );
    define('support-test-late', slow(1, log));
    let between: string[] | undefined;
    setTimeout(() => (between = [...log]));
    await waitUntil(() => between, 'the next task ran');
    expect(between).to.deep.equal(['l1']);
    const [l1, l2] = page.querySelectorAll('support-test-late') as NodeListOf<SupportElement>;
    await Promise.all([l1.updateComplete, l2.updateComplete]);
    expect(log).to.deep.equal(['l1', 'l2']);
  });

  it('let an element that renders others keep its look until they have rendered, each after its preparation', async () => {
    const log: string[] = [];
    customElements.define('test-slow-inner', slow(15, log, [() => log.push('prepare inner')]));
    const page = await fixture<HTMLDivElement>(html`<div>
      <style>support-test-outer:not(:defined) { display: block; min-height: 5em; visibility: hidden; }</style>
      <support-test-outer id="outer"></support-test-outer>
    </div>`);
    const outer = page.querySelector('support-test-outer') as SupportElement;
    const before = outer.getBoundingClientRect().height;
    await newTask();
    // The first task after the one where the outer element rendered (queued before the inner one asks for a task).
    let between: { log: string[]; height: number; visibility: string } | undefined;
    define(
      'support-test-outer',
      class extends slow(15, log, [() => log.push('prepare outer')]) {
        override render() {
          super.render();
          setTimeout(() => (between = { log: [...log], height: outer.getBoundingClientRect().height, visibility: getComputedStyle(outer).visibility }));
          return html`<test-slow-inner id="inner"></test-slow-inner>${[1, 2, 3, 4, 5, 6].map((i) => html`<p>paragraph ${i}</p>`)}`;
        }
      },
    );
    await waitUntil(() => between, 'the task after the outer element rendered ran');
    // The outer element has rendered; the inner one waits for a task of its own, the outer keeping its look.
    expect(between!.log).to.deep.equal(['prepare outer', 'outer']);
    expect(between!.height).to.equal(before);
    expect(between!.visibility).to.equal('hidden');
    await outer.updateComplete;
    expect(log).to.deep.equal(['prepare outer', 'outer', 'prepare inner', 'inner']);
    expect(outer.shadowRoot!.querySelector('test-slow-inner')!.shadowRoot!.textContent).to.equal('rendered inner');
    expect(getComputedStyle(outer).visibility).to.equal('visible');
    expect(outer.getBoundingClientRect().height).to.be.above(before);
  });

  // Elements added after one definition and defined in the very next task: the page is measured again for them,
  // whatever timers are still waiting (a timer set five timers deep waits 4 ms, and a message task runs before it).
  // When the page was measured once per task until a timer reset it, these rendered at once, in one long task.
  it('measure the page again for definitions in the very next task, with timers still waiting', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <style>support-test-next:not(:defined) { display: block; min-height: 5em; visibility: hidden; }</style>
      <support-test-earlier></support-test-earlier>
    </div>`);
    const log: string[] = [];
    let between: string[] | undefined;
    await new Promise<void>((done) => {
      const nested = (depth: number): void => {
        if (depth < 6) return void setTimeout(() => nested(depth + 1));
        // Five timers deep: a definition that upgrades an element of the page (it measures the page), then the page
        // adds two elements, defined in a message task.
        define('support-test-earlier', plain());
        page.append(...['n1', 'n2'].map((id) => Object.assign(document.createElement('support-test-next'), { id })));
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          define('support-test-next', slow(15, log));
          setTimeout(() => (between = [...log]));
          done();
        };
        channel.port2.postMessage(0);
      };
      nested(0);
    });
    await waitUntil(() => between, 'the task after the definition ran');
    expect(between).to.deep.equal(['n1']);
    const [n1, n2] = page.querySelectorAll('support-test-next') as NodeListOf<SupportElement>;
    await Promise.all([n1.updateComplete, n2.updateComplete]);
    expect(log).to.deep.equal(['n1', 'n2']);
  });

  it('render at once an element a script adds to the page', async () => {
    const log: string[] = [];
    customElements.define('test-slow-added', slow(15, log));
    await newTask();
    const added = [1, 2, 3].map((i) => Object.assign(document.createElement('test-slow-added'), { id: `added-${i}` }));
    document.body.append(...added);
    try {
      for (let i = 0; i < 50 && log.length < 3; i++) await Promise.resolve();
      expect(log).to.deep.equal(['added-1', 'added-2', 'added-3']);
    } finally {
      added.forEach((e) => e.remove());
    }
  });
});

describe('writeJsonLd', () => {
  it('writes one escaped JSON-LD script in the head and updates it in place', () => {
    // Without a Content-Security-Policy refusing the policy, the script is written.
    const script = writeJsonLd(undefined, { '@type': 'FAQPage', name: '</script><script>window.__pwned=1</script>' })!;
    try {
      expect(script.parentNode).to.equal(document.head);
      expect(script.type).to.equal('application/ld+json');
      expect(script.text).to.not.include('</script>');
      expect(JSON.parse(script.text).name).to.equal('</script><script>window.__pwned=1</script>');
      const again = writeJsonLd(script, { '@type': 'FAQPage', name: 'b' });
      expect(again).to.equal(script);
      expect(document.head.querySelectorAll('script[type="application/ld+json"]')).to.have.length(1);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    } finally {
      script.remove();
    }
  });
});

describe('base styles', () => {
  afterEach(() => chromium && emulateMedia({ colorScheme: 'light' }));

  it('keeps the designed type against hostile host-page CSS', async () => {
    const style = document.createElement('style');
    style.textContent =
      'html{font-size:62.5%} *{box-sizing:content-box} body{line-height:0;letter-spacing:.5em;text-transform:uppercase;color:red;font-family:serif}';
    document.head.append(style);
    try {
      const el = await fixture<TestElement>(html`<test-support-element></test-support-element>`);
      const p = getComputedStyle(el.shadowRoot!.querySelector('p')!);
      expect(p.fontSize).to.equal('16px');
      expect(p.lineHeight).to.equal('24px');
      expect(p.letterSpacing).to.equal('normal');
      expect(p.textTransform).to.equal('none');
      expect(p.color).to.equal('rgb(27, 31, 36)');
      expect(p.boxSizing).to.equal('border-box');
    } finally {
      style.remove();
    }
  });

  chromiumOnly('switches colours with theme, and auto follows the system setting', async () => {
    const el = await fixture<TestElement>(html`<test-support-element theme="dark"></test-support-element>`);
    const colour = () => getComputedStyle(el.shadowRoot!.querySelector('p')!).color;
    expect(colour()).to.equal('rgb(238, 241, 245)');
    el.theme = 'auto';
    await el.updateComplete;
    expect(colour()).to.equal('rgb(27, 31, 36)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(colour()).to.equal('rgb(238, 241, 245)');
  });

  it('takes merchant tokens', async () => {
    const el = await fixture<TestElement>(html`<test-support-element></test-support-element>`);
    el.style.setProperty('--support-color-text', 'rgb(1, 2, 3)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
  });
});

describe('locale resolution', () => {
  it('falls back from an unknown language to English and follows the document language', async () => {
    const el = await fixture<TestElement>(html`<test-support-element lang="de-AT"></test-support-element>`);
    expect(el.shadowRoot!.textContent).to.include('All');
    el.removeAttribute('lang');
    const before = document.documentElement.lang;
    document.documentElement.lang = 'zh';
    try {
      await waitUntil(() => el.locale === 'zh', 'the element follows the document language');
      await el.updateComplete;
      expect(el.locale).to.equal('zh');
      expect(el.shadowRoot!.textContent).to.include('全部');
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('clock', () => {
  it('takes an injected valid Date, else the real clock, never NaN', () => {
    expect(clock(new Date(5))).to.equal(5);
    const before = Date.now();
    for (const now of [undefined, new Date('not a date')]) {
      const t = clock(now);
      expect(t).to.be.at.least(before).and.at.most(Date.now());
    }
  });
});

describe('packed language files', () => {
  it('hold their sections in the order of the English table, as the packer writes them', async () => {
    const { en } = await import('../src/locales/en.js');
    expect(Object.keys(en).filter((k) => k !== 'dir')).to.deep.equal([...SECTIONS]);
  });
});
