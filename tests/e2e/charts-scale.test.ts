/**
 * The charts page at national scale: a site built from a synthetic register
 * of more than DETAIL_LIMIT agreements groups its heatmap and timeline by
 * police district (each agreement stays on its district's page), with the
 * same numbers in the tables, no axe violation, and a page that stays within
 * the site's 60 kB gzip budget for its HTML.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DETAIL_LIMIT } from '../../src/lib/charts/chart-data.ts';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { writeSyntheticContent } from '../../scripts/synthetic-content.ts';
import { axeViolations, launchBrowser } from './browser.ts';

const N = 150;
const work = mkdtempSync(join(tmpdir(), 'charts-scale-'));
const dist = join(work, 'dist');

let content: string;
let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  content = writeSyntheticContent(work, N);
  execFileSync('npx', ['astro', 'build', '--outDir', dist], { env: { ...process.env, REGISTER_CONTENT: content }, stdio: ['ignore', 'ignore', 'inherit'] });
  server = await serveDist(dist);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL('/statistikk/', server.url).href);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
  rmSync(`${content}-astro-cache`, { recursive: true, force: true });
});

describe(`the charts page with ${N} agreements`, () => {
  it('is above the limit for drawing each agreement', () => {
    expect(N).toBeGreaterThan(DETAIL_LIMIT);
  });

  it('draws the heatmap as one row per district, the percentages matching the table', async () => {
    expect(await page.locator('#chart-heatmap h2').textContent()).toBe('Fokusområder i hvert politidistrikt');
    expect(await page.locator('#chart-heatmap svg.heatmap').getAttribute('data-rows')).toBe('12');
    for (const cell of await page.locator('#chart-heatmap svg.heatmap g.heatmap-col[data-focus-area="rus"] [data-href]').all()) {
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

  it('stays within the page budget', () => {
    const html = readFileSync(join(dist, 'statistikk', 'index.html'));
    expect(gzipSync(html).length).toBeLessThan(45_000);
  });
});

async function rusColumn(): Promise<number> {
  const headers = await page.locator('#chart-heatmap table thead th').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-focus-area')));
  return headers.indexOf('rus') - 1; // the first header is the district's
}
