/** The comparison matrix as shown (matrixDisplay): labels, cell texts, links and download values, on the fixture register. */
import { describe, expect, it } from 'vitest';
import { comparisonOrder, comparisonRows } from '../../src/lib/compare/matrix.ts';
import { matrixDisplay, type DisplayCell } from '../../src/lib/compare/matrix-display.ts';
import { indexById, statusOf } from '../../src/lib/content/agreements.ts';
import { SECTION_KEYS, SECTION_TITLES } from '../../src/lib/content/sections.ts';
import { formatDate } from '../../src/lib/format.ts';
import { agreementUrl, sideBySideUrl } from '../../src/lib/publish/routes.ts';
import { compare, facts, statuses } from '../../src/strings.ts';
import { agreements, register, sharing } from './compare-helpers.ts';

const municipalities = indexById(register.municipalities);
const ordered = comparisonOrder(agreements, register.policeDistricts, municipalities);
const compared = ordered.map((a) => ({ id: a.id, data: a.data, status: statusOf(a, municipalities), sections: a.sections, sharing: sharing.get(a.id)! }));
const rows = comparisonRows(compared, register.focusAreas.map((f) => f.id));
const columns = ordered.map((a) => ({ slug: a.id, lang: a.data.language }));
const names = {
  focusLabels: new Map(register.focusAreas.map((f) => [f.id, f.label.nb])),
  districtNames: new Map(register.policeDistricts.map((d) => [d.id, d.name])),
  formerDistrictNames: new Map([['follo', 'Follo politidistrikt']]),
};
const groups = matrixDisplay(rows, columns, names);
const row = (term: string) => {
  const found = groups.flatMap((g) => g.rows).find((r) => r.term === term);
  if (!found) throw new Error(`no row ${term}`);
  return found;
};
const cell = (term: string, slug: string): DisplayCell => row(term).cells[ordered.findIndex((a) => a.id === slug)]!;

describe('matrixDisplay', () => {
  it('groups the rows as facts, focus areas and sections, each row with a cell per column', () => {
    expect(groups.map((g) => [g.id, g.label])).toEqual([
      ['facts', compare.groups.facts],
      ['focus', compare.groups.focus],
      ['sections', compare.groups.sections],
    ]);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(rows.length);
    for (const r of groups.flatMap((g) => g.rows)) expect(r.cells).toHaveLength(columns.length);
  });

  it('labels rows by their strings, and links a section row to its side-by-side page', () => {
    expect(row('meetingsPerYear')).toMatchObject({ label: compare.terms.meetingsPerYear, type: 'number' });
    expect(row('membersPolice').type).toBe('list');
    const focus = register.focusAreas[0]!;
    expect(row(`focus.${focus.id}`)).toMatchObject({ label: focus.label.nb, type: 'focus' });
    const key = SECTION_KEYS[0];
    expect(row(`section.${key}`).sideBySide).toEqual({ href: sideBySideUrl(key), label: compare.sideBySideLink(SECTION_TITLES[key].nb) });
    expect(row('signed').sideBySide).toBeUndefined();
  });

  it('shows a date, a status and a number with their machine values, each linked to the document', () => {
    const moss = ordered.find((a) => a.id === 'moss-2020')!;
    const signed = cell('signed', 'moss-2020');
    expect(signed).toMatchObject({ text: formatDate(moss.data.signed!.date), href: agreementUrl('moss-2020') });
    expect(signed.data['data-v']).toBe(moss.data.signed!.date);
    expect(cell('status', 'moss-2020').text).toBe(statuses[statusOf(moss, municipalities)]);
  });

  it("gives the document's own words its language, and a list value as a list", () => {
    const luster = ordered.find((a) => a.id === 'luster-2019')!;
    expect(luster.data.language).toBe('nn');
    const chair = cell('chair', 'luster-2019');
    expect(chair.lang).toBe('nn');
    // Luster's chair cites its own clause (clauseFor: «5. Politiråd»), not the council's («9. Organisering av samarbeidet»).
    expect(chair.href).toBe(agreementUrl('luster-2019', luster.data.council!.clauseFor!.chair));
    expect(luster.data.council!.clauseFor!.chair).not.toBe(luster.data.council!.clause);
    const withMembers = ordered.find((a) => (a.data.council?.members?.municipality.length ?? 0) > 0)!;
    expect(cell('membersMunicipality', withMembers.id).items).toEqual(withMembers.data.council!.members!.municipality);
  });

  it('shows a term\'s modality after its value, and gives the download the value and the modality apart', () => {
    // Luster as the register codes it ("Tenestetilbudsavtalen kan evaluerast årlig": optional; the meetings agreed).
    const coded = compared.map((c) =>
      c.id === 'luster-2019' ? { ...c, data: { ...c.data, evaluation: { ...c.data.evaluation!, modality: 'optional' as const }, council: { ...c.data.council!, meetingsModality: 'agreed' as const } } } : c,
    );
    const shown = matrixDisplay(comparisonRows(coded, register.focusAreas.map((f) => f.id)), columns, names).flatMap((g) => g.rows);
    const at = (term: string) => shown.find((r) => r.term === term)!.cells[ordered.findIndex((a) => a.id === 'luster-2019')]!;
    expect(at('evaluation').text).toBe('årleg (kan)');
    expect(at('evaluation').data).toMatchObject({ 'data-v': 'årleg', 'data-mod': 'optional' });
    const meetings = coded.find((c) => c.id === 'luster-2019')!.data.council!.meetingsPerYear;
    expect(at('meetingsPerYear').text).toBe(`${meetings} (skal)`);
    expect(at('meetingsPerYear').data).toMatchObject({ 'data-v': String(meetings), 'data-mod': 'agreed' });
    // A term without modality has none.
    expect(at('chair').data['data-mod']).toBeUndefined();
  });

  it('writes a fact not stated, and a section the document lacks, as blank cells without a link', () => {
    const unstated = groups[0]!.rows.flatMap((r) => r.cells).filter((c) => c.text === facts.notStated);
    expect(unstated.length).toBeGreaterThan(0);
    for (const c of unstated) expect(c).toEqual({ text: facts.notStated, data: {}, blank: true, className: 'not-stated' });
    const missing = groups[2]!.rows.flatMap((r) => r.cells).filter((c) => c.text === compare.missing);
    expect(missing.length).toBeGreaterThan(0);
    for (const c of missing) expect(c).toEqual({ text: compare.missing, data: {}, blank: true, className: 'matrix-no' });
  });

  it('marks a focus area yes (linked to its clause) or no, with true/false for the download', () => {
    const cells = groups[1]!.rows.flatMap((r) => r.cells);
    expect(cells.filter((c) => c.text === compare.yes).every((c) => c.href && c.data['data-v'] === 'true')).toBe(true);
    expect(cells.filter((c) => c.text === compare.no).every((c) => !c.href && c.data['data-v'] === 'false' && c.className === 'matrix-no')).toBe(true);
    expect(cells.some((c) => c.text === compare.yes)).toBe(true);
    expect(cells.some((c) => c.text === compare.no)).toBe(true);
  });
});
