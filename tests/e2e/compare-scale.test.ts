/**
 * The comparison matrix with more agreements than it lays out at once: the
 * scale tests' shared synthetic register (tests/e2e/synthetic-site.ts) is
 * served. With JavaScript the first 24 columns come at once and more as the
 * reader scrolls or asks; without it, all of them. The download holds every
 * chosen agreement, shown or not yet.
 */
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPage, downloaded } from './browser.ts';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { largeSite, syntheticAgreements } from './synthetic-site.ts';

const site = await largeSite();
// The matrix compares agreements (related papers left out).
const agreements = syntheticAgreements(site).filter((a) => a.documentType !== 'saksframlegg');
const N = agreements.length;
const inOst = agreements.filter((a) => a.policeDistrict === 'ost').length;

// One page for the tests that only visit the matrix (browserPage says why).
const { browser, page, noScript } = browserPage();
let server: RunningServer;

beforeAll(async () => {
  server = await serveDist(site.dist);
});
afterAll(async () => {
  await server?.close();
});

async function open(path: string, p: Page) {
  await p.goto(new URL(path, server.url).href);
  await p.waitForSelector('html[data-compare-ready]', { state: 'attached' });
}
const visibleColumns = (p: Page) =>
  p.locator('table[data-matrix] thead th[data-slug]').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).length);

describe(`the matrix with ${N} agreements`, () => {
  it('lays out the first 24 columns, more as the reader scrolls, and all on request', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open('/sammenlign/', page);
    expect(await visibleColumns(page)).toBe(24);
    expect(await page.locator('[data-matrix-progress]').innerText()).toContain(`Viser de første 24 av ${N} kolonnene`);
    expect(await page.locator('table[data-matrix] caption').innerText()).toBe(`Alle ${N} avtaler sammenlignet`);
    await page.locator('.matrix-scroll').evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
    });
    await expect.poll(() => visibleColumns(page)).toBe(48);
    await page.locator('[data-matrix-reveal-all]').click();
    // Laying out all 400 columns (some 15,600 cells) can take more than the default 10 s on a loaded machine.
    await expect.poll(() => visibleColumns(page), { timeout: 60_000 }).toBe(N);
    expect(await page.locator('[data-matrix-progress]').isHidden()).toBe(true);
    await page.close();
  });

  it('downloads every agreement, laid out yet or not', async () => {
    await open('/sammenlign/', page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="csv"]').click()]);
    const parsed = Papa.parse<Record<string, string>>((await downloaded(download)).toString('utf8').trim(), { header: true });
    expect(parsed.data).toHaveLength(N);
    expect(new Set(parsed.data.map((r) => r.slug)).size).toBe(N);
  });

  it('shows a chosen district\'s agreements, the first 24 at once', async () => {
    await open('/sammenlign/?distrikt=ost', page);
    expect(inOst).toBeGreaterThan(0);
    expect(await visibleColumns(page)).toBe(Math.min(inOst, 24));
    expect(await page.locator('[data-matrix-progress]').isHidden()).toBe(inOst <= 24);
  });

  it('shows chosen agreements at once when they fit in the first columns', async () => {
    const chosen = agreements.filter((a) => a.policeDistrict === 'ost').slice(0, 12);
    await open(`/sammenlign/?avtale=${chosen.map((a) => a.slug).join(',')}`, page);
    expect(await visibleColumns(page)).toBe(chosen.length);
    expect(await page.locator('[data-matrix-progress]').isHidden()).toBe(true);
  });

  it('shows all of them without JavaScript', async () => {
    const page = await noScript.newPage();
    await page.goto(new URL('/sammenlign/', server.url).href);
    expect(await visibleColumns(page)).toBe(N);
    await page.close();
  });
});
