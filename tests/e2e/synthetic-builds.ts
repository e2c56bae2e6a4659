/**
 * The builds of the synthetic sites the scale tests share (tests/e2e/synthetic-site.ts):
 * the benchmark's synthetic register of LARGE_N agreements, and one of SMALL_N
 * that a page-size test compares with, each built once per run (astro build,
 * search index included, as scripts/build.ts runs it). global-setup starts
 * them in the background, once the real site is built, so they run while the
 * unit tests and the other browser tests do; a test file that needs one waits
 * for its marker, or builds it itself when nobody has started it (a run of
 * chosen files). Every build holds the project's build lock (build-lock.ts).
 * A build that failed fails every test that waits for it, with its output.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { astroBuildArgs, astroBuildEnv } from '../../scripts/astro-build.ts';
import { writeSyntheticContent } from '../../scripts/synthetic-content.ts';
import { SITE_REGISTER } from '../fixture-register.ts';
import { withBuildLock } from '../build-lock.ts';

/** How many agreements the shared synthetic register holds: national scale. */
export const LARGE_N = 400;
/** The small register the page-size test compares the large one with. */
export const SMALL_N = 5;
/** The sites global-setup builds, in this order. */
export const SYNTHETIC_SIZES = [LARGE_N, SMALL_N] as const;
export type SyntheticSize = (typeof SYNTHETIC_SIZES)[number];

/** A build may take minutes on a busy machine; after this a waiting test gives up. */
const WAIT_LIMIT_MS = 10 * 60_000;

export interface SyntheticSite {
  n: number;
  /** The synthetic content folder (REGISTER_CONTENT of the build). */
  content: string;
  dist: string;
  /** The end of the build's output (its log). */
  log: string;
}

/** Whether a test file uses the synthetic sites (it imports synthetic-site.ts). */
export function usesSyntheticSite(testFile: string): boolean {
  return readFileSync(testFile, 'utf8').includes("from './synthetic-site.ts'");
}

const folder = (root: string, n: number) => join(root, String(n));
/** Written when a site's build succeeded: the site, as JSON. */
const BUILT = 'built';
/** Written when it failed: the build's output. */
const FAILED = 'failed';
/** Created, exclusively, by the process that builds the site. */
const STARTED = 'started';

interface Job {
  dir: string;
  /** The site to build (its log comes when it is built). */
  site: Omit<SyntheticSite, 'log'>;
}

/**
 * Claims the build of the site of `n` under `root` and writes its content:
 * null when another process has claimed it already (the marker is created
 * exclusively, so one process wins).
 */
function claim(root: string, n: number): Job | null {
  const dir = folder(root, n);
  mkdirSync(dir, { recursive: true });
  try {
    closeSync(openSync(join(dir, STARTED), 'wx'));
  } catch {
    return null;
  }
  const job = { dir, site: { n, content: join(dir, 'content'), dist: join(dir, 'dist') } };
  try {
    writeSyntheticContent(dir, n, SITE_REGISTER);
  } catch (e) {
    mark(job, false, `writing the synthetic content failed: ${String(e)}`);
    return null;
  }
  return job;
}

/**
 * Marks a claimed build's end, all at once (a waiting test never reads half a
 * marker): the site when it succeeded, the tail of its output when not.
 * Nothing when the run's folder is gone (the run ended meanwhile).
 */
function mark(job: Job, ok: boolean, output: string): void {
  const [name, text] = ok ? [BUILT, JSON.stringify({ ...job.site, log: output.slice(-4000) })] : [FAILED, output.slice(-4000)];
  try {
    writeFileSync(join(job.dir, `${name}.tmp`), text);
    renameSync(join(job.dir, `${name}.tmp`), join(job.dir, name));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/**
 * Builds a claimed site in a child process, holding the build lock; resolves when it is marked.
 * `started` gets the child; a build `cancelled` by the time it has the lock is marked failed.
 */
function build(job: Job, started: (child: ChildProcess) => void = () => undefined, cancelled = () => false): Promise<void> {
  return withBuildLock(
    () =>
      new Promise<void>((resolve) => {
        if (cancelled()) {
          mark(job, false, 'the test run ended before this build started');
          resolve();
          return;
        }
        const child = spawn(process.execPath, astroBuildArgs(job.site.dist), {
          env: astroBuildEnv({ REGISTER_CONTENT: job.site.content }),
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        started(child);
        let output = '';
        const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
        child.stdout.on('data', keep);
        child.stderr.on('data', keep);
        child.on('error', (e) => keep(Buffer.from(String(e))));
        child.on('close', (code, signal) => {
          mark(job, code === 0, `exit ${code ?? signal}\n${output}`);
          resolve();
        });
      }),
  );
}

/**
 * For global-setup: starts building every synthetic site under `root`, one
 * after the other. Returns how to stop: a build still running is killed, and
 * the promise resolves once it has ended.
 */
export function startSyntheticBuilds(root: string): () => Promise<void> {
  let current: ChildProcess | undefined;
  let stopped = false;
  const all = (async () => {
    for (const n of SYNTHETIC_SIZES) {
      if (stopped) return;
      const job = claim(root, n);
      if (job) await build(job, (child) => (current = child), () => stopped);
    }
  })();
  return async () => {
    stopped = true;
    current?.kill();
    await all;
  };
}

/** The synthetic site of `n` agreements under `root`, once built (here, if nobody has started it). */
export async function waitForSyntheticSite(root: string, n: SyntheticSize): Promise<SyntheticSite> {
  const dir = folder(root, n);
  if (!existsSync(join(dir, STARTED))) {
    const job = claim(root, n);
    if (job) await build(job);
  }
  const start = Date.now();
  for (;;) {
    if (existsSync(join(dir, BUILT))) return JSON.parse(readFileSync(join(dir, BUILT), 'utf8')) as SyntheticSite;
    if (existsSync(join(dir, FAILED))) {
      throw new Error(`The synthetic site of ${n} agreements did not build (tests/e2e/synthetic-builds.ts):\n${readFileSync(join(dir, FAILED), 'utf8')}`);
    }
    if (Date.now() - start > WAIT_LIMIT_MS) {
      throw new Error(`The synthetic site of ${n} agreements was not built after ${WAIT_LIMIT_MS / 60_000} minutes`);
    }
    await sleep(250);
  }
}
