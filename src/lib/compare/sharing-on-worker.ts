/**
 * Runs the register's shared-text analysis on a worker thread
 * (sharing-worker.ts) and gives the function that blocks until its result is
 * there (a Markdown plugin cannot wait asynchronously). Every way the worker
 * can fail ends in `undefined`, and the caller (`registerSharing`) then
 * computes the analysis itself: the worker cannot start (the constructor
 * throws, or it fails to load: its `error` event), it does not start within
 * `startLimitMs`, it stops before it is done (out of memory, terminated), or it
 * is not done within `doneLimitMs` of starting.
 *
 * For the build, `registerOnWorker` has the same worker check the register
 * first (the content check, off the main thread) and say what it found before
 * it analyses; a worker that fails before it has said, or says nothing within
 * `doneLimitMs`, leaves the check to the caller too.
 */
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker, type TransferListItem } from 'node:worker_threads';
import type { CheckResult } from '../content/validate.ts';
import type { SharingWait } from './register-sharing.ts';
import { DONE } from './sharing-flag.ts';
import type { DocumentSharing, SharingInput } from './similarity.ts';

export interface SharingWorkerOptions {
  /** The worker's module (the analysis: sharing-worker.ts). */
  worker?: URL;
  /** How long to wait for the worker to start. */
  startLimitMs?: number;
  /**
   * How long to wait, once it started, for its result: far longer than the analysis takes (about
   * 1.5 s at 400 agreements), since a worker that stopped cannot say so to a thread blocked on it.
   */
  doneLimitMs?: number;
}

export interface SharingWorker {
  /** Blocks until the result is there; undefined when the worker failed (then the caller computes it). */
  wait: SharingWait;
  /** Settles with the worker's exit code when it has stopped. */
  exited: Promise<number>;
}

export interface RegisterWorker extends SharingWorker {
  /**
   * The register as the worker checked it (`checkRegister`); undefined when the worker failed
   * before it could say (then the caller checks the register itself).
   */
  checked: Promise<CheckResult | undefined>;
}

const NOT_STARTED = 0;
const DONE_LIMIT_MS = 120_000;
const DEFAULT_WORKER = new URL('./sharing-worker.ts', import.meta.url);

/** Starts the analysis of `inputs` on a worker thread. */
export function sharingOnWorker(inputs: SharingInput[], options: SharingWorkerOptions = {}): SharingWorker {
  const { wait, exited } = startWorker({ inputs }, [], options);
  return { wait, exited };
}

/**
 * Starts checking the register in the content folder `root` (`checkRegister`, as the build's
 * content check does) on a worker thread, which then analyses its agreements as
 * `sharingSourcesOfRegister` gives them (nothing when the register has problems).
 */
export function registerOnWorker(root: string, options: SharingWorkerOptions = {}): RegisterWorker {
  const { port1, port2 } = new MessageChannel();
  const { wait, exited, worker } = startWorker({ register: root, checkPort: port2 }, [port2], options);
  const checked = new Promise<CheckResult | undefined>((resolve) => {
    let settled = false;
    const settle = (result: CheckResult | undefined) => {
      if (settled) return;
      settled = true;
      port1.close();
      resolve(result);
    };
    if (!worker) return settle(undefined);
    port1.once('message', (message: CheckResult | undefined) => settle(message));
    // A worker that failed or stopped before posting its check: whatever it posted first, else undefined.
    const early = () => {
      if (!settled) settle(receiveMessageOnPort(port1)?.message as CheckResult | undefined);
    };
    worker.once('error', early);
    worker.once('exit', early);
    setTimeout(early, options.doneLimitMs ?? DONE_LIMIT_MS).unref();
  });
  return { wait, exited, checked };
}

/** The worker, the function that blocks until its analysis is there, and its exit; no worker when it could not be started. */
function startWorker(
  data: Record<string, unknown>,
  transferList: TransferListItem[],
  { worker: url = DEFAULT_WORKER, startLimitMs = 10_000, doneLimitMs = DONE_LIMIT_MS }: SharingWorkerOptions,
): SharingWorker & { worker?: Worker } {
  const flag = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: { ...data, port: port2, flag }, transferList: [port2, ...transferList] });
  } catch {
    port1.close();
    for (const port of transferList) if (port instanceof MessagePort) port.close();
    return { wait: () => undefined, exited: Promise.resolve(1) };
  }
  // Seen only while the main thread's event loop runs (not while it blocks below): a worker that
  // failed to load, or stopped, before the plugin asks is not waited for at all.
  let stopped = false;
  // Without a listener, a worker that fails to load (or throws) would be an uncaught error that stops the build.
  worker.on('error', () => {
    stopped = true;
  });
  const exited = new Promise<number>((resolve) =>
    worker.on('exit', (code) => {
      stopped = true;
      resolve(code);
    }),
  );
  worker.unref();
  const state = new Int32Array(flag);
  const wait: SharingWait = () => {
    try {
      if (!(stopped && Atomics.load(state, 0) !== DONE) && waitUntilDone(state, startLimitMs, doneLimitMs)) {
        return receiveMessageOnPort(port1)?.message as Map<string, DocumentSharing> | undefined;
      }
      return undefined;
    } finally {
      port1.close();
      void worker.terminate();
    }
  };
  return { wait, exited, worker };
}

/** Blocks until the flag says DONE (true), or a limit passes first (false). */
function waitUntilDone(state: Int32Array, startLimitMs: number, doneLimitMs: number): boolean {
  if (Atomics.wait(state, 0, NOT_STARTED, startLimitMs) === 'timed-out') return false;
  const deadline = performance.now() + doneLimitMs;
  for (;;) {
    const now = Atomics.load(state, 0);
    if (now === DONE) return true;
    const left = deadline - performance.now();
    if (left <= 0) return false;
    Atomics.wait(state, 0, now, left);
  }
}
