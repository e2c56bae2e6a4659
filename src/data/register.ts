/**
 * The site's one door to the content collections: loads every collection
 * once per build and hands pages typed, indexed data. Pages call this; lib
 * functions take what it returns.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byDistrict, indexById, isAgreement, statusOf, type AgreementStatus } from '../lib/content/agreements.ts';
import { parseHeadings, type Heading } from '../lib/content/headings.ts';
import type { FocusArea, FormerPoliceDistrict, Municipality, PoliceDistrict } from '../lib/content/schema.ts';
import type { ChartRegister } from '../lib/charts/chart-data.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, DATA_FILES, hasFormerPoliceDistricts, readSourceBytes } from '../lib/content/register-files.ts';
import { neighboursByNumber, parseBoundaries, type Boundaries, type Neighbours } from '../lib/municipalities/boundaries.ts';
import { municipalityRegister, type MunicipalityRegister } from '../lib/municipalities/coverage.ts';
import { normaliseText, parseJsonText } from '../lib/content/source-text.ts';
import { omittedLines, type OmittedLine } from '../lib/publish/source-omissions.ts';
import { exportRows, type ExportRow } from '../lib/publish/export.ts';

export type AgreementEntry = CollectionEntry<'agreements'>;

/** A document's text as Astro read it, read as the checker reads it: no BOM, LF line endings. */
export function bodyOf(doc: AgreementEntry): string {
  return normaliseText(doc.body ?? '');
}

export interface Register {
  documents: AgreementEntry[];
  /** Documents that are agreements (related papers such as a saksframlegg left out). */
  agreements: AgreementEntry[];
  policeDistricts: PoliceDistrict[];
  municipalities: Municipality[];
  focusAreas: FocusArea[];
  /** The police districts before the 2016 reform, with their successors. */
  formerPoliceDistricts: FormerPoliceDistrict[];
  documentById: Map<string, AgreementEntry>;
  policeDistrictById: Map<string, PoliceDistrict>;
  municipalityById: Map<string, Municipality>;
  focusAreaById: Map<string, FocusArea>;
  formerPoliceDistrictById: Map<string, FormerPoliceDistrict>;
  status(doc: AgreementEntry): AgreementStatus;
  headings(doc: AgreementEntry): Heading[];
  /** Every municipality with its agreements, status and district share, computed once per build. */
  national: MunicipalityRegister<AgreementEntry>;
  /** The municipality boundaries, parsed once per build. */
  boundaries: Boundaries;
  /** Each municipality's neighbours by number (shared border, or nearest for an island). */
  neighbours: Map<string, Neighbours>;
  /** The agreements of each police district, by district id, newest first. */
  agreementsByDistrict: Map<string, AgreementEntry[]>;
  /** The documents published from the same source text as `doc` (itself included), in id order. */
  sameSource(doc: AgreementEntry): readonly AgreementEntry[];
  /** A source text's bytes as received (`source.file`). */
  sourceBytes(file: string): Uint8Array<ArrayBuffer>;
  /** The lines of `doc`'s source text that none of the documents made from it publish. */
  sourceOmissions(doc: AgreementEntry): OmittedLine[];
}

let loading: Promise<Register> | undefined;

/** Entries sorted as their ids stand in a data file's JSON array. */
function inFileOrder<T extends { id: string }>(entries: T[], json: string): T[] {
  const order = (parseJsonText(json) as Array<{ id: string }>).map((e) => e.id);
  return [...entries].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
}

async function load(): Promise<Register> {
  const [documents, districtEntries, municipalityEntries, focusEntries, formerEntries] = await Promise.all([
    getCollection('agreements'),
    getCollection('policeDistricts'),
    getCollection('municipalities'),
    getCollection('focusAreas'),
    // Optional: without the file, Astro would warn of an empty collection in every build.
    hasFormerPoliceDistricts() ? getCollection('formerPoliceDistricts') : Promise.resolve([]),
  ]);
  // getCollection sorts entries by id; the data files' own order is the one to show
  // (districts as the police lists them, the taxonomy as it is written).
  // Only the two data files: reading the whole register again (every agreement) is not needed for this.
  const dataFile = (name: string) => readFileSync(join(contentDir(), name), 'utf8');
  const policeDistricts = inFileOrder(districtEntries.map((e) => e.data), dataFile(DATA_FILES.policeDistricts));
  const municipalities = municipalityEntries.map((e) => e.data);
  const focusAreas = inFileOrder(focusEntries.map((e) => e.data), dataFile(DATA_FILES.focusAreas));
  const municipalityById = indexById(municipalities);
  const boundaryPath = join(contentDir(), DATA_FILES.boundaries);
  const boundaries = parseBoundaries(readFileSync(boundaryPath, 'utf8'), boundaryPath);
  const formerPoliceDistricts = formerEntries.map((e) => e.data);
  const headingCache = new Map<string, Heading[]>();
  const bytesCache = new Map<string, Uint8Array<ArrayBuffer>>();
  const omissionsCache = new Map<string, OmittedLine[]>();
  const sourceBytes = (file: string) => {
    let b = bytesCache.get(file);
    if (!b) bytesCache.set(file, (b = readSourceBytes(file)));
    return b;
  };
  // Grouped once, in id order: every agreement page asks for its source's documents.
  const bySource = Map.groupBy(documents, (d) => d.data.source.file);
  const sameSource = (doc: AgreementEntry) => bySource.get(doc.data.source.file) ?? [];
  const agreements = documents.filter(isAgreement);
  return {
    documents,
    agreements,
    policeDistricts,
    municipalities,
    focusAreas,
    formerPoliceDistricts,
    documentById: indexById(documents),
    policeDistrictById: indexById(policeDistricts),
    municipalityById,
    focusAreaById: indexById(focusAreas),
    formerPoliceDistrictById: indexById(formerPoliceDistricts),
    status: (doc) => statusOf(doc, municipalityById),
    headings: (doc) => {
      let h = headingCache.get(doc.id);
      if (!h) headingCache.set(doc.id, (h = parseHeadings(bodyOf(doc))));
      return h;
    },
    national: municipalityRegister(documents, municipalities, policeDistricts),
    boundaries,
    neighbours: neighboursByNumber(boundaries),
    agreementsByDistrict: new Map(byDistrict(agreements, policeDistricts).map((g) => [g.district.id, g.docs])),
    sameSource,
    sourceBytes,
    sourceOmissions: (doc) => {
      const file = doc.data.source.file;
      let o = omissionsCache.get(file);
      if (!o) {
        const text = new TextDecoder('utf-8').decode(sourceBytes(file));
        omissionsCache.set(file, (o = omittedLines(text, sameSource(doc).map(bodyOf))));
      }
      return o;
    },
  };
}

/** The register, loaded once per build. */
export function getRegister(): Promise<Register> {
  loading ??= load();
  return loading;
}

/** One row of an agreement table (src/components/AgreementTable.astro): the document, its municipality's name and its status. */
export interface AgreementRow {
  doc: AgreementEntry;
  municipality: string | undefined;
  status: AgreementStatus;
}

/** The rows of an agreement table for `docs`, in their order. */
export function agreementRows(register: Register, docs: readonly AgreementEntry[]): AgreementRow[] {
  return docs.map((doc) => ({ doc, municipality: register.municipalityById.get(doc.data.municipality)?.name, status: register.status(doc) }));
}

/** A police district with the rows of its agreements' table (none for a district without a registered agreement). */
export interface DistrictAgreements {
  district: PoliceDistrict;
  rows: AgreementRow[];
}

/** Every police district in the register's order, each with its agreements newest first: what the front page and `/avtaler/` list. */
export function agreementsByDistrict(register: Register): DistrictAgreements[] {
  return register.policeDistricts.map((district) => ({ district, rows: agreementRows(register, register.agreementsByDistrict.get(district.id) ?? []) }));
}

/** The counts of the districts' lists of agreements (`agreementsByDistrict`), as `agreementCount` gives them. */
export interface AgreementCount {
  /** All of them: the front page's and `/avtaler/`'s count, `/politidistrikt/`'s national row. */
  agreements: number;
  /** How many districts have one or more. */
  districts: number;
  /** Each district's, by district id (0 for one without): `/politidistrikt/`'s column of counts. */
  byDistrict: Map<string, number>;
}

/**
 * How many agreements the districts' lists hold, in all, from how many districts and in each:
 * the counts the front page and `/avtaler/` give above their lists and `/politidistrikt/` gives in
 * its table, from the same lists so that the pages cannot disagree.
 */
export function agreementCount(groups: readonly DistrictAgreements[]): AgreementCount {
  const listed = groups.filter((g) => g.rows.length > 0);
  return {
    agreements: listed.reduce((n, g) => n + g.rows.length, 0),
    districts: listed.length,
    byDistrict: new Map(groups.map((g) => [g.district.id, g.rows.length])),
  };
}

/** The open data's agreement rows (`/data/agreements.json` and `.csv`), with the register's names for its keys. */
export function agreementExportRows(register: Register): ExportRow[] {
  return exportRows(register.documents, {
    municipalities: register.municipalityById,
    policeDistricts: register.policeDistrictById,
    formerPoliceDistricts: register.formerPoliceDistrictById,
  });
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
