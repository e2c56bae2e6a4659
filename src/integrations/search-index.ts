/**
 * Astro integration: the site's search index, made by the build in the same
 * process (src/lib/search/build-index.ts) — no second Node start.
 * Pagefind (its own process) starts before the pages are generated and is
 * fed each agreement page as Astro renders it (a middleware of builds only:
 * search-index-middleware.ts), so it reads them on the machine's other core
 * while this one renders; once the pages are written, the index is finished
 * and rewritten. `astro dev` has neither the middleware nor the index.
 * A failure fails the build, so `npm run build` leaves `dist/` as it was.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, PagefindPages, runPagefind, type PagefindRun } from '../lib/search/build-index.ts';
import { closePageFeed, openPageFeed } from '../lib/search/page-feed.ts';

/**
 * Fails the process if its work runs out before the index is made: when Pagefind's process ends while
 * it is answering, its answer never comes, nothing is left to run, and Node would end the build with
 * status 0 and no index. Returns the function that lifts this once the index is made.
 */
function failIfIndexUnfinished(): () => void {
  const unfinished = () => {
    console.error('Pagefind (index): its process ended without answering, so the search index was not made; the build failed.');
    process.exit(1);
  };
  process.once('beforeExit', unfinished);
  return () => process.off('beforeExit', unfinished);
}

export default function searchIndex(): AstroIntegration {
  let fed: PagefindPages | undefined;
  let run: Promise<PagefindRun> | undefined;
  let finished = () => {};
  return {
    name: 'politiradsavtaler:search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:build:start': () => {
        finished = failIfIndexUnfinished();
        fed = new PagefindPages();
        openPageFeed(fed);
      },
      // The pages are written: Pagefind finishes its index (from the pages it was fed, or from
      // dist/ if they were not all of them, in order) while Astro cleans up and the other
      // integrations' build:done hooks run (sitemap, security headers).
      'astro:build:generated': ({ dir }) => {
        closePageFeed();
        run = runPagefind(fileURLToPath(dir), fed);
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          logger.info(await buildSearchIndex(fileURLToPath(dir), run));
        } finally {
          finished();
        }
      },
    },
  };
}
