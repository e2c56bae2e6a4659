/**
 * Astro integration: the site's search index, made at the end of the build
 * in the same process (src/lib/search/build-index.ts) — no second Node start.
 * A failure fails the build, so `npm run build` leaves `dist/` as it was.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, runPagefind, type PagefindRun } from '../lib/search/build-index.ts';

export default function searchIndex(): AstroIntegration {
  let run: Promise<PagefindRun> | undefined;
  return {
    name: 'politiradsavtaler:search-index',
    hooks: {
      // Pagefind (its own process) starts reading the pages as soon as they are written, while Astro
      // cleans up and the other integrations' build:done hooks run (sitemap, security headers).
      'astro:build:generated': ({ dir }) => {
        run = runPagefind(fileURLToPath(dir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await buildSearchIndex(fileURLToPath(dir), run));
      },
    },
  };
}
