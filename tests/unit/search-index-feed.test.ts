/**
 * The search index the build feeds page by page as Astro renders them
 * (src/integrations/search-index-middleware.ts) is the index of the pages on
 * disk: Pagefind numbers pages in the order it gets them, so the pages go to
 * it in one order (by slug), and an index fed anything else — a page missing,
 * pages out of order — is made again from the written pages. Real Pagefind,
 * real files.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementPageFile, agreementUrl } from '../../src/lib/publish/routes.ts';
import { PagefindPages, runPagefind, type PagefindRun } from '../../src/lib/search/build-index.ts';

const page = (text: string) => `<!doctype html><html lang="nb"><head><title>${text}</title></head><body><main data-pagefind-body><p>${text} politiråd</p></main></body></html>`;

// `oppegard-2018` before `oppegard-2018-saksframlegg`, as Astro renders them, though their files
// sort the other way (`-` before `/`); a change page under one of them is not indexed.
const slugs = ['oppegard-2018', 'oppegard-2018-saksframlegg', 'bodo-2018'].sort();
const site = mkdtempSync(join(tmpdir(), 'pf-feed-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
for (const slug of slugs) {
  mkdirSync(join(site, agreementUrl(slug)), { recursive: true });
  writeFileSync(join(site, agreementUrl(slug), 'index.html'), page(`avtale ${slug}`));
}
mkdirSync(join(site, agreementUrl('bodo-2018'), 'endringer'), { recursive: true });
writeFileSync(join(site, agreementUrl('bodo-2018'), 'endringer', 'index.html'), page('endringer'));

const files = (slugsInOrder: string[]) => slugsInOrder.map((slug) => agreementPageFile(agreementUrl(slug))!);

/** An index fed these pages (their HTML as on disk), finished over the site. */
function fed(slugsInOrder: string[]): Promise<PagefindRun> {
  const pages = new PagefindPages();
  for (const file of files(slugsInOrder)) pages.add(file, readFileSync(join(site, file), 'utf8'));
  return runPagefind(site, pages);
}

/** Pagefind's files that do not depend on its hash-map order: the word index and the fragments. */
const stable = (run: PagefindRun) => new Map([...run.files].filter(([path]) => /^(index|fragment)\//.test(path)));

describe('the search index fed as pages are rendered', () => {
  it('names the agreement pages, and only them, by their file in dist/', () => {
    expect(agreementPageFile(agreementUrl('bodo-2018'))).toBe('avtaler/bodo-2018/index.html');
    expect(agreementPageFile(`${agreementUrl('bodo-2018')}endringer/`)).toBeUndefined();
    expect(agreementPageFile(agreementUrl(''))).toBeUndefined();
    expect(agreementPageFile('/sok/')).toBeUndefined();
  });

  it('is the index of the pages on disk when fed them all in slug order; made again from disk otherwise', async () => {
    const fromDisk = await runPagefind(site);
    expect(fromDisk.pages).toBe(3);
    expect(fromDisk.source).toBe(`from ${site}`);

    const inOrder = await fed(slugs);
    expect(inOrder.source).toBe('as they were rendered');
    expect(stable(inOrder)).toEqual(stable(fromDisk));

    const reversed = await fed([...slugs].reverse());
    expect(reversed.source).toContain('were not the 3 agreement pages in order');
    expect(stable(reversed)).toEqual(stable(fromDisk));

    const missing = await fed(slugs.slice(1));
    expect(missing.source).toContain('were not the 3 agreement pages in order');
    expect(stable(missing)).toEqual(stable(fromDisk));
  });

  it('would differ if fed in another order: the order is in the index', async () => {
    const pages = new PagefindPages();
    for (const file of files([...slugs].reverse())) pages.add(file, readFileSync(join(site, file), 'utf8'));
    const reversed = await pages.done('reversed').finally(() => pagefind.close());
    expect(stable(reversed)).not.toEqual(stable(await runPagefind(site)));
  });
});
