/**
 * Builds the search index of a built site (src/lib/search/build-index.ts):
 * the build does this itself (src/integrations/search-index.ts); this runs it
 * on a folder of pages, e.g. a test's one-page site.
 * Usage: node scripts/build-search-index.ts [dist]
 */
import { buildSearchIndex } from '../src/lib/search/build-index.ts';

const report = await buildSearchIndex(process.argv[2] ?? 'dist');
if (!process.env.QUIET) console.log(report);
