/**
 * The flag a sharing worker (sharing-worker.ts) raises in the buffer it shares
 * with the build's main thread (local-text-plugin.ts), which blocks on it: 0
 * until the worker runs, then STARTED, then DONE once it has posted its result
 * (or failed to). Plain constants: the worker loads this with Node's type
 * stripping.
 */
export const STARTED = 1;
export const DONE = 2;
