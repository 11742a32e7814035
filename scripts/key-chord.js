// A web-test-runner command for key chords (Ctrl+V, …) in every engine the browser tests run in.

const WEBDRIVER_KEYS = { Control: '\uE009', Shift: '\uE008', Alt: '\uE00A', Meta: '\uE03D' };

/**
 * The `key-chord` command `{ keys: ['Control', 'v'] }`: holds the keys down in order, then lets them go, in
 * every engine (the commands package's sendKeys has no `down`/`up` over WebDriver classic, so no shortcut
 * such as Ctrl+V reaches WebKit through it).
 */
export function keyChordPlugin() {
  return {
    name: 'key-chord',
    async executeCommand({ command, payload, session }) {
      if (command !== 'key-chord') return undefined;
      const keys = payload.keys;
      if (session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        for (const k of keys) await page.keyboard.down(k);
        for (const k of [...keys].reverse()) await page.keyboard.up(k);
        return true;
      }
      if (session.browser.type === 'webdriver') {
        const value = (k) => WEBDRIVER_KEYS[k] ?? k;
        await session.browser.driverManager.performActions(session.id, [
          {
            type: 'key',
            id: 'keyboard',
            actions: [...keys.map((k) => ({ type: 'keyDown', value: value(k) })), ...[...keys].reverse().map((k) => ({ type: 'keyUp', value: value(k) }))],
          },
        ]);
        return true;
      }
      throw new Error(`key-chord: no keyboard for ${session.browser.type}`);
    },
  };
}
