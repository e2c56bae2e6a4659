/**
 * The site's one door to the content collections: loads every collection
 * once per build and hands pages typed, indexed data. Pages call this; lib
 * functions take what it returns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { indexById, isAgreement, statusOf, type AgreementStatus } from './lib/agreements.ts';
import { parseHeadings, type Heading } from './lib/headings.ts';
import type { FocusArea, Municipality, PoliceDistrict } from './lib/schema.ts';
import type { ChartRegister } from './lib/charts/register.ts';

export type AgreementEntry = CollectionEntry<'agreements'>;

export interface Register {
  documents: AgreementEntry[];
  /** Documents that are agreements (related papers such as a saksframlegg left out). */
  agreements: AgreementEntry[];
  policeDistricts: PoliceDistrict[];
  municipalities: Municipality[];
  focusAreas: FocusArea[];
  documentById: Map<string, AgreementEntry>;
  policeDistrictById: Map<string, PoliceDistrict>;
  municipalityById: Map<string, Municipality>;
  focusAreaById: Map<string, FocusArea>;
  status(doc: AgreementEntry): AgreementStatus;
  headings(doc: AgreementEntry): Heading[];
}

let loading: Promise<Register> | undefined;

async function load(): Promise<Register> {
  const [documents, districtEntries, municipalityEntries, focusEntries] = await Promise.all([
    getCollection('agreements'),
    getCollection('policeDistricts'),
    getCollection('municipalities'),
    getCollection('focusAreas'),
  ]);
  const policeDistricts = districtEntries.map((e) => e.data);
  const municipalities = municipalityEntries.map((e) => e.data);
  const focusAreas = focusEntries.map((e) => e.data);
  const municipalityById = indexById(municipalities);
  const headingCache = new Map<string, Heading[]>();
  return {
    documents,
    agreements: documents.filter(isAgreement),
    policeDistricts,
    municipalities,
    focusAreas,
    documentById: indexById(documents),
    policeDistrictById: indexById(policeDistricts),
    municipalityById,
    focusAreaById: indexById(focusAreas),
    status: (doc) => statusOf(doc, municipalityById),
    headings: (doc) => {
      let h = headingCache.get(doc.id);
      if (!h) headingCache.set(doc.id, (h = parseHeadings(doc.body ?? '')));
      return h;
    },
  };
}

/** The register, loaded once per build. */
export function getRegister(): Promise<Register> {
  loading ??= load();
  return loading;
}

/** The register as the charts read it (`src/lib/charts`): every document, the collections, and clause headings for hover details. */
export function chartRegister(register: Register): ChartRegister {
  return {
    documents: register.documents,
    policeDistricts: register.policeDistricts,
    municipalities: register.municipalities,
    focusAreas: register.focusAreas,
    clauseTitle: (doc, clause) => {
      const entry = register.documentById.get(doc.id);
      return entry ? register.headings(entry).find((h) => h.id === clause)?.text : undefined;
    },
  };
}
