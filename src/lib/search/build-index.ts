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
import { existsSync, globSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { SEARCH_ENTRY_ATTRIBUTE } from '../contracts.ts';
import { agreementPagesGlob, searchUrl } from '../publish/routes.ts';
import type { PageFeed } from './page-feed.ts';
import { canonicalFilterChunk, canonicalMeta, compress } from './index-canonical.ts';
import { INDEX_CHUNKING, rechunkWordIndex } from './index-chunks.ts';
import { slimFragment } from './index-fragments.ts';

/**
 * Pagefind's answer to one call (made at once, so calls keep their order), or an error naming the
 * step with Pagefind's messages: those it answers with, or its failure (its process ended: "Pagefind
 * backend closed").
 */
async function step<T extends { errors: string[] }>(name: string, call: () => Promise<T>): Promise<T> {
  let response: T;
  try {
    response = await call();
  } catch (e) {
    throw new Error(`Pagefind (${name}): ${e instanceof Error ? e.message : String(e)}`);
  }
  if (response.errors.length > 0) throw new Error(`Pagefind (${name}): ${response.errors.join('; ')}`);
  return response;
}

/** What Pagefind made: how many pages it read and from where, and the index's files by path inside `pagefind/`. */
export interface PagefindRun {
  pages: number;
  source: string;
  files: Map<string, Uint8Array>;
}

/**
 * A Pagefind index being fed the agreement pages one by one (`addHTMLFile`), in the order given:
 * Pagefind numbers the pages in the order they arrive, and that order is in the index's bytes.
 * Its service (Pagefind's binary, its own process) reads each page while the caller goes on.
 */
export class PagefindPages implements PageFeed {
  /** The files given, in order. */
  readonly files: string[] = [];
  private readonly index: Promise<pagefind.PagefindIndex>;
  private readonly read: Array<Promise<unknown>> = [];

  constructor() {
    this.index = step('create index', () => pagefind.createIndex()).then(({ index }) => {
      if (!index) throw new Error('Pagefind (create index): no index returned.');
      return index;
    });
    // Awaited by `done`; until then a failure must not count as unhandled.
    this.index.catch(() => undefined);
  }

  add(file: string, html: string): void {
    this.files.push(file);
    // Each page is sent when the index exists, in the order given (the callbacks run in the order they were added).
    const read = this.index.then((index) => step(`read ${file}`, () => index.addHTMLFile({ sourcePath: file, content: html })));
    read.catch(() => undefined);
    this.read.push(read);
  }

  /** The index's files, once Pagefind has read every page. */
  async done(source: string): Promise<PagefindRun> {
    await Promise.all(this.read);
    const index = await this.index;
    const { files } = await step('index', () => index.getFiles());
    return { pages: this.files.length, source, files: new Map(files.map((f) => [f.path, f.content])) };
  }
}

/**
 * The site's agreement pages (agreementPagesGlob), by file inside it, in the order of their folders'
 * names (the slugs) by code point, the order Astro renders them in (getCollection's id order).
 */
function agreementPageFiles(site: string): string[] {
  const folder = (file: string) => dirname(file);
  return globSync(agreementPagesGlob(), { cwd: site })
    .map((file) => file.split(sep).join('/'))
    .sort((a, b) => (folder(a) < folder(b) ? -1 : folder(a) > folder(b) ? 1 : 0));
}

/**
 * Finishes the search index of a site whose pages are written: from `fed`, the index the build fed
 * the pages to as they were rendered, when it holds exactly the site's agreement pages in order;
 * otherwise (no build fed one: a folder given to scripts/build-search-index.ts; or a page missing,
 * or pages rendered out of order) from the pages on disk, so the index is the same either way. Returns
 * the index's files by path inside `pagefind/`, in memory (`getFiles`), not written by Pagefind: its
 * service answers `writeFiles` before its files are all on disk (an empty `pagefind-entry.json` was
 * read once at a high load), and every file this step changes would be written twice.
 */
export function runPagefind(site: string, fed?: PagefindPages): Promise<PagefindRun> {
  const run = pagefindFiles(site, fed);
  // Awaited by buildSearchIndex; until then a failure must not count as unhandled.
  run.catch(() => undefined);
  return run;
}

async function pagefindFiles(site: string, fed?: PagefindPages): Promise<PagefindRun> {
  try {
    const files = agreementPageFiles(site);
    if (fed && fed.files.length === files.length && fed.files.every((file, i) => file === files[i])) return await fed.done('as they were rendered');
    const pages = new PagefindPages();
    for (const file of files) pages.add(file, readFileSync(join(site, file), 'utf8'));
    return await pages.done(fed ? `from ${site} (the pages rendered were not the ${files.length} agreement pages in order)` : `from ${site}`);
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
  const { pages, source, files } = await run;
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

  // The new word index's chunks are compressed on libuv's threads too.
  const compressed: Array<Promise<unknown>> = [];
  let entryText = new TextDecoder().decode(file('pagefind-entry.json'));
  const entry = JSON.parse(entryText) as PagefindEntry;
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    const rechunked = rechunkWordIndex(join(root, metaFile), file(metaFile), (name) => file(`index/${name}.pf_index`), language, INDEX_CHUNKING);
    for (const path of inFolder('index', `${language}_`, '.pf_index')) files.delete(path);
    for (const chunk of rechunked.chunks) compressed.push(compress(chunk.raw).then((bytes) => files.set(`index/${chunk.name}.pf_index`, bytes)));

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

  await Promise.all([fragments, ...compressed]);
  files.set('pagefind.js', new TextEncoder().encode((await minified).code));
  // Written once all is made (a failure above writes nothing), on libuv's threads, all at once.
  for (const folder of new Set([...files.keys()].map((path) => dirname(join(root, path))))) mkdirSync(folder, { recursive: true });
  await Promise.all([...files].map(([path, bytes]) => writeFile(join(root, path), bytes)));
  return `Search index in ${root} (Pagefind read ${pages} pages ${source}): word index in smaller chunks, fragments without filter values, filter index in a fixed order, pagefind.js minified.`;
}
