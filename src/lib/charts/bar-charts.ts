/**
 * The three stacked-bar charts by police district as DistrictBarChart.astro
 * draws them: each chart's texts, its bars with their keys and labels, its
 * text alternative, and where a click on a segment leads (with JavaScript).
 * Pure; a page passes one to the component.
 */
import { districtUrl } from '../publish/routes.ts';
import { charts } from '../../strings.ts';
import { CHART_IDS, type DistrictBars, type DistrictCounts } from './chart-data.ts';
import type { FocusFrequency } from './focus-areas.ts';
import type { BarInput } from './layout-bars.ts';
import type { MeetingsDistribution } from './meetings.ts';
import type { SigningsByYear } from './timeline.ts';

/** A stacked-bar chart, ready to draw. */
export interface BarChart {
  /** The figure's id, also the anchor a link to it uses. */
  id: string;
  /** Which chart this is, for the enhancement script and the tests. */
  kind: 'frequency' | 'meetings' | 'timeline';
  title: string;
  caption: string;
  /** The header of the table's first column (what a row is). */
  rowHeader: string;
  /** The chart's data: its districts and agreement count. */
  data: DistrictBars<DistrictCounts>;
  /** `data.rows` with a key and label each. */
  rows: BarInput[];
  /** The SVG's text alternative. */
  alt: string;
  /** Where a click on a segment leads, if anywhere. */
  segmentHref?: (districtId: string) => string;
}

/** Whether a click on a segment leads to its district's page (on the charts page; not on a district's own). */
export interface BarChartLinks {
  linkDistricts?: boolean;
}

/** A link to the district page's chart `anchor`, when `link`. */
const toDistrict = (link: boolean | undefined, anchor: string) => (link ? { segmentHref: (districtId: string) => districtUrl(districtId, anchor) } : {});

/**
 * How many agreements name each focus area, split by police district;
 * agreements naming none are a bar of their own. A click on a segment leads
 * to its district's heatmap.
 */
export function frequencyChart(frequency: FocusFrequency, { linkDistricts }: BarChartLinks = {}): BarChart {
  const s = charts.frequency;
  const top = frequency.rows.filter((r) => r.focusArea && r.total > 0).slice(0, 3).map((r) => `${r.focusArea!.label.nb} (${r.total})`);
  return {
    id: CHART_IDS.frequency,
    kind: 'frequency',
    title: s.title,
    caption: s.caption,
    rowHeader: charts.heatmap.focusAreas,
    data: frequency,
    rows: frequency.rows.map((r) => ({ ...r, key: r.focusArea?.id ?? '_none', label: r.focusArea?.label.nb ?? s.none })),
    alt: s.alt(frequency.agreementCount, top),
    ...toDistrict(linkDistricts, CHART_IDS.heatmap),
  };
}

/**
 * The minimum number of council meetings a year the agreements set, with
 * "not stated" as a bar of its own. A click on a segment leads to its
 * district page's meetings chart.
 */
export function meetingsChart(meetings: MeetingsDistribution, { linkDistricts }: BarChartLinks = {}): BarChart {
  const s = charts.meetings;
  const rows = meetings.rows.map((r) => ({ ...r, key: String(r.category), label: r.category === 'not-stated' ? s.notStated : s.category(r.category) }));
  return {
    id: CHART_IDS.meetings,
    kind: 'meetings',
    title: s.title,
    caption: s.caption,
    rowHeader: s.categoryHeader,
    data: meetings,
    rows,
    alt: s.alt(rows.map((r) => s.altPart(r.label, r.total))),
    ...toDistrict(linkDistricts, CHART_IDS.meetings),
  };
}

/**
 * The national timeline when the register is too large to draw agreement by
 * agreement: how many agreements were signed each year, per police district.
 * A click on a segment leads to the district page, whose timeline draws each
 * agreement.
 */
export function signingsChart(data: SigningsByYear): BarChart {
  const s = charts.signingsByYear;
  return {
    id: CHART_IDS.timeline,
    kind: 'timeline',
    title: s.title,
    caption: s.caption,
    rowHeader: s.year,
    data,
    rows: data.rows.map((r) => ({ ...r, key: String(r.year), label: String(r.year) })),
    alt: s.alt(data.agreementCount, data.rows[0]?.year ?? 0, data.rows.at(-1)?.year ?? 0),
    ...toDistrict(true, CHART_IDS.timeline),
  };
}
