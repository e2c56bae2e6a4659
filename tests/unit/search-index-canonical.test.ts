/** The reproducible search index: Pagefind's filter chunks and meta file in a fixed order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { encode } from 'cborg';
import { describe, expect, it, onTestFinished } from 'vitest';
import { canonicalFilterChunk, canonicalMeta } from '../../src/lib/search/index-canonical.ts';
import { indexOnePage } from './search-index-site.ts';

const chunk = (value: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(encode(value))]));

describe('canonicalFilterChunk', () => {
  it('gives the same bytes and name whatever order Pagefind wrote the values in', () => {
    const a = canonicalFilterChunk('a', chunk(['kommune', [['Moss', [3]], ['Bodø', [1]], ['Skien', [0]]]]), 'nb');
    const b = canonicalFilterChunk('b', chunk(['kommune', [['Skien', [0]], ['Moss', [3]], ['Bodø', [1]]]]), 'nb');
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    expect(b.name).toBe(a.name);
    expect(a.name).toMatch(/^nb_[0-9a-f]{7}$/);
    expect(a.filter).toBe('kommune');
  });

  it('refuses a file that is not a Pagefind 1.5.2 filter chunk', () => {
    expect(() => canonicalFilterChunk('x.pf_filter', gzipSync(Buffer.from('hello')), 'nb')).toThrow(/x\.pf_filter: not a Pagefind 1\.5\.2 index file/);
    expect(() => canonicalFilterChunk('y.pf_filter', chunk({ a: 1 }), 'nb')).toThrow(/y\.pf_filter: a filter chunk should be/);
  });
});

describe('canonicalMeta', () => {
  it('points the meta file at the canonical chunks, in filter-name order', () => {
    const meta = chunk(['1.5.2', [], [], [['status', 'nb_old1'], ['aar', 'nb_old2']], [], []]);
    const out = canonicalMeta('m', meta, 'nb', new Map([['status', 'nb_new1'], ['aar', 'nb_new2']]));
    const raw = gunzipSync(out.bytes);
    expect(raw.subarray(0, 12).toString()).toBe('pagefind_dcd');
    expect(raw.includes(Buffer.from('nb_new2'))).toBe(true);
    expect(raw.indexOf(Buffer.from('aar'))).toBeLessThan(raw.indexOf(Buffer.from('status')));
    expect(() => canonicalMeta('m', meta, 'nb', new Map())).toThrow(/filter "status" has no chunk/);
  });
});

describe('the real Pagefind index of a small site', () => {
  it('round-trips: Pagefind 1.5.2 writes what this module reads and writes back', () => {
    const site = indexOnePage('<span data-pagefind-filter="kommune">Moss</span><span data-pagefind-filter="kommune">Bodø</span><p>tekst</p>');
    onTestFinished(site.remove);
    const files = readdirSync(join(site.root, 'filter'));
    expect(files).toHaveLength(1);
    const bytes = readFileSync(join(site.root, 'filter', files[0] ?? ''));
    const again = canonicalFilterChunk('again', bytes, 'nb');
    expect(`${again.name}.pf_filter`).toBe(files[0]);
  });
});
