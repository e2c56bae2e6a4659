/**
 * The charts page at national scale: the scale tests' shared synthetic
 * register (tests/e2e/synthetic-site.ts), more than DETAIL_LIMIT agreements,
 * groups its heatmap and timeline by police district (each agreement stays on
 * its district's page), with the same numbers in the tables and no axe
 * violation. Its weight is a target of `npm run bench` (page.charts.*), not of
 * a test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DETAIL_LIMIT } from '../../src/lib/charts/chart-data.ts';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { axeViolations, browserPage } from './browser.ts';
import { largeSite, syntheticAgreements } from './synthetic-site.ts';

const site = await largeSite();
const dist = site.dist;
const N = syntheticAgreements(site).length;

const { page } = browserPage({ viewport: { width: 1280, height: 900 } });
let server: RunningServer;

beforeAll(async () => {
  server = await serveDist(dist);
  await page.goto(new URL('/statistikk/', server.url).href);
});

afterAll(async () => {
  await server?.close();
});

describe(`the charts page with ${N} agreements`, () => {
  it('is above the limit for drawing each agreement', () => {
    expect(N).toBeGreaterThan(DETAIL_LIMIT);
  });

  it('draws the heatmap as one row per district, the percentages matching the table', async () => {
    expect(await page.locator('#chart-heatmap h2').textContent()).toBe('Fokusområder i hvert politidistrikt');
    expect(await page.locator('#chart-heatmap svg.heatmap').getAttribute('data-rows')).toBe('12');
    // One linked cell per district in the column, each checked against the table.
    const cells = await page.locator('#chart-heatmap svg.heatmap g.heatmap-col[data-focus-area="rus"] [data-href]').all();
    expect(cells).toHaveLength(12);
    for (const cell of cells) {
      const href = await cell.getAttribute('data-href');
      const district = href!.match(/politidistrikt\/([^/]+)\//)![1];
      const [n, of] = (await page.locator(`#chart-heatmap table tr[data-district="${district}"] td`).nth(await rusColumn()).textContent())!.split(' av ').map(Number);
      expect(await cell.locator('text').textContent(), district).toBe(String(Math.round((n! / of!) * 100)));
    }
  });

  it('draws the timeline as signings per year, each bar matching the table', async () => {
    expect(await page.locator('#chart-timeline h2').textContent()).toBe('Avtaler signert per år');
    const bars = page.locator('#chart-timeline svg g.bar');
    expect(await bars.count()).toBeGreaterThan(3);
    let total = 0;
    for (const bar of await bars.all()) {
      const key = await bar.getAttribute('data-key');
      expect(await page.locator(`#chart-timeline tr[data-key="${key}"] td[data-total]`).textContent(), key ?? '').toBe(await bar.getAttribute('data-total'));
      total += Number(await bar.getAttribute('data-total'));
    }
    expect(total).toBe(N);
  });

  it('keeps each agreement on its district page', async () => {
    await page.goto(new URL('/politidistrikt/ost/', server.url).href);
    const rows = await page.locator('#chart-heatmap table tr[data-agreement]').count();
    expect(rows).toBeGreaterThan(0);
    expect(await page.locator('#chart-timeline .timeline-mark').count()).toBe(rows);
    await page.goto(new URL('/statistikk/', server.url).href);
  });

  it('has no WCAG 2.2 A/AA violation', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });
});

async function rusColumn(): Promise<number> {
  const headers = await page.locator('#chart-heatmap table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-focus-area')));
  return headers.indexOf('rus') - 1; // the first header is the district's
}
