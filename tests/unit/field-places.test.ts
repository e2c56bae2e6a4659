/** Where a field is written, in a document's frontmatter or a data file's entry: the line and column a problem with it names. */
import { describe, expect, it } from 'vitest';
import { entryPlaces, fieldPath, frontmatterPlaces } from '../../src/lib/content/field-places.ts';

const text = [
  '---',
  'title: Samarbeidsavtale',
  'council:',
  '  meetingsPerYear: 4',
  '  clause: politirad',
  'focusAreas:',
  '  - key: rus',
  '    clause: fokusomrader',
  '  - key: barn-og-unge',
  'related: [moss-2020, skien-2019]',
  'source:',
  '  url: https://example.org/',
  '---',
  '',
  '## 1. Politirådet',
].join('\n');

describe('fieldPath', () => {
  it('reads the paths problems are written with', () => {
    expect(fieldPath('policeDistrict')).toEqual(['policeDistrict']);
    expect(fieldPath('council.meetingsPerYear')).toEqual(['council', 'meetingsPerYear']);
    expect(fieldPath('focusAreas[1].key')).toEqual(['focusAreas', 1, 'key']);
  });

  it('takes a field that is no path for none', () => {
    expect(fieldPath('heading "2. Spesielle fokusområder"')).toBeUndefined();
    expect(fieldPath('line 26')).toBeUndefined();
  });
});

describe('frontmatterPlaces', () => {
  const placeOf = frontmatterPlaces(text);

  it('places a field at its key, counting the opening line', () => {
    expect(placeOf('title')).toEqual({ line: 2, column: 1 });
    expect(placeOf('council.meetingsPerYear')).toEqual({ line: 4, column: 3 });
    expect(placeOf('council.clause')).toEqual({ line: 5, column: 3 });
  });

  it('places a list item and a field inside one', () => {
    expect(placeOf('focusAreas[1]')).toEqual({ line: 9, column: 5 });
    expect(placeOf('focusAreas[0].clause')).toEqual({ line: 8, column: 5 });
    expect(placeOf('related[1]')).toEqual({ line: 10, column: 'related: [moss-2020, '.length + 1 });
  });

  it('places a missing field at its parent, and a missing top-level field at the opening line', () => {
    expect(placeOf('source.file')).toEqual({ line: 11, column: 1 });
    expect(placeOf('focusAreas[5].key')).toEqual({ line: 6, column: 1 });
    expect(placeOf('language')).toEqual({ line: 1, column: 1 });
  });

  it('reads a file saved with a byte-order mark and CRLF line endings alike', () => {
    const windows = frontmatterPlaces(`\uFEFF${text.replaceAll('\n', '\r\n')}`);
    expect(windows('council.meetingsPerYear')).toEqual({ line: 4, column: 3 });
    expect(windows('focusAreas[0].clause')).toEqual({ line: 8, column: 5 });
  });

  it('takes a path as it is: a key written with a dot, or in letters outside a–z, is found as written', () => {
    const odd = frontmatterPlaces('---\nslt.modality: bindende\nmøterPerÅr: 4\nslt:\n  modality: agreed\n---\n');
    expect(odd(['slt.modality'])).toEqual({ line: 2, column: 1 });
    expect(odd('slt.modality')).toEqual({ line: 5, column: 3 });
    expect(odd(['møterPerÅr'])).toEqual({ line: 3, column: 1 });
  });

  it('gives no place without frontmatter, or for a field that is no path', () => {
    expect(frontmatterPlaces('## Only text\n')('title')).toBeUndefined();
    expect(placeOf('heading "1. Politirådet"')).toBeUndefined();
  });
});

describe('entryPlaces', () => {
  const json = [
    '[',
    '  { "id": "bodo", "number": "1804" },',
    '  {',
    '    "id": "moss",',
    '    "districtSources": [{ "url": "https://example.org/", "titleLang": "English" }]',
    '  }',
    ']',
  ].join('\n');
  const placeOf = entryPlaces(json);
  const columnOf = (line: number, needle: string) => (json.split('\n')[line - 1] ?? '').indexOf(needle) + 1;

  it('places a field of an entry of a JSON array at its key', () => {
    expect(placeOf(0, 'number')).toEqual({ line: 2, column: columnOf(2, '"number"') });
    expect(placeOf(1, 'districtSources[0].titleLang')).toEqual({ line: 5, column: columnOf(5, '"titleLang"') });
  });

  it('places the entry itself when no field is named, the field is missing or its name is no path', () => {
    expect(placeOf(1, undefined)).toEqual({ line: 3, column: 3 });
    expect(placeOf(0, 'county')).toEqual({ line: 2, column: 3 });
    expect(placeOf(0, 'kommune nr')).toEqual({ line: 2, column: 3 });
  });

  it('places a key written twice where JSON.parse takes its value from: the last', () => {
    const twice = entryPlaces('[\n  { "id": "a", "number": "1804",\n    "number": "18O4" }\n]');
    expect(twice(0, 'number')).toEqual({ line: 3, column: 5 });
  });
});
