/**
 * One `astro build` of this project at a time, across processes. Astro writes
 * the module map of the content it builds into the project's `.astro/`
 * (content-modules.mjs; `cacheDir` does not move it) and Vite reads it back
 * while bundling, so two builds at once, of two content folders, can render
 * each other's map: pages without their text, or a failed build. Test files
 * run side by side and some build (the synthetic sites, the reproducibility
 * build, the content-error builds), so each takes this lock for its whole
 * length. The lock is a folder (mkdir is atomic) holding
 * its owner's process id and, on Linux, when that process started; a lock
 * whose owner has died is taken over, even when a new process has since been
 * given the same id.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseStat } from '../scripts/process-cpu.ts';

const PROJECT = join(import.meta.dirname, '..');
const LOCK = join(tmpdir(), `politiradsavtaler-build-${createHash('sha256').update(PROJECT).digest('hex').slice(0, 12)}.lock`);
/** A lock folder without an owner's id for this long was left by a process that died taking it. */
const ORPHAN_MS = 60_000;
const POLL_MS = 200;

/** When process `pid` started (clock ticks since boot, from /proc on Linux), or '' where that cannot be read. */
function startOf(pid: number): string {
  try {
    return String(parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).start);
  } catch {
    return '';
  }
}

/** What a lock holds to name its owner: the process id and when it started. */
export function ownerOf(pid: number): string {
  return `${pid} ${startOf(pid)}`.trim();
}

/** Whether the process a lock names still runs: its id is in use, by the process that started then. */
export function ownerAlive(owner: string): boolean {
  const [id, started] = owner.trim().split(' ');
  const pid = Number(id);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // The id is in use: by the owner, unless a process started at another time has been given it.
  const now = startOf(pid);
  return started === undefined || now === '' || now === started;
}

/** Whoever holds the lock is gone. */
function abandoned(): boolean {
  try {
    const owner = readFileSync(join(LOCK, 'pid'), 'utf8');
    // Not yet written (the owner has made the folder and is writing its name): judged by age, as below.
    if (owner.trim() === '') throw new Error('no owner yet');
    return !ownerAlive(owner);
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
  // Written whole or not at all: a reader never sees half a name.
  writeFileSync(join(LOCK, 'pid.partial'), ownerOf(process.pid));
  renameSync(join(LOCK, 'pid.partial'), join(LOCK, 'pid'));
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
