/**
 * The open data export: one row per agreement for `/data/agreements.json`
 * and `/data/agreements.csv`, generated from the collection.
 */
import { agreementUrl } from './routes.ts';
import type { MunicipalityRecord, MunicipalityStatus } from '../municipalities/coverage.ts';
import { toCsv } from './csv.ts';
import { isAgreement, statusOf, type AgreementStatus, type Doc } from '../content/agreements.ts';
import {
  datePrecision,
  type DatePrecision,
  type DocumentType,
  type FormerPoliceDistrict,
  type Language,
  type Modality,
  type Municipality,
  type PoliceDistrict,
} from '../content/schema.ts';

/** One agreement in the open data. */
export interface ExportRow {
  slug: string;
  url: string;
  title: string;
  municipality: string;
  municipalityNumber: string;
  policeDistrict: string;
  /** The district the document was signed in, when it has since ceased (e.g. "Follo politidistrikt"). */
  policeDistrictAtSigning: string | null;
  policeUnit: string | null;
  documentType: DocumentType;
  language: Language;
  /** `YYYY-MM-DD`, or `YYYY` (or `YYYY-MM`) where the document gives no more. */
  signed: string | null;
  signedPrecision: DatePrecision | null;
  meetingsPerYear: number | null;
  /** How binding the meetings are: agreed (skal), recommended (bør) or optional (kan). */
  meetingsModality: Modality | null;
  chair: string | null;
  focusAreas: string[];
  status: AgreementStatus;
  supersedes: string | null;
  supersededBy: string | null;
}

/** The taxonomy an export needs to turn keys into names. */
export interface ExportContext {
  municipalities: ReadonlyMap<string, Municipality>;
  policeDistricts: ReadonlyMap<string, PoliceDistrict>;
  /** The pre-2016 districts, for `policeDistrictAtSigning` (absent: the key is exported). */
  formerPoliceDistricts?: ReadonlyMap<string, FormerPoliceDistrict>;
}

/** Export rows for every agreement (related papers left out), sorted by slug. */
export function exportRows(docs: readonly Doc[], ctx: ExportContext): ExportRow[] {
  return docs
    .filter(isAgreement)
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((doc) => {
      const d = doc.data;
      const municipality = ctx.municipalities.get(d.municipality);
      return {
        slug: doc.id,
        url: agreementUrl(doc.id),
        title: d.title,
        municipality: municipality?.name ?? d.municipality,
        municipalityNumber: municipality?.number ?? '',
        policeDistrict: ctx.policeDistricts.get(d.policeDistrict)?.name ?? d.policeDistrict,
        policeDistrictAtSigning: d.policeDistrictAtSigning
          ? (ctx.formerPoliceDistricts?.get(d.policeDistrictAtSigning)?.name ?? d.policeDistrictAtSigning)
          : null,
        policeUnit: d.policeUnit ?? null,
        documentType: d.documentType,
        language: d.language,
        signed: d.signed?.date ?? null,
        signedPrecision: d.signed ? datePrecision(d.signed.date) : null,
        meetingsPerYear: d.council?.meetingsPerYear ?? null,
        meetingsModality: d.council?.meetingsPerYear !== undefined ? (d.council.meetingsModality ?? null) : null,
        chair: d.council?.chair ?? null,
        focusAreas: [...new Set(d.focusAreas.map((f) => f.key))],
        status: statusOf(doc, ctx.municipalities),
        supersedes: d.supersedes ?? null,
        supersededBy: d.supersededBy ?? null,
      };
    });
}

/** The rows as CSV (RFC 4180, header row, focus areas joined with ";", empty cell for "not stated"). */
export function exportCsv(rows: readonly ExportRow[]): string {
  return toCsv(rows.map((r) => ({ ...r, focusAreas: r.focusAreas.join(';') })));
}

/** One municipality in the open data (`/data/kommuner.json`, `.csv`). */
export interface MunicipalityExportRow {
  number: string;
  name: string;
  county: string;
  /** The police district's name; null for an earlier municipality with none recorded. */
  policeDistrict: string | null;
  /** `active` for a municipality of today, `merged` for an earlier one. */
  municipalityStatus: 'active' | 'merged';
  /** `current` (an agreement in force), `historical` (only earlier ones), `none` (none registered). */
  status: MunicipalityStatus;
  /** Its own agreements and those of municipalities merged into it. */
  agreements: number;
  latestAgreementUrl: string | null;
  latestAgreementSigned: string | null;
  /** For an earlier municipality: the number of the one it became part of. */
  mergedInto: string | null;
}

/** Export rows for every municipality, today's first, each group by number. */
export function municipalityRows(records: readonly MunicipalityRecord[]): MunicipalityExportRow[] {
  return [...records]
    .sort((a, b) => (a.municipality.status === b.municipality.status ? a.municipality.number.localeCompare(b.municipality.number) : a.municipality.status === 'active' ? -1 : 1))
    .map((r) => ({
      number: r.municipality.number,
      name: r.municipality.name,
      county: r.municipality.county,
      policeDistrict: r.district?.name ?? null,
      municipalityStatus: r.municipality.status,
      status: r.status,
      agreements: r.own.length + r.inherited.length,
      latestAgreementUrl: r.latest ? agreementUrl(r.latest.id) : null,
      latestAgreementSigned: r.latest?.data.signed?.date ?? null,
      mergedInto: r.successor?.number ?? null,
    }));
}

/** The municipality rows as CSV, through the one CSV writer. */
export function municipalityCsv(rows: readonly MunicipalityExportRow[]): string {
  return toCsv(rows.map((r) => ({ ...r })));
}
