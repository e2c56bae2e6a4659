/**
 * Step 5: the frontmatter draft: the facts the text of one document states,
 * each read by a rule an editor can follow, and a review of every fact the
 * importer could not establish (left out, with a one-line reason) or that an
 * editor should check.
 *
 * Nothing is guessed: a fact is written only when a sentence of the document
 * states it. Facts that need a summary in the editor's words (the SLT model,
 * a secretariat shared by turns) are left out and named in the review.
 */
import { findPersonalContactData } from '../content/contact-data.ts';
import { editDistance } from '../edit-distance.ts';
import { agreementSchema, datePrecision, isRealPartialDate, type DocumentType, type FocusArea, type Municipality, type PoliceDistrict } from '../content/schema.ts';
import type { SectionKey } from '../content/sections.ts';
import type { Block } from './clean.ts';
import { ImportError } from './errors.ts';
import type { Vocabulary } from './hyphenation.ts';
import { FOCUS_AREA_TERMS, FOCUS_SECTION_TERMS } from './focus-terms.ts';
import { DOCUMENT_TITLE } from './split.ts';
import type { DocumentStructure, Section } from './structure.ts';
import { escapeRegExp, isAllCaps, sentenceCase, sentences, wholeWord } from './text.ts';

/** The data collections the importer looks names up in. */
export interface RegisterData {
  municipalities: readonly Municipality[];
  policeDistricts: readonly PoliceDistrict[];
  focusAreas: readonly FocusArea[];
  /** Words the register's agreements write (lower-cased, `wordsOf`): tells a line-end hyphen of the layout from the document's own. */
  vocabulary?: Vocabulary;
}

/** What the editor told the importer on the command line. */
export interface FactOptions {
  /** The input file's name, for messages and `source.file`. */
  fileName: string;
  municipality?: string;
  district?: string;
}

/** A signatory as the frontmatter records one. */
export interface DraftSignatory {
  party: 'kommune' | 'politi';
  role: string;
  name?: string;
}

/** A focus area the text suggests, with the sentence that suggested it. */
export interface FocusCandidate {
  key: string;
  clause: string;
  sentence: string;
}

/** The frontmatter of a draft, fields in the schema's order; absent fields were not established. */
export interface DraftFrontmatter {
  title?: string;
  municipality: string;
  policeDistrict?: string;
  policeUnit?: string;
  documentType?: DocumentType;
  language: 'nb' | 'nn';
  signed?: { date: string; asWritten: string };
  received?: string;
  /** The day the draft was added to the register. */
  added?: string;
  signatories: DraftSignatory[];
  council?: {
    chair?: string;
    secretariat?: string;
    meetingsPerYear?: number;
    members?: { municipality: string[]; police: string[] };
    jointWith: string[];
    clause: string;
  };
  slt?: { coordinator?: string; clause: string };
  evaluation?: { how: string; frequency?: string; clause: string };
  validity?: { terms: string; validUntil?: string; clause: string };
  focusAreas: FocusCandidate[];
  related: string[];
  source: { title?: string; archiveReference?: string; file: string };
}

/** One point of the review: a field and why it was left out, or what to check. */
export interface ReviewItem {
  field: string;
  note: string;
}

/** The review printed after an import and written at the top of the draft. */
export interface Review {
  /** Fields not established: left out of the draft. */
  missing: ReviewItem[];
  /** Fields established from the text that an editor should check. */
  check: ReviewItem[];
}

/** The facts of one document and their review. */
export interface DraftFacts {
  frontmatter: DraftFrontmatter;
  review: Review;
}

// ---------------------------------------------------------------- text access

/** A piece of a section's text with the section it belongs to. */
interface Passage {
  section: Section;
  text: string;
}

/** Paragraphs, list items and table rows of a section, as plain text (bold markers removed). */
function passages(section: Section): Passage[] {
  const out: Passage[] = [];
  const plain = (t: string) => t.replace(/\*\*/g, '');
  for (const item of section.items) {
    if (item.kind === 'paragraph') out.push({ section, text: plain(item.lines.join(' ')) });
    if (item.kind === 'subheading') out.push({ section, text: plain(item.text) });
    if (item.kind === 'table') for (const [label, value] of item.rows) out.push({ section, text: `${label} ${value}` });
    if (item.kind === 'list') {
      for (const entry of item.items) {
        out.push({ section, text: plain(entry.text) });
        for (const child of entry.children) out.push({ section, text: plain(child) });
      }
    }
  }
  return out;
}

/** Sentences of sections, in document order, with their section. */
function sentencesOf(sections: readonly Section[]): Passage[] {
  return sections.flatMap((s) => passages(s).flatMap((p) => sentences(p.text).map((text) => ({ section: s, text }))));
}

/** Sections with the given keys, in the order of the keys. */
function sectionsWith(doc: DocumentStructure, keys: readonly SectionKey[]): Section[] {
  return keys.flatMap((k) => doc.sections.filter((s) => s.key === k));
}

const blockText = (b: Block) => b.lines.map((l) => l.replace(/\*\*/g, '').trim()).join(' ');

// ---------------------------------------------------------------- names

function fold(s: string): string {
  return s
    .toLocaleLowerCase('nb')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The names within two edits of `wanted`, closest first, for a "did you mean" list. */
function closest(wanted: string, names: readonly string[]): string[] {
  const w = fold(wanted);
  return names
    .map((n) => ({ n, d: editDistance(w, fold(n)) }))
    .filter((x) => x.d <= 2)
    .sort((a, b) => a.d - b.d)
    .map((x) => x.n)
    .slice(0, 3);
}

/** Finds a municipality given on the command line, by key or name. */
function municipalityByOption(value: string, register: RegisterData): Municipality {
  const found = register.municipalities.find((m) => m.id === value || fold(m.name) === fold(value) || fold(m.id) === fold(value));
  if (found) return found;
  const names = register.municipalities.map((m) => m.name);
  const near = closest(value, names);
  throw new ImportError(
    `--municipality "${value}" is not in content/municipalities.json${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}. ` +
      `It lists ${names.length} municipalities, today's and earlier ones, by name and id. If it is a new one, add it to content/municipalities.json (id, name, number, county, policeDistrict, status) and import again.`,
  );
}

/** Finds a police district given on the command line, by key, name or short name. */
function districtByOption(value: string, register: RegisterData): PoliceDistrict {
  const found = register.policeDistricts.find(
    (d) => d.id === value || fold(d.name) === fold(value) || fold(d.shortName) === fold(value) || fold(`${d.shortName} politidistrikt`) === fold(value),
  );
  if (found) return found;
  throw new ImportError(
    `--district "${value}" is not a police district of content/police-districts.json. Use one of: ${register.policeDistricts.map((d) => `${d.shortName} (${d.id})`).join(', ')}.`,
  );
}

/**
 * The entries of a data collection whose name a text mentions as a whole
 * word, in order of first mention ("Øst politidistrikt" is not found inside
 * "Sør-Øst politidistrikt").
 */
function namedIn<T extends { name: string }>(text: string, entries: readonly T[], flags = 'iu'): T[] {
  const { pattern, byName, fold } = namePattern(entries, flags);
  const found: T[] = [];
  for (const match of text.matchAll(pattern)) {
    const entry = byName.get(fold(match[0]));
    if (entry && !found.includes(entry)) found.push(entry);
  }
  return found;
}

const namePatterns = new WeakMap<readonly { name: string }[], Map<string, { pattern: RegExp; byName: Map<string, unknown>; fold: (s: string) => string }>>();

/**
 * One regular expression for all the names of a collection, as whole words
 * (longest first), compiled once per collection and flags: with all 357
 * municipalities, a regular expression per name per paragraph made an import
 * take seconds.
 */
function namePattern<T extends { name: string }>(entries: readonly T[], flags: string): { pattern: RegExp; byName: Map<string, T>; fold: (s: string) => string } {
  let forEntries = namePatterns.get(entries);
  if (!forEntries) namePatterns.set(entries, (forEntries = new Map()));
  const cached = forEntries.get(flags);
  if (cached) return cached as { pattern: RegExp; byName: Map<string, T>; fold: (s: string) => string };
  const fold = flags.includes('i') ? (t: string) => t.toLocaleLowerCase('nb') : (t: string) => t;
  const names = [...entries].map((e) => e.name).sort((a, b) => b.length - a.length);
  const alternation = names.map(escapeRegExp).join('|');
  const made = {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation || '(?!)'})(?![\\p{L}\\p{N}])`, `${flags}g`),
    byName: new Map(entries.map((e) => [fold(e.name), e])),
    fold,
  };
  forEntries.set(flags, made);
  return made;
}

// Municipality names are matched with their capital: with every municipality in the register,
// names such as Time, Heim, Nes and Vik are also everyday words.
const municipalitiesIn = (text: string, register: RegisterData) => namedIn(text, register.municipalities, 'u');
const districtsIn = (text: string, register: RegisterData) => namedIn(text, register.policeDistricts);

/** "X kommune" phrases of a text, X capitalised. */
function kommuneNames(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+kommune(?![\p{L}])/gu)].map((m) => m[1] ?? '');
}

// ---------------------------------------------------------------- dates

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, mai: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, nov: 11, des: 12,
};

/** A date as written in an agreement, read to ISO ("11.7.19" → 2019-07-11; "--.--.2019" → 2019). */
export function readDate(text: string): { iso: string; written: string } | undefined {
  const pad = (n: string | number) => String(n).padStart(2, '0');
  const year = (y: string) => (y.length === 2 ? `20${y}` : y);
  const candidates: Array<{ at: number; iso: string; written: string }> = [];
  for (const m of text.matchAll(/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\d])/g)) {
    candidates.push({ at: m.index ?? 0, iso: `${year(m[3] ?? '')}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`, written: m[0] });
  }
  for (const m of text.matchAll(/-{1,2}\.-{1,2}\.(\d{4})/g)) candidates.push({ at: m.index ?? 0, iso: m[1] ?? '', written: m[0] });
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})\s*-?\s*(\d{4})(?!\d)/g)) {
    candidates.push({ at: m.index ?? 0, iso: `${m[3]}-${pad(m[2] ?? '')}-${pad(m[1] ?? '')}`, written: m[0] });
  }
  for (const m of text.matchAll(/(?<!\d)(\d{1,2})\.?\s+(jan|feb|mar|apr|mai|jun|jul|aug|sep|okt|nov|des)\p{L}*\.?\s+(\d{4})(?!\d)/giu)) {
    const month = MONTHS[(m[2] ?? '').toLocaleLowerCase('nb')] ?? 0;
    candidates.push({ at: m.index ?? 0, iso: `${m[3]}-${pad(month)}-${pad(m[1] ?? '')}`, written: m[0] });
  }
  const first = candidates.filter((c) => isRealPartialDate(c.iso)).sort((a, b) => a.at - b.at)[0];
  return first ? { iso: first.iso, written: first.written } : undefined;
}

// ---------------------------------------------------------------- the facts

const KIND_TO_TYPE: Array<[RegExp, DocumentType]> = [
  [/^samarbeidsavtale/i, 'samarbeidsavtale'],
  [/^politirådsavtale/i, 'politiradsavtale'],
  [/^avtale om/i, 'avtale-om-tjenestetilbud'],
  [/^retningsli/i, 'retningslinjer'],
  [/^saksfr/i, 'saksframlegg'],
];

/** The document's kind from its title line. */
export function documentTypeOf(titleLine: string): DocumentType | undefined {
  const kind = DOCUMENT_TITLE.exec(titleLine.trim())?.groups?.kind ?? '';
  return KIND_TO_TYPE.find(([re]) => re.test(kind))?.[1];
}

/** Restores the capitals of municipality and district names in a title made lower-case. */
function restoreNames(title: string, register: RegisterData): string {
  let out = title;
  for (const d of register.policeDistricts) out = out.replace(wholeWord(d.name, 'giu'), d.name);
  const { pattern, byName, fold } = namePattern(register.municipalities, 'iu');
  out = out.replace(pattern, (match) => byName.get(fold(match))?.name ?? match);
  return out;
}

/** The title and kind of a document from its title lines. */
function titleOf(doc: DocumentStructure, register: RegisterData): { title?: string; sourceTitle?: string; documentType?: DocumentType } {
  const front = doc.front;
  const index = front.findIndex((b) => DOCUMENT_TITLE.test((b.lines[0] ?? '').trim()));
  const block = front[index];
  if (!block) return {};
  const documentType = documentTypeOf(block.lines[0] ?? '');
  const tidy = (t: string) => {
    const one = t.replace(/\s+/g, ' ').trim();
    return isAllCaps(one) ? restoreNames(sentenceCase(one), register) : one;
  };
  if (documentType === 'saksframlegg') {
    const subject = front.slice(index + 1).find((b) => DOCUMENT_TITLE.test(blockText(b)) || /kommune|politi/i.test(blockText(b)));
    if (!subject) return { title: tidy(blockText(block)), documentType };
    const subjectTitle = tidy(blockText(subject));
    return { title: `${tidy(blockText(block))}: ${subjectTitle}`, sourceTitle: subjectTitle, documentType };
  }
  let title = blockText(block);
  const next = front[index + 1];
  const nextText = next ? blockText(next) : '';
  if (next && block.lines.length === 1 && (/^mellom\s/i.test(nextText) || /kommune og .*politidistrikt|politidistrikt og .*kommune/i.test(nextText)) && !/\d/.test(nextText)) {
    title = `${title} ${nextText}`;
  }
  return { title: tidy(title), ...(documentType ? { documentType } : {}) };
}

/** Nynorsk or bokmål, from words only one of them uses. */
export function languageOf(text: string): 'nb' | 'nn' {
  const nn = new Set(['ikkje', 'eit', 'ein', 'frå', 'kva', 'vert', 'korleis', 'dei', 'desse', 'difor', 'berre', 'noko', 'innanfor', 'kvar', 'saman', 'tenestetilbod', 'kommunane', 'heile', 'mogleg', 'gjennomførast', 'førebygging', 'førebyggjande', 'vere', 'vera', 'òg', 'medan', 'høve', 'leiing']);
  const nb = new Set(['ikke', 'et', 'en', 'fra', 'hva', 'blir', 'hvordan', 'disse', 'derfor', 'bare', 'noe', 'innenfor', 'hver', 'sammen', 'tjenestetilbud', 'kommunene', 'hele', 'mulig', 'gjennomføres', 'forebygging', 'forebyggende', 'være', 'mens', 'ledelse']);
  let nnCount = 0;
  let nbCount = 0;
  for (const word of text.toLocaleLowerCase('nb').split(/[^\p{L}]+/u)) {
    if (nn.has(word)) nnCount++;
    if (nb.has(word)) nbCount++;
  }
  return nnCount > nbCount ? 'nn' : 'nb';
}

const POLICE_ROLE = /politi|lensmann|\bGDE\b/iu;
const MUNICIPAL_ROLE = /ordfør|rådmann|kommunedirektør|kommunalsjef/iu;
const ORGANISATION = /kommune|politidistrikt|politistasjon|lensmannskontor|lensmannsdistrikt|politiet(?!\p{L})/iu;

/** True when a line is a person's name: two to four capitalised words, none of them a role. */
function isPersonName(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}[\p{Ll}]+)?$/u.test(w)) && !MUNICIPAL_ROLE.test(line) && !POLICE_ROLE.test(line) && !ORGANISATION.test(line);
}

/** The signatories of a signature block, in its order. */
function signatoriesOf(blocks: readonly Block[]): DraftSignatory[] {
  const out: DraftSignatory[] = [];
  for (const block of blocks) {
    if (readDate(block.lines.join(' '))) continue;
    let lines = block.lines.map((l) => l.replace(/\*\*/g, '').trim()).filter(Boolean);
    let name: string | undefined;
    const first = lines[0] ?? '';
    const slash = /^(.+?)\s*\/\s*(.+)$/.exec(first);
    if (slash && isPersonName(slash[1] ?? '')) {
      name = slash[1];
      lines = [slash[2] ?? '', ...lines.slice(1)];
    } else if (isPersonName(first) && lines.length > 1) {
      name = first;
      lines = lines.slice(1);
    }
    if (lines.length === 0) continue;
    const role = lines.reduce((acc, line) => (acc === '' ? line : `${acc}${ORGANISATION.test(line) ? ', ' : ' / '}${line}`), '');
    const head = lines[0] ?? '';
    const party = MUNICIPAL_ROLE.test(head) ? 'kommune' : POLICE_ROLE.test(role) ? 'politi' : /kommune/i.test(role) ? 'kommune' : undefined;
    if (!party) continue;
    out.push({ party, role, ...(name ? { name } : {}) });
  }
  return out;
}

const NUMBER_WORDS: Record<string, number> = {
  en: 1, ett: 1, ein: 1, eitt: 1, eit: 1, to: 2, tre: 3, fire: 4, fem: 5, seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12,
};
const MEETINGS =
  /(?<![\p{L}\d])(?<n>\d{1,2}|en|ett|ein|eitt|eit|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv)\s+(?:faste\s+)?(?:møter|møte|ganger|gonger|gong|gang)(?![\p{L}])(?<mid>[^.]{0,60}?)(?<per>i året|pr\.? år|per år|kvart år|hvert år|i halvåret|pr\.? halvår|per halvår|kvart halvår|i kvartalet|pr\.? kvartal|per kvartal|i måneden|i månaden|pr\.? måned|per måned|per månad)/iu;

/** Council meetings a year from a sentence ("to møter i politirådet pr. halvår" → 4). */
export function meetingsPerYearIn(text: string): number | undefined {
  const m = MEETINGS.exec(text);
  if (!m?.groups) return undefined;
  const raw = (m.groups.n ?? '').toLocaleLowerCase('nb');
  const n = /^\d+$/.test(raw) ? Number(raw) : NUMBER_WORDS[raw];
  if (!n) return undefined;
  const per = (m.groups.per ?? '').toLocaleLowerCase('nb');
  const factor = /halv/.test(per) ? 2 : /kvartal/.test(per) ? 4 : /måned|månad/.test(per) ? 12 : 1;
  return n * factor;
}

const CHAIR = /politirådet\s+(?:ledes|leies|leiast|vert leia|vert leidd|blir ledet|blir leia|er ledet)\s+av\s+(?<chair>[^.]+?)\s*\.?$/iu;
const SECRETARIAT = [
  /^(?<who>.+?)\s+fungerer som (?:tilrettelegger og )?sekretær/iu,
  /^(?<who>.+?)\s+fungerer som sekretariat/iu,
  /^(?<who>.+?)\s+(?:er|vil være|vil vere) ansvarl\p{L}+ for innkalling/iu,
  /^sekretariat(?:et)?(?:sfunksjonen)?\s+(?:er|ligg|ligger)\s+(?:hos\s+)?(?<who>[^.]+)/iu,
];
const MEMBERS_LEAD = /(?:medlemmer|medlemmar|deltakere|deltakarar|deltagere)\s*:?\s*$/iu;
const POLICE_MEMBER = /politi|lensmann|seksjonsleder|avsnittsleder|etterforsk/iu;
const MUNICIPAL_MEMBER = /ordfør|rådmann|kommun|slt|kommunedirektør/iu;

/** The council's members from a list introduced as "Faste medlemmer:" or "Faste deltakere fra kommunen/politiet:". */
function membersOf(sections: readonly Section[]): { members: { municipality: string[]; police: string[] }; section: Section } | undefined {
  for (const section of sections) {
    for (const [i, item] of section.items.entries()) {
      if (item.kind !== 'list') continue;
      const explicit = item.items.filter((e) => /^faste\s+(?:deltakere|deltakarar|medlemmer|medlemmar)\s+(?:fra|frå)\s+(kommunen|politiet)/iu.test(e.text) && e.children.length > 0);
      if (explicit.length > 0) {
        const members = { municipality: [] as string[], police: [] as string[] };
        for (const e of explicit) (/politiet/iu.test(e.text) ? members.police : members.municipality).push(...e.children);
        return { members, section };
      }
      const lead = section.items[i - 1];
      const leadText = lead?.kind === 'paragraph' ? lead.lines.join(' ') : lead?.kind === 'subheading' ? lead.text : '';
      if (!MEMBERS_LEAD.test(leadText)) continue;
      const members = { municipality: [] as string[], police: [] as string[] };
      let party: 'municipality' | 'police' = 'municipality';
      for (const e of item.items) {
        party = MUNICIPAL_MEMBER.test(e.text) ? 'municipality' : POLICE_MEMBER.test(e.text) ? 'police' : party;
        members[party].push(e.text.replace(/\*\*/g, ''));
      }
      return { members, section };
    }
  }
  return undefined;
}

/** Focus-area candidates: the first sentence with each key's words, the focus section read first. */
function focusCandidates(doc: DocumentStructure, register: RegisterData): FocusCandidate[] {
  const focusFirst = [...doc.sections.filter((s) => s.key === 'fokusomrader'), ...doc.sections.filter((s) => s.key !== 'fokusomrader')];
  const all = sentencesOf(focusFirst);
  const out: FocusCandidate[] = [];
  for (const area of register.focusAreas) {
    const terms = FOCUS_AREA_TERMS[area.id];
    const focusTerms = FOCUS_SECTION_TERMS[area.id];
    const hit = all.find(
      (p) => (terms?.test(p.text.toLocaleLowerCase('nb')) ?? false) || (p.section.key === 'fokusomrader' && (focusTerms?.test(p.text.toLocaleLowerCase('nb')) ?? false)),
    );
    if (hit) out.push({ key: area.id, clause: hit.section.id, sentence: hit.text });
  }
  const order = new Map(doc.sections.map((s, i) => [s.id, i]));
  return out.sort((a, b) => (a.clause === 'fokusomrader' ? -1 : 0) - (b.clause === 'fokusomrader' ? -1 : 0) || (order.get(a.clause) ?? 0) - (order.get(b.clause) ?? 0));
}

const ANNUAL = /årlig|årleg|hvert år|kvart år|ved årets slutt|ved slutten av året/iu;
const ONGOING = /fortløpende|løpende|fortløpande|løpande|undervegs|underveis/iu;

/** How and how often the agreement is evaluated. */
function evaluationOf(doc: DocumentStructure, language: 'nb' | 'nn'): DraftFrontmatter['evaluation'] {
  const own = sentencesOf(sectionsWith(doc, ['evaluering']));
  const pool = own.length > 0 ? own : sentencesOf(doc.sections).filter((p) => /evaluer/iu.test(p.text));
  const annual = pool.filter((p) => ANNUAL.test(p.text)).at(-1);
  const ongoing = pool.filter((p) => ONGOING.test(p.text)).at(-1);
  const chosen = annual ?? ongoing;
  if (!chosen) return undefined;
  const frequency = annual ? (language === 'nn' ? 'årleg' : 'årlig') : (ONGOING.exec(chosen.text)?.[0] ?? '').toLocaleLowerCase('nb');
  return { how: chosen.text, ...(frequency ? { frequency } : {}), clause: chosen.section.id };
}

const VALIDITY = /^(?:avtalen|denne avtalen|ny avtale|samarbeidsavtalen|avtala)(?![\p{L}])[^.]*?(?<![\p{L}])(?:gjeld|gjelder|revideres|reviderast|revidert|inngås|fornyes|varer|løper)(?![\p{L}])/iu;

/** How long the agreement applies or when it is renewed. */
function validityOf(doc: DocumentStructure): DraftFrontmatter['validity'] {
  const hit = sentencesOf(doc.sections).find((p) => VALIDITY.test(p.text));
  if (!hit) return undefined;
  const until = /(?:fram til|frem til|til og med|ut)\s+(.+)$/iu.exec(hit.text);
  const date = until ? readDate(until[1] ?? '') : undefined;
  return { terms: hit.text, ...(date ? { validUntil: date.iso } : {}), clause: hit.section.id };
}

/** A review item for a fact that was left out. */
function missing(field: string, note: string): ReviewItem {
  return { field, note };
}

/** The schema's own rule for a clause (the heading id a fact points at), so the two never disagree. */
const clauseRule = agreementSchema({ policeDistricts: ['-'], municipalities: ['-'], focusAreas: ['-'] }).shape.council.unwrap().shape.clause;
const isNamableClause = (id: string) => clauseRule.safeParse(id).success;

/**
 * Leaves out facts whose heading has an id the schema does not accept as a
 * clause, and says so (with a schema whose clauses are a–z, 0–9 and hyphens,
 * "4. Målsettinger" and its id "4-målsettinger").
 */
function dropUnnamableClauses(fm: DraftFrontmatter, review: Review, doc: DocumentStructure): void {
  const heading = (id: string) => doc.sections.find((s) => s.id === id)?.heading ?? id;
  const why = (id: string) => `stated under the heading "${heading(id)}", whose id "${id}" the schema does not accept as a clause: mark the heading with a section key, or record the fact with the clause of another heading.`;
  for (const group of ['council', 'slt', 'evaluation', 'validity'] as const) {
    const clause = fm[group]?.clause;
    if (clause === undefined || isNamableClause(clause)) continue;
    delete fm[group];
    review.missing.push({ field: group, note: why(clause) });
  }
  const [named, unnamed] = [fm.focusAreas.filter((f) => isNamableClause(f.clause)), fm.focusAreas.filter((f) => !isNamableClause(f.clause))];
  fm.focusAreas = named;
  for (const f of unnamed) review.check.push({ field: `focusAreas (${f.key})`, note: `left out, ${why(f.clause)} The sentence: «${f.sentence}»` });
}

/** The source text's name in `content/sources/` for an input file: its name without folder, lower-case, a–z, 0–9 and hyphens, `.txt`. */
export function sourceFileName(fileName: string): string {
  const base = fileName
    .replace(/^.*[\\/]/, '')
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'kilde'}.txt`;
}

/**
 * The frontmatter draft of one document and its review. Throws ImportError
 * when the municipality cannot be told or is not in the register.
 */
export function draftFacts(doc: DocumentStructure, body: string, register: RegisterData, options: FactOptions): DraftFacts {
  const review: Review = { missing: [], check: [] };
  const frontText = doc.front.map(blockText).join('\n');
  const allText = [frontText, ...doc.sections.flatMap((s) => [s.heading, ...passages(s).map((p) => p.text)]), ...doc.signatures.map(blockText)].join('\n');
  const { title, sourceTitle, documentType } = titleOf(doc, register);

  // Municipality: the command line, else the title, else the title lines; never a guess.
  let municipality: Municipality;
  if (options.municipality) {
    municipality = municipalityByOption(options.municipality, register);
    review.check.push({ field: 'municipality', note: `"${municipality.id}" as given with --municipality.` });
  } else {
    const fromTitle = municipalitiesIn(title ?? '', register)[0] ?? municipalitiesIn(frontText, register)[0];
    if (!fromTitle) {
      const named = kommuneNames(`${title ?? ''}\n${frontText}`);
      const mentions = named.length > 0 ? named : kommuneNames(allText);
      if (mentions.length > 0) {
        const name = mentions[0] ?? '';
        throw new ImportError(
          `${options.fileName}: the document names "${name} kommune", which is not in content/municipalities.json. ` +
            `Add ${name} there (id, name, number, county, policeDistrict, status) and import again, or pass --municipality NAME if the text is misread.`,
        );
      }
      throw new ImportError(
        `${options.fileName}: could not tell which municipality the document belongs to (its title names none). Import it again with --municipality NAME.`,
      );
    }
    municipality = fromTitle;
  }

  let policeDistrict: PoliceDistrict | undefined;
  if (options.district) {
    policeDistrict = districtByOption(options.district, register);
  } else {
    policeDistrict = districtsIn(title ?? '', register)[0] ?? districtsIn(frontText, register)[0] ?? districtsIn(allText, register)[0];
    if (!policeDistrict) review.missing.push(missing('policeDistrict', 'the text names no police district ("… politidistrikt"): add it, or import again with --district NAME.'));
  }

  if (!title) review.missing.push(missing('title', 'no title line such as "Samarbeidsavtale mellom … og …" before the first section: write the title.'));
  if (!documentType) review.missing.push(missing('documentType', 'the title does not say what kind of document this is (samarbeidsavtale, politirådsavtale, avtale om tjenestetilbud, retningslinjer, saksframlegg).'));
  const language = languageOf(allText);
  const isCase = documentType === 'saksframlegg';

  // Signing: a line with "inngått", "signert", "vedtatt" … and a date, or a place-and-date line by the signatures.
  let signed: DraftFrontmatter['signed'];
  let received: string | undefined;
  if (!isCase) {
    const frontLines = doc.front.flatMap((b) => b.lines.map((l) => l.replace(/\*\*/g, '').trim()));
    for (const line of frontLines) {
      const date = readDate(line);
      if (date && line.replace(date.written, '').trim() === '' && !received) received = date.iso;
    }
    const lastSection = doc.sections.at(-1);
    const lastParagraphs = lastSection ? passages(lastSection).map((p) => p.text) : [];
    const signatureLines = doc.signatures.map(blockText);
    const signing = [...frontLines, ...signatureLines, ...lastParagraphs].find(
      (line) => readDate(line) && (/inngått|signert|underskrevet|undertegnet|vedtatt|vedteke|godkjent|inngått/iu.test(line) || signatureLines.includes(line)),
    );
    const date = signing ? readDate(signing) : undefined;
    if (signing && date) {
      signed = { date: date.iso, asWritten: signing };
      const precision = datePrecision(date.iso);
      review.check.push({
        field: 'signed.date',
        note:
          precision === 'day'
            ? `"${date.iso}", to the day, read from "${date.written}".`
            : `"${date.iso}": the document gives only the ${precision} ("${date.written}").`,
      });
      if (received === date.iso) received = undefined;
    } else {
      review.missing.push(missing('signed', 'no line says when it was signed or adopted ("Avtalen er inngått og signert …", "Vedtatt …"): add signed.date and signed.asWritten.'));
    }
    if (received) review.check.push({ field: 'received', note: `"${received}": a date stamp alone on a line above the title, read as the received stamp.` });
  }

  const signatories = signatoriesOf(doc.signatures);
  if (signatories.length === 0) review.missing.push(missing('signatories', 'no signature block at the end naming who signs (ordfører, politimester …).'));
  else if (signatories.every((s) => !s.name)) review.check.push({ field: 'signatories', note: 'roles only: the signature block names no one.' });

  const unit = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+(politistasjon|lensmannskontor)(?![\p{L}])/u.exec(allText);
  const policeUnit = unit ? `${unit[1]} ${unit[2]}` : undefined;
  if (policeUnit) review.check.push({ field: 'policeUnit', note: `"${policeUnit}": the first police station or office the text names.` });
  else if (!isCase) review.missing.push(missing('policeUnit', 'the text names no police station or lensmannskontor.'));

  const frontmatter: DraftFrontmatter = {
    ...(title ? { title } : {}),
    municipality: municipality.id,
    ...(policeDistrict ? { policeDistrict: policeDistrict.id } : {}),
    ...(policeUnit ? { policeUnit } : {}),
    ...(documentType ? { documentType } : {}),
    language,
    ...(signed ? { signed } : {}),
    ...(received ? { received } : {}),
    signatories,
    focusAreas: [],
    related: [],
    source: {
      ...(sourceTitle ?? title ? { title: sourceTitle ?? title } : {}),
      file: sourceFileName(options.fileName),
    },
  };

  review.check.push({
    field: 'source.file',
    note: `"${frontmatter.source.file}": put the text you imported into content/sources/${frontmatter.source.file} (UTF-8, unchanged), or rename it after the document (e.g. "${municipality.id}-<year>.txt") here and there. npm run check refuses a source file that is not there.`,
  });

  const archive = /(?:arkivsaksnr|arkivsak|saksnr|vår ref|var ref)\.?\s*:?\s*(\d{2,4}\/\d+(?:-\d+)?)/iu.exec(frontText);
  if (archive?.[1]) frontmatter.source.archiveReference = archive[1];

  if (!isCase) {
    // The council.
    const councilSections = sectionsWith(doc, ['politirad', 'organisering']);
    const councilSentences = sentencesOf(councilSections);
    const chairHit = [...councilSentences, ...sentencesOf(doc.sections)].find((p) => CHAIR.test(p.text));
    const chair = chairHit ? CHAIR.exec(chairHit.text)?.groups?.chair : undefined;
    const meetingsHit = councilSentences.find((p) => meetingsPerYearIn(p.text) !== undefined);
    const meetingsPerYear = meetingsHit ? meetingsPerYearIn(meetingsHit.text) : undefined;
    const tableSecretariat = doc.sections
      .flatMap((s) => s.items.flatMap((item) => (item.kind === 'table' ? item.rows.map((r) => ({ section: s, row: r })) : [])))
      .find((x) => /^sekretariat/i.test(x.row[0]));
    let secretariat = tableSecretariat?.row[1];
    let secretariatSection = tableSecretariat?.section;
    if (!secretariat) {
      for (const p of [...councilSentences, ...sentencesOf(sectionsWith(doc, ['administrativt']))]) {
        const who = SECRETARIAT.map((re) => re.exec(p.text)?.groups?.who).find(Boolean);
        if (who) {
          secretariat = who.trim();
          secretariatSection = p.section;
          break;
        }
      }
    }
    const members = membersOf(councilSections);
    const jointWith: string[] = [];
    for (const p of councilSentences) {
      if (!/felles\s+(?:interkommunalt\s+)?politiråd|interkommunalt\s+politiråd/iu.test(p.text)) continue;
      for (const m of municipalitiesIn(p.text, register)) if (m.id !== municipality.id && !jointWith.includes(m.id)) jointWith.push(m.id);
    }
    const clauseSection = meetingsHit?.section ?? chairHit?.section ?? secretariatSection ?? members?.section;
    if (clauseSection) {
      frontmatter.council = {
        ...(chair ? { chair } : {}),
        ...(secretariat ? { secretariat } : {}),
        ...(meetingsPerYear ? { meetingsPerYear } : {}),
        ...(members ? { members: members.members } : {}),
        jointWith,
        clause: clauseSection.id,
      };
    }
    if (!chair) review.missing.push(missing('council.chair', 'no sentence says who leads the council ("Politirådet ledes av …").'));
    if (!secretariat) {
      const mention = sentencesOf(doc.sections).find((p) => /sekretær|sekretariat|innkalling/iu.test(p.text));
      review.missing.push(missing('council.secretariat', mention ? `the text describes it but names no one the importer can quote: "${mention.text}" Summarise it.` : 'the text does not say who keeps the council\'s secretariat.'));
    }
    if (!meetingsPerYear) review.missing.push(missing('council.meetingsPerYear', 'no sentence in the council\'s sections gives a number of meetings a year.'));
    if (!members) review.missing.push(missing('council.members', 'no list of the council\'s members ("Faste medlemmer:") in the council\'s sections.'));
    if (jointWith.length > 0) review.check.push({ field: 'council.jointWith', note: `${jointWith.join(', ')}: named in a sentence about a joint council.` });

    // SLT.
    const sltSection = doc.sections.find((s) => s.key === 'slt');
    const coordinator = sentencesOf(doc.sections)
      .map((p) => /(?:er|vert)\s+(?:det\s+)?(?<who>[^.,]+?)\s+som\s+fungerer\s+som\s+SLT[\s-]*koordinator/iu.exec(p.text)?.groups?.who)
      .find(Boolean);
    const coordinatorSection = sentencesOf(doc.sections).find((p) => coordinator && p.text.includes(coordinator))?.section;
    const sltClause = sltSection ?? coordinatorSection;
    if (sltClause) frontmatter.slt = { ...(coordinator ? { coordinator } : {}), clause: sltClause.id };
    else {
      const mention = sentencesOf(doc.sections).find((p) => /(?<![\p{L}])SLT(?![\p{L}])/u.test(p.text));
      review.missing.push(missing('slt', mention ? `no SLT section; the text speaks of SLT in "${mention.section.heading}": describe it (slt.model) with that clause if it says how SLT is organised.` : 'the text does not mention SLT.'));
    }
    if (!coordinator) review.missing.push(missing('slt.coordinator', 'no sentence names who is the SLT coordinator ("… fungerer som SLT-koordinator").'));
    review.missing.push(missing('slt.model', 'the importer does not summarise how SLT is organised; describe it if the text does.'));

    const evaluation = evaluationOf(doc, language);
    if (evaluation) frontmatter.evaluation = evaluation;
    else review.missing.push(missing('evaluation', 'no sentence says how or how often the agreement is evaluated.'));

    const validity = validityOf(doc);
    if (validity) frontmatter.validity = validity;
    else review.missing.push(missing('validity', 'no sentence says how long the agreement applies or when it is revised.'));

    frontmatter.focusAreas = focusCandidates(doc, register);
    if (frontmatter.focusAreas.length > 0) {
      review.check.push({ field: 'focusAreas', note: `${frontmatter.focusAreas.length} candidates from words in the text, each with its sentence in a comment: keep those the agreement makes a focus, and check each clause.` });
    } else {
      review.missing.push(missing('focusAreas', 'no words of the focus-area taxonomy in the text.'));
    }
  }

  if (!frontmatter.source.archiveReference) review.missing.push(missing('source.archiveReference', 'no archive number ("Arkivsaksnr.: …") on the document.'));
  review.missing.push(missing('source.publisher', 'who published the file is not in the text: name the site you downloaded it from (e.g. "Skien kommune").'));
  review.missing.push(missing('source.url', 'the address you downloaded the file from is not in the text: add it if it is public.'));
  if (!isCase) review.missing.push(missing('supersedes', 'the importer does not link documents: if this agreement replaces an earlier one in the register, set supersedes here and supersededBy there.'));

  dropUnnamableClauses(frontmatter, review, doc);

  const contacts = findPersonalContactData(body);
  if (contacts.length > 0) {
    const list = contacts.map((c) => `${c.kind} ${c.value}${c.person ? ` (${c.person})` : ''}`).join('; ');
    review.missing.push(missing('contactDetails', `the text names people with their contact details (${list}): publish them only if that is decided (record who decided and why in contactDetails), or remove them.`));
  }
  for (const d of doc.duplicateKeys) review.check.push({ field: `heading "${d.heading}"`, note: `reads as section "${d.key}" too, which an earlier heading has: left without a key.` });
  return { frontmatter, review };
}
