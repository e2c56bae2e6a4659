/**
 * Builds the search index of a built site, in the building process: Pagefind
 * (its Node API, which drives Pagefind's binary as a service, as Starlight
 * does) over the agreement pages — the only ones with `data-pagefind-body`;
 * the other pages would be read and left out — then
 * - cuts the word index into smaller chunks (index-chunks.ts), so a query
 *   loads fewer bytes of it;
 * - drops from each document's fragment the filter values the search page
 *   never reads (index-fragments.ts);
 * - rewrites Pagefind's filter index in a fixed order (index-canonical.ts) so
 *   two builds of the same commit are byte-identical;
 * - minifies Pagefind's script (`pagefind.js`, the one the search page
 *   loads), the same code in fewer bytes;
 * - writes the names of the files Pagefind reads first into the search
 *   page (SEARCH_ENTRY_ATTRIBUTE), so the page requests them at once.
 * The build runs it from an integration (src/integrations/search-index.ts);
 * `scripts/build-search-index.ts` runs it on a folder.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { SEARCH_ENTRY_ATTRIBUTE } from '../contracts.ts';
import { agreementPagesGlob, searchUrl } from '../publish/routes.ts';
import { canonicalFilterChunk, canonicalMeta } from './index-canonical.ts';
import { INDEX_CHUNKING, rechunkWordIndex } from './index-chunks.ts';
import { slimFragment } from './index-fragments.ts';

/** Pagefind's answer, or an error with its messages. */
function checked<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`);
  return response;
}

/** Runs Pagefind over the site's agreement pages into `<site>/pagefind/`; returns how many pages it indexed. */
async function runPagefind(site: string): Promise<number> {
  try {
    const { index } = checked('create index', await pagefind.createIndex());
    if (!index) throw new Error('Pagefind (create index): no index returned.');
    const { page_count: pages } = checked('read pages', await index.addDirectory({ path: site, glob: agreementPagesGlob() }));
    checked('write index', await index.writeFiles({ outputPath: join(site, 'pagefind') }));
    return pages;
  } finally {
    await pagefind.close();
  }
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

/**
 * Writes the index's names per language (metadata and WebAssembly, from Pagefind's entry file) into
 * the search page's form (SEARCH_ENTRY_ATTRIBUTE, written empty by Astro), so the page's script
 * requests them beside Pagefind's script. A site without a search page (a test's one-page site) is
 * left as it is.
 */
function writeEntryIntoSearchPage(site: string, entry: PagefindEntry): void {
  const page = join(site, searchUrl(), 'index.html');
  if (!existsSync(page)) return;
  const html = readFileSync(page, 'utf8');
  const empty = new RegExp(` ${SEARCH_ENTRY_ATTRIBUTE}(="")?(?=[\\s>])`, 'g');
  const found = html.match(empty)?.length ?? 0;
  if (found !== 1) {
    throw new Error(`${page}: expected the search form's empty ${SEARCH_ENTRY_ATTRIBUTE} attribute once, found it ${found} times; fix: keep it on the form in src/pages/sok.astro`);
  }
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([language, { hash, wasm }]) => [language, { hash, wasm: wasm ?? 'unknown' }]));
  const value = JSON.stringify(languages).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  writeFileSync(page, html.replace(empty, ` ${SEARCH_ENTRY_ATTRIBUTE}="${value}"`));
}

/** Builds `<site>/pagefind/` as described above; returns what it did, in a line for the log. */
export async function buildSearchIndex(site: string): Promise<string> {
  const pages = await runPagefind(site);
  const root = join(site, 'pagefind');
  // esbuild minifies in its own process, and the fragments are slimmed on libuv's threads (the
  // machine's other core), while this thread rewrites the rest of the index.
  const scriptPath = join(root, 'pagefind.js');
  const minified = transform(readFileSync(scriptPath, 'utf8'), { minify: true, format: 'esm', legalComments: 'none' });

  const fragmentDir = join(root, 'fragment');
  const fragments = Promise.all(
    readdirSync(fragmentDir)
      .filter((f) => f.endsWith('.pf_fragment'))
      .map(async (file) => {
        const path = join(fragmentDir, file);
        writeFileSync(path, await slimFragment(path, readFileSync(path)));
      }),
  );
  // Awaited below; if the rest fails first, that error is the one reported.
  fragments.catch(() => undefined);

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
  writeEntryIntoSearchPage(site, JSON.parse(entryText) as PagefindEntry);

  await fragments;
  writeFileSync(scriptPath, (await minified).code);
  return `Search index in ${root} (Pagefind read ${pages} pages): word index in smaller chunks, fragments without filter values, filter index in a fixed order, pagefind.js minified.`;
}
