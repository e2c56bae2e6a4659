/**
 * Builds the site once (astro build + Pagefind, as `npm run build` does),
 * serves `dist/` on a free local port, and hands the address to the tests.
 * Set E2E_SKIP_BUILD=1 to test an existing `dist/` (it must be this commit's:
 * the reproducibility test builds again and compares).
 * Then starts the builds of the scale tests' synthetic sites in the background
 * (tests/e2e/synthetic-builds.ts), in a folder made for this run and removed at
 * the end, so they overlap the other tests instead of waiting in line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.ts';
import { startSyntheticBuilds } from './synthetic-builds.ts';

export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('dist/index.html')) {
    execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await serveDist('dist');
  const syntheticRoot = mkdtempSync(join(tmpdir(), 'register-synthetic-'));
  // A run of named test files (`vitest run tests/e2e/x.test.ts`) leaves them to be built on demand,
  // by the file that needs one; a whole run starts them now.
  const namedFiles = process.argv.slice(2).some((arg) => /\.test\.ts$/.test(arg));
  const stopSyntheticBuilds = namedFiles ? () => undefined : startSyntheticBuilds(syntheticRoot);
  project.provide('baseUrl', server.url);
  project.provide('syntheticRoot', syntheticRoot);
  return async () => {
    stopSyntheticBuilds();
    await server.close();
    rmSync(syntheticRoot, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder of this run's synthetic sites (tests/e2e/synthetic-builds.ts). */
    syntheticRoot: string;
  }
}
