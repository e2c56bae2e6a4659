/**
 * Benchmark of the comparison pages at national scale: the matrix page's HTML
 * size (raw and gzip) and the time until it is usable in Chromium (the chosen
 * columns laid out and painted, from navigation start), with every agreement
 * and with three picked; the side-by-side and draft pages' HTML size.
 *
 * Called by the lead's `npm run bench` with a site built from a synthetic
 * corpus of `n` agreements (`ctx.dist`, served at `ctx.baseUrl`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { selectionQuery } from '../../src/lib/compare/selection.ts';
import { AGREEMENT_DATA } from '../../src/lib/contracts.ts';
import { compareUrl, draftUrl, sideBySideUrl } from '../../src/lib/publish/routes.ts';
import { median } from '../bench-stats.ts';
import type { BenchContext, BenchFigure } from '../bench-types.ts';


/** Runs per timing; the median is reported. */
const RUNS = 5;

const kB = (bytes: number) => Math.round(bytes / 100) / 10;

function htmlSize(dist: string, path: string): { raw: number; gzip: number } | undefined {
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file);
  return { raw: html.length, gzip: gzipSync(html).length };
}

/** Milliseconds from navigation start until the matrix page marks itself usable, median of RUNS fresh pages. */
async function timeUntilUsable(browser: Browser, url: string): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => performance.getEntriesByName('compare-usable')[0]?.startTime, undefined, { timeout: 120_000, polling: 50 });
    times.push(Number(await handle.jsonValue()));
    await context.close();
  }
  return Math.round(median(times));
}

export async function measure(ctx: BenchContext): Promise<BenchFigure[]> {
  const figures: BenchFigure[] = [];
  const matrix = htmlSize(ctx.dist, compareUrl());
  if (!matrix) throw new Error(`no ${join(ctx.dist, compareUrl(), 'index.html')}: build the site first`);
  figures.push(
    { figure: `matrix page HTML, gzip (${ctx.n} agreements)`, value: kB(matrix.gzip), unit: 'kB', target: 400 },
    { figure: `matrix page HTML, raw (${ctx.n} agreements)`, value: kB(matrix.raw), unit: 'kB' },
  );
  figures.push({
    figure: `matrix page usable in Chromium, all ${ctx.n} agreements`,
    value: await timeUntilUsable(ctx.browser, new URL(compareUrl(), ctx.baseUrl).href),
    unit: 'ms',
    target: 1000,
  });
  // Three agreements picked from the page's own columns.
  const column = new RegExp(`<th scope="col" data-${AGREEMENT_DATA.slug}="([^"]+)"`, 'g');
  const slugs = [...readFileSync(join(ctx.dist, compareUrl(), 'index.html'), 'utf8').matchAll(column)].map((m) => m[1]!);
  if (slugs.length >= 3) {
    const pick = selectionQuery([slugs[0]!, slugs[Math.floor(slugs.length / 2)]!, slugs[slugs.length - 1]!]);
    figures.push({
      figure: `matrix page usable in Chromium, 3 of ${ctx.n} picked`,
      value: await timeUntilUsable(ctx.browser, new URL(`${compareUrl()}?${pick}`, ctx.baseUrl).href),
      unit: 'ms',
      target: 1000,
    });
  }
  for (const [path, name] of [
    [sideBySideUrl('politirad'), 'side-by-side page (Politiråd) HTML, gzip'],
    [draftUrl(), 'draft builder page HTML, gzip'],
  ] as const) {
    const size = htmlSize(ctx.dist, path);
    if (size) figures.push({ figure: `${name} (${ctx.n} agreements)`, value: kB(size.gzip), unit: 'kB' });
  }
  return figures;
}
