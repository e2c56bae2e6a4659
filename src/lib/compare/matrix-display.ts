/**
 * The comparison matrix as the page shows it: its rows in their groups
 * (facts, focus areas, sections), each with its label and type, and each cell
 * with its text, its link to the clause, its language and the `data-`
 * attributes the CSV/JSON download reads. Pure; ComparisonMatrix.astro only
 * writes it out as HTML.
 */
import type { AgreementStatus } from '../content/agreements.ts';
import type { DocumentType, Language } from '../content/schema.ts';
import { SECTION_TITLES } from '../content/sections.ts';
import { cellDataAttributes, type RowType } from '../contracts.ts';
import { formatDate } from '../format.ts';
import { agreementUrl, sideBySideUrl } from '../publish/routes.ts';
import { compare, districtAtSigning, documentTypes, facts, languages, statuses, withModality } from '../../strings.ts';
import { rowTerm, type MatrixCell, type MatrixRow } from './matrix.ts';

/** The names the matrix shows for the keys in its cells. */
export interface MatrixNames {
  focusLabels: ReadonlyMap<string, string>;
  districtNames: ReadonlyMap<string, string>;
  /** Names of the pre-2016 districts, by key: for "Follo politidistrikt (nå Øst politidistrikt)". */
  formerDistrictNames: ReadonlyMap<string, string>;
}

/** A column's document, as far as its cells need it: its slug and language. */
export type MatrixColumnDoc = Readonly<{ slug: string; lang: Language }>;

/** One cell as shown: a link to its clause (or plain text where there is nothing to link), a note under it, its attributes. */
export interface DisplayCell {
  /** The clause the value comes from; absent for a value that is not stated. */
  href?: string;
  text: string;
  /** A list value (the members), shown as a list in place of `text`. */
  items?: string[];
  /** A second line (a section's shared share). */
  note?: string;
  /** The document's language, when the text is the document's own words. */
  lang?: string;
  /**
   * The cell's `data-` attributes (machine value, shared share); an undefined one is not written.
   * Empty for a blank cell, whose machine value is the empty string.
   */
  data: Record<string, string | number | undefined>;
  /** Nothing to show: not stated, or no such section. Its machine value is the empty string (`data-v=""`). */
  blank?: true;
  className?: string;
}

/** One row as shown. */
export interface DisplayRow {
  /** The row's machine name (`data-term`). */
  term: string;
  /** What its values are, for the download: text, number, list, focus or section. */
  type: RowType;
  label: string;
  /** For a section row: its side-by-side page and that link's accessible name. */
  sideBySide?: { href: string; label: string };
  cells: DisplayCell[];
}

/** A group of rows under its heading row. */
export interface DisplayGroup {
  id: 'facts' | 'focus' | 'sections';
  label: string;
  rows: DisplayRow[];
}

/** The visible text of a fact cell, and its machine value where that differs. */
function factText(row: Extract<MatrixRow, { kind: 'fact' }>, value: Exclude<MatrixCell['value'], null | string[]>, cell: MatrixCell, names: MatrixNames): { text: string; v?: string } {
  switch (row.term) {
    case 'policeDistrict': {
      const now = names.districtNames.get(String(value)) ?? String(value);
      return { text: cell.atSigning ? districtAtSigning(names.formerDistrictNames.get(cell.atSigning) ?? cell.atSigning, now) : now };
    }
    case 'meetingsPerYear':
      return cell.modality ? { text: withModality(String(value), cell.modality), v: String(value) } : { text: String(value) };
    case 'signed':
      return { text: formatDate(String(value)), v: String(value) };
    case 'status':
      return { text: statuses[value as AgreementStatus], v: String(value) };
    case 'documentType':
      return { text: documentTypes[value as DocumentType], v: String(value) };
    case 'language':
      return { text: languages[value as Language], v: String(value) };
    default:
      // With its modality, the value alone is the download's (the modality is a field of its own).
      return cell.modality ? { text: withModality(String(value), cell.modality), v: String(value) } : { text: String(value) };
  }
}

/** A cell of `row` in the column of `doc`. */
function displayCell(row: MatrixRow, cell: MatrixCell, doc: MatrixColumnDoc, names: MatrixNames): DisplayCell {
  const href = agreementUrl(doc.slug, cell.clause);
  if (row.kind === 'focus') {
    return cell.value ? { href, text: compare.yes, data: cellDataAttributes('true') } : { text: compare.no, data: cellDataAttributes('false'), className: 'matrix-no' };
  }
  if (row.kind === 'section') {
    if (!cell.value) return { text: compare.missing, data: {}, blank: true, className: 'matrix-no' };
    return {
      href,
      text: compare.sectionCell(cell.words ?? 0),
      ...(cell.sharedPercent !== undefined ? { note: compare.sharedCell(cell.sharedPercent) } : {}),
      data: cellDataAttributes(String(cell.words), cell.sharedPercent),
    };
  }
  if (cell.value === null) return { text: facts.notStated, data: {}, blank: true, className: 'not-stated' };
  const lang = cell.quoted ? { lang: doc.lang } : {};
  if (Array.isArray(cell.value)) return { href, text: '', items: cell.value, ...lang, data: {} };
  const { text, v } = factText(row, cell.value, cell, names);
  return { href, text, ...lang, data: cellDataAttributes(v, undefined, cell.modality) };
}

/** What the download calls a row's values. */
function rowType(row: MatrixRow): RowType {
  return row.kind !== 'fact' ? row.kind : row.term === 'meetingsPerYear' ? 'number' : row.term.startsWith('members') ? 'list' : 'text';
}

/** One row as shown, its cells in the columns' order. */
function displayRow(row: MatrixRow, columns: readonly MatrixColumnDoc[], names: MatrixNames): DisplayRow {
  const label =
    row.kind === 'fact' ? compare.terms[row.term] : row.kind === 'focus' ? (names.focusLabels.get(row.focusArea) ?? row.focusArea) : SECTION_TITLES[row.section].nb;
  const cells = row.cells.map((cell, i) => {
    const column = columns[i];
    if (!column) throw new Error(`comparison matrix: row ${rowTerm(row)} has a cell ${i} beyond its ${columns.length} columns`);
    return displayCell(row, cell, column, names);
  });
  return {
    term: rowTerm(row),
    type: rowType(row),
    label,
    ...(row.kind === 'section' ? { sideBySide: { href: sideBySideUrl(row.section), label: compare.sideBySideLink(SECTION_TITLES[row.section].nb) } } : {}),
    cells,
  };
}

/** The matrix's rows as shown, in their groups: facts, focus areas, sections. */
export function matrixDisplay(rows: readonly MatrixRow[], columns: readonly MatrixColumnDoc[], names: MatrixNames): DisplayGroup[] {
  const group = (id: DisplayGroup['id'], kind: MatrixRow['kind']): DisplayGroup => ({
    id,
    label: compare.groups[id],
    rows: rows.filter((r) => r.kind === kind).map((r) => displayRow(r, columns, names)),
  });
  return [group('facts', 'fact'), group('focus', 'focus'), group('sections', 'section')];
}
