import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium (scripts/setup-browser.sh installs it); playwright's own download is not used. */
export const CHROMIUM_PATH = process.env.FRAMING_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags for a closed network and a root user in a container: without the background-networking
 * ones Chromium keeps dialling Google's hosts and its refused connections slow every start.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `${CHROMIUM_PATH} not found: run scripts/setup-browser.sh (installs Debian's chromium as root)`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // playwright gives every launch a fresh, empty user-data-dir of its own.
    args: FLAGS,
  });
}

/** Screenshots are kept as test artifacts (CI can upload the folder). */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'reports', 'screenshots');
