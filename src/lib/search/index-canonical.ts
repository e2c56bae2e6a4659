/**
 * Makes Pagefind's filter index reproducible. Pagefind 1.5 writes each
 * filter's values in hash-map order, which changes from run to run (Pagefind
 * issue #638), and names the files after their content; so two builds of the
 * same site differ in `filter/*.pf_filter`, in the `.pf_meta` file that lists
 * them and in `pagefind-entry.json`. This rewrites those files with the values
 * sorted and the files named after their sorted content; everything else
 * Pagefind wrote is left as it is.
 *
 * The files are gzip-compressed: a signature, then CBOR. Only the layout of
 * Pagefind 1.5.2 is accepted; anything else is refused with a message, so a
 * Pagefind upgrade cannot be silently mangled.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

/** The Pagefind version whose file layout this knows. */
export const PAGEFIND_VERSION = '1.5.2';
/** What every index file begins with, before its CBOR. */
export const SIGNATURE = Buffer.from('pagefind_dcd');
/** How the index files are compressed (as Pagefind compresses them). */
const GZIP = { level: 9 };

type FilterChunk = [string, Array<[string, number[]]>];

/** A file of the index uncompressed, or an error naming it. */
export function gunzipped(file: string, bytes: Uint8Array): Buffer {
  try {
    return gunzipSync(bytes);
  } catch (e) {
    throw new Error(`${file}: not a Pagefind ${PAGEFIND_VERSION} index file (${e instanceof Error ? e.message : String(e)}).`);
  }
}

/** A Pagefind index file's CBOR: gunzipped, signature checked. */
export function unsigned(file: string, bytes: Uint8Array): Uint8Array {
  const raw = gunzipped(file, bytes);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE)) {
    throw new Error(`${file}: not a Pagefind ${PAGEFIND_VERSION} index file (no "${SIGNATURE}" signature).`);
  }
  return raw.subarray(SIGNATURE.length);
}

/** A Pagefind index file's value: gunzipped, signature checked, CBOR decoded (and refused if it would not encode back byte for byte). */
export function unpack(file: string, bytes: Uint8Array): unknown {
  const body = unsigned(file, bytes);
  const value = decode(body);
  // Refuse what this module would not write back byte for byte.
  if (!Buffer.from(encode(value)).equals(body)) {
    throw new Error(`${file}: Pagefind's encoding is not the one this build step knows (Pagefind ${PAGEFIND_VERSION}); update src/lib/search/index-canonical.ts.`);
  }
  return value;
}

/** The SHA-256 of an index file's content before compression (signature and CBOR), which names the file. */
export function hashOf(raw: Uint8Array): string {
  return createHash('sha256').update(raw).digest('hex');
}

/** An index file's content (signature and CBOR, or a fragment's signature and JSON) compressed as the index files are. */
export function compress(raw: Uint8Array): Uint8Array {
  return gzipSync(raw, GZIP);
}

/** A value as a Pagefind index file (signature, CBOR, gzip), and the SHA-256 of its uncompressed bytes. */
export function pack(value: unknown): { bytes: Uint8Array; hash: string } {
  const raw = Buffer.concat([SIGNATURE, Buffer.from(encode(value))]);
  return { bytes: compress(raw), hash: hashOf(raw) };
}

function isFilterChunk(v: unknown): v is FilterChunk {
  return (
    Array.isArray(v) &&
    v.length === 2 &&
    typeof v[0] === 'string' &&
    Array.isArray(v[1]) &&
    v[1].every((e) => Array.isArray(e) && e.length === 2 && typeof e[0] === 'string' && Array.isArray(e[1]))
  );
}

/** A filter chunk with its values in a fixed order (by value), and the name its content gives it. */
export function canonicalFilterChunk(file: string, bytes: Uint8Array, language: string): { name: string; bytes: Uint8Array; filter: string } {
  const chunk = unpack(file, bytes);
  if (!isFilterChunk(chunk)) throw new Error(`${file}: a filter chunk should be [name, [[value, pages], …]]; Pagefind's layout has changed.`);
  const [filter, values] = chunk;
  const sorted: FilterChunk = [filter, [...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))];
  const packed = pack(sorted);
  return { name: `${language}_${packed.hash.slice(0, 7)}`, bytes: packed.bytes, filter };
}

/**
 * The meta file with its filter list pointing at the canonical chunks, in
 * filter-name order, and the name its content gives it.
 */
export function canonicalMeta(file: string, bytes: Uint8Array, language: string, chunkOf: ReadonlyMap<string, string>): { name: string; bytes: Uint8Array } {
  const meta = unpack(file, bytes);
  if (!Array.isArray(meta) || meta[0] !== PAGEFIND_VERSION || !Array.isArray(meta[3])) {
    throw new Error(`${file}: not the meta file of Pagefind ${PAGEFIND_VERSION}; update src/lib/search/index-canonical.ts.`);
  }
  const filters = (meta[3] as unknown[]).map((entry) => {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') {
      throw new Error(`${file}: a filter entry should be [name, chunk]; Pagefind's layout has changed.`);
    }
    const chunk = chunkOf.get(entry[0]);
    if (!chunk) throw new Error(`${file}: filter "${entry[0]}" has no chunk in filter/.`);
    return [entry[0], chunk] as [string, string];
  });
  filters.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const packed = pack([...meta.slice(0, 3), filters, ...meta.slice(4)]);
  return { name: `${language}_${packed.hash.slice(0, 10)}`, bytes: packed.bytes };
}
