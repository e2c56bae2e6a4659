/**
 * The synthetic sites the scale tests share, built in the background from
 * global-setup (tests/e2e/synthetic-builds.ts): `largeSite()` is the register
 * of LARGE_N agreements, `syntheticSite(SMALL_N)` the small one. Each resolves
 * when its build has ended (a test file awaits it at its top or in beforeAll).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { slugOf } from '../../src/lib/content/register-files.ts';
import { LARGE_N, waitForSyntheticSite, type SyntheticSite, type SyntheticSize } from './synthetic-builds.ts';

export { LARGE_N, SMALL_N, type SyntheticSite } from './synthetic-builds.ts';

/** The synthetic site of `n` agreements built for this run, once built. */
export function syntheticSite(n: SyntheticSize): Promise<SyntheticSite> {
  return waitForSyntheticSite(inject('syntheticRoot'), n);
}

/** The shared site of LARGE_N agreements, once built. */
export function largeSite(): Promise<SyntheticSite> {
  return syntheticSite(LARGE_N);
}

/** The synthetic agreements' frontmatter, as written (JSON, which is YAML). */
export function syntheticAgreements(site: SyntheticSite): Array<{ slug: string; policeDistrict: string; documentType: string }> {
  const dir = join(site.content, 'agreements');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const data = JSON.parse(text.slice(4, text.indexOf('\n---\n', 4))) as { policeDistrict: string; documentType: string };
      return { slug: slugOf(f), policeDistrict: data.policeDistrict, documentType: data.documentType };
    });
}
