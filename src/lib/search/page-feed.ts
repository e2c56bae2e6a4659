/**
 * Where the build's page middleware (src/integrations/search-index-middleware.ts)
 * hands each agreement page, as Astro renders it, to the search index that
 * `astro build` is making (src/integrations/search-index.ts starts it before
 * the pages are generated). Kept under a global key: Astro bundles the
 * middleware into the pages' code, a second copy of this module, and both
 * must see one feed. No feed is open outside `astro build` (`astro dev`, the
 * tests), and then the middleware passes every page through untouched.
 */

export interface PageFeed {
  /**
   * An agreement page begins rendering, to be written to `file` in `dist/` (`avtaler/<slug>/index.html`);
   * returns the function that takes its HTML once rendered, exactly as it is written there (undefined
   * if it rendered none). Pages are taken in the order they began, whatever order they end in.
   */
  page(file: string): (html: string | undefined) => void;
  /** Another page begins rendering. */
  passed(): void;
}

const KEY = Symbol.for('politiradsavtaler.search-index.page-feed');
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= {}) as { feed?: PageFeed };

/** Opens the feed for the pages of this build (the search-index integration, at astro:build:start). */
export function openPageFeed(feed: PageFeed): void {
  state.feed = feed;
}

/** Closes it: the pages are all written (astro:build:generated). */
export function closePageFeed(): void {
  delete state.feed;
}

/** The feed of the build in progress, if one is open. */
export function currentPageFeed(): PageFeed | undefined {
  return state.feed;
}
