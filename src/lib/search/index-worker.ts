/**
 * Worker thread: the search index of a build (build-index.ts,
 * SearchIndexFeed), on the machine's other core. It drives Pagefind's
 * service with the agreement pages it is sent, in the order sent, and once
 * told they are all given, takes Pagefind's index, rewrites it
 * (index-rewrite.ts) and posts it back — so the build's main thread, which
 * renders the pages meanwhile, only hands each page over, and libuv's shared
 * threads, which Astro's rendering waits on (it hashes each page's scripts and
 * styles for the CSP there), are left to it. A failure is posted back.
 */
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { PagefindPages, type FromIndexWorker, type ToIndexWorker } from './build-index.ts';

// Background work: the pages' rendering on the main thread is what the build waits for. On Linux a
// thread has its own priority, and Pagefind's process, started from this thread below, inherits it;
// so when the machine's cores are all busy, the main thread goes first. With a core to spare, as
// when the build has the machine to itself, this changes nothing.
try {
  // Elsewhere (macOS, Windows) the call would lower the whole process, the rendering included.
  if (process.platform === 'linux') setPriority(10);
} catch {
  // Not allowed here: run at the usual priority.
}

const port = parentPort!;
const pages = new PagefindPages((workerData as { site: string }).site);
port.on('message', (message: ToIndexWorker) => {
  if ('file' in message) {
    pages.add(message.file, message.html);
    return;
  }
  // Nothing more comes: if Pagefind's process ends without answering, nothing is left to run and the
  // worker stops, which the build reports as a failure (rather than waiting for ever).
  port.unref();
  pages
    .made()
    .then(
      (made): FromIndexWorker => ({ made }),
      (failed: unknown): FromIndexWorker => ({ failed }),
    )
    .then(async (answer) => {
      await pagefind.close();
      port.postMessage(answer);
      port.close();
    });
});
