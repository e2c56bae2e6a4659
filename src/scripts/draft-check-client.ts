/**
 * The page's side of the draft check's worker (src/scripts/draft-check-worker.ts):
 * `checkDraftOffPage` posts a check to it and resolves with the outcome, so the
 * work (seconds for the largest draft) runs off the page's main thread. One
 * worker, started on the first check and kept for the next (its loaded code and
 * fetched texts with it); a check asked for while another runs supersedes it:
 * the busy worker is stopped, its check rejected, and a new one started.
 *
 * No fallback to running the check on the page: every browser the build targets
 * (Vite's default, Baseline widely available: Chrome and Edge 111, Firefox 114,
 * Safari 16.4) has module workers, and the fallback's lazy import would add
 * Vite's preload helper (about 0.9 kB gzip) to the page's JavaScript before
 * interaction. A browser that cannot start the worker gets `draftCheck.broken`.
 */
import type { DraftCheckOutcome } from './draft-check-run.ts';
import type { DraftCheckFailure, DraftCheckInput, DraftCheckReply, DraftCheckRequest } from './draft-check-worker.ts';

/** A check that did not give an outcome: why (`failure`), or that a newer check took its place. */
export class DraftCheckFailed extends Error {
  constructor(
    readonly failure: DraftCheckFailure | 'superseded',
    message: string,
  ) {
    super(message);
    this.name = 'DraftCheckFailed';
  }
}

/** The worker, once started; and the check it is running, if any, to settle. */
let worker: Worker | undefined;
let running: { resolve: (outcome: DraftCheckOutcome) => void; reject: (reason: DraftCheckFailed) => void } | undefined;

/** Stops the worker and rejects the check it was running. */
function stop(failure: DraftCheckFailed['failure'], message: string): void {
  worker?.terminate();
  worker = undefined;
  running?.reject(new DraftCheckFailed(failure, message));
  running = undefined;
}

/** The worker, started when there is none; a reply settles the running check, a failure of the worker itself rejects it. */
function started(): Worker {
  if (worker) return worker;
  // Bundled by Vite into a script of its own under /_astro/, loaded from this site on the first check.
  const w = new Worker(new URL('./draft-check-worker.ts', import.meta.url), { type: 'module' });
  // Each listener acts only while its worker is the current one: a stopped worker's late event settles nothing.
  w.addEventListener('message', (event: MessageEvent<DraftCheckReply>) => {
    if (w !== worker) return;
    const check = running;
    running = undefined;
    if ('outcome' in event.data) check?.resolve(event.data.outcome);
    else check?.reject(new DraftCheckFailed(event.data.failed, 'the draft check failed'));
  });
  // A worker that cannot start (its script not loaded, or failing as it loads) or fails outside a check.
  w.addEventListener('error', () => {
    if (w === worker) stop('check', 'the draft check worker failed');
  });
  w.addEventListener('messageerror', () => {
    if (w === worker) stop('check', 'the draft check worker sent what could not be read');
  });
  worker = w;
  return w;
}

/**
 * Checks the draft the reader gave against the register (`registerJson`: the page's list of documents) in the
 * worker; rejects when the check fails, is superseded, or no worker can be started.
 */
export async function checkDraftOffPage(input: DraftCheckInput, registerJson: string): Promise<DraftCheckOutcome> {
  if (running) stop('superseded', 'superseded by a newer check');
  const w = started();
  return new Promise<DraftCheckOutcome>((resolve, reject) => {
    w.postMessage({ input, registerJson } satisfies DraftCheckRequest);
    running = { resolve, reject };
  });
}
