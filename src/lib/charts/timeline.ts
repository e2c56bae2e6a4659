/**
 * When each agreement was signed, with its status and, where the document
 * states it, how long it is valid: one row per municipality, grouped by
 * police district, so a municipality's agreements line up over time.
 */
import type { AgreementStatus } from '../content/agreements.ts';
import type { PoliceDistrict } from '../content/schema.ts';
import { dateSpan, type DateSpan } from './dates.ts';
import { chartAgreements, districtBars, groupByDistrict, yearOf, type ChartAgreement, type ChartRegister, type DistrictBars, type DistrictCounts } from './chart-data.ts';

/** One agreement on the timeline. */
export interface TimelineMark {
  agreement: ChartAgreement;
  status: Exclude<AgreementStatus, 'related'>;
  /** When it was signed: a day, or the whole month or year when the document gives no more. */
  signed: DateSpan;
  /** The date it is valid until, when the document states one. */
  validUntil: DateSpan | undefined;
}

/** A municipality's agreements in one district, oldest first. */
export interface TimelineRow {
  municipalityId: string;
  municipalityName: string;
  /** When the municipality merged into another, if it did. */
  mergedOn: DateSpan | undefined;
  marks: TimelineMark[];
}

/** The rows of one police district; empty for a district with no agreements. */
export interface TimelineGroup {
  district: PoliceDistrict;
  rows: TimelineRow[];
}

/** The timeline's data. */
export interface Timeline {
  groups: TimelineGroup[];
  /** From 1 January of the first year to 1 January after the last year any mark touches. */
  domain: [Date, Date];
  agreementCount: number;
  /** Agreements with no signing date (the schema requires one; listed rather than dropped). */
  undated: ChartAgreement[];
}

/** The timeline of the register's agreements. */
export function timeline(register: ChartRegister): Timeline {
  const agreements = chartAgreements(register);
  const undated = agreements.filter((a) => !a.doc.data.signed);
  const groups = groupByDistrict(
    agreements.filter((a) => a.doc.data.signed),
    register.policeDistricts,
  ).map(({ district, agreements: list }) => {
    const rows = new Map<string, TimelineRow>();
    for (const agreement of list) {
      const id = agreement.doc.data.municipality;
      let row = rows.get(id);
      if (!row) {
        const mergedOn = agreement.municipality?.status === 'merged' ? agreement.municipality.mergedOn : undefined;
        row = { municipalityId: id, municipalityName: agreement.municipalityName, mergedOn: mergedOn ? dateSpan(mergedOn) : undefined, marks: [] };
        rows.set(id, row);
      }
      const validUntil = agreement.doc.data.validity?.validUntil;
      row.marks.push({
        agreement,
        status: agreement.status === 'related' ? 'current' : agreement.status,
        signed: dateSpan(agreement.doc.data.signed!.date),
        validUntil: validUntil ? dateSpan(validUntil) : undefined,
      });
    }
    return { district, rows: [...rows.values()] };
  });
  const years = groups.flatMap((g) =>
    g.rows.flatMap((r) => [
      ...r.marks.flatMap((m) => [m.signed.iso, ...(m.validUntil ? [m.validUntil.iso] : [])]),
      ...(r.mergedOn ? [r.mergedOn.iso] : []),
    ]).map(yearOf),
  );
  const first = years.length ? Math.min(...years) : new Date().getUTCFullYear();
  const last = years.length ? Math.max(...years) : first;
  return {
    groups,
    domain: [new Date(Date.UTC(first, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))],
    agreementCount: agreements.length,
    undated,
  };
}

/** Agreements signed in one year, per district. */
export interface YearRow extends DistrictCounts {
  year: number;
}

/**
 * The national timeline's data when there are too many agreements to draw one by one: signings per year and district.
 * Its rows are every year from the first signing to the last, empty years included.
 */
export interface SigningsByYear extends DistrictBars<YearRow> {
  undated: ChartAgreement[];
}

/** How many agreements were signed each year, per district; a date given only as a year counts in that year. */
export function signingsByYear(register: ChartRegister): SigningsByYear {
  const agreements = chartAgreements(register);
  const yearSigned = (a: ChartAgreement) => (a.doc.data.signed ? yearOf(a.doc.data.signed.date) : undefined);
  const years = agreements.flatMap((a) => yearSigned(a) ?? []);
  const first = years.length ? Math.min(...years) : undefined;
  const last = years.length ? Math.max(...years) : undefined;
  const bars = districtBars(agreements, register.policeDistricts, (count): YearRow[] =>
    first === undefined || last === undefined
      ? []
      : Array.from({ length: last - first + 1 }, (_, i) => first + i).map((year) => ({ year, ...count((a) => yearSigned(a) === year) })),
  );
  return { ...bars, undated: agreements.filter((a) => !a.doc.data.signed) };
}
