/**
 * Writes drafts into a folder, all or nothing: every target is checked
 * first (an existing file is overwritten only with `force`), then each draft
 * is written to a temporary file and renamed into place; if anything fails,
 * the files written so far are removed again.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError } from './errors.ts';

/** A file to write: its slug (name without .mdx) and text. */
export interface DraftFile {
  slug: string;
  mdx: string;
}

/** Writes every draft to `<dir>/<slug>.mdx`; returns the paths written. Throws ImportError and writes nothing when one exists and `force` is off. */
export function writeDrafts(drafts: readonly DraftFile[], dir: string, force = false): string[] {
  const targets = drafts.map((d) => ({ ...d, path: join(dir, `${d.slug}.mdx`) }));
  const existing = targets.filter((t) => existsSync(t.path));
  if (existing.length > 0 && !force) {
    throw new ImportError(
      `${existing.map((t) => t.path).join(', ')} already exist${existing.length === 1 ? 's' : ''}: nothing was written. Import again with --force to overwrite (your edits there would be lost), or move the file away first.`,
    );
  }
  mkdirSync(dir, { recursive: true });
  const temporary: string[] = [];
  const written: string[] = [];
  try {
    for (const t of targets) {
      const tmp = `${t.path}.import-${process.pid}.tmp`;
      writeFileSync(tmp, t.mdx, { flag: 'wx' });
      temporary.push(tmp);
    }
    targets.forEach((t, i) => {
      renameSync(temporary[i] as string, t.path);
      written.push(t.path);
    });
    return written;
  } catch (e) {
    for (const tmp of temporary) rmSync(tmp, { force: true });
    // New files are taken back; a file overwritten with --force cannot be, and is named.
    const overwritten = written.filter((path) => existing.some((t) => t.path === path));
    for (const path of written) if (!overwritten.includes(path)) rmSync(path, { force: true });
    const kept = overwritten.length > 0 ? ` Already overwritten: ${overwritten.join(', ')}.` : ' Nothing was kept.';
    throw new ImportError(`could not write the drafts to ${dir}: ${(e as Error).message}.${kept}`);
  }
}
