// The help center builder (demo/builder.html, docs/builder.md), driven as a merchant would: with the keyboard
// alone, a configuration built from nothing (a question, a phone line whose number is wrong then right, its
// hours and time zone) shows in the live preview; a field the element or the schema refuses is named beside it;
// the snippet pins the package's exact version and carries the configuration; config.json passes the schema;
// the draft survives a reload and a throwing localStorage; axe finds nothing at 1280 and 320 px, light and dark.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import { cdnBase, importMap, rewrite } from '../../scripts/cdn-snippets.js';
import { test, expect, STRICT } from './fixtures.js';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync('config.schema.json', 'utf8')));
const PAGE = '/demo/builder.html';

/**
 * What the page logged, less the one request that may fail by design: cdn/integrity.json, which the builder
 * reads when the build has written it (it says so beside the snippet when not).
 */
const logged = (problems) =>
  existsSync('cdn/integrity.json') ? problems : problems.filter((p) => !p.includes('/cdn/integrity.json') && !/Failed to load resource: .*404/.test(p));

/** Presses Tab until the focused element matches `selector`: proves it is reachable from the keyboard. */
async function tabTo(page, selector, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The configuration inside the snippet's <script type="application/json">. */
async function snippetConfig(page) {
  const snippet = await page.locator('#snippet').inputValue();
  return JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(snippet)[1]);
}

/** Opens the builder with nothing stored, as a merchant's first visit. */
async function fresh(open, options) {
  const opened = await open(PAGE, options);
  await expect(opened.page.locator('#faq-add')).toBeVisible();
  return opened;
}

/** Adds a question and a phone line, from the keyboard. */
async function questionAndLine(page, number = '800 555 0100') {
  await tabTo(page, '#faq-add');
  await page.keyboard.press('Enter');
  await expect(page.locator('#faq-0-q-en'), 'focus moves to the new question').toBeFocused();
  await page.keyboard.type('How long does a refund take?');
  await page.keyboard.press('Tab');
  await page.keyboard.type('5 to 10 business days.');
  await tabTo(page, '#line-add');
  await page.keyboard.press('Enter');
  await expect(page.locator('#line-0-label'), 'focus moves to the new line').toBeFocused();
  await page.keyboard.type('Customer support');
  await tabTo(page, '#line-0-number');
  await page.keyboard.type(number);
}

test.describe('the builder', () => {
  // Whole journeys with the keyboard, a Tab at a time: on two cores shared with other jobs they took 30-90 s.
  test.describe.configure({ timeout: 240_000 });
  test('builds a help center from nothing with the keyboard alone; the preview follows; the snippet and config.json carry it', async ({ open }) => {
    const { page, problems, foreign } = await fresh(open);
    const number = page.locator('#line-0-number');
    const message = page.locator('#line-0-number-error');
    // A letter O typed for a zero: the element's own E.164 check names the field, as the user types.
    await questionAndLine(page, '800-555-01OO');
    await expect(message).toContainText('Expected an E.164 number like +18005550100, got string "+180055501OO"');
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    expect((await number.getAttribute('aria-describedby')).split(' '), 'the message describes the field').toContain('line-0-number-error');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('00');
    await expect(message, 'the message clears once the number is right').toBeEmpty();
    await expect(number).not.toHaveAttribute('aria-invalid');
    await expect(page.locator('#line-0-number-hint')).toHaveText('Dialled as +1 800 555 0100.');

    // Monday 09:00 to 17:00, then the same for the weekdays after it.
    await tabTo(page, 'button[aria-label="Add hours on Monday"]');
    await page.keyboard.press('Enter');
    await expect(page.locator('#line-0-Mo-0-opens'), 'focus moves to the new hours').toBeFocused();
    await tabTo(page, '#line-0-Mo-copy');
    await page.keyboard.press('Enter');
    await expect(page.locator('#line-0-Fr-0-closes')).toHaveValue('17:00');
    await expect(page.locator('#line-0-Sa-add')).toBeVisible();
    await expect(page.locator('#line-0-Sa-0-opens'), 'Saturday stays closed').toHaveCount(0);

    // Hours without a time zone: the element refuses them, beside the time zone field.
    await expect(page.locator('#line-0-timezone-error')).toContainText('Expected an IANA time zone');
    await tabTo(page, '#line-0-tz-search');
    await page.keyboard.type('tokyo');
    await expect(page.locator('#line-0-timezone option')).toHaveText(['Asia/Tokyo']);
    await page.keyboard.press('Tab');
    await expect(page.locator('#line-0-timezone')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#line-0-timezone')).toHaveValue('Asia/Tokyo');
    await expect(page.locator('#line-0-timezone-error')).toBeEmpty();

    // The preview is the real element with this configuration.
    const preview = page.locator('#preview');
    await expect(preview.locator('support-faq')).toContainText('How long does a refund take?');
    await expect(preview.locator('support-hotline').first()).toContainText('Customer support');
    await expect(preview.locator('support-hotline').first()).not.toContainText('Hours unavailable');
    await expect(page.locator('#problems')).toContainText('No problems found');

    const expected = {
      faq: { defaultLang: 'en', searchable: true, items: [{ question: { en: 'How long does a refund take?' }, answer: { en: '5 to 10 business days.' } }] },
      hotline: { lines: [{ label: 'Customer support', number: '+18005550100', hours: 'Mo-Fr 09:00-17:00', timezone: 'Asia/Tokyo' }] },
      callPrep: {},
      dispute: {},
    };
    const snippet = await page.locator('#snippet').inputValue();
    expect(snippet, 'the script is pinned to the exact version').toContain(`<script type="module" src="${cdnBase(VERSION)}support-widgets.js"`);
    expect(snippet).toContain('crossorigin="anonymous"');
    expect(snippet).toContain('<support-center lang="en">');
    expect(await snippetConfig(page)).toEqual(expected);

    // config.json, from the keyboard: the same configuration, valid for the package's schema.
    await tabTo(page, '#download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('config.json');
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file).toEqual(expected);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    expect(logged(problems)).toEqual([]);
    expect(foreign, 'nothing is sent anywhere').toEqual([]);
  });

  test('names each field the element or the schema refuses beside it; the list of problems leads to the field', async ({ open }) => {
    const { page, problems } = await fresh(open);
    await questionAndLine(page);
    // An answer in Arabic without its question; a currency of two letters; a contact that is no email address.
    await page.locator('#faq-lang-ar').check();
    await page.locator('#faq-0-a-ar').fill('من 5 إلى 10 أيام عمل.');
    await page.locator('#dispute-currency').fill('US');
    await page.locator('#line-0-contact-add').click();
    await page.locator('#line-0-contact-0-value').fill('help at example.com');
    await expect(page.locator('#dispute-currency-error')).toContainText('The configuration’s schema: dispute.currency must match the pattern ^[A-Za-z]{3}$');
    await expect(page.locator('#dispute-currency')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#line-0-contact-0-value-error')).toContainText('Expected an email address, got string "help at example.com"');
    await expect(page.locator('#faq-0-a-ar')).toHaveAttribute('lang', 'ar');
    await expect(page.locator('#faq-0-a-ar')).toHaveAttribute('dir', 'rtl');
    const summary = page.locator('#problems');
    await expect(summary).toContainText('2 fields need a look before you publish');
    await summary.getByRole('button', { name: /^Currency:/ }).click();
    await expect(page.locator('#dispute-currency')).toBeFocused();
    // ajv finds the schema's problem where the builder named it.
    const config = await snippetConfig(page);
    expect(validate(config)).toBe(false);
    expect(validate.errors.map((e) => e.instancePath)).toEqual(['/dispute/currency']);
    await page.locator('#dispute-currency').fill('USD');
    await expect(page.locator('#dispute-currency-error')).toBeEmpty();
    await expect(page.locator('#dispute-currency')).not.toHaveAttribute('aria-invalid');
    expect(logged(problems)).toEqual([]);
  });

  test('the draft survives a reload; reordering and removing questions works from the keyboard', async ({ open }) => {
    const { page, problems } = await fresh(open);
    for (const q of ['First question?', 'Second question?']) {
      await page.locator('#faq-add').focus();
      await page.keyboard.press('Enter');
      await page.keyboard.type(q);
      await page.keyboard.press('Tab');
      await page.keyboard.type('An answer.');
    }
    // The buttons are named after their question, as it is typed.
    await expect(page.getByRole('button', { name: 'Move down: First question?' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Move up: Second question?' })).toBeVisible();
    await page.locator('#faq-1-q-en').fill('Second question, reworded?');
    await expect(page.getByRole('button', { name: 'Remove: Second question, reworded?' })).toBeVisible();
    await page.locator('#faq-1-q-en').fill('Second question?');
    await page.locator('#faq-1-up').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#faq-0-q-en')).toHaveValue('Second question?');
    await expect(page.locator('#faq-0-down'), 'focus stays with the moved question').toBeFocused();
    await expect(page.locator('#preview support-faq-item').first()).toContainText('Second question?');
    await page.reload();
    await expect(page.locator('#faq-0-q-en')).toHaveValue('Second question?');
    await expect(page.locator('#faq-1-q-en')).toHaveValue('First question?');
    await page.locator('#faq-0-remove').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('#faq-0-q-en')).toHaveValue('First question?');
    await expect(page.locator('#faq-1-q-en')).toHaveCount(0);
    // Merchant text that would end the snippet's script early is written as \u003c.
    await page.locator('#faq-0-a-en').fill('Type </script><b>bold</b> here.');
    await expect(page.locator('#snippet')).toHaveValue(/Type \\u003c\/script>\\u003cb>bold\\u003c\/b> here\./);
    expect((await snippetConfig(page)).faq.items[0].answer.en).toBe('Type </script><b>bold</b> here.');
    // Start over empties the draft, and one click there loses nothing: Undo start over brings it back (C21b-1).
    await page.locator('#reset').click();
    await expect(page.locator('#faq-0-q-en')).toHaveCount(0);
    await expect(page.locator('#output-status')).toHaveText('Started over: the draft is empty. Undo start over brings it back.');
    await expect(page.getByRole('combobox', { name: 'Language of the help center' }), 'focus goes to the first field').toBeFocused();
    await page.getByRole('button', { name: 'Undo start over' }).click();
    await expect(page.locator('#faq-0-q-en')).toHaveValue('First question?');
    await expect(page.locator('#output-status')).toHaveText('The draft is back as it was.');
    await expect(page.getByRole('button', { name: 'Undo start over' })).toBeHidden();
    await page.reload();
    await expect(page.locator('#faq-0-q-en')).toHaveValue('First question?');
    // Started over again, an edit ends the chance to undo; the empty draft stays after a reload.
    await page.locator('#reset').click();
    await expect(page.locator('#faq-0-q-en')).toHaveCount(0);
    await page.locator('#faq-add').click();
    await page.locator('#faq-0-q-en').fill('A new question?');
    await expect(page.getByRole('button', { name: 'Undo start over' })).toBeHidden();
    await page.locator('#faq-0-remove').click();
    await page.reload();
    await expect(page.locator('#faq-add')).toBeVisible();
    await expect(page.locator('#faq-0-q-en')).toHaveCount(0);
    expect(logged(problems)).toEqual([]);
  });

  test('works when localStorage throws: the builder says the draft is not kept, and everything else works', async ({ open, browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await context.addInitScript(() => {
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      Object.defineProperty(Storage.prototype, 'setItem', { value: refuse });
      Object.defineProperty(Storage.prototype, 'getItem', { value: refuse });
    });
    const { page, problems } = await open(PAGE, { context });
    await questionAndLine(page);
    await expect(page.locator('#draft-status')).toHaveText(/did not keep your latest changes/);
    await expect(page.locator('#preview support-faq')).toContainText('How long does a refund take?');
    expect((await snippetConfig(page)).hotline.lines[0].number).toBe('+18005550100');
    await context.close();
    expect(logged(problems)).toEqual([]);
  });

  test('imports questions from Markdown through the FAQ importer', async ({ open }) => {
    const { page, problems } = await fresh(open);
    await page.locator('.import summary').click();
    await page
      .locator('#import-text')
      .fill('# Help\n\n## Payments\n\n### How long does a refund take?\n\n5 to 10 business days.\n\n### Can I pay by card?\n\nYes: Visa and Mastercard.\n');
    await page.locator('#import-run').click();
    await expect(page.locator('#import-result')).toContainText('Imported 2 questions (markdown)');
    await expect(page.locator('#faq-1-q-en')).toHaveValue('Can I pay by card?');
    await expect(page.locator('#faq-1-category')).toHaveValue('Payments');
    await expect(page.locator('#preview support-faq')).toContainText('Can I pay by card?');
    // A spreadsheet: a header row naming the question and answer columns, one row per question.
    await page.locator('#import-text').fill('question,answer,category\nWhere is my order?,"Track it under Orders, then Details.",Shipping\n');
    await page.locator('#import-run').click();
    await expect(page.locator('#import-result')).toContainText('Imported 1 question (csv)');
    await expect(page.locator('#faq-2-a-en')).toHaveValue('Track it under Orders, then Details.');
    await expect(page.locator('#faq-2-category')).toHaveValue('Shipping');
    expect(logged(problems)).toEqual([]);
  });

  test("imports a Zendesk Help Center export in its own locale (en-us) under the builder's English", async ({ open }) => {
    const { page, problems } = await fresh(open);
    await page.locator('.import summary').click();
    await page.locator('#import-text').fill(readFileSync('examples/faq-import/zendesk-articles.json', 'utf8'));
    await page.locator('#import-run').click();
    // Five articles, one a draft: four questions, in English (en-us is English), none dropped for its language.
    await expect(page.locator('#import-result')).toContainText('Imported 4 questions (zendesk)');
    await expect(page.locator('#faq-0-q-en')).toHaveValue('How do I add a card to my wallet?');
    await expect(page.locator('#preview support-faq')).toContainText('How do I add a card to my wallet?');
    expect(logged(problems)).toEqual([]);
  });

  test('the snippet carries the integrity hash of cdn/integrity.json and the import map of the language files, as the README does, else says it has none', async ({
    open,
    browser,
  }) => {
    const hash = `sha384-${'A'.repeat(64)}`;
    const hashes = { 'locales/faq.de.js': `sha384-${'B'.repeat(64)}`, 'support-widgets.iife.js': `sha384-${'C'.repeat(64)}`, 'support-widgets.js': hash };
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/cdn/integrity.json', (route) => route.fulfill({ json: hashes }));
    const { page } = await open(PAGE, { context });
    await expect(page.locator('#snippet')).toHaveValue(
      new RegExp(`src="[^"]+@${VERSION.replace(/\./g, '\\.')}/cdn/support-widgets.js" integrity="${hash}" crossorigin="anonymous"`),
    );
    // The same import map, byte for byte, as the README's generator writes: the CSP hash docs/security.md gives applies.
    const snippet = await page.locator('#snippet').inputValue();
    expect(snippet.startsWith(`${importMap(cdnBase(VERSION), hashes)}\n<script type="module"`), snippet.slice(0, 400)).toBe(true);
    expect(snippet).toContain(`"${cdnBase(VERSION)}locales/faq.de.js": "${hashes['locales/faq.de.js']}"`);
    expect(snippet, 'the classic bundle is no module: not in the import map').not.toContain('support-widgets.iife.js');
    await expect(page.locator('#integrity-note')).toBeHidden();
    await context.close();

    const missing = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await missing.route('**/cdn/integrity.json', (route) => route.fulfill({ status: 404, body: '' }));
    const second = await open(PAGE, { context: missing });
    await expect(second.page.locator('#integrity-note')).toContainText('no cdn/integrity.json');
    expect(await second.page.locator('#snippet').inputValue()).not.toContain('integrity=');
    await missing.close();
  });

  for (const [width, theme] of [
    [1280, 'light'],
    [1280, 'dark'],
    [320, 'light'],
    [320, 'dark'],
  ]) {
    test(`axe finds nothing at ${width} px, ${theme}, with a message shown; nothing scrolls sideways`, async ({ open }) => {
      const { page } = await fresh(open, { width, height: 900 });
      await page.locator(`[data-page-theme="${theme}"]`).click();
      await page.locator('#theme').selectOption(theme);
      // By pointer here: the keyboard journey is the first test's.
      await page.locator('#faq-add').click();
      await page.locator('#faq-0-q-en').fill('How long does a refund take?');
      await page.locator('#line-add').click();
      await page.locator('#line-0-number').fill('800-555-01OO');
      await page.locator('#line-0-Mo-add').click();
      await expect(page.locator('#line-0-number-error')).not.toBeEmpty();
      // A kind of dispute of one's own with its messages and its advanced choices open.
      await page.locator('#dispute-t-add').click();
      await page.locator('#dispute-t-0-items').fill('*');
      await page.locator('#dispute-t-0 summary').click();
      await expect(page.locator('#dispute-t-0-label-error')).not.toBeEmpty();
      await expect(page.locator('#dispute-t-0-replaces')).toBeVisible();
      await page.locator(`input[name="preview-width"][value="${width < 960 ? 'phone' : 'wide'}"]`).check();
      await expect(page.locator('#preview support-hotline').first()).toHaveAttribute('theme', theme);
      const frame = (await page.locator('#frame').boundingBox()).width;
      if (width < 960) expect(frame, 'the phone preview').toBeLessThanOrEqual(360);
      else expect(frame, 'the wide preview fills its column').toBeGreaterThan(500);
      await page.addScriptTag({ path: AXE });
      const violations = await page.evaluate(async () =>
        (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
      );
      expect(violations).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'px wider than the viewport').toBeLessThanOrEqual(0);
    });
  }

  test('runs under the strict CSP with Trusted Types: no violation, the preview renders', async ({ open }) => {
    const { page, problems } = await fresh(open, { base: STRICT() });
    await questionAndLine(page);
    await expect(page.locator('#preview support-faq')).toContainText('How long does a refund take?');
    await expect(page.locator('#problems')).toContainText('No problems found');
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
    expect(logged(problems)).toEqual([]);
  });

  /** A phone line added by pointer, with a valid number (the keyboard journey is the first test's). */
  async function line(page, { country, number = '800 555 0100' } = {}) {
    await page.locator('#line-add').click();
    await page.locator('#line-0-label').fill('Customer support');
    if (country) await page.locator('#line-0-country').selectOption(country);
    await page.locator('#line-0-number').fill(number);
  }

  test('axe finds nothing once a special date exists; its Remove button answers to its visible text', async ({ open }) => {
    const { page } = await fresh(open);
    await line(page);
    await page.locator('#line-0-special-add').click();
    await expect(page.locator('#line-0-special-0-from')).toBeFocused();
    // A speech-input user says what the button shows: the name starts with it (WCAG 2.5.3 Label in Name).
    await expect(page.getByRole('button', { name: /^Remove date\b/ })).toHaveCount(1);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () =>
      (await window.axe.run(document)).violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    );
    expect(violations).toEqual([]);
  });

  test('the builder links the documentation site from its header', async ({ open }) => {
    const { page } = await fresh(open);
    // ../site/ here, the site's home page once the site copies the builder (docsite/eleventy.config.js).
    await expect(page.locator('header').getByRole('link', { name: 'Documentation' })).toHaveAttribute('href', '../site/');
  });

  test('a topic of your own without a name: told so beside its name, and config.json fails the schema there too', async ({ open }) => {
    const { page } = await fresh(open);
    await page.locator('#prep-ctopic-add').click();
    await page.keyboard.type('refund');
    const message = page.locator('#prep-ctopic-0-label-error');
    await expect(message).toContainText('a topic of your own needs the name users choose it by');
    await expect(message, 'the schema says it as well').toContainText('callPrep.topics.6.label must not be empty');
    await expect(page.locator('#prep-ctopic-0-label')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#prep-ctopic-0-id-error'), 'the id is fine').toBeEmpty();
    const config = await snippetConfig(page);
    expect(validate(config)).toBe(false);
    expect(validate.errors.map((e) => e.instancePath)).toContain('/callPrep/topics/6/label');
    await page.locator('#prep-ctopic-0-label').fill('A refund');
    await expect(message).toBeEmpty();
    expect(validate(await snippetConfig(page)), JSON.stringify(validate.errors)).toBe(true);
  });

  test('markup and a javascript: link in a question or an answer are named beside the field (they show as text)', async ({ open }) => {
    const { page } = await fresh(open);
    await page.locator('#faq-add').click();
    await page.locator('#faq-0-q-en').fill('<img src=x onerror=alert(1)>How long does a refund take?');
    await page.locator('#faq-0-a-en').fill('5 to 10 days, see [click](javascript:alert(1)) and **bold** <b>raw</b>.');
    await expect(page.locator('#faq-0-q-en-error')).toHaveText('Markup is not allowed; it is shown as plain text.');
    const answer = page.locator('#faq-0-a-en-error');
    await expect(answer).toContainText('Expected an https:, http:, mailto: or tel: link, got string "javascript:alert(1)"; it is shown as plain text.');
    await expect(answer).toContainText('Markup is not allowed; it is shown as plain text.');
    await expect(page.locator('#faq-0-a-en')).toHaveAttribute('aria-invalid', 'true');
    // Shown as text in the preview, as before: nothing made of it.
    await expect(page.locator('#preview support-faq')).toContainText('<img src=x onerror=alert(1)>How long does a refund take?');
  });

  test('an empty question or answer (or one of spaces): told so in plain words beside the field left empty', async ({ open }) => {
    // C21b-3: it said "got an object with no usable language", which tells a merchant nothing about the empty field.
    const { page } = await fresh(open);
    await page.locator('#faq-add').click();
    await page.locator('#faq-0-a-en').fill('5 to 10 business days.');
    const question = page.locator('#faq-0-q-en-error');
    await expect(question).toContainText('This question is empty: a question needs its text.');
    await expect(page.locator('#faq-0-q-en')).toHaveAttribute('aria-invalid', 'true');
    await page.locator('#faq-0-q-en').fill('   ');
    await expect(question).toContainText('This question is empty: a question needs its text.');
    await page.locator('#faq-0-q-en').fill('How long does a refund take?');
    await expect(question).toBeEmpty();
    await page.locator('#faq-0-a-en').fill('');
    await expect(page.locator('#faq-0-a-en-error')).toContainText('This answer is empty: an answer needs its text.');
    await expect(page.locator('#faq-0-a-en')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#problems')).not.toContainText('no usable language');
  });

  test('hours that open and close at once, and a special date that ends before it starts: what is wrong, beside the input at fault', async ({ open }) => {
    const { page } = await fresh(open);
    await line(page);
    await page.locator('#line-0-timezone').selectOption('Europe/Berlin');
    await page.locator('#line-0-Mo-add').click();
    await page.locator('#line-0-Tu-add').click();
    await page.locator('#line-0-Tu-0-closes').fill('09:00');
    const hours = page.locator('#line-0-Tu-0-closes-error');
    await expect(hours).toContainText('09:00-09:00 opens and closes at the same time');
    await expect(page.locator('#line-0-Tu-0-closes')).toHaveAttribute('aria-invalid', 'true');
    expect((await page.locator('#line-0-Tu-0-closes').getAttribute('aria-describedby')).split(' ')).toContain('line-0-Tu-0-closes-error');
    await expect(page.locator('#line-0-hours-error'), 'not on the whole week').toBeEmpty();
    await expect(page.locator('#line-0-Mo-0-closes-error'), 'Monday is fine').toBeEmpty();
    await page.locator('#line-0-Tu-0-closes').fill('17:00');
    await expect(hours).toBeEmpty();

    await page.locator('#line-0-special-add').click();
    await page.locator('#line-0-special-0-from').fill('2026-12-31');
    await page.locator('#line-0-special-0-through').fill('2026-12-01');
    const through = page.locator('#line-0-special-0-through-error');
    await expect(through).toContainText('2026-12-01 is before validFrom 2026-12-31: the last day is on or after the first');
    await expect(page.locator('#line-0-special-0-through')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#line-0-special-0-error'), 'not on the whole date').toBeEmpty();
    await page.locator('#line-0-special-0-through').fill('2027-01-02');
    await expect(through).toBeEmpty();
    await expect(page.locator('#problems')).toContainText('No problems found');
  });

  test('the config.json route names the chosen language on its tag, as the snippet does (config.json holds none)', async ({ open }) => {
    const { page } = await fresh(open);
    await expect(page.locator('#src-tag')).toHaveText('<support-center lang="en" src="/config.json"></support-center>');
    await page.getByRole('combobox', { name: 'Language of the help center' }).selectOption('de');
    await expect(page.locator('#src-tag')).toHaveText('<support-center lang="de" src="/config.json"></support-center>');
    await expect(page.locator('#snippet')).toHaveValue(/<support-center lang="de">/);
  });

  test('shows merchants no Markdown: no backticks in any text of the page', async ({ open }) => {
    const { page } = await fresh(open);
    const text = await page.locator('main').evaluate((m) => m.textContent);
    expect(text).toContain('npx support-widgets faq-import');
    expect(text).not.toContain('`');
  });

  test('a Berlin number shows as the digits it dials, not split inside its area code', async ({ open }) => {
    const { page } = await fresh(open);
    await line(page, { country: 'DE', number: '030 12345678' });
    await expect(page.locator('#line-0-number-hint')).toHaveText('Dialled as +49 3012345678.');
    await page.locator('#line-0-number').fill('030 1234567');
    await expect(page.locator('#line-0-number-hint')).toHaveText('Dialled as +49 301234567.');
    expect((await snippetConfig(page)).hotline.lines[0].number).toBe('+49301234567');
  });

  test('a US number of 3 digits or a UK number of 2 is named beside the field and in the list; a whole one shows grouped in the preview', async ({ open }) => {
    const { page, problems } = await fresh(open);
    await line(page, { number: '555' });
    const number = page.locator('#line-0-number');
    const message = page.locator('#line-0-number-error');
    await expect(message).toHaveText(
      '+1555 has 3 digits after +1, and a North American number has 10 (area code, exchange, line); its link dials it as given.',
    );
    await expect(number).toHaveAttribute('aria-invalid', 'true');
    const summary = page.locator('#problems');
    await expect(summary).toContainText('1 field needs a look before you publish');
    await summary.getByRole('button', { name: /^Phone line 1, Phone number: \+1555 has 3 digits/ }).click();
    await expect(number).toBeFocused();

    await page.locator('#line-0-country').selectOption('GB');
    await number.fill('20');
    await expect(message).toHaveText('+4420 has 2 digits after +44, and a UK number has 10 (9 for some 01 and 0800 numbers); its link dials it as given.');
    await number.fill('020 7946 0000');
    await expect(message).toBeEmpty();
    await expect(number).not.toHaveAttribute('aria-invalid');
    await expect(summary).toContainText('No problems found');
    // No "Number as shown": the card shows the number grouped as the element writes it, not +442079460000 (c23-4).
    await expect(page.locator('#preview support-hotline').first().locator('[part=number]')).toHaveText('+44 20 7946 0000');
    expect(logged(problems)).toEqual([]);
  });

  test("docs/builder.md's sample snippet is what the builder writes for that draft", async ({ open }) => {
    const doc = readFileSync('docs/builder.md', 'utf8');
    const block = /## The output[\s\S]*?```html\n([\s\S]*?)```/.exec(doc)[1];
    const { page } = await fresh(open);
    await page.locator('#faq-add').click();
    await page.locator('#faq-0-q-en').fill('How long does a refund take?');
    await page.locator('#faq-0-a-en').fill('5 to 10 business days.');
    await line(page);
    await page.locator('#line-0-Mo-add').click();
    await page.locator('#line-0-Mo-copy').click();
    await page.locator('#line-0-timezone').selectOption('America/New_York');
    await expect(page.locator('#problems')).toContainText('No problems found');
    // The hashes as this build has them (node scripts/cdn-snippets.js --check keeps the page's current).
    const hashes = JSON.parse(readFileSync('cdn/integrity.json', 'utf8'));
    const documented = rewrite(`\`\`\`html\n${block}\`\`\``, VERSION, hashes).slice('```html\n'.length, -'```'.length);
    expect(await page.locator('#snippet').inputValue()).toBe(documented);
  });

  test('a kind of dispute of your own needs only its name and evidence: its id is made from the name, and it can be the kind chosen at first', async ({
    open,
  }) => {
    // c23-3: focus went to a technical Id first, and the merchant's own kind was never offered as the kind chosen at first.
    const { page, problems } = await fresh(open);
    await tabTo(page, '#dispute-t-add');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Name', exact: true }), 'focus moves to the new kind’s name').toBeFocused();
    await page.keyboard.type('Gift card not delivered');
    await page.keyboard.press('Tab');
    await page.keyboard.type('The code never arrived.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('*Order confirmation email\nScreenshot of your inbox');
    await expect(page.locator('#dispute-t-0-id'), 'the id is out of the way').toBeHidden();
    await expect(page.locator('#problems')).toContainText('No problems found');
    const kind = {
      id: 'gift-card-not-delivered',
      label: 'Gift card not delivered',
      description: 'The code never arrived.',
      items: [
        { id: 'order-confirmation-email', label: 'Order confirmation email', required: true },
        { id: 'screenshot-of-your-inbox', label: 'Screenshot of your inbox' },
      ],
    };
    expect((await snippetConfig(page)).dispute).toEqual({ types: [kind] });
    const first = page.getByRole('combobox', { name: 'Kind of dispute chosen at first' });
    await expect(first.locator('option').last()).toHaveText('Gift card not delivered');
    await first.selectOption({ label: 'Gift card not delivered' });
    const config = await snippetConfig(page);
    expect(config.dispute).toEqual({ type: 'gift-card-not-delivered', types: [kind] });
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    // The preview's checklist opens on that kind, as the merchant's page will.
    await expect(page.locator('#preview support-dispute-checklist [role=heading]')).toHaveText('Gift card not delivered');
    // Renamed, the kind keeps its place as the kind chosen at first, under its new id.
    await page.locator('#dispute-t-0-label').fill('Gift card never arrived');
    await expect(first.locator('option:checked')).toHaveText('Gift card never arrived');
    expect((await snippetConfig(page)).dispute).toMatchObject({ type: 'gift-card-never-arrived', types: [{ id: 'gift-card-never-arrived' }] });
    await expect(page.locator('#problems')).toContainText('No problems found');
    expect(logged(problems)).toEqual([]);
  });

  test('a kind without a name or evidence is told so in the builder’s words, and left out of the snippet until it is complete', async ({ open }) => {
    // c23-3: "Expected a non-empty string, got an empty string. / The configuration's schema: dispute.types.0.id must not
    // be empty." and "…items.0.id must not be empty", yet the snippet carried the kind and the merchant's page dropped it.
    const { page } = await fresh(open);
    await page.locator('#dispute-t-add').click();
    await page.locator('#dispute-t-0-description').fill('The code never arrived.');
    await page.locator('#dispute-t-0-items').fill('*');
    await expect(page.locator('#dispute-t-0-label-error')).toHaveText('This kind needs a name. Until then, this kind is left out of the snippet.');
    await expect(page.locator('#dispute-t-0-label')).toHaveAttribute('aria-invalid', 'true');
    const evidence = page.locator('#dispute-t-0-items-error');
    await expect(evidence).toContainText('An evidence line needs its text: line 1 is only a *, so it is left out.');
    await expect(evidence).toContainText('This kind needs its evidence: write one piece per line. Until then, this kind is left out of the snippet.');
    const summary = page.locator('#problems');
    await expect(summary).toContainText('2 fields need a look before you publish');
    for (const jargon of ['Expected', 'schema', 'must not be empty', '.id']) await expect(summary).not.toContainText(jargon);
    let config = await snippetConfig(page);
    expect(config.dispute, 'no kind the element would drop').toEqual({});
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
    await summary.getByRole('button', { name: /^Kind 1, Name:/ }).click();
    await expect(page.locator('#dispute-t-0-label')).toBeFocused();
    await page.keyboard.type('Gift card not delivered');
    await page.locator('#dispute-t-0-items').fill('*\n*Order confirmation email');
    await expect(evidence).toHaveText('An evidence line needs its text: line 1 is only a *, so it is left out.');
    await expect(page.locator('#dispute-t-0-label-error')).toBeEmpty();
    config = await snippetConfig(page);
    expect(config.dispute.types).toEqual([
      {
        id: 'gift-card-not-delivered',
        label: 'Gift card not delivered',
        description: 'The code never arrived.',
        items: [{ id: 'order-confirmation-email', label: 'Order confirmation email', required: true }],
      },
    ]);
    await page.locator('#dispute-t-0-items').fill('*Order confirmation email');
    await expect(summary).toContainText('No problems found');
  });

  test('a kind named like a built-in one is added beside it; replacing a built-in kind is an advanced choice, said in plain words', async ({ open }) => {
    const { page } = await fresh(open);
    await page.locator('#dispute-t-add').click();
    await page.keyboard.type('Not received');
    await page.locator('#dispute-t-0-items').fill('*Tracking number');
    // Made from the name, the id is no built-in kind's: the built-in "Not received" stays.
    await expect(page.locator('#problems')).toContainText('No problems found');
    expect((await snippetConfig(page)).dispute.types.map((t) => t.id)).toEqual(['not-received-2']);
    await page.getByText('Advanced: replace a built-in kind, or choose the id').click();
    await expect(page.locator('#dispute-t-0-id-hint')).toContainText('made from the name when empty (not-received-2)');
    // An id typed that is a built-in kind's: what to do instead, in words.
    await page.locator('#dispute-t-0-id').fill('not-received');
    await expect(page.locator('#dispute-t-0-id-error')).toHaveText(
      '“not-received” is the built-in kind “Not received”: to put yours in its place, choose it under Replaces a built-in kind; else give another id, or none. Until then, this kind is left out of the snippet.',
    );
    expect((await snippetConfig(page)).dispute).toEqual({});
    await page.locator('#dispute-t-0-id').fill('');
    await page.getByRole('combobox', { name: 'Replaces a built-in kind' }).selectOption({ label: 'Not received' });
    await expect(page.locator('#dispute-t-0-id'), 'a replacing kind has the built-in id').toHaveCount(0);
    await expect(page.locator('#problems')).toContainText('No problems found');
    expect((await snippetConfig(page)).dispute.types.map((t) => t.id)).toEqual(['not-received']);
    // A second kind of the same name is told apart by its id; it cannot replace the same built-in kind.
    await page.locator('#dispute-t-add').click();
    await page.keyboard.type('Not received');
    await page.locator('#dispute-t-1-items').fill('*Receipt');
    expect((await snippetConfig(page)).dispute.types.map((t) => t.id)).toEqual(['not-received', 'not-received-2']);
    await page.locator('#dispute-t-1 summary').click();
    await expect(page.locator('#dispute-t-1-replaces option[value="not-received"]')).toBeDisabled();
    await page.locator('#dispute-t-1-id').fill('not-received-2');
    await page.locator('#dispute-t-add').click();
    await page.keyboard.type('Lost parcel');
    await page.locator('#dispute-t-2-items').fill('*Receipt');
    await page.locator('#dispute-t-2 summary').click();
    await page.locator('#dispute-t-2-id').fill('not-received-2');
    await expect(page.locator('#dispute-t-2-id-error')).toHaveText(
      'Not received has this id too: each kind needs its own. Until then, this kind is left out of the snippet.',
    );
    expect((await snippetConfig(page)).dispute.types.map((t) => t.id)).toEqual(['not-received', 'not-received-2']);
  });

  test('a draft saved before kinds had their own name first still builds: a built-in id typed as the Id replaces that kind', async ({ open, browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const draft = {
      v: 1,
      draft: {
        dispute: {
          type: 'gift-card',
          types: [
            { id: 'not-received', label: '', description: '', evidence: '*Tracking number' },
            { id: 'gift-card', label: 'Gift card not working', description: '', evidence: '*Code' },
          ],
        },
      },
    };
    await context.addInitScript((record) => localStorage.setItem('support-widgets-builder-draft', record), JSON.stringify(draft));
    const { page } = await open(PAGE, { context });
    await expect(page.locator('#dispute-t-0-replaces')).toHaveValue('not-received');
    await expect(page.locator('#dispute-t-1-id')).toHaveValue('gift-card');
    await expect(page.locator('#problems')).toContainText('No problems found');
    expect((await snippetConfig(page)).dispute).toEqual({
      type: 'gift-card',
      types: [
        { id: 'not-received', items: [{ id: 'tracking-number', label: 'Tracking number', required: true }] },
        { id: 'gift-card', label: 'Gift card not working', items: [{ id: 'code', label: 'Code', required: true }] },
      ],
    });
    await context.close();
  });

  test('a Markdown autolink in an answer: told to write links as [text](https://…), not that links are not allowed', async ({ open }) => {
    // c23-8: "See <https://example.com>" was reported as "Markup is not allowed; it is shown as plain text."
    const { page } = await fresh(open);
    await page.locator('#faq-add').click();
    await page.keyboard.type('Where is my refund?');
    const message = page.locator('#faq-0-a-en-error');
    await page.locator('#faq-0-a-en').fill('See <https://example.com>.');
    await expect(message).toHaveText('Write links as [text](https://…): a link in < > is shown as plain text.');
    await expect(page.locator('#faq-0-a-en')).toHaveAttribute('aria-invalid', 'true');
    await page.locator('#faq-0-a-en').fill('See <https://example.com> and <b>this</b>.');
    await expect(message).toHaveText(
      'Write links as [text](https://…): a link in < > is shown as plain text. Markup is not allowed; it is shown as plain text.',
    );
    await page.locator('#faq-0-a-en').fill('See [our refund page](https://example.com).');
    await expect(message).toBeEmpty();
  });

  test('a large snippet says its size and the text that makes it large', async ({ open }) => {
    // c23-8: a 300,000-character question and a 2 MB answer went by without a word.
    const { page } = await fresh(open);
    await page.locator('#faq-add').click();
    await page.locator('#faq-0-q-en').fill('How long does a refund take?');
    await page.locator('#faq-0-a-en').fill('5 to 10 business days. '.repeat(100));
    await expect(page.locator('#problems')).toContainText('No problems found');
    const note = page.locator('#snippet-size');
    await expect(note, 'a snippet of ordinary size says nothing').toBeHidden();
    await page.locator('#faq-0-a-en').fill('5 to 10 business days. '.repeat(6000));
    await expect(note).toBeVisible();
    const bytes = Buffer.byteLength(await page.locator('#snippet').inputValue());
    await expect(note).toHaveText(
      `The snippet is large: ${Math.round(bytes / 1000)} kB; Question 1, Answer (English) alone is 137,999 characters. Every page view downloads it again, and the help center shows only once the browser has read it. Check that the long text is meant, or put config.json on your site instead (below): browsers keep it between pages.`,
    );
    expect((await page.locator('#snippet').getAttribute('aria-describedby')).split(' ')).toContain('snippet-size');
    await page.locator('#faq-0-a-en').fill('5 to 10 business days.');
    await expect(note).toBeHidden();
  });

  test('the demo links the builder from its header', async ({ open }) => {
    const { page } = await open('/demo/index.html');
    await page.locator('header').getByRole('link', { name: 'Builder' }).click();
    await expect(page).toHaveURL(/\/demo\/builder\.html$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build your help center');
    // Every shipped language (src/locales/<tag>.ts) can be chosen.
    const shipped = readdirSync('src/locales')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3));
    await expect(page.locator('#form #lang option')).toHaveCount(shipped.length);
    expect((await page.locator('#form #lang option').evaluateAll((o) => o.map((x) => x.value))).sort()).toEqual(shipped.sort());
  });

  test('a card number, a one-time code or a password typed in any field stays out of storage, the snippet and config.json, and is named beside the field; phone numbers, order numbers, hours and links are left alone (C21x-3)', async ({
    open,
  }) => {
    const { page, problems } = await fresh(open);
    await questionAndLine(page);
    const answer = 'Card 4111 1111 1111 1111 test; OTP 482913; CVV 123; password: hunter2';
    await page.locator('#faq-0-a-en').fill(answer);
    await page.locator('#line-0-label').fill('4111111111111111');
    await page.locator('#line-0-note').fill('Your one-time code is 482913');
    // What a merchant writes on a help page: an order number's form, a phone number, hours, a link to reset a password.
    const legit = 'Order numbers look like 4000123456. Call +1 800 555 0100, Mo-Fr 09:00-17:00. [Reset your password](https://example.com/reset)';
    await page.locator('#faq-add').click();
    await page.locator('#faq-1-q-en').fill('How do I reach you?');
    await page.locator('#faq-1-a-en').fill(legit);
    await expect(page.locator('#faq-0-a-en-error')).toContainText('This holds a full card number and what reads as a password, PIN, CVV or one-time code');
    await expect(page.locator('#faq-0-a-en')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#line-0-label-error')).toContainText('This holds a full card number');
    await expect(page.locator('#line-0-note-error')).toContainText('one-time code');
    await expect(page.locator('#faq-1-a-en-error')).toBeEmpty();
    // The merchant still sees what was typed, to correct it.
    await expect(page.locator('#faq-0-a-en')).toHaveValue(answer);
    const secrets = ['4111 1111 1111 1111', '4111111111111111', '482913', 'hunter2', 'CVV 123'];
    const stored = await page.evaluate(() => localStorage.getItem('support-widgets-builder-draft'));
    const snippet = await page.locator('#snippet').inputValue();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    const file = readFileSync(await download.path(), 'utf8');
    for (const [where, text] of [
      ['the stored draft', stored],
      ['the snippet', snippet],
      ['config.json', file],
    ]) {
      for (const secret of secrets) expect(text, `${where} holds ${secret}`).not.toContain(secret);
      expect(text, `${where} keeps the merchant's own numbers and link`).toContain(
        'Order numbers look like 4000123456. Call +1 800 555 0100, Mo-Fr 09:00-17:00.',
      );
      expect(text).toContain('(https://example.com/reset)');
    }
    const config = JSON.parse(file);
    expect(config.faq.items[0].answer.en).toBe('Card •••• 1111 test; OTP ••••••; CVV ••••••; password: ••••••');
    expect(config.faq.items[1].answer.en).toBe(legit);
    expect(config.hotline.lines[0].number).toBe('+18005550100');
    await expect(page.locator('#preview support-faq')).not.toContainText('4111');
    // After a reload the fields hold the masked text, and nothing is left to warn about.
    await page.reload();
    await expect(page.locator('#faq-0-a-en')).toHaveValue('Card •••• 1111 test; OTP ••••••; CVV ••••••; password: ••••••');
    await expect(page.locator('#faq-1-a-en')).toHaveValue(legit);
    expect(logged(problems)).toEqual([]);
  });

  test('a stored draft with a contact kind the builder does not offer (sms) still builds, and every check still runs (C21x-1)', async ({ open, browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const draft = { v: 1, draft: { hotline: { lines: [{ label: 'L', number: '+18005550100', contacts: [{ type: 'sms', value: 'x' }] }] } } };
    await context.addInitScript((record) => localStorage.setItem('support-widgets-builder-draft', record), JSON.stringify(draft));
    const { page, problems } = await open(PAGE, { context });
    // It is read as the select's first kind, as the select shows, and its value is checked as such.
    await expect(page.locator('#line-0-contact-0-type')).toHaveValue('email');
    expect((await snippetConfig(page)).hotline.lines[0].contacts).toEqual([{ type: 'email', value: 'x' }]);
    await expect(page.locator('#line-0-contact-0-value-error')).toContainText('Expected an email address, got string "x"');
    // The other checks run: an empty question, a bad currency.
    await page.locator('#faq-add').click();
    await page.locator('#dispute-currency').fill('E1');
    await expect(page.locator('#dispute-currency-error')).toContainText('dispute.currency must match');
    await expect(page.locator('#faq-0-q-en')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#problems')).toContainText('fields need a look');
    expect(logged(problems)).toEqual([]);
    await context.close();
  });

  test('the time-zone search finds today’s names (Kolkata, Kyiv, Ho Chi Minh, Mumbai) and UTC by GMT; the preview shows hours in them (C21x-5)', async ({
    open,
  }) => {
    const { page, problems } = await fresh(open);
    await questionAndLine(page);
    await page.locator('button[aria-label="Add hours on Monday"]').click();
    const search = page.locator('#line-0-tz-search');
    const zone = page.locator('#line-0-timezone');
    for (const [query, value] of [
      ['Kyiv', 'Europe/Kyiv'],
      ['Ho Chi Minh', 'Asia/Ho_Chi_Minh'],
      ['GMT', 'UTC'],
      ['Mumbai', 'Asia/Kolkata'],
      ['Calcutta', 'Asia/Kolkata'],
      ['Kolkata', 'Asia/Kolkata'],
    ]) {
      await search.fill(query);
      await expect(zone.locator('option'), query).toHaveCount(1);
      await expect(zone.locator('option')).toHaveAttribute('value', value);
    }
    await zone.selectOption('Asia/Kolkata');
    await expect(page.locator('#line-0-timezone-error')).toBeEmpty();
    expect((await snippetConfig(page)).hotline.lines[0].timezone).toBe('Asia/Kolkata');
    const hotline = page.locator('#preview support-hotline').first();
    await expect(hotline).toContainText('Customer support');
    await expect(hotline).not.toContainText('Hours unavailable');
    await search.fill('UTC');
    await zone.selectOption('UTC');
    await expect(page.locator('#line-0-timezone-error')).toBeEmpty();
    await expect(page.locator('#problems')).toContainText('No problems found');
    await expect(hotline).not.toContainText('Hours unavailable');
    expect(logged(problems)).toEqual([]);
  });

  test('storage full: the builder says what is true, and a reload says the draft shown is older than what was typed (C21x-6)', async ({ open, browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // A storage that takes small records and refuses large ones, as a full one does.
    await context.addInitScript(() => {
      const set = Storage.prototype.setItem;
      Object.defineProperty(Storage.prototype, 'setItem', {
        value(key, value) {
          if (String(value).length > 3000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return set.call(this, key, value);
        },
      });
    });
    const { page, problems } = await open(PAGE, { context });
    await page.locator('#faq-add').click();
    await page.locator('#faq-0-q-en').fill('Kept question?');
    await page.locator('#faq-0-a-en').fill('Not kept. '.repeat(400));
    await expect(page.locator('#draft-status')).toHaveText(/did not keep your latest changes .* a reload brings back the draft saved before/);
    await expect(page.locator('#draft-status')).not.toContainText('to keep it');
    await page.reload();
    await expect(page.locator('#faq-0-q-en')).toHaveValue('Kept question?');
    await expect(page.locator('#faq-0-a-en')).toHaveValue('');
    await expect(page.locator('#draft-status')).toContainText('This is an older draft');
    await expect(page.locator('#draft-status')).toContainText('Changes made after it were not kept');
    // Once told, the next reload is quiet.
    await page.reload();
    await expect(page.locator('#faq-0-q-en')).toHaveValue('Kept question?');
    await expect(page.locator('#draft-status')).toBeEmpty();
    expect(logged(problems)).toEqual([]);
    await context.close();
  });

  test('an import without warnings reports only its count, with no "null" (C21x-10)', async ({ open }) => {
    const { page } = await fresh(open);
    await page.locator('.import summary').click();
    await page.locator('#import-text').fill('## Q one?\n\nA one.\n\n## Q two?\n\nA two.');
    await page.locator('#import-run').click();
    await expect(page.locator('#import-result')).toHaveText('Imported 2 questions (markdown).');
  });

  test('at 320 px a special date’s schema message wraps: nothing scrolls sideways (C21x-8)', async ({ open }) => {
    const { page } = await fresh(open, { width: 320, height: 900 });
    await page.locator('#line-add').click();
    await page.locator('#line-0-special-add').click();
    await expect(page.locator('#line-0-special-0-from-error')).toContainText('specialHours.0.validFrom');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'px wider than the viewport').toBeLessThanOrEqual(0);
  });

  test('the FAQ’s default language is named under its boxes, and it is the snippet’s defaultLang (C21x-13)', async ({ open }) => {
    const { page } = await fresh(open);
    const hint = page.locator('#faq-default-lang');
    await expect(hint).toContainText(': English, the first one ticked');
    await page.locator('#faq-lang-de').check();
    await page.locator('#faq-lang-en').uncheck();
    await page.locator('#faq-lang-en').check();
    await expect(hint).toContainText(': Deutsch, the first one ticked');
    expect((await snippetConfig(page)).faq.defaultLang).toBe('de');
  });

  test('hours that end before they start are said to run past midnight, beside them; the list of problems names a time by its day (C21x-14, C21x-9)', async ({
    open,
  }) => {
    const { page } = await fresh(open);
    await page.locator('#line-add').click();
    await page.locator('#line-0-number').fill('800 555 0100');
    await page.locator('#line-0-timezone').selectOption('Europe/Berlin');
    await page.locator('#line-0-Mo-add').click();
    await expect(page.locator('#line-0-Mo-0-night')).toBeEmpty();
    await page.locator('#line-0-Mo-0-opens').fill('17:00');
    await page.locator('#line-0-Mo-0-closes').fill('09:00');
    await expect(page.locator('#line-0-Mo-0-night')).toHaveText('Runs past midnight into Tuesday, until 09:00. If the times are swapped, change them.');
    expect((await page.locator('#line-0-Mo-0-closes').getAttribute('aria-describedby')).split(' ')).toContain('line-0-Mo-0-night');
    await page.locator('#line-0-Tu-add').click();
    await page.locator('#line-0-Tu-0-closes').fill('09:00');
    await expect(page.locator('#problems').getByRole('button', { name: /^Weekly opening hours, Tuesday, to: / })).toHaveCount(1);
  });
});
