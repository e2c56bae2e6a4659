/**
 * A heatmap laid out with D3: rows (optionally under group headings) against
 * the focus areas as columns. Cells keep a fixed size however many rows
 * there are (the chart grows taller and scrolls; it never shrinks to dust),
 * and every column knows its place in both orders (by frequency, by
 * taxonomy) so a script can re-sort without re-drawing. What a cell shows is
 * the component's business: agreements naming a focus area, or a district's
 * share.
 */
import { scaleBand } from 'd3';
import type { FocusColumn } from './focus-areas.ts';
import { LABEL_SIZE, maxTextWidth } from './text.ts';

/** A column in place: x in the frequency order and in the taxonomy order. */
export interface PlacedColumn {
  column: FocusColumn;
  label: string;
  xFrequency: number;
  xTaxonomy: number;
}

/** Rows to lay out, under an optional heading (a police district). */
export interface HeatmapGroup {
  heading?: { id: string; label: string; empty: boolean };
  rows: Array<{ id: string; label: string }>;
}

/** A row in place: a group's heading (`empty` when the group has no rows), or a row of cells. */
export type PlacedRow = { kind: 'heading'; y: number; label: string; id: string; empty: boolean } | { kind: 'row'; y: number; label: string; id: string };

/** The heatmap in px. */
export interface HeatmapLayout {
  width: number;
  height: number;
  /** Width of a column. */
  cellWidth: number;
  /** Height of a row. */
  cellHeight: number;
  /** Left edge of the grid. */
  gridLeft: number;
  /** Top edge of the first row (column labels end here). */
  gridTop: number;
  gridWidth: number;
  /** The angle of the column labels, in degrees (negative: rising to the right). */
  labelAngle: number;
  columns: PlacedColumn[];
  rows: PlacedRow[];
}

/** Lays out `groups` of rows against `columns`, labelled by `columnLabel`, with cells of `cellWidth` × `cellHeight` px. */
export function layoutHeatmap(
  columns: readonly FocusColumn[],
  columnLabel: (c: FocusColumn) => string,
  groups: readonly HeatmapGroup[],
  { cellWidth = 24, cellHeight = 24 } = {},
): HeatmapLayout {
  const labelAngle = -50;
  const rad = (Math.abs(labelAngle) * Math.PI) / 180;
  const columnLabels = columns.map(columnLabel);
  const longest = maxTextWidth(columnLabels);
  const gridTop = Math.ceil(longest * Math.sin(rad)) + 12;
  const rows: PlacedRow[] = [];
  let y = gridTop;
  for (const group of groups) {
    if (group.heading) {
      rows.push({ kind: 'heading', y, ...group.heading });
      y += cellHeight;
    }
    for (const row of group.rows) {
      rows.push({ kind: 'row', y, label: row.label, id: row.id });
      y += cellHeight;
    }
  }
  const gridLeft = maxTextWidth(rows.filter((r) => r.kind === 'row').map((r) => r.label)) + 24;
  const gridWidth = columns.length * cellWidth;
  const byFrequency = scaleBand<string>()
    .domain([...columns].sort((a, b) => a.frequencyRank - b.frequencyRank).map((c) => c.focusArea.id))
    .range([0, gridWidth]);
  const byTaxonomy = scaleBand<string>()
    .domain([...columns].sort((a, b) => a.taxonomyRank - b.taxonomyRank).map((c) => c.focusArea.id))
    .range([0, gridWidth]);
  const placed = columns.map((column, i) => ({
    column,
    label: columnLabels[i] ?? '',
    xFrequency: byFrequency(column.focusArea.id) ?? 0,
    xTaxonomy: byTaxonomy(column.focusArea.id) ?? 0,
  }));
  // Labels rise from the middle of their column; the last one reaches furthest right.
  const labelReach = cellWidth / 2 + Math.ceil(longest * Math.cos(rad)) + 8;
  const headingLabels = maxTextWidth(rows.filter((r) => r.kind === 'heading').map((r) => r.label), LABEL_SIZE);
  const width = Math.max(gridLeft + gridWidth - cellWidth + labelReach, gridLeft + gridWidth + 8, headingLabels + 16);
  return { width: Math.ceil(width), height: Math.ceil(y + 8), cellWidth, cellHeight, gridLeft, gridTop, gridWidth, labelAngle, columns: placed, rows };
}

/** The grid lines behind each run of consecutive rows, as one SVG path (none across heading rows). */
export function heatmapGridPath(layout: HeatmapLayout): string {
  const { cellWidth: cw, cellHeight: ch, gridLeft } = layout;
  const blocks: Array<{ y: number; rows: number }> = [];
  for (const row of layout.rows) {
    if (row.kind !== 'row') continue;
    const last = blocks.at(-1);
    if (last && last.y + last.rows * ch === row.y) last.rows++;
    else blocks.push({ y: row.y, rows: 1 });
  }
  return blocks
    .map(({ y, rows }) => {
      const vertical = Array.from({ length: layout.columns.length + 1 }, (_, i) => `M${gridLeft + i * cw} ${y}v${rows * ch}`).join('');
      const horizontal = Array.from({ length: rows + 1 }, (_, i) => `M${gridLeft} ${y + i * ch}h${layout.gridWidth}`).join('');
      return vertical + horizontal;
    })
    .join('');
}
