/**
 * The shared-text analysis on a worker thread (src/lib/compare/sharing-on-worker.ts), on the
 * fixture register's agreements: the worker's result is the analysis computed here, and a worker
 * that fails — cannot load, or stops after it started — leaves the build the same analysis,
 * computed on the calling thread, without hanging or crashing it.
 */
import { describe, expect, it } from 'vitest';
import { registerSharing, startSharing, type SharingSource } from '../../src/lib/compare/register-sharing.ts';
import { sharingOnWorker } from '../../src/lib/compare/sharing-on-worker.ts';
import { analyseSharing, type SharingInput } from '../../src/lib/compare/similarity.ts';
import { agreements, body } from './compare-helpers.ts';

/** The fixture register's agreements as the build's plugin asks for them, under ids of this file's own (the analysis is kept per process by input). */
function sources(tag: string): SharingSource[] {
  return agreements.map((a) => ({ id: `${tag}/${a.id}`, group: a.group, body: body(a.id) }));
}

const failing = new URL('./workers/fails-to-load.ts', import.meta.url);
const stopping = new URL('./workers/stops-after-start.ts', import.meta.url);

/** The analysis through `registerSharing`, started on a worker by `start`; and the analysis computed here from the same inputs. */
function throughWorker(tag: string, start: (inputs: SharingInput[]) => ReturnType<typeof sharingOnWorker>) {
  const input = sources(tag);
  let started: ReturnType<typeof sharingOnWorker> | undefined;
  let given: SharingInput[] = [];
  startSharing(input, (inputs) => {
    given = inputs;
    started = start(inputs);
    return started.wait;
  });
  if (!started) throw new Error('startSharing did not start the worker: the analysis was in the store already');
  return { analysis: registerSharing(input).analysis, expected: analyseSharing(given), exited: started.exited };
}

describe('the shared-text analysis on a worker thread', () => {
  // The test's own limit above the worker's start limit: waiting blocks this thread, so Vitest's 20 s would end it first.
  it('gives the analysis computed here', { timeout: 120_000 }, async () => {
    const inputs = agreements.map((a) => ({ id: a.id, group: a.group, sections: a.sections }));
    // A start limit of a minute, not the build's 10 s: on a loaded machine, a worker that starts late would fall back
    // to the analysis here and the test would not see the worker's.
    const worker = sharingOnWorker(inputs, { startLimitMs: 60_000 });
    const result = worker.wait();
    expect(result).toBeDefined();
    expect(result).toEqual(analyseSharing(inputs));
    expect(result!.size).toBe(inputs.length);
    await worker.exited;
  });

  it('is computed here, the same, when the worker fails as it loads (no uncaught error)', async () => {
    const { analysis, expected, exited } = throughWorker('fails-to-load', (inputs) => sharingOnWorker(inputs, { worker: failing, startLimitMs: 500 }));
    expect(analysis.size).toBe(agreements.length);
    expect(analysis).toEqual(expected);
    // The worker's `error` event arrives; a listener takes it, so it does not fail this run.
    expect(await exited).not.toBe(0);
  });

  it('is computed here, the same, when the worker stops after it started (no hang)', async () => {
    const { analysis, expected, exited } = throughWorker('stops-after-start', (inputs) =>
      sharingOnWorker(inputs, { worker: stopping, doneLimitMs: 1_000 }),
    );
    expect(analysis.size).toBe(agreements.length);
    expect(analysis).toEqual(expected);
    expect(await exited).toBe(1);
  });

  it('is computed here, the same, when the worker stopped before the plugin asks', async () => {
    const input = sources('stopped-before');
    let worker: ReturnType<typeof sharingOnWorker> | undefined;
    let given: SharingInput[] = [];
    startSharing(input, (inputs) => {
      given = inputs;
      worker = sharingOnWorker(inputs, { worker: stopping, doneLimitMs: 1_000 });
      return worker.wait;
    });
    // The build's event loop runs between starting the worker and the first agreement: its exit is seen.
    expect(await worker!.exited).toBe(1);
    expect(registerSharing(input).analysis).toEqual(analyseSharing(given));
  });
});
