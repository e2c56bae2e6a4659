/**
 * The order test files start in, on every core (vitest.config.ts). Within each
 * kind, Vitest's own order (longest first, by the last run's durations or by
 * file size):
 * 1. one browser test over the real site per worker, while the shared synthetic
 *    sites build in the background (tests/e2e/synthetic-builds.ts);
 * 2. the browser tests over those sites, the longest of the suite: started
 *    first, they would hold every worker idle while they wait; started last,
 *    the run would end with one of them alone;
 * 3. the other browser tests over the real site;
 * 4. the unit tests: many short files, which fill the cores to the end.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { usesSyntheticSite } from './e2e/synthetic-builds.ts';

const waitsForSyntheticSite = (spec: TestSpecification) => usesSyntheticSite(spec.moduleId);

export class RegisterSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const browser = sorted.filter((spec) => spec.project.name === 'e2e');
    const synthetic = browser.filter(waitsForSyntheticSite);
    const real = browser.filter((spec) => !waitsForSyntheticSite(spec));
    const first = real.slice(0, this.ctx.config.maxWorkers);
    const others = sorted.filter((spec) => spec.project.name !== 'e2e');
    return [...first, ...synthetic, ...real.slice(first.length), ...others];
  }
}
