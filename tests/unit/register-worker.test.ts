/**
 * The build's content check on a worker thread (`registerOnWorker`,
 * src/lib/compare/sharing-on-worker.ts), on the fixture register: the worker
 * says what `checkRegister` finds here (the same result, problems included),
 * then gives the shared-text analysis the build's plugin asks for; a register
 * with problems gets no analysis; a worker that fails before it has checked
 * leaves the check to the caller (undefined), without hanging or crashing.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sectionsOf, sharingInputs, sharingSourcesOfRegister } from '../../src/lib/compare/register-sharing.ts';
import { registerOnWorker } from '../../src/lib/compare/sharing-on-worker.ts';
import { analyseSharing } from '../../src/lib/compare/similarity.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { FIXTURE_REGISTER } from '../fixture-register.ts';

const work = mkdtempSync(join(tmpdir(), 'register-worker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const failing = new URL('./workers/fails-to-load.ts', import.meta.url);
const stopping = new URL('./workers/stops-after-start.ts', import.meta.url);

describe('the content check on a worker thread', () => {
  it('says what checkRegister finds, then gives the analysis of that register', async () => {
    const worker = registerOnWorker(FIXTURE_REGISTER);
    const expected = checkRegister(readRegisterFiles(FIXTURE_REGISTER));
    const checked = await worker.checked;
    expect(checked).toEqual(expected);
    expect(checked!.problems).toEqual([]);
    const { sources } = sharingSourcesOfRegister(expected);
    const analysis = worker.wait();
    expect(analysis).toBeDefined();
    expect(analysis).toEqual(analyseSharing(sharingInputs(sources, sectionsOf(sources))));
    expect(analysis!.size).toBe(sources.length);
    await worker.exited;
  });

  it('says the problems of a broken register, and analyses nothing', async () => {
    const root = join(work, 'broken');
    cpSync(FIXTURE_REGISTER, root, { recursive: true });
    cpSync('tests/fixtures/bad-agreements/stray-brace.mdx', join(root, 'agreements', 'stray-brace.mdx'));
    const worker = registerOnWorker(root);
    const checked = await worker.checked;
    const expected = checkRegister(readRegisterFiles(root));
    expect(expected.problems.length).toBeGreaterThan(0);
    expect(checked).toEqual(expected);
    expect(worker.wait()).toBeUndefined();
    await worker.exited;
  });

  it('leaves the check to the caller when the worker fails as it loads (no uncaught error)', async () => {
    const worker = registerOnWorker(FIXTURE_REGISTER, { worker: failing, startLimitMs: 500 });
    expect(await worker.checked).toBeUndefined();
    expect(worker.wait()).toBeUndefined();
    expect(await worker.exited).not.toBe(0);
  });

  it('leaves the check to the caller when the worker stops before it has checked (no hang)', async () => {
    const worker = registerOnWorker(FIXTURE_REGISTER, { worker: stopping, doneLimitMs: 1_000 });
    expect(await worker.checked).toBeUndefined();
    expect(worker.wait()).toBeUndefined();
    expect(await worker.exited).toBe(1);
  });
});
