/** A worker that fails as it loads (tests/unit/sharing-worker.test.ts), before it raises the flag. */
throw new Error('this worker fails as it loads');
