/**
 * The project's one CSV writer (RFC 4180): a header row from the first
 * record's keys, CRLF line ends (one after the last row too), a field quoted
 * when it holds a comma, a quote or a line break or starts or ends with
 * white space; `null` is an empty field. A text that starts with `=`, `+`,
 * `-` or `@` (or a tab or carriage return) gets an apostrophe before it, so
 * that a spreadsheet shows it as text instead of running it as a formula
 * (OWASP, "CSV Injection"); numbers are written as they are, and the JSON
 * beside each CSV file keeps every text as it is. Small and dependency-free, so the
 * matrix page's script can carry it; the open data and the matrix download
 * both write through it.
 */

/** A field value: lists are joined by the caller, who knows the separator it documents. */
export type CsvValue = string | number | boolean | null;

/** What a spreadsheet would read as the start of a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

function field(value: CsvValue): string {
  const text = value === null ? '' : typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records as CSV text; no records, no text. */
export function toCsv(records: ReadonlyArray<Readonly<Record<string, CsvValue>>>): string {
  const first = records[0];
  if (!first) return '';
  const header = Object.keys(first);
  return [header.map(field).join(','), ...records.map((r) => header.map((h) => field(r[h] ?? null)).join(','))].join('\r\n') + '\r\n';
}
