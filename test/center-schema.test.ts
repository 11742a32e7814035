import { expect } from '@open-wc/testing';

type Schema = Record<string, unknown>;

/**
 * A small validator for the part of JSON Schema 2020-12 that config.schema.json uses: type, properties,
 * required, additionalProperties, items, enum, anyOf, $ref to $defs, minLength, pattern, minimum.
 * Returns the problems as `path: message`.
 */
function validate(value: unknown, schema: Schema, root: Schema, path = ''): string[] {
  if (typeof schema.$ref === 'string') {
    const def = (root.$defs as Record<string, Schema>)[schema.$ref.replace('#/$defs/', '')];
    return validate(value, { ...schema, $ref: undefined, ...def }, root, path);
  }
  const at = path || '(root)';
  if (Array.isArray(schema.anyOf)) {
    const ok = (schema.anyOf as Schema[]).some((s) => !validate(value, s, root, path).length);
    if (!ok) return [`${at}: matches none of anyOf`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) return [`${at}: not one of ${schema.enum.join(', ')}`];
  const type = schema.type as string | undefined;
  const actual = Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
  if (type && type !== actual) return [`${at}: expected ${type}, got ${actual}`];
  const out: string[] = [];
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) out.push(`${at}: too short`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) out.push(`${at}: does not match ${schema.pattern}`);
  }
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) out.push(`${at}: below ${schema.minimum}`);
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => out.push(...validate(v, schema.items as Schema, root, `${path}[${i}]`)));
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in record)) out.push(`${path ? `${path}.` : ''}${key}: required`);
    for (const [key, v] of Object.entries(record)) {
      const p = path ? `${path}.${key}` : key;
      if (props[key]) out.push(...validate(v, props[key], root, p));
      else if (schema.additionalProperties === false) out.push(`${p}: not allowed`);
      else if (typeof schema.additionalProperties === 'object') out.push(...validate(v, schema.additionalProperties as Schema, root, p));
    }
  }
  return out;
}

async function json(url: string): Promise<unknown> {
  return (await fetch(url)).json();
}

/** The child JSON config of the `<support-center>` on a demo page. */
async function demoConfig(page: string): Promise<unknown> {
  const doc = new DOMParser().parseFromString(await (await fetch(page)).text(), 'text/html');
  const script = doc.querySelector('support-center > script[type="application/json"]');
  expect(script, `${page} has a <support-center> with a JSON config`).to.not.equal(null);
  return JSON.parse(script!.textContent!);
}

describe('<support-center> config.schema.json', () => {
  let schema: Schema;
  before(async () => {
    schema = (await json('/config.schema.json')) as Schema;
  });

  it('is a draft 2020-12 schema of the four sections', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties as object)).to.have.members(['sections', 'theme', 'strings', 'faq', 'hotline', 'callPrep', 'dispute']);
  });

  it('accepts the test fixture and the demo pages’ configs', async () => {
    for (const url of ['/test/fixtures/center.json']) expect(validate(await json(url), schema, schema), url).to.deep.equal([]);
    for (const page of ['/demo/index.html', '/demo/zh.html', '/demo/ar.html']) expect(validate(await demoConfig(page), schema, schema), page).to.deep.equal([]);
  });

  it('rejects what the element reports, naming the same paths', () => {
    const bad = {
      sections: ['chat'],
      theme: 'pink',
      faq: { searchable: 'yes', items: [{ question: 'Q?', answer: 'A.' }, { question: 42, answer: 'A.' }], colour: 'red' },
      hotline: { lines: [{ label: 'No number' }] },
      dispute: { transactionDate: '24/11/2026', windowDays: -1, regime: 'amex' },
    };
    expect(validate(bad, schema, schema)).to.have.members([
      'sections[0]: not one of faq, hotline, callPrep, call-prep, dispute',
      'theme: not one of light, dark, auto',
      'faq.searchable: expected boolean, got string',
      'faq.items[1].question: expected string, got number',
      'faq.colour: not allowed',
      'hotline.lines[0].number: required',
      'dispute.transactionDate: does not match ^[0-9]{4}-[0-9]{2}-[0-9]{2}$',
      'dispute.windowDays: below 0',
      'dispute.regime: not one of us-credit, us-debit, eu, paypal, visa, mastercard, custom',
    ]);
  });
});
