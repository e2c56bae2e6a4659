/**
 * Derived facts about the register's documents, shared by pages, the data
 * export and the tests: which documents are agreements, their status, and the
 * orders and groupings the pages list them in.
 */
import { datePrecision, type AgreementData, type Municipality, type PoliceDistrict } from './schema.ts';

/** A document of the register: its slug and frontmatter (an Astro entry fits). */
export interface Doc {
  id: string;
  data: AgreementData;
}

/** Where a document stands today, in the order the search page lists them. */
export const AGREEMENT_STATUSES = ['current', 'superseded', 'merged', 'related'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

/** True for agreements and guidelines; false for related papers such as a saksframlegg. */
export function isAgreement(doc: Doc): boolean {
  return doc.data.documentType !== 'saksframlegg';
}

/**
 * The status of a document: `related` for a paper that is no agreement,
 * `superseded` when a later document replaced it, `merged` when its
 * municipality has since merged into another, else `current`.
 */
export function statusOf(doc: Doc, municipalities: ReadonlyMap<string, Municipality>): AgreementStatus {
  if (!isAgreement(doc)) return 'related';
  if (doc.data.supersededBy) return 'superseded';
  if (municipalities.get(doc.data.municipality)?.status === 'merged') return 'merged';
  return 'current';
}

/** The ISO date a document was signed (or adopted), as precise as the document: `2019` or `2018-10-19`. */
export function signedDate(doc: Doc): string | undefined {
  return doc.data.signed?.date;
}

/** Compares two documents for listing: newest first, undated last, then by slug. */
export function byNewest(a: Doc, b: Doc): number {
  const da = signedDate(a) ?? '';
  const db = signedDate(b) ?? '';
  if (da !== db) return da < db ? 1 : -1;
  return a.id.localeCompare(b.id, 'nb');
}

/** Agreements grouped by police district, in the districts' order; districts without agreements get an empty list. */
export function byDistrict<D extends Doc>(docs: readonly D[], districts: readonly PoliceDistrict[]): Array<{ district: PoliceDistrict; docs: D[] }> {
  return districts.map((district) => ({
    district,
    docs: docs.filter((d) => d.data.policeDistrict === district.id).sort(byNewest),
  }));
}

/** Agreements sorted by municipality name (Norwegian collation), then newest first. */
export function byMunicipality<D extends Doc>(docs: readonly D[], municipalities: ReadonlyMap<string, Municipality>): D[] {
  const name = (d: Doc) => municipalities.get(d.data.municipality)?.name ?? d.data.municipality;
  return [...docs].sort((a, b) => name(a).localeCompare(name(b), 'nb') || byNewest(a, b));
}

/** Whether the signing date states the day, only the month, or only the year. */
export function signedPrecision(doc: Doc) {
  const date = signedDate(doc);
  return date === undefined ? undefined : datePrecision(date);
}

/** A map from id to entry, for look-ups by key. */
export function indexById<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((i) => [i.id, i]));
}

/** A document's links to other documents: its newer and older version, and its related papers. */
export interface DocumentLinks<D extends Doc> {
  newer: D | undefined;
  older: D | undefined;
  /** The papers `doc` names as related and those that name `doc`, each once, its own list first. */
  related: D[];
}

/** The versions and related papers of `doc`, both ways; ids that name no document are left out. */
export function documentLinks<D extends Doc>(doc: D, documents: readonly D[], byId: ReadonlyMap<string, D>): DocumentLinks<D> {
  const get = (id: string | undefined) => (id ? byId.get(id) : undefined);
  const relatedIds = new Set([...doc.data.related, ...documents.filter((d) => d.data.related.includes(doc.id)).map((d) => d.id)]);
  return {
    newer: get(doc.data.supersededBy),
    older: get(doc.data.supersedes),
    related: [...relatedIds].map(get).filter((d): d is D => d !== undefined),
  };
}
