/**
 * Astro integration: the site's search index, made by the build in the same
 * process (src/lib/search/build-index.ts) — no second Node start.
 * A worker thread driving Pagefind (its own process) starts before the pages
 * are generated and is handed each agreement page as Astro renders it (a
 * middleware of builds only: search-index-middleware.ts), so the pages are
 * read on the machine's other core while this one renders; once it has them
 * all, Pagefind makes its index and the worker rewrites it while the rest of
 * the site renders; once the pages are written, the index is checked against
 * them and written.
 * `astro dev` has neither the middleware nor the index.
 * A failure fails the build, so `npm run build` leaves `dist/` as it was.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex, SearchIndexFeed, searchIndexOf, type SiteIndex } from '../lib/search/build-index.ts';
import { closePageFeed, openPageFeed } from '../lib/search/page-feed.ts';

export default function searchIndex(): AstroIntegration {
  let outDir = '';
  let fed: SearchIndexFeed | undefined;
  let made: Promise<SiteIndex> | undefined;
  return {
    name: 'politiradsavtaler:search-index',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        // 'pre': the outermost middleware, so the page it hands Pagefind is the response Astro writes.
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-index-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        fed = new SearchIndexFeed(outDir);
        openPageFeed(fed);
      },
      // The pages are written: the index made while they were (or, if it does not hold them all in
      // order, one made from dist/) is taken while Astro cleans up and the other integrations'
      // build:done hooks run (sitemap, security headers).
      'astro:build:generated': ({ dir }) => {
        closePageFeed();
        made = searchIndexOf(fileURLToPath(dir), fed);
      },
      'astro:build:done': async ({ dir, logger }) => {
        logger.info(await buildSearchIndex(fileURLToPath(dir), made));
      },
    },
  };
}
