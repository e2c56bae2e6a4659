/** The word index cut into smaller chunks: every word kept, cuts only where words differ early, ranges a query finds. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { rechunkWordIndex } from '../../src/lib/search/index-chunks.ts';
import { indexOnePage } from './search-index-site.ts';

const file = (value: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode(value))]));
const read = (bytes: Uint8Array) => decode(gunzipSync(bytes).subarray(12)) as unknown;
// A new chunk's content before compression: the signature, then CBOR.
const readRaw = (raw: Uint8Array) => decode(raw.subarray(12)) as unknown;
// A word on `positions` positions of page 0, as Pagefind 1.5.2 writes it: [word, [[page, positions, []]], []].
const word = (w: string, positions: number) => [w, [[0, Array.from({ length: positions }, (_, i) => i), []]], []];
const LAST = String.fromCodePoint(0x10ffff);

/** Pagefind's lookup (pagefind_web, request_indexes): the first chunk whose range holds the term. */
function chunkFor(ranges: Array<[string, string, string]>, term: string): string | undefined {
  const bytes = (s: string) => Buffer.from(s);
  return ranges.find(([from, to]) => Buffer.compare(bytes(term), bytes(from)) >= 0 && Buffer.compare(bytes(term), bytes(to)) <= 0)?.[2];
}

describe('rechunkWordIndex', () => {
  const words = [word('barn', 3), word('politi', 5), word('politiet', 2), word('politirad', 4), word('rus', 3), word('rusmiddel', 2), word('samarbeid', 6), word('vold', 3)];
  const chunks = new Map([
    ['nb_a', file([words.slice(0, 5)])],
    ['nb_b', file([words.slice(5)])],
  ]);
  const meta = file(['1.5.2', [['nb_p', 10]], [['barn', 'rus', 'nb_a'], ['rusm', 'vold', 'nb_b']], [], [], []]);
  const out = rechunkWordIndex('m', meta, (name) => chunks.get(name)!, 'nb', { target: 5, prefix: 3 });
  const newMeta = read(out.meta) as [string, unknown, Array<[string, string, string]>, ...unknown[]];
  const contents = new Map(out.chunks.map((c) => [c.name, (readRaw(c.raw) as [unknown[][]])[0].map((w) => w[0] as string)]));

  it('keeps every word, with its positions, in the same order', () => {
    const all = out.chunks.flatMap((c) => (readRaw(c.raw) as [unknown[]])[0]);
    expect(all).toEqual(words);
    expect(newMeta[0]).toBe('1.5.2');
    expect(newMeta[1]).toEqual([['nb_p', 10]]);
  });

  it('cuts at about the target size, only between words that differ within their first letters', () => {
    // politi… and rus… stay whole though past the target; a cut falls where the first letter changes.
    expect([...contents.values()]).toEqual([['barn', 'politi', 'politiet', 'politirad'], ['rus', 'rusmiddel'], ['samarbeid'], ['vold']]);
    expect(newMeta[2].map(([, , name]) => name)).toEqual(out.chunks.map((c) => c.name));
    for (const c of out.chunks) expect(c.name).toMatch(/^nb_[0-9a-f]{7,}$/);
  });

  it('writes ranges in which each word, and each longer word it begins, finds its chunk', () => {
    expect(newMeta[2].map(([from, to]) => [from, to])).toEqual([
      ['barn', `p${LAST}`],
      ['r', `r${LAST}`],
      ['s', `s${LAST}`],
      ['v', 'vold'],
    ]);
    const chunkOf = (w: string) => [...contents].find(([, ws]) => ws.includes(w))?.[0];
    for (const w of ['politi', 'politiet', 'politirad', 'rus', 'samarbeid']) expect(chunkFor(newMeta[2], w)).toBe(chunkOf(w));
    // Words not in the index find the chunk of the words they begin or that begin them.
    expect(chunkFor(newMeta[2], 'politiradet')).toBe(chunkOf('politirad'));
    expect(chunkFor(newMeta[2], 'rusmidler')).toBe(chunkOf('rusmiddel'));
  });

  it('ends a chunk at its last word when that word begins the next chunk’s first', () => {
    const index = [word('da', 9), word('dag', 9), word('dager', 1)];
    const short = rechunkWordIndex('m', file(['1.5.2', [], [['da', 'dager', 'nb_a']], [], [], []]), () => file([index]), 'nb', { target: 5, prefix: 3 });
    const ranges = (read(short.meta) as [string, unknown, Array<[string, string, string]>])[2];
    expect(ranges.map(([from, to]) => [from, to])).toEqual([
      ['da', 'da'],
      ['dag', 'dager'],
    ]);
    expect(chunkFor(ranges, 'dagen')).toBe(ranges[1]![2]);
    expect(chunkFor(ranges, 'da')).toBe(ranges[0]![2]);
  });

  it('refuses an index that is not Pagefind 1.5.2’s', () => {
    expect(() => rechunkWordIndex('m.pf_meta', file(['1.4.0', [], [], [], [], []]), () => new Uint8Array(), 'nb', { target: 5, prefix: 3 })).toThrow(/m\.pf_meta: not the meta file of Pagefind 1\.5\.2/);
    const bad = file(['1.5.2', [], [['a', 'b', 'nb_x']], [], [], []]);
    expect(() => rechunkWordIndex('m', bad, () => file({ a: 1 }), 'nb', { target: 5, prefix: 3 })).toThrow(/index\/nb_x\.pf_index: a word chunk should be/);
  });
});

describe('the real Pagefind index of a small site', () => {
  it('is cut and listed so that Pagefind’s meta file and chunks agree', () => {
    const site = indexOnePage('<p>politiråd og samarbeid om trygghet</p>');
    onTestFinished(site.remove);
    const root = site.root;
    const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as { languages: { nb: { hash: string } } };
    const meta = read(readFileSync(join(root, `pagefind.${entry.languages.nb.hash}.pf_meta`))) as [string, unknown, Array<[string, string, string]>];
    expect(readdirSync(join(root, 'index')).sort()).toEqual(meta[2].map(([, , name]) => `${name}.pf_index`).sort());
    const indexed = meta[2].flatMap(([, , name]) => (read(readFileSync(join(root, 'index', `${name}.pf_index`))) as [unknown[][]])[0].map((w) => w[0]));
    expect(indexed).toEqual(expect.arrayContaining(['og', 'samarbeid']));
    expect(new Set(indexed).size).toBe(indexed.length);
  });
});
