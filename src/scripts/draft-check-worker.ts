/**
 * The draft check's module Web Worker: runs src/scripts/draft-check-run.ts off
 * the page's main thread, so a large draft (seconds of work) leaves the page
 * free to answer. Started by src/scripts/draft-check-client.ts, one check at a
 * time: it gets what the reader gave (the text, or the file itself, posted as
 * it is) and the page's list of the register's documents, and answers with the
 * outcome to show, or that the check failed. Nothing here needs the page's DOM:
 * the draft is read by mammoth (its own XML parser), micromark (its decoder of
 * `&amp;` and the like given its build without the DOM, astro.config.mjs) and
 * the importer's string rules; the result is HTML as a string, which the page
 * puts in; and the register's texts are fetched from this site (root-relative
 * addresses, which resolve against the site, as on the page).
 */
import { TextUnavailable } from './agreement-texts.ts';
import { runDraftCheck, type DraftCheckOutcome } from './draft-check-run.ts';

/** What the reader gave: the text of the field, or the file chosen (a `File` is posted to the worker as it is). */
export type DraftCheckInput = Parameters<typeof runDraftCheck>[0];

/** What the page asks: one check. */
export interface DraftCheckRequest {
  input: DraftCheckInput;
  /** The page's list of the register's documents, as its form carries it (`data-register`). */
  registerJson: string;
}

/**
 * Why a check failed: `texts`, a text of the register could not be fetched (the network, the site); `check`, anything
 * else (code that could not be loaded, a fault of the check's own).
 */
export type DraftCheckFailure = 'texts' | 'check';

/** What the worker answers: the outcome, or that the check failed, and why. */
export type DraftCheckReply = { outcome: DraftCheckOutcome } | { failed: DraftCheckFailure };

addEventListener('message', (event: MessageEvent<DraftCheckRequest>) => {
  const { input, registerJson } = event.data;
  runDraftCheck(input, registerJson)
    .then((outcome) => postMessage({ outcome } satisfies DraftCheckReply))
    .catch((e: unknown) => {
      // The reason for whoever opens the browser's console (the page tells the reader what to do): a text the
      // network did not bring is a warning, anything else an error of the site's.
      const failed: DraftCheckFailure = e instanceof TextUnavailable ? 'texts' : 'check';
      (failed === 'texts' ? console.warn : console.error)('The draft check failed:', e);
      postMessage({ failed } satisfies DraftCheckReply);
    });
});
