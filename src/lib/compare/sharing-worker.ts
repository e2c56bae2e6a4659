/**
 * Worker thread: the register's shared-text analysis (`analyseSharing`) on
 * the machine's other core, while the build's main thread starts Vite and
 * compiles the pages' code (started by `startSharingOfRegister` in
 * local-text-plugin.ts). A Markdown plugin cannot wait asynchronously, so the
 * main thread blocks on a flag: this raises it to STARTED at once, and to
 * DONE after posting the result (undefined if the analysis failed, and the
 * main thread computes it itself) on the port it was given.
 */
import { workerData, type MessagePort } from 'node:worker_threads';

// The flag's states, as local-text-plugin.ts reads them (0: not started yet).
const STARTED = 1;
const DONE = 2;

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
  port.postMessage(result);
  Atomics.store(state, 0, DONE);
  Atomics.notify(state, 0);
}
