/**
 * The charts' layouts (D3 scales, stacks and projection, no DOM): sizes that
 * do not shrink with more data, bars as long as their counts, year-only dates
 * as spans of a whole year, Norway's outline without Svalbard, and the
 * colour key.
 */
import { describe, expect, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import type { Doc } from '../../src/lib/content/agreements.ts';
import type { ChartRegister } from '../../src/lib/charts/chart-data.ts';
import { registerColours } from '../../src/lib/charts/chart-data.ts';
import { focusAreaFrequency, focusAreaMatrix, focusAreaShares } from '../../src/lib/charts/focus-areas.ts';
import { agreementHeatmap, districtHeatmap } from '../../src/lib/charts/focus-heatmaps.ts';
import { timeline } from '../../src/lib/charts/timeline.ts';
import { heatmapGridPath, layoutHeatmap } from '../../src/lib/charts/layout-heatmap.ts';
import type { FocusMatrix } from '../../src/lib/charts/focus-areas.ts';
import { layoutStackedBars } from '../../src/lib/charts/layout-bars.ts';
import { layoutTimeline } from '../../src/lib/charts/layout-timeline.ts';
import { OKABE_ITO, districtColours } from '../../src/lib/charts/palette.ts';
import { textWidth } from '../../src/lib/charts/text.ts';
import { registerFiles } from './helpers.ts';

const checked = checkRegister(registerFiles());
const seed: ChartRegister = {
  documents: checked.agreements,
  policeDistricts: checked.policeDistricts,
  municipalities: checked.municipalities,
  focusAreas: checked.focusAreas,
};
/** The agreement heatmap's layout, as its figure draws it. */
const agreementLayout = (matrix: FocusMatrix) => agreementHeatmap(matrix).layout;

/** The seed register with every agreement copied `times` times (new slugs), as a bigger register would be. */
function scaled(times: number): ChartRegister {
  const documents: Doc[] = [];
  for (let i = 0; i < times; i++) for (const d of checked.agreements) documents.push({ id: `${d.id}-${i}`, data: d.data });
  return { ...seed, documents };
}

describe('layoutHeatmap', () => {
  it('keeps the cell size and width when the register grows, and grows taller by one cell per agreement', () => {
    const small = agreementLayout(focusAreaMatrix(seed));
    const big = agreementLayout(focusAreaMatrix(scaled(70)));
    expect([big.cellWidth, big.cellHeight]).toEqual([small.cellWidth, small.cellHeight]);
    expect(big.cellHeight).toBeGreaterThanOrEqual(24);
    expect(big.gridWidth).toBe(small.gridWidth);
    expect(big.height - big.gridTop - (small.height - small.gridTop)).toBe((420 - 6) * big.cellHeight);
  });

  it('places every column once in each order, one cell apart', () => {
    const layout = agreementLayout(focusAreaMatrix(seed));
    const steps = (xs: number[]) => xs.sort((a, b) => a - b).map((x) => x / layout.cellWidth);
    expect(steps(layout.columns.map((c) => c.xFrequency))).toEqual([...Array(14).keys()]);
    expect(steps(layout.columns.map((c) => c.xTaxonomy))).toEqual([...Array(14).keys()]);
    const rus = layout.columns.find((c) => c.column.focusArea.id === 'rus')!;
    expect(rus.xFrequency).toBe(rus.column.frequencyRank * layout.cellWidth);
  });

  it('has a heading row for each of the twelve districts and a row per agreement, none overlapping', () => {
    const layout = agreementLayout(focusAreaMatrix(seed));
    expect(layout.rows.filter((r) => r.kind === 'heading')).toHaveLength(12);
    expect(layout.rows.filter((r) => r.kind === 'heading' && r.empty)).toHaveLength(8);
    expect(layout.rows.filter((r) => r.kind === 'row')).toHaveLength(6);
    const ys = layout.rows.map((r) => r.y);
    expect(new Set(ys).size).toBe(ys.length);
    expect(Math.min(...ys)).toBe(layout.gridTop);
  });

  it('lays out one row per district, without headings, in wider cells', () => {
    const matrix = focusAreaMatrix(seed);
    const layout = layoutHeatmap(matrix.columns, (c) => c.focusArea.label.nb, [{ rows: [{ id: 'ost', label: 'Øst' }, { id: 'vest', label: 'Vest' }] }], { cellWidth: 40, cellHeight: 28 });
    expect(layout.rows.map((r) => [r.kind, r.id, r.y - layout.gridTop])).toEqual([
      ['row', 'ost', 0],
      ['row', 'vest', 28],
    ]);
    expect(layout.gridWidth).toBe(14 * 40);
  });

  it('leaves room for the row labels left of the grid', () => {
    const layout = agreementLayout(focusAreaMatrix(seed));
    expect(layout.gridLeft).toBeGreaterThan(textWidth('Oppegård 2009'));
  });
});

describe('the heatmap drawings', () => {
  const matrix = focusAreaMatrix(seed);
  const drawing = agreementHeatmap(matrix);
  const rows = matrix.groups.flatMap((g) => g.rows);

  it('draws a linked cell, with a tip, for each focus area an agreement names, in its column', () => {
    const drawn = [...drawing.cells].flatMap(([focusArea, cells]) => cells.map((c) => `${c.rowId}:${focusArea}`));
    const named = rows.flatMap((r) => r.cells.map((c) => `${r.agreement.doc.id}:${c.focusArea.id}`));
    expect(drawn.sort()).toEqual(named.sort());
    const moss = rows.find((r) => r.agreement.doc.id === 'moss-2020')!;
    const first = moss.cells[0]!;
    const cell = drawing.cells.get(first.focusArea.id)!.find((c) => c.rowId === 'moss-2020')!;
    expect(cell).toMatchObject({ className: 'heatmap-cell', href: first.href });
    expect(cell.tip).toContain(first.focusArea.label.nb);
    expect(drawing.count).toBe(matrix.agreementCount);
  });

  it('writes a note across the row of an agreement that names no focus area', () => {
    expect([...drawing.rowNotes.keys()]).toEqual(rows.filter((r) => r.cells.length === 0).map((r) => r.agreement.doc.id));
  });

  it('draws a district row with the share written in every cell, linked to the district page', () => {
    const shares = focusAreaShares(matrix);
    const byDistrict = districtHeatmap(shares);
    expect(byDistrict.count).toBe(shares.rows.length);
    for (const [i, column] of shares.columns.entries()) {
      const cells = byDistrict.cells.get(column.focusArea.id)!;
      expect(cells.map((c) => c.rowId)).toEqual(shares.rows.map((r) => r.district.id));
      expect(cells.map((c) => c.text)).toEqual(shares.rows.map((r) => String(Math.round(r.cells[i]!.share * 100))));
      expect(cells.map((c) => c.className)).toEqual(shares.rows.map((r) => `heatmap-share-${r.cells[i]!.step}`));
    }
    expect(byDistrict.rowNotes.size).toBe(0);
  });

  it('draws grid lines for each run of rows and none across a heading', () => {
    const layout = drawing.layout;
    const path = heatmapGridPath(layout);
    // The rows in runs, a heading row ending each run: their lengths.
    const runs: number[] = [];
    layout.rows.forEach((row, i) => {
      if (row.kind !== 'row') return;
      if (layout.rows[i - 1]?.kind === 'row') runs[runs.length - 1]! += 1;
      else runs.push(1);
    });
    expect(runs.length).toBeGreaterThan(1);
    const verticals = (path.match(/v/g) ?? []).length;
    const horizontals = (path.match(/h/g) ?? []).length;
    expect(verticals).toBe(runs.length * (layout.columns.length + 1));
    expect(horizontals).toBe(runs.reduce((n, r) => n + r + 1, 0));
  });
});

describe('layoutStackedBars', () => {
  const frequency = focusAreaFrequency(seed);
  const colours = registerColours(seed);
  const rows = frequency.rows.map((r) => ({ key: r.focusArea?.id ?? 'none', label: r.focusArea?.label.nb ?? 'Ingen', total: r.total, byDistrict: r.byDistrict }));
  const layout = layoutStackedBars(rows, frequency.districts.map((d) => d.id), colours);

  it('draws each bar as long as its count, segments end to end', () => {
    const unit = (layout.plotRight - layout.plotLeft) / 4; // the scale ends at 4, the largest count
    for (const bar of layout.bars) {
      const length = bar.segments.reduce((n, s) => n + s.width, 0);
      expect(length).toBeCloseTo(bar.total * unit, 0);
      expect(bar.segments.reduce((n, s) => n + s.value, 0)).toBe(bar.total);
      bar.segments.forEach((s, i) => {
        if (i > 0) expect(s.x).toBeCloseTo(bar.segments[i - 1]!.x + bar.segments[i - 1]!.width, 0);
      });
    }
  });

  it('colours each segment by its district and puts grid lines at whole numbers only', () => {
    const rus = layout.bars.find((b) => b.key === 'rus')!;
    // In the districts' order (content/police-districts.json): Øst, Vest, Nordland.
    expect(rus.segments.map((s) => [s.districtId, s.value, s.fill])).toEqual([
      ['ost', 2, OKABE_ITO[0]],
      ['vest', 1, OKABE_ITO[2]],
      ['nordland', 1, OKABE_ITO[3]],
    ]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
  });

  it('still has grid lines when the counts run into the hundreds', () => {
    const big = layoutStackedBars([{ key: 'a', label: 'A', total: 123, byDistrict: new Map([['ost', 123]]) }], ['ost'], colours);
    expect(big.ticks.length).toBeGreaterThanOrEqual(4);
    expect(big.ticks.every((t) => Number.isInteger(t.value))).toBe(true);
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(timeline(seed), { district: (d, n) => `${d} (${n})` });
  const marks = layout.rows.flatMap((r) => (r.kind === 'municipality' ? r.marks : []));
  const yearWidth = (layout.plotRight - layout.plotLeft) / 12; // 2009 to the end of 2020

  it('draws Skien’s year-only date as a bar over the whole of 2019, starting at 1 January', () => {
    const skien = marks.find((m) => m.mark.agreement.doc.id === 'skien-2019')!;
    expect(skien.shape).toBe('span');
    expect(skien.width).toBeCloseTo(yearWidth, 0);
    expect(skien.x).toBeCloseTo(layout.plotLeft + 10 * yearWidth, 0);
  });

  it('draws dates given to the day as points, and Luster’s validity to 1 January 2020', () => {
    const luster = marks.find((m) => m.mark.agreement.doc.id === 'luster-2019')!;
    expect([luster.shape, luster.width]).toEqual(['point', 0]);
    expect(luster.validUntilX).toBeCloseTo(layout.plotLeft + 11 * yearWidth, 0);
    expect(luster.x).toBeLessThan(luster.validUntilX!);
  });

  it('labels each year once, in the middle of the year', () => {
    expect(layout.yearLabels.map((t) => t.year)).toEqual([2009, 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
    expect(layout.yearLabels[0]!.x).toBeCloseTo(layout.plotLeft + yearWidth / 2, 0);
  });
});

describe('districtColours', () => {
  it('gives the first eight districts distinct Okabe–Ito colours and hatches the rest', () => {
    const colours = [...districtColours(checked.policeDistricts).values()];
    expect(colours.slice(0, 8).map((c) => c.fill)).toEqual([...OKABE_ITO]);
    expect(colours.slice(8).every((c) => c.hatched && c.fill.startsWith('url(#chart-hatch-'))).toBe(true);
    expect(new Set(colours.map((c) => c.fill)).size).toBe(12);
  });
});
