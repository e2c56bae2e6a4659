/**
 * Writes drafts into a folder, and the source text they were made from into
 * its folder (the content folder's `sources/`), all or nothing, even when the
 * process is killed or the disk fills up:
 *
 * 1. every target is checked first (an existing file is overwritten only with `force`;
 *    a source text already there with the same bytes is left as it is);
 * 2. each file is written to a hidden temporary file in the drafts' folder
 *    (`.slug.mdx.import-<pid>.tmp`, which no reader takes for a document); a failure
 *    removes them all;
 * 3. a journal listing the renames is written and renamed into place: the commit point;
 * 4. each temporary file is renamed onto its target; then the journal is removed.
 *
 * Killed before 3, only hidden temporary files remain: none of the documents
 * is published, and the next write removes them. Killed after 3, the journal
 * stays; the checker then refuses to build the register until the import is
 * finished (`finishInterruptedWrites`, run by `npm run import -- --finish` and
 * by every later import), which puts all the documents in place.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { INTERRUPTED_WRITE } from '../content/register-files.ts';
import { ImportError } from './errors.ts';

/** A file to write: its slug (name without .mdx) and text. */
export interface DraftFile {
  slug: string;
  mdx: string;
}

/** The source text the drafts were made from: where it goes (`<content>/sources/<file>`) and its bytes. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/** A step of a write, for tests that stop the process between steps. */
export type WriteStep = 'written' | 'committed' | 'placed';

/** Test seams: a hook after each step, and the function that writes a file. */
export interface WriteHooks {
  /** Called after each temporary file is written (index), after the journal (-1), after each rename (index). */
  onStep?: (step: WriteStep, index: number) => void;
  /** Writes a new file; throws as writeFileSync does (e.g. ENOSPC on a full disk). */
  writeFile?: (path: string, data: string | Uint8Array) => void;
}

/** The journal of one write: which temporary file becomes which file (paths relative to the drafts' folder). */
interface Journal {
  renames: Array<{ from: string; to: string }>;
}

/** A temporary file of a write: a draft's (`.slug.mdx.import-<pid>.tmp`) or the journal's (`.import-<pid>.journal.tmp`). */
const TEMPORARY = /^\.(?:.+\.)?import-\d+(?:\.journal)?\.tmp$/;

const writeNew = (path: string, data: string | Uint8Array) => writeFileSync(path, data, { flag: 'wx' });

/** Whether the file at `path` holds exactly `bytes`. */
function holds(path: string, bytes: Uint8Array): boolean {
  return Buffer.from(bytes).equals(readFileSync(path));
}

/**
 * Why `dir` cannot take the drafts, or undefined when it can: a file stands at its place, or at the place of one
 * of the folders it would be made in. Said before anything is read or written.
 */
export function folderProblem(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(at)) {
      if (statSync(at).isDirectory()) return undefined;
      return at === dir
        ? `${dir} is a file, not a folder: give --out a folder for the drafts (it is made if it is not there), or leave --out out to write into content/.`
        : `${dir} cannot be made: ${at} is a file, not a folder. Give --out a folder whose parent folders are folders, or leave --out out to write into content/.`;
    }
    if (dirname(at) === at) return undefined;
  }
}

/** Throws ImportError when `dir` cannot take the drafts (`folderProblem`). */
function checkFolder(dir: string): void {
  const problem = folderProblem(dir);
  if (problem) throw new ImportError(`${problem} Nothing was written.`);
}

/**
 * Finishes what an interrupted write left in `dir`: a committed write (its
 * journal exists) is completed, so all its documents are in place; temporary
 * files of a write that never committed are removed. Returns the documents
 * put in place.
 */
export function finishInterruptedWrites(dir: string): string[] {
  checkFolder(dir);
  if (!existsSync(dir)) return [];
  const placed: string[] = [];
  const entries = readdirSync(dir);
  for (const name of entries.filter((n) => INTERRUPTED_WRITE.test(n))) {
    const journalPath = join(dir, name);
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as Journal;
    for (const { from, to } of journal.renames) {
      if (existsSync(join(dir, from))) {
        renameSync(join(dir, from), join(dir, to));
        placed.push(join(dir, to));
      }
    }
    rmSync(journalPath);
  }
  for (const name of readdirSync(dir).filter((n) => TEMPORARY.test(n))) rmSync(join(dir, name), { force: true });
  return placed;
}

/**
 * Writes every draft to `<dir>/<slug>.mdx`, and `source` (when given, and not there already with the same bytes)
 * to its path; returns the paths written, the drafts' first, in their order. Throws ImportError and writes nothing
 * when one exists and `force` is off.
 */
export function writeDrafts(drafts: readonly DraftFile[], dir: string, force = false, hooks: WriteHooks = {}, source?: SourceFile): string[] {
  const write = hooks.writeFile ?? writeNew;
  finishInterruptedWrites(dir);
  const targets: Array<{ name: string; path: string; data: string | Uint8Array }> = drafts.map((d) => ({ name: `${d.slug}.mdx`, path: join(dir, `${d.slug}.mdx`), data: d.mdx }));
  if (source && !(existsSync(source.path) && holds(source.path, source.bytes))) {
    targets.push({ name: relative(dir, source.path), path: source.path, data: source.bytes });
  }
  const existing = targets.filter((t) => existsSync(t.path));
  if (existing.length > 0 && !force) {
    throw new ImportError(
      `${existing.map((t) => t.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}: nothing was written. Import again with --force to overwrite (your edits there would be lost), or move the file away first.`,
    );
  }
  for (const folder of new Set([dir, ...targets.map((t) => dirname(t.path))])) {
    checkFolder(folder);
    try {
      mkdirSync(folder, { recursive: true });
    } catch (e) {
      throw new ImportError(`could not make the folder ${folder}: ${(e as Error).message}. Nothing was written.`);
    }
  }
  const temporary: string[] = [];
  const journal: Journal = { renames: [] };
  const journalPath = join(dir, `.import-${process.pid}.journal`);
  try {
    targets.forEach((t, i) => {
      const tmp = `.${basename(t.path)}.import-${process.pid}.tmp`;
      // Listed before writing: a write that fails halfway (a full disk) leaves a file to remove.
      temporary.push(join(dir, tmp));
      write(join(dir, tmp), t.data);
      journal.renames.push({ from: tmp, to: t.name });
      hooks.onStep?.('written', i);
    });
    temporary.push(`${journalPath}.tmp`);
    write(`${journalPath}.tmp`, JSON.stringify(journal));
    renameSync(`${journalPath}.tmp`, journalPath);
  } catch (e) {
    for (const tmp of temporary) rmSync(tmp, { force: true });
    throw new ImportError(`could not write the drafts to ${dir}: ${(e as Error).message}. Nothing was written.`);
  }
  hooks.onStep?.('committed', -1);
  // From here on the write is committed: if a rename fails, the journal stays and the next write finishes it.
  const written: string[] = [];
  try {
    targets.forEach((t, i) => {
      renameSync(temporary[i] as string, t.path);
      written.push(t.path);
      hooks.onStep?.('placed', i);
    });
  } catch (e) {
    throw new ImportError(
      `could not put the drafts in place in ${dir}: ${(e as Error).message}. ${written.length} of ${targets.length} are there; run "npm run import -- --finish" to put the rest in place (npm run check refuses the register until then).`,
    );
  }
  rmSync(journalPath);
  return written;
}
