/**
 * Formatting of values for display: logic only; the words come from
 * src/strings.ts.
 */
import { monthNames } from '../strings.ts';

/** A partial ISO date in words, never more precise than the document: "2019", "juli 2019", "11. juli 2019". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (m === undefined) return iso; // no '-': the year alone
  const month = monthNames[Number(m) - 1];
  return d === undefined ? `${month} ${y}` : `${Number(d)}. ${month} ${y}`;
}
