/**
 * Focus areas across agreements: the matrix behind the heatmap (which
 * agreement names which focus area, and in which clause) and the counts
 * behind the frequency chart (how many agreements name each, per district).
 */
import { agreementUrl } from '../publish/routes.ts';
import type { FocusArea, PoliceDistrict } from '../content/schema.ts';
import { chartAgreements, districtBars, groupByDistrict, type ChartAgreement, type ChartRegister, type DistrictBars, type DistrictCounts, type DistrictSplit } from './chart-data.ts';

/** A focus area as a heatmap column: how many agreements name it, and its place in either order. */
export interface FocusColumn {
  focusArea: FocusArea;
  /** Agreements naming it. */
  count: number;
  /** 0-based position when sorted by frequency (most named first, ties in taxonomy order). */
  frequencyRank: number;
  /** 0-based position in the taxonomy (content/focus-areas.json). */
  taxonomyRank: number;
}

/** An agreement names a focus area, in a clause of its text. */
export interface FocusCell {
  focusArea: FocusArea;
  /** The heading id the fact comes from. */
  clause: string;
  /** The heading text, when known. */
  clauseTitle: string | undefined;
  /** The clause's permalink. */
  href: string;
}

/** One agreement's row: the focus areas it names, in taxonomy order (empty when it names none). */
export interface FocusRow {
  agreement: ChartAgreement;
  cells: FocusCell[];
}

/** The agreements of one police district; `rows` is empty for a district with none. */
export interface FocusGroup {
  district: PoliceDistrict;
  rows: FocusRow[];
}

/** The heatmap's data: columns in frequency order, rows grouped by district. */
export interface FocusMatrix {
  columns: FocusColumn[];
  groups: FocusGroup[];
  agreementCount: number;
  /** Agreements that name no focus area (drawn as empty rows). */
  withoutFocusAreas: number;
}

function cellsOf(agreement: ChartAgreement, register: ChartRegister, taxonomy: readonly FocusArea[]): FocusCell[] {
  const named = new Map<string, string>();
  for (const { key, clause } of agreement.doc.data.focusAreas) if (!named.has(key)) named.set(key, clause);
  return taxonomy.flatMap((focusArea) => {
    const clause = named.get(focusArea.id);
    if (clause === undefined) return [];
    return [{ focusArea, clause, clauseTitle: register.clauseTitle?.(agreement.doc, clause), href: agreementUrl(agreement.doc.id, clause) }];
  });
}

/**
 * Which agreement names which focus area. Every district is kept (an empty
 * group for a district without agreements), every agreement is a row (an
 * empty row when it names no focus area), and every focus area of the
 * taxonomy is a column (count 0 when no agreement names it).
 */
export function focusAreaMatrix(register: ChartRegister): FocusMatrix {
  const agreements = chartAgreements(register);
  const groups = groupByDistrict(agreements, register.policeDistricts).map(({ district, agreements: list }) => ({
    district,
    rows: list.map((agreement) => ({ agreement, cells: cellsOf(agreement, register, register.focusAreas) })),
  }));
  const rows = groups.flatMap((g) => g.rows);
  const counts = register.focusAreas.map((focusArea, taxonomyRank) => ({
    focusArea,
    taxonomyRank,
    count: rows.filter((r) => r.cells.some((c) => c.focusArea.id === focusArea.id)).length,
  }));
  const columns = [...counts]
    .sort((a, b) => b.count - a.count || a.taxonomyRank - b.taxonomyRank)
    .map((c, frequencyRank) => ({ ...c, frequencyRank }));
  return {
    columns,
    groups,
    agreementCount: rows.length,
    withoutFocusAreas: rows.filter((r) => r.cells.length === 0).length,
  };
}

/** One bar of the frequency chart: a focus area (or none stated), with its count per district (districts with agreements only). */
export interface FrequencyRow extends DistrictCounts {
  /** The focus area, or `null` for agreements that name none. */
  focusArea: FocusArea | null;
}

/** The frequency chart's data: its rows are the focus areas by how many agreements name them (ties in taxonomy order), then the "none stated" row. */
export type FocusFrequency = DistrictBars<FrequencyRow>;

/** How many agreements name each focus area, split by police district; agreements naming none are a row of their own. */
export function focusAreaFrequency(register: ChartRegister): FocusFrequency {
  return districtBars(chartAgreements(register), register.policeDistricts, (count) => [
    ...register.focusAreas
      .map((focusArea, rank) => ({ focusArea, rank, ...count((a) => a.doc.data.focusAreas.some((f) => f.key === focusArea.id)) }))
      .sort((a, b) => b.total - a.total || a.rank - b.rank)
      .map(({ focusArea, total, byDistrict }): FrequencyRow => ({ focusArea, total, byDistrict })),
    { focusArea: null, ...count((a) => a.doc.data.focusAreas.length === 0) },
  ]);
}

/** A district's share of agreements naming a focus area. */
export interface ShareCell {
  focusArea: FocusArea;
  count: number;
  /** `count` / the district's agreements, 0–1. */
  share: number;
  /** The shade to draw it in: 0 for none, then 1–4 by quarters of the share. */
  step: 0 | 1 | 2 | 3 | 4;
}

/** One district's row of the national heatmap. */
export interface DistrictShareRow {
  district: PoliceDistrict;
  agreementCount: number;
  /** One cell per column, in the columns' order. */
  cells: ShareCell[];
}

/** The national heatmap's data when there are too many agreements to draw one by one: districts × focus areas. */
export interface FocusShares extends DistrictSplit {
  columns: FocusColumn[];
  /** The districts with agreements, in the districts' order. */
  rows: DistrictShareRow[];
  agreementCount: number;
}

/** The shade of a share: 0 when no agreement names the focus area, else 1–4 by quarters (a quarter or less is 1). */
export function shareStep(count: number, share: number): ShareCell['step'] {
  if (count === 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil(share * 4))) as ShareCell['step'];
}

/** For each district with agreements, the share of them naming each focus area (from the agreement matrix). */
export function focusAreaShares(matrix: FocusMatrix): FocusShares {
  const withRows = matrix.groups.filter((g) => g.rows.length > 0);
  return {
    columns: matrix.columns,
    districts: withRows.map((g) => g.district),
    emptyDistricts: matrix.groups.filter((g) => g.rows.length === 0).map((g) => g.district),
    agreementCount: matrix.agreementCount,
    rows: withRows.map((g) => ({
      district: g.district,
      agreementCount: g.rows.length,
      cells: matrix.columns.map(({ focusArea }) => {
        const count = g.rows.filter((r) => r.cells.some((c) => c.focusArea.id === focusArea.id)).length;
        const share = count / g.rows.length;
        return { focusArea, count, share, step: shareStep(count, share) };
      }),
    })),
  };
}
