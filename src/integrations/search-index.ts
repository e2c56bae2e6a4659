/**
 * Astro integration: the site's search index, made at the end of the build
 * in the same process (src/lib/search/build-index.ts) — no second Node start.
 * A failure fails the build, so `npm run build` leaves `dist/` as it was.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../lib/search/build-index.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'politiradsavtaler:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await buildSearchIndex(fileURLToPath(dir)));
      },
    },
  };
}
