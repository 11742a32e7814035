// Finds the Chromium the tests use: CHROME_PATH, else Debian's /usr/bin/chromium. On Debian as root it
// installs the `chromium` package when none is found; elsewhere it says exactly how to get one.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags for headless Chromium on a closed network, as root. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** The browser's path, or undefined. */
export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}

/** The browser's path; installs Chromium on Debian as root, or exits with instructions. */
export function ensureChrome() {
  let path = findChrome();
  if (path) return path;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
    process.exit(1);
  }
  if (existsSync('/etc/debian_version') && process.getuid?.() === 0) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
    execSync(
      'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-liberation fonts-noto-cjk fonts-noto-core > /dev/null',
      { stdio: 'inherit', shell: '/bin/bash' },
    );
    path = findChrome();
    if (path) return path;
  }
  console.error(
    [
      'No Chromium or Chrome found. The browser tests need one:',
      '  Debian/Ubuntu:  sudo apt-get install chromium   (then it is /usr/bin/chromium)',
      '  macOS:          install Google Chrome, then',
      '                  export CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"',
      '  Anywhere else:  set CHROME_PATH to a Chromium or Chrome executable.',
    ].join('\n'),
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureChrome());
