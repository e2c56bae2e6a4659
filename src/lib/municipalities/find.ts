/**
 * "Finn din kommune": every name a reader may type for a municipality (its
 * name, its official Sami and Kven names, its number, and the names and
 * numbers of earlier municipalities that are now part of it), and the
 * matches for a query. The browser script and the build use the same
 * entries, so the form's suggestions and its results agree.
 */
import type { Municipality } from '../content/schema.ts';
import { foldName } from './names.ts';

/** One name the form knows, and the page it leads to. */
export interface FindEntry {
  /** What the reader sees and may type: "Oppegård". */
  name: string;
  /** A short description for the suggestion: "0217, nå Nordre Follo". */
  label: string;
  /** The municipality's own id (its page). */
  id: string;
  /** For an earlier municipality, the id of the one it is now part of. */
  nowId?: string;
  /** Words that find it, folded (name, other names, number). */
  terms: string[];
}

/** The entries for every municipality, today's and earlier ones, sorted by name. */
export function findEntries(municipalities: readonly Municipality[], formerly: (name: string) => string): FindEntry[] {
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  const today = (m: Municipality): Municipality => {
    let current = m;
    for (let i = 0; current.mergedInto && i < 10; i++) current = byId.get(current.mergedInto) ?? current;
    return current;
  };
  return municipalities
    .map((m) => {
      const now = m.status === 'merged' ? today(m) : undefined;
      return {
        name: m.name,
        label: [m.number, ...(m.otherNames ?? []), ...(now ? [formerly(now.name)] : [])].join(', '),
        id: m.id,
        ...(now ? { nowId: now.id } : {}),
        terms: [m.name, ...(m.otherNames ?? []), m.number].map(foldName),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/**
 * The entries a query finds: an exact name or number first, then names that
 * begin with it, then names that contain it. Case, accents and punctuation
 * are ignored ("baerum" finds Bærum, "karasjohka" Kárášjohka - Karasjok).
 */
export function findMunicipalities(query: string, entries: readonly FindEntry[]): FindEntry[] {
  const q = foldName(query.slice(0, 100));
  if (q === '') return [];
  const rank = (e: FindEntry) =>
    e.terms.some((t) => t === q) ? 0 : e.terms.some((t) => t.startsWith(q) || t.split(' ').some((w) => w.startsWith(q))) ? 1 : e.terms.some((t) => t.includes(q)) ? 2 : 3;
  return entries
    .map((e) => ({ e, r: rank(e) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r)
    .map((x) => x.e);
}

/** What separates a row's terms in its FIND_ATTR.terms attribute (no term holds it). */
export const FIND_TERMS_SEPARATOR = '|';

/** The attributes the list of municipalities carries for the find script (`src/scripts/find-municipality.ts`). */
export const FIND_ATTR = {
  /** On each row: its folded terms, `|`-separated. */
  terms: 'data-find-terms',
  /** On each row: the name to show. */
  name: 'data-find-name',
  /** On each row: the description to show. */
  label: 'data-find-label',
  /** The live region the matches are written into. */
  results: 'data-find-results',
  /** The note shown only without JavaScript. */
  noScript: 'data-find-noscript',
} as const;
