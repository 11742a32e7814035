// The browser tests' other engines, from Debian's packages (npm tools cannot download a browser here):
// - Firefox ESR (`firefox-esr`), driven by puppeteer-core over WebDriver BiDi through @web/test-runner-chrome's
//   launcher (it takes any puppeteer and a `browser` option).
// - WebKitGTK's MiniBrowser (`webkit2gtk-driver`), driven by webdriverio (@web/test-runner-webdriver) against
//   WebKitWebDriver. MiniBrowser needs a display and refuses `--headless`: the driver runs inside `xvfb-run -a`
//   (a private X server), started when the run starts and ended with it.
// `ensureEngines()` installs the packages on Debian as root when missing, as scripts/chrome.js does for Chromium.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, connect } from 'node:net';
import * as puppeteerCore from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_RUN = '/usr/bin/xvfb-run';

/** What is missing to run the Firefox and WebKit passes (an empty list when nothing is). */
export function missingEngines() {
  return [
    [FIREFOX_PATH, 'firefox-esr'],
    [WEBKIT_DRIVER, 'webkit2gtk-driver'],
    [MINIBROWSER, 'webkit2gtk-driver'],
    [XVFB_RUN, 'xvfb'],
  ]
    .filter(([path]) => !existsSync(path))
    .map(([, pkg]) => pkg);
}

/** Installs firefox-esr, webkit2gtk-driver and xvfb on Debian as root when missing, or exits saying how to. */
export function ensureEngines() {
  let missing = missingEngines();
  if (!missing.length) return;
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log(`Installing Debian's ${[...new Set(missing)].join(', ')} for the Firefox and WebKit test passes…`);
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends firefox-esr webkit2gtk-driver xvfb > /dev/null',
      { stdio: 'inherit', shell: '/bin/bash' },
    );
    missing = missingEngines();
  }
  if (missing.length) {
    console.error(
      `The Firefox and WebKit test passes need Debian's ${[...new Set(missing)].join(', ')} (apt-get install firefox-esr webkit2gtk-driver xvfb), ` +
        'or FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH.',
    );
    process.exit(1);
  }
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi (no CDP: the Chromium-only commands refuse it). */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      protocol: 'webDriverBiDi',
      // `print()` opens Firefox's print dialog, which waits for a person even headless: print silently to a
      // file instead (the Print buttons' tests check what is printed, not a printer).
      extraPrefsFirefox: {
        'print.always_print_silent': true,
        'print.show_print_progress': false,
        'print.print_to_file': true,
        'print.print_to_filename': `${tmpdir()}/support-widgets-firefox-print.pdf`,
      },
    },
  });
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

// 120 s, as browserStartTimeout: on a fresh machine the first start also builds fontconfig's cache, beside the
// other browsers of `npm test`.
const listening = async (port, child, ms = 120000) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited (${child.exitCode}) before listening`);
    const ok = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on ${port} within ${ms / 1000} s`);
};

/** WebDriver's code points for the named keys the tests press (puppeteer's names; WebDriver spec, "Keyboard actions"). */
const KEYS = {
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  Backspace: '\uE003',
  Delete: '\uE017',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};
const keyValue = (k) => {
  if (KEYS[k]) return KEYS[k];
  if ([...k].length === 1) return k;
  throw new Error(`WebKit: no WebDriver key for "${k}"`);
};

/**
 * The part of a puppeteer page the @web/test-runner-commands plugins use (keyboard, mouse, viewport), over
 * WebDriver actions: the commands package drives WebDriver with `press` and `type` only, and without a
 * viewport, so a WebKit session presents itself as this page. Keys held by `down` stay held across commands
 * (WebDriver's input state), as in puppeteer. Media emulation has no WebDriver command: it says so.
 */
class WebDriverPage {
  constructor(driver) {
    const keys = (actions) => driver.performActions([{ type: 'key', id: 'keyboard', actions }]);
    const pointer = (actions) => driver.performActions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
    const button = (b = 'left') => ({ left: 0, middle: 1, right: 2 })[b];
    this.keyboard = {
      down: (k) => keys([{ type: 'keyDown', value: keyValue(k) }]),
      up: (k) => keys([{ type: 'keyUp', value: keyValue(k) }]),
      press: (k) =>
        keys([
          { type: 'keyDown', value: keyValue(k) },
          { type: 'keyUp', value: keyValue(k) },
        ]),
      // Each character down and up before the next: WebKitWebDriver drops a key pressed while the same key is
      // held, so every-key-down-then-every-key-up (webdriverio's `keys()`) loses repeats ("need" → "ned").
      // test/engines-typing.test.ts checks that typed text arrives whole.
      type: (text) =>
        keys(
          [...text].flatMap((c) => [
            { type: 'keyDown', value: c },
            { type: 'keyUp', value: c },
          ]),
        ),
    };
    this.mouse = {
      move: (x, y) => pointer([{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) }]),
      click: (x, y, o = {}) =>
        pointer([
          { type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y) },
          { type: 'pointerDown', button: button(o.button) },
          { type: 'pointerUp', button: button(o.button) },
        ]),
      down: (o = {}) => pointer([{ type: 'pointerDown', button: button(o.button) }]),
      up: (o = {}) => pointer([{ type: 'pointerUp', button: button(o.button) }]),
    };
    /**
     * The window grows by what the browser's frame takes, so that the page's viewport is the size asked for.
     * MiniBrowser's window does not get narrower than about 450 px: a size it cannot reach is an error, not a
     * wider page that a test at 320 px would pass in without checking 320 px.
     */
    this.setViewport = async ({ width, height }) => {
      const size = () => driver.execute(() => [window.innerWidth, window.innerHeight]);
      // The X server resizes the window after WebDriver answers: the viewport is read until it is the size asked
      // for or holds still over five reads (on a loaded machine one read came before the resize, 640 × 322 for 360).
      const settled = async () => {
        let last = await size();
        for (let still = 0; still < 5 && (last[0] !== width || last[1] !== height);) {
          await new Promise((resolve) => setTimeout(resolve, 40));
          const now = await size();
          still = now[0] === last[0] && now[1] === last[1] ? still + 1 : 0;
          last = now;
        }
        return last;
      };
      await driver.setWindowSize(width, height);
      const [w, h] = await settled();
      if (w !== width || h !== height) await driver.setWindowSize(2 * width - w, 2 * height - h);
      const [w2, h2] = await settled();
      if (w2 !== width || h2 !== height) throw new Error(`WebKit: MiniBrowser's viewport stops at ${w2} × ${h2} px (asked for ${width} × ${height})`);
    };
    const unsupported = () => Promise.reject(new Error('WebKitWebDriver has no media emulation (prefers-color-scheme, reduced motion, forced colours)'));
    this.emulateMediaType = unsupported;
    this.emulateMediaFeatures = unsupported;
  }
}

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic, webdriverio). The driver and its
 * private X server start with the run and end with it (the whole process group). Its `type` is 'puppeteer'
 * with a WebDriverPage as each session's page, so that the commands package's keyboard, mouse and viewport
 * commands reach WebKit whole (Chromium-only commands check the browser's name).
 */
export class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: {} });
    this.name = 'WebKit';
  }

  async initialize(config, testFiles) {
    // Also when the run ends without stopping its browsers (a crash, Ctrl-C).
    process.on('exit', () => this.kill());
    // A second try when the driver exits before listening: `xvfb-run -a` can lose the race for a display number
    // to another X server starting at the same moment.
    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      this.child = spawn(XVFB_RUN, ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
      try {
        await listening(port, this.child);
        break;
      } catch (error) {
        this.kill();
        if (attempt === 2 || !/exited/.test(error.message)) throw error;
      }
    }
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
    };
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    this.type = 'puppeteer';
  }

  /** One WebDriver window runs every test file in turn (concurrency 1), so every session has the same page. */
  getPage() {
    if (!this.driver) throw new Error('WebKit: no session yet');
    return (this.page ??= new WebDriverPage(this.driver));
  }

  async stop() {
    await super.stop();
    this.kill();
  }

  kill() {
    if (this.child && this.child.exitCode === null) {
      try {
        process.kill(-this.child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
}

export const webkitLauncher = () => new WebKitLauncher();
