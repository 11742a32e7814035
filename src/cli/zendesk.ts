// A Zendesk Help Center articles export to items: the JSON that `GET /api/v2/help_center/articles.json`
// answers (https://developer.zendesk.com/api-reference/help_center/help-center-api/articles/): `articles`, each
// with `id`, `title`, `body` (HTML), `locale`, `source_locale`, `section_id` and `draft` ("true if the
// translation for the current locale is a draft"). Optional: `sections` (sideloaded or saved from
// `GET /api/v2/help_center/sections.json`, https://developer.zendesk.com/api-reference/help_center/help-center-api/sections/:
// `id`, `name`) name the categories; translations (https://developer.zendesk.com/api-reference/help_center/help-center-api/translations/:
// `locale`, `title`, `body`, `draft`, and `source_id` when listed on their own) give the other languages. The
// same article listed once per locale (one export per locale, concatenated) counts as its translations too.
import { languageTag } from './csv.js';
import { htmlToSafeText } from './html.js';
import type { SourceItem } from './markdown.js';
import { ImportError, type Report } from './report.js';

interface Version {
  title: unknown;
  body: unknown;
  draft: unknown;
  locale: unknown;
}

const own = (o: unknown, key: string): unknown => (o && typeof o === 'object' && Object.hasOwn(o, key) ? (o as Record<string, unknown>)[key] : undefined);
const isObject = (o: unknown): o is Record<string, unknown> => !!o && typeof o === 'object' && !Array.isArray(o);
const idOf = (v: unknown): string | undefined =>
  (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.trim()) ? String(v).trim() : undefined;

/** The export's pages: one response object, or an array of them (one per page of the list). */
function pages(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data) && data.every(isObject)) return data;
  if (isObject(data)) return [data];
  throw new ImportError('top level', 'expected a Zendesk articles export: an object with an "articles" array (or an array of such pages)');
}

export function zendeskItems(data: unknown, defaultLang: string | undefined, report: Report): { items: SourceItem[]; defaultLang?: string } {
  const list = pages(data);
  if (!list.some((p) => Array.isArray(own(p, 'articles'))))
    throw new ImportError('top level', 'no "articles" array: expected the JSON of GET /api/v2/help_center/articles.json');
  const sections = new Map<string, string>();
  for (const page of list) {
    const s = own(page, 'sections');
    if (s !== undefined && !Array.isArray(s)) throw new ImportError('sections', 'expected an array of sections');
    for (const section of (s as unknown[]) ?? []) {
      const id = idOf(own(section, 'id'));
      const name = own(section, 'name');
      if (id && typeof name === 'string' && name.trim() && !sections.has(id)) sections.set(id, name.replace(/\s+/g, ' ').trim());
    }
  }
  const articles = new Map<string, { sourceLocale?: string; section?: string; versions: Version[] }>();
  const loose: { source: string; version: Version }[] = [];
  list.forEach((page, p) => {
    const arr = own(page, 'articles');
    if (arr === undefined) return;
    if (!Array.isArray(arr)) throw new ImportError(`page ${p + 1}`, '"articles" is not an array');
    arr.forEach((article, k) => {
      const id = idOf(own(article, 'id'));
      if (!isObject(article) || !id) throw new ImportError(`articles[${k}]`, 'expected an article object with an id');
      const entry = articles.get(id) ?? { versions: [] };
      articles.set(id, entry);
      const source = own(article, 'source_locale');
      if (typeof source === 'string') entry.sourceLocale ??= source;
      entry.section ??= idOf(own(article, 'section_id'));
      entry.versions.push({ title: own(article, 'title'), body: own(article, 'body'), draft: own(article, 'draft'), locale: own(article, 'locale') });
      const translations = own(article, 'translations');
      if (Array.isArray(translations))
        for (const t of translations) if (isObject(t)) entry.versions.push({ title: t.title, body: t.body, draft: t.draft, locale: t.locale });
    });
    const translations = own(page, 'translations');
    if (Array.isArray(translations))
      for (const t of translations) {
        const type = own(t, 'source_type');
        const source = idOf(own(t, 'source_id'));
        if (isObject(t) && source && (type === undefined || String(type).toLowerCase() === 'article'))
          loose.push({ source, version: { title: t.title, body: t.body, draft: t.draft, locale: t.locale } });
      }
  });
  for (const { source, version } of loose) {
    const entry = articles.get(source);
    if (entry) entry.versions.push(version);
    else report.add(`translation of article ${source}`, 'no article with this id in the export: translation not kept');
  }

  // The default language: given, or the source locale most articles have.
  const tally = new Map<string, number>();
  for (const [id, a] of articles) {
    const l = a.sourceLocale ?? (typeof a.versions[0].locale === 'string' ? a.versions[0].locale : undefined);
    if (l) {
      const tag = languageTag(l, `article ${id}`, 'source_locale');
      tally.set(tag, (tally.get(tag) ?? 0) + 1);
    }
  }
  const lang = defaultLang ?? [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'en';

  const items: SourceItem[] = [];
  let multilingual = false;
  for (const [id, article] of articles) {
    const question: Record<string, string> = {};
    const answer: Record<string, string> = {};
    let first = '';
    for (const v of article.versions) {
      if (typeof v.locale !== 'string' || !v.locale.trim()) {
        report.add(`article ${id}`, 'a version without a locale: not kept');
        continue;
      }
      const tag = languageTag(v.locale.trim(), `article ${id}`, 'locale');
      const at = `article ${id} (${tag})`;
      if (Object.hasOwn(question, tag)) continue; // listed twice (in the article and its translations)
      if (v.draft === true) {
        report.add(at, 'draft: not kept');
        question[tag] = '';
        continue;
      }
      const title = typeof v.title === 'string' ? v.title.replace(/\s+/g, ' ').trim() : '';
      const body = typeof v.body === 'string' ? htmlToSafeText(v.body, at, report) : '';
      if (!title) report.add(at, 'empty title: not kept');
      if (!body) report.add(at, 'empty body: not kept');
      question[tag] = title && body ? title : '';
      if (title && body) {
        answer[tag] = body;
        first ||= tag;
      }
    }
    for (const tag of Object.keys(question)) if (!question[tag]) delete question[tag];
    const tags = Object.keys(question);
    if (!tags.length) continue;
    const category = article.section ? sections.get(article.section) : undefined;
    if (article.section && !category && sections.size) report.add(`article ${id}`, `section ${article.section} is not in the export's sections: no category`);
    const at = `article ${id}`;
    if (tags.length === 1 && tags[0] === lang) {
      items.push({ id, question: question[first], answer: answer[first], ...(category ? { category } : {}), at });
    } else {
      multilingual = true;
      items.push({ id, question, answer, ...(category ? { category } : {}), at });
    }
  }
  return { items, defaultLang: multilingual ? lang : undefined };
}
