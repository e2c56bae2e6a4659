/**
 * Debian's Chromium as this project starts it, with the flags this machine needs: for the browser
 * tests, one per run shared by the test files (tests/e2e/global-setup.ts) or one of a file's own;
 * for `npm run bench`.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

/**
 * Debian's Chromium builds, in the order taken: its headless shell (package chromium-headless-shell:
 * the same version and engine, without the browser's windowing layer; the browser tests took about a
 * third less of Chromium's CPU with it, docs/performance-log.md, "The test suite", twelfth round), then the browser
 * itself (package chromium). `CHROMIUM_PATH` names another.
 */
const CHROMIUM_BUILDS = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'] as const;

// An empty CHROMIUM_PATH counts as unset.
const CHROMIUM = process.env.CHROMIUM_PATH || CHROMIUM_BUILDS.find((path) => existsSync(path));

/** Headless, with the flags this machine needs: no sandbox as root, no background traffic. */
function chromiumOptions(): LaunchOptions {
  if (CHROMIUM === undefined || !existsSync(CHROMIUM)) {
    const where = CHROMIUM ?? CHROMIUM_BUILDS.join(' or ');
    throw new Error(`No Chromium at ${where}: install Debian's (apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH. .ci/run installs it.`);
  }
  return { executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] };
}

/** Starts Chromium for this process alone. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumOptions());
}

/**
 * Starts Chromium as a server the test files connect to (tests/e2e/browser.ts): one browser for the run
 * instead of one per file (about a second of CPU each); each file works in its own contexts,
 * closed when it disconnects.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(chromiumOptions());
}
