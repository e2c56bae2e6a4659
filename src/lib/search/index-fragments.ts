/**
 * Slims Pagefind's fragments, the per-document files a result loads to show
 * its title, excerpt and sections. Pagefind 1.5 writes into each one the
 * document's filter values as well; the search page never reads them (the
 * counts come from the filter index), and the five fragments of a first page
 * of results carried them for nothing. This drops them and keeps the rest
 * (text, word count, meta, anchors) byte for byte as Pagefind wrote it.
 *
 * Layout of Pagefind 1.5.2 only: gzip of `pagefind_dcd` + JSON.
 */
import { promisify } from 'node:util';
import { gunzip as gunzipCallback, gzip as gzipCallback } from 'node:zlib';
import { PAGEFIND_VERSION } from './index-canonical.ts';

const SIGNATURE = 'pagefind_dcd';
const FIELDS = ['url', 'content', 'word_count', 'filters', 'meta', 'anchors'];

// Asynchronous: the fragments (one per agreement) are inflated and compressed on libuv's threads, on
// both cores, while the build's main thread rewrites the rest of the index.
const gunzip = promisify(gunzipCallback);
const gzip = promisify(gzipCallback);

/** The fragment without its `filters`, or an error naming the file when it is not Pagefind 1.5.2's layout. */
export async function slimFragment(file: string, bytes: Uint8Array): Promise<Uint8Array> {
  const text = (await gunzip(bytes)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`${file}: not a Pagefind ${PAGEFIND_VERSION} fragment (no "${SIGNATURE}" signature).`);
  const fragment = JSON.parse(text.slice(SIGNATURE.length)) as Record<string, unknown>;
  const keys = Object.keys(fragment);
  if (keys.length !== FIELDS.length || keys.some((k, i) => k !== FIELDS[i])) {
    throw new Error(`${file}: a fragment should have the fields ${FIELDS.join(', ')}; Pagefind's layout has changed (update src/lib/search/index-fragments.ts).`);
  }
  delete fragment.filters;
  return gzip(Buffer.from(SIGNATURE + JSON.stringify(fragment)), { level: 9 });
}
