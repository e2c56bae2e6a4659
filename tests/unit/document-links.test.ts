import { describe, expect, it } from 'vitest';
import { documentLinks, indexById, type Doc } from '../../src/lib/content/agreements.ts';

/** A document with only the fields `documentLinks` reads. */
const doc = (id: string, data: { supersedes?: string; supersededBy?: string; related?: string[] }): Doc =>
  ({ id, data: { related: [], ...data } }) as unknown as Doc;

describe('documentLinks', () => {
  const old = doc('a-2015', { supersededBy: 'a-2020' });
  const current = doc('a-2020', { supersedes: 'a-2015', related: ['a-sak', 'missing'] });
  const sak = doc('a-sak', { related: ['a-2020'] });
  const memo = doc('a-notat', { related: ['a-2020'] });
  const docs = [old, current, sak, memo];
  const byId = indexById(docs);

  it('finds both versions and the related papers both ways, each once, its own list first', () => {
    const links = documentLinks(current, docs, byId);
    expect(links.older?.id).toBe('a-2015');
    expect(links.newer).toBeUndefined();
    expect(links.related.map((d) => d.id)).toEqual(['a-sak', 'a-notat']);
  });

  it('finds the newer version and no related papers for a superseded document', () => {
    const links = documentLinks(old, docs, byId);
    expect(links.newer?.id).toBe('a-2020');
    expect(links.older).toBeUndefined();
    expect(links.related).toEqual([]);
  });
});
