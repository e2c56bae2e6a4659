/** The comparison matrix's rows, checked against the agreements' frontmatter. */
import { describe, expect, it } from 'vitest';
import { comparisonOrder, comparisonRows, FACT_TERMS, rowTerm } from '../../src/lib/compare/matrix.ts';
import { indexById, statusOf } from '../../src/lib/content/agreements.ts';
import { SECTION_KEYS } from '../../src/lib/content/sections.ts';
import { agreements, register, sharing } from './compare-helpers.ts';

const municipalities = indexById(register.municipalities);
const ordered = comparisonOrder(agreements, register.policeDistricts, municipalities);
const compared = ordered.map((a) => ({ id: a.id, data: a.data, status: statusOf(a, municipalities), sections: a.sections, sharing: sharing.get(a.id)! }));
const focusKeys = register.focusAreas.map((f) => f.id);
const rows = comparisonRows(compared, focusKeys);
const row = (term: string) => rows.find((r) => rowTerm(r) === term)!;
const column = (slug: string) => ordered.findIndex((a) => a.id === slug);
const cell = (term: string, slug: string) => row(term).cells[column(slug)]!;

describe('comparisonRows', () => {
  it('has the facts, every focus area and every canonical section, one cell per agreement', () => {
    expect(rows.map(rowTerm)).toEqual([...FACT_TERMS, ...focusKeys.map((k) => `focus.${k}`), ...SECTION_KEYS.map((k) => `section.${k}`)]);
    for (const r of rows) expect(r.cells).toHaveLength(agreements.length);
  });

  it('gives each agreement\'s council facts as its frontmatter states them, linked to the council clause', () => {
    for (const a of ordered) {
      const council = a.data.council;
      expect(cell('chair', a.id).value).toBe(council?.chair ?? null);
      expect(cell('secretariat', a.id).value).toBe(council?.secretariat ?? null);
      expect(cell('meetingsPerYear', a.id).value).toBe(council?.meetingsPerYear ?? null);
      const members = council?.members?.municipality ?? [];
      expect(cell('membersMunicipality', a.id).value).toEqual(members.length > 0 ? members : null);
      if (council?.meetingsPerYear !== undefined) expect(cell('meetingsPerYear', a.id).clause).toBe(council.clause);
    }
    expect(cell('chair', 'oppegard-2018')).toEqual({ value: 'ordføreren', clause: 'politirad', quoted: true });
    expect(cell('meetingsPerYear', 'moss-2020')).toEqual({ value: 4, clause: 'organisering' });
    expect(cell('chair', 'moss-2020')).toEqual({ value: null });
  });

  it('links a fact that cites a clause of its own (clauseFor) to that clause, the rest of its group to the group\'s', () => {
    const moss = compared.find((a) => a.id === 'moss-2020');
    const council = moss?.data.council;
    if (!moss || !council) throw new Error('no council of moss-2020 in the fixture register');
    const own = comparisonRows([{ ...moss, data: { ...moss.data, council: { ...council, clauseFor: { members: 'politirad' } } } }], focusKeys);
    const at = (term: string) => own.find((r) => rowTerm(r) === term)?.cells[0]?.clause;
    expect([at('membersMunicipality'), at('membersPolice'), at('meetingsPerYear'), at('secretariat')]).toEqual(['politirad', 'politirad', 'organisering', 'organisering']);
  });

  it('links each focus area to the clause that names it, and says no where the agreement does not', () => {
    for (const a of ordered) {
      for (const key of focusKeys) {
        const stated = a.data.focusAreas.find((f) => f.key === key);
        expect(cell(`focus.${key}`, a.id), `${a.id} ${key}`).toEqual(stated ? { value: true, clause: stated.clause } : { value: false });
      }
    }
    expect(cell('focus.politivedtekter', 'moss-2020')).toEqual({ value: true, clause: 'formal' });
  });

  it('gives each section\'s length and shared share, linked to its heading', () => {
    expect(cell('section.politikontakt', 'bodo-2018')).toEqual({ value: true, clause: 'politikontakt', words: 216, sharedPercent: 83 });
    expect(cell('section.tjenestetilbud', 'moss-2020')).toEqual({ value: false });
    // Oppegård's signature block has no heading: the cell links to the page, not to a clause.
    const signatures = cell('section.signaturer', 'oppegard-2018');
    expect(signatures.value).toBe(true);
    expect(signatures.clause).toBeUndefined();
  });

  it('gives document facts without a clause', () => {
    expect(cell('signed', 'skien-2019')).toEqual({ value: '2019' });
    expect(cell('status', 'oppegard-2018')).toEqual({ value: 'merged' });
    expect(cell('status', 'oppegard-2009-retningslinjer')).toEqual({ value: 'superseded' });
    expect(cell('language', 'luster-2019')).toEqual({ value: 'nn' });
    expect(cell('evaluation', 'luster-2019')).toEqual({ value: 'årleg', clause: 'evaluering', quoted: true });
    expect(cell('validity', 'luster-2019')).toEqual({ value: 'Avtalen gjeld fram til 01.01.2020.', clause: 'politirad', quoted: true });
  });
});

describe('comparisonOrder', () => {
  it('orders by police district, then municipality, then date', () => {
    const districtRank = new Map(register.policeDistricts.map((d, i) => [d.id, i]));
    const keys = ordered.map((a) => [districtRank.get(a.data.policeDistrict)!, municipalities.get(a.data.municipality)!.name, a.data.signed!.date] as const);
    const sorted = [...keys].sort((x, y) => x[0] - y[0] || x[1].localeCompare(y[1], 'nb') || x[2].localeCompare(y[2]));
    expect(keys).toEqual(sorted);
    expect(ordered.filter((a) => a.data.municipality === 'oppegard').map((a) => a.id)).toEqual(['oppegard-2009-retningslinjer', 'oppegard-2018']);
  });
});

