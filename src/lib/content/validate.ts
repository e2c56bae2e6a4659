/**
 * Validates the whole register: data collections, every document's
 * frontmatter, its section markers and the links between documents. Pure:
 * takes file names and contents, returns problems. The build (through the
 * content-check integration), `npm run check` and the tests all call this, so
 * they report the same messages.
 */
// Astro's own frontmatter reader (the one its content layer uses), from `astro/markdown`: the same
// function @astrojs/markdown-remark re-exports, without loading the whole unified pipeline with it.
import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import { z } from 'zod';
import { findPersonalContactData } from './contact-data.ts';
import { parseHeadings, type Heading } from './headings.ts';
import { clauseReferences } from './fact-clauses.ts';
import { checkMdxSubset } from './mdx-subset.ts';
import { slugOf } from './register-files.ts';
import {
  agreementSchema,
  focusAreaSchema,
  formerPoliceDistrictSchema,
  municipalitySchema,
  policeDistrictSchema,
  type AgreementData,
  type FocusArea,
  type FormerPoliceDistrict,
  type Municipality,
  type PoliceDistrict,
} from './schema.ts';
import { SECTION_KEYS, isSectionKey } from './sections.ts';
import { decomposedLetters, guessWindows1252, loneCarriageReturn, normaliseText, parseJsonText, placeAt, type Decomposed, type EncodingFault, type TextPlace } from './source-text.ts';
import { codePointName, forbiddenCharacters, forbiddenHere, forbiddenInValue, stringsIn } from './control-characters.ts';
import { jsonSyntaxError } from './json-syntax.ts';
import { unclosedProblem, yamlProblem } from './frontmatter-problems.ts';
import { malformSchema } from '../search/terms.ts';
import { editDistance } from '../edit-distance.ts';
import { fieldAt, parseWithFixes, zodProblems, type Problem } from './problems.ts';
import { entryPlaces, frontmatterPlaces, jsonPlaces, type Place } from './field-places.ts';

/** A file as read from disk: its path relative to the project and its text. */
export interface SourceFile {
  path: string;
  text: string;
  /** Set by the reader when the file's bytes are not UTF-8. */
  fault?: EncodingFault;
  /** Set by the reader where a line of the file first ends with a lone CR (the text is normalised already). */
  loneCr?: TextPlace;
}

/** The register's content as files. */
export interface RegisterFiles {
  policeDistricts: SourceFile;
  municipalities: SourceFile;
  focusAreas: SourceFile;
  /** The pre-2016 police districts; absent or empty when the register has none. */
  formerPoliceDistricts?: SourceFile;
  /** The bokmål ⇄ nynorsk word list for search (`content/malform.json`), which every build reads: readRegisterFiles always reads it, and a register without it is refused; a caller that builds RegisterFiles by hand (a unit test) may leave it out, and then it is not checked. */
  malform?: SourceFile;
  agreements: SourceFile[];
  /** Journals of imports interrupted while putting their documents in place (see src/lib/import/write.ts). */
  interruptedWrites?: SourceFile[];
  /** The paths of files in the agreements folder named as an agreement but not ending in `.mdx` (`moss-2020.md`), which the build leaves out. */
  misnamedAgreements?: string[];
  /** The source texts in `content/sources/` that documents name in `source.file`. */
  sources: SourceFile[];
}

/** A document that passed validation. */
export interface CheckedAgreement {
  /** The slug: the file name without `.mdx`, as Astro's entry id. */
  id: string;
  path: string;
  data: AgreementData;
  headings: Heading[];
  /** The text after the frontmatter as Astro holds it (trimmed; no BOM, LF line endings). */
  body: string;
}

/** The result of checking: typed content where it is valid, and every problem found. */
export interface CheckResult {
  policeDistricts: PoliceDistrict[];
  municipalities: Municipality[];
  focusAreas: FocusArea[];
  formerPoliceDistricts: FormerPoliceDistrict[];
  agreements: CheckedAgreement[];
  /** Each source text a document names (`source.file`), valid or not, with the paths of the documents that name it. */
  sourceNames: Map<string, string[]>;
  problems: Problem[];
}

/** A file that is not UTF-8 (its first bad byte from the reader, or a U+FFFD left by another decoder). */
function encodingProblem(file: SourceFile): Problem | undefined {
  let fault = file.fault;
  if (!fault) {
    const index = file.text.indexOf('\uFFFD');
    if (index < 0) return undefined;
    const before = normaliseText(file.text.slice(0, index));
    fault = { ...placeAt(before, before.length), byte: 0xfffd };
  }
  const guess = fault.byte === 0xfffd ? undefined : guessWindows1252(fault.byte);
  const what =
    fault.byte === 0xfffd
      ? 'here is U+FFFD, the mark an editor leaves where it could not read a character'
      : `byte 0x${fault.byte.toString(16).padStart(2, '0')} here${guess ? ` is "${guess}" in Windows-1252` : ' cannot be read'}`;
  return {
    file: file.path,
    line: fault.line,
    column: fault.column,
    message: `the file is not UTF-8 (${what}): save it as UTF-8 (in most editors: "Save with encoding" → UTF-8), then check its æ, ø and å.`,
  };
}

/**
 * A data file's JSON, or undefined after a problem: the file is missing or empty (it must be `what`), or
 * not JSON (where it stops being JSON, and how to fix it).
 */
function readJson(file: SourceFile, what: string, problems: Problem[]): { value: unknown } | undefined {
  if (file.text.trim() === '') {
    problems.push({ file: file.path, message: `is missing or empty: it must be ${what}.` });
    return undefined;
  }
  const text = normaliseText(file.text);
  const written = forbiddenInText(file, text);
  if (written.length > 0) {
    problems.push(...written);
    return undefined;
  }
  const decomposed = decomposedLetters(text);
  if (decomposed) problems.push(decomposedProblem({ ...file, text }, decomposed));
  try {
    return { value: parseJsonText(file.text) };
  } catch (e) {
    const { line, column, reason } = jsonSyntaxError(text, e as Error);
    problems.push({
      file: file.path,
      line,
      column,
      message: `is not valid JSON here (${reason}): write every name and text in double quotes, with a comma between two items and none after the last.`,
    });
    return undefined;
  }
}

/** How many characters of one file the checker names, each at its place: enough to show where, not a screenful. */
const FORBIDDEN_SHOWN = 10;

/** The control and bidirectional formatting characters written in a file's text, each at its place. */
function forbiddenInText(file: SourceFile, text: string): Problem[] {
  return forbiddenCharacters(text)
    .slice(0, FORBIDDEN_SHOWN)
    .map(({ offset, char }) => ({ file: file.path, ...placeAt(text, offset), message: forbiddenHere(char) }));
}

/** The first letter of an agreement written decomposed (Unicode NFD), and how many there are. */
function decomposedProblem(file: SourceFile, d: Decomposed): Problem {
  const codes = [...d.written].map(codePointName).join(' ');
  const more = d.count > 1 ? ` (and ${d.count - 1} more letter(s) so in the file)` : '';
  return {
    file: file.path,
    ...placeAt(file.text, d.offset),
    message: `here "${d.composed}" is written as ${[...d.written].length} characters (${codes}: a letter and a combining mark, as macOS and some PDF readers copy text)${more}: the page shows the same letter, but the search index keeps the word apart from the same word typed. Write it as one character, "${d.composed}" (${codePointName(d.composed)}); an editor's "normalise to NFC" does the whole file.`,
  };
}

/** The strings of a parsed value (frontmatter, a data file's entry) that hold such a character as an escape, each at its field. */
function forbiddenInValues(path: string, value: unknown, entry?: Problem['entry']): Problem[] {
  return [...stringsIn(value)].flatMap(({ path: at, text }) => {
    const [found] = forbiddenCharacters(text);
    return found ? [{ file: path, ...(entry ? { entry } : {}), ...fieldAt(at), message: forbiddenInValue(found.char) }] : [];
  });
}

/** The word list for search, which the build reads for every page: checked with the schema the build reads it with. */
function checkMalform(file: SourceFile | undefined, problems: Problem[]): void {
  if (!file) return;
  const json = readJson(file, 'the word list for search: { "pairs": [["bokmål", "nynorsk"], …], "parts": [["bokmål", "nynorsk"], …] }', problems);
  if (!json) return;
  problems.push(...forbiddenInValues(file.path, json.value));
  const parsed = parseWithFixes(malformSchema, json.value);
  if (!parsed.success) problems.push(...zodProblems(file.path, malformSchema, parsed.error, json.value));
}

/**
 * A data collection file's entries: the valid ones, each with its place in the file, and the ids of all of
 * them; no ids when the file could not be read (missing, not JSON, not an array), so that the references
 * to it are not checked: its one problem is not told again in every document.
 */
interface ParsedArray<T> {
  valid: { item: T; index: number }[];
  ids: string[] | undefined;
}

/** A file the register may do without (the pre-2016 districts): no entries, and a reference to one is unknown. */
const NO_ENTRIES: ParsedArray<never> = { valid: [], ids: [] };
/** A file that could not be read: its problem is told, and the references to it go unchecked. */
const UNREADABLE: ParsedArray<never> = { valid: [], ids: undefined };

const itemsOf = <T>(data: ParsedArray<T>): T[] => data.valid.map(({ item }) => item);

/**
 * Parses a data collection file. Returns its valid entries, each with its
 * index in the file (so a later problem names the entry), and the ids of
 * all entries (valid or not), so a reference to an entry with a broken
 * field is not reported a second time as an unknown key.
 */
function parseJsonArray<T>(file: SourceFile, schema: z.ZodType<T>, problems: Problem[]): ParsedArray<T> {
  const json = readJson(file, 'a JSON array of entries, each with an "id"', problems);
  if (!json) return UNREADABLE;
  const raw = json.value;
  if (!Array.isArray(raw)) {
    problems.push({ file: file.path, message: 'must be a JSON array of entries, each with an "id".' });
    return UNREADABLE;
  }
  const valid: ParsedArray<T>['valid'] = [];
  const ids = raw.flatMap((entry) => (entry && typeof entry === 'object' && typeof entry.id === 'string' ? [entry.id as string] : []));
  const seen = new Set<string>();
  raw.forEach((entry, i) => {
    const parsed = parseWithFixes(schema, entry);
    const at: Problem['entry'] = { index: i, ...(entry && typeof entry === 'object' && 'id' in entry ? { id: String(entry.id) } : {}) };
    problems.push(...forbiddenInValues(file.path, entry, at));
    if (!parsed.success) {
      problems.push(...zodProblems(file.path, schema, parsed.error, entry).map((p) => ({ ...p, entry: at })));
      return;
    }
    const id = (parsed.data as { id: string }).id;
    if (seen.has(id)) problems.push({ file: file.path, entry: at, field: 'id', message: `duplicate id "${id}": each id may appear once.` });
    seen.add(id);
    valid.push({ item: parsed.data, index: i });
  });
  return { valid, ids };
}

function checkHeadings(path: string, headings: Heading[], problems: Problem[]): void {
  const seen = new Map<string, number>();
  for (const h of headings) {
    if (h.sectionKey === undefined) continue;
    if (!isSectionKey(h.sectionKey)) {
      problems.push({
        file: path,
        line: h.line,
        field: `heading "${h.text}"`,
        message: `"${h.sectionKey}" is not a canonical section key. Use one of: ${SECTION_KEYS.join(', ')}; or remove the marker for a heading outside the template.`,
      });
    } else if (seen.has(h.sectionKey)) {
      problems.push({
        file: path,
        line: h.line,
        field: `heading "${h.text}"`,
        message: `section "${h.sectionKey}" is already marked at line ${seen.get(h.sectionKey)}: a key marks one heading per document.`,
      });
    } else seen.set(h.sectionKey, h.line);
  }
}

/** The first line of the review notes the importer writes at the top of a draft's frontmatter. */
export const DRAFT_REVIEW_MARKER = '# IMPORT REVIEW';

/** An import draft still carries the importer's review notes: it has not been checked by an editor. */
function checkDraftReview(file: SourceFile, problems: Problem[]): void {
  const end = file.text.indexOf('\n---', 3);
  const frontmatter = end > 0 ? file.text.slice(0, end) : file.text;
  const index = frontmatter.indexOf(`\n${DRAFT_REVIEW_MARKER}`);
  if (index < 0) return;
  const line = frontmatter.slice(0, index + 1).split('\n').length;
  problems.push({
    file: file.path,
    line,
    message: `is an import draft nobody has reviewed yet: check each point of the "${DRAFT_REVIEW_MARKER}" comment against the signed document, then delete the comment.`,
  });
}

/**
 * Phone numbers and e-mail addresses of individuals in the text are published
 * only when the frontmatter records that this was decided (`contactDetails`).
 */
function checkContactData(path: string, body: string, frontmatter: Record<string, unknown>, problems: Problem[]): void {
  const decision = frontmatter.contactDetails as { published?: unknown } | undefined;
  if (decision?.published === true) return;
  for (const finding of findPersonalContactData(body)) {
    const whose = finding.person ? ` next to the name "${finding.person}"` : '';
    problems.push({
      file: path,
      line: finding.line,
      message: `personal contact data: ${finding.kind} "${finding.value}"${whose}. Publish it only if that was decided: add contactDetails: { published: true, decision: "who decided, and why" } to the frontmatter, or remove it from the text.`,
    });
  }
}

/** The earliest and the latest day a partial date may stand for: "2016" → 2016-01-01 … 2016-12-31. */
function dayRange(iso: string): [string, string] {
  const [y, m, d] = iso.split('-');
  if (d !== undefined) return [iso, iso];
  if (m !== undefined) return [`${y}-${m}-01`, `${y}-${m}-31`];
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * The police district at signing (CODING.md): a document signed in a district
 * that has since ceased names it, and its successors include today's district.
 */
function checkDistrictAtSigning(
  a: CheckedAgreement,
  formers: ReadonlyMap<string, FormerPoliceDistrict>,
  districtNames: ReadonlyMap<string, string>,
  problems: Problem[],
): void {
  const d = a.data;
  const field = 'policeDistrictAtSigning';
  const today = districtNames.get(d.policeDistrict) ?? d.policeDistrict;
  if (d.policeDistrictAtSigning !== undefined) {
    const former = formers.get(d.policeDistrictAtSigning);
    if (!former) return; // its entry in the data file is broken, and reported there
    if (!former.successors.includes(d.policeDistrict)) {
      const into = former.successors.map((s) => `${districtNames.get(s) ?? s} (${s})`).join(' or ');
      problems.push({
        file: a.path,
        field,
        message: `${former.name} became ${into} on ${former.mergedOn}, but policeDistrict is "${d.policeDistrict}" (${today}). Set policeDistrict to ${former.successors.map((s) => `"${s}"`).join(' or ')}, or name the district the document was signed in.`,
      });
    }
    if (d.signed && dayRange(d.signed.date)[0] >= former.mergedOn) {
      problems.push({
        file: a.path,
        field,
        message: `${former.name} ceased on ${former.mergedOn}, and this document was signed ${d.signed.date}, in ${today}. Remove policeDistrictAtSigning: it is only for a district that has ceased since signing.`,
      });
    }
    return;
  }
  if (!d.signed) return;
  const predecessors = [...formers.values()].filter((f) => f.successors.includes(d.policeDistrict) && dayRange(d.signed!.date)[1] < f.mergedOn);
  if (predecessors.length > 0) {
    problems.push({
      file: a.path,
      field,
      message: `missing: the document was signed ${d.signed.date}, before ${today} was established (${predecessors[0]!.mergedOn}). Add policeDistrictAtSigning: the district it was signed in, one of ${predecessors.map((f) => `${f.id} (${f.name})`).join(', ')} (content/police-districts-pre-2016.json).`,
    });
  }
}

/** A modality written without the term it qualifies, e.g. meetingsModality with no meetingsPerYear. */
function checkModalities(a: CheckedAgreement, problems: Problem[]): void {
  const council = a.data.council;
  if (council?.meetingsModality !== undefined && council.meetingsPerYear === undefined) {
    problems.push({
      file: a.path,
      field: 'council.meetingsModality',
      message: 'says how binding the meetings are, but council.meetingsPerYear is not given: add the number of meetings a year the document sets, or remove meetingsModality.',
    });
  }
  const slt = a.data.slt;
  if (slt?.modality !== undefined && slt.coordinator === undefined && slt.model === undefined) {
    problems.push({
      file: a.path,
      field: 'slt.modality',
      message: 'says how binding the SLT term is, but neither slt.coordinator nor slt.model states the term: add the one the document states (CODING.md, "SLT"), or remove slt.modality.',
    });
  }
}

/**
 * Checks the register: parses the data collections, then every document
 * against the schema built from their keys, its section markers, its clause
 * links and the links between documents.
 */
/** The folder of a source file's path, for messages (`content/sources/`). */
function folderOf(path: string): string {
  return path.includes('/') ? path.replace(/[^/]*$/, '') : '';
}

/**
 * Every `source.file` names a file of the sources folder, every file there
 * is named by a document made from it, and each is UTF-8: the site serves it
 * as UTF-8 text, byte for byte.
 */
function checkSources(sources: readonly SourceFile[], agreements: readonly CheckedAgreement[], named: ReadonlySet<string>, problems: Problem[]): void {
  const names = new Map(sources.map((s) => [s.path.replace(/^.*\//, ''), s.path]));
  const folder = sources[0] ? folderOf(sources[0].path) : 'content/sources/';
  for (const a of agreements) {
    const name = a.data.source.file;
    if (!names.has(name)) {
      const near = [...names.keys()].filter((n) => editDistance(n, name) <= 3);
      problems.push({
        file: a.path,
        field: 'source.file',
        message: `no file "${name}" in ${folder}.${near.length > 0 ? ` Did you mean "${near[0]}"?` : ''} Put the source text there as received (UTF-8), or correct the name. Files there: ${[...names.keys()].join(', ') || '(none)'}.`,
      });
    }
  }
  for (const source of sources) {
    const encoding = encodingProblem(source);
    if (encoding) problems.push(encoding);
  }
  for (const [name, path] of names) {
    if (!named.has(name)) {
      problems.push({
        file: path,
        message: `no document names this source: set "source.file: ${name}" in the documents made from it, or remove the file.`,
      });
    }
  }
}

export function checkRegister(files: RegisterFiles): CheckResult {
  const problems: Problem[] = [];
  const districtData = parseJsonArray(files.policeDistricts, policeDistrictSchema, problems);
  const municipalityData = parseJsonArray(files.municipalities, municipalitySchema, problems);
  const focusData = parseJsonArray(files.focusAreas, focusAreaSchema, problems);
  const [policeDistricts, municipalities, focusAreas] = [itemsOf(districtData), itemsOf(municipalityData), itemsOf(focusData)];
  const formerFile = files.formerPoliceDistricts;
  const formerData = formerFile && formerFile.text.trim() !== '' ? parseJsonArray(formerFile, formerPoliceDistrictSchema, problems) : NO_ENTRIES;
  const formerPoliceDistricts = itemsOf(formerData);
  checkMalform(files.malform, problems);
  // Undefined when the districts' file could not be read: the references to it are then not checked (ParsedArray).
  const districtIds = districtData.ids;
  formerData.valid.forEach(({ item: f, index }) => {
    f.successors.forEach((s, i) => {
      if (formerFile && districtIds && !districtIds.includes(s)) {
        problems.push({
          file: formerFile.path,
          entry: { index, id: f.id },
          field: `successors[${i}]`,
          message: `unknown police district key "${s}"; valid keys: ${districtIds.join(', ')}`,
        });
      }
    });
  });
  const formerById = new Map(formerPoliceDistricts.map((f) => [f.id, f]));
  const districtNames = new Map(policeDistricts.map((d) => [d.id, d.name]));

  const municipalityIds = municipalityData.ids;
  const districtById = new Map(policeDistricts.map((d) => [d.id, d]));
  const activeNumbers = new Map<string, string>();
  municipalityData.valid.forEach(({ item: m, index }) => {
    const at = { file: files.municipalities.path, entry: { index, id: m.id } };
    if (m.mergedInto && !municipalityIds?.includes(m.mergedInto)) {
      problems.push({ ...at, field: 'mergedInto', message: `unknown municipality key "${m.mergedInto}"; use the id of the municipality it became part of` });
    }
    if (m.policeDistrict === undefined) return;
    const district = districtById.get(m.policeDistrict);
    if (!district) {
      // An entry that is there but broken is reported where it is.
      if (districtIds && !districtIds.includes(m.policeDistrict)) {
        problems.push({ ...at, field: 'policeDistrict', message: `unknown police district key "${m.policeDistrict}"; valid keys: ${districtIds.join(', ')}` });
      }
    } else if (m.status === 'active' && district.counties.length > 0 && !district.counties.includes(m.county) && !m.districtSources?.length) {
      problems.push({
        ...at,
        field: 'districtSources',
        message: `${m.name} is in ${m.county}, which ${district.name} does not cover by county: cite the source that puts it there (districtSources: [{ url, title, publisher, says }])`,
      });
    }
    if (m.status === 'active') {
      const other = activeNumbers.get(m.number);
      if (other) problems.push({ ...at, field: 'number', message: `number ${m.number} is also ${other}'s; each municipality of today has its own number` });
      activeNumbers.set(m.number, m.id);
    }
  });

  const schema = agreementSchema({
    policeDistricts: districtData.ids,
    municipalities: municipalityIds,
    focusAreas: focusData.ids,
    formerPoliceDistricts: formerData.ids,
  });

  const agreements: CheckedAgreement[] = [];
  // Source files named by any document, valid or not, so a broken document does not orphan its source.
  const namedSources = new Map<string, string[]>();
  // A document that cannot be read names no source for certain: each source text whose name it holds counts as
  // named, so that the document's one problem is not told again as a source no document names.
  const mightBeNamed = new Set<string>();
  const sourceFileNames = files.sources.map((s) => s.path.replace(/^.*\//, ''));
  const mightName = (file: SourceFile) => {
    for (const name of sourceFileNames) if (file.text.includes(name)) mightBeNamed.add(name);
  };
  const pathsBySlug = new Map<string, string>();
  for (const source of files.agreements) {
    const file = { ...source, text: normaliseText(source.text) };
    const slug = slugOf(file.path);
    const earlier = pathsBySlug.get(slug);
    if (earlier) {
      problems.push({
        file: file.path,
        message: `duplicate slug "${slug}": ${earlier} has the same file name. Each document needs its own name, e.g. "${slug}-2".`,
      });
      continue;
    }
    pathsBySlug.set(slug, file.path);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
      problems.push({
        file: file.path,
        message: `the file name "${slug}" must be lower-case a–z, 0–9 and hyphens (it is the page's address), e.g. "oppegard-2018.mdx".`,
      });
    }
    const encoding = encodingProblem(source);
    if (encoding) {
      problems.push(encoding);
      mightName(file);
      continue;
    }
    const loneCr = source.loneCr ?? loneCarriageReturn(source.text);
    if (loneCr) {
      problems.push({
        file: file.path,
        ...loneCr,
        message: 'this line ends with a CR alone (the line ends of old Mac OS), which the build does not read as a line end: a stray one (text pasted from a PDF viewer) is deleted or made a line end in the editor; a whole file of them is saved with LF (or CRLF) line ends.',
      });
      mightName(file);
      continue;
    }
    const written = forbiddenInText(file, file.text);
    if (written.length > 0) {
      problems.push(...written);
      mightName(file);
      continue;
    }
    const decomposed = decomposedLetters(file.text);
    if (decomposed) problems.push(decomposedProblem(file, decomposed));
    if (file.text.startsWith('---') && extractFrontmatter(file.text) === undefined) {
      problems.push(unclosedProblem(file.path, file.text));
      mightName(file);
      continue;
    }
    let frontmatter: Record<string, unknown>;
    let body: string;
    try {
      const parsed = parseFrontmatter(file.text, { frontmatter: 'empty-with-lines' });
      frontmatter = parsed.frontmatter;
      body = parsed.content;
    } catch (e) {
      problems.push(yamlProblem(file.path, file.text, e as Error));
      mightName(file);
      continue;
    }
    const before = /^\s+(?=---[ \t]*\n)/.exec(file.text)?.[0];
    if (before !== undefined) {
      problems.push({
        file: file.path,
        line: 1,
        column: 1,
        message: `the frontmatter's "---" is not at the start of the file (${before.includes('\n') ? 'blank lines' : 'spaces'} before it), so the build would read no frontmatter: delete what stands before "---" on line ${placeAt(file.text, before.length).line}.`,
      });
      mightName(file);
      continue;
    }
    if (!file.text.startsWith('---')) {
      problems.push({ file: file.path, message: 'has no frontmatter: start the file with a "---" block of fields (see CONTRIBUTING.md).' });
      mightName(file);
      continue;
    }
    problems.push(...forbiddenInValues(file.path, frontmatter));
    const named = frontmatter.source as { file?: unknown } | undefined;
    if (typeof named?.file === 'string') namedSources.set(named.file, [...(namedSources.get(named.file) ?? []), file.path]);
    const findings = checkMdxSubset(body);
    for (const finding of findings) problems.push({ file: file.path, ...finding });
    let headings: Heading[];
    try {
      headings = parseHeadings(body);
    } catch (e) {
      // Text the parser refuses: the subset check (same parser, same tree) has said where and how to fix it.
      if (findings.length === 0) throw e;
      continue;
    }
    checkHeadings(file.path, headings, problems);
    checkDraftReview(file, problems);
    checkContactData(file.path, body, frontmatter, problems);
    const result = parseWithFixes(schema, frontmatter);
    if (!result.success) {
      problems.push(...zodProblems(file.path, schema, result.error, frontmatter));
      continue;
    }
    const ids = new Set(headings.map((h) => h.id));
    for (const { field, clause, fact } of clauseReferences(result.data)) {
      if (!ids.has(clause)) {
        problems.push({
          file: file.path,
          field,
          message: `no heading with id "${clause}" in the text. Heading ids here: ${[...ids].join(', ') || '(no headings)'}.`,
        });
      } else if (fact && !fact.stated) {
        const group = field.slice(0, field.indexOf('.'));
        problems.push({
          file: file.path,
          field,
          message: `cites a clause for ${group}.${fact.name}, which the frontmatter does not state: remove this line, or code ${fact.name} from the text of "${clause}".`,
        });
      }
    }
    const checked = { id: slug, path: file.path, data: result.data, headings, body: body.trim() };
    checkDistrictAtSigning(checked, formerById, districtNames, problems);
    checkModalities(checked, problems);
    agreements.push(checked);
  }

  for (const journal of files.interruptedWrites ?? []) {
    let names: string[] = [];
    try {
      names = (JSON.parse(journal.text) as { renames: Array<{ to: string }> }).renames.map((r) => r.to);
    } catch {
      // An unreadable journal is still an interrupted import.
    }
    problems.push({
      file: journal.path,
      message: `an import was interrupted while putting its documents in place (${names.join(', ') || 'unknown files'}), so the register may hold only some of them: run "npm run import -- --finish" to put all of them in place.`,
    });
  }
  for (const path of files.misnamedAgreements ?? []) {
    const name = path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
    problems.push({
      file: path,
      message: `is not read as an agreement: the build reads only files whose names end in ".mdx" (in lower case), so it would leave this one out and the page would be missing: rename it "${name}.mdx".`,
    });
  }
  checkSources(files.sources, agreements, new Set([...namedSources.keys(), ...mightBeNamed]), problems);

  const bySlug = new Map(agreements.map((a) => [a.id, a]));
  const slugs = [...bySlug.keys()].join(', ');
  for (const a of agreements) {
    const links: Array<[string, string | undefined]> = [
      ['supersedes', a.data.supersedes],
      ['supersededBy', a.data.supersededBy],
      ...a.data.related.map((r, i): [string, string] => [`related[${i}]`, r]),
    ];
    for (const [field, target] of links) {
      if (target === undefined) continue;
      if (target === a.id) {
        problems.push({ file: a.path, field, message: 'points at the document itself.' });
      } else if (!bySlug.has(target) && !pathsBySlug.has(target)) {
        problems.push({ file: a.path, field, message: `points at "${target}", which is no document of the register. Documents: ${slugs}.` });
      }
    }
    const older = a.data.supersedes ? bySlug.get(a.data.supersedes) : undefined;
    if (older && older.data.supersededBy !== a.id) {
      problems.push({
        file: older.path,
        field: 'supersededBy',
        message: `${a.path} supersedes this document: add "supersededBy: ${a.id}" here so the link goes both ways.`,
      });
    }
    const newer = a.data.supersededBy ? bySlug.get(a.data.supersededBy) : undefined;
    if (newer && newer.data.supersedes !== a.id) {
      problems.push({
        file: newer.path,
        field: 'supersedes',
        message: `${a.path} says this document supersedes it: add "supersedes: ${a.id}" here so the link goes both ways.`,
      });
    }
  }

  return { policeDistricts, municipalities, focusAreas, formerPoliceDistricts, agreements, sourceNames: namedSources, problems: placeFields(problems, files) };
}

/**
 * Each problem with a field of a document's frontmatter, or in an entry of a data file, and no place
 * yet, given the line and column of the field (or of the entry).
 */
function placeFields(problems: Problem[], files: RegisterFiles): Problem[] {
  const unplaced = (p: Problem) => p.line === undefined && (p.field !== undefined || p.entry !== undefined);
  if (!problems.some(unplaced)) return problems;
  const documents = new Map(files.agreements.map((d) => [d.path, d.text]));
  const dataFiles = [files.policeDistricts, files.municipalities, files.focusAreas, files.formerPoliceDistricts, files.malform];
  const data = new Map(dataFiles.flatMap((f) => (f ? [[f.path, f.text] as const] : [])));
  const inDocument = new Map<string, ReturnType<typeof frontmatterPlaces>>();
  const inData = new Map<string, ReturnType<typeof entryPlaces>>();
  const inJson = new Map<string, ReturnType<typeof jsonPlaces>>();
  return problems.map((p) => {
    if (!unplaced(p)) return p;
    let at: Place | undefined;
    const documentText = documents.get(p.file);
    const dataText = data.get(p.file);
    if (p.entry !== undefined && dataText !== undefined) {
      let placeOf = inData.get(p.file);
      if (!placeOf) inData.set(p.file, (placeOf = entryPlaces(dataText)));
      at = placeOf(p.entry.index, p.path ?? p.field);
    } else if (dataText !== undefined) {
      let placeOf = inJson.get(p.file);
      if (!placeOf) inJson.set(p.file, (placeOf = jsonPlaces(dataText)));
      at = placeOf(p.path ?? p.field);
    } else if (p.field !== undefined && documentText !== undefined) {
      let placeOf = inDocument.get(p.file);
      if (!placeOf) inDocument.set(p.file, (placeOf = frontmatterPlaces(documentText)));
      at = placeOf(p.path ?? p.field);
    }
    return at ? { ...p, ...at } : p;
  });
}
