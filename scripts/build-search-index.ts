/**
 * Builds the search index of a built site: `pagefind --site <dist>` over the
 * agreement pages (the only ones with `data-pagefind-body`; the other pages
 * would be read and left out), then
 * - cuts the word index into smaller chunks (src/lib/search/index-chunks.ts),
 *   so a query loads fewer bytes of it;
 * - drops from each document's fragment the filter values the search page
 *   never reads (src/lib/search/index-fragments.ts);
 * - rewrites Pagefind's filter index in a fixed order
 *   (src/lib/search/index-canonical.ts) so two builds of the same commit are
 *   byte-identical;
 * - minifies Pagefind's script (`pagefind.js`, the one the search page loads),
 *   the same code in fewer bytes.
 * Usage: node scripts/build-search-index.ts [dist]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { agreementPagesGlob } from '../src/lib/publish/routes.ts';
import { canonicalFilterChunk, canonicalMeta } from '../src/lib/search/index-canonical.ts';
import { INDEX_CHUNKING, rechunkWordIndex } from '../src/lib/search/index-chunks.ts';
import { slimFragment } from '../src/lib/search/index-fragments.ts';

const dist = process.argv[2] ?? 'dist';
// Pagefind's own launcher, run by this Node (npx would start npm first).
const pagefind = join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner', 'bin.cjs');
execFileSync(process.execPath, [pagefind, '--site', dist, '--glob', agreementPagesGlob()], {
  stdio: ['ignore', process.env.QUIET ? 'ignore' : 'inherit', 'inherit'],
});

const root = join(dist, 'pagefind');
const entryPath = join(root, 'pagefind-entry.json');
let entryText = readFileSync(entryPath, 'utf8');
const entry = JSON.parse(entryText) as { languages: Record<string, { hash: string }> };

for (const [language, { hash }] of Object.entries(entry.languages)) {
  const metaPath = join(root, `pagefind.${hash}.pf_meta`);
  const indexDir = join(root, 'index');
  const rechunked = rechunkWordIndex(metaPath, readFileSync(metaPath), (name) => readFileSync(join(indexDir, `${name}.pf_index`)), language, INDEX_CHUNKING);
  for (const file of readdirSync(indexDir).filter((f) => f.startsWith(`${language}_`) && f.endsWith('.pf_index'))) rmSync(join(indexDir, file));
  for (const chunk of rechunked.chunks) writeFileSync(join(indexDir, `${chunk.name}.pf_index`), chunk.bytes);

  const chunkOf = new Map<string, string>();
  const filterDir = join(root, 'filter');
  for (const file of (existsSync(filterDir) ? readdirSync(filterDir) : []).filter((f) => f.startsWith(`${language}_`) && f.endsWith('.pf_filter'))) {
    const path = join(filterDir, file);
    const canonical = canonicalFilterChunk(path, readFileSync(path), language);
    rmSync(path);
    writeFileSync(join(filterDir, `${canonical.name}.pf_filter`), canonical.bytes);
    chunkOf.set(canonical.filter, canonical.name);
  }
  const meta = canonicalMeta(metaPath, rechunked.meta, language, chunkOf);
  rmSync(metaPath);
  writeFileSync(join(root, `pagefind.${meta.name}.pf_meta`), meta.bytes);
  entryText = entryText.replace(`"hash":"${hash}"`, `"hash":"${meta.name}"`);
}
writeFileSync(entryPath, entryText);

const fragmentDir = join(root, 'fragment');
for (const file of readdirSync(fragmentDir).filter((f) => f.endsWith('.pf_fragment'))) {
  const path = join(fragmentDir, file);
  writeFileSync(path, slimFragment(path, readFileSync(path)));
}

const scriptPath = join(root, 'pagefind.js');
writeFileSync(scriptPath, transformSync(readFileSync(scriptPath, 'utf8'), { minify: true, format: 'esm', legalComments: 'none' }).code);
console.log(`Search index in ${root}: word index in smaller chunks, fragments without filter values, filter index in a fixed order, pagefind.js minified.`);
