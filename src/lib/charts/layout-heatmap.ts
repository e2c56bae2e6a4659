/**
 * The focus-area heatmap laid out with D3: agreements as rows, grouped under
 * their police district, focus areas as columns. Cells keep a fixed size
 * however many agreements there are (the chart grows taller and scrolls; it
 * never shrinks to dust), and every column knows its place in both orders
 * (by frequency, by taxonomy) so a script can re-sort without re-drawing.
 */
import { scaleBand } from 'd3';
import type { FocusColumn, FocusMatrix, FocusRow } from './focus-areas.ts';
import { LABEL_SIZE, maxTextWidth } from './text.ts';

/** A column in place: x in the frequency order and in the taxonomy order. */
export interface PlacedColumn {
  column: FocusColumn;
  label: string;
  xFrequency: number;
  xTaxonomy: number;
}

/** A row in place: a district's heading (`empty` when it has no agreements), or one of its agreements. */
export type PlacedRow =
  | { kind: 'district'; y: number; label: string; districtId: string; empty: boolean }
  | { kind: 'agreement'; y: number; label: string; row: FocusRow };

/** The heatmap in px. */
export interface HeatmapLayout {
  width: number;
  height: number;
  /** Side of a cell (the row and column pitch). */
  cell: number;
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

/** Labels the heatmap needs from the strings of the site. */
export interface HeatmapLabels {
  column: (label: string, count: number) => string;
  agreement: (municipality: string, year: string) => string;
  district: (name: string, count: number) => string;
}

/** Lays out the heatmap of `matrix` with cells of `cell` px. */
export function layoutHeatmap(matrix: FocusMatrix, labels: HeatmapLabels, cell = 24): HeatmapLayout {
  const labelAngle = -50;
  const rad = (Math.abs(labelAngle) * Math.PI) / 180;
  const columnLabels = matrix.columns.map((c) => labels.column(c.focusArea.label.nb, c.count));
  const longest = maxTextWidth(columnLabels);
  const gridTop = Math.ceil(longest * Math.sin(rad)) + 12;
  const rows: PlacedRow[] = [];
  let y = gridTop;
  for (const group of matrix.groups) {
    rows.push({ kind: 'district', y, label: labels.district(group.district.shortName, group.rows.length), districtId: group.district.id, empty: group.rows.length === 0 });
    y += cell;
    for (const row of group.rows) {
      const year = row.agreement.doc.data.signed?.date.slice(0, 4) ?? '';
      rows.push({ kind: 'agreement', y, label: labels.agreement(row.agreement.municipalityName, year), row });
      y += cell;
    }
  }
  const gridLeft = maxTextWidth(rows.filter((r) => r.kind === 'agreement').map((r) => r.label)) + 24;
  const gridWidth = matrix.columns.length * cell;
  const byFrequency = scaleBand<string>()
    .domain([...matrix.columns].sort((a, b) => a.frequencyRank - b.frequencyRank).map((c) => c.focusArea.id))
    .range([0, gridWidth]);
  const byTaxonomy = scaleBand<string>()
    .domain([...matrix.columns].sort((a, b) => a.taxonomyRank - b.taxonomyRank).map((c) => c.focusArea.id))
    .range([0, gridWidth]);
  const columns = matrix.columns.map((column, i) => ({
    column,
    label: columnLabels[i] ?? '',
    xFrequency: byFrequency(column.focusArea.id) ?? 0,
    xTaxonomy: byTaxonomy(column.focusArea.id) ?? 0,
  }));
  // Labels rise from the middle of their column; the last one reaches furthest right.
  const labelReach = cell / 2 + Math.ceil(longest * Math.cos(rad)) + 8;
  const districtLabels = maxTextWidth(rows.filter((r) => r.kind !== 'agreement').map((r) => r.label), LABEL_SIZE);
  const width = Math.max(gridLeft + gridWidth - cell + labelReach, gridLeft + gridWidth + 8, districtLabels + 16);
  return { width: Math.ceil(width), height: Math.ceil(y + 8), cell, gridLeft, gridTop, gridWidth, labelAngle, columns, rows };
}
