/**
 * Splits Pagefind's word index into smaller chunks. Pagefind 1.5 cuts its
 * word index into chunks of about 20 000 word positions (a constant in its
 * code, no option), 3–9 kB compressed each at 400 agreements, and a query
 * loads the chunk of each of its words: `vold i nære relasjoner` loaded four,
 * 23 kB. Smaller chunks mean fewer bytes per query, for a slightly longer
 * meta file (one line per chunk) that every first query loads.
 *
 * The words and their positions are kept exactly as Pagefind wrote them, in
 * the same order; only where the list is cut changes. A cut falls only between
 * two words that differ within their first `prefix` letters, so a query word
 * of that length or more finds all the words it begins (Pagefind's match on
 * the last word, `rus` → `rusmiddelbruk`) in the one chunk it loads; and each
 * chunk's range in the meta file is written as Pagefind writes it (the
 * shortest prefixes that tell neighbouring chunks apart).
 *
 * The words are moved between chunks as Pagefind encoded them, byte for byte
 * (cbor-items.ts finds where each one ends), not decoded and encoded again:
 * at 400 agreements that was most of this step's time.
 *
 * Layout of Pagefind 1.5.2 only (see index-canonical.ts): a chunk file is
 * `[[[word, pages, …], …]]`; the meta file's third entry lists `[from, to, name]`.
 */
import { arrayHead, CborError, CborItems } from './cbor-items.ts';
import { compress, hashOf, PAGEFIND_VERSION, pack, SIGNATURE, unpack, unsigned } from './index-canonical.ts';

/**
 * A word of the index as Pagefind encoded it (`[word, pages, …]`, each page `[page, positions, …]`),
 * kept as its bytes: moved to another chunk, it is written as it was, not decoded and encoded again.
 */
interface Word {
  word: string;
  /** How much it weighs in a chunk: Pagefind's own measure, its positions plus one per page. */
  weight: number;
  bytes: Uint8Array;
}

/** The words of a chunk file's CBOR (`[[word, …]]`), or an error naming the file. */
function wordsOf(file: string, cbor: Uint8Array): Word[] {
  const shape = (detail: string) => new Error(`${file}: a word chunk should be [[[word, [[page, positions, …], …], …], …]]; Pagefind's layout has changed (${detail}).`);
  const items = new CborItems(cbor);
  const words: Word[] = [];
  try {
    const outer = items.array(0, 'the chunk');
    if (outer.length !== 1) throw shape(`the chunk has ${outer.length} items`);
    const list = items.array(outer.next, 'the word list');
    let at = list.next;
    for (let i = 0; i < list.length; i++) {
      const start = at;
      const entry = items.array(at, 'a word');
      if (entry.length < 2) throw shape(`a word of ${entry.length} items at byte ${at}`);
      const word = items.string(entry.next, 'a word');
      const pages = items.array(word.next, 'a word\'s pages');
      let weight = 0;
      at = pages.next;
      for (let p = 0; p < pages.length; p++) {
        const page = items.array(at, 'a page of a word');
        if (page.length < 2 || !items.isInteger(page.next)) throw shape(`a page of "${word.value}" at byte ${at} is not [page, positions, …]`);
        const positions = items.array(items.skip(page.next), 'a page\'s positions');
        weight += positions.length + 1;
        at = page.next;
        for (let e = 0; e < page.length; e++) at = items.skip(at);
      }
      for (let e = 2; e < entry.length; e++) at = items.skip(at);
      words.push({ word: word.value, weight, bytes: cbor.subarray(start, at) });
    }
    if (at !== cbor.length) throw shape(`${cbor.length - at} bytes after the word list`);
  } catch (e) {
    if (e instanceof CborError) throw shape(e.message);
    throw e;
  }
  return words;
}

/** A chunk file's content before compression: the signature and `[[word, …]]`, the words' bytes as they were. */
function chunkFile(words: readonly Word[]): Uint8Array {
  return Buffer.concat([SIGNATURE, arrayHead(1), arrayHead(words.length), ...words.map((w) => w.bytes)]);
}

function commonPrefixLength(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i;
}

// The highest code point: a range's end `po` + this takes in every word that begins with `po`.
const LAST = String.fromCodePoint(0x10ffff);

/**
 * The range edges between two neighbouring chunks: the shortest prefixes of the edge words that
 * tell them apart (as Pagefind writes them), the lower chunk's end extended by the highest code
 * point, so that a query word that begins with it and is not itself in the index (`politirådet`
 * after `po`) still finds its chunk rather than none. Not when the lower chunk's last word begins
 * the next chunk's first (`da`, `dag`): the words that begin with it are in the next chunk.
 */
function edges(last: string, first: string): [string, string] {
  const common = commonPrefixLength(last, first);
  const n = common + 1;
  const end = [...last].slice(0, n).join('');
  return [common < [...last].length ? end + LAST : end, [...first].slice(0, n).join('')];
}

export interface IndexChunkFile {
  name: string;
  bytes: Uint8Array;
}

export interface RechunkedIndex {
  /** The new chunk files (`index/<name>.pf_index`). */
  chunks: IndexChunkFile[];
  /** The meta file with its chunk list pointing at them (to be named by canonicalMeta). */
  meta: Uint8Array;
}

/**
 * The word index cut into chunks of about `target` positions, cutting only
 * where neighbouring words differ within their first `prefix` letters.
 * `chunkBytes` gives a chunk file's bytes by its name (as the meta file lists it).
 */
export function rechunkWordIndex(
  metaFile: string,
  metaBytes: Uint8Array,
  chunkBytes: (name: string) => Uint8Array,
  language: string,
  { target, prefix }: { target: number; prefix: number },
): RechunkedIndex {
  const meta = unpack(metaFile, metaBytes);
  if (!Array.isArray(meta) || meta[0] !== PAGEFIND_VERSION || !Array.isArray(meta[2])) {
    throw new Error(`${metaFile}: not the meta file of Pagefind ${PAGEFIND_VERSION}; update src/lib/search/index-chunks.ts.`);
  }
  const words: Word[] = [];
  for (const entry of meta[2] as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 3 || typeof entry[2] !== 'string') {
      throw new Error(`${metaFile}: an index chunk entry should be [from, to, name]; Pagefind's layout has changed.`);
    }
    const name = entry[2];
    const file = `index/${name}.pf_index`;
    for (const word of wordsOf(file, unsigned(file, chunkBytes(name)))) words.push(word);
  }
  for (let i = 1; i < words.length; i++) {
    if (!(words[i - 1]!.word < words[i]!.word)) throw new Error(`${metaFile}: the word index is not in word order at "${words[i]!.word}"; Pagefind's layout has changed.`);
  }

  const groups: Word[][] = [];
  let group: Word[] = [];
  let size = 0;
  for (const [i, word] of words.entries()) {
    group.push(word);
    size += word.weight;
    const next = words[i + 1];
    if (size >= target && next && commonPrefixLength(word.word, next.word) < prefix) {
      groups.push(group);
      group = [];
      size = 0;
    }
  }
  if (group.length) groups.push(group);

  const chunks: IndexChunkFile[] = [];
  const ranges: Array<[string, string, string]> = groups.map((g) => [g[0]!.word, g[g.length - 1]!.word, '']);
  for (let i = 0; i + 1 < ranges.length; i++) {
    const [to, from] = edges(ranges[i]![1], ranges[i + 1]![0]);
    ranges[i]![1] = to;
    ranges[i + 1]![0] = from;
  }
  const taken = new Set<string>();
  for (const [i, g] of groups.entries()) {
    const raw = chunkFile(g);
    const full = hashOf(raw);
    let length = 7;
    while (taken.has(full.slice(0, length))) length++;
    const hash = full.slice(0, length);
    taken.add(hash);
    const name = `${language}_${hash}`;
    ranges[i]![2] = name;
    chunks.push({ name, bytes: compress(raw) });
  }
  return { chunks, meta: pack([...meta.slice(0, 2), ranges, ...meta.slice(3)]).bytes };
}

/**
 * The chunking the build uses: about 4 000 positions a chunk (Pagefind's own is 20 000), cut
 * only between words that differ within their first 3 letters. Measured at 400 agreements:
 * 105 chunks instead of 38, the meta file 0.7 kB longer, and the five bench queries' chunks
 * 1.6–7.2 kB instead of 6.2–23.5 kB (docs/performance-log.md, "The first search").
 */
export const INDEX_CHUNKING = { target: 4000, prefix: 3 };
