/**
 * The national register by municipality: for every municipality, its
 * agreements over time (its own, and those of the municipalities that merged
 * into it), the joint councils it takes part in, and its status on the map;
 * per police district, how many of its municipalities have an agreement.
 * One pass over the municipalities and one over the documents: the build
 * calls it once, and every page reads the result.
 */
import { byNewest, isAgreement, statusOf, type AgreementStatus, type Doc } from '../content/agreements.ts';
import type { Municipality, PoliceDistrict } from '../content/schema.ts';

/** A municipality's status on the map: an agreement in force, only earlier ones, or none registered. */
export type MunicipalityStatus = 'current' | 'historical' | 'none';

/** The order statuses are listed in (legend, table). */
export const MUNICIPALITY_STATUSES: readonly MunicipalityStatus[] = ['current', 'historical', 'none'];

/** One municipality in the national register. */
export interface MunicipalityRecord<D extends Doc = Doc> {
  municipality: Municipality;
  district: PoliceDistrict | undefined;
  status: MunicipalityStatus;
  /** Its own agreements, newest first. */
  own: D[];
  /** Agreements of municipalities that merged into it (and theirs before them), newest first. */
  inherited: D[];
  /** Agreements of other municipalities whose council it takes part in, newest first. */
  joint: D[];
  /** Its newest agreement, own or inherited. */
  latest: D | undefined;
  /** What it became part of, for an earlier municipality. */
  successor: Municipality | undefined;
  /** The municipalities that merged into it. */
  predecessors: Municipality[];
}

/** One police district's share. */
export interface DistrictShare {
  district: PoliceDistrict;
  /** Municipalities of today in the district. */
  total: number;
  /** Of those, with an agreement registered (in force or earlier). */
  withAgreement: number;
  /** Of those, with an agreement in force. */
  current: number;
}

/** The national register by municipality. */
export interface MunicipalityRegister<D extends Doc = Doc> {
  records: MunicipalityRecord<D>[];
  byId: Map<string, MunicipalityRecord<D>>;
  byNumber: Map<string, MunicipalityRecord<D>>;
  shares: DistrictShare[];
  /** The share over the whole country. */
  national: Omit<DistrictShare, 'district'>;
}

/**
 * Builds the register by municipality from the documents and the data
 * collections. A municipality of today has status `current` when one of its
 * own agreements is current, `historical` when it has agreements (own or
 * inherited through a merger) but none current, else `none`.
 */
export function municipalityRegister<D extends Doc>(
  docs: readonly D[],
  municipalities: readonly Municipality[],
  districts: readonly PoliceDistrict[],
): MunicipalityRegister<D> {
  const municipalityById = new Map(municipalities.map((m) => [m.id, m]));
  const districtById = new Map(districts.map((d) => [d.id, d]));
  const own = new Map<string, D[]>();
  const joint = new Map<string, D[]>();
  const statusById = new Map<string, AgreementStatus>();
  for (const doc of docs) {
    if (!isAgreement(doc)) continue;
    statusById.set(doc.id, statusOf(doc, municipalityById));
    push(own, doc.data.municipality, doc);
    for (const id of doc.data.council?.jointWith ?? []) push(joint, id, doc);
  }
  const predecessors = new Map<string, Municipality[]>();
  for (const m of municipalities) if (m.mergedInto) push(predecessors, m.mergedInto, m);

  const inheritedOf = (id: string, seen = new Set<string>()): D[] => {
    if (seen.has(id)) return [];
    seen.add(id);
    return (predecessors.get(id) ?? []).flatMap((p) => [...(own.get(p.id) ?? []), ...inheritedOf(p.id, seen)]);
  };

  const records = municipalities.map((municipality): MunicipalityRecord<D> => {
    const mine = [...(own.get(municipality.id) ?? [])].sort(byNewest);
    const inherited = inheritedOf(municipality.id).sort(byNewest);
    const status: MunicipalityStatus = mine.some((d) => statusById.get(d.id) === 'current')
      ? 'current'
      : mine.length + inherited.length > 0
        ? 'historical'
        : 'none';
    return {
      municipality,
      district: municipality.policeDistrict ? districtById.get(municipality.policeDistrict) : undefined,
      status,
      own: mine,
      inherited,
      joint: [...(joint.get(municipality.id) ?? [])].filter((d) => d.data.municipality !== municipality.id).sort(byNewest),
      latest: [...mine, ...inherited].sort(byNewest)[0],
      successor: municipality.mergedInto ? municipalityById.get(municipality.mergedInto) : undefined,
      predecessors: predecessors.get(municipality.id) ?? [],
    };
  });

  const today = records.filter((r) => r.municipality.status === 'active');
  const count = (list: MunicipalityRecord<D>[]) => ({
    total: list.length,
    withAgreement: list.filter((r) => r.status !== 'none').length,
    current: list.filter((r) => r.status === 'current').length,
  });
  const inDistrict = new Map<string, MunicipalityRecord<D>[]>();
  for (const r of today) if (r.district) push(inDistrict, r.district.id, r);
  return {
    records,
    byId: new Map(records.map((r) => [r.municipality.id, r])),
    byNumber: new Map(today.map((r) => [r.municipality.number, r])),
    shares: districts.map((district) => ({ district, ...count(inDistrict.get(district.id) ?? []) })),
    national: count(today),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
