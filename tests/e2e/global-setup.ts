/**
 * Builds the site once (astro build + Pagefind, as `npm run build` does),
 * serves `dist/` on a free local port, and hands the address to the tests.
 * Set E2E_SKIP_BUILD=1 to test an existing `dist/` (it must be this commit's:
 * the reproducibility test builds again and compares).
 * Also makes the folder where the scale tests' shared synthetic site is built
 * (tests/e2e/synthetic-site.ts), removed at the end.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.ts';

export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('dist/index.html')) {
    execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await serveDist('dist');
  const syntheticRoot = mkdtempSync(join(tmpdir(), 'register-synthetic-'));
  project.provide('baseUrl', server.url);
  project.provide('syntheticRoot', syntheticRoot);
  return async () => {
    await server.close();
    rmSync(syntheticRoot, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** A folder for this run's shared synthetic site (tests/e2e/synthetic-site.ts). */
    syntheticRoot: string;
  }
}
