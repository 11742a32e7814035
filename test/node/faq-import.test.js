// `npx support-widgets faq-import` (src/cli/, run here from its build in dist/cli/): the sample files in
// examples/faq-import/, hostile input, the report lines, the exit codes, and that the output is a FAQ config the
// real <support-faq> renders without a report (through server rendering, which runs the element's own checks).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync, execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { importFaq } from '../../dist/cli/faq-import.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const BIN = resolve(pkg.bin['support-widgets']);
const SAMPLES = 'examples/faq-import';
const sample = (name) => readFileSync(`${SAMPLES}/${name}`, 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'faq-import-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** Runs the CLI as `npx support-widgets …` runs it: node on the package's bin file. */
function cli(args, input) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A file in the temporary directory with this text (or bytes). */
function file(name, content) {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const messages = (result) => result.warnings.map((w) => `${w.at}: ${w.message}`);

// Every item the FAQ would show in one language: per-language objects reduced to that language (this branch's
// FAQ takes strings; the per-language objects themselves are checked for shape below).
const inLanguage = (items, lang) =>
  items.flatMap(({ question, answer, ...rest }) => {
    const q = typeof question === 'string' ? question : question[lang];
    const a = typeof answer === 'string' ? answer : answer[lang];
    return q && a ? [{ ...rest, question: q, answer: a }] : [];
  });

const schema = JSON.parse(readFileSync('config.schema.json', 'utf8'));
const validateItems = new Ajv2020({ strict: true }).compile({ $defs: schema.$defs, type: 'array', items: { $ref: '#/$defs/FaqItemConfig' } });

/** The FAQ's server-rendered HTML for these items and every console.error it printed. */
async function renderFaq(items) {
  await import('support-widgets');
  const errors = [];
  const saved = console.error;
  console.error = (...args) => errors.push(args.join(' '));
  try {
    const out = await collectResult(render(html`<support-faq .items=${items}></support-faq>`));
    return { html: out, errors };
  } finally {
    console.error = saved;
  }
}

/** The shape of the config: items with a string, or an object of non-empty strings per language, for question and answer. */
function assertShape(config) {
  assert.ok(Array.isArray(config.items));
  for (const item of config.items) {
    for (const key of Object.keys(item)) assert.ok(['id', 'question', 'answer', 'category'].includes(key), key);
    for (const key of ['question', 'answer']) {
      const v = item[key];
      if (typeof v === 'string') assert.ok(v.trim(), key);
      else {
        assert.ok(config.defaultLang && v[config.defaultLang], `${key} has the default language ${config.defaultLang}`);
        for (const [tag, text] of Object.entries(v)) assert.ok(Intl.getCanonicalLocales(tag)[0] === tag && text.trim(), `${key}.${tag}`);
      }
    }
  }
}

describe('faq-import: the sample files', () => {
  test('Markdown: questions from headings of any style, categories from the headings above, ids, and the report', () => {
    const result = importFaq(sample('faq.md'), { name: 'faq.md' });
    assert.equal(result.format, 'markdown');
    const { items } = result.config;
    assert.deepEqual(
      items.map((i) => [i.id, i.question, i.category]),
      [
        ['payment-failed', 'My payment failed. What should I do?', 'Payments'],
        ['refund-time', 'How long does a refund take?', 'Payments'],
        [undefined, 'Which payment methods can I use?', 'Payments'],
        [undefined, 'How do I change my account details?', 'Account'],
        ['before-calling', 'What should I prepare before calling?', 'Account'],
        [undefined, 'How does ExamplePay keep my account safe?', 'Security'],
      ],
    );
    assert.equal(
      items[1].answer,
      'Once the merchant has issued it, a refund reaches:\n\n1. your ExamplePay balance at once;\n2. an e-wallet within 1 to 3 days;\n3. a card within *5 to 10 business days*, depending on your bank.',
    );
    assert.match(items[0].answer, /\n- daily limits reset at midnight;\n- monthly limits on the 1st;\n/);
    assert.match(items[0].answer, /\[call us on 1-800-555-0100\]\(tel:\+18005550100\)/);
    assert.match(items[4].answer, /`E-4012 card_declined`/);
    assert.deepEqual(messages(result), [
      'line 11: nested list flattened into its parent list',
      'line 36: table flattened: one paragraph per row, cells separated by " | "',
      'line 48: image dropped (alt text "The Profile screen") (src "/img/profile-screen.png")',
      'line 71: <blockquote> not supported: its text is kept',
    ]);
    assert.equal(validateItems(items), true, JSON.stringify(validateItems.errors));
    // faq.json beside it is this output (the browser test renders it): regenerate it when the converter changes.
    assert.deepEqual(
      JSON.parse(sample('faq.json')),
      result.config,
      'npx support-widgets faq-import examples/faq-import/faq.md --out examples/faq-import/faq.json',
    );
  });

  test('CSV: columns in any order and case, quoted fields with commas, quotes and line breaks, BOM and CRLF, a language pair', () => {
    const text = sample('faq.csv');
    assert.ok(text.startsWith('\ufeff') && text.includes('\r\n'), 'the sample has a BOM and CRLF line ends');
    const result = importFaq(text, { name: 'faq.csv' });
    assert.equal(result.config.defaultLang, 'en');
    const [dispute, pending, instalments, contact] = result.config.items;
    assert.deepEqual(Object.keys(dispute.question), ['en', 'zh-CN']);
    assert.equal(dispute.id, 'dispute-transaction');
    assert.equal(dispute.category, 'Disputes');
    assert.match(dispute.answer.en, /\*\*gather your evidence before you file\*\*:\n\n- receipts and the order confirmation;\n- your messages/);
    assert.match(dispute.answer['zh-CN'], /\n- 与商家的往来消息；\n/);
    assert.equal(pending.question.en, 'What does "pending" mean on my statement?');
    // A line break in a cell is a line break; the row without a Chinese answer keeps English only, reported.
    assert.equal(instalments.question, 'Can I pay in instalments, e.g. 3, 6 or 12 months?');
    assert.match(instalments.answer, /at checkout\.\nThe fee/);
    assert.equal(contact.answer['zh-CN'].includes('[1-800-555-0100](tel:+18005550100)'), true);
    assert.deepEqual(messages(result), ['line 16: zh-CN: empty answer: that language not kept']);
    assertShape(result.config);
  });

  test('Zendesk: articles with sections as categories, a translation, drafts skipped, HTML bodies converted and reported', () => {
    const result = importFaq(sample('zendesk-articles.json'), { name: 'zendesk-articles.json' });
    assert.equal(result.config.defaultLang, 'en-US');
    const items = result.config.items;
    assert.deepEqual(
      items.map((i) => [i.id, i.category]),
      [
        ['360041100011', 'Cards and payments'],
        ['360041100012', 'Cards and payments'],
        ['360041100013', 'Your account'],
        ['360041100015', 'Security'],
      ],
    );
    assert.deepEqual(items[0].question, { 'en-US': 'How do I add a card to my wallet?', 'zh-CN': '如何在钱包中添加银行卡？' });
    assert.equal(items[0].answer['zh-CN'], '打开**钱包** › *添加银行卡*，按提示操作。最多可添加 5\u00a0张卡。');
    assert.match(items[0].answer['en-US'], /\n\n\*\*Cards we accept\*\*\n\nNetwork \| Debit \| Credit\n\nVisa \| Yes \| Yes/);
    assert.equal(
      items[1].answer,
      "A card is usually declined because:\n\n- the card has **expired** or was typed wrongly;\n- there is not enough money on it;\n- your bank blocked the payment as unusual.\n- Check your bank's app for a notice.\n\nStill stuck? Call [1-800-555-0100](tel:+18005550100) or chat with us.",
    );
    assert.equal(items[2].answer, 'Withdraw your balance first, then go to `Settings > Account > Close account`.\n\nClosing is final after 30\u00a0days.');
    assert.deepEqual(messages(result), [
      'article 360041100011 (en-US): image dropped (alt text "The Add card screen") (src "https://pay-example.zendesk.com/hc/article_attachments/36009…")',
      'article 360041100011 (en-US): heading <h3> inside an answer made a bold paragraph',
      'article 360041100011 (en-US): table flattened: one paragraph per row, cells separated by " | "',
      'article 360041100011 (ar): draft: not kept',
      'article 360041100012 (en-US): nested list flattened into its parent list',
      'article 360041100012 (en-US): script dropped with its content',
      'article 360041100012 (en-US): link to "javascript:openChat()" refused (only https:, http:, mailto:, tel: and relative links): its text "chat with us" is kept, the link dropped',
      'article 360041100013 (en-US): embedded page (iframe) dropped with its content',
      'article 360041100014 (en-US): draft: not kept',
      'article 360041100015 (en-US): event handler attribute onclick dropped',
    ]);
    assertShape(result.config);
  });

  test('the real <support-faq> renders every sample answer, in every language, without a report', async () => {
    const configs = ['faq.md', 'faq.csv', 'zendesk-articles.json'].map((f) => importFaq(sample(f), { name: f }).config);
    for (const config of configs) {
      const langs = new Set([config.defaultLang, ...config.items.flatMap((i) => (typeof i.question === 'string' ? [] : Object.keys(i.question)))]);
      for (const lang of langs) {
        const items = inLanguage(config.items, lang);
        assert.equal(validateItems(items), true, JSON.stringify(validateItems.errors));
        const { html: out, errors } = await renderFaq(items);
        assert.deepEqual(errors, [], `${lang}: ${errors.join('\n')}`);
        assert.equal((out.match(/<support-faq-item/g) ?? []).length, items.length);
      }
    }
    // Lit's server rendering marks its parts with comments: left out, the markup reads as the browser builds it.
    const out = (await renderFaq(configs[0].items)).html.replace(/<!--[^]*?-->/g, '');
    assert.match(out, /<a[^>]*href="tel:\+18005550100"[^>]*>call us on 1-800-555-0100<\/a>/);
    assert.match(out, /<a[^>]*href="https:\/\/pay\.example\/app\/freeze"/);
    assert.match(out, /<li[^>]*>a weak or lost internet connection;/);
    assert.match(out, /<strong>not charged<\/strong>/);
  });
});

describe('faq-import: Markdown rules', () => {
  const md = (text) => importFaq(text, { format: 'markdown' });

  test('every ATX level and both setext styles are questions; a first heading alone at the top is a title, not a category', () => {
    const levels = ['# One', '## Two', '### Three', '#### Four', '##### Five', '###### Six'].map((h) => md(`${h}\n\nAnswer.\n`).config.items[0].question);
    assert.deepEqual(levels, ['One', 'Two', 'Three', 'Four', 'Five', 'Six']);
    assert.deepEqual(md('Refunds?\n========\n\nFive days.\n').config.items, [{ question: 'Refunds?', answer: 'Five days.' }]);
    const setext = md('Refunds?\n--------\n\nFive days.\n\nFees?\n-----\nNone.\n').config.items;
    assert.deepEqual(
      setext.map((i) => [i.question, i.answer]),
      [
        ['Refunds?', 'Five days.'],
        ['Fees?', 'None.'],
      ],
    );
    const titled = md('# ExamplePay FAQ\n\n## Refunds?\n\nFive days.\n').config.items;
    assert.deepEqual(titled, [{ question: 'Refunds?', answer: 'Five days.' }]);
    const sections = md('# ExamplePay FAQ\n## Payments\n### Refunds?\nFive days.\n## Account\n### Email?\nIn Settings.\n').config.items;
    assert.deepEqual(
      sections.map((i) => i.category),
      ['Payments', 'Account'],
    );
    const topLevel = md('# Payments\n## Refunds?\nFive days.\n# Account\n## Email?\nIn Settings.\n').config.items;
    assert.deepEqual(
      topLevel.map((i) => i.category),
      ['Payments', 'Account'],
    );
  });

  test('ids from {#id} and HTML anchors; duplicates renamed and reported with both places', () => {
    const r = md('## A? {#same}\n\nOne.\n\n<a name="same"></a>\n## B?\n\nTwo.\n\n## <a id="c"></a>C?\n\nThree.\n');
    assert.deepEqual(
      r.config.items.map((i) => [i.id, i.question]),
      [
        ['same', 'A?'],
        ['same-2', 'B?'],
        ['c', 'C?'],
      ],
    );
    assert.deepEqual(messages(r), ['line 6: duplicate id "same" (first at line 1): changed to "same-2"']);
  });

  test('headings inside fenced code are not questions; code lines are kept as inline code, reported', () => {
    const r = md('## Error codes?\n\n```\n# not a heading\nE-4012\n```\n\nThat is all.\n');
    assert.equal(r.config.items.length, 1);
    assert.equal(r.config.items[0].answer, '`# not a heading`\n`E-4012`\n\nThat is all.');
    assert.deepEqual(messages(r), ['line 3: code block: each line kept as inline code']);
  });

  test('empty questions and answers, text outside questions: not kept, each reported with its line', () => {
    const r = md('Welcome!\n\n## \n\nOrphan answer.\n\n## No answer?\n\n## Fine?\n\nYes.\n');
    assert.deepEqual(r.config.items, [{ question: 'Fine?', answer: 'Yes.' }]);
    assert.deepEqual(messages(r), [
      'line 1: text before the first heading is not under a question: not kept',
      'line 3: empty question: not kept',
      'line 7: empty answer: not kept',
    ]);
  });

  test('literal * _ ` [ ] \\ in text are escaped; soft line breaks are spaces, hard ones line breaks', () => {
    const r = md('## Q?\n\nPrice \\* 2, file\\_name, a \\[note\\] and C:\\\\path\nsame paragraph  \nnew line\\\nthird line\n');
    assert.equal(r.config.items[0].answer, 'Price \\* 2, file\\_name, a \\[note\\] and C:\\\\path same paragraph\nnew line\nthird line');
  });
});

describe('faq-import: what an answer keeps', () => {
  test('the HTML allow-list: paragraphs, breaks, bold, italic, code, links, lists with their start; the rest reported', () => {
    const body =
      '<div><h1>Fees</h1><p>Line one<br>line <span>two</span> with <i>italic</i>, <b>bold <em>both</em></b> and <code>a*b</code>.</p>' +
      '<ol start="3"><li><p>third</p></li><li>fourth</li></ol><pre>step 1\nstep 2</pre>' +
      '<template><p>hidden</p></template><noscript>Enable JavaScript</noscript><u>under</u></div>';
    const r = importFaq(JSON.stringify({ articles: [{ id: 9, title: 'Q?', body, locale: 'en' }] }), { format: 'zendesk' });
    assert.equal(
      r.config.items[0].answer,
      '**Fees**\n\nLine one\nline two with *italic*, **bold _both_** and `a*b`.\n\n3. third\n4. fourth\n\nstep 1\nstep 2\n\nunder',
    );
    assert.deepEqual(
      r.warnings.map((w) => w.message),
      [
        'heading <h1> inside an answer made a bold paragraph',
        '<pre> not supported: its text is kept, one line per line',
        '<template> dropped with its content',
        '<noscript> dropped with its content',
        '<u> not supported: its text is kept',
      ],
    );
  });

  test('relative links are kept and reported (they now resolve against the FAQ’s page); #fragments silently', () => {
    const r = importFaq(
      JSON.stringify({ articles: [{ id: 3, title: 'Q?', body: '<p><a href="/hc/en-us/articles/1">See</a> <a href="#hotline">call</a></p>', locale: 'en' }] }),
      {
        format: 'zendesk',
      },
    );
    assert.equal(r.config.items[0].answer, '[See](/hc/en-us/articles/1) [call](#hotline)');
    assert.deepEqual(messages(r), ['article 3 (en): relative link "/hc/en-us/articles/1" kept: it now leads to that path on the site that shows the FAQ']);
  });

  test('formatting nested more than 20 deep: the deeper formatting dropped, its text kept, reported once', () => {
    const r = importFaq(JSON.stringify({ articles: [{ id: 4, title: 'Q?', body: `<p>${'<b><i>'.repeat(80)}deep</p>`, locale: 'en' }] }), { format: 'zendesk' });
    assert.equal(r.config.items[0].answer, '**_deep_**');
    assert.deepEqual(messages(r), ['article 4 (en): formatting nested more than 20 deep: the deeper formatting dropped, its text kept (140 times)']);
  });

  test('Markdown: front matter skipped, + bullets, reference links, text under a section reported', () => {
    const r = importFaq('---\ntitle: Help\n---\n# Payments\nAll about payments.\n## Refunds?\n+ [card][c]\n+ balance\n\n[c]: https://pay.example/card\n', {
      format: 'markdown',
    });
    assert.deepEqual(r.config.items, [{ question: 'Refunds?', answer: '- [card](https://pay.example/card)\n- balance' }]);
    assert.deepEqual(messages(r), ['line 5: text under the section heading "Payments" is not under a question: not kept']);
  });
});

describe('faq-import: hostile input', () => {
  const zendesk = (body) => importFaq(JSON.stringify({ articles: [{ id: 1, title: 'Q?', body, locale: 'en-us', draft: false }] }), { format: 'zendesk' });
  const answer = (r) => r.config.items[0]?.answer ?? '';

  test('HTML injection: event handlers, scripts, styles and iframes never reach the answer; their text is reported', () => {
    const r = zendesk(
      '<p>Hi<img src=x onerror="alert(1)"><script>alert(2)</script><style>p{color:red}</style><iframe src="https://evil.example"></iframe>' +
        '<svg onload=alert(3)><text>svg text</text></svg><b onmouseover=alert(4)>bold</b></p>',
    );
    assert.equal(answer(r), 'Hisvg text**bold**');
    for (const bad of ['alert', 'onerror', 'script', '<', 'color:red']) assert.ok(!answer(r).includes(bad), bad);
    assert.deepEqual(messages(r), [
      'article 1 (en-US): event handler attribute onerror dropped',
      'article 1 (en-US): image dropped (src "x")',
      'article 1 (en-US): script dropped with its content',
      'article 1 (en-US): style sheet dropped with its content',
      'article 1 (en-US): embedded page (iframe) dropped with its content',
      'article 1 (en-US): event handler attribute onload dropped',
      'article 1 (en-US): SVG drawing dropped, its text kept',
      'article 1 (en-US): <text> not supported: its text is kept',
      'article 1 (en-US): event handler attribute onmouseover dropped',
    ]);
  });

  test('links with refused schemes, however written, keep their text and lose the link', () => {
    const hrefs = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' \tjavascript:alert(1)',
      'jav&#x61;script:alert(1)',
      '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
      '&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)',
      'java&Tab;script&colon;alert(1)',
      'java\nscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '//evil.example/login',
      'https://pay.example@evil.example/',
    ];
    for (const href of hrefs) {
      const r = zendesk(`<p><a href="${href}">click here</a></p>`);
      assert.equal(answer(r), 'click here', href);
      assert.equal(r.warnings.length, 1, href);
      assert.match(r.warnings[0].message, /^link to .* refused/, href);
    }
    // The same through Markdown, inline and as a reference.
    for (const text of [
      '[click here](javascript:alert(1))',
      '[click here](<JaVaScRiPt:alert(1)>)',
      '[click here][x]\n\n[x]: javascript:alert(1)',
      '<javascript:alert(1)>',
    ]) {
      const r = importFaq(`## Q?\n\n${text}\n`, { format: 'markdown' });
      assert.ok(!/\]\(/.test(answer(r)), text);
      assert.match(messages(r).join('\n'), /refused/, text);
    }
  });

  test('text that looks like safe-format syntax stays text: no link or formatting is smuggled through', () => {
    const r = zendesk('<p>[win](javascript:alert(1)) **not bold** `tick` _u_ \\</p><p>- not a list<br>1. not numbered</p>');
    assert.equal(answer(r), '\\[win\\](javascript:alert(1)) \\*\\*not bold\\*\\* \\`tick\\` \\_u\\_ \\\\\n\n-\u00a0not a list\n1.\u00a0not numbered');
    const m = importFaq('## Q?\n\n\\[x\\](https://evil.example) and `[y](https://evil.example)`\n', { format: 'markdown' });
    // Escaped brackets are text; inside a code span it is code: neither becomes a link.
    assert.equal(answer(m), '\\[x\\](https://evil.example) and `[y](https://evil.example)`');
  });

  test('a tel: link must dial what its text shows, checked as the FAQ checks it', () => {
    const r = zendesk(
      '<p><a href="tel:+18005550100">1-800-555-0100</a>, <a href="tel:+18005550100">+1 900 555 0199</a>, <a href="tel:555-0100">call</a>, <a href="tel:+18005550100">Call us</a></p>',
    );
    assert.equal(answer(r), '[1-800-555-0100](tel:+18005550100), +1 900 555 0199, call, [Call us](tel:+18005550100)');
    assert.deepEqual(
      r.warnings.map((w) => w.message),
      [
        'the link text "+1 900 555 0199" is not the number it dials (+18005550100): the text is kept, the link dropped',
        'tel: link "tel:555-0100" is not an E.164 number like tel:+18005550100: its text is kept, the link dropped',
      ],
    );
  });

  test('unknown character references stay as written and are reported; numeric ones are decoded, C1 as windows-1252', () => {
    const r = zendesk('<p>&euro;5 &#8364;5 &#x80;5 &#0; &bogus; &amp;lt;</p>');
    assert.equal(answer(r), '€5 €5 €5 \ufffd &bogus; &lt;');
    assert.deepEqual(messages(r), ['article 1 (en-US): unknown character reference &bogus; kept as written']);
  });

  test('huge inputs finish in bounded time, growing linearly (unmatched brackets, backticks, quotes and tags)', () => {
    // Each case at n and 16n units (~36 KB and ~580 KB): a linear scan takes about 16 times as long, one that goes
    // back over the text about 256 times. Each timed at its best of a few runs, as garbage collection varies single runs
    // several-fold (up to 6 times linear seen here): the bound is 120. The larger input
    // stays under 20 s.
    const cases = {
      'Markdown, realistic answers (90 B a unit)': [
        'markdown',
        (n) => '## Q?\n\n' + 'Pay **now** with [a card](https://pay.example/card) or `code`, *today*.\n\n- one\n- two\n\n'.repeat(n),
      ],
      'Markdown, unmatched [': ['markdown', (n) => '## Q?\n\n' + '['.repeat(n * 90)],
      'Markdown, unmatched backticks': ['markdown', (n) => '## Q?\n\n' + '`x ``y '.repeat(n * 12)],
      'Markdown, stars and underscores': ['markdown', (n) => '## Q?\n\n' + '*a _b '.repeat(n * 15)],
      'Markdown, unclosed link titles': ['markdown', (n) => '## Q?\n\n' + '[a](b "'.repeat(n * 12)],
      'Markdown, headings': ['markdown', (n) => '## Q?\n\nA.\n\n'.repeat(n * 7)],
      'HTML, unclosed attributes': ['zendesk', (n) => JSON.stringify({ articles: [{ id: 1, title: 'Q?', locale: 'en', body: '<a href="x'.repeat(n * 9) }] })],
      'HTML, nested tags': ['zendesk', (n) => JSON.stringify({ articles: [{ id: 1, title: 'Q?', locale: 'en', body: '<b><i><ul><li>'.repeat(n * 6) + 'x' }] })],
      'CSV, quoted rows': ['csv', (n) => 'question,answer\n' + 'How?,"Like ""this"", with a\nline break"\n'.repeat(n * 2)],
    };
    // The process's own CPU time, not the wall clock: other processes on a loaded machine (npm test runs two
    // steps at a time) do not count, where they stretched a wall-clock measure of the small input several-fold.
    const time = (format, text) => {
      const t0 = process.cpuUsage();
      importFaq(text, { format });
      const { user, system } = process.cpuUsage(t0);
      return (user + system) / 1000;
    };
    for (const [name, [format, make]] of Object.entries(cases)) {
      const small = Math.min(...[0, 1, 2].map(() => time(format, make(400))));
      const large = Math.min(...[0, 1].map(() => time(format, make(6_400))));
      assert.ok(large < 120 * Math.max(small, 10), `${name}: ${Math.round(small)} ms for ~36 KB, ${Math.round(large)} ms for ~580 KB`);
      assert.ok(large < 20_000, `${name}: ${Math.round(large)} ms for ~580 KB`);
    }
  });
});

describe('faq-import: CSV rules', () => {
  const csv = (text, options = {}) => importFaq(text, { format: 'csv', ...options });

  test('delimiter from the header row (; or tab), or --delimiter; header case and order free', () => {
    assert.deepEqual(csv('ANSWER;Question;Category\n"Yes; at once";Refunds?;Payments\n').config.items, [
      { question: 'Refunds?', answer: 'Yes; at once', category: 'Payments' },
    ]);
    assert.deepEqual(csv('id\tquestion\tanswer\nr\tRefunds?\tYes, at once\n').config.items, [{ id: 'r', question: 'Refunds?', answer: 'Yes, at once' }]);
    assert.deepEqual(csv('question|answer\nRefunds?|Yes\n', { delimiter: '|' }).config.items, [{ question: 'Refunds?', answer: 'Yes' }]);
  });

  test('bad CSV is one error naming the line: an unbalanced quote, text after a closing quote, no question column, a column twice', () => {
    const error = (text) => {
      try {
        csv(text);
      } catch (e) {
        return `${e.at}: ${e.message}`;
      }
      return 'no error';
    };
    assert.equal(error('question,answer\nA?,B\nC?,"never closed\nmore\n'), 'line 3: unbalanced quote: the quoted field that starts here never ends');
    assert.equal(error('question,answer\n"A?"x,B\n'), 'line 2: text after a closing quote: expected "," or the end of the line');
    assert.equal(error('title,body\nA?,B\n'), 'line 1: no question column in the header "title,body": expected columns named question and answer');
    assert.equal(error('question,answer,Question\nA?,B,C\n'), 'line 1: column "Question" appears twice in the header');
    assert.equal(error('question,answer,question:xx_!!\nA?,B,C\n'), 'line 1: column "question:xx_!!": "xx_!!" is not a BCP 47 language tag (like en or zh-CN)');
  });

  test('languages only as columns; the default language named; rows with too many fields and stray quotes reported', () => {
    const r = csv('question:zh-cn,answer:zh-cn,question:en,answer:en,colour\n退款？,五天。,Refund?,Five days.,red\n"Q?","A.","",""\n', {
      defaultLang: 'zh-CN',
    });
    assert.equal(r.config.defaultLang, 'zh-CN');
    assert.deepEqual(r.config.items[0], { question: { 'zh-CN': '退款？', en: 'Refund?' }, answer: { 'zh-CN': '五天。', en: 'Five days.' } });
    assert.deepEqual(r.config.items[1], { question: 'Q?', answer: 'A.' });
    const noDefault = csv('question,answer,question:zh-CN,answer:zh-CN\n,,退款？,五天。\n');
    assert.deepEqual(noDefault.config.items, []);
    assert.deepEqual(messages(noDefault), ['line 2: no question and answer in the default language en: not kept']);
    assert.deepEqual(messages(r), ['line 1: column "colour" ignored (columns: question, answer, category, id, question:<language>, answer:<language>)']);
    const w = csv('question,answer\nA?,say "hi",extra\n');
    assert.deepEqual(messages(w), [
      'line 2: a quote inside an unquoted field is kept as text: "say \\"hi\\""',
      'line 2: 3 fields where the header has 2: the extra ones ignored',
    ]);
  });
});

describe('faq-import: Zendesk export shapes', () => {
  test('translations listed on their own (source_id), the same article once per locale, and pages of the list', () => {
    const pages = [
      {
        articles: [{ id: 7, title: 'Refund?', body: '<p>Five days.</p>', locale: 'en-us', source_locale: 'en-us', section_id: 1 }],
        sections: [{ id: 1, name: 'Payments' }],
      },
      {
        articles: [{ id: 7, title: '退款？', body: '<p>五天。</p>', locale: 'zh-cn', source_locale: 'en-us', section_id: 1 }],
        translations: [{ source_id: 7, source_type: 'Article', locale: 'ar', title: 'استرداد؟', body: '<p>خمسة أيام.</p>', draft: false }],
      },
    ];
    const r = importFaq(JSON.stringify(pages), { format: 'zendesk' });
    assert.deepEqual(r.config, {
      defaultLang: 'en-US',
      items: [
        {
          id: '7',
          question: { 'en-US': 'Refund?', 'zh-CN': '退款？', ar: 'استرداد؟' },
          answer: { 'en-US': 'Five days.', 'zh-CN': '五天。', ar: 'خمسة أيام.' },
          category: 'Payments',
        },
      ],
    });
  });

  test('not an export: one error naming where', () => {
    const error = (text) => {
      try {
        importFaq(text, { format: 'zendesk' });
      } catch (e) {
        return `${e.at}: ${e.message}`;
      }
      return 'no error';
    };
    assert.match(error('{"articles": [\n  {"id": 1,}\n]}'), /^line 2, column \d+: not valid JSON: /);
    assert.equal(error('{"tickets": []}'), 'top level: no "articles" array: expected the JSON of GET /api/v2/help_center/articles.json');
    assert.equal(error('{"articles": [{"title": "no id"}]}'), 'articles[0]: expected an article object with an id');
  });
});

describe('faq-import: the command', () => {
  test('converts to stdout with the report on stderr (exit 0), or to --out', () => {
    const r = cli(['faq-import', `${SAMPLES}/zendesk-articles.json`]);
    assert.equal(r.code, 0, r.err);
    assert.equal(JSON.parse(r.out).items.length, 4);
    const lines = r.err.trim().split('\n');
    assert.equal(
      lines[0],
      `${SAMPLES}/zendesk-articles.json: article 360041100011 (en-US): image dropped (alt text "The Add card screen") (src "https://pay-example.zendesk.com/hc/article_attachments/36009…")`,
    );
    assert.equal(lines.at(-1), `support-widgets faq-import: 4 questions from ${SAMPLES}/zendesk-articles.json (zendesk), 10 reported`);
    const out = join(tmp, 'faq.json');
    const w = cli(['faq-import', `${SAMPLES}/faq.md`, '--out', out]);
    assert.equal(w.code, 0, w.err);
    assert.equal(w.out, '');
    assert.equal(JSON.parse(readFileSync(out, 'utf8')).items.length, 6);
  });

  test('--strict: anything reported fails (exit 1) and nothing is written; a clean file passes', () => {
    const out = join(tmp, 'strict.json');
    const r = cli(['faq-import', `${SAMPLES}/faq.md`, '--strict', '--out', out]);
    assert.equal(r.code, 1);
    assert.equal(existsSync(out), false);
    assert.match(r.err, /--strict: nothing written\n$/);
    const clean = cli(['faq-import', file('clean.md', '## Refunds?\n\nFive days.\n'), '--strict']);
    assert.equal(clean.code, 0, clean.err);
    assert.deepEqual(JSON.parse(clean.out), { items: [{ question: 'Refunds?', answer: 'Five days.' }] });
  });

  test('bad input: one line naming the file and the position, exit 1', () => {
    const bad = file('bad.csv', '\ufeffquestion,answer\r\nA?,"unbalanced\r\n');
    const r = cli(['faq-import', bad]);
    assert.equal(r.code, 1);
    assert.equal(r.out, '');
    assert.equal(r.err, `support-widgets faq-import: ${bad}: line 2: unbalanced quote: the quoted field that starts here never ends\n`);
    const missing = cli(['faq-import', join(tmp, 'nope.md')]);
    assert.equal(missing.code, 1);
    assert.equal(missing.err, `support-widgets faq-import: ${join(tmp, 'nope.md')}: no such file\n`);
    const binary = cli(['faq-import', file('latin1.csv', Buffer.from('question,answer\nCaf\xe9?,Oui\n', 'latin1'))]);
    assert.equal(binary.code, 1);
    assert.match(binary.err, /: line 2: not UTF-8 text \(byte 20\): save it as UTF-8\n$/);
  });

  test('wrong usage: exit 2 with a hint; --help and --version: exit 0', () => {
    for (const args of [['faq-import'], ['faq-import', 'a.md', '--colour'], ['faq-import', 'a.md', '--format', 'xml'], ['import', 'a.md'], []]) {
      const r = cli(args);
      assert.equal(r.code, 2, args.join(' '));
    }
    const help = cli(['faq-import', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: support-widgets faq-import <file> \[options\]/);
    for (const option of ['--format', '--out', '--delimiter', '--default-lang', '--strict']) assert.ok(help.out.includes(option), option);
    // The section the help points to is in the package's docs.
    assert.match(help.out, /"Importing an existing FAQ" in docs\/faq\.md/);
    assert.match(readFileSync('docs/faq.md', 'utf8'), /^## Importing an existing FAQ$/m);
    assert.equal(cli(['--version']).out, `${pkg.version}\n`);
  });

  test('reads stdin (-), UTF-16 with a byte order mark, and a tab-separated file by --delimiter tab', () => {
    const r = cli(['faq-import', '-', '--format', 'markdown'], '## Refunds?\n\nFive days.\n');
    assert.deepEqual(JSON.parse(r.out).items, [{ question: 'Refunds?', answer: 'Five days.' }]);
    const utf16 = file('excel.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('question\tanswer\r\n退款？\t五天。\r\n', 'utf16le')]));
    const u = cli(['faq-import', utf16, '--format', 'csv', '--delimiter', 'tab']);
    assert.deepEqual(JSON.parse(u.out).items, [{ question: '退款？', answer: '五天。' }]);
  });

  test('as a consumer runs it: the packed package has the bin, and npx runs it from node_modules', { timeout: 20_000 }, () => {
    const pack = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp], { encoding: 'utf8' }));
    const files = pack[0].files.map((f) => f.path);
    const bin = pkg.bin['support-widgets'].replace(/^\.\//, '');
    assert.ok(files.includes(bin), `${bin} is in the package`);
    assert.match(readFileSync(bin, 'utf8'), /^#!\/usr\/bin\/env node\n/);
    // Install as npm does for a bin: the package under node_modules, its bin linked in node_modules/.bin, executable.
    const app = join(tmp, 'app');
    const dir = join(app, 'node_modules', 'support-widgets');
    mkdirSync(dir, { recursive: true });
    mkdirSync(join(app, 'node_modules', '.bin'));
    execFileSync('tar', ['-xzf', join(tmp, pack[0].filename), '-C', dir, '--strip-components=1']);
    chmodSync(join(dir, bin), 0o755);
    symlinkSync(join('..', 'support-widgets', bin), join(app, 'node_modules', '.bin', 'support-widgets'));
    writeFileSync(join(app, 'package.json'), '{"name":"app","private":true}');
    writeFileSync(join(app, 'faq.md'), '## Refunds?\n\n[Call us](tel:+18005550100).\n');
    const out = execFileSync('npx', ['--no-install', 'support-widgets', 'faq-import', 'faq.md'], {
      cwd: app,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    assert.deepEqual(JSON.parse(out), { items: [{ question: 'Refunds?', answer: '[Call us](tel:+18005550100).' }] });
  });
});
