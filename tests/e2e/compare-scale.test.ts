/**
 * The comparison matrix with more agreements than it lays out at once: a
 * register of 60 agreements (the benchmark's synthetic register)
 * is built and served. With JavaScript the first 24 columns come at once and
 * more as the reader scrolls or asks; without it, all 60. The download holds
 * every chosen agreement, shown or not yet.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type RunningServer } from '../../scripts/serve-dist.ts';
import { writeSyntheticContent } from '../../scripts/synthetic-content.ts';

const N = 60;
const work = mkdtempSync(join(tmpdir(), 'register-scale-'));
const dist = join(work, 'dist');

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  // The benchmark's synthetic register: N agreements spread evenly over the twelve districts.
  const content = writeSyntheticContent(work, N);
  const build = spawnSync('npx', ['astro', 'build', '--outDir', dist], { env: { ...process.env, REGISTER_CONTENT: content }, encoding: 'utf8', timeout: 170_000 });
  if (build.status !== 0) throw new Error(`the build of ${N} agreements failed:\n${build.stdout}\n${build.stderr}`);
  server = await serveDist(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
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
    await expect.poll(() => visibleColumns(page)).toBe(N);
    expect(await page.locator('[data-matrix-progress]').isHidden()).toBe(true);
    await page.close();
  });

  it('downloads every agreement, laid out yet or not', async () => {
    const page = await browser.newPage();
    await open('/sammenlign/', page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="csv"]').click()]);
    const parsed = Papa.parse<Record<string, string>>((await readFile(await download.path())).toString('utf8').trim(), { header: true });
    expect(parsed.data).toHaveLength(N);
    expect(new Set(parsed.data.map((r) => r.slug)).size).toBe(N);
    await page.close();
  });

  it('shows a chosen district\'s agreements at once', async () => {
    const page = await browser.newPage();
    await open('/sammenlign/?distrikt=ost', page);
    expect(await visibleColumns(page)).toBe(N / 12);
    expect(await page.locator('[data-matrix-progress]').isHidden()).toBe(true);
    await page.close();
  });

  it('shows all of them without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/sammenlign/', server.url).href);
    expect(await visibleColumns(page)).toBe(N);
    await context.close();
  });
});
