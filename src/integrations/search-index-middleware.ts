/**
 * Middleware of `astro build` only (src/integrations/search-index.ts adds it
 * for builds): hands each agreement page, as it is rendered, to the search
 * index the build is making (src/lib/search/page-feed.ts), so Pagefind's
 * process reads the pages on the machine's other core while this one renders
 * the rest, instead of reading them from `dist/` once all are written, in the
 * order they began rendering; the first other page after them tells it they
 * are all given (Astro renders a route's pages one after another), and the
 * index is made while the rest of the site renders. The page goes on to Astro
 * unchanged: the same bytes, which Astro writes as they are. Every other page,
 * and every page when no build is feeding an index, passes through untouched.
 */
import type { MiddlewareHandler } from 'astro';
import { agreementPageFile } from '../lib/publish/routes.ts';
import { currentPageFeed } from '../lib/search/page-feed.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
  const feed = currentPageFeed();
  if (!feed) return next();
  const file = agreementPageFile(decodeURI(context.url.pathname));
  if (!file) {
    feed.passed();
    return next();
  }
  // Taken in the order the pages begin (with `build.concurrency` above 1 they may end in another order).
  const rendered = feed.page(file);
  let response: Response;
  try {
    response = await next();
  } catch (e) {
    rendered(undefined);
    throw e;
  }
  if (!response.ok || !response.body) {
    rendered(undefined);
    return response;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  rendered(new TextDecoder().decode(bytes));
  return new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
};
