/**
 * The builds of the synthetic sites the scale tests share (tests/e2e/synthetic-site.ts):
 * the benchmark's synthetic register of LARGE_N agreements, and one of SMALL_N
 * that a page-size test compares with, each built once per run (astro build,
 * search index included, as scripts/build.ts runs it). global-setup starts them in the background, one after the
 * other, once the real site is built, so they run while the unit tests and the
 * other browser tests do; a test file that needs one waits for its marker (or,
 * when nobody has started it, builds it itself). A build that failed fails
 * every test that waits for it, with its output.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuildArgs } from '../../scripts/astro-build.ts';
import { writeSyntheticContent } from '../../scripts/synthetic-content.ts';

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
}

const folder = (root: string, n: number) => join(root, String(n));
/** Written when a site's build succeeded: the site, as JSON. */
const BUILT = 'built';
/** Written when it failed: the build's output. */
const FAILED = 'failed';
/** Created, exclusively, by the process that builds the site. */
const STARTED = 'started';

/**
 * Claims the build of the site of `n` under `root` and writes its content:
 * null when another process has claimed it already (atomic: the marker is
 * created exclusively), else what to run.
 */
function claim(root: string, n: number): { dir: string; site: SyntheticSite; args: string[]; env: NodeJS.ProcessEnv } | null {
  const dir = folder(root, n);
  mkdirSync(dir, { recursive: true });
  try {
    closeSync(openSync(join(dir, STARTED), 'wx'));
  } catch {
    return null;
  }
  const site: SyntheticSite = { n, content: join(dir, 'content'), dist: join(dir, 'dist') };
  try {
    writeSyntheticContent(dir, n);
  } catch (e) {
    mark(dir, site, false, `writing the synthetic content failed: ${String(e)}`);
    return null;
  }
  return { dir, site, args: astroBuildArgs(site.dist), env: { ...process.env, REGISTER_CONTENT: site.content } };
}

/** Marks a claimed build's end: the site when it succeeded, the tail of its output when not. */
function mark(dir: string, site: SyntheticSite, ok: boolean, output: string): void {
  if (ok) writeFileSync(join(dir, BUILT), JSON.stringify(site));
  else writeFileSync(join(dir, FAILED), output.slice(-4000));
}

/** Builds one synthetic site in a child process; resolves when it is marked. */
function buildInBackground(root: string, n: number, started: (child: ChildProcess) => void): Promise<void> {
  const job = claim(root, n);
  if (!job) return Promise.resolve();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, job.args, { env: job.env, stdio: ['ignore', 'pipe', 'pipe'] });
    started(child);
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code, signal) => {
      mark(job.dir, job.site, code === 0, `exit ${code ?? signal}\n${output}`);
      resolve();
    });
  });
}

/**
 * For global-setup: starts building every synthetic site under `root`, one
 * after the other, and returns a function that stops a build still running.
 */
export function startSyntheticBuilds(root: string): () => void {
  let current: ChildProcess | undefined;
  let stopped = false;
  void (async () => {
    for (const n of SYNTHETIC_SIZES) {
      if (stopped) return;
      await buildInBackground(root, n, (child) => (current = child));
    }
  })();
  return () => {
    stopped = true;
    current?.kill();
  };
}

/** Blocks this thread for `ms` without spinning (a test file may wait while it loads). */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** The synthetic site of `n` agreements under `root`, waiting for its build to end. */
export function waitForSyntheticSite(root: string, n: SyntheticSize): SyntheticSite {
  const dir = folder(root, n);
  const start = Date.now();
  for (;;) {
    // Nobody builds it (global-setup leaves a run of named test files to build on demand): build it here.
    const job = existsSync(join(dir, STARTED)) ? null : claim(root, n);
    if (job) {
      const run = spawnSync(process.execPath, job.args, { env: job.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      mark(job.dir, job.site, run.status === 0, `exit ${run.status ?? run.signal}\n${run.stdout}${run.stderr}`);
    }
    if (existsSync(join(dir, BUILT))) return JSON.parse(readFileSync(join(dir, BUILT), 'utf8')) as SyntheticSite;
    if (existsSync(join(dir, FAILED))) {
      throw new Error(`The synthetic site of ${n} agreements did not build (tests/e2e/synthetic-builds.ts):\n${readFileSync(join(dir, FAILED), 'utf8')}`);
    }
    if (Date.now() - start > WAIT_LIMIT_MS) {
      throw new Error(`The synthetic site of ${n} agreements was not built after ${WAIT_LIMIT_MS / 60_000} minutes`);
    }
    sleep(250);
  }
}
