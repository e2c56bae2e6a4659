/**
 * A one-page site with its real search index, for the index modules' tests:
 * one agreement page (the only pages the index reads, src/lib/publish/routes.ts)
 * with the given body, indexed by `scripts/build-search-index.ts` as the build does.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreementUrl } from '../../src/lib/publish/routes.ts';
import { indexFolder } from '../../src/lib/search/build-index.ts';

/** Builds the site in a temporary folder and returns its `pagefind/` folder; `remove()` deletes it all. */
export function indexOnePage(bodyHtml: string): { root: string; remove(): void } {
  const work = mkdtempSync(join(tmpdir(), 'pf-site-'));
  const page = join(work, agreementUrl('a'));
  mkdirSync(page, { recursive: true });
  writeFileSync(join(page, 'index.html'), `<!doctype html><html lang="nb"><head><title>a</title></head><body data-pagefind-body>${bodyHtml}</body></html>`);
  execFileSync(process.execPath, ['scripts/build-search-index.ts', work], { env: { ...process.env, QUIET: '1' } });
  return { root: indexFolder(work), remove: () => rmSync(work, { recursive: true, force: true }) };
}
