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
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * Runs Pagefind over the site's agreement pages; returns how many pages it read and the index's
 * files by path inside `pagefind/`. In memory (`getFiles`), not written by Pagefind: its service
 * answers `writeFiles` before its files are all on disk (an empty `pagefind-entry.json` was read
 * once at a high load), and every file this step changes would be written twice.
 */
export function runPagefind(site: string): Promise<PagefindRun> {
  const run = pagefindFiles(site);
  // Awaited by buildSearchIndex; until then a failure must not count as unhandled.
  run.catch(() => undefined);
  return run;
}

/** What Pagefind made: how many pages it read, and the index's files by path inside `pagefind/`. */
export interface PagefindRun {
  pages: number;
  files: Map<string, Uint8Array>;
}

async function pagefindFiles(site: string): Promise<PagefindRun> {
  try {
    const { index } = checked('create index', await pagefind.createIndex());
    if (!index) throw new Error('Pagefind (create index): no index returned.');
    const { page_count: pages } = checked('read pages', await index.addDirectory({ path: site, glob: agreementPagesGlob() }));
    const { files } = checked('index', await index.getFiles());
    return { pages, files: new Map(files.map((f) => [f.path, f.content])) };
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
  if (found === 0 && new RegExp(` ${SEARCH_ENTRY_ATTRIBUTE}="[^"]`).test(html)) {
    throw new Error(`${page}: the search form's ${SEARCH_ENTRY_ATTRIBUTE} attribute is filled already: this site has been indexed before. Fix: build the site afresh and index it once.`);
  }
  if (found !== 1) {
    throw new Error(`${page}: expected the search form's empty ${SEARCH_ENTRY_ATTRIBUTE} attribute once, found it ${found} times; fix: keep it on the form in src/pages/sok.astro`);
  }
  const languages = Object.fromEntries(Object.entries(entry.languages).map(([language, { hash, wasm }]) => [language, { hash, wasm: wasm ?? 'unknown' }]));
  const value = JSON.stringify(languages).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  writeFileSync(page, html.replace(empty, ` ${SEARCH_ENTRY_ATTRIBUTE}="${value}"`));
}

/**
 * Builds `<site>/pagefind/` as described above, from a Pagefind run already started on the site
 * (the build starts it as soon as the pages are written); returns what it did, in a line for the log.
 */
export async function buildSearchIndex(site: string, run: Promise<PagefindRun> = runPagefind(site)): Promise<string> {
  const { pages, files } = await run;
  const root = join(site, 'pagefind');
  /** A file of the index, or an error naming it. */
  const file = (path: string): Uint8Array => {
    const bytes = files.get(path);
    if (!bytes) throw new Error(`${join(root, path)}: Pagefind wrote no such file; Pagefind's layout has changed (src/lib/search/build-index.ts).`);
    return bytes;
  };
  const inFolder = (folder: string, prefix: string, suffix: string) => [...files.keys()].filter((p) => p.startsWith(`${folder}/${prefix}`) && p.endsWith(suffix));

  // esbuild minifies in its own process, and the fragments are slimmed on libuv's threads (the
  // machine's other core), while this thread rewrites the rest of the index.
  const minified = transform(new TextDecoder().decode(file('pagefind.js')), { minify: true, format: 'esm', legalComments: 'none' });
  const fragments = Promise.all(
    inFolder('fragment', '', '.pf_fragment').map(async (path) => {
      files.set(path, await slimFragment(join(root, path), file(path)));
    }),
  );
  // Awaited below; if the rest fails first, that error is the one reported.
  fragments.catch(() => undefined);

  let entryText = new TextDecoder().decode(file('pagefind-entry.json'));
  const entry = JSON.parse(entryText) as PagefindEntry;
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    const rechunked = rechunkWordIndex(join(root, metaFile), file(metaFile), (name) => file(`index/${name}.pf_index`), language, INDEX_CHUNKING);
    for (const path of inFolder('index', `${language}_`, '.pf_index')) files.delete(path);
    for (const chunk of rechunked.chunks) files.set(`index/${chunk.name}.pf_index`, chunk.bytes);

    const chunkOf = new Map<string, string>();
    for (const path of inFolder('filter', `${language}_`, '.pf_filter')) {
      const canonical = canonicalFilterChunk(join(root, path), file(path), language);
      files.delete(path);
      files.set(`filter/${canonical.name}.pf_filter`, canonical.bytes);
      chunkOf.set(canonical.filter, canonical.name);
    }
    const meta = canonicalMeta(join(root, metaFile), rechunked.meta, language, chunkOf);
    files.delete(metaFile);
    files.set(`pagefind.${meta.name}.pf_meta`, meta.bytes);
    entryText = entryText.replace(`"hash":"${hash}"`, `"hash":"${meta.name}"`);
  }
  files.set('pagefind-entry.json', new TextEncoder().encode(entryText));
  writeEntryIntoSearchPage(site, JSON.parse(entryText) as PagefindEntry);

  await fragments;
  files.set('pagefind.js', new TextEncoder().encode((await minified).code));
  for (const [path, bytes] of files) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), bytes);
  }
  return `Search index in ${root} (Pagefind read ${pages} pages): word index in smaller chunks, fragments without filter values, filter index in a fixed order, pagefind.js minified.`;
}
