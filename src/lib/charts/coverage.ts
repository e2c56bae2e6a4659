/**
 * Coverage: which municipalities have a published agreement, per police
 * district, and where they lie. The register does not (yet) hold the full
 * list of municipalities in each district, so coverage is counted, not given
 * as a share: the denominator is not in the data.
 */
import type { Municipality, PoliceDistrict } from '../content/schema.ts';
import { chartAgreements, type ChartAgreement, type ChartRegister } from './chart-data.ts';

/** A municipality in a district's coverage. */
export interface CoveredMunicipality {
  id: string;
  name: string;
  municipality: Municipality | undefined;
}

/** One police district's coverage as far as the register knows it. */
export interface CoverageRow {
  district: PoliceDistrict;
  /** Municipalities with at least one agreement with this district, by name. */
  withAgreement: CoveredMunicipality[];
  /** Of those, the ones with at least one current agreement (not superseded, municipality not merged). */
  withCurrentAgreement: CoveredMunicipality[];
  /** Municipalities without an agreement of their own that take part in a joint council under one of this district's agreements. */
  jointOnly: CoveredMunicipality[];
  /** Agreements with this district. */
  agreementCount: number;
}

/** A municipality on the map. */
export interface MapPoint {
  municipality: Municipality;
  district: PoliceDistrict;
  /** `agreement`: it has one of its own; `joint`: it takes part in a joint council only. */
  kind: 'agreement' | 'joint';
  /** For `agreement`: whether one of its agreements is current. */
  current: boolean;
  /** Its own agreements with this district. */
  agreements: ChartAgreement[];
}

/** The coverage map and table's data. */
export interface Coverage {
  /** Every police district, in order, with what the register holds (zeros for a district with none). */
  rows: CoverageRow[];
  /** Municipalities with coordinates, to draw. */
  points: MapPoint[];
  /** Municipalities that should be on the map but have no coordinates in content/municipalities.json. */
  withoutCoordinates: CoveredMunicipality[];
  agreementCount: number;
  /** Distinct municipalities with an agreement, over all districts. */
  municipalityCount: number;
}

const byName = (a: CoveredMunicipality, b: CoveredMunicipality) => a.name.localeCompare(b.name, 'nb');

/** Coverage per police district and the points of the map. */
export function coverage(register: ChartRegister): Coverage {
  const agreements = chartAgreements(register);
  const municipalityById = new Map(register.municipalities.map((m) => [m.id, m]));
  const covered = (id: string): CoveredMunicipality => {
    const municipality = municipalityById.get(id);
    return { id, name: municipality?.name ?? id, municipality };
  };
  const withOwn = new Set(agreements.map((a) => a.doc.data.municipality));
  const points: MapPoint[] = [];
  const withoutCoordinates: CoveredMunicipality[] = [];
  const place = (point: Omit<MapPoint, 'municipality'>, id: string) => {
    const municipality = municipalityById.get(id);
    if (municipality?.coordinates) points.push({ ...point, municipality });
    else withoutCoordinates.push(covered(id));
  };

  const rows = register.policeDistricts.map((district): CoverageRow => {
    const inDistrict = agreements.filter((a) => a.doc.data.policeDistrict === district.id);
    const own = new Map<string, ChartAgreement[]>();
    for (const a of inDistrict) own.set(a.doc.data.municipality, [...(own.get(a.doc.data.municipality) ?? []), a]);
    const joint = [...new Set(inDistrict.flatMap((a) => a.doc.data.council?.jointWith ?? []))].filter((id) => !withOwn.has(id));
    for (const [id, list] of own) place({ district, kind: 'agreement', current: list.some((a) => a.status === 'current'), agreements: list }, id);
    for (const id of joint) place({ district, kind: 'joint', current: false, agreements: [] }, id);
    return {
      district,
      withAgreement: [...own.keys()].map(covered).sort(byName),
      withCurrentAgreement: [...own].filter(([, list]) => list.some((a) => a.status === 'current')).map(([id]) => covered(id)).sort(byName),
      jointOnly: joint.map(covered).sort(byName),
      agreementCount: inDistrict.length,
    };
  });
  return { rows, points, withoutCoordinates, agreementCount: agreements.length, municipalityCount: withOwn.size };
}
