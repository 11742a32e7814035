// The browser tests' other engines, from Debian's packages (npm tools cannot download a browser here):
// - Firefox ESR (`firefox-esr`), driven by puppeteer-core over WebDriver BiDi through @web/test-runner-chrome's
//   launcher (it takes any puppeteer and a `browser` option).
// - WebKitGTK's MiniBrowser (`webkit2gtk-driver`), driven by webdriverio (@web/test-runner-webdriver) against
//   WebKitWebDriver. MiniBrowser needs a display and refuses `--headless`: the driver runs inside `xvfb-run -a`
//   (a private X server), started when the run starts and ended with it.
// `ensureEngines()` installs the packages on Debian as root when missing, as scripts/chrome.js does for Chromium.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
    launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocol: 'webDriverBiDi' },
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

const listening = async (port, child, ms = 30000) => {
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

/**
 * WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic, webdriverio). The driver and its
 * private X server start with the run and end with it (the whole process group).
 */
export class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({ capabilities: {} });
    this.name = 'WebKit';
  }

  async initialize(config, testFiles) {
    const port = await freePort();
    this.child = spawn(XVFB_RUN, ['-a', WEBKIT_DRIVER, `--port=${port}`], { detached: true, stdio: 'ignore' });
    // Also when the run ends without stopping its browsers (a crash, Ctrl-C).
    process.on('exit', () => this.kill());
    await listening(port, this.child);
    this.options = {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } },
    };
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
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
