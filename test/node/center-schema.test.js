// config.schema.json, the JSON Schema of <support-center>'s configuration shipped in the package: generated from
// the TypeScript types (scripts/schema.js), valid for a standard validator (ajv, draft 2020-12), and in
// agreement with what the element itself reports in the browser (run here through server rendering, which runs
// the same validation and prints the same path-named errors).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { stale, SCHEMA_FILE } from '../../scripts/schema.js';

const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** The paths ajv finds wrong, written as the element writes them: `faq.items[1].question`. */
function schemaErrors(config) {
  if (validate(config)) return [];
  const paths = validate.errors
    // An `anyOf` fails when each branch does: the branches' own errors name the same path.
    .filter((e) => e.keyword !== 'anyOf')
    .map((e) => {
      const extra = e.params.additionalProperty ?? e.params.missingProperty;
      const path = e.instancePath
        .split('/')
        .slice(1)
        .concat(extra ?? []);
      return path.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : `${i ? '.' : ''}${p}`)).join('');
    });
  return [...new Set(paths)].sort();
}

/** The paths the element reports for a config (`<support-center> path: problem`), rendered on the server. */
async function elementErrors(config) {
  await import('support-widgets');
  const calls = [];
  const saved = console.error;
  console.error = (message) => calls.push(String(message));
  try {
    await collectResult(render(html`<support-center .config=${config}></support-center>`));
  } finally {
    console.error = saved;
  }
  return [...new Set(calls.map((c) => /^<support-center> ([^:]+):/.exec(c)?.[1] ?? c))].sort();
}

/** The JSON config inside the <support-center> of a demo page. */
function demoConfig(page) {
  const m = /<support-center[^>]*>\s*<script type="application\/json">([^]*?)<\/script>/.exec(readFileSync(page, 'utf8'));
  assert.ok(m, `${page} has a <support-center> with a JSON config`);
  return JSON.parse(m[1]);
}

test('config.schema.json and the center’s runtime check are what its TypeScript types give (else: npm run schema)', () => {
  assert.deepEqual(stale(), []);
});

test('config.schema.json is a draft 2020-12 schema that ajv compiles in strict mode, of the four sections', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(Object.keys(schema.properties).sort(), ['callPrep', 'dispute', 'faq', 'hotline', 'sections', 'strings', 'theme']);
});

test('the schema accepts the test fixture and the demo pages’ configs', () => {
  assert.deepEqual(schemaErrors(JSON.parse(readFileSync('test/fixtures/center.json', 'utf8'))), []);
  for (const page of ['demo/index.html', 'demo/zh.html', 'demo/ar.html']) assert.deepEqual(schemaErrors(demoConfig(page)), [], page);
});

test('the schema rejects what the element reports, at the same paths', async () => {
  const bad = {
    sections: ['faq', 'chat'],
    theme: 'pink',
    colour: 'red',
    faq: {
      searchable: 'yes',
      items: [
        { question: 'Q?', answer: 'A.' },
        { question: 42, answer: 'A.' },
      ],
      colour: 'red',
      strings: 'Search',
    },
    hotline: { verifyUrl: 42, noSafetyNotice: 'no', lines: [{ label: 'Card support', number: '+18005550100' }] },
    callPrep: { retentionDays: 'seven', noPersist: 1, endpoint: false },
    dispute: { windowDays: 'ninety', regime: 42, merchantName: 7, prefillFromUrl: 'yes' },
  };
  const expected = [
    'callPrep.endpoint',
    'callPrep.noPersist',
    'callPrep.retentionDays',
    'colour',
    'dispute.merchantName',
    'dispute.prefillFromUrl',
    'dispute.regime',
    'dispute.windowDays',
    'faq.colour',
    'faq.items[1].question',
    'faq.searchable',
    'faq.strings',
    'hotline.noSafetyNotice',
    'hotline.verifyUrl',
    'sections[1]',
    'theme',
  ];
  assert.deepEqual(schemaErrors(bad), expected);
  assert.deepEqual(await elementErrors(bad), expected);
});

test('every value the schema lists for an enum, the element takes without a report', async () => {
  const { $defs } = schema;
  const configs = [
    ...$defs.Theme.enum.map((theme) => ({ theme })),
    { sections: [...$defs.CenterSection.enum, 'call-prep'] },
    ...$defs.DisputeRegime.enum.map((regime) => ({ dispute: { regime } })),
  ];
  for (const config of configs) {
    assert.deepEqual(schemaErrors(config), [], JSON.stringify(config));
    assert.deepEqual(await elementErrors(config), [], JSON.stringify(config));
  }
});

test('the runtime check in the bundle has the schema’s keys, and checks the kinds the schema gives them', async () => {
  const { SPEC, BOOLEAN, STRING, NUMBER, OBJECT, ELEMENT } = await import('../../dist/components/center/center.spec.js');
  const resolve = (s) => (s.$ref ? resolve(schema.$defs[s.$ref.slice('#/$defs/'.length)]) : s);
  for (const section of ['faq', 'hotline', 'callPrep', 'dispute']) {
    const props = resolve(schema.properties[section]).properties;
    assert.deepEqual(Object.keys(SPEC[section]), Object.keys(props), section);
    for (const [key, p] of Object.entries(props)) {
      const kind = { boolean: BOOLEAN, string: STRING, number: NUMBER, object: OBJECT }[resolve(p).type] ?? ELEMENT;
      assert.equal(SPEC[section][key], kind, `${section}.${key}`);
    }
  }
});
