/**
 * Loads the search engine, Pagefind 1.5.2, for the search page, wrapped rather than changed, so
 * that the first query on a fresh page waits as little as it can:
 *
 * - The files Pagefind needs before any query (its entry file, index metadata and WebAssembly)
 *   are requested at once, beside its script, not one after another once its script has run: the
 *   build writes the names of the metadata and WebAssembly into the search page
 *   (SEARCH_ENTRY_ATTRIBUTE); without them, they are requested as soon as the entry file names
 *   them. Pagefind's own requests for them are answered with those responses, so nothing is
 *   loaded twice; if its fresh entry file names other files, it loads those itself.
 * - Pagefind's files are gzip, which Pagefind inflates in JavaScript (20–30 ms for its
 *   WebAssembly on a first query). They are inflated here by the browser (`DecompressionStream`);
 *   Pagefind takes a file that begins with its signature, as a host that decompressed it would
 *   serve it, as it is. Without `DecompressionStream` Pagefind inflates them itself, as before.
 * - `whenReady()`: Pagefind's search waits for its WebAssembly in steps of 50 ms, so a query
 *   asked while it starts waits up to 50 ms too long. The page asks only once the engine answers
 *   an empty, cheap query, tried every few milliseconds.
 *
 * Only requests under the engine's folder are touched; every other request goes to the
 * browser's `fetch` unchanged.
 */
import { searchEngineUrl } from '../lib/publish/routes.ts';
import type { PagefindEntry as WrittenEntry } from '../lib/search/index-rewrite.ts';
import type { PagefindAnchor } from '../lib/search/state.ts';

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
  /** The words the query matched in its section, as positions in the document's `content` split at white space (none in a section a search with no words lists: `sectionOpenings`). */
  locations?: number[];
}
export interface PagefindData {
  url: string;
  excerpt: string;
  /** The document's indexed text, and its headings with the word each starts at. */
  content: string;
  anchors: PagefindAnchor[];
  /** The words the query matched, as positions in `content` split at white space. */
  locations: number[];
  meta: Record<string, string>;
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  data(): Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  /** Per filter value, how many documents match the query whatever filters are chosen. */
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: object): Promise<void>;
  search(q: string | null, o: object): Promise<PagefindResponse | null>;
}
/**
 * Pagefind's entry file as the page reads it: the shape the build writes (index-rewrite.ts), every
 * part optional, since what arrives over the network is not checked.
 */
export interface PagefindEntry {
  languages?: Record<string, Partial<WrittenEntry['languages'][string]>>;
}

const BASE = searchEngineUrl();
/** Pagefind's gzip files: WebAssembly, metadata, word index chunks, filter index, fragments. */
const GZIP_FILE = /\.(pagefind|pf_meta|pf_index|pf_filter|pf_fragment)$/;
const ENTRY = `${BASE}pagefind-entry.json`;
const WASM_FILE = /\/wasm\.[^/]*\.pagefind$/;
const READY_PROBE_MS = 4;
const READY_PROBE_LIMIT_MS = 3000;

/** Settles once Pagefind has its WebAssembly file (or failed to get it): before that it cannot be ready. */
let wasmArrived: () => void = () => undefined;
const wasmFile = new Promise<void>((resolve) => {
  wasmArrived = resolve;
});

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A request made ahead: its failure is Pagefind's to report when it asks, not an unhandled rejection when it never does. */
function ahead(request: Promise<Response>): Promise<Response> {
  request.catch(() => undefined);
  return request;
}

/** A response with its body inflated by the browser when it is gzip; otherwise as it came. */
async function inflated(response: Response): Promise<Response> {
  if (!response.ok) return response;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const init = { status: response.status, statusText: response.statusText, headers: response.headers };
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new Response(bytes, init);
  try {
    const plain = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    return new Response(plain, init);
  } catch {
    return new Response(bytes, init); // Pagefind's own inflater then reports what is wrong
  }
}

/**
 * Starts loading Pagefind with these options: its script, and at once the files it reads before
 * its first query (those `known` names, the build's copy of its entry file, and those its entry
 * file names). Resolves to the engine once its script has run; the WebAssembly may still be
 * loading (see `whenReady`).
 */
export function loadSearchEngine(options: object, known?: PagefindEntry): Promise<Pagefind> {
  const browserFetch = window.fetch.bind(window);
  const early = new Map<string, Promise<Response>>();
  const asked = new Set<string>();
  const lang = (document.documentElement.lang || 'unknown').toLowerCase();
  const canInflate = typeof DecompressionStream === 'function';
  /** Fetches a file of Pagefind's (`input` and `init` as Pagefind asked, if it did), its gzip inflated by the browser when it can. */
  const get = (path: string, input: RequestInfo | URL = path, init?: RequestInit) =>
    canInflate && GZIP_FILE.test(path) ? browserFetch(input, init).then(inflated) : browserFetch(input, init);
  let segmenterUsed = false;

  /** Requests the metadata and WebAssembly the entry names for the page's language, unless Pagefind asked already. */
  function loadAhead(entry: PagefindEntry): void {
    const index = entry.languages?.[lang] ?? entry.languages?.[lang.split('-')[0] ?? ''];
    if (!index?.hash) return; // Pagefind then picks its index itself; guess nothing
    for (const path of [`${BASE}pagefind.${index.hash}.pf_meta`, `${BASE}wasm.${index.wasm ?? 'unknown'}.pagefind`]) {
      if (!asked.has(path) && !early.has(path)) early.set(path, ahead(get(path)));
    }
    // While those load and compile, the page's thread is free: Pagefind cuts every query into
    // characters with Intl.Segmenter, whose first use in a page costs 20–30 ms; pay it now.
    if (segmenterUsed) return;
    segmenterUsed = true;
    setTimeout(() => {
      try {
        new Intl.Segmenter(lang, { granularity: 'grapheme' }).segment('');
      } catch {
        /* no Intl.Segmenter, or a language tag it does not take: Pagefind does without */
      }
    });
  }
  // The entry is handed to Pagefind only after the files it names were requested, so Pagefind's
  // requests for them always find them.
  early.set(
    ENTRY,
    ahead(
      browserFetch(`${ENTRY}?ts=${Date.now()}`).then(async (response) => {
        if (!response.ok) return response;
        const text = await response.text();
        try {
          loadAhead(JSON.parse(text) as PagefindEntry);
        } catch {
          /* Pagefind reports a bad entry file itself */
        }
        return new Response(text, { status: response.status, statusText: response.statusText, headers: response.headers });
      }),
    ),
  );

  if (known) loadAhead(known);

  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), window.location.href);
    if (url.origin !== window.location.origin || !url.pathname.startsWith(BASE) || init?.method) return browserFetch(input, init);
    asked.add(url.pathname);
    const made = early.get(url.pathname);
    early.delete(url.pathname);
    const response = made ?? get(url.pathname, input, init);
    if (WASM_FILE.test(url.pathname)) void response.then(wasmArrived, wasmArrived);
    return response;
  };

  return (async () => {
    const engine = (await import(/* @vite-ignore */ searchEngineUrl('pagefind.js'))) as Pagefind;
    await engine.options(options);
    await engine.init();
    return engine;
  })();
}

const ready = new WeakMap<Pagefind, Promise<void>>();

/**
 * Resolves once the engine has its WebAssembly and metadata, so that a search asked then runs at
 * once instead of waiting for Pagefind's next 50 ms step; or after a few seconds, when the search
 * itself waits or reports the failure.
 */
export function whenReady(engine: Pagefind): Promise<void> {
  let promise = ready.get(engine);
  if (!promise) {
    promise = (async () => {
      // Not before Pagefind has its WebAssembly: until then every probe would only wait.
      await Promise.race([wasmFile, delay(READY_PROBE_LIMIT_MS)]);
      const until = performance.now() + READY_PROBE_LIMIT_MS;
      while (performance.now() < until) {
        // An empty query answers as soon as the engine is ready, and loads nothing.
        const answered = engine.preload('').then(
          () => true,
          () => true,
        );
        if (await Promise.race([answered, delay(READY_PROBE_MS).then(() => false)])) return;
      }
    })();
    ready.set(engine, promise);
  }
  return promise;
}
