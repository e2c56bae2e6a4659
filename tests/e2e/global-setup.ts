/**
 * Builds the site once (astro build + Pagefind, as `npm run build` does),
 * serves `dist/` on a free local port, and hands the address to the tests,
 * with the address of the run's Chromium, which every test file connects to.
 * Set E2E_SKIP_BUILD=1 to test an existing `dist/` (it must be this commit's:
 * the reproducibility test builds again and compares).
 * Then starts the builds of the scale tests' synthetic sites in the background
 * (tests/e2e/synthetic-builds.ts), in a folder made for this run and removed at
 * the end, so they overlap the other tests instead of waiting in line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.ts';
import { launchBrowserServer } from './chromium.ts';
import { startSyntheticBuilds, usesSyntheticSite } from './synthetic-builds.ts';

/**
 * Whether this run has a test file that uses the synthetic sites: every file
 * when the run names none, else the files its filters match (as Vitest
 * matches them, by part of the path). A run of other files does not pay for
 * their builds; a file that needs one in a run that did not start them builds
 * it itself (synthetic-builds.ts).
 */
function needsSyntheticSites(project: TestProject): boolean {
  // Vitest keeps the run's file filters on its instance (not a typed property).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  if (filters.length === 0) return true;
  const e2e = 'tests/e2e';
  return readdirSync(e2e)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(e2e, f))
    .some((file) => usesSyntheticSite(file) && filters.some((f) => file.toLowerCase().includes(f.toLowerCase()) || resolve(f) === resolve(file)));
}

export default async function setup(project: TestProject) {
  // Chromium starts while the site builds; the test files connect to it (browser.ts). A failure to start is
  // reported where it is awaited, below; a failed build closes it.
  const browserServer = launchBrowserServer();
  browserServer.catch(() => undefined);
  try {
    if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('dist/index.html')) {
      execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
  } catch (e) {
    await browserServer.then((b) => b.close(), () => undefined);
    throw e;
  }
  const server = await serveDist('dist');
  const syntheticRoot = mkdtempSync(join(tmpdir(), 'register-synthetic-'));
  const stopSyntheticBuilds = needsSyntheticSites(project) ? startSyntheticBuilds(syntheticRoot) : async () => undefined;
  project.provide('baseUrl', server.url);
  project.provide('syntheticRoot', syntheticRoot);
  project.provide('browserEndpoint', (await browserServer).wsEndpoint());
  return async () => {
    await (await browserServer).close();
    await stopSyntheticBuilds();
    await server.close();
    rmSync(syntheticRoot, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder of this run's synthetic sites (tests/e2e/synthetic-builds.ts). */
    syntheticRoot: string;
    /** The run's Chromium, which every test file connects to (tests/e2e/browser.ts). */
    browserEndpoint: string;
  }
}
