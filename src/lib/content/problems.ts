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
  // One problem, one line: a value quoted from the file may hold a line break (YAML's "\n" in a date or a key).
  const line = (text: string) => text.replace(/\r?\n/g, '\\n');
  return p.field ? `${where}: ${line(p.field)}: ${line(p.message)}` : `${where}: ${line(p.message)}`;
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

/** The start of the message for a required field left out (a key enum's own message starts so too: schema.ts `keyEnum`). */
const MISSING = 'missing required field';

/** How many allowed values a message lists; a longer list (357 municipalities) is the schema's to tell. */
const VALUES_SHOWN = 12;

/** The values a field takes, as a message lists them. */
function valuesList(values: readonly unknown[]): string {
  const shown = values.slice(0, VALUES_SHOWN).map((v) => JSON.stringify(v));
  return values.length > VALUES_SHOWN ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}

/** What a value found is, as a message names it: `the number 5`, `the text "fire"`. */
function found(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (input instanceof Date) return 'a date without quotes';
  if (typeof input === 'string') return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'number' || typeof input === 'boolean') return `${typeof input === 'number' ? 'the number' : ''} ${String(input)}`.trim();
  if (typeof input === 'object') return 'a group of fields';
  return typeof input;
}

/** For each type a field may expect: what the message calls it, and how to write it. */
const TYPES: Readonly<Record<string, { name: string; write: string }>> = {
  string: { name: 'text', write: 'write the text, in double quotes if it could be read as a number, a date or true/false' },
  number: { name: 'a number', write: 'write the number without quotes, e.g. 4' },
  int: { name: 'a whole number', write: 'write the number without quotes, e.g. 4' },
  boolean: { name: 'true or false', write: 'write true or false, without quotes' },
  array: { name: 'a list', write: 'write one item per line below it, each starting with "- " (or the items in brackets: [a, b])' },
  object: { name: 'a group of fields', write: 'write its fields on the lines below it, each indented by two spaces' },
};

/** A bound of a number for a message: none for the safe-integer range zod's int() adds (no count comes near it). */
const bound = (n: number | bigint) => (Math.abs(Number(n)) >= Number.MAX_SAFE_INTEGER ? undefined : String(n));

/**
 * The message for an issue whose schema says nothing of its own, in place of zod's ("Invalid input: expected
 * string, received number", "Too small: expected number to be >0"): what was expected, what was found, and
 * what to write. Undefined for an issue zod's own words tell well enough.
 */
function issueFix(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type': {
      const type = TYPES[issue.expected];
      if (issue.input === undefined) return `${MISSING} (expected ${issue.expected})`;
      return type ? `expected ${type.name}, found ${found(issue.input)}: ${type.write}` : undefined;
    }
    case 'invalid_value':
      if (issue.input === undefined) return `${MISSING} (expected one of ${valuesList(issue.values)})`;
      return `${found(issue.input)} is not allowed here: write one of ${valuesList(issue.values)}`;
    case 'too_small': {
      const min = bound(issue.minimum);
      if (issue.origin === 'string') return `is too short: write at least ${String(issue.minimum)} character(s)`;
      if (issue.origin === 'array' || issue.origin === 'set') return `has too few items: write at least ${String(issue.minimum)}, one per line starting with "- "`;
      if (min === undefined) return `${found(issue.input)} is too small: write the number the document states`;
      return `${found(issue.input)} is too small: write a number ${issue.inclusive ? 'of at least' : 'above'} ${min}${issue.origin === 'int' || issue.origin === 'number' ? ', as the document states it' : ''}`;
    }
    case 'too_big': {
      const max = bound(issue.maximum);
      if (issue.origin === 'string') return `is too long: write at most ${String(issue.maximum)} character(s)`;
      if (issue.origin === 'array' || issue.origin === 'set') return `has too many items: write at most ${String(issue.maximum)}`;
      if (max === undefined) return `${found(issue.input)} is far too large: write the number the document states, e.g. 4`;
      return `${found(issue.input)} is too large: write a number ${issue.inclusive ? 'of at most' : 'below'} ${max}`;
    }
    case 'invalid_format':
      return `${found(issue.input)} is not ${issue.format === 'url' ? 'a web address: write it as it opens in a browser, starting with https://' : `in the form this field takes (${issue.format})`}`;
    case 'invalid_union':
      return `${found(issue.input)} is in none of the forms this field takes: see the field in src/lib/content/schema.ts`;
    default:
      return undefined;
  }
}

/** `schema.safeParse`, with `issueFix`'s messages where the schema has none of its own (zod's precedence: the schema's own first). */
export function parseWithFixes<T>(schema: z.ZodType<T>, value: unknown): z.ZodSafeParseResult<T> {
  return schema.safeParse(value, { error: issueFix });
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
      // The schema's own words (a key enum's, without its 357 keys) or issueFix's; zod's own only when parsed without it.
      const missing = issue.message.startsWith(MISSING) ? issue.message : `${MISSING} (expected ${issue.code === 'invalid_type' ? issue.expected : valuesList(issue.values)})`;
      return [{ file, ...field, message: `${missing}${hint ? `: ${hint}` : ''}.` }];
    }
    return [{ file, ...field, message: issue.message }];
  });
}
