/**
 * Benchmark figures for the charts (issue 5): how heavy the charts page
 * (/statistikk/) and the heaviest district page are, raw and gzipped, how
 * long Chromium takes to load the charts page, and whether the heatmap keeps
 * readable cells at the corpus's scale. Called by the bench runner with a
 * site built from a synthetic corpus of `n` agreements.
 *
 * Targets are upper bounds, set for n = 400. Beyond DETAIL_LIMIT agreements
 * the charts page groups its heatmap and timeline by district, so it stays
 * within the site's 60 kB gzip page budget (HTML and CSS) at national scale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { chartsUrl, districtUrl } from '../../src/lib/publish/routes.ts';
import type { BenchContext, BenchFigure } from '../bench-types.ts';


const kB = (bytes: number) => Math.round(bytes / 100) / 10;

function pageSize(file: string) {
  const html = readFileSync(file);
  return { bytes: html.length, gzip: gzipSync(html).length };
}

/** Measures the charts page and the district pages' charts. */
export async function measure(ctx: BenchContext): Promise<BenchFigure[]> {
  const charts = pageSize(join(ctx.dist, chartsUrl(), 'index.html'));
  const districtIds = (JSON.parse(readRegisterFiles(ctx.content).policeDistricts.text) as Array<{ id: string }>).map((d) => d.id);
  const districts = districtIds.map((id) => pageSize(join(ctx.dist, districtUrl(id), 'index.html')));
  const heaviest = districts.reduce((a, b) => (b.gzip > a.gzip ? b : a), { bytes: 0, gzip: 0 });

  const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    const start = performance.now();
    await page.goto(new URL(chartsUrl(), ctx.baseUrl).href, { waitUntil: 'load' });
    const loadMs = Math.round(performance.now() - start);
    const cell = await page.locator('#chart-heatmap svg.heatmap .heatmap-col rect').first().boundingBox();
    const svgElements = await page.locator('figure.chart svg *').count();
    return [
      { figure: 'charts page HTML', value: kB(charts.bytes), unit: 'kB', target: 600 },
      { figure: 'charts page HTML gzip', value: kB(charts.gzip), unit: 'kB', target: 45 },
      { figure: 'heaviest district page HTML gzip', value: kB(heaviest.gzip), unit: 'kB', target: 40 },
      { figure: 'charts page load in Chromium', value: loadMs, unit: 'ms', target: 3000 },
      { figure: 'charts page SVG elements', value: svgElements, unit: 'elements' },
      { figure: 'heatmap cell size (smaller side, at any scale)', value: Math.round(Math.min(cell?.width ?? 0, cell?.height ?? 0)), unit: 'px' },
    ];
  } finally {
    await page.close();
  }
}
