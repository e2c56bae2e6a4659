/**
 * The comparison matrix: one column per agreement, one row per term. The row
 * list is here: the facts from the frontmatter (`FACT_TERMS`, in order), then
 * each focus area, then each canonical section. Every cell
 * carries the value as the frontmatter states it (or null when the document
 * does not) and the heading id of the clause it comes from (the fact's own
 * `clauseFor`, else its group's `clause`), so the page can link each cell to its clause.
 */
import type { AgreementStatus } from '../content/agreements.ts';
import { byMunicipalityThenOldest, type OrderKey } from '../content/order.ts';
import type { AgreementData, Modality, Municipality, PoliceDistrict } from '../content/schema.ts';
import { factClause } from '../content/fact-clauses.ts';
import { SECTION_KEYS, type SectionKey } from '../content/sections.ts';
import type { AgreementSection } from './sections-text.ts';
import { percent, words, type DocumentSharing } from './similarity.ts';

/** An agreement as the matrix reads it. */
export interface ComparedAgreement {
  id: string;
  data: AgreementData;
  status: AgreementStatus;
  sections: readonly AgreementSection[];
  /** Shared-text figures, in the order of `sections`. */
  sharing?: DocumentSharing;
}

/** The terms compared, in the order the rows stand. */
export const FACT_TERMS = [
  'policeDistrict',
  'signed',
  'status',
  'documentType',
  'language',
  'chair',
  'secretariat',
  'meetingsPerYear',
  'membersMunicipality',
  'membersPolice',
  'sltCoordinator',
  'sltModel',
  'evaluation',
  'validity',
] as const;
export type FactTerm = (typeof FACT_TERMS)[number];

/** A cell's value: text, a number, a list, yes/no, or null for "not stated". */
export type CellValue = string | number | boolean | string[] | null;

/** One cell of the matrix. */
export interface MatrixCell {
  value: CellValue;
  /** The id of the heading the fact comes from; absent for facts about the document as a whole. */
  clause?: string;
  /** For a section: its length in words and the share found in other municipalities' agreements (whole %). */
  words?: number;
  sharedPercent?: number;
  /** True when the value is the document's own words (shown in the document's language). */
  quoted?: boolean;
  /** How binding the term is, where the frontmatter says (CODING.md, "Modality"). */
  modality?: Modality;
  /** For the police district: the pre-2016 district the document was signed in (a key of police-districts-pre-2016.json). */
  atSigning?: string;
}

/** One row of the matrix. */
export type MatrixRow =
  | { kind: 'fact'; term: FactTerm; cells: MatrixCell[] }
  | { kind: 'focus'; focusArea: string; cells: MatrixCell[] }
  | { kind: 'section'; section: SectionKey; cells: MatrixCell[] };

/** The machine name of a row, used in the page (`data-term`) and in the CSV/JSON download. */
export function rowTerm(row: MatrixRow): string {
  return row.kind === 'fact' ? row.term : row.kind === 'focus' ? `focus.${row.focusArea}` : `section.${row.section}`;
}

function factCell(a: ComparedAgreement, term: FactTerm): MatrixCell {
  const d = a.data;
  const council = d.council;
  const withClause = (cell: MatrixCell, clause: string | undefined): MatrixCell => (clause ? { ...cell, clause } : cell);
  const quoted = (value: string | undefined, clause: string | undefined, modality?: Modality): MatrixCell =>
    value === undefined ? { value: null } : withClause({ value, quoted: true, ...(modality ? { modality } : {}) }, clause);
  switch (term) {
    case 'policeDistrict':
      return d.policeDistrictAtSigning ? { value: d.policeDistrict, atSigning: d.policeDistrictAtSigning } : { value: d.policeDistrict };
    case 'signed':
      return { value: d.signed?.date ?? null };
    case 'status':
      return { value: a.status };
    case 'documentType':
      return { value: d.documentType };
    case 'language':
      return { value: d.language };
    case 'chair':
      return quoted(council?.chair, factClause(d, 'council', 'chair'));
    case 'secretariat':
      return quoted(council?.secretariat, factClause(d, 'council', 'secretariat'));
    case 'meetingsPerYear':
      return council?.meetingsPerYear === undefined
        ? { value: null }
        : withClause({ value: council.meetingsPerYear, ...(council.meetingsModality ? { modality: council.meetingsModality } : {}) }, factClause(d, 'council', 'meetingsPerYear'));
    case 'membersMunicipality':
    case 'membersPolice': {
      const list = term === 'membersMunicipality' ? council?.members?.municipality : council?.members?.police;
      return list && list.length > 0 ? withClause({ value: [...list], quoted: true }, factClause(d, 'council', 'members')) : { value: null };
    }
    case 'sltCoordinator':
      return quoted(d.slt?.coordinator, factClause(d, 'slt', 'coordinator'));
    case 'sltModel':
      return quoted(d.slt?.model, factClause(d, 'slt', 'model'), d.slt?.modality);
    case 'evaluation':
      return quoted(d.evaluation?.frequency, factClause(d, 'evaluation', 'frequency'), d.evaluation?.modality);
    case 'validity':
      return quoted(d.validity?.terms, factClause(d, 'validity', 'terms'), d.validity?.modality);
  }
}

function focusCell(a: ComparedAgreement, focusArea: string): MatrixCell {
  const stated = a.data.focusAreas.find((f) => f.key === focusArea);
  return stated ? { value: true, clause: stated.clause } : { value: false };
}

function sectionCell(a: ComparedAgreement, key: SectionKey): MatrixCell {
  const index = a.sections.findIndex((s) => s.key === key);
  const section = a.sections[index];
  if (!section) return { value: false };
  const sharing = a.sharing?.sections[index];
  const cell: MatrixCell = { value: true, words: sharing?.words ?? words(section.text).length };
  if (section.id) cell.clause = section.id;
  if (sharing) cell.sharedPercent = percent(sharing.share);
  return cell;
}

/**
 * The matrix's rows for the given agreements (columns in the order given):
 * the facts, then every focus area of the taxonomy, then every canonical section.
 */
export function comparisonRows(agreements: readonly ComparedAgreement[], focusAreas: readonly string[]): MatrixRow[] {
  return [
    ...FACT_TERMS.map((term): MatrixRow => ({ kind: 'fact', term, cells: agreements.map((a) => factCell(a, term)) })),
    ...focusAreas.map((focusArea): MatrixRow => ({ kind: 'focus', focusArea, cells: agreements.map((a) => focusCell(a, focusArea)) })),
    ...SECTION_KEYS.map((section): MatrixRow => ({ kind: 'section', section, cells: agreements.map((a) => sectionCell(a, section)) })),
  ];
}

/**
 * The order agreements stand in for comparison: by police district (the
 * districts' order), then municipality name (Norwegian collation), then oldest first.
 */
export function comparisonOrder<A extends { id: string; data: AgreementData }>(
  agreements: readonly A[],
  districts: readonly PoliceDistrict[],
  municipalities: ReadonlyMap<string, Municipality>,
): A[] {
  const districtRank = new Map(districts.map((d, i) => [d.id, i]));
  const key = (a: A): OrderKey => ({ municipality: municipalities.get(a.data.municipality)?.name ?? a.data.municipality, signed: a.data.signed?.date ?? '', id: a.id });
  return [...agreements].sort(
    (a, b) =>
      (districtRank.get(a.data.policeDistrict) ?? 99) - (districtRank.get(b.data.policeDistrict) ?? 99) || byMunicipalityThenOldest(key(a), key(b)),
  );
}

/** The year an agreement was signed, for short labels ("Oppegård 2018"). */
export function signedYear(data: AgreementData): string | undefined {
  return data.signed?.date.slice(0, 4);
}
