// Runs before the browser tests: makes sure a Chromium is there. On a Debian-like machine where
// we are root (CI, our dev machines) it installs Debian's chromium; elsewhere it says what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, MISSING_BROWSER_HELP } from './browser.mjs';

let path = findChromium();
if (!path && process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian\'s chromium package (apt-get) …');
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  } catch {
    console.error('apt-get could not install chromium.');
  }
  path = findChromium();
}
if (!path) {
  console.error(MISSING_BROWSER_HELP);
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
