/** Which agreements a comparison shows, read from the address. */
import { describe, expect, it } from 'vitest';
import { paramValues, resolveSelection, selectionQuery, type SelectableAgreement } from '../../src/lib/compare/selection.ts';

const agreements: SelectableAgreement[] = [
  { slug: 'bodo-2018', municipality: 'bodo', municipalityName: 'Bodø', district: 'nordland', districtName: 'Nordland politidistrikt' },
  { slug: 'moss-2020', municipality: 'moss', municipalityName: 'Moss', district: 'ost', districtName: 'Øst politidistrikt' },
  { slug: 'oppegard-2009-retningslinjer', municipality: 'oppegard', municipalityName: 'Oppegård', district: 'ost', districtName: 'Øst politidistrikt' },
  { slug: 'oppegard-2018', municipality: 'oppegard', municipalityName: 'Oppegård', district: 'ost', districtName: 'Øst politidistrikt' },
];
const resolve = (query: string) => resolveSelection(new URLSearchParams(query), agreements);

describe('resolveSelection', () => {
  it('takes agreements by slug, in the page\'s order', () => {
    expect(resolve('avtale=oppegard-2018&avtale=bodo-2018')).toEqual({ slugs: ['bodo-2018', 'oppegard-2018'], unknown: [], requested: true });
    expect(resolve('avtale=oppegard-2018,bodo-2018').slugs).toEqual(['bodo-2018', 'oppegard-2018']);
  });

  it('takes a district\'s and a municipality\'s agreements, by key or by name', () => {
    expect(resolve('distrikt=ost').slugs).toEqual(['moss-2020', 'oppegard-2009-retningslinjer', 'oppegard-2018']);
    expect(resolve('distrikt=Øst politidistrikt').slugs).toHaveLength(3);
    expect(resolve('kommune=Oppegård').slugs).toEqual(['oppegard-2009-retningslinjer', 'oppegard-2018']);
    expect(resolve('kommune=bodø, MOSS').slugs).toEqual(['bodo-2018', 'moss-2020']);
  });

  it('names each value that matched nothing, and keeps the rest', () => {
    expect(resolve('avtale=moss-2020&avtale=nope&distrikt=mars&kommune=Atlantis')).toEqual({
      slugs: ['moss-2020'],
      unknown: [
        { param: 'avtale', value: 'nope' },
        { param: 'distrikt', value: 'mars' },
        { param: 'kommune', value: 'Atlantis' },
      ],
      requested: true,
    });
  });

  it('tells an empty choice from no choice', () => {
    expect(resolve('')).toEqual({ slugs: [], unknown: [], requested: false });
    expect(resolve('kommune=&avtale=')).toEqual({ slugs: [], unknown: [], requested: true });
    expect(resolve('sort=asc')).toEqual({ slugs: [], unknown: [], requested: false });
  });
});

describe('helpers', () => {
  it('paramValues splits, trims and drops empty values', () => {
    expect(paramValues(new URLSearchParams('a= x ,y&a=&a=z'), 'a')).toEqual(['x', 'y', 'z']);
  });

  it('selectionQuery writes one avtale parameter per agreement', () => {
    expect(selectionQuery(['bodo-2018', 'moss-2020'])).toBe('avtale=bodo-2018&avtale=moss-2020');
  });
});
