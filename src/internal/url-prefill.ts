/**
 * The page URL's query parameters that `names` lists (data key → parameter name), by data key: what an element
 * with `prefill-from-url` reads, the same way in each. The object has no prototype, so a key not in the URL reads
 * as undefined whatever a page put on Object.prototype; each value is NFKC-normalised and trimmed (a link copied
 * from a Chinese page gives `ＴＸ－４２`, `２５.５０`: read as `TX-42`, `25.50`), and checked by the element after.
 * No page URL (server rendering) reads as none: nothing throws.
 */
export function urlPrefill<K extends string>(names: Readonly<Record<K, string>>): Partial<Record<K, string>> {
  const out = Object.create(null) as Partial<Record<K, string>>;
  let query: URLSearchParams;
  try {
    query = new URLSearchParams(location.search);
  } catch {
    return out;
  }
  for (const [key, name] of Object.entries(names) as [K, string][]) {
    const value = query.get(name);
    if (value !== null) out[key] = value.normalize('NFKC').trim();
  }
  return out;
}
