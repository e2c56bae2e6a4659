/**
 * Where a field of a document's frontmatter, or of an entry of a data file, is written, so that a
 * problem with the field can say `file:line:column` as the problems in the text do. Positions are
 * the `yaml` library's own; it is loaded only when a problem needs a place, so a register without
 * problems does not pay for it.
 */
import { createRequire } from 'node:module';
// The function Astro's frontmatter reader (and validate.ts's `parseFrontmatter`) finds the frontmatter with.
import { extractFrontmatter } from 'astro/markdown';
import type * as Yaml from 'yaml';

/** A 1-based line and column in the file. */
export interface Place {
  line: number;
  column: number;
}

/**
 * A problem's field as a path into the frontmatter: `council.meetingsPerYear` → `['council',
 * 'meetingsPerYear']`, `focusAreas[0].clause` → `['focusAreas', 0, 'clause']` (the form
 * `problems.ts` writes zod's paths in). Undefined for a field that is no such path.
 */
export function fieldPath(field: string): Array<string | number> | undefined {
  if (!/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*$/.test(field)) return undefined;
  return [...field.matchAll(/([A-Za-z_]\w*)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] as string)));
}

let yaml: typeof Yaml | undefined;
const loadYaml = (): typeof Yaml => (yaml ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

/**
 * Where each path is in `source` (YAML, or JSON, which YAML reads too), whose first line is line
 * `firstLine` of the file: the line and column of the path's key, or of its item in a list. A path
 * that is missing is placed where it belongs: at the deepest part of it that is there, or at
 * `missing` when not even its first part is.
 */
function placesIn(source: string, firstLine: number, missing: Place): (path: Array<string | number>) => Place {
  const { LineCounter, parseDocument, isMap, isSeq, isScalar } = loadYaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines });
  return (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        // The last of keys written twice: the value JSON.parse keeps.
        const pair = node.items.findLast((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair || !isScalar(pair.key)) break;
        offset = pair.key.range?.[0];
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Yaml.Node | undefined;
        if (!item) break;
        offset = item.range?.[0];
        node = item;
      } else break;
    }
    if (offset === undefined) return missing;
    const at = lines.linePos(offset);
    return { line: at.line + firstLine - 1, column: at.col };
  };
}

/** A field as a path: a path as it is, a field's name read by `fieldPath`, none as the empty path. */
function pathOf(field: string | Array<string | number> | undefined): Array<string | number> | undefined {
  return field === undefined ? [] : typeof field === 'string' ? fieldPath(field) : field;
}

/**
 * Reads the frontmatter of one document's text, where Astro's own reader finds it, and returns where
 * each field is, given by name or as a path; a missing top-level field is placed at the opening
 * `---`. Undefined when the text has no frontmatter or the field's name is no path.
 */
export function frontmatterPlaces(text: string): (field: string | Array<string | number>) => Place | undefined {
  const frontmatter = extractFrontmatter(text);
  if (frontmatter === undefined) return () => undefined;
  // It starts just after the opening `---` (only blank lines may come before that line).
  const opening = text.slice(0, text.indexOf('---')).split('\n').length;
  const placeOf = placesIn(frontmatter, opening, { line: opening, column: 1 });
  return (field) => {
    const path = pathOf(field);
    return path && placeOf(path);
  };
}

/**
 * Reads a data file (JSON) and returns where a field is, given by name or as a path; the start of
 * the file when none is named or the name is no path.
 */
export function jsonPlaces(text: string): (field: string | Array<string | number> | undefined) => Place {
  const placeOf = placesIn(text, 1, { line: 1, column: 1 });
  return (field) => placeOf(pathOf(field) ?? []);
}

/**
 * Reads a data file (a JSON array of entries) and returns where a field of an entry is, given by
 * name or as a path; the entry itself when no field is named or the name is no path.
 */
export function entryPlaces(text: string): (index: number, field: string | Array<string | number> | undefined) => Place {
  const placeOf = placesIn(text, 1, { line: 1, column: 1 });
  return (index, field) => placeOf([index, ...(pathOf(field) ?? [])]);
}
