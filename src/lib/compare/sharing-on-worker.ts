/**
 * Runs the register's shared-text analysis on a worker thread
 * (sharing-worker.ts) and gives the function that blocks until its result is
 * there (a Markdown plugin cannot wait asynchronously). Every way the worker
 * can fail ends in `undefined`, and the caller (`registerSharing`) then
 * computes the analysis itself: the worker cannot start (the constructor
 * throws, or it fails to load: its `error` event), it does not start within
 * `startLimitMs`, it stops before it is done (out of memory, terminated), or it
 * is not done within `doneLimitMs` of starting.
 */
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
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

const NOT_STARTED = 0;

/** Starts the analysis of `inputs` on a worker thread. */
export function sharingOnWorker(
  inputs: SharingInput[],
  { worker: url = new URL('./sharing-worker.ts', import.meta.url), startLimitMs = 10_000, doneLimitMs = 120_000 }: SharingWorkerOptions = {},
): SharingWorker {
  const flag = new SharedArrayBuffer(4);
  const { port1, port2 } = new MessageChannel();
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: { inputs, port: port2, flag }, transferList: [port2] });
  } catch {
    port1.close();
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
  return { wait, exited };
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
