/**
 * Partial dates as spans of time: a date the document gives to the day is
 * that day, a year-only date (Skien's "--.--.2019") is the whole year, never
 * 1 January. The timeline draws the span.
 */
import { datePrecision, type DatePrecision } from '../content/schema.ts';

/** The time a partial date covers: from `start` (inclusive) to `end` (exclusive), in UTC. */
export interface DateSpan {
  iso: string;
  precision: DatePrecision;
  start: Date;
  end: Date;
}

/** The span of a partial ISO date: `2019` → all of 2019, `2019-07` → July 2019, `2019-07-11` → that day. */
export function dateSpan(iso: string): DateSpan {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const precision = datePrecision(iso);
  const start = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  const end =
    precision === 'year'
      ? new Date(Date.UTC(y + 1, 0, 1))
      : precision === 'month'
        ? new Date(Date.UTC(y, m ?? 1, 1))
        : new Date(Date.UTC(y, (m ?? 1) - 1, (d ?? 1) + 1));
  return { iso, precision, start, end };
}
