/**
 * Reads the register's content folder from disk into `RegisterFiles`, for the
 * checker, the build's content check and the content config. The only module
 * of `src/lib` that touches the file system.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { decodeSource, parseJsonText } from './source-text.ts';
import type { RegisterFiles, SourceFile } from './validate.ts';

/** The slug of a document: its file name without folder and `.mdx`. */
export function slugOf(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.mdx$/, '');
}

/** The content folder: `REGISTER_CONTENT` when set (tests, benchmark), else `content`. */
export function contentDir(): string {
  return process.env.REGISTER_CONTENT || 'content';
}

/** The data collection files inside a content folder. */
export const DATA_FILES = {
  policeDistricts: 'police-districts.json',
  municipalities: 'municipalities.json',
  focusAreas: 'focus-areas.json',
  /** Municipality boundaries (Kartverket, CC BY 4.0), simplified by scripts/simplify-boundaries.ts. */
  boundaries: 'boundaries/kommuner.topojson',
  /** The districts before the 2016 police reform, with their successors (optional: a register may have no document from before 2016). */
  formerPoliceDistricts: 'police-districts-pre-2016.json',
  /** The bokmål ⇄ nynorsk word list the build's search forms are made from (src/lib/search/terms.ts). */
  malform: 'malform.json',
} as const;

/** The journal an import leaves in the agreements folder while it puts its documents in place (src/lib/import/write.ts). */
export const INTERRUPTED_WRITE = /^\.import-\d+\.journal$/;

/** A path as messages show it: relative to the project when inside it, absolute otherwise. */
export function displayPath(full: string): string {
  const rel = relative(process.cwd(), full);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? resolve(full) : rel;
}

/** A file as text (see source-text.ts: UTF-8, no BOM, LF); a file that is not UTF-8, or has a line ended by a lone CR, carries where for the checker. */
function read(root: string, path: string): SourceFile {
  const full = join(root, path);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(full);
  } catch {
    // A missing file reads as empty; the checker reports it as missing.
    return { path: displayPath(full), text: '' };
  }
  const { text, fault, loneCr } = decodeSource(bytes);
  return { path: displayPath(full), text, ...(fault ? { fault } : {}), ...(loneCr ? { loneCr } : {}) };
}

function mdxFiles(dir: string, base = dir): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? mdxFiles(join(dir, e.name), base) : e.name.endsWith('.mdx') ? [relative(base, join(dir, e.name))] : []))
    .sort();
}

/**
 * A file of the agreements folder named as an agreement but for its ending (`.md`, `.markdown`, `.MDX`):
 * the build's loader reads the `.mdx` files only (src/content.config.ts), so it would leave the document out without a word.
 */
const MISNAMED_AGREEMENT = /\.(?:mdx?|markdown)$/i;

/** The files under `dir` that look like agreements but do not end in `.mdx` (see MISNAMED_AGREEMENT), as paths relative to `dir`. */
function misnamedFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && MISNAMED_AGREEMENT.test(e.name) && !e.name.endsWith('.mdx'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The journals of imports that were interrupted while putting their documents in place. */
function journals(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => INTERRUPTED_WRITE.test(name)).sort();
  } catch {
    return [];
  }
}

/** The folder of source texts inside a content folder. */
export const SOURCES_DIR = 'sources';

/** The file names in the sources folder (no subfolders), sorted. */
function sourceNames(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  } catch {
    return [];
  }
}

/** Whether the register has the optional pre-2016 districts file (a register with no document from before 2016 needs none). */
export function hasFormerPoliceDistricts(root = contentDir()): boolean {
  return existsSync(join(root, DATA_FILES.formerPoliceDistricts));
}

/** The ids of a data file's entries (the keys agreements may use), or none when it cannot be read (the checker says why). */
export function dataIds(name: string, root = contentDir()): string[] {
  try {
    return (parseJsonText(readFileSync(join(root, name), 'utf8')) as Array<{ id: string }>).map((e) => e.id);
  } catch {
    return [];
  }
}

/** Reads every file of the register under `root` (default: `contentDir()`). */
export function readRegisterFiles(root = contentDir()): RegisterFiles {
  const sources = join(root, SOURCES_DIR);
  return {
    policeDistricts: read(root, DATA_FILES.policeDistricts),
    municipalities: read(root, DATA_FILES.municipalities),
    focusAreas: read(root, DATA_FILES.focusAreas),
    formerPoliceDistricts: read(root, DATA_FILES.formerPoliceDistricts),
    malform: read(root, DATA_FILES.malform),
    agreements: mdxFiles(join(root, 'agreements')).map((p) => read(join(root, 'agreements'), p)),
    interruptedWrites: journals(join(root, 'agreements')).map((p) => read(join(root, 'agreements'), p)),
    misnamedAgreements: misnamedFiles(join(root, 'agreements')).map((p) => displayPath(join(root, 'agreements', p))),
    sources: sourceNames(sources).map((name) => read(sources, name)),
  };
}

/** A source text's bytes as received (`source.file` names it), from the content folder. */
export function readSourceBytes(name: string, root = contentDir()): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(root, SOURCES_DIR, name)));
}
