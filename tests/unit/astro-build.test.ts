/** How the project runs `astro build` (scripts/astro-build.ts): its environment. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuildEnv, compileCacheDir } from '../../scripts/astro-build.ts';

/** Where Node, started with `env`, keeps its compile cache (undefined when it keeps none). */
const compileCacheOf = (env: NodeJS.ProcessEnv): string =>
  execFileSync(process.execPath, ['-e', "process.stdout.write(String(require('node:module').getCompileCacheDir()))"], { env, encoding: 'utf8' });

describe('astroBuildEnv', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'register-compile-cache-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('always builds for production, whatever the caller runs under', () => {
    expect(astroBuildEnv({ NODE_ENV: 'test' }).NODE_ENV).toBe('production');
  });

  it("keeps Node's compile cache in the project's node_modules/.cache, unless the caller names another", () => {
    expect(compileCacheDir).toBe(resolve('node_modules/.cache/node-compile-cache'));
    expect(astroBuildEnv({ NODE_COMPILE_CACHE: undefined }).NODE_COMPILE_CACHE).toBe(compileCacheDir);
    expect(astroBuildEnv({ NODE_COMPILE_CACHE: scratch }).NODE_COMPILE_CACHE).toBe(scratch);
    expect(astroBuildEnv({ NODE_COMPILE_CACHE: '' }).NODE_COMPILE_CACHE).toBe(compileCacheDir);
  });

  it('is an environment in which Node does keep its compile cache there', () => {
    expect(compileCacheOf(astroBuildEnv({ NODE_COMPILE_CACHE: scratch, NODE_DISABLE_COMPILE_CACHE: undefined }))).toContain(scratch);
    expect(compileCacheOf(astroBuildEnv({ NODE_COMPILE_CACHE: scratch, NODE_DISABLE_COMPILE_CACHE: '1' }))).toBe('undefined');
  });
});

describe('the test run', () => {
  it.skipIf(process.env.NODE_DISABLE_COMPILE_CACHE)("keeps Node's compile cache in its workers, where the builds keep theirs unless the caller named another (vitest.config.ts)", async () => {
    const { getCompileCacheDir } = await import('node:module');
    expect(process.env.NODE_COMPILE_CACHE).toBeTruthy();
    expect(getCompileCacheDir()).toContain(process.env.NODE_COMPILE_CACHE);
  });
});
