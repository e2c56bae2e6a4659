/**
 * Council meetings a year across agreements: how many agreements agree on
 * each minimum number of meetings, per police district, with "not stated" as
 * a category of its own.
 */
import { chartAgreements, districtBars, type ChartRegister, type DistrictBars, type DistrictCounts } from './chart-data.ts';

/** A number of meetings a year, or `not-stated` where the agreement gives none. */
export type MeetingsCategory = number | 'not-stated';

/** One bar: the agreements in a category, per district (districts with agreements only). */
export interface MeetingsRow extends DistrictCounts {
  category: MeetingsCategory;
}

/** The meetings chart's data: its rows are the stated numbers in ascending order, then `not-stated` (always present, 0 if every agreement states one). */
export type MeetingsDistribution = DistrictBars<MeetingsRow>;

/** The distribution of `council.meetingsPerYear` over the agreements, by district. */
export function meetingsDistribution(register: ChartRegister): MeetingsDistribution {
  const agreements = chartAgreements(register);
  const categoryOf = (meetings: number | undefined): MeetingsCategory => meetings ?? 'not-stated';
  const stated = [...new Set(agreements.flatMap((a) => a.doc.data.council?.meetingsPerYear ?? []))].sort((a, b) => a - b);
  return districtBars(agreements, register.policeDistricts, (count) =>
    [...stated, 'not-stated' as const].map((category) => ({ category, ...count((a) => categoryOf(a.doc.data.council?.meetingsPerYear) === category) })),
  );
}
