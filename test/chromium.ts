/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core
 * (test tools cannot download their own browser here). The flags keep Chromium from reaching for
 * Google's services, which a closed network refuses many times a second.
 *
 * CI installs Chromium (.ci/run), so a missing browser is a failure of each browser test, never a skip.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots and measurements for a human to look at (git-ignored). */
export const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

/** Headless, and kept from reaching for Google's services (the browser extension's tests add their own). */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browser, or undefined when it is not installed (each test then throws missingChromium()). */
export async function launchChromium(): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
  });
}

export function missingChromium(what: string): Error {
  return new Error(
    `Chromium is not installed at ${CHROMIUM}, so ${what} cannot be checked in a browser. ` +
      'Install it with "apt-get install -y chromium" (.ci/run does this on CI).',
  );
}
