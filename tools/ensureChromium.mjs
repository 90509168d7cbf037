// Before `npm test`: the browser tests drive Debian's Chromium. Install it with apt-get when it is missing and this
// user may; otherwise say how. Browsers are never downloaded by npm packages here.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const DEBIAN = '/usr/bin/chromium';
const chromium = process.env.CHROMIUM_PATH || DEBIAN;
const mayInstall = chromium === DEBIAN && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
if (!existsSync(chromium) && mayInstall) {
  console.log("[test] Chromium is missing: installing Debian's chromium with apt-get (about a minute) ...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
}
if (!existsSync(chromium)) {
  console.error(
    `[test] the browser tests need Chromium at ${chromium}. Install it (sudo apt-get install chromium on Debian or ` +
      'Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome executable.',
  );
  process.exit(1);
}
