/**
 * How this project runs `astro build`: the Node arguments for building into
 * `outDir` and the environment to run them in, shared by `npm run build`
 * (scripts/build.ts) and the tests that build synthetic sites; and where
 * Astro's command line is (`npm run typecheck` runs it too).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** A file of an installed package, by its path inside the package. */
export const packageFile = (pkg: string, path: string): string => createRequire(import.meta.url).resolve(`${pkg}/package.json`).replace(/package\.json$/, path);

/** Astro's command line, for `node <it> …`. */
export const astroBin = packageFile('astro', 'bin/astro.mjs');

/** `node <these> ` builds the site into `outDir` (the search index included). */
export function astroBuildArgs(outDir: string): string[] {
  // A larger young generation: the build allocates much short-lived data (syntax trees, strings per
  // page), and V8's default semi-space makes it collect garbage far more often than it needs to.
  return ['--max-semi-space-size=64', astroBin, 'build', '--outDir', outDir];
}

/**
 * The environment for `astroBuildArgs`: the caller's, with `extra`, and always `NODE_ENV=production`.
 * Astro builds for production only when NODE_ENV is unset or says so; under Vitest (NODE_ENV=test)
 * it built the draft tools' libraries in their development variants (micromark's with its
 * assertions: 448 kB instead of 416 kB), so the browser tests read other scripts than the site
 * `npm run build` makes from a shell.
 */
export function astroBuildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra, NODE_ENV: 'production' };
  keepCompileCache(env);
  return env;
}

/** Where the builds (and the test run's processes) keep Node's compile cache. */
export const compileCacheDir = fileURLToPath(new URL('../node_modules/.cache/node-compile-cache', import.meta.url));

/**
 * Has the processes started with `env` keep Node's compile cache in `compileCacheDir`: the tools' code
 * (Astro, Vite, rolldown, Sätteri's bindings, D3…) compiled once and kept, instead of compiled again by
 * every build (about 1.5 CPU-seconds and 1 s of a build of 400) or test worker. Kept in
 * node_modules/.cache, beside the installed code it caches, so a fresh install starts empty; Node
 * checks each entry against its file's content. A caller's own setting (not empty) wins, and
 * NODE_DISABLE_COMPILE_CACHE=1 turns it off.
 */
export function keepCompileCache(env: NodeJS.ProcessEnv): void {
  env.NODE_COMPILE_CACHE ||= compileCacheDir;
}
