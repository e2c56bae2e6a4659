/**
 * Worker thread: the register's shared-text analysis (`analyseSharing`) on
 * the machine's other core, while the build's main thread starts Vite and
 * compiles the pages' code (started by `sharing-on-worker.ts`). A Markdown
 * plugin cannot wait asynchronously, so the main thread blocks on a flag
 * (sharing-flag.ts): this raises it to STARTED at once, and to DONE after
 * posting the result on the port it was given (undefined if the analysis
 * failed; nothing if posting failed — either way the main thread computes it
 * itself).
 *
 * Given `inputs`, it analyses them. Given `register` instead, a content
 * folder (the build: `registerOnWorker`), it first checks that register as the build's content
 * check does (`checkRegister`), posts the check's result on `checkPort` (the
 * build stops there when it has problems; undefined if checking threw, and the
 * main thread then checks itself), and then analyses that register's
 * agreements: the input the build's plugin asks with
 * (`sharingSourcesOfRegister`).
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import { DONE, STARTED } from './sharing-flag.ts';
import type { SharingInput } from './similarity.ts';

const { inputs, register, checkPort, port, flag } = workerData as {
  inputs?: unknown;
  register?: string;
  checkPort?: MessagePort;
  port: MessagePort;
  flag: SharedArrayBuffer;
};
const state = new Int32Array(flag);
Atomics.store(state, 0, STARTED);
Atomics.notify(state, 0);

/** Checks the register in `root` and posts the result on `checkPort`; the analysis's input, or undefined when the register has problems. */
async function checkedRegisterInputs(root: string, checkPort: MessagePort): Promise<SharingInput[] | undefined> {
  let check: import('../content/validate.ts').CheckResult | undefined;
  try {
    const [{ checkRegister }, { readRegisterFiles }] = await Promise.all([import('../content/validate.ts'), import('../content/register-files.ts')]);
    check = checkRegister(readRegisterFiles(root));
  } finally {
    // Undefined when checking threw: the main thread then checks the register itself, and meets the same fault.
    checkPort.postMessage(check);
  }
  if (check.problems.length > 0) return undefined;
  const { sectionsOf, sharingInputs, sharingSourcesOfRegister } = await import('./register-sharing.ts');
  const { sources } = sharingSourcesOfRegister(check);
  return sharingInputs(sources, sectionsOf(sources));
}

let result: unknown;
try {
  // Imported here, not above: a failure to load it still reaches the `finally`.
  const { analyseSharing } = await import('./similarity.ts');
  const given = register !== undefined ? await checkedRegisterInputs(register, checkPort!) : (inputs as SharingInput[]);
  result = given === undefined ? undefined : analyseSharing(given);
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
