/**
 * Worker thread: the register's shared-text analysis (`analyseSharing`) on
 * the machine's other core, while the build's main thread starts Vite and
 * compiles the pages' code (started by `sharingOnWorker` in
 * local-text-plugin.ts). A Markdown plugin cannot wait asynchronously, so the
 * main thread blocks on a flag (sharing-flag.ts): this raises it to STARTED at
 * once, and to DONE after posting the result on the port it was given
 * (undefined if the analysis failed; nothing if posting failed — either way
 * the main thread computes it itself).
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { DONE, STARTED } from './sharing-flag.ts';

const { inputs, port, flag } = workerData as { inputs: unknown; port: MessagePort; flag: SharedArrayBuffer };
const state = new Int32Array(flag);
Atomics.store(state, 0, STARTED);
Atomics.notify(state, 0);
let result: unknown;
try {
  // Imported here, not above: a failure to load it still reaches the `finally`.
  const { analyseSharing } = await import('./similarity.ts');
  result = analyseSharing(inputs as Parameters<typeof analyseSharing>[0]);
} catch {
  result = undefined;
} finally {
  try {
    port.postMessage(result);
  } finally {
    // Raised even if posting threw (a result that cannot be cloned): the main thread then finds no message.
    Atomics.store(state, 0, DONE);
    Atomics.notify(state, 0);
  }
}
