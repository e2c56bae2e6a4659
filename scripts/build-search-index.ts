/**
 * Builds the search index of a folder of built pages that has none yet
 * (src/lib/search/build-index.ts), e.g. a test's one-page site
 * (tests/unit/search-index-site.ts). A site's own index is made by the build
 * (`npm run build`: src/integrations/search-index.ts), not by this.
 * Usage: node scripts/build-search-index.ts <folder>
 */
import { existsSync } from 'node:fs';
import { buildSearchIndex, indexFolder } from '../src/lib/search/build-index.ts';

const site = process.argv[2];
if (!site) {
  console.error('Usage: node scripts/build-search-index.ts <folder>\nBuilds the search index of a folder of built pages that has none yet. A site built by `npm run build` has its index already.');
  process.exit(2);
}
const index = indexFolder(site);
if (existsSync(index)) {
  console.error(
    `${index}: this folder has a search index already (the build makes one); indexing it again would leave the old index's files beside the new ones. Fix: build the site afresh (npm run build), or give a folder of pages without pagefind/.`,
  );
  process.exit(1);
}
const report = await buildSearchIndex(site, undefined, 'this command');
if (!process.env.QUIET) console.log(report);
