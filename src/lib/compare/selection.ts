/**
 * Which agreements a comparison shows, read from the page address:
 * `?avtale=<slug>` (one or more), `?distrikt=<district>` (all its agreements),
 * `?kommune=<municipality>` (all of the municipality's agreements). Each may be
 * repeated or hold several values separated by commas; municipalities and
 * districts match by key or by name. Pure and small: the pages' scripts use it.
 */

/** The address parameters of a selection. */
export const SELECTION_PARAMS = { agreement: 'avtale', district: 'distrikt', municipality: 'kommune' } as const;
export type SelectionParam = (typeof SELECTION_PARAMS)[keyof typeof SELECTION_PARAMS];

/** What the selection needs to know of an agreement. */
export interface SelectableAgreement {
  slug: string;
  municipality: string;
  municipalityName: string;
  district: string;
  districtName: string;
}

/** A value in the address that matched nothing. */
export interface UnknownValue {
  param: SelectionParam;
  value: string;
}

/** The agreements chosen, in the order given, and what in the address matched nothing. */
export interface Selection {
  slugs: string[];
  unknown: UnknownValue[];
  /** True when the address names any agreement, district or municipality at all. */
  requested: boolean;
}

/** The values of a parameter: repeated and comma-separated values, trimmed, empty ones dropped. */
export function paramValues(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

const fold = (s: string) => s.toLocaleLowerCase('nb').normalize('NFC');

/** Resolves the address's selection against the agreements on the page. */
export function resolveSelection(params: URLSearchParams, agreements: readonly SelectableAgreement[]): Selection {
  const chosen = new Set<string>();
  const unknown: UnknownValue[] = [];
  const requested = Object.values(SELECTION_PARAMS).some((p) => params.has(p));
  const pick = (param: SelectionParam, match: (a: SelectableAgreement, value: string) => boolean) => {
    for (const value of paramValues(params, param)) {
      const hits = agreements.filter((a) => match(a, fold(value)));
      if (hits.length === 0) unknown.push({ param, value });
      for (const a of hits) chosen.add(a.slug);
    }
  };
  pick(SELECTION_PARAMS.agreement, (a, v) => a.slug === v);
  pick(SELECTION_PARAMS.district, (a, v) => a.district === v || fold(a.districtName) === v);
  pick(SELECTION_PARAMS.municipality, (a, v) => a.municipality === v || fold(a.municipalityName) === v);
  return { slugs: agreements.filter((a) => chosen.has(a.slug)).map((a) => a.slug), unknown, requested };
}

/** The address query that selects exactly these agreements: `avtale=a&avtale=b`. */
export function selectionQuery(slugs: readonly string[]): string {
  const params = new URLSearchParams();
  for (const slug of slugs) params.append(SELECTION_PARAMS.agreement, slug);
  return params.toString();
}
