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

/** Finds a municipality given on the command line, by key or name. */
export function municipalityByOption(value: string, register: RegisterData): Municipality {
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
export const municipalitiesIn = (text: string, register: RegisterData) => namedIn(text, register.municipalities, 'u');
export const districtsIn = (text: string, register: RegisterData) => namedIn(text, register.policeDistricts);

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
