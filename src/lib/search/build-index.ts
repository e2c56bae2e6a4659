/**
 * Builds the search index of a built site, in the building process: Pagefind
 * (its Node API, which drives Pagefind's binary as a service, as Starlight
 * does) over the agreement pages — the only ones with `data-pagefind-body`;
 * the other pages would be read and left out — fed to it as Astro renders
 * them (PagefindPages), then, on a worker thread (index-rewrite.ts),
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
import { Worker } from 'node:worker_threads';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { SEARCH_ENTRY_ATTRIBUTE } from '../contracts.ts';
import { agreementPagesGlob, searchEngineUrl, searchUrl } from '../publish/routes.ts';
import { escapeHtml } from '../escape-html.ts';
import { escapeRegExp } from '../regexp.ts';
import type { PageFeed } from './page-feed.ts';
import { indexedPart } from './indexed-part.ts';
import { rewriteIndexFiles, type PagefindEntry } from './index-rewrite.ts';

/** The search index's folder in a built site (where `searchEngineUrl` points). */
export const indexFolder = (site: string): string => join(site, ...searchEngineUrl().split('/').filter(Boolean));

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

/** The search index made, before it is written: its files by path inside `pagefind/`, and how many pages it holds. */
export interface MadeIndex {
  pages: number;
  files: Map<string, Uint8Array>;
}

/** A promise whose failure, until someone awaits it, does not count as unhandled. */
function awaited<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * A Pagefind index being fed the agreement pages one by one (`addHTMLFile`), in the order given:
 * Pagefind numbers the pages in the order they arrive, and that order is in the index's bytes.
 * Its service (Pagefind's binary, its own process) reads each page while the caller goes on; `made`
 * then asks Pagefind for its index and rewrites it. Runs on the index's worker thread
 * (index-worker.ts), fed by a SearchIndexFeed.
 */
export class PagefindPages {
  private readonly site: string;
  private readonly index: Promise<pagefind.PagefindIndex>;
  private readonly read: Array<Promise<unknown>> = [];
  private making?: Promise<MadeIndex>;

  /** `site`: the folder the pages are written to (for the names in error messages). */
  constructor(site: string) {
    this.site = site;
    this.index = awaited(
      step('create index', () => pagefind.createIndex()).then(({ index }) => {
        if (!index) throw new Error('Pagefind (create index): no index returned.');
        return index;
      }),
    );
  }

  add(file: string, html: string): void {
    // Each page is sent when the index exists, in the order given (the callbacks run in the order they were added);
    // only what Pagefind reads of it (indexed-part.ts).
    const content = indexedPart(html);
    this.read.push(awaited(this.index.then((index) => step(`read ${file}`, () => index.addHTMLFile({ sourcePath: file, content })))));
  }

  /** The index of the pages given until now, made once: Pagefind's, then rewritten (`rewriteIndex`). */
  made(): Promise<MadeIndex> {
    this.making ??= awaited(
      (async () => {
        const pages = this.read.length;
        await Promise.all(this.read);
        const index = await this.index;
        const { files } = await step('index', () => index.getFiles());
        return rewriteIndex(indexFolder(this.site), { pages, files: new Map(files.map((f) => [f.path, f.content])) });
      })(),
    );
    return this.making;
  }
}

/**
 * How long the index may take once asked for: about 2 s at 400 agreements on two cores; far more
 * means the index's worker (Pagefind, or the rewrite) is stuck, not slow.
 */
export const MAKE_LIMIT_MS = 5 * 60_000;

/** What the index's worker is sent: a page, or the word that they are all given. */
export type ToIndexWorker = { file: string; html: string } | { make: true };
/** What it answers, once: the index made, or why not. */
export type FromIndexWorker = { made: MadeIndex } | { failed: unknown };

/**
 * The search index, made on a worker thread (index-worker.ts: Pagefind's service and the rewrite)
 * from the agreement pages given to it, in the order they began rendering: this thread only hands
 * each page over, and Pagefind reads it while the caller goes on. Once they are all given (`passed`
 * and every page begun rendered, or `made`), Pagefind makes its index and the worker rewrites it,
 * still while the caller goes on; whether it is the site's index is for `searchIndexOf` to say
 * (`holds`).
 */
export class SearchIndexFeed implements PageFeed {
  private readonly site: string;
  private readonly makeLimitMs: number;
  /** The files of the pages begun, in the order they began. */
  readonly files: string[] = [];
  /** Whether the index may not hold exactly them: a page began after the others were all given, or rendered none. */
  private spoilt = false;
  /** Whether another page began after agreement pages: they are all begun. */
  private begun = false;
  /** Pages rendered before one that began earlier, by their place in `files`, until it is rendered. */
  private readonly waiting = new Map<number, string | undefined>();
  /** How many of `files` have been handed over (or skipped), in order. */
  private given = 0;
  private readonly worker: Worker;
  private readonly answer: Promise<MadeIndex>;
  private making?: Promise<MadeIndex>;
  /** Seconds from asking for the index (every page given) to having it, once it is made. */
  private readySeconds?: number;

  /**
   * `site`: the folder the pages are written to (for the names in error messages); `makeLimitMs`:
   * how long the index may take once asked for (MAKE_LIMIT_MS; a test sets less).
   */
  constructor(site: string, makeLimitMs = MAKE_LIMIT_MS) {
    this.site = site;
    this.makeLimitMs = makeLimitMs;
    this.worker = new Worker(new URL('./index-worker.ts', import.meta.url), { workerData: { site } });
    this.answer = awaited(
      new Promise<MadeIndex>((resolve, reject) => {
        this.worker.once('message', (answer: FromIndexWorker) => ('made' in answer ? resolve(answer.made) : reject(answer.failed)));
        this.worker.once('error', reject);
        // After an answer or an error this settles nothing.
        this.worker.once('exit', (code) => reject(new Error(`${indexFolder(site)}: the search index was not made: its worker stopped (exit code ${code}) before answering (did Pagefind's process end?).`)));
      }).finally(() => void this.worker.terminate()),
    );
  }

  page(file: string): (html: string | undefined) => void {
    if (this.begun || this.making) this.spoilt = true;
    const place = this.files.push(file) - 1;
    return (html) => {
      this.waiting.set(place, html);
      // Handed over in the order the pages began.
      while (this.waiting.has(this.given)) {
        const next = this.waiting.get(this.given);
        this.waiting.delete(this.given);
        if (next === undefined) this.spoilt = true;
        else this.worker.postMessage({ file: this.files[this.given]!, html: next } satisfies ToIndexWorker);
        this.given++;
      }
      if (this.begun) this.ready();
    };
  }

  /**
   * Another page begins. Astro renders a route's pages one after another (the next beginning as one
   * ends), so once agreement pages began before it they have all begun: the index is made as soon
   * as they are all rendered, while the rest of the site renders.
   */
  passed(): void {
    if (this.files.length === 0 || this.begun) return;
    this.begun = true;
    this.ready();
  }

  /** Makes the index if every page begun has been handed over. */
  private ready(): void {
    if (this.given === this.files.length) void this.made();
  }

  /** Whether the index holds exactly these files, in this order. */
  holds(files: readonly string[]): boolean {
    return !this.spoilt && this.given === this.files.length && this.files.length === files.length && this.files.every((file, i) => file === files[i]);
  }

  /**
   * The index of the pages handed over until now, made once. A worker that has not answered
   * `makeLimitMs` after being asked (Pagefind's process, or the rewrite, alive but stuck) is stopped
   * and the build fails with a message, rather than waiting for ever.
   */
  made(): Promise<MadeIndex> {
    if (!this.making) {
      this.worker.postMessage({ make: true } satisfies ToIndexWorker);
      const asked = performance.now();
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          void this.worker.terminate();
          reject(
            new Error(
              `${indexFolder(this.site)}: the search index was not made within ${this.makeLimitMs / 1000} s of being asked for (${this.given} pages given): the index's worker (Pagefind, or the rewrite after it) did not answer. Fix: build again; if it recurs, run \`npx pagefind --site dist --output-path <an empty folder>\` to see whether Pagefind itself stops (not into dist/, whose index it would spoil).`,
            ),
          );
        }, this.makeLimitMs);
      });
      this.making = awaited(
        Promise.race([this.answer, limit])
          .then((made) => {
            this.readySeconds = (performance.now() - asked) / 1000;
            return made;
          })
          .finally(() => clearTimeout(timer)),
      );
    }
    return this.making;
  }

  /**
   * Seconds from the moment the index was asked for (the last page given) to its answer reaching this
   * thread: what the build's end waits on. Asked before the index is made, it throws.
   */
  get secondsToMake(): number {
    if (this.readySeconds === undefined) throw new Error(`${indexFolder(this.site)}: the search index is not made yet; await made() first.`);
    return this.readySeconds;
  }

  /** Stops the worker, if the index is not wanted. */
  close(): void {
    void this.worker.terminate();
  }

  /** Gives pages read from disk, in order (scripts/build-search-index.ts, or an index made again). */
  addAll(pages: ReadonlyArray<readonly [file: string, html: string]>): void {
    for (const [file, html] of pages) this.page(file)(html);
  }
}

/**
 * The site's agreement pages (agreementPagesGlob), by file inside it, in the order of their folders'
 * names (the slugs) by code point, the order Astro renders them in (getCollection's id order).
 */
export function agreementPageFiles(site: string): string[] {
  const folder = (file: string) => dirname(file);
  return globSync(agreementPagesGlob(), { cwd: site })
    .map((file) => file.split(sep).join('/'))
    .sort((a, b) => (folder(a) < folder(b) ? -1 : folder(a) > folder(b) ? 1 : 0));
}

/** Where the pages of an index made while they were rendered came from, as the build's log says it. */
export const FED_INDEX_SOURCE = 'as they were rendered';

/** The index made, where its pages were read, and how long it took once they were all given (for the log). */
export interface SiteIndex {
  index: MadeIndex;
  source: string;
  secondsToMake: number;
}

/**
 * The search index of a site whose pages are written: `fed`, the index the build fed the pages to
 * as they were rendered, when it holds exactly the site's agreement pages in order; otherwise (no
 * build fed one: a folder given to scripts/build-search-index.ts; or a page missing, pages rendered
 * out of order or after the index was made) one made from the pages on disk, so the index is the
 * same either way. Pagefind's files are taken in memory (`getFiles`), not written by Pagefind: its
 * service answers `writeFiles` before its files are all on disk (an empty `pagefind-entry.json` was
 * read once at a high load), and every file the rewrite changes would be written twice.
 */
export function searchIndexOf(site: string, fed?: SearchIndexFeed): Promise<SiteIndex> {
  return awaited(
    (async () => {
      const files = agreementPageFiles(site);
      if (fed?.holds(files)) return { index: await fed.made(), source: FED_INDEX_SOURCE, secondsToMake: fed.secondsToMake };
      fed?.close();
      const pages = new SearchIndexFeed(site);
      pages.addAll(files.map((file) => [file, readFileSync(join(site, file), 'utf8')] as const));
      const source = fed ? `from ${site} (the pages rendered were not the ${files.length} agreement pages in order)` : `from ${site}`;
      return { index: await pages.made(), source, secondsToMake: pages.secondsToMake };
    })(),
  );
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
  const value = escapeHtml(JSON.stringify(languages));
  writeFileSync(page, html.replace(empty, ` ${SEARCH_ENTRY_ATTRIBUTE}="${value}"`));
}

/**
 * Pagefind's index rewritten as described above, in memory (index-rewrite.ts), while esbuild
 * minifies `pagefind.js` in its own process; `root` (the index's folder) names the files in error
 * messages.
 */
async function rewriteIndex(root: string, { pages, files }: MadeIndex): Promise<MadeIndex> {
  const script = files.get('pagefind.js');
  if (!script) throw new Error(`${join(root, 'pagefind.js')}: Pagefind wrote no such file; Pagefind's layout has changed (src/lib/search/build-index.ts).`);
  const minified = awaited(transform(new TextDecoder().decode(script), { minify: true, format: 'esm', legalComments: 'none' }));
  const rewritten = rewriteIndexFiles(root, files);
  rewritten.set('pagefind.js', new TextEncoder().encode((await minified).code));
  return { pages, files: rewritten };
}

/**
 * How long the index took once its pages were all given, and how long `waiter` (the build, or the
 * command that indexes a folder) then waited for it, as the log says it.
 */
export function indexTiming(secondsToMake: number, waited: number, waiter = 'the build'): string {
  return `made ${secondsToMake.toFixed(2)} s after the last of them was given; ${waiter} waited ${waited.toFixed(2)} s for it`;
}

/** What `indexTiming` writes, whatever the figures (for the tests that read a build's log). */
export const INDEX_TIMING_PATTERN = new RegExp(escapeRegExp(indexTiming(0, 0)).replaceAll('0\\.00', '\\d+\\.\\d\\d'));

/**
 * Writes `<site>/pagefind/` and fills the search page's entry attribute, from the index made for the
 * site (the build starts making it while the pages are generated); returns what it did, in a line
 * for the log.
 */
export async function buildSearchIndex(site: string, made: Promise<SiteIndex> = searchIndexOf(site), waiter?: string): Promise<string> {
  const waitedFrom = performance.now();
  const { index, source, secondsToMake } = await made;
  const waited = (performance.now() - waitedFrom) / 1000;
  const root = indexFolder(site);
  writeEntryIntoSearchPage(site, JSON.parse(new TextDecoder().decode(index.files.get('pagefind-entry.json'))) as PagefindEntry);
  // Written once all is made (a failure above writes nothing), on libuv's threads, all at once.
  for (const folder of new Set([...index.files.keys()].map((path) => dirname(join(root, path))))) mkdirSync(folder, { recursive: true });
  await Promise.all([...index.files].map(([path, bytes]) => writeFile(join(root, path), bytes)));
  // The two figures tell which of the build's last two tasks, the index or the pages rendered after the agreement
  // pages, it ended on (docs/performance-log.md, "Build time against Starlight", sixth round): a build that waited for the index would not end sooner for faster pages.
  return `Search index in ${root} (Pagefind read ${index.pages} pages ${source}; ${indexTiming(secondsToMake, waited, waiter)}): word index in smaller chunks, fragments without filter values, filter index in a fixed order, pagefind.js minified.`;
}
