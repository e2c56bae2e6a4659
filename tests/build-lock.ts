/**
 * One `astro build` of this project at a time, across processes. Astro writes
 * the module map of the content it builds into the project's `.astro/`
 * (content-modules.mjs; `cacheDir` does not move it) and Vite reads it back
 * while bundling, so two builds at once, of two content folders, can render
 * each other's map: pages without their text, or a failed build. Test files
 * run side by side and some build (the synthetic sites, the reproducibility
 * build, the content-error builds), so each takes this lock for its whole
 * length. The lock is a folder (mkdir is atomic) holding
 * its owner's process id; a lock whose owner has died is taken over.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const PROJECT = join(import.meta.dirname, '..');
const LOCK = join(tmpdir(), `politiradsavtaler-build-${createHash('sha256').update(PROJECT).digest('hex').slice(0, 12)}.lock`);
/** A lock folder without an owner's id for this long was left by a process that died taking it. */
const ORPHAN_MS = 60_000;
const POLL_MS = 200;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whoever holds the lock is gone. */
function abandoned(): boolean {
  try {
    return !alive(Number(readFileSync(join(LOCK, 'pid'), 'utf8')));
  } catch {
    try {
      return Date.now() - statSync(LOCK).mtimeMs > ORPHAN_MS;
    } catch {
      return false; // released meanwhile
    }
  }
}

function tryTake(): boolean {
  try {
    mkdirSync(LOCK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    if (abandoned()) rmSync(LOCK, { recursive: true, force: true });
    return false;
  }
  writeFileSync(join(LOCK, 'pid'), String(process.pid));
  return true;
}

function release(): void {
  rmSync(LOCK, { recursive: true, force: true });
}

/** Runs `build` holding the lock, waiting for it without blocking the event loop. */
export async function withBuildLock<T>(build: () => Promise<T>): Promise<T> {
  while (!tryTake()) await sleep(POLL_MS);
  try {
    return await build();
  } finally {
    release();
  }
}

/** The same for a synchronous build (a test file that builds while it loads). */
export function withBuildLockSync<T>(build: () => T): T {
  while (!tryTake()) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, POLL_MS);
  try {
    return build();
  } finally {
    release();
  }
}
