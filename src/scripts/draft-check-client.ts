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
 * interaction. A browser that cannot start the worker gets `draftCheck.failed`.
 */
import type { DraftCheckOutcome } from './draft-check-run.ts';
import type { DraftCheckInput, DraftCheckReply, DraftCheckRequest } from './draft-check-worker.ts';

/** The worker, once started; and the check it is running, if any, to settle. */
let worker: Worker | undefined;
let running: { resolve: (outcome: DraftCheckOutcome) => void; reject: (reason: Error) => void } | undefined;

/** Stops the worker and rejects the check it was running, with `reason`. */
function stop(reason: string): void {
  worker?.terminate();
  worker = undefined;
  running?.reject(new Error(reason));
  running = undefined;
}

/** The worker, started when there is none; a reply settles the running check, a failure of the worker itself rejects it. */
function started(): Worker {
  if (worker) return worker;
  // Bundled by Vite into a script of its own under /_astro/, loaded from this site on the first check.
  const w = new Worker(new URL('./draft-check-worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (event: MessageEvent<DraftCheckReply>) => {
    const check = running;
    running = undefined;
    if ('outcome' in event.data) check?.resolve(event.data.outcome);
    else check?.reject(new Error('the draft check failed'));
  });
  w.addEventListener('error', () => stop('the draft check worker failed'));
  w.addEventListener('messageerror', () => stop('the draft check worker sent what could not be read'));
  worker = w;
  return w;
}

/**
 * Checks the draft the reader gave against the register (`registerJson`: the page's list of documents) in the
 * worker; rejects when the check fails, is superseded, or no worker can be started.
 */
export async function checkDraftOffPage(input: DraftCheckInput, registerJson: string): Promise<DraftCheckOutcome> {
  if (running) stop('superseded by a newer check');
  const w = started();
  return new Promise<DraftCheckOutcome>((resolve, reject) => {
    w.postMessage({ input, registerJson } satisfies DraftCheckRequest);
    running = { resolve, reject };
  });
}
