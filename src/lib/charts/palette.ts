/**
 * Colours of the charts: Okabe and Ito's palette, which readers with the
 * common kinds of colour blindness can tell apart. Every coloured mark also
 * gets a dark outline, so it stands out from the white page (WCAG 1.4.11) and
 * on a printout; past eight districts the colours repeat with a hatching.
 */
import type { AgreementStatus } from '../content/agreements.ts';
import type { PoliceDistrict } from '../content/schema.ts';

/** Okabe–Ito: blue, orange, bluish green, vermilion, reddish purple, sky blue, yellow, black. */
export const OKABE_ITO = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#F0E442', '#000000'] as const;

/** The outline of every coloured mark. */
export const MARK_OUTLINE = '#1a1a1a';

/** The fill of an empty heatmap cell and of other "nothing here" marks. */
export const EMPTY_FILL = '#ffffff';
/** The outline of an empty heatmap cell: a light grid. */
export const EMPTY_OUTLINE = '#8c8c8c';

/** The id of the hatching pattern drawn in colour `index` of the palette (see ChartDefs). */
export function hatchId(index: number): string {
  return `chart-hatch-${index}`;
}

/** How a police district is coloured in the charts. */
export interface DistrictColour {
  district: PoliceDistrict;
  /** The palette colour. */
  colour: string;
  /** True when the colour is repeated with a hatching (the ninth district on). */
  hatched: boolean;
  /** The SVG fill: the colour, or the hatching pattern. */
  fill: string;
}

/**
 * Colours for the districts that have agreements, in the districts' order:
 * the same district has the same colour in every chart of a page.
 */
export function districtColours(districts: readonly PoliceDistrict[]): Map<string, DistrictColour> {
  return new Map(
    districts.map((district, i) => {
      const index = i % OKABE_ITO.length;
      const hatched = i >= OKABE_ITO.length;
      const colour = OKABE_ITO[index] as string;
      return [district.id, { district, colour, hatched, fill: hatched ? `url(#${hatchId(index)})` : colour }];
    }),
  );
}

/** A filled heatmap cell: an agreement names this focus area. */
export const HEATMAP_FILL = OKABE_ITO[0];

/** How the timeline draws an agreement of each status: solid, hollow, hatched. */
export const STATUS_STYLE: Record<Exclude<AgreementStatus, 'related'>, { fill: string; stroke: string }> = {
  current: { fill: OKABE_ITO[0], stroke: MARK_OUTLINE },
  superseded: { fill: EMPTY_FILL, stroke: MARK_OUTLINE },
  merged: { fill: `url(#${hatchId(1)})`, stroke: MARK_OUTLINE },
};
