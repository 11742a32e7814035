// Property-based tests (fast-check): generated configs for each component, through the property or the
// child JSON config. Most runs are configs of a known shape with chosen defects, where the exact set of
// reported fields is known: one console.error per bad field, none for a valid config. The rest are junk of
// any shape. Every run: no uncaught error or unhandled rejection, every console.error names the element and
// a field, and the element still renders. One element per component is reused across its runs.
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/index.js';
import { capture, unseen } from '../helpers.js';
import { installGuard, renders, uncaughtErrors } from './guard.js';
import { isBig, payloads } from './payloads.js';

installGuard();

const RUNS = 1000;
const PROTO = ['__proto__', 'constructor', 'prototype'];

/** A reported field: `proto` ones (a prototype key) are only reported when set as a property, never from JSON. */
interface Exp {
  path: string;
  proto?: boolean;
  /** Only reported from the JSON config (`strings`, `theme` and unknown top-level keys). */
  json?: boolean;
  /** Only reported when set as a property. */
  prop?: boolean;
}
interface Case {
  /** The component's own keys: property name → value. */
  props: Record<string, unknown>;
  /** Extra top-level JSON keys (`strings`, `theme`, unknown keys) and their expected reports. */
  extra: Record<string, unknown>;
  /** Expected reports; undefined for junk, where only the form of each report is checked. */
  expected?: Exp[];
}

// Text that is valid wherever text is: non-blank, no markup (the checklist reports it), no link syntax.
const BIG = 'x'.repeat(65_536);
const text = fc
  .oneof(
    { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 30 }) },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }) },
    { weight: 2, arbitrary: fc.constantFrom(...payloads.filter((p) => !isBig(p)).map((p) => p.text)) },
    { weight: 1, arbitrary: fc.constant(BIG) },
  )
  .map((s) => s.replace(/[[<]/g, '‹'))
  // A text a reader cannot see (white space, bidi and other format controls) is blank: the FAQ reports it as empty
  // (c22-5); elsewhere bidi controls are removed from merchant text, and white space alone is blank.
  .filter((s) => !unseen(s));
/** A value of the wrong type for a string, boolean or list field (never null: null means "not set"). */
// No NaN or Infinity (JSON turns them into null) and no empty array (a valid empty list of topics or options).
const wrong = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.integer(), { minLength: 1, maxLength: 2 }),
  fc.object({ maxDepth: 1 }),
);
/** A language tag the browser takes (`AA` is Afar): a question or answer given by such keys is text by language, not a bad value. */
const isTag = (k: string): boolean => {
  try {
    return Intl.getCanonicalLocales(k).length > 0;
  } catch {
    return false;
  }
};
/** A wrong question or answer: `wrong`, less objects with a language tag among their keys (texts by language, issue 19). */
const wrongText = wrong.filter((v) => typeof v !== 'object' || v === null || Array.isArray(v) || !Object.keys(v).some(isTag));
const notObject = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 2 }));
const unknownKey = fc.constantFrom('colour', 'Question', 'extra-1', 'toString', 'hasOwnProperty', '😀', 'x y', ...PROTO);
const junkKey = fc.oneof(
  fc.constantFrom('items', 'lines', 'fields', 'topics', 'types', 'id', 'label', 'question', 'answer', 'number', 'options', ...PROTO),
  fc.stringMatching(/^[a-zA-Z_$][\w$-]{0,8}$/),
);
const junk = fc.anything({ maxDepth: 3, maxKeys: 4, key: junkKey, withBigInt: false });
const defects = <T extends string>(...names: T[]) => fc.subarray(names, { maxLength: Math.min(3, names.length) });

/** Adds an own enumerable key, `__proto__` included, as JSON.parse would. */
function put(o: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
}
function unknown(o: Record<string, unknown>, key: string, path: string, exp: Exp[]): void {
  put(o, key, 1);
  exp.push({ path: path ? `${path}.${key}` : key, proto: PROTO.includes(key) });
}

/** `strings`, `theme` and an unknown top-level key for the JSON path. */
const extras = (prefix: string) =>
  fc
    .record({
      strings: fc.constantFrom('none', 'good', 'bad'),
      theme: fc.constantFrom('none', 'good', 'bad'),
      key: fc.option(unknownKey, { nil: undefined }),
      t: text,
    })
    .map((r) => {
      const extra: Record<string, unknown> = {};
      const exp: Exp[] = [];
      if (r.strings !== 'none') extra.strings = r.strings === 'good' ? { label: r.t } : 5;
      if (r.strings === 'bad') exp.push({ path: 'config.strings' });
      if (r.theme !== 'none') extra.theme = r.theme === 'good' ? 'dark' : r.t;
      if (r.theme === 'bad') exp.push({ path: 'config.theme' });
      if (r.key) unknown(extra, r.key, prefix, exp);
      return { extra, exp: exp.map((e) => ({ ...e, json: true })) };
    });

// ------------------------------------------------------------------------------------------------ FAQ
const faqItem = fc.record({
  q: text,
  a: text,
  cat: fc.option(text, { nil: undefined }),
  d: defects('question', 'answer', 'category', 'id', 'unknown', 'link', 'notObject'),
  missing: fc.oneof(wrongText, fc.constant('  \n'), fc.constant(undefined)),
  // A category may be texts by language too (C20-7), so an object keyed by a language tag is no wrong category.
  bad: wrongText,
  no: notObject,
  key: unknownKey,
});
const faqCase = fc
  .record({
    items: fc.array(faqItem, { maxLength: 6 }),
    notArray: fc.boolean(),
    bad: fc.oneof(fc.integer(), fc.string(), fc.object({ maxDepth: 1 })),
    x: extras(''),
  })
  .map(({ items, notArray, bad, x }): Case => {
    const exp: Exp[] = [...x.exp];
    if (notArray && items.length === 0) return { props: { items: bad }, extra: x.extra, expected: [...exp, { path: 'items' }] };
    const out = items.map((r, i) => {
      const path = `items[${i}]`;
      if (r.d.includes('notObject')) {
        exp.push({ path });
        return r.no;
      }
      // `Q<i> …`: the id made from the question cannot clash with another item's.
      const item: Record<string, unknown> = { id: `item-${i}`, question: `Q${i} ${r.q}`, answer: r.a };
      if (r.cat) item.category = r.cat;
      for (const f of ['question', 'answer'] as const) {
        if (!r.d.includes(f)) continue;
        if (r.missing === undefined) delete item[f];
        else item[f] = r.missing;
        exp.push({ path: `${path}.${f}` });
      }
      for (const f of ['category', 'id'] as const) {
        if (!r.d.includes(f)) continue;
        item[f] = r.bad;
        exp.push({ path: `${path}.${f}` });
      }
      if (r.d.includes('link') && !r.d.includes('question') && !r.d.includes('answer')) {
        item.answer = `${r.a} [x](javascript:window.__pwned=1)`;
        exp.push({ path: `${path}.answer` });
      }
      if (r.d.includes('unknown')) unknown(item, r.key, path, exp);
      return item;
    });
    return { props: { items: out }, extra: x.extra, expected: exp };
  });

// -------------------------------------------------------------------------------------------- hotline
const hotlineLine = fc.record({
  n: fc.integer({ min: 100, max: 199 }),
  label: fc.option(text, { nil: undefined }),
  note: fc.option(text, { nil: undefined }),
  hours: fc.boolean(),
  langs: fc.constantFrom(undefined, ['en'], 'en,zh', ['es', 'fr-CA']),
  d: defects('number', 'label', 'languages', 'hours', 'timezone', 'closures', 'tollFree', 'unknown', 'notObject'),
  numberAs: fc.oneof(wrong, fc.constantFrom(undefined, '+1 8OO 555 0100', '＋１８００５５５０１００', 'javascript:alert(1)', '1-800-555-0100', '+0123')),
  langAs: fc.oneof(fc.integer(), fc.boolean(), fc.object({ maxDepth: 1 }), fc.constant(['en', 'not a tag!'])),
  zoneAs: fc.oneof(wrong, fc.constantFrom('Mars/Olympus', 'Europe/Nowhere', '')),
  bad: wrong,
  no: notObject,
  key: unknownKey,
});
const hotlineCase = fc
  .record({
    lines: fc.array(hotlineLine, { maxLength: 4 }),
    notArray: fc.boolean(),
    bad: fc.oneof(fc.integer(), fc.string(), fc.object({ maxDepth: 1 })),
    x: extras(''),
  })
  .map(({ lines, notArray, bad, x }): Case => {
    const exp: Exp[] = [...x.exp];
    if (notArray && lines.length === 0) return { props: { lines: bad }, extra: x.extra, expected: [...exp, { path: 'lines' }] };
    const out = lines.map((r, i) => {
      const path = `lines[${i}]`;
      const has = (d: (typeof r.d)[number]): boolean => r.d.includes(d);
      if (has('notObject')) {
        exp.push({ path });
        return r.no;
      }
      const line: Record<string, unknown> = { number: `+180055501${String(r.n).slice(1)}` };
      if (r.label) line.label = r.label;
      if (r.note) line.note = r.note;
      if (r.langs) line.languages = r.langs;
      if (r.hours || has('hours') || has('timezone')) Object.assign(line, { hours: 'Mo-Fr 09:00-18:00', timezone: 'America/New_York' });
      if (has('number')) {
        if (r.numberAs === undefined) delete line.number;
        else line.number = r.numberAs;
        exp.push({ path: `${path}.number` });
      }
      if (has('label')) ((line.label = r.bad), exp.push({ path: `${path}.label` }));
      if (has('languages')) {
        line.languages = r.langAs;
        exp.push({ path: `${path}.languages${Array.isArray(r.langAs) ? '[1]' : ''}` });
      }
      if (has('hours')) ((line.hours = 'whenever'), exp.push({ path: `${path}.hours` }));
      if (has('timezone')) ((line.timezone = r.zoneAs), exp.push({ path: `${path}.timezone` }));
      if (has('closures')) ((line.closures = ['2026-12-25', '2026-02-30']), exp.push({ path: `${path}.closures[1]` }));
      if (has('tollFree')) ((line.tollFree = 'yes'), exp.push({ path: `${path}.tollFree` }));
      if (has('unknown')) unknown(line, r.key, path, exp);
      return line;
    });
    return { props: { lines: out }, extra: x.extra, expected: exp };
  });

// ------------------------------------------------------------------------------------------ call prep
const BUILT_IN = ['topic', 'account', 'txn', 'when', 'amount', 'status', 'what', 'checked', 'tried', 'lang', 'phone'];
const TYPES = ['text', 'email', 'tel', 'textarea', 'datetime', 'date', 'amount'];
const customField = fc.record({
  label: text,
  hint: fc.option(text, { nil: undefined }),
  type: fc.constantFrom(...TYPES, 'select', 'checks'),
  options: fc.array(text, { minLength: 1, maxLength: 3 }),
  required: fc.option(fc.boolean(), { nil: undefined }),
  topics: fc.option(fc.subarray(['payment', 'dispute', 'other'], { minLength: 1 }), { nil: undefined }),
  d: defects('id', 'label', 'hint', 'type', 'required', 'topics', 'unknown'),
  idAs: fc.oneof(fc.integer(), fc.constantFrom('1abc', 'has space', 'toString', 'valueOf', 'agent', '', 'a_b')),
  labelAs: fc.oneof(wrong, fc.constant(undefined), fc.constant('  ')),
  typeAs: fc.constantFrom('video', 'selectWithoutOptions', 'optionsNotArray'),
  bad: wrong,
  key: unknownKey,
});
const topicEntry = fc.record({
  label: text,
  d: defects('bad', 'unknown'),
  badAs: fc.oneof(fc.integer(), fc.constantFrom('nonsense', '', 'Payment'), fc.constant({ id: 'x' }), fc.constant({ id: '1x', label: 'One' })),
  key: unknownKey,
});
const callPrepCase = fc
  .record({
    builtIns: fc.subarray(BUILT_IN),
    custom: fc.array(customField, { maxLength: 4 }),
    junkIds: fc.array(fc.constantFrom('nonsense', 'agent', 'Topic', '', 'toString'), { maxLength: 2 }),
    topicIds: fc.subarray(['account', 'payment', 'security', 'dispute', 'methods', 'other']),
    topics: fc.array(topicEntry, { maxLength: 3 }),
    notArray: fc.constantFrom('none', 'fields', 'topics'),
    bad: fc.oneof(fc.integer(), fc.string(), fc.object({ maxDepth: 1 })),
    x: extras('config'),
  })
  .map((r): Case => {
    const exp: Exp[] = [...r.x.exp];
    const fields: unknown[] = [...r.builtIns];
    r.custom.forEach((c, j) => {
      const path = `fields[${fields.length}]`;
      const has = (d: (typeof c.d)[number]): boolean => c.d.includes(d);
      const f: Record<string, unknown> = { id: `c${j}`, label: c.label, type: c.type };
      if (c.type === 'select' || c.type === 'checks') f.options = c.options;
      if (c.hint) f.hint = c.hint;
      if (c.required !== undefined) f.required = c.required;
      if (c.topics) f.topics = c.topics;
      const e: Exp[] = [];
      if (has('unknown')) unknown(f, c.key, path, e);
      if (has('id')) {
        f.id = c.idAs;
        exp.push(...e, { path: `${path}.id` });
        return void fields.push(f);
      }
      if (has('label')) {
        if (c.labelAs === undefined) delete f.label;
        else f.label = c.labelAs;
        e.push({ path: `${path}.label` });
      }
      if (has('hint')) ((f.hint = c.bad), e.push({ path: `${path}.hint` }));
      if (!has('label')) {
        if (has('type')) {
          if (c.typeAs === 'video') f.type = 'video';
          else if (c.typeAs === 'selectWithoutOptions') ((f.type = 'select'), delete f.options);
          else ((f.type = 'text'), (f.options = 5));
          e.push({ path: `${path}.${c.typeAs === 'video' ? 'type' : 'options'}` });
        }
        if (has('required')) ((f.required = 'yes'), e.push({ path: `${path}.required` }));
        if (has('topics')) ((f.topics = c.bad), e.push({ path: `${path}.topics` }));
      }
      exp.push(...e);
      fields.push(f);
    });
    for (const id of r.junkIds) {
      exp.push({ path: `fields[${fields.length}]` });
      fields.push(id);
    }
    const topics: unknown[] = [...r.topicIds];
    r.topics.forEach((t, j) => {
      const path = `topics[${topics.length}]`;
      if (t.d.includes('bad')) {
        // A topic object is reported at the key at fault (C21-7): no name at its label, a bad id at its id.
        const at = typeof t.badAs === 'object' ? ('label' in t.badAs ? `${path}.id` : `${path}.label`) : path;
        exp.push({ path: at });
        return void topics.push(t.badAs);
      }
      const entry: Record<string, unknown> = { id: `t${j}`, label: t.label };
      if (t.d.includes('unknown')) unknown(entry, t.key, path, exp);
      topics.push(entry);
    });
    const props: Record<string, unknown> = { fields, topics };
    if (r.notArray !== 'none') {
      props[r.notArray] = r.bad;
      const kept = exp.filter((e) => !e.path.startsWith(`${r.notArray}[`));
      return { props, extra: r.x.extra, expected: [...kept, { path: r.notArray }] };
    }
    return { props, extra: r.x.extra, expected: exp };
  });

// ---------------------------------------------------------------------------------- dispute checklist
const disputeItem = fc.record({
  label: text,
  reason: fc.option(text, { nil: undefined }),
  d: defects('id', 'label', 'reason', 'required', 'unknown', 'notObject'),
  missing: fc.oneof(wrong, fc.constant('  '), fc.constant(undefined)),
  bad: wrong,
  no: notObject,
  key: unknownKey,
});
const disputeType = fc.record({
  label: text,
  description: fc.option(text, { nil: undefined }),
  items: fc.array(disputeItem, { minLength: 1, maxLength: 4 }),
  d: defects('id', 'label', 'extend', 'items', 'description', 'noRequired', 'unknown', 'notObject'),
  itemsAs: fc.oneof(fc.integer(), fc.string(), fc.constant([])),
  missing: fc.oneof(wrong, fc.constant('  '), fc.constant(undefined)),
  bad: wrong,
  no: notObject,
  key: unknownKey,
});
const disputeCase = fc
  .record({
    types: fc.array(disputeType, { maxLength: 4 }),
    notArray: fc.boolean(),
    bad: fc.oneof(fc.integer(), fc.string(), fc.object({ maxDepth: 1 })),
    x: extras('config'),
  })
  .map(({ types, notArray, bad, x }): Case => {
    const exp: Exp[] = [...x.exp];
    if (notArray && types.length === 0) return { props: { types: bad }, extra: x.extra, expected: [...exp, { path: 'types' }] };
    const out = types.map((t, n) => {
      const path = `types[${n}]`;
      const has = (d: (typeof t.d)[number]): boolean => t.d.includes(d);
      if (has('notObject')) return (exp.push({ path }), t.no);
      const type: Record<string, unknown> = { id: `m${n}`, label: t.label };
      if (t.description) type.description = t.description;
      if (has('unknown')) unknown(type, t.key, path, exp);
      if (has('id')) {
        if (t.missing === undefined) delete type.id;
        else type.id = t.missing;
        exp.push({ path: `${path}.id` });
        return type;
      }
      if (has('extend')) ((type.extend = 'yes'), exp.push({ path: `${path}.extend` }));
      if (has('label')) {
        if (t.missing === undefined) delete type.label;
        else type.label = t.missing;
        exp.push({ path: `${path}.label` });
        return type;
      }
      if (has('items')) {
        type.items = t.itemsAs;
        // Not an array, or an empty one: reported once on `items`, and the type is ignored.
        exp.push({ path: `${path}.items` });
        return type;
      }
      let valid = 0;
      let required = 0;
      type.items = t.items.map((it, m) => {
        const ipath = `${path}.items[${m}]`;
        const ihas = (d: (typeof it.d)[number]): boolean => it.d.includes(d);
        if (ihas('notObject')) return (exp.push({ path: ipath }), it.no);
        const item: Record<string, unknown> = { id: `i${m}`, label: it.label, required: !has('noRequired') && m === 0 };
        if (it.reason) item.reason = it.reason;
        if (ihas('unknown')) unknown(item, it.key, ipath, exp);
        for (const f of ['id', 'label'] as const) {
          if (!ihas(f)) continue;
          if (it.missing === undefined) delete item[f];
          else item[f] = it.missing;
          exp.push({ path: `${ipath}.${f}` });
        }
        if (ihas('reason')) ((item.reason = it.missing ?? ''), exp.push({ path: `${ipath}.reason` }));
        if (ihas('required')) ((item.required = 'yes'), exp.push({ path: `${ipath}.required` }));
        if (!ihas('id') && !ihas('label')) {
          valid++;
          if (item.required === true) required++;
        }
        return item;
      });
      if (!valid) return (exp.push({ path: `${path}.items` }), type);
      if (!required) exp.push({ path: `${path}.items` });
      if (has('description')) ((type.description = t.missing ?? ''), exp.push({ path: `${path}.description` }));
      return type;
    });
    return { props: { types: out }, extra: x.extra, expected: exp };
  });

// --------------------------------------------------------------------------------------------- center
// Each section's keys by kind: b boolean, s string, n number of days, o object; `type` and the date must
// also be valid for the checklist (it reports them itself, through the center).
const CENTER: Record<string, Record<string, string>> = {
  faq: { searchable: 'b', feedback: 'b', single: 'b', structuredData: 'b', strings: 'o' },
  hotline: { verifyUrl: 'url', noSafetyNotice: 'b', structuredData: 'b', strings: 'o' },
  callPrep: { storageKey: 's', endpoint: 'url', noPersist: 'b', retentionDays: 'n', strings: 'o' },
  dispute: { type: 'type', transactionDate: 'date', windowDays: 'n', disputeId: 's', storageKey: 's', retentionDays: 'n', noBuiltIns: 'off', strings: 'o' },
};
// `off`: noBuiltIns stays false here, or the valid `type` would be unknown (and rightly reported).
// `url`: verifyUrl and endpoint must be https: (or within the site); an http: or `//host` one is reported like a
// wrong type (the generated text can be `//evil.example/contact`, which call-prep rightly refuses).
const WRONG: Record<string, unknown[]> = {
  url: [5, 'http://examplepay.example/contact'],
  b: ['yes', 1],
  off: ['yes', 1],
  s: [5, true],
  type: [5, true],
  date: [5, false],
  n: ['7', true, null],
  o: [5, 'x', [1]],
};
const centerSection = fc.record({
  mode: fc.constantFrom('absent', 'object', 'object', 'object', 'notObject'),
  choices: fc.array(fc.constantFrom('none', 'good', 'bad'), { minLength: 8, maxLength: 8 }),
  t: text,
  b: fc.boolean(),
  n: fc.integer({ min: 0, max: 400 }),
  w: fc.nat(),
  no: notObject,
  key: fc.option(unknownKey, { nil: undefined }),
});
const centerCase = fc
  .record({
    sections: fc.constantFrom('none', 'good', 'bad', 'notArray'),
    names: fc.subarray(['faq', 'hotline', 'call-prep', 'dispute']),
    parts: fc.tuple(centerSection, centerSection, centerSection, centerSection),
    strings: fc.constantFrom('none', 'good', 'bad'),
    theme: fc.constantFrom('none', 'good', 'bad'),
    key: fc.option(unknownKey, { nil: undefined }),
    notObject: fc.option(
      notObject.filter((v) => v !== null),
      { freq: 20, nil: undefined },
    ),
    t: text,
  })
  .map((r): Case => {
    if (r.notObject !== undefined) return { props: { config: r.notObject }, extra: {}, expected: [{ path: 'config' }] };
    const exp: Exp[] = [];
    const config: Record<string, unknown> = {};
    if (r.sections === 'good') config.sections = r.names;
    if (r.sections === 'bad') ((config.sections = [...r.names, 'nope']), exp.push({ path: `sections[${r.names.length}]` }));
    if (r.sections === 'notArray') ((config.sections = 'faq'), exp.push({ path: 'sections' }));
    Object.entries(CENTER).forEach(([name, spec], i) => {
      const part = r.parts[i];
      if (part.mode === 'absent') return;
      if (part.mode === 'notObject') return ((config[name] = part.no), exp.push({ path: name }));
      const value: Record<string, unknown> = {};
      Object.entries(spec).forEach(([key, kind], k) => {
        const choice = part.choices[k];
        if (choice === 'good')
          value[key] = {
            b: part.b,
            off: false,
            s: part.t,
            url: 'https://examplepay.example/contact',
            n: part.n,
            o: {},
            type: 'not-received',
            date: '2026-11-01',
          }[kind];
        const bad = WRONG[kind][part.w % WRONG[kind].length];
        // A string the element itself refuses (an http: verifyUrl) is reported by the element, so only when its section is shown.
        const shown = !['good', 'bad'].includes(r.sections) || r.names.includes(name === 'callPrep' ? 'call-prep' : name);
        if (choice === 'bad') {
          value[key] = bad;
          if (kind !== 'url' || typeof bad !== 'string' || shown) exp.push({ path: `${name}.${key}` });
        }
      });
      if (part.key) unknown(value, part.key, name, exp);
      config[name] = value;
    });
    // From the JSON config the base element takes `strings` and `theme` out and reports them as `config.…`.
    if (r.strings !== 'none') config.strings = r.strings === 'good' ? { nav: r.t } : 5;
    if (r.strings === 'bad') exp.push({ path: 'strings', prop: true }, { path: 'config.strings', json: true });
    if (r.theme !== 'none') config.theme = r.theme === 'good' ? 'auto' : r.t;
    if (r.theme === 'bad') exp.push({ path: 'theme', prop: true }, { path: 'config.theme', json: true });
    if (r.key) unknown(config, r.key, '', exp);
    return { props: { config }, extra: {}, expected: exp };
  });

// ---------------------------------------------------------------------------------------------- junk
const junkCase = (keys: string[]) =>
  fc
    .record({ values: fc.array(junk, { minLength: keys.length, maxLength: keys.length }), extra: fc.dictionary(junkKey, junk, { maxKeys: 3 }) })
    .map(({ values, extra }): Case => ({ props: Object.fromEntries(keys.map((k, i) => [k, values[i]])), extra }));

/** The field a report names: `<support-faq> items[3].question: expected …` → `items[3].question`. */
const reportedPath = (message: string): string => /^<[^>]+> (.*?): /.exec(message)?.[1] ?? message;
const REPORT = /^<support-[a-z-]+> \S[\s\S]*?: [\s\S]+\.$/;

interface Target {
  tag: string;
  keys: string[];
  make(): Promise<LitElement>;
  structured: fc.Arbitrary<Case>;
  /** The child JSON of a case; by default its properties and extra keys. */
  json?: (c: Case) => unknown;
}
const targets: Target[] = [
  { tag: 'support-faq', keys: ['items'], make: () => fixture(html`<support-faq searchable feedback></support-faq>`), structured: faqCase },
  {
    tag: 'support-hotline',
    keys: ['lines'],
    make: () => fixture(html`<support-hotline .now=${new Date('2026-11-24T15:45:00Z')}></support-hotline>`),
    structured: hotlineCase,
  },
  {
    tag: 'support-call-prep',
    keys: ['fields', 'topics'],
    make: () => fixture(html`<support-call-prep no-persist .now=${new Date('2026-11-24T15:45:00Z')}></support-call-prep>`),
    structured: callPrepCase,
  },
  {
    tag: 'support-center',
    keys: ['config'],
    make: () => fixture(html`<support-center .now=${new Date('2026-11-24T15:45:00Z')}></support-center>`),
    structured: centerCase,
    json: (c) => c.props.config,
  },
  {
    tag: 'support-dispute-checklist',
    keys: ['types'],
    make: () => fixture(html`<support-dispute-checklist .now=${new Date('2026-11-24T15:45:00Z')}></support-dispute-checklist>`),
    structured: disputeCase,
  },
];

let runs = 0;
let failed = 0;
describe('hostile input: generated configs (fast-check)', () => {
  afterEach(function () {
    if (this.currentTest?.state === 'failed') failed++;
  });
  // The one line this file prints: how many generated configs ran (wtr shows it once, under the file's name).
  after(() =>
    console.log(`fast-check: ${targets.length} elements, ${runs} generated configs run (${RUNS} per element), elements with a failing config: ${failed}`),
  );

  for (const target of targets) {
    it(`<${target.tag}>: ${RUNS} generated configs, one report per bad field, none for a valid one, no uncaught error, still renders`, async function () {
      this.timeout(120_000);
      const el = await target.make();
      const script = document.createElement('script');
      script.type = 'application/json';
      el.append(script);
      const internals = el as unknown as { configController: { reported: Set<string>; read(): void } } & Record<string, unknown>;
      const errors = capture('error');
      const before = uncaughtErrors().length;
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.oneof({ weight: 4, arbitrary: target.structured }, { weight: 1, arbitrary: junkCase(target.keys) }),
            fc.boolean(),
            async (c, viaJson) => {
              runs++;
              // Back to a blank element; its memory of reported messages too (it reports each message once).
              for (const k of [...target.keys, 'strings']) internals[k] = undefined;
              internals.theme = 'light';
              await el.updateComplete;
              internals.configController.reported.clear();
              errors.calls.length = 0;
              if (viaJson) {
                script.textContent = JSON.stringify(target.json ? target.json(c) : { ...c.props, ...c.extra });
                internals.configController.read();
              } else Object.assign(el, c.props);
              await el.updateComplete;
              await el.updateComplete;
              // Items (support-faq-item) update with their FAQ, synchronously.
              for (const inner of el.shadowRoot!.querySelectorAll<LitElement>('support-faq, support-hotline, support-call-prep, support-dispute-checklist'))
                await inner.updateComplete;
              expect(uncaughtErrors().slice(before)).to.deep.equal([]);
              expect(renders(el), 'renders').to.equal(true);
              for (const message of errors.calls)
                expect(message)
                  .to.match(REPORT)
                  .and.satisfy((m: string) => m.startsWith(`<${target.tag}> `));
              if (c.expected) {
                const want = c.expected.filter((e) => (viaJson ? !e.proto && !e.prop : !e.json)).map((e) => e.path);
                expect(errors.calls.map(reportedPath).sort()).to.deep.equal(want.sort());
              }
            },
          ),
          { numRuns: RUNS },
        );
      } finally {
        errors.restore();
      }
    });
  }
});
