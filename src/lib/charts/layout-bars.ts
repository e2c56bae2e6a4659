/**
 * Horizontal stacked bars, laid out with D3: one bar per row (a focus area,
 * a number of meetings), one segment per police district. Used by the
 * focus-area frequency chart and the meetings chart.
 */
import { scaleBand, scaleLinear, stack } from 'd3';
import type { DistrictColour } from './palette.ts';
import { LABEL_SIZE, maxTextWidth, px, textWidth } from './text.ts';

/** A row to draw: its label and count per district. */
export interface BarInput {
  key: string;
  label: string;
  total: number;
  byDistrict: ReadonlyMap<string, number>;
}

/** A district's part of a bar. */
export interface BarSegment {
  districtId: string;
  value: number;
  x: number;
  width: number;
  fill: string;
}

/** A bar in place. */
export interface PlacedBar {
  key: string;
  label: string;
  total: number;
  /** Top of the bar. */
  y: number;
  height: number;
  /** Where the total is written, just right of the bar. */
  totalX: number;
  /** Non-empty segments, left to right in the districts' order. */
  segments: BarSegment[];
}

/** The whole chart in px. */
export interface StackedBarLayout {
  width: number;
  height: number;
  /** Left edge of the bars (labels end here). */
  plotLeft: number;
  plotRight: number;
  /** Baseline of the axis labels. */
  axisY: number;
  bars: PlacedBar[];
  /** Grid lines at whole numbers. */
  ticks: Array<{ x: number; value: number }>;
}

/** Options: bar height and the width of the plot area (bars only), in px. */
export interface BarOptions {
  barHeight?: number;
  plotWidth?: number;
}

/**
 * Lays out `rows` as stacked bars, segments in the order of `districtIds`,
 * coloured by `colours`. The scale starts at 0 and ends on a whole number,
 * so a bar's length is its count.
 */
export function layoutStackedBars(
  rows: readonly BarInput[],
  districtIds: readonly string[],
  colours: ReadonlyMap<string, DistrictColour>,
  { barHeight = 24, plotWidth = 440 }: BarOptions = {},
): StackedBarLayout {
  const gap = 8;
  const labelWidth = maxTextWidth(rows.map((r) => r.label)) + 12;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const totalWidth = textWidth(String(max)) + 8;
  const plotLeft = labelWidth;
  const plotRight = plotLeft + plotWidth;
  const x = scaleLinear().domain([0, max]).nice().range([plotLeft, plotRight]);
  const top = 4;
  const y = scaleBand<string>()
    .domain(rows.map((r) => r.key))
    .range([top, top + rows.length * (barHeight + gap)])
    .paddingInner(gap / (barHeight + gap));
  const series = stack<BarInput, string>()
    .keys(districtIds)
    .value((row, key) => row.byDistrict.get(key) ?? 0)(rows);
  const bars = rows.map((row, i): PlacedBar => {
    const segments = series.flatMap((s): BarSegment[] => {
      const point = s[i];
      if (!point) return [];
      const [from, to] = point;
      if (to - from <= 0) return [];
      const colour = colours.get(s.key);
      return [{ districtId: s.key, value: to - from, x: px(x(from)), width: px(x(to) - x(from)), fill: colour?.fill ?? '#777777' }];
    });
    return {
      key: row.key,
      label: row.label,
      total: row.total,
      y: px(y(row.key) ?? 0),
      height: px(y.bandwidth()),
      totalX: px(x(row.total) + 6),
      segments,
    };
  });
  const plotBottom = top + rows.length * (barHeight + gap);
  // At most eight grid lines, at whole numbers only (a count has no halves).
  const ticks = x
    .ticks(Math.min(8, x.domain()[1]!))
    .filter((v) => Number.isInteger(v))
    .map((value) => ({ x: px(x(value)), value }));
  return {
    width: Math.ceil(plotRight + totalWidth),
    height: Math.ceil(plotBottom + LABEL_SIZE + 10),
    plotLeft,
    plotRight,
    axisY: plotBottom + LABEL_SIZE + 4,
    bars,
    ticks,
  };
}
