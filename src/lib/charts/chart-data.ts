/**
 * What the charts are drawn from: the register's documents and data
 * collections, as plain typed values (the build's register and the checker's
 * result both fit). Only agreements are counted; related papers such as a
 * saksframlegg are left out.
 */
import { indexById, isAgreement, statusOf, type AgreementStatus, type Doc } from '../content/agreements.ts';
import { byMunicipalityThenOldest, type OrderKey } from '../content/order.ts';
import type { FocusArea, Municipality, PoliceDistrict } from '../content/schema.ts';
import { districtColours, type DistrictColour } from './palette.ts';

/**
 * The charts page draws each agreement (heatmap rows, timeline marks) while
 * the register holds at most this many; beyond, it draws one row per police
 * district and leaves each agreement to its district's page. Keeps the page
 * readable and light at national scale (400 agreements: under 60 kB gzip).
 */
export const DETAIL_LIMIT = 40;

/** The id of each chart's figure on a page, also the anchor a link to the chart uses (`/politidistrikt/ost/#chart-meetings`). */
export const CHART_IDS = { frequency: 'chart-frequency', heatmap: 'chart-heatmap', meetings: 'chart-meetings', timeline: 'chart-timeline' } as const;

/** Whether a chart of `agreements` agreements draws each one, or groups them by district. */
export function drawsEachAgreement(agreements: number): boolean {
  return agreements <= DETAIL_LIMIT;
}

/** The register as the charts read it. */
export interface ChartRegister {
  /** Every document; the charts keep the agreements. */
  documents: readonly Doc[];
  policeDistricts: readonly PoliceDistrict[];
  municipalities: readonly Municipality[];
  focusAreas: readonly FocusArea[];
  /** The heading text of a clause (heading id) in a document, for hover details. */
  clauseTitle?: (doc: Doc, clause: string) => string | undefined;
}

/** An agreement as the charts show it: its document, municipality, district and status. */
export interface ChartAgreement {
  doc: Doc;
  municipality: Municipality | undefined;
  /** The municipality's name, or its key when the collection lacks it. */
  municipalityName: string;
  district: PoliceDistrict | undefined;
  status: AgreementStatus;
}

/** The register's agreements (no related papers), with their municipality, district and status looked up. */
export function chartAgreements(register: ChartRegister): ChartAgreement[] {
  const municipalities = indexById(register.municipalities);
  const districts = indexById(register.policeDistricts);
  return register.documents.filter(isAgreement).map((doc) => {
    const municipality = municipalities.get(doc.data.municipality);
    return {
      doc,
      municipality,
      municipalityName: municipality?.name ?? doc.data.municipality,
      district: districts.get(doc.data.policeDistrict),
      status: statusOf(doc, municipalities),
    };
  });
}

/** Compares agreements for a chart row: municipality name (Norwegian collation), then oldest first, then slug. */
export function byMunicipalityThenDate(a: ChartAgreement, b: ChartAgreement): number {
  const key = (c: ChartAgreement): OrderKey => ({ municipality: c.municipalityName, signed: c.doc.data.signed?.date ?? '', id: c.doc.id });
  return byMunicipalityThenOldest(key(a), key(b));
}

/** Agreements grouped by police district in the districts' order; every district is kept, with an empty list if it has none. */
export function groupByDistrict(agreements: readonly ChartAgreement[], districts: readonly PoliceDistrict[]): Array<{ district: PoliceDistrict; agreements: ChartAgreement[] }> {
  return districts.map((district) => ({
    district,
    agreements: agreements.filter((a) => a.doc.data.policeDistrict === district.id).sort(byMunicipalityThenDate),
  }));
}

/** The year part of a partial ISO date. */
export function yearOf(iso: string): number {
  return Number(iso.slice(0, 4));
}

/** Districts split into those with agreements (drawn) and those without (named in the caption). */
export interface DistrictSplit {
  districts: PoliceDistrict[];
  emptyDistricts: PoliceDistrict[];
}

/** Which districts have agreements, in the districts' order. */
export function splitDistricts(agreements: readonly ChartAgreement[], districts: readonly PoliceDistrict[]): DistrictSplit {
  const used = new Set(agreements.map((a) => a.doc.data.policeDistrict));
  return { districts: districts.filter((d) => used.has(d.id)), emptyDistricts: districts.filter((d) => !used.has(d.id)) };
}

/** A count of agreements, in all and per police district. */
export interface DistrictCounts {
  total: number;
  /** Agreements per district id: every district of `districts` is a key (0 included). */
  byDistrict: Map<string, number>;
}

/** Counts the agreements for which `test` holds, in all and per district of `districts`. */
export function countByDistrict(agreements: readonly ChartAgreement[], districts: readonly PoliceDistrict[], test: (a: ChartAgreement) => boolean): DistrictCounts {
  const byDistrict = new Map(districts.map((d) => [d.id, 0]));
  let total = 0;
  for (const a of agreements) {
    if (!test(a)) continue;
    total++;
    byDistrict.set(a.doc.data.policeDistrict, (byDistrict.get(a.doc.data.policeDistrict) ?? 0) + 1);
  }
  return { total, byDistrict };
}

/** A stacked-bar chart's data: its bars, each a count per police district, the districts drawn and not, and how many agreements it is drawn from. */
export interface DistrictBars<Row extends DistrictCounts> extends DistrictSplit {
  rows: Row[];
  agreementCount: number;
}

/**
 * A stacked-bar chart's data from `agreements`: the districts split into
 * those drawn and those without agreements, and the bars `rowsOf` makes with
 * `count`, which counts the agreements a test holds for, per district drawn.
 */
export function districtBars<Row extends DistrictCounts>(
  agreements: readonly ChartAgreement[],
  districts: readonly PoliceDistrict[],
  rowsOf: (count: (test: (a: ChartAgreement) => boolean) => DistrictCounts) => Row[],
): DistrictBars<Row> {
  const split = splitDistricts(agreements, districts);
  const rows = rowsOf((test) => countByDistrict(agreements, split.districts, test));
  return { ...split, rows, agreementCount: agreements.length };
}

/** The colour of each district that has agreements: the same on every chart, whichever page draws it. */
export function registerColours(register: ChartRegister): Map<string, DistrictColour> {
  return districtColours(splitDistricts(chartAgreements(register), register.policeDistricts).districts);
}
