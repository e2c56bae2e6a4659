/**
 * The one large synthetic site the scale tests share: the benchmark's
 * synthetic register of LARGE_N agreements, built (astro build, which makes
 * the search index too) by the first test file that asks for it, in the folder global-setup made for
 * this run, and reused by the others. Files run one at a time, so the first
 * build finishes before another file asks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { writeSyntheticContent } from '../../scripts/synthetic-content.ts';

/** How many agreements the shared synthetic register holds: national scale. */
export const LARGE_N = 400;

export interface SyntheticSite {
  n: number;
  /** The synthetic content folder (REGISTER_CONTENT of the build). */
  content: string;
  dist: string;
}

/** Builds the synthetic register of `n` agreements under `root` (astro build) and returns it. */
export function buildSyntheticSite(root: string, n: number): SyntheticSite {
  const content = writeSyntheticContent(root, n);
  const dist = join(root, 'dist');
  execFileSync('npx', ['astro', 'build', '--outDir', dist], { env: { ...process.env, REGISTER_CONTENT: content }, stdio: ['ignore', 'ignore', 'inherit'] });
  return { n, content, dist };
}

/** The shared site of LARGE_N agreements, built on first use in this run. */
export function largeSite(): SyntheticSite {
  const root = join(inject('syntheticRoot'), String(LARGE_N));
  const done = join(root, 'built');
  if (existsSync(done)) return JSON.parse(readFileSync(done, 'utf8')) as SyntheticSite;
  const site = buildSyntheticSite(root, LARGE_N);
  writeFileSync(done, JSON.stringify(site));
  return site;
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
      return { slug: f.replace(/\.mdx$/, ''), policeDistrict: data.policeDistrict, documentType: data.documentType };
    });
}
