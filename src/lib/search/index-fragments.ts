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
import { compress, gunzipped, PAGEFIND_VERSION, SIGNATURE } from './index-canonical.ts';

const SIGNATURE_TEXT = SIGNATURE.toString('latin1');

const FIELDS = ['url', 'content', 'word_count', 'filters', 'meta', 'anchors'];

/** The fragment without its `filters`, or an error naming the file when it is not Pagefind 1.5.2's layout. */
export function slimFragment(file: string, bytes: Uint8Array): Uint8Array {
  const text = gunzipped(file, bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE_TEXT)) throw new Error(`${file}: not a Pagefind ${PAGEFIND_VERSION} fragment (no "${SIGNATURE_TEXT}" signature).`);
  const fragment = JSON.parse(text.slice(SIGNATURE_TEXT.length)) as Record<string, unknown>;
  const keys = Object.keys(fragment);
  if (keys.length !== FIELDS.length || keys.some((k, i) => k !== FIELDS[i])) {
    throw new Error(`${file}: a fragment should have the fields ${FIELDS.join(', ')}; Pagefind's layout has changed (update src/lib/search/index-fragments.ts).`);
  }
  delete fragment.filters;
  return compress(Buffer.from(SIGNATURE_TEXT + JSON.stringify(fragment)));
}
