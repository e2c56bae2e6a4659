/**
 * Two builds of the same commit give the same site, byte for byte, so a
 * published site can be checked against its source: every page, asset, data
 * file and the whole search index (whose filter index Pagefind writes in
 * hash-map order; src/lib/search/build-index.ts puts it in a fixed one).
 * The first build is the one every browser test reads (`SITE_DIST`, of the
 * tests' register, from global-setup, under Vitest); this file builds the same
 * register once more, as `npm run build` does from a shell (no NODE_ENV: Vitest's NODE_ENV=test once built other
 * scripts, scripts/astro-build.ts), and compares.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../files-under.ts';
import { withBuildLockSync } from '../build-lock.ts';
import { SITE_DIST, siteBuildEnv } from '../fixture-register.ts';

const work = mkdtempSync(join(tmpdir(), 'register-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run build`'s script over the tests' register into `work/<name>`, from the environment of a shell: Vitest's NODE_ENV left out. */
function build(name: string): string {
  const out = join(work, name);
  const shell = siteBuildEnv();
  delete shell.NODE_ENV;
  withBuildLockSync(() => execFileSync(process.execPath, ['scripts/build.ts', out], { stdio: 'ignore', env: shell }));
  return out;
}

function digests(root: string): Map<string, string> {
  return new Map(filesUnder(root).map((path) => [path, createHash('sha256').update(readFileSync(join(root, path))).digest('hex')]));
}

describe('two builds of the same commit', () => {
  // Its own limit: the build waits for the build lock, which the synthetic sites' builds may hold for minutes on a
  // loaded machine (Vitest runs a file that failed last time first, while global-setup's large build has the lock).
  it('are byte-identical, search index included', { timeout: 600_000 }, () => {
    const a = digests(SITE_DIST);
    const b = digests(build('again'));
    expect(a.size).toBeGreaterThan(40);
    expect([...a.keys()].filter((p) => p.startsWith('pagefind/filter/')).length).toBeGreaterThan(3);
    // The files that differ, or are in one build only, by name (a list of 481 digests would not say which).
    const differing = [...new Set([...a.keys(), ...b.keys()])].filter((path) => a.get(path) !== b.get(path)).sort();
    expect(differing).toEqual([]);
  });
});
