/**
 * The comparison matrix as data for download: one record per agreement, one
 * field per row of the matrix, read from what the page shows. Pure, so the
 * page's script and the tests use the same rules.
 */
import type { RowType } from '../contracts.ts';
import { toCsv } from '../publish/csv.ts';
import { agreementUrl } from '../publish/routes.ts';

/** A cell as the page holds it: its text, and its machine value where that differs. */
export interface MatrixCellData {
  text: string;
  /** `data-v`: the machine value ("" for "not stated"). */
  v?: string;
  /** `data-s`: a section's shared share in whole percent. */
  s?: string;
  /** The items of a list cell. */
  items?: string[];
  /** `data-mod`: how binding the term is (agreed, recommended, optional), where the document says. */
  m?: string;
}

/** A row as the page holds it. */
export interface MatrixRowData {
  term: string;
  type: RowType;
  /** Some cell of the row, in any column, has a modality: the download gives the row a `<term>.modality` field. */
  modal?: boolean;
  cells: MatrixCellData[];
}

export type RecordValue = string | number | boolean | string[] | null;
export type MatrixRecord = Record<string, RecordValue>;

const numberOrNull = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));

function value(row: MatrixRowData, cell: MatrixCellData): RecordValue {
  if (cell.v === '') return null;
  switch (row.type) {
    case 'focus':
      return cell.v === 'true';
    case 'number':
      return numberOrNull(cell.v ?? cell.text);
    case 'list':
      return cell.items ?? [];
    default:
      return cell.v ?? cell.text;
  }
}

/** One record per column: slug and page address, then each row's value (sections: words and shared percent; a term with modality: its value, then the modality, or null). */
export function matrixRecords(columns: ReadonlyArray<{ slug: string }>, rows: readonly MatrixRowData[]): MatrixRecord[] {
  return columns.map((column, i) => {
    const record: MatrixRecord = { slug: column.slug, url: agreementUrl(column.slug) };
    for (const row of rows) {
      const cell = row.cells[i] ?? { text: '', v: '' };
      if (row.type === 'section') {
        record[`${row.term}.words`] = cell.v ? Number(cell.v) : null;
        record[`${row.term}.sharedPercent`] = numberOrNull(cell.s);
      } else {
        record[row.term] = value(row, cell);
        if (row.modal) record[`${row.term}.modality`] = cell.v === '' ? null : (cell.m ?? null);
      }
    }
    return record;
  });
}

/** Records as CSV (`csv.ts`: header row, CRLF, quoted where needed); lists joined with "; ", null empty. */
export function recordsToCsv(records: readonly MatrixRecord[]): string {
  return toCsv(records.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join('; ') : v]))));
}
