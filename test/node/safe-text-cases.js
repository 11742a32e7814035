// Every construct of the FAQ's safe text format (docs/faq.md), as a merchant writes it, and the answer markup it
// must give: the same in the browser (data items, test/faq-safe-text.test.ts) and in the server HTML
// (test/node/safe-text.test.js, the `faq-format` case of ssr-cases.js), Lit's comment markers aside.
export const formatCases = [
  [
    'paragraphs',
    'First paragraph.\n\nSecond paragraph,\nits second line.',
    '<p dir="ltr">First paragraph.</p><p dir="ltr">Second paragraph,<br>\nits second line.</p>',
  ],
  ['line break', 'Monday to Friday 9–18\nSaturday 9–12', '<p dir="ltr">Monday to Friday 9–18<br>\nSaturday 9–12</p>'],
  [
    '- bullets after text',
    'What you need:\n- your order number\n- the last four digits of your card',
    '<p dir="ltr">What you need:</p><ul><li dir="ltr">your order number</li><li dir="ltr">the last four digits of your card</li></ul>',
  ],
  ['* bullets', '* Open your account\n* Choose Orders', '<ul><li dir="ltr">Open your account</li><li dir="ltr">Choose Orders</li></ul>'],
  [
    'numbered list',
    '1. Open the app\n2. Tap Orders\n3. Choose Return',
    '<ol><li dir="ltr">Open the app</li><li dir="ltr">Tap Orders</li><li dir="ltr">Choose Return</li></ol>',
  ],
  [
    'numbered list with 1) from 3',
    '3) Pack the item\n4) Print the label',
    '<ol start="3"><li dir="ltr">Pack the item</li><li dir="ltr">Print the label</li></ol>',
  ],
  [
    'text, list, text in one block',
    'Before you call:\n1. Find your order number\n2. Have your card ready\nThen call us.',
    '<p dir="ltr">Before you call:</p><ol><li dir="ltr">Find your order number</li><li dir="ltr">Have your card ready</li></ol><p dir="ltr">Then call us.</p>',
  ],
  ['a number after a text line, not 1', 'We opened in\n2024. Since then we ship daily.', '<p dir="ltr">We opened in<br>\n2024. Since then we ship daily.</p>'],
  ['inline code', 'Enter `SAVE10` at checkout.', '<p dir="ltr">Enter <code>SAVE10</code> at checkout.</p>'],
  [
    'code shown as written',
    'Type `**not bold** _x_ [x](https://example.com/)` as is, or `` a ` b ``.',
    '<p dir="ltr">Type <code>**not bold** _x_ [x](https://example.com/)</code> as is, or <code>a ` b</code>.</p>',
  ],
  ['italic with * and _', 'Refunds are *usually* quick and _always_ free.', '<p dir="ltr">Refunds are <em>usually</em> quick and <em>always</em> free.</p>'],
  ['bold', 'To a card: **5 to 10 business days**, *usually*.', '<p dir="ltr">To a card: <strong>5 to 10 business days</strong>, <em>usually</em>.</p>'],
  ['bold italic', '***Never*** share your PIN.', '<p dir="ltr"><em><strong>Never</strong></em> share your PIN.</p>'],
  [
    'bold and italic nested',
    '**Bold with *italic* inside** and _italic with **bold** inside_',
    '<p dir="ltr"><strong>Bold with <em>italic</em> inside</strong> and <em>italic with <strong>bold</strong> inside</em></p>',
  ],
  [
    'underscores inside words',
    'Use order_id_number from https://example.com/my_orders_page _today_.',
    '<p dir="ltr">Use order_id_number from https://example.com/my_orders_page <em>today</em>.</p>',
  ],
  ['a lone * between spaces', 'It costs 2 * 3 * 4 dollars, *not* 24.', '<p dir="ltr">It costs 2 * 3 * 4 dollars, <em>not</em> 24.</p>'],
  [
    'unclosed markers',
    '**Not closed, *not either, _nor this and `no code\n- but *this* is',
    '<p dir="ltr">**Not closed, *not either, _nor this and `no code</p><ul><li dir="ltr">but <em>this</em> is</li></ul>',
  ],
  [
    'backslash escapes',
    '\\*not italic\\* \\_no\\_ \\`no code\\` \\[no link\\](https://example.com/) \\\\ \\- C:\\Users',
    '<p dir="ltr">*not italic* _no_ `no code` [no link](https://example.com/) \\ - C:\\Users</p>',
  ],
  ['\\- at a line start is no list', '\\- not a list item', '<p dir="ltr">- not a list item</p>'],
  ['a link in bold', '**Call [1-800-555-0100](tel:+18005550100)**', '<p dir="ltr"><strong>Call <a href="tel:+18005550100">1-800-555-0100</a></strong></p>'],
  [
    'right-to-left list items',
    'الخطوات:\n- افتح **حسابك**\n- Choose Orders',
    '<p dir="rtl">الخطوات:</p><ul><li dir="rtl">افتح <strong>حسابك</strong></li><li dir="ltr">Choose Orders</li></ul>',
  ],
  ['formatting never spans lines', '**not\nbold**', '<p dir="ltr">**not<br>\nbold**</p>'],
  ['an indented line after a list item', '- item\n  more', '<ul><li dir="ltr">item</li></ul><p dir="ltr">  more</p>'],
  ['italic in brackets', 'Returns (_see below_) are free.', '<p dir="ltr">Returns (<em>see below</em>) are free.</p>'],
  // Chinese, Japanese and Korean put no space around bold: a marker beside CJK punctuation still opens and closes
  // (the CJK-friendly amendments to CommonMark's flanking rules, src/components/faq/safe-text.ts).
  [
    'Japanese bold around 「」',
    'ログインし、**「設定 › プロフィール」**を開くと変更できます。',
    '<p dir="ltr">ログインし、<strong>「設定 › プロフィール」</strong>を開くと変更できます。</p>',
  ],
  ['Simplified Chinese bold around “”', '进入**“设置 › 个人资料”**，即可修改。', '<p dir="ltr">进入<strong>“设置 › 个人资料”</strong>，即可修改。</p>'],
  ['Traditional Chinese bold ending in 。', '**請勿透露驗證碼。**客服不會詢問。', '<p dir="ltr"><strong>請勿透露驗證碼。</strong>客服不會詢問。</p>'],
  [
    'Korean bold around code',
    '**`npm publish`**를 실행하고 *（선택）*를 고르세요.',
    '<p dir="ltr"><strong><code>npm publish</code></strong>를 실행하고 <em>（선택）</em>를 고르세요.</p>',
  ],
  ['CJK underscores inside words stay', '使用_snake_名称和設定_值_。', '<p dir="ltr">使用_snake_名称和設定_值_。</p>'],
  [
    'markup beside CJK punctuation stays text',
    '**「<img src=x onerror=alert(1)>」**を*<b>x</b>。*',
    '<p dir="ltr"><strong>「&lt;img src=x onerror=alert(1)&gt;」</strong>を<em>&lt;b&gt;x&lt;/b&gt;。</em></p>',
  ],
  ['Latin punctuation before a letter still does not close', '**«Settings»**now and *(see)*here', '<p dir="ltr">**«Settings»**now and *(see)*here</p>'],
];

/** An answer with every construct, for the accessibility check. */
export const everyConstruct = [
  'Before you call:',
  '1. Find your **order number** in `My orders`',
  '2. Have *your card* ready',
  '- ***never*** share your PIN',
  '* read [our policy](https://example.com/refunds)',
  'Then call us:\nMonday to Friday 9–18\n\\*local rates',
].join('\n');
