/**
 * A worker that raises the flag to STARTED and stops without posting a result or raising DONE, as
 * one that runs out of memory or is terminated would (tests/unit/sharing-worker.test.ts).
 */
import { workerData } from 'node:worker_threads';
import { STARTED } from '../../../src/lib/compare/sharing-flag.ts';

const state = new Int32Array((workerData as { flag: SharedArrayBuffer }).flag);
Atomics.store(state, 0, STARTED);
Atomics.notify(state, 0);
process.exit(1);
