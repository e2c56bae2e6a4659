import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          // A first search loads Pagefind's WebAssembly; on a busy 2-core machine that can take seconds.
          expect: { poll: { timeout: 10_000, interval: 50 } },
          hookTimeout: 180_000,
          // One browser at a time: two cores, and Chromium is the heavy part.
          fileParallelism: false,
        },
      },
    ],
  },
});
