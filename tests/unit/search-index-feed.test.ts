/**
 * The search index the build feeds page by page as Astro renders them
 * (src/integrations/search-index-middleware.ts) is the index of the pages on
 * disk: Pagefind numbers pages in the order it gets them, so the pages go to
 * it in the order they began rendering (by slug), whatever order they end in,
 * and an index fed anything else — a page missing or rendered empty, pages out
 * of order, a page after the index was made — is made again from the written
 * pages. Real Pagefind, real files.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agreementPageFile, agreementUrl } from '../../src/lib/publish/routes.ts';
import { FED_INDEX_SOURCE, INDEX_TIMING_PATTERN, indexTiming, SearchIndexFeed, searchIndexOf, type SiteIndex } from '../../src/lib/search/build-index.ts';

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

/** An index fed these pages (their HTML as on disk), and `passed` before the one at `early` if given. */
function fed(slugsInOrder: string[], early?: number): SearchIndexFeed {
  const pages = new SearchIndexFeed(site);
  for (const [i, file] of files(slugsInOrder).entries()) {
    if (i === early) pages.passed();
    pages.page(file)(readFileSync(join(site, file), 'utf8'));
  }
  return pages;
}

/** Pagefind's files that do not depend on its hash-map order: the word index and the fragments. */
const stable = ({ index }: Pick<SiteIndex, 'index'>) => new Map([...index.files].filter(([path]) => /^(index|fragment)\//.test(path)));

describe('the search index fed as pages are rendered', () => {
  it('names the agreement pages, and only them, by their file in dist/', () => {
    expect(agreementPageFile(agreementUrl('bodo-2018'))).toBe('avtaler/bodo-2018/index.html');
    expect(agreementPageFile(`${agreementUrl('bodo-2018')}endringer/`)).toBeUndefined();
    expect(agreementPageFile(agreementUrl(''))).toBeUndefined();
    expect(agreementPageFile('/sok/')).toBeUndefined();
  });

  it('is the index of the pages on disk when fed them all in slug order; made again from disk otherwise', async () => {
    const seconds = (since: number) => (performance.now() - since) / 1000;
    const diskStart = performance.now();
    const fromDisk = await searchIndexOf(site);
    const diskSeconds = seconds(diskStart);
    expect(fromDisk.index.pages).toBe(3);
    expect(fromDisk.source).toBe(`from ${site}`);

    const inOrder = fed(slugs);
    const askedAt = performance.now();
    inOrder.passed();
    const made = await searchIndexOf(site, inOrder);
    const askedSeconds = seconds(askedAt);
    expect(made.source).toBe(FED_INDEX_SOURCE);
    expect(stable(made)).toEqual(stable(fromDisk));
    // How long Pagefind and the rewrite took once the pages were all given, for the build's log: measured from
    // the moment the index was asked for (all pages given), so within the time the caller waited.
    expect(made.secondsToMake).toBeGreaterThan(0);
    expect(made.secondsToMake).toBeLessThanOrEqual(askedSeconds);
    expect(fromDisk.secondsToMake).toBeGreaterThan(0);
    expect(fromDisk.secondsToMake).toBeLessThanOrEqual(diskSeconds);
    const unasked = new SearchIndexFeed(site);
    expect(() => unasked.secondsToMake).toThrow(/not made yet/);
    unasked.close();
    expect(indexTiming(2.391, 0.15)).toMatch(INDEX_TIMING_PATTERN);
    expect(indexTiming(1, 2.5, 'this command')).toBe('made 1.00 s after the last of them was given; this command waited 2.50 s for it');

    // Rendered two at a time, pages may end in another order than they began: taken in the order they began.
    const crossed = new SearchIndexFeed(site);
    const rendered = files(slugs).map((file) => [crossed.page(file), readFileSync(join(site, file), 'utf8')] as const);
    crossed.passed();
    for (const [give, html] of rendered.reverse()) give(html);
    const made2 = await searchIndexOf(site, crossed);
    expect(made2.source).toBe(FED_INDEX_SOURCE);
    expect(stable(made2)).toEqual(stable(fromDisk));

    const unrendered = new SearchIndexFeed(site);
    for (const file of files(slugs)) unrendered.page(file)(file.includes('bodo') ? undefined : readFileSync(join(site, file), 'utf8'));

    for (const other of [fed([...slugs].reverse()), fed(slugs.slice(1)), fed(slugs, 2), unrendered]) {
      const again = await searchIndexOf(site, other);
      expect(again.source).toContain('were not the 3 agreement pages in order');
      expect(stable(again)).toEqual(stable(fromDisk));
    }
  });

  it('would differ if fed in another order: the order is in the index; and holds no page given after it was made', async () => {
    const fromDisk = stable(await searchIndexOf(site));
    const reversed = fed([...slugs].reverse());
    expect(stable({ index: await reversed.made() })).not.toEqual(fromDisk);
    // A page given after the index was asked for may or may not be in it (Pagefind may read it first): not held.
    const early = fed(slugs, 2);
    expect(early.holds(files(slugs))).toBe(false);
    expect(early.holds(files(slugs.slice(0, 2)))).toBe(false);
    await early.made();
  });

  it('fails with a message naming the index when its worker does not answer in time', async () => {
    // A limit no real Pagefind meets: the same path as a process that is alive but stuck.
    const stuck = new SearchIndexFeed(site, 1);
    for (const file of files(slugs)) stuck.page(file)(readFileSync(join(site, file), 'utf8'));
    stuck.passed();
    await expect(stuck.made()).rejects.toThrow(/pagefind: the search index was not made within 0\.001 s of being asked for \(3 pages given\): the index's worker \(Pagefind, or the rewrite after it\) did not answer\. Fix: build again/);
    // Asked again, the same answer (made once).
    await expect(stuck.made()).rejects.toThrow(/was not made within/);
  });
});
