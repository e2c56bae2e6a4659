/**
 * Dates as agreements write them ("11.7.19", "--.--.2019", "26 OKT. 2018"),
 * read to ISO partial dates.
 */
import { isRealPartialDate } from '../content/schema.ts';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, mai: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, des: 12,
};

/** A date as written in an agreement, read to ISO ("11.7.19" → 2019-07-11; "--.--.2019" → 2019). */
export function readDate(text: string): { iso: string; written: string } | undefined {
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const year = (y: string) => (y.length === 2 ? `20${y}` : y);
  const candidates: Array<{ at: number; iso: string; written: string }> = [];
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/g)) {
    candidates.push({ at: m.index ?? 0, iso: `${year(m[3] ?? '')}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`, written: m[0] });
  }
  for (const m of text.matchAll(/-{1,2}\.-{1,2}\.(\d{4})/g)) candidates.push({ at: m.index ?? 0, iso: m[1] ?? '', written: m[0] });
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*-?\s*(\d{4})(?!\d)/g)) {
    candidates.push({ at: m.index ?? 0, iso: `${m[3]}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`, written: m[0] });
  }
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\.?\s+(jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)\p{L}*\.?\s+(\d{4})(?!\d)/giu)) {
    const month = MONTHS[(m[2] ?? '').toLocaleLowerCase('nb')] ?? 0;
    candidates.push({ at: m.index ?? 0, iso: `${m[3]}-${pad(month)}-${pad(m[1] ?? '')}`, written: m[0] });
  }
  const first = candidates.filter((c) => isRealPartialDate(c.iso)).sort((a, b) => a.at - b.at)[0];
  return first ? { iso: first.iso, written: first.written } : undefined;
}
