/**
 * The timeline laid out with D3: a time axis in years, one row per
 * municipality grouped under its police district. A date given to the day is
 * a dot; a date given only as a month or a year is a bar across that month
 * or year; a stated end of validity is a line to that date.
 */
import { scaleUtc, utcYear } from 'd3';
import type { Timeline, TimelineMark, TimelineRow } from './timeline.ts';
import { maxTextWidth, px } from './text.ts';

/** A mark in place. */
export interface PlacedMark {
  mark: TimelineMark;
  /** `point` for a day, `span` for a month or a year. */
  shape: 'point' | 'span';
  /** Start of the span, or the centre of the point. */
  x: number;
  /** Width of the span (0 for a point). */
  width: number;
  /** Where the validity line ends, if the document states an end. */
  validUntilX: number | undefined;
}

/** A row in place: a district's heading (`empty` when it has no agreements), or a municipality's agreements. */
export type PlacedTimelineRow =
  | { kind: 'district'; y: number; label: string; districtId: string; empty: boolean }
  | { kind: 'municipality'; y: number; label: string; row: TimelineRow; marks: PlacedMark[]; mergedX: number | undefined };

/** The timeline in px. */
export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  /** Top of the first row. */
  plotTop: number;
  /** Bottom of the last row. */
  plotBottom: number;
  /** One grid line per year (or per few years over a long range), at 1 January. */
  ticks: Array<{ x: number; year: number }>;
  /** Year labels: in the middle of each year when every year has a line, else at the line. */
  yearLabels: Array<{ x: number; year: number }>;
  rows: PlacedTimelineRow[];
  rowHeight: number;
}

/** Labels the timeline needs from the strings of the site. */
export interface TimelineLabels {
  district: (name: string, count: number) => string;
}

/** Lays out `data` with `rowHeight` px per row and a plot `plotWidth` px wide. */
export function layoutTimeline(data: Timeline, labels: TimelineLabels, { rowHeight = 26, plotWidth = 560 } = {}): TimelineLayout {
  const plotTop = 28;
  const rows: PlacedTimelineRow[] = [];
  const municipalityLabels = data.groups.flatMap((g) => g.rows.map((r) => r.municipalityName));
  const plotLeft = maxTextWidth(municipalityLabels) + 24;
  const plotRight = plotLeft + plotWidth;
  const x = scaleUtc().domain(data.domain).range([plotLeft, plotRight]);
  let y = plotTop;
  for (const group of data.groups) {
    const count = group.rows.reduce((n, r) => n + r.marks.length, 0);
    rows.push({ kind: 'district', y, label: labels.district(group.district.shortName, count), districtId: group.district.id, empty: group.rows.length === 0 });
    y += rowHeight;
    for (const row of group.rows) {
      const marks = row.marks.map((mark): PlacedMark => {
        const day = mark.signed.precision === 'day';
        return {
          mark,
          shape: day ? 'point' : 'span',
          x: px(x(mark.signed.start)),
          width: day ? 0 : px(x(mark.signed.end) - x(mark.signed.start)),
          validUntilX: mark.validUntil ? px(x(mark.validUntil.start)) : undefined,
        };
      });
      rows.push({ kind: 'municipality', y, label: row.municipalityName, row, marks, mergedX: row.mergedOn ? px(x(row.mergedOn.start)) : undefined });
      y += rowHeight;
    }
  }
  const [from, to] = data.domain;
  const years = to.getUTCFullYear() - from.getUTCFullYear();
  const every = years <= 14 ? 1 : years <= 30 ? 2 : 5;
  const ticks = x.ticks(utcYear.every(every)!).map((d) => ({ x: px(x(d)), year: d.getUTCFullYear() }));
  const yearLabels =
    every === 1
      ? ticks.filter((t) => t.year < to.getUTCFullYear()).map((t) => ({ year: t.year, x: px((t.x + x(new Date(Date.UTC(t.year + 1, 0, 1)))) / 2) }))
      : ticks;
  const otherLabels = maxTextWidth(rows.filter((r) => r.kind !== 'municipality').map((r) => r.label));
  return {
    width: Math.ceil(Math.max(plotRight + 24, otherLabels + 16)),
    height: Math.ceil(y + 8),
    plotLeft,
    plotRight,
    plotTop,
    plotBottom: y,
    ticks,
    yearLabels,
    rows,
    rowHeight,
  };
}
