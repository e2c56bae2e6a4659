/**
 * Nothing half-built: a site is built into a temporary folder beside its
 * output folder, and replaces the output folder only when every step
 * succeeded. A failed or killed build leaves the last good site (and its
 * `_headers`) where it was.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** The suffixes of the folders a build keeps beside its output while it works. */
const PARTIAL = '.partial-';
const PREVIOUS = '.previous-';

/** Removes what killed builds left beside `outDir` (`dist.partial-123`, `dist.previous-123`). */
export function removeLeftovers(outDir: string): void {
  const dir = dirname(resolve(outDir));
  const name = basename(resolve(outDir));
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith(`${name}${PARTIAL}`) || entry.startsWith(`${name}${PREVIOUS}`)) {
      rmSync(join(dir, entry), { recursive: true, force: true });
    }
  }
}

/**
 * Runs `build` with a fresh temporary folder; when it returns, that folder
 * becomes `outDir` (the previous one is removed). When it throws, the
 * temporary folder is removed, `outDir` is untouched, and the error is
 * thrown on.
 */
export async function buildThenReplace(outDir: string, build: (partialDir: string) => void | Promise<void>): Promise<void> {
  const target = resolve(outDir);
  removeLeftovers(target);
  const partial = `${target}${PARTIAL}${process.pid}`;
  try {
    await build(partial);
  } catch (e) {
    rmSync(partial, { recursive: true, force: true });
    throw e;
  }
  const previous = `${target}${PREVIOUS}${process.pid}`;
  if (existsSync(target)) renameSync(target, previous);
  renameSync(partial, target);
  rmSync(previous, { recursive: true, force: true });
}
