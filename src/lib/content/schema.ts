/**
 * The register's data model: every fact typed once, in zod. The content
 * config, the content checker and the tests all build their schemas here, so
 * the build and `npm run check` agree to the letter.
 *
 * Cross-references to the data collections (district, municipality, focus
 * area) are enums built from the keys that exist, so an unknown key fails
 * with the list of valid ones.
 */
import { z } from 'zod';
import { URL_SCHEMES } from './mdx-subset.ts';
import { SECTION_KEYS } from './sections.ts';
import { editDistance } from '../edit-distance.ts';

/** A stable key: lower-case ASCII letters, digits and single hyphens. */
export const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case a–z, 0–9 and hyphens only (e.g. "sor-ost")');

/**
 * Text a field must hold: not empty and not only spaces (zod's min(1) takes " "). The page shows it as
 * it is written.
 */
const textSchema = z.string().regex(/\S/, 'is empty or only spaces: write the text the document states (or leave out a field that may be left out)');

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** How much of a date the source document states. */
export type DatePrecision = 'year' | 'month' | 'day';

/** Precision of an ISO 8601 partial date: `2019` → year, `2019-07` → month, `2019-07-11` → day. */
export function datePrecision(iso: string): DatePrecision {
  const parts = iso.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** True when `iso` (YYYY, YYYY-MM or YYYY-MM-DD) names a real calendar date. */
export function isRealPartialDate(iso: string): boolean {
  const m = PARTIAL_DATE.exec(iso);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * The fix for an impossible date: the nearest real one (2019-02-31 → "2019-02-28",
 * 2019-13 → "2019-12"), or the format when nothing is near.
 */
export function nearestRealDate(iso: string): string {
  const m = PARTIAL_DATE.exec(iso);
  const [, y, mo, d] = m ?? [];
  if (y === undefined || mo === undefined) return 'write "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
  const month = Math.min(Math.max(Number(mo), 1), 12);
  const mm = String(month).padStart(2, '0');
  if (d === undefined) return `did you mean "${y}-${mm}"? (the format is "YYYY-MM-DD", month 01–12)`;
  const days = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  const dd = String(Math.min(Math.max(Number(d), 1), days)).padStart(2, '0');
  return `${y}-${mm} has ${days} days; did you mean "${y}-${mm}-${dd}"? (the format is "YYYY-MM-DD")`;
}

/**
 * A date as precise as the document is: "2019" when only the year is given
 * (Skien's "--.--.2019"), "2018-10-19" when the day is. Must be quoted in
 * YAML: an unquoted date is read as a timestamp and 2019-02-31 silently
 * becomes 3 March.
 */
export const partialDateSchema = z
  .string({
    error: (issue) =>
      issue.input instanceof Date
        ? 'write the date in quotes, e.g. "2018-10-19": unquoted, YAML turns it into a timestamp and rolls impossible dates over'
        : 'expected a date string: "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  })
  .regex(PARTIAL_DATE, 'expected "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ISO 8601, as precise as the document)')
  .refine(isRealPartialDate, { error: (issue) => `${String(issue.input)} is not a real date: ${nearestRealDate(String(issue.input))}` });

/**
 * Where in the document a fact comes from: the id of a heading in its text
 * (a section key, or the slug of the heading's text: lower-case letters of
 * any alphabet, digits, hyphens and underscores, e.g. "satsingsområde-for-perioden").
 */
const clause = z
  .string()
  .regex(/^[\p{Ll}\p{Lo}\p{N}_-]+$/u, 'a heading id: lower-case letters, digits and hyphens, as in the page address after # (e.g. "politirad")');

/**
 * The facts of each group that a `clauseFor` may cite a clause of their own for (CODING.md, rule 5).
 * A modality goes with its fact: the meetings' with `meetingsPerYear`, SLT's with `model`.
 */
export const CLAUSE_FACTS = {
  council: ['chair', 'secretariat', 'meetingsPerYear', 'members', 'jointWith'],
  slt: ['coordinator', 'model'],
  evaluation: ['how', 'frequency'],
  validity: ['terms', 'validUntil'],
} as const;
export type ClauseGroup = keyof typeof CLAUSE_FACTS;
export type ClauseFact<G extends ClauseGroup> = (typeof CLAUSE_FACTS)[G][number];

/**
 * The clause of each fact of a group that a section other than the group's `clause` states
 * (Moss: the members in «2. Deltagelse», the meetings in «3. Møtefrekvens/struktur»):
 * `clauseFor: { members: politirad }`. A fact it does not name cites the group's `clause`.
 */
function clauseFor<G extends ClauseGroup>(group: G) {
  const shape = Object.fromEntries(CLAUSE_FACTS[group].map((fact) => [fact, clause.optional()])) as { [F in ClauseFact<G>]: z.ZodOptional<typeof clause> };
  return z.strictObject(shape).optional();
}

export const DOCUMENT_TYPES = [
  'samarbeidsavtale',
  'politiradsavtale',
  'avtale-om-tjenestetilbud',
  'retningslinjer',
  'saksframlegg',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const LANGUAGES = ['nb', 'nn'] as const;
export type Language = (typeof LANGUAGES)[number];

export const PARTIES = ['kommune', 'politi'] as const;

/**
 * How binding the document makes a term (CODING.md, "Modality"): agreed
 * (skal, må, forplikter seg, or the plain present that states the
 * arrangement), recommended (bør) or optional (kan). Labels in src/strings.ts.
 */
export const MODALITIES = ['agreed', 'recommended', 'optional'] as const;
export type Modality = (typeof MODALITIES)[number];
export const modalitySchema = z.enum(MODALITIES, {
  error: (issue) =>
    `"${String(issue.input)}" is no modality: use agreed (skal, må, forplikter seg), recommended (bør) or optional (kan), from the sentence that states the term (CODING.md, "Modality")`,
});

/** A police district (politidistrikt), one of twelve. */
export const policeDistrictSchema = z.strictObject({
  id: keySchema,
  name: textSchema,
  shortName: textSchema,
  /** The counties (of 2024) it covers; municipalities outside this rule name their source (`districtSources`). */
  counties: z.array(textSchema).default([]),
});

/**
 * The schemes of a page a reader can open: the body's link schemes (mdx-subset.ts) but mailto. zod's
 * own url check takes any scheme (javascript:, data:, file:), and the page writes the address as a link.
 */
const WEB_SCHEMES = URL_SCHEMES.filter((scheme) => scheme !== 'mailto');

/** The address of a web page: http(s) only. */
const webUrlSchema = z.url({
  protocol: new RegExp(`^(?:${WEB_SCHEMES.join('|')})$`),
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a web address: write the address of the page as it opens in a browser, starting with https:// (or http://)`,
});

/** Where a fact from outside the documents comes from: a page a reader can open. */
export const factSourceSchema = z.strictObject({
  url: webUrlSchema,
  title: textSchema,
  /** The title's language when it is not Norwegian (a BCP 47 tag, e.g. `en`), for screen readers. */
  titleLang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, `not a language tag: write the title's language as a tag such as "en" (English), or leave titleLang out for a Norwegian title`).optional(),
  publisher: textSchema,
  /** When the source was published, as precise as it says. */
  date: partialDateSchema.optional(),
  /** What the source says that supports the fact, in our words. */
  says: textSchema,
});

/**
 * A police district that ceased when the police reform's twelve districts
 * were established (1 January 2016), with the district(s) that took it over.
 * An outside fact: each entry cites where it is stated.
 */
export const formerPoliceDistrictSchema = z.strictObject({
  id: keySchema,
  name: textSchema,
  /** Keys of content/police-districts.json: one, or more when the district was split (Midtre Hålogaland). */
  successors: z.array(keySchema).min(1, 'name the district(s) of content/police-districts.json that took it over'),
  /** The day it ceased: its successors' first day. */
  mergedOn: partialDateSchema,
  note: textSchema.optional(),
  sources: z
    .array(z.strictObject({ title: textSchema, publisher: textSchema, url: webUrlSchema }))
    .min(1, 'cite at least one source for the merger: title, publisher and url'),
});

/**
 * A point in WGS84 degrees. For a municipality: its administrative centre,
 * approximate (two decimals), for placing it on the map.
 */
export const coordinatesSchema = z.strictObject({
  lat: z.number().min(-90, 'latitude is between -90 and 90').max(90, 'latitude is between -90 and 90'),
  lon: z.number().min(-180, 'longitude is between -180 and 180').max(180, 'longitude is between -180 and 180'),
});

/** A municipality, with its number and what became of it. */
export const municipalitySchema = z
  .strictObject({
    id: keySchema,
    name: textSchema,
    number: z.string().regex(/^\d{4}$/, 'a municipality number has four digits, e.g. "0217"'),
    county: textSchema,
    status: z.enum(['active', 'merged']),
    /** Official Sami or Kven names beside the Norwegian one (Kartverket's forms), e.g. ["Kárášjohka"]. */
    otherNames: z.array(textSchema).optional(),
    /** Its police district (a key of police-districts.json); for an earlier municipality, the one it had. */
    policeDistrict: keySchema.optional(),
    /** Sources for a police district that does not follow the county (an exception to the district's `counties`). */
    districtSources: z.array(factSourceSchema).optional(),
    /** What the sources on its police district disagree on, or what could not be verified, and what the register follows. */
    districtNote: textSchema.optional(),
    mergedInto: keySchema.optional(),
    mergedOn: partialDateSchema.optional(),
    note: z.string().optional(),
    /** Its administrative centre, approximately: where the map places it. */
    coordinates: coordinatesSchema.optional(),
  })
  .refine((m) => m.status !== 'merged' || (m.mergedInto && m.mergedOn), {
    error: 'a merged municipality needs mergedInto (a municipality key) and mergedOn (a date)',
    path: ['mergedInto'],
  })
  .refine((m) => m.status !== 'active' || m.policeDistrict !== undefined, {
    error: 'a municipality of today needs policeDistrict (a key of police-districts.json, e.g. "ost")',
    path: ['policeDistrict'],
  });

/** A focus area of the taxonomy, labelled in both written standards. */
export const focusAreaSchema = z.strictObject({
  id: keySchema,
  label: z.strictObject({ nb: textSchema, nn: textSchema }),
  description: textSchema,
});

/**
 * Keys of the data collections that agreements may point at; undefined for a file the checker could not
 * read (it says why there), so that a reference to it is only checked to be a key.
 */
export interface TaxonomyKeys {
  policeDistricts: readonly string[] | undefined;
  municipalities: readonly string[] | undefined;
  focusAreas: readonly string[] | undefined;
  /** Keys of content/police-districts-pre-2016.json: left out when the register has no such file (then none is valid). */
  formerPoliceDistricts?: readonly string[] | undefined;
}

/** Up to this many valid keys are listed in full in a message; of more (361 municipalities), the nearest to the one written. */
const KEYS_LISTED = 30;

/** The valid keys a message names for `input`: all of them, or the nearest few and the file that holds them all. */
function validKeys(input: string, keys: readonly string[], file: string): string {
  if (keys.length <= KEYS_LISTED) return `valid keys: ${keys.join(', ')}`;
  const near = keys
    .map((key) => ({ key, distance: editDistance(input, key) }))
    .filter((k) => k.distance <= Math.max(2, Math.floor(input.length / 3)))
    .sort((a, b) => a.distance - b.distance || a.key.localeCompare(b.key))
    .slice(0, 5)
    .map((k) => `"${k.key}"`);
  return `${near.length > 0 ? `did you mean ${near.join(' or ')}? ` : ''}the ${keys.length} valid keys are the ids in ${file}`;
}

function keyEnum(keys: readonly string[] | undefined, what: string, file: string) {
  if (keys === undefined) return keySchema;
  if (keys.length === 0) return z.never({ error: `no ${what} are defined in content/` });
  return z.enum(keys as [string, ...string[]], {
    // A field left out or empty (or a file read while empty, as Astro's dev server reads a file an editor saves in
    // place) is told in `npm run check`'s words for a missing field, without the valid keys (357 for a municipality).
    error: (issue) =>
      issue.input == null ? `missing required field (expected a ${what} key)` : `unknown ${what} key "${String(issue.input)}"; ${validKeys(String(issue.input), keys, file)}`,
  });
}

/**
 * The frontmatter of one document under content/agreements/. Facts the
 * document does not state are left out, never guessed.
 */
export function agreementSchema(keys: TaxonomyKeys) {
  const municipality = keyEnum(keys.municipalities, 'municipality', 'content/municipalities.json');
  return z
    .strictObject({
      title: textSchema,
      municipality,
      policeDistrict: keyEnum(keys.policeDistricts, 'police district', 'content/police-districts.json'),
      /**
       * The district the document was signed in, when that district has
       * since ceased (Oppegård 2009: Follo). A key of
       * content/police-districts-pre-2016.json whose successors include policeDistrict.
       */
      policeDistrictAtSigning: keyEnum('formerPoliceDistricts' in keys ? keys.formerPoliceDistricts : [], 'pre-2016 police district', 'content/police-districts-pre-2016.json').optional(),
      /** The police unit named in the document, e.g. "Follo politistasjon". */
      policeUnit: textSchema.optional(),
      documentType: z.enum(DOCUMENT_TYPES),
      language: z.enum(LANGUAGES),
      signed: z
        .strictObject({
          date: partialDateSchema,
          /** The words of the document, e.g. "Avtalen er inngått og signert --.--.2019". */
          asWritten: textSchema,
        })
        .optional(),
      /** A date stamped on the document when it was received, e.g. Bodø's "26 OKT. 2018". */
      received: partialDateSchema.optional(),
      /** When the document was added to the register (for the feed of new agreements). */
      added: partialDateSchema.optional(),
      signatories: z
        .array(
          z.strictObject({
            party: z.enum(PARTIES),
            role: textSchema,
            name: textSchema.optional(),
          }),
        )
        .default([]),
      council: z
        .strictObject({
          chair: textSchema.optional(),
          secretariat: textSchema.optional(),
          /** The agreed minimum number of council meetings a year. */
          meetingsPerYear: z.number().int().positive().optional(),
          /** How binding the meetings are: "Det skal avholdes minimum to møter" → agreed. */
          meetingsModality: modalitySchema.optional(),
          members: z
            .strictObject({
              municipality: z.array(textSchema).default([]),
              police: z.array(textSchema).default([]),
            })
            .optional(),
          /** Other municipalities the council meets with, e.g. Værøy and Røst. */
          jointWith: z.array(municipality).default([]),
          clause,
          clauseFor: clauseFor('council'),
        })
        .optional(),
      slt: z
        .strictObject({
          coordinator: textSchema.optional(),
          model: textSchema.optional(),
          /** "Alle kommunene bør ha ansatt … SLT-koordinator" → recommended. */
          modality: modalitySchema.optional(),
          clause,
          clauseFor: clauseFor('slt'),
        })
        .optional(),
      evaluation: z
        .strictObject({
          how: textSchema,
          frequency: textSchema.optional(),
          /** "kan evaluerast årlig" → optional; "må evalueres årlig" → agreed. */
          modality: modalitySchema.optional(),
          clause,
          clauseFor: clauseFor('evaluation'),
        })
        .optional(),
      validity: z
        .strictObject({
          terms: textSchema,
          validUntil: partialDateSchema.optional(),
          modality: modalitySchema.optional(),
          clause,
          clauseFor: clauseFor('validity'),
        })
        .optional(),
      focusAreas: z
        .array(z.strictObject({ key: keyEnum(keys.focusAreas, 'focus area', 'content/focus-areas.json'), clause }))
        .default([]),
      supersedes: keySchema.optional(),
      supersededBy: keySchema.optional(),
      /** Other documents of the register that belong with this one (e.g. the case presentation). */
      related: z.array(keySchema).default([]),
      source: z.strictObject({
        title: textSchema,
        publisher: textSchema,
        archiveReference: textSchema.optional(),
        /** The source text this document was published from: a file name in `content/sources/` (the checker checks it exists). */
        file: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.txt$/, { error: 'a file name in content/sources/, lower-case a–z, 0–9 and hyphens, ending in .txt, e.g. "skien-2019.txt"' }),
        url: webUrlSchema.optional(),
      }),
      /**
       * The document names people with their phone numbers or e-mail
       * addresses, and publishing them was decided: by whom and why.
       */
      contactDetails: z.strictObject({ published: z.literal(true), decision: textSchema }).optional(),
    })
    .refine((a) => a.documentType === 'saksframlegg' || a.signed !== undefined, {
      error: 'an agreement needs signed: { date, asWritten } (use the year alone, "2019", when the day is blank)',
      path: ['signed'],
    });
}

export type PoliceDistrict = z.infer<typeof policeDistrictSchema>;
export type FormerPoliceDistrict = z.infer<typeof formerPoliceDistrictSchema>;
export type Municipality = z.infer<typeof municipalitySchema>;
export type Coordinates = z.infer<typeof coordinatesSchema>;
export type FactSource = z.infer<typeof factSourceSchema>;
export type FocusArea = z.infer<typeof focusAreaSchema>;
export type AgreementData = z.infer<ReturnType<typeof agreementSchema>>;

/** The section keys as a zod enum, for the remark plugin and the checker. */
export const sectionKeySchema = z.enum(SECTION_KEYS);
