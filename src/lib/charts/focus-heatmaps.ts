/**
 * The two focus-area heatmaps as their figure draws them (HeatmapFigure.astro):
 * the layout, the cells of each column with their look, text, link and hover
 * tip, the notes across empty rows and the text alternative. One row per
 * agreement (`agreementHeatmap`) or per police district with each cell a
 * share (`districtHeatmap`). Pure.
 */
import { districtUrl } from '../publish/routes.ts';
import { charts } from '../../strings.ts';
import type { FocusMatrix, FocusShares } from './focus-areas.ts';
import { layoutHeatmap, type HeatmapLayout } from './layout-heatmap.ts';

/** A cell to draw in a column: its row, look, optional text, and where a click leads. */
export interface GridCell {
  rowId: string;
  /** CSS class of the cell: `heatmap-cell` (named) or `heatmap-share-N` (a share, N = 0–4). */
  className: string;
  text?: string | undefined;
  href: string;
  tip: string;
}

/** What a heatmap figure draws. */
export interface HeatmapDrawing {
  layout: HeatmapLayout;
  /** The SVG's text alternative. */
  alt: string;
  /** Cells per column (focus-area id). */
  cells: ReadonlyMap<string, GridCell[]>;
  /** A note written across a row that has no cells (e.g. "no focus areas stated"). */
  rowNotes: ReadonlyMap<string, string>;
  /** How many rows of data the chart draws (agreements or districts). */
  count: number;
}

/** An agreement's row label: its municipality and year ("Moss 2020"). */
export function agreementRowLabel(row: FocusMatrix['groups'][number]['rows'][number]): string {
  return charts.heatmap.row(row.agreement.municipalityName, row.agreement.doc.data.signed?.date.slice(0, 4) ?? '');
}

/** The agreement heatmap: a row per agreement under its district's heading, a filled cell (linked to its clause) where it names the focus area. */
export function agreementHeatmap(matrix: FocusMatrix): HeatmapDrawing {
  const s = charts.heatmap;
  const layout = layoutHeatmap(
    matrix.columns,
    (c) => s.column(c.focusArea.label.nb, c.count),
    matrix.groups.map((g) => ({
      heading: { id: `district-${g.district.id}`, label: charts.districtRow(g.district.shortName, g.rows.length), empty: g.rows.length === 0 },
      rows: g.rows.map((r) => ({ id: r.agreement.doc.id, label: agreementRowLabel(r) })),
    })),
  );
  const rows = matrix.groups.flatMap((g) => g.rows);
  const cells = new Map<string, GridCell[]>(
    matrix.columns.map((c) => [
      c.focusArea.id,
      rows.flatMap((row) =>
        row.cells
          .filter((cell) => cell.focusArea.id === c.focusArea.id)
          .map((cell) => ({ rowId: row.agreement.doc.id, className: 'heatmap-cell', href: cell.href, tip: s.cellTip(agreementRowLabel(row), cell.focusArea.label.nb, cell.clauseTitle) })),
      ),
    ]),
  );
  const rowNotes = new Map(rows.filter((r) => r.cells.length === 0).map((r) => [r.agreement.doc.id, s.noFocusAreas]));
  const districtsWithAgreements = matrix.groups.filter((g) => g.rows.length > 0).length;
  const top = matrix.columns.filter((c) => c.count > 0).slice(0, 3).map((c) => `${c.focusArea.label.nb} (${c.count})`);
  const alt = s.alt(matrix.agreementCount, districtsWithAgreements, matrix.columns.length, top);
  return { layout, alt, cells, rowNotes, count: matrix.agreementCount };
}

/** A share as a whole percentage. */
function percent(share: number): number {
  return Math.round(share * 100);
}

/** A district's row label: its short name and how many agreements it has. */
export function districtRowLabel(row: FocusShares['rows'][number]): string {
  return charts.districtRow(row.district.shortName, row.agreementCount);
}

/** The district heatmap: a row per district, each cell shaded by the share of its agreements naming the focus area, linked to the district's own heatmap. */
export function districtHeatmap(shares: FocusShares): HeatmapDrawing {
  const s = charts.districtHeatmap;
  const layout = layoutHeatmap(
    shares.columns,
    (c) => charts.heatmap.column(c.focusArea.label.nb, c.count),
    [{ rows: shares.rows.map((r) => ({ id: r.district.id, label: districtRowLabel(r) })) }],
    { cellWidth: 40, cellHeight: 28 },
  );
  const cells = new Map<string, GridCell[]>(
    shares.columns.map((c, i) => [
      c.focusArea.id,
      shares.rows.map((row) => {
        const cell = row.cells[i]!;
        return {
          rowId: row.district.id,
          className: `heatmap-share-${cell.step}`,
          text: String(percent(cell.share)),
          href: districtUrl(row.district.id, 'chart-heatmap'),
          tip: s.cellTip(row.district.shortName, c.focusArea.label.nb, cell.count, row.agreementCount, percent(cell.share)),
        };
      }),
    ]),
  );
  return { layout, alt: s.alt(shares.agreementCount, shares.rows.length, shares.columns.length), cells, rowNotes: new Map(), count: shares.rows.length };
}
