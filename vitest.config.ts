import { defineConfig } from 'vitest/config';
import { RegisterSequencer } from './tests/sequencer.ts';
import { keepCompileCache } from './scripts/astro-build.ts';

// Node's compile cache for the run's own processes as well as its builds: the test workers and the
// command lines the tests start (the importer, the search index) load the same libraries again and
// again. The unit run took about a fifth less CPU with it on a 2-core machine (docs/performance-log.md,
// "The test suite", tenth round).
keepCompileCache(process.env);

export default defineConfig({
  test: {
    // Every core: the browser tests wait on Chromium and on the network much of the time, and the
    // synthetic sites build in the background meanwhile (Vitest's default leaves one core idle).
    maxWorkers: '100%',
    sequence: { sequencer: RegisterSequencer },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The importer's tests parse whole seed documents (and PDFs) against the national register;
          // with the test files in parallel on a busy 2-core machine, 5 s is not always enough.
          testTimeout: 20_000,
          // The unit tests share no state (no mocks but those a file undoes after each case, as
          // docx-code-load.test.ts does; no environment changes; caches are keyed by their input),
          // so a worker keeps its loaded modules from one file to the next: on this
          // 2-core machine that took the unit run from about 140 s to about 40 s, mostly imports.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // As the unit tests: a worker keeps its loaded modules (Playwright's client, the helpers) from one
          // browser file to the next instead of a new process per file. Each file still gets its own browser
          // contexts (tests/e2e/browser.ts) and leaves no state behind. On a 2-core AMD machine of this kind:
          // Vitest's worker processes in a whole run 8 instead of 21, their CPU 46 seconds instead of 59 (docs/performance-log.md, "The test suite", fourteenth round).
          isolate: false,
          // A first search loads Pagefind's WebAssembly; on a busy 2-core machine that can take seconds.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
