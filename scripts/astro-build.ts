/**
 * How this project runs `astro build`: the Node arguments for building into
 * `outDir`, shared by `npm run build` (scripts/build.ts) and the tests that
 * build synthetic sites.
 */
import { createRequire } from 'node:module';

const astro = createRequire(import.meta.url).resolve('astro/package.json').replace(/package\.json$/, 'bin/astro.mjs');

/** `node <these> ` builds the site into `outDir` (the search index included). */
export function astroBuildArgs(outDir: string): string[] {
  // A larger young generation: the build allocates much short-lived data (syntax trees, strings per
  // page), and V8's default semi-space makes it collect garbage far more often than it needs to.
  return ['--max-semi-space-size=64', astro, 'build', '--outDir', outDir];
}
