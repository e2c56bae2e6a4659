/** What Pagefind stores with a document besides its text (searchRecord), on the fixture register. */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { decodeSectionMap, searchRecord } from '../../src/lib/search/index-meta.ts';
import { PAGEFIND_META } from '../../src/lib/contracts.ts';
import { registerFiles } from './helpers.ts';

const checked = checkRegister(registerFiles());
const names = { municipality: 'Kommunenavn', policeDistrict: 'Distriktsnavn' };

describe('searchRecord', () => {
  const dated = checked.agreements.find((a) => a.data.signed && a.data.focusAreas.length > 0);
  if (!dated) throw new Error('the fixture register has no signed agreement with focus areas');
  const record = searchRecord(dated.data, dated.headings, names, 'current');
  const values = (filter: string) => record.filters.filter(([name]) => name === filter).map(([, value]) => value);
  const meta = new Map(record.meta);

  it('has one filter pair per value: the names given, every focus area, every marked section, the year and status', () => {
    expect(values('kommune')).toEqual([names.municipality]);
    expect(values('politidistrikt')).toEqual([names.policeDistrict]);
    expect(values('fokusomrade')).toEqual([...new Set(dated.data.focusAreas.map((f) => f.key))]);
    expect(values('seksjon')).toEqual([...new Set(dated.headings.flatMap((h) => (h.sectionKey ? [h.sectionKey] : [])))]);
    expect(values('aar')).toEqual([dated.data.signed!.date.slice(0, 4)]);
    expect(values('status')).toEqual(['current']);
  });

  it('stores the title, the names and the section of every heading as meta, and sorts by the signing date', () => {
    expect(meta.get(PAGEFIND_META.title)).toBe(dated.data.title);
    expect(meta.get(PAGEFIND_META.municipality)).toBe(names.municipality);
    const sections = decodeSectionMap(meta.get(PAGEFIND_META.sections) ?? '');
    expect([...sections.keys()]).toEqual(dated.headings.map((h) => h.id));
    expect(record.sortDate).toBe(dated.data.signed!.date);
  });

  it('leaves out empty meta and the sort key of a document with no date', () => {
    const { signed: _signed, ...undated } = dated.data;
    const r = searchRecord(undated, dated.headings, names, 'current');
    expect(r.sortDate).toBeUndefined();
    expect(r.meta.every(([, value]) => value !== '')).toBe(true);
    expect(new Map(r.meta).has(PAGEFIND_META.signed)).toBe(false);
  });
});
