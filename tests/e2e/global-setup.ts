/**
 * Builds the site once (astro build + Pagefind, as `npm run build` does),
 * serves `dist/` on a free local port, and hands the address to the tests.
 * Set E2E_SKIP_BUILD=1 to test an existing `dist/`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/serve-dist.ts';

export default async function setup(project: TestProject) {
  if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('dist/index.html')) {
    execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const server = await serveDist('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
