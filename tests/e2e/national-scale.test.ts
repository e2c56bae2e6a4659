/**
 * The whole site at national scale (issue 7): built from the scale tests'
 * shared synthetic register (tests/e2e/synthetic-site.ts), a sample page of
 * every page type has no WCAG 2.2 A/AA violation, and an agreement page's HTML
 * does not grow with the register: the same document is no larger in the
 * large register than in one of 5 (only its shared-text figures differ, since
 * it has more twins to share with).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticMunicipality } from '../../src/lib/content/synthetic-corpus.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { SITE_REGISTER } from '../fixture-register.ts';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { FED_INDEX_SOURCE, INDEX_TIMING_PATTERN } from '../../src/lib/search/build-index.ts';
import { escapeRegExp } from '../../src/lib/regexp.ts';
import { axeViolations, browserPage } from './browser.ts';
import { largeSite, LARGE_N, SMALL_N, syntheticSite } from './synthetic-site.ts';

let large: string;
let largeLog: string;
let small: string;
let server: RunningServer;
// One page for the file, navigated from test to test (browserPage says why).
const { page } = browserPage();

beforeAll(async () => {
  ({ dist: large, log: largeLog } = await largeSite());
  small = (await syntheticSite(SMALL_N)).dist;
  server = await serveDist(large);
}, 400_000);

afterAll(async () => {
  await server?.close();
});

/** The first agreement of the synthetic register: the same document in both builds. */
const firstAgreement = () => {
  const slug = `${syntheticMunicipality(readRegisterFiles(SITE_REGISTER), 0).id}-`;
  return (dist: string) => {
    const dir = join(dist, 'avtaler');
    const name = readdirSync(dir).find((d) => d.startsWith(slug));
    if (!name) throw new Error(`no agreement ${slug}* in ${dir}`);
    return join(dir, name, 'index.html');
  };
};

describe(`${LARGE_N} agreements`, () => {
  it('has the search index made from the agreement pages as Astro rendered them, not read again from dist/', () => {
    // The build falls back to reading dist/ (same index, slower) when the fed pages were not exactly the agreement pages in order.
    expect(largeLog).toContain(`Pagefind read ${LARGE_N} pages ${FED_INDEX_SOURCE}`);
    // And which of the build's last two tasks it ended on: the index, or the pages rendered after the agreement pages.
    expect(largeLog).toMatch(new RegExp(`Pagefind read ${LARGE_N} pages ${escapeRegExp(FED_INDEX_SOURCE)}; ${INDEX_TIMING_PATTERN.source}\\)`));
  });

  it('an agreement page is no larger than with 5, and differs only in its shared-text figures', () => {
    const file = firstAgreement();
    expect(statSync(file(large)).size).toBeLessThanOrEqual(statSync(file(small)).size * 1.02);
    // The document itself is the same, once what depends on the other documents is set aside: the local-text
    // marks, and its status for search (at national scale the first municipality also has a revision, which
    // supersedes this document).
    const article = (html: string) =>
      (/<article[\s\S]*<\/article>/.exec(html)?.[0] ?? '')
        .replace(/<span data-local>([^<]*)<\/span>/g, '$1')
        .replace(/<span data-pagefind-filter="status">[^<]*<\/span>/, '');
    const a = article(readFileSync(file(small), 'utf8'));
    expect(a.length).toBeGreaterThan(5000);
    expect(article(readFileSync(file(large), 'utf8'))).toBe(a);
  });

  const pages = [
    '/',
    `/kommuner/${syntheticMunicipality(readRegisterFiles(SITE_REGISTER), 0).id}/`,
    `/kommuner/${syntheticMunicipality(readRegisterFiles(SITE_REGISTER), LARGE_N - 1).id}/`,
    '/politidistrikt/ost/',
    '/politidistrikt/finnmark/',
    '/sok/',
    '/sammenlign/',
    '/sammenlign/seksjon/politirad/',
    '/utkast/',
    '/statistikk/',
    '/om/',
  ];
  // axe over a page of 400 columns took 7 s alone and 14 s in a full run: a limit of its own, for a loaded machine.
  const AXE_AT_SCALE = { timeout: 180_000 };
  for (const path of pages) {
    it(`${path} has no WCAG 2.2 A/AA violation`, AXE_AT_SCALE, async () => {
      const response = await page.goto(new URL(path, server.url).href);
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('a sample agreement page has no WCAG 2.2 A/AA violation', AXE_AT_SCALE, async () => {
    const file = firstAgreement()(large);
    const path = file.slice(large.length).replace(/index\.html$/, '');
    expect((await page.goto(new URL(path, server.url).href))?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });
});
