/**
 * Builds the site of the tests' frozen register once (`SITE_REGISTER`, into
 * `SITE_DIST`: tests/fixture-register.ts), as `npm run build` does (astro
 * build + Pagefind), serves it on a free local port, and hands the address to the tests,
 * with the address of the run's Chromium, which every test file connects to.
 * Set E2E_SKIP_BUILD=1 to test the site already built there (it must be this
 * commit's: the reproducibility test builds again and compares).
 * Then starts the builds of the scale tests' synthetic sites in the background
 * (tests/e2e/synthetic-builds.ts), in a folder made for this run and removed at
 * the end, so they overlap the other tests instead of waiting in line.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.ts';
import { SITE_DIST, siteBuildEnv } from '../fixture-register.ts';
import { launchBrowserServer } from '../../scripts/chromium.ts';
import { startSyntheticBuilds, usesSyntheticSite } from './synthetic-builds.ts';

/**
 * Whether this run has a test file that uses the synthetic sites: among the files Vitest runs, as it
 * chooses them (the project's include and exclude patterns, `--exclude` among them, and the file
 * filters the run names). A run of other files does not pay for their builds; a file that needs one
 * in a run that did not start them builds it itself (synthetic-builds.ts).
 */
async function needsSyntheticSites(project: TestProject): Promise<boolean> {
  // Vitest keeps the run's file filters on its instance (not a typed property).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern ?? [];
  const { testFiles } = await project.globTestFiles(filters);
  return testFiles.some(usesSyntheticSite);
}

/** `npm run build` of the tests' register, its errors shown; resolves when it succeeded (run in a child, so this process goes on meanwhile). */
function buildSite(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build', '--', SITE_DIST], { stdio: ['ignore', 'ignore', 'inherit'], env: siteBuildEnv() });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (exit code ${code}); its errors are above.`))));
  });
}

export default async function setup(project: TestProject) {
  // Chromium starts while the site builds. If it cannot start, no address is given and each browser file starts
  // its own, failing with its message (scripts/chromium.ts); the files that need no browser still run.
  const browserServer = launchBrowserServer().catch(() => undefined);
  try {
    if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync(join(SITE_DIST, 'index.html'))) await buildSite();
  } catch (e) {
    await (await browserServer)?.close();
    throw e;
  }
  const server = await serveDist(SITE_DIST);
  const syntheticRoot = mkdtempSync(join(tmpdir(), 'register-synthetic-'));
  const stopSyntheticBuilds = (await needsSyntheticSites(project)) ? startSyntheticBuilds(syntheticRoot) : async () => undefined;
  project.provide('baseUrl', server.url);
  project.provide('syntheticRoot', syntheticRoot);
  const browser = await browserServer;
  if (browser) project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    try {
      await stopSyntheticBuilds();
      await server.close();
    } finally {
      rmSync(syntheticRoot, { recursive: true, force: true });
      await browser?.close();
    }
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder of this run's synthetic sites (tests/e2e/synthetic-builds.ts). */
    syntheticRoot: string;
    /** The run's Chromium, which every test file connects to (tests/e2e/browser.ts); unset if it could not start. */
    browserEndpoint?: string;
  }
}
