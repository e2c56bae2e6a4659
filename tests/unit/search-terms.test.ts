/** Bokmål ⇄ nynorsk search forms from the word list (the fixture register's copy of content/malform.json). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MalformIndex, parseMalform, variantText } from '../../src/lib/search/terms.ts';

const malform = new MalformIndex(parseMalform('content/malform.json', readFileSync('tests/fixtures/register/malform.json', 'utf8')));

describe('MalformIndex', () => {
  it('gives the pairs the issue names, both ways', () => {
    expect(malform.variantsOfWord('tjenestetilbud').nn).toEqual(['tenestetilbod']);
    expect(malform.variantsOfWord('tenestetilbod').nb).toEqual(['tjenestetilbud']);
    expect(malform.variantsOfWord('forebygging').nn).toEqual(['førebygging']);
    expect(malform.variantsOfWord('førebygging').nb).toEqual(['forebygging']);
    expect(malform.variantsOfWord('vold').nn).toEqual(['vald']);
    expect(malform.variantsOfWord('vald').nb).toEqual(['vold']);
  });

  it('respells compounds it has no pair for', () => {
    expect(malform.variantsOfWord('voldsforbyggende').nn).toEqual(['valdsforbyggende']);
    expect(malform.variantsOfWord('tjenestestedenes').nn).toEqual(['tenestestedenes']);
    expect(malform.variantsOfWord('kriminalitetsførebyggjande').nb).toEqual(['kriminalitetsforebyggende']);
    expect(malform.variantsOfWord('Tjenestetilbudet').nn).toEqual(['tenestetilbodet']);
  });

  it('gives nothing for words both standards share', () => {
    expect(malform.variantsOfWord('politiråd')).toEqual({ nn: [], nb: [] });
    expect(malform.variantsOfWord('SLT')).toEqual({ nn: [], nb: [] });
  });

  it('lists a passage’s missing forms once, sorted, and marks them for excerpts', () => {
    const v = malform.variantsOf('Forebygge vold i nære relasjoner, vold og forebygging.');
    expect(v).toEqual({ nn: ['førebygging', 'førebyggje', 'vald'], nb: [] });
    expect(variantText(v)).toBe(' ⟦ førebygging førebyggje vald ⟧');
    expect(variantText({ nn: ['naudsynt'], nb: ['hva', 'forebyggende'] })).toBe(' ⟦ naudsynt ⟧ ⟪ hva forebyggende ⟫');
    expect(variantText(malform.variantsOf('Forebygging og førebygging.'))).toBe('');
  });
});

describe('parseMalform', () => {
  it('names the file and the field of a broken list', () => {
    expect(() => parseMalform('content/malform.json', '{"pairs": [["vold"]], "parts": []}')).toThrow(
      /^content\/malform\.json: pairs\.0: .*Expected \{ "pairs": \[\["bokmål", "nynorsk"\]/,
    );
    expect(() => parseMalform('x.json', '{')).toThrow(/^x\.json: is not valid JSON/);
  });
});
