/**
 * Names of the register's data collections (municipalities, police
 * districts) found in a document's text or given on the command line:
 * whole-word matching, "did you mean" suggestions, and the names' capitals
 * restored in a title written in capitals.
 */
import { editDistance } from '../edit-distance.ts';
import type { FocusArea, Municipality, PoliceDistrict } from '../content/schema.ts';
import { escapeRegExp } from '../regexp.ts';
import { ImportError } from './errors.ts';
import type { Vocabulary } from './hyphenation.ts';
import { wholeWord } from './text.ts';

/** The data collections the importer looks names up in. */
export interface RegisterData {
  municipalities: readonly Municipality[];
  policeDistricts: readonly PoliceDistrict[];
  focusAreas: readonly FocusArea[];
  /** Words the register's agreements write (lower-cased, `wordsOf`): tells a line-end hyphen of the layout from the document's own. */
  vocabulary?: Vocabulary;
}

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

/** Says that a name stands for several municipalities, and how to name one. */
export function ambiguous(what: string, municipalities: readonly Municipality[]): string {
  return (
    `${what} is the name of ${municipalities.length} municipalities: ${municipalities.map((m) => `${m.name} (${m.id})`).join(', ')}. ` +
    `Import again with --municipality and one of those ids${what.startsWith('--') ? '' : ', or with --district naming its police district'}.`
  );
}

/** Finds a municipality given on the command line, by key or name (the name as it writes itself, "Våler", when only one has it). */
export function municipalityByOption(value: string, register: RegisterData): Municipality {
  const found = register.municipalities.find((m) => m.id === value || fold(m.name) === fold(value) || fold(m.id) === fold(value));
  if (found) return found;
  const sharing = register.municipalities.filter((m) => namesOf(m).some((n) => fold(n) === fold(value)));
  if (sharing.length === 1) return sharing[0]!;
  if (sharing.length > 1) throw new ImportError(ambiguous(`--municipality "${value}"`, sharing));
  const names = register.municipalities.map((m) => m.name);
  const near = closest(value, names);
  throw new ImportError(
    `--municipality "${value}" is not in content/municipalities.json${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : ''}. ` +
      `It lists ${names.length} municipalities, today's and earlier ones, by name and id. If it is a new one, add it to content/municipalities.json (id, name, number, county, policeDistrict, status) and import again.`,
  );
}

/** Finds a police district given on the command line, by key, name or short name. */
export function districtByOption(value: string, register: RegisterData): PoliceDistrict {
  const found = register.policeDistricts.find(
    (d) => d.id === value || fold(d.name) === fold(value) || fold(d.shortName) === fold(value) || fold(`${d.shortName} politidistrikt`) === fold(value),
  );
  if (found) return found;
  throw new ImportError(
    `--district "${value}" is not a police district of content/police-districts.json. Use one of: ${register.policeDistricts.map((d) => `${d.shortName} (${d.id})`).join(', ')}.`,
  );
}

/**
 * The names a document writes for an entry: its name, and for a municipality
 * whose register name adds its county in brackets to tell it from another of
 * the same name ("Våler (Østfold)", "Herøy (Nordland)"), the name without them,
 * as the municipality itself writes it ("Våler kommune").
 */
function namesOf(entry: { name: string }): string[] {
  const spoken = entry.name.replace(/\s*\([^)]*\)$/u, '');
  return spoken === entry.name ? [entry.name] : [entry.name, spoken];
}

/**
 * The entries of a data collection whose names a text mentions as whole
 * words, in order of first mention ("Øst politidistrikt" is not found inside
 * "Sør-Øst politidistrikt"): for each, every entry that name may stand for
 * (two for "Våler").
 */
function namedIn<T extends { name: string }>(text: string, entries: readonly T[], flags = 'iu'): T[][] {
  const { pattern, byName, fold } = namePattern(entries, flags);
  const found: T[][] = [];
  for (const match of text.matchAll(pattern)) {
    const candidates = byName.get(fold(match[0]))?.entries;
    if (candidates && !found.includes(candidates)) found.push(candidates);
  }
  return found;
}

interface NamePattern<T> {
  pattern: RegExp;
  /** By a name as folded: the name as written and the entries it may stand for. */
  byName: Map<string, { name: string; entries: T[] }>;
  fold: (s: string) => string;
}

const namePatterns = new WeakMap<readonly { name: string }[], Map<string, NamePattern<unknown>>>();

/**
 * One regular expression for all the names of a collection, as whole words
 * (longest first), compiled once per collection and flags: with all 357
 * municipalities, a regular expression per name per paragraph made an import
 * take seconds.
 */
function namePattern<T extends { name: string }>(entries: readonly T[], flags: string): NamePattern<T> {
  let forEntries = namePatterns.get(entries);
  if (!forEntries) namePatterns.set(entries, (forEntries = new Map()));
  const cached = forEntries.get(flags);
  if (cached) return cached as NamePattern<T>;
  const fold = flags.includes('i') ? (t: string) => t.toLocaleLowerCase('nb') : (t: string) => t;
  const byName = new Map<string, { name: string; entries: T[] }>();
  for (const entry of entries) {
    for (const name of namesOf(entry)) {
      const known = byName.get(fold(name));
      if (known) known.entries.push(entry);
      else byName.set(fold(name), { name, entries: [entry] });
    }
  }
  const names = [...byName.values()].map((n) => n.name).sort((a, b) => b.length - a.length);
  const alternation = names.map(escapeRegExp).join('|');
  const made: NamePattern<T> = {
    pattern: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternation || '(?!)'})(?![\\p{L}\\p{N}])`, `${flags}g`),
    byName,
    fold,
  };
  forEntries.set(flags, made as NamePattern<unknown>);
  return made;
}

/**
 * The municipalities a text names, in order of first mention (matched with
 * their capital: with every municipality in the register, names such as Time,
 * Heim, Nes and Vik are also everyday words): for each mention, the
 * municipalities it may stand for, one but for a name two share ("Våler").
 */
export const municipalityMentions = (text: string, register: RegisterData) => namedIn(text, register.municipalities, 'u');

/**
 * The municipalities a text names, in order of first mention: a name two
 * share counts for the one in `policeDistrict` when exactly one is, else for
 * none (never a guess).
 */
export function municipalitiesIn(text: string, register: RegisterData, policeDistrict?: string): Municipality[] {
  return municipalityMentions(text, register)
    .map((candidates) => meant(candidates, policeDistrict))
    .filter((m): m is Municipality => m !== undefined);
}

/** The municipality a mention stands for: its only candidate, or the one in `policeDistrict` if exactly one is. */
export function meant(candidates: readonly Municipality[], policeDistrict: string | undefined): Municipality | undefined {
  if (candidates.length === 1) return candidates[0];
  const inDistrict = candidates.filter((m) => m.policeDistrict === policeDistrict);
  return inDistrict.length === 1 ? inDistrict[0] : undefined;
}

/** A municipality's name as it writes it itself: "Våler" for "Våler (Østfold)". */
export function ownName(m: Municipality): string {
  return namesOf(m).at(-1)!;
}

export const districtsIn = (text: string, register: RegisterData) => namedIn(text, register.policeDistricts).flat();

/** "X kommune" phrases of a text, X capitalised. */
export function kommuneNames(text: string): string[] {
  return [...text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+kommune(?![\p{L}])/gu)].map((m) => m[1] ?? '');
}

/** Restores the capitals of municipality and district names in a title made lower-case. */
export function restoreNames(title: string, register: RegisterData): string {
  let out = title;
  for (const d of register.policeDistricts) out = out.replace(wholeWord(d.name, 'giu'), d.name);
  const { pattern, byName, fold } = namePattern(register.municipalities, 'iu');
  out = out.replace(pattern, (match) => byName.get(fold(match))?.name ?? match);
  return out;
}
