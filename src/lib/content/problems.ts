/**
 * Problems with content and how they are told: the `Problem` every check
 * returns, the one formatter the build and `npm run check` print with, and
 * zod's issues turned into problems that name the field and the fix.
 */
import type { z } from 'zod';
import { editDistance } from '../edit-distance.ts';

/** One problem in one file: where, which field, what is wrong and how to fix it. */
export interface Problem {
  file: string;
  /** 1-based line and column in the file, when the problem has a place. */
  line?: number;
  column?: number;
  field?: string;
  /** The field as keys and list indexes, where the check had them (zod's path); else `field` is read as one. */
  path?: Array<string | number>;
  /** In a data file (a JSON array), the entry the problem is in: its index, and its id where it has one. */
  entry?: { index: number; id?: string };
  message: string;
}

/**
 * One line per problem: `file:line:column: field: message` where it has a place (a field, a line of a
 * document's text), else `file: field: message` (a whole file); an entry of a data file follows the
 * place as `[index] (id)`; the field where there is one.
 */
export function formatProblem(p: Problem): string {
  const place = p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : '';
  const entry = p.entry && `[${p.entry.index}]${p.entry.id !== undefined ? ` (${p.entry.id})` : ''}`;
  const where = entry === undefined ? `${p.file}${place}` : `${p.file}${place}${place ? ': ' : ' '}${entry}`;
  return p.field ? `${where}: ${p.field}: ${p.message}` : `${where}: ${p.message}`;
}

/** What starts each problem's line in the block below (tests find the lines by it). */
export const PROBLEM_LINE_START = '  - ';

/** The block the build and `npm run check` both print: a heading line, then one line per problem. */
export function formatProblems(problems: readonly Problem[]): string {
  return [`The register's content has ${problems.length} problem(s):`, ...problems.map((p) => `${PROBLEM_LINE_START}${formatProblem(p)}`)].join('\n');
}

/** The field names an object schema accepts at `path` (through optional, default and array). */
function fieldsAt(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { def?: { type: string; innerType?: unknown; element?: unknown } }).def;
      if (def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType) {
        current = def.innerType;
      } else if (def?.type === 'array' && def.element) {
        current = def.element;
      } else return;
    }
  };
  unwrap();
  for (const key of path) {
    if (typeof key === 'number') continue;
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    if (!shape || !(String(key) in shape)) return [];
    current = shape[String(key)];
    unwrap();
  }
  const shape = (current as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function fieldName(path: PropertyKey[]): string | undefined {
  if (path.length === 0) return undefined;
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

/** A problem's `field` and `path` for a path of keys and indexes (zod's `path`): none at the top level. */
export function fieldAt(path: PropertyKey[]): Pick<Problem, 'field' | 'path'> {
  const field = fieldName(path);
  const keys = path.flatMap((k) => (typeof k === 'symbol' ? [] : [k]));
  return field === undefined ? {} : { field, path: keys };
}

/** What to write in a required field left out, where its type alone does not say it (npm run check's "how to fix"). */
const MISSING_HINTS: Readonly<Record<string, string>> = {
  'source.publisher': 'who published the file the text was taken from, as the site names itself, e.g. "Skien kommune" or "Politiet"',
  'source.title': "the published file's title, as written on it",
  'source.file': 'the name of the source text in content/sources/, e.g. "skien-2019.txt"',
};

/** True when `path` names a key that is absent from `input` (its parent exists, the key does not). */
function isMissing(input: unknown, path: PropertyKey[]): boolean {
  let node: unknown = input;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  const last = path.at(-1);
  return last !== undefined && node !== null && typeof node === 'object' && !(last in node);
}

/** What a field expects, for a "missing" message: the enum's options or the type. */
function expected(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value') return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  if (issue.code === 'invalid_type') return issue.expected;
  return 'a value';
}

/** Turns zod's issues into problems that say what was expected and how to fix it. */
export function zodProblems(file: string, schema: z.ZodType, error: z.ZodError, input: unknown): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const field = fieldAt(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const valid = fieldsAt(schema, issue.path);
      return issue.keys.map((key) => {
        const closest = [...valid].sort((a, b) => editDistance(key, a) - editDistance(key, b))[0];
        const hint = closest && editDistance(key, closest) <= 3 ? ` Did you mean "${closest}"?` : '';
        return {
          file,
          ...fieldAt([...issue.path, key]),
          message: `unknown field.${hint} Valid fields here: ${valid.join(', ')}.`,
        };
      });
    }
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && isMissing(input, issue.path)) {
      const hint = field.field === undefined ? undefined : MISSING_HINTS[field.field];
      return [{ file, ...field, message: `missing required field (expected ${expected(issue)})${hint ? `: ${hint}` : ''}.` }];
    }
    return [{ file, ...field, message: issue.message }];
  });
}
