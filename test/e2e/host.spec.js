// The host-page check: the built CDN files on hostile host pages, driven as a user would. Every element is
// used, not only rendered, under the strict CSP with Trusted Types; pages with hostile CSS, no doctype, a
// foreign <base href>, Array.prototype.toJSON, both bundles, a sandboxed frame whose localStorage throws; two
// tabs on one draft; layout at 320 px, at 200% zoom and in forced colours.
import { readFileSync } from 'node:fs';
import { test, expect, TAGS, ORIGIN, STRICT, LIT_ONLY, rendered, focusRing } from './fixtures.js';
import { everyState, invisibleText, layoutProblems, measureAll, useEverything } from './page-helpers.js';

/** The JSON-LD types a page wrote into its head. */
const ldTypes = (ld) =>
  ld.map((t) => {
    try {
      const data = JSON.parse(t);
      return data['@type'] ?? data['@graph']?.map((d) => d['@type']).join();
    } catch {
      return 'unparsable';
    }
  });

/** Two tabs of one browser (pages of one context) on test/pages/tabs.html, and their call-prep forms. */
async function twoTabs(open, browser) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const a = await open('/test/pages/tabs.html', { context });
  const b = await open('/test/pages/tabs.html', { context });
  return { a, b, prepA: a.page.locator('support-call-prep'), prepB: b.page.locator('support-call-prep'), close: () => context.close() };
}

/**
 * Tab B's user is typing in "what" when tab A changes it and more: B keeps its typing (saved once B leaves the
 * field), and takes the rest. The tab in front has the focus, as for a person switching tabs.
 */
async function typingInBoth(a, b, prepA, prepB) {
  await b.page.bringToFront();
  await prepB.locator('[name=what]').fill('Tab B is typing');
  await prepA.locator('[name=account]').fill('ana@example.com');
  await prepA.locator('[name=what]').fill('Tab A again');
  // A later change in tab A: once tab B shows it, B has handled the change to "what" before it too.
  await prepA.locator('[name=txn]').fill('TX-9');
  await expect(prepB.locator('[name=txn]')).toHaveValue('TX-9');
}

test.describe('strict CSP + Trusted Types', () => {
  for (const [path, bundle] of [
    ['/test/pages/all.html', 'module bundle'],
    ['/test/pages/all-iife.html', 'classic bundle'],
  ]) {
    test(`${bundle}: every element used as a customer would, zero violations`, async ({ open }) => {
      const { page, problems, foreign, downloads } = await open(path, { base: STRICT() });
      const csp = await page.evaluate(() => document.querySelector('meta[http-equiv]') === null && !!window.trustedTypes);
      expect.soft(csp, 'the page is served with the CSP header only, Trusted Types supported').toBe(true);
      const used = await useEverything(page, downloads);
      expect.soft(used.found, 'FAQ: search narrows to the matching answer').toEqual(['refund-time']);
      expect.soft(used.expanded, 'FAQ: an answer opens').toBe('true');
      expect.soft(used.copied, 'FAQ: Copy link copies the page URL with its #id').toContain(`${STRICT()}${path}#refund-time`);
      expect
        .soft(
          used.copied.some((c) => /1-800-555-0100|\+18005550100/.test(c)),
          'hotline: Copy number copies the number',
        )
        .toBe(true);
      expect.soft(used.errors, 'call prep: an empty submit lists the errors').toBeGreaterThan(0);
      expect.soft(used.summaryErrors, 'call prep: a filled one shows the summary').toBe(0);
      expect.soft(used.copied.filter((c) => c.includes('\n')).length, 'call prep and dispute checklist: Copy copies the summaries').toBe(2);
      expect.soft(used.ready, 'dispute checklist: every item ticked, ready').toBe(1);
      const ld = ldTypes(used.ld);
      expect
        .soft(ld, 'structured data (FAQPage, ContactPoint JSON-LD) written through the support-widgets policy')
        .toEqual(expect.arrayContaining(['FAQPage', 'ContactPoint']));
      expect.soft(used.violations, 'zero securitypolicyviolation events').toEqual([]);
      expect.soft(problems, 'nothing thrown, logged or refused').toEqual([]);
      expect.soft(foreign, 'no request left the origin').toEqual([]);
    });
  }

  test("both bundles on one page: 'allow-duplicates' covers the second copy's policies", async ({ open }) => {
    const { page, problems } = await open('/test/pages/classic.html', { base: STRICT() });
    await page.locator('support-dispute-checklist input[name=type]').first().check();
    await page.locator('support-call-prep [name=what]').fill('Both bundles, strict page');
    await expect(page.locator('support-call-prep [name=what]')).toHaveValue('Both bundles, strict page');
    expect.soft(await page.evaluate(() => window.__violations), 'zero violations').toEqual([]);
    expect.soft(problems, 'nothing logged').toEqual([]);
  });

  test("a CSP that allows only Lit's policy: everything works, no structured data, nothing thrown", async ({ open }) => {
    const { page, problems } = await open('/test/pages/all.html', { base: LIT_ONLY() });
    const question = page.locator('support-faq support-faq-item#refund-time #q');
    await question.click();
    await expect(question).toHaveAttribute('aria-expanded', 'true');
    await page.locator('support-call-prep [name=what]').fill('Still works');
    await expect(page.locator('support-call-prep [name=what]')).toHaveValue('Still works');
    expect.soft(await page.locator('head script[type="application/ld+json"]').count(), 'no structured data is written').toBe(0);
    expect
      .soft(
        problems.filter((p) => p.startsWith('uncaught')),
        'nothing is thrown into the page',
      )
      .toEqual([]);
    const violations = await page.evaluate(() => window.__violations);
    expect
      .soft(
        violations.some((v) => v.startsWith('trusted-types')),
        'the refused policy is reported (a trusted-types violation), as the browser does for any refused policy',
      )
      .toBe(true);
  });

  test('<support-center>: navigation, FAQ, call form and checklist inside one more shadow root', async ({ open }) => {
    const { page, problems, foreign } = await open('/test/pages/center.html', { base: STRICT() });
    const center = page.locator('support-center');
    for (const id of ['hotline', 'call-prep', 'dispute', 'faq']) {
      await center.locator(`nav a[href="#${id}"]`).click();
      await expect
        .poll(() => page.evaluate(() => [location.hash, document.querySelector('support-center').shadowRoot.activeElement?.id].join(' ')), {
          message: `the navigation moves to #${id} (address and focus)`,
        })
        .toBe(`#${id} ${id}`);
    }
    await center.locator('support-faq input[type=search]').fill('dispute');
    await center.locator('support-faq-item#dispute-how #q').click();
    await center.locator('support-faq-item#dispute-how a[href="#dispute"]').click();
    await expect.poll(() => page.evaluate(() => location.hash), { message: 'an answer links to the checklist' }).toBe('#dispute');
    await center.locator('support-call-prep select[name=topic]').selectOption('dispute');
    await center.locator('support-call-prep [name=what]').fill('Charged twice');
    await center.locator('support-dispute-checklist input[type=checkbox]').first().check();
    await expect(center.locator('support-dispute-checklist input[type=checkbox]').first()).toBeChecked();
    expect.soft(await page.locator('head script[type="application/ld+json"]').count(), 'structured data written').toBeGreaterThanOrEqual(1);
    expect.soft(await page.evaluate(() => window.__violations), 'zero securitypolicyviolation events').toEqual([]);
    expect.soft(problems, 'nothing logged').toEqual([]);
    expect.soft(foreign, 'no request off the origin').toEqual([]);
  });
});

test.describe('hostile pages', () => {
  test('<support-center> with <base href> elsewhere: the navigation keeps the address on this page', async ({ open }) => {
    const { page, problems, foreign } = await open('/test/pages/center-base.html');
    await page.locator('support-center nav a[href="#dispute"]').click();
    await expect.poll(() => page.evaluate(() => location.href)).toBe(`${ORIGIN()}/test/pages/center-base.html#dispute`);
    expect.soft(problems, 'nothing thrown').toEqual([]);
    expect.soft(foreign, 'no request to the base').toEqual([]);
  });

  for (const [pages, tags] of [
    [['/test/pages/all.html', '/test/pages/hostile-css.html', '/test/pages/quirks.html'], TAGS],
    [['/test/pages/center.html', '/test/pages/center-hostile.html', '/test/pages/center-quirks.html'], ['support-center']],
  ]) {
    const [clean, ...hostile] = pages;
    for (const path of hostile) {
      const what = path.includes('quirks') ? 'no doctype (quirks mode)' : 'hostile host CSS';
      test(`${what}, ${tags.join(', ')}: type sizes, line heights, spacing, case, colours and boxes as on a clean page`, async ({ open }) => {
        const designed = await (await open(clean)).page.evaluate(measureAll, tags);
        const { page, problems } = await open(path);
        const mode = await page.evaluate(() => [document.compatMode, getComputedStyle(document.body).textTransform]);
        if (path.includes('quirks')) expect(mode[0], 'the page really is in quirks mode').toBe('BackCompat');
        else expect(mode[1], 'the page really is hostile (uppercase body text)').toBe('uppercase');
        const got = await page.evaluate(measureAll, tags);
        for (const tag of tags) {
          const diff = got[tag].map((line, i) => (line === designed[tag][i] ? '' : `${designed[tag][i]}  →  ${line}`)).filter(Boolean);
          expect.soft(diff, `<${tag}> as designed`).toEqual([]);
          expect.soft(got[tag].length, `<${tag}> has as many elements`).toBe(designed[tag].length);
        }
        expect.soft(problems, 'nothing logged').toEqual([]);
      });
    }
  }

  test('Array.prototype.toJSON defined before the library (Prototype.js): JSON-LD, storage, POST and export keep arrays', async ({ open }) => {
    const { page, problems, downloads } = await open('/test/pages/tojson.html');
    expect(await page.evaluate(() => JSON.stringify([1])), 'the page really has it').toBe('"[1]"');
    const used = await useEverything(page, downloads);
    const faqLd = used.ld.map((t) => JSON.parse(t)).find((d) => d['@type'] === 'FAQPage');
    expect.soft(faqLd?.mainEntity?.length, 'FAQ JSON-LD: mainEntity is an array of 3 questions').toBe(3);
    expect.soft(Array.isArray(faqLd?.mainEntity)).toBe(true);
    expect
      .soft(
        used.ld.filter((t) => /"\[/.test(t)),
        'no JSON-LD object has stringified arrays',
      )
      .toEqual([]);
    // Drafts are kept under `support-widgets@2:<kind>:<storage-key>:<record>`.
    const draft = await page.evaluate(() => JSON.parse(localStorage.getItem('support-widgets@2:call-prep:host-check:draft')));
    expect.soft(Array.isArray(draft?.d?.checked), 'call-prep draft in storage: ticked boxes saved as an array').toBe(true);
    const body = await page.evaluate(() => fetch('/__endpoint/last').then((r) => r.json()));
    expect.soft(body?.checked, 'call-prep POST to the endpoint: correct JSON, arrays as arrays').toEqual(['network']);
    const json = downloads.find((d) => d.suggestedFilename().endsWith('.json'));
    const exported = json ? JSON.parse(readFileSync(await json.path(), 'utf8')) : undefined;
    expect.soft(Array.isArray(exported?.items) && exported.items.every((i) => i.checked), 'dispute JSON export: items is an array with the ticks').toBe(true);
    await page.reload();
    await rendered(page);
    await expect(page.locator('support-call-prep [name=checked][value=network]'), 'after a reload the draft comes back').toBeChecked();
    await expect(page.locator('support-dispute-checklist input[type=checkbox]').first(), 'after a reload the checklist comes back').toBeChecked();
    expect.soft(problems, 'nothing thrown or logged').toEqual([]);
  });

  test('<base href="https://other.invalid/shop/">, Chinese: the language file, Copy link and tel: ignore the base', async ({ open }) => {
    const { page, problems, foreign } = await open('/test/pages/base.html');
    await page.locator('support-faq support-faq-item#refund-time #q').click();
    await page.locator('support-faq support-faq-item#refund-time [part=link]').click();
    await expect.poll(() => page.evaluate(() => window.__copied.length)).toBe(1);
    const state = await page.evaluate(() => ({
      copied: window.__copied,
      base: document.baseURI,
      zh: document.querySelector('support-call-prep').shadowRoot.textContent.includes('准备'),
      tel: document.querySelector('support-hotline').shadowRoot.querySelector('[part=number]')?.getAttribute('href'),
    }));
    expect.soft(state.base, 'the page has the foreign base').toBe('https://other.invalid/shop/');
    expect.soft(state.zh, "the Chinese language file loaded from the library's own origin (import.meta.url), not the base").toBe(true);
    expect.soft(state.copied, "Copy link copies this page's URL, not one under the base").toEqual([`${ORIGIN()}/test/pages/base.html#refund-time`]);
    expect.soft(state.tel, 'the tel: link is absolute and untouched').toBe('tel:+18005550100');
    expect.soft(foreign, 'no request went to the other origin').toEqual([]);
    expect.soft(problems, 'nothing logged').toEqual([]);
  });

  for (const [path, order] of [
    ['/test/pages/classic.html', 'classic then module'],
    ['/test/pages/esm-first.html', 'module then classic'],
  ]) {
    test(`both bundles on one page, ${order}: every tag defined once (one class, one version), all work`, async ({ open }) => {
      const { page, problems } = await open(path);
      const state = await page.evaluate((tags) => {
        const ctors = tags.map((t) => customElements.get(t));
        return {
          defined: ctors.every(Boolean),
          versions: [...new Set(ctors.map((c) => c?.version))],
          copies: [...document.scripts].filter((s) => /support-widgets/.test(s.src)).length,
        };
      }, TAGS);
      expect.soft(state.copies, 'both scripts loaded').toBe(2);
      expect.soft(state.defined, 'every tag defined').toBe(true);
      expect.soft(state.versions.length === 1 && !!state.versions[0], `one version: ${state.versions}`).toBe(true);
      const pick = page.locator('support-dispute-checklist input[name=type]');
      if (await pick.count()) await pick.first().check();
      await page.locator('support-dispute-checklist input[type=checkbox]').first().check();
      await expect(page.locator('support-dispute-checklist input[type=checkbox]').first()).toBeChecked();
      await page.locator('support-call-prep [name=what]').fill('Both bundles');
      await expect(page.locator('support-call-prep [name=what]')).toHaveValue('Both bundles');
      expect.soft(problems, 'nothing thrown, nothing logged').toEqual([]);
    });
  }

  test('a sandboxed frame without allow-same-origin (localStorage throws): nothing typed is lost, the user is told', async ({ open }) => {
    const { page, problems } = await open('/test/pages/sandbox.html');
    const frame = page.frameLocator('iframe');
    const prep = frame.locator('support-call-prep');
    await expect(prep.locator('[name=what]')).toBeVisible();
    const storage = await page
      .frames()
      .find((f) => f.url().endsWith('/frame.html'))
      .evaluate(() => {
        try {
          return typeof window.localStorage;
        } catch (e) {
          return e.name;
        }
      });
    expect.soft(storage, 'inside the frame, touching localStorage throws').toBe('SecurityError');
    await prep.locator('[name=what]').fill('Charged twice');
    await expect.soft(prep.locator('.saved'), 'call prep says "Saved for this visit only"').toContainText('visit only');
    await expect.soft(prep.locator('[name=what]'), 'call prep keeps the typing').toHaveValue('Charged twice');
    await prep.locator('[part=submit]').click();
    const box = frame.locator('support-dispute-checklist input[type=checkbox]').first();
    await box.check();
    await expect.soft(box, 'dispute checklist keeps the tick').toBeChecked();
    await expect.soft(frame.locator('support-dispute-checklist [part=storage]'), 'and says it cannot save on this device').toContainText("Can't save");
    const question = frame.locator('support-faq support-faq-item#refund-time #q');
    await question.click();
    await expect.soft(question, 'the FAQ works').toHaveAttribute('aria-expanded', 'true');
    expect.soft(problems, 'nothing thrown or logged in the frame').toEqual([]);
  });

  test('two tabs of one browser on the same draft', async ({ open, browser }) => {
    const { a, b, prepA, prepB, close } = await twoTabs(open, browser);
    try {
      await prepA.locator('[name=what]').fill('Typed in tab A');
      await expect(prepB.locator('[name=what]'), 'call prep: tab B shows what tab A typed').toHaveValue('Typed in tab A');
      await expect(prepB.locator('.saved'), 'and says it was updated').toContainText('another tab');
      await typingInBoth(a, b, prepA, prepB);
      await expect(prepB.locator('[name=account]'), 'call prep: the other field reached tab B').toHaveValue('ana@example.com');
      await expect(prepB.locator('[name=what]'), 'call prep: the field being typed in keeps its text in tab B').toHaveValue('Tab B is typing');
      // The keyboard's Tab moves to the next field of the same form: that is leaving the field too.
      await b.page.keyboard.press('Tab');
      await expect(prepA.locator('[name=what]'), 'leaving it with Tab saves it, and tab A follows').toHaveValue('Tab B is typing');
      await prepA.locator('.saved button').click();
      await expect(prepB.locator('[name=what]'), 'Forget in tab A clears tab B').toHaveValue('');
      await expect(prepB.locator('.saved'), 'which offers Undo').toContainText('Undo');

      const boxesA = a.page.locator('support-dispute-checklist input[type=checkbox]');
      const boxesB = b.page.locator('support-dispute-checklist input[type=checkbox]');
      await boxesA.nth(1).check();
      await expect(boxesB.nth(1), 'dispute checklist: a tick in tab A shows in tab B').toBeChecked();
      await expect(b.page.locator('support-dispute-checklist [part=progress]'), 'with its progress').toContainText('1 of 2');
      await boxesB.nth(0).check();
      await expect(boxesA.nth(0), 'and back from tab B to tab A').toBeChecked();
      expect.soft([...a.problems, ...b.problems], 'nothing thrown or logged in either tab').toEqual([]);
    } finally {
      await close();
    }
  });

  test('two tabs: tab B closed while its kept field still has focus: its text is saved, and tab A follows', async ({ open, browser }) => {
    const { a, b, prepA, prepB, close } = await twoTabs(open, browser);
    try {
      await typingInBoth(a, b, prepA, prepB);
      await b.page.close();
      await expect(prepA.locator('[name=what]'), 'call prep: the field being typed in when the tab closed').toHaveValue('Tab B is typing');
      expect.soft(a.problems, 'nothing thrown or logged').toEqual([]);
    } finally {
      await close();
    }
  });

  test('two tabs: a note typed in tab B and the tab closed before the note was left: tab A shows it', async ({ open, browser }) => {
    const { a, b, close } = await twoTabs(open, browser);
    try {
      await b.page.locator('support-dispute-checklist input[part=note]').first().fill('Statement in the blue folder');
      await b.page.close();
      await expect(a.page.locator('support-dispute-checklist input[part=note]').first()).toHaveValue('Statement in the blue folder');
      expect.soft(a.problems, 'nothing thrown or logged').toEqual([]);
    } finally {
      await close();
    }
  });
});

test.describe('layout at 320 px and at 200% zoom, in every state', () => {
  for (const [label, options] of [
    ['320 px', { width: 320, height: 800 }],
    ['200% zoom (a 1280 px window: 640 CSS px at 2 device px each)', { width: 640, height: 800, deviceScaleFactor: 2 }],
  ]) {
    for (const path of ['/test/pages/all.html', '/test/pages/long.html', '/test/pages/center.html']) {
      for (const errorsOnly of [true, false]) {
        const state = errorsOnly ? 'answers open, errors shown' : 'summary shown, checklist ticked';
        test(`${label}, ${path.split('/').pop()}, ${state}: no sideways scroll, nothing past the edge or clipped, targets ≥ 24 px`, async ({ open }) => {
          const { page, problems } = await open(path, options);
          await everyState(page, { errorsOnly });
          expect.soft(await page.evaluate(layoutProblems, [...TAGS, 'support-center'])).toEqual([]);
          expect.soft(problems, 'nothing logged').toEqual([]);
        });
      }
    }
  }
});

test.describe('forced colours', () => {
  test('focus rings, arrows, system controls, and no text in the backplate colour', async ({ open }) => {
    const { page, problems } = await open('/test/pages/all.html', { forcedColors: 'active', width: 1000 });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are active').toBe(true);
    await page.locator('support-faq support-faq-item#refund-time #q').click();
    await page.locator('support-dispute-checklist input[type=checkbox]').first().check();
    for (const tag of TAGS) {
      await page.locator(tag).evaluate((el) => el.shadowRoot.querySelector('button, input, select, a')?.focus());
      await page.keyboard.press('Tab');
      await page.keyboard.press('Shift+Tab');
      const ring = await page.evaluate(focusRing);
      expect.soft(ring.style !== 'none' && ring.width >= 1, `<${tag}>: the keyboard focus ring shows (${JSON.stringify(ring)})`).toBe(true);
    }
    const state = await page.evaluate(() => {
      const faq = document.querySelector('support-faq').shadowRoot;
      const icon = (id) => getComputedStyle(faq.querySelector(`support-faq-item#${id}`).shadowRoot.querySelector('[part=icon]'));
      const dispute = document.querySelector('support-dispute-checklist').shadowRoot;
      const box = getComputedStyle(dispute.querySelector('input[type=checkbox]'));
      const progress = dispute.querySelector('progress');
      return {
        // The arrow is a border triangle: down when closed, up when open, its sides transparent.
        arrow: ['refund-time', 'change-phone'].map((id) => {
          const cs = icon(id);
          return [cs.borderTopWidth, cs.borderTopColor, cs.borderBottomWidth, cs.borderBottomColor, cs.borderLeftColor, cs.color];
        }),
        box: [box.appearance, box.forcedColorAdjust],
        progress: [getComputedStyle(progress).appearance, progress.value],
      };
    });
    const [[openTop, , openBottom, openBottomColor, openSide, openText], [closedTop, closedTopColor, closedBottom, , closedSide, closedText]] = state.arrow;
    expect
      .soft(
        parseFloat(openTop) === 0 &&
          parseFloat(openBottom) >= 4 &&
          parseFloat(closedTop) >= 4 &&
          parseFloat(closedBottom) === 0 &&
          openBottomColor === openText &&
          closedTopColor === closedText &&
          openSide === 'rgba(0, 0, 0, 0)' &&
          closedSide === 'rgba(0, 0, 0, 0)',
        `FAQ: the open and closed answers have different arrows (up, down), drawn in the forced text colour with transparent sides: ${JSON.stringify(state.arrow)}`,
      )
      .toBe(true);
    expect
      .soft(
        state.box[0] === 'auto' && state.box[1] !== 'none' && state.progress[0] === 'auto' && state.progress[1] === 1,
        `dispute: checkboxes and the progress bar are the system's own: ${JSON.stringify(state)}`,
      )
      .toBe(true);
    await everyState(page);
    expect.soft(await page.evaluate(invisibleText, TAGS), "no text drawn in the backplate's own colour (every state)").toEqual([]);
    expect.soft(problems, 'nothing logged').toEqual([]);
  });

  test('<support-center>: focus ring and no text in the backplate colour', async ({ open }) => {
    const { page, problems } = await open('/test/pages/center.html', { forcedColors: 'active', width: 1000 });
    await page.locator('support-center nav a').first().focus();
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(focusRing);
    expect.soft(ring.style !== 'none' && ring.width >= 1, `the keyboard focus ring shows (${JSON.stringify(ring)})`).toBe(true);
    await everyState(page);
    expect.soft(await page.evaluate(invisibleText, ['support-center']), "no text drawn in the backplate's own colour").toEqual([]);
    expect.soft(problems, 'nothing logged').toEqual([]);
  });
});
