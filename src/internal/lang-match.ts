// BCP 47 matching with CLDR's likely subtags: shared by the FAQ's texts by language and the built-in languages.

/** Tags with CLDR's likely subtags added (`zh-HK` → `zh-Hant-HK`), or null for a tag Intl refuses. */
const likely = new Map<string, Intl.Locale | null>();
export function full(tag: string): Intl.Locale | null {
  let l = likely.get(tag);
  if (l === undefined) {
    try {
      l = new Intl.Locale(tag).maximize();
    } catch {
      l = null;
    }
    // Bounded: the tags of one page's items and elements, but never grown without end by hostile data.
    if (likely.size > 500) likely.clear();
    likely.set(tag, l);
  }
  return l;
}

/**
 * A reader's tag with likely subtags, Cantonese read as Chinese in its script: Cantonese is written in Traditional
 * characters (`yue`, `zh-yue` → `yue-Hant-HK`), and its readers read standard written Chinese, so `yue` is served
 * by Traditional Chinese (`zh-Hant-HK`) and `yue-Hans` by Simplified, where a Cantonese table is missing. One way
 * only: a text in Cantonese is not offered to a reader of Mandarin.
 */
export function read(wanted: string): Intl.Locale | null {
  // `zh-yue` is the old extended-language form of `yue` (RFC 5646 §2.2.2), which Intl refuses.
  const y = full(wanted.replace(/^zh-yue\b/i, 'yue'));
  return y?.language === 'yue' ? full(`zh-${y.script}-${y.region}`) : y;
}

/**
 * How well a text in language `tag` serves a reader of `wanted`: 3 the same tag (case aside); 2 `wanted`
 * shortened from its end (`en-GB` takes `en`, `zh-Hant-HK` takes `zh-Hant`) or its language and script
 * (`zh-HK` takes `zh-Hant`); 1 another tag of the same language and script, as CLDR's likely subtags give
 * them (`en-GB` takes `en-US`, `zh-HK` takes `zh-TW`, `zh-SG` takes `zh-CN`); 0 none (`zh-HK` never takes
 * `zh` or `zh-CN`, which are Simplified Chinese). BCP 47 lookup (RFC 4647 §3.4) plus script matching.
 */
export function match(tag: string, wanted: string): number {
  const a = tag.toLowerCase();
  const b = wanted.toLowerCase().replace(/_/g, '-');
  if (a === b) return 3;
  const x = full(tag);
  const y = read(b);
  if (!x || !y || x.language !== y.language || x.script !== y.script) return 0;
  return b.startsWith(`${a}-`) || a === `${y.language}-${y.script}`.toLowerCase() ? 2 : 1;
}

// Right-to-left scripts (Unicode Script codes of ISO 15924): Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Samaritan.
const RTL = /^(Arab|Hebr|Syrc|Thaa|Nkoo|Adlm|Rohg|Mand|Samr)$/;

/** The direction of a language's script: `ar`, `he`, `fa`, `ur` are right-to-left. */
export const dirOfLang = (tag: string): 'ltr' | 'rtl' => (RTL.test(full(tag)?.script ?? '') ? 'rtl' : 'ltr');
