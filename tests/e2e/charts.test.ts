/**
 * The charts on the built site, in Chromium: drawn as inline SVG that needs
 * no JavaScript, each with a title, caption and text alternative; the tables
 * behind "Vis som tabell" hold the same numbers as the drawings; hover details,
 * click-through and re-sorting work with JavaScript; axe-core finds no
 * violation; and every chart still renders at the size recorded with its
 * reference screenshot in tests/e2e/chart-references/.
 *
 * To record new references after a deliberate change of a chart's size:
 * `UPDATE_CHART_REFERENCES=1 npm run test:e2e -- charts`.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { axeViolations, browserPage } from './browser.ts';
import { SITE_REGISTER } from '../fixture-register.ts';

const baseUrl = inject('baseUrl');
const register = checkRegister(readRegisterFiles(SITE_REGISTER));
const agreements = register.agreements.filter((a) => a.data.documentType !== 'saksframlegg');
const CHARTS = ['chart-frequency', 'chart-heatmap', 'chart-meetings', 'chart-timeline'];
const REFERENCES = 'tests/e2e/chart-references';
const SIZES = join(REFERENCES, 'sizes.json');
const UPDATE = process.env.UPDATE_CHART_REFERENCES === '1';

const { page, noScript } = browserPage({ viewport: { width: 1280, height: 900 } });

const url = (path: string) => new URL(path, baseUrl).href;
const texts = (locator: Locator) => locator.allTextContents().then((all) => all.map((t) => t.trim()));
const attrs = (locator: Locator, name: string) => locator.evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), name);

describe('the charts page without JavaScript', () => {
  let p: Page;
  beforeAll(async () => {
    p = await noScript.newPage();
    await p.goto(url('/statistikk/'));
  });

  it('is linked from the main menu', async () => {
    expect(await p.locator('.site-nav a[href="/statistikk/"]').textContent()).toBe('Statistikk');
  });

  it('draws all four charts as inline SVG with a title, a caption and a text alternative', async () => {
    expect(await attrs(p.locator('figure.chart'), 'id')).toEqual(CHARTS);
    for (const id of CHARTS) {
      const figure = p.locator(`figure#${id}`);
      const svg = figure.locator('svg[role="img"]');
      expect(await svg.count(), id).toBe(1);
      expect(await svg.isVisible(), id).toBe(true);
      expect(await svg.getAttribute('aria-label'), id).toMatch(/\d.*tabellen under/);
      expect((await figure.locator('h2').textContent())?.length, id).toBeGreaterThan(5);
      // The drawing's scroll box is in the tab order (the keyboard scrolls it), so it is a region named by the heading (axe focus-order-semantics).
      const title = (await figure.locator('h2').textContent()) ?? '';
      expect(await figure.getByRole('region', { name: title, exact: true }).locator('svg[role="img"]').count(), id).toBe(1);
      expect(await figure.locator('figcaption').textContent(), id).toContain(`Fra ${agreements.length} avtaler.`);
      expect(await figure.locator('details.chart-table > summary').textContent(), id).toBe('Vis som tabell');
      expect(await figure.locator('details.chart-table table').count(), id).toBe(1);
    }
  });

  it('leaves out the sort button, which needs JavaScript; the table links each cell to its clause', async () => {
    expect(await p.locator('[data-heatmap-sort]').isVisible()).toBe(false);
    await p.locator('#chart-heatmap summary').click();
    await p.locator('#chart-heatmap tr[data-agreement="moss-2020"] a[href="/avtaler/moss-2020/#fokusomrader"]').first().click();
    await p.waitForURL(/\/avtaler\/moss-2020\/#fokusomrader$/);
    await p.goto(url('/statistikk/'));
  });

  it('opens a table with "Vis som tabell"', async () => {
    const details = p.locator('#chart-meetings details');
    expect(await details.locator('table').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('table').isVisible()).toBe(true);
  });

  it('gives the share of municipalities with an agreement per district, beside the map', async () => {
    expect(await texts(p.locator('#map-coverage tr[data-district="ost"] td'))).toEqual(['2', '1', '29', '7 %']);
  });
});

describe('the tables hold the same numbers as the charts', () => {
  beforeAll(async () => {
    await page.goto(url('/statistikk/'));
  });

  for (const id of ['chart-frequency', 'chart-meetings']) {
    it(`${id}: each bar's total and each district's segment`, async () => {
      const bars = page.locator(`#${id} svg g.bar`);
      const rows = page.locator(`#${id} table tbody tr`);
      expect(await bars.count()).toBeGreaterThan(0);
      expect(await bars.count()).toBe(await rows.count());
      for (const bar of await bars.all()) {
        const key = await bar.getAttribute('data-key');
        const row = page.locator(`#${id} table tbody tr[data-key="${key}"]`);
        const total = await bar.getAttribute('data-total');
        expect(await row.locator('td[data-total]').textContent(), `${key} total`).toBe(total);
        expect(await bar.locator('text.bar-total').textContent(), `${key} label`).toBe(total);
        const segments = Object.fromEntries(
          await bar.locator('rect.bar-segment').evaluateAll((rects) => rects.map((r) => [r.getAttribute('data-district'), r.getAttribute('data-value')])),
        );
        const cells = Object.fromEntries(
          (await row.locator('td[data-district]').evaluateAll((tds) => tds.map((td) => [td.getAttribute('data-district'), td.textContent?.trim()]))).filter(([, v]) => v !== '0'),
        );
        expect(segments, key ?? '').toEqual(cells);
      }
    });
  }

  it('chart-frequency counts match the register: the agreements that name Rus', async () => {
    const naming = agreements.filter((a) => a.data.focusAreas.some((f) => f.key === 'rus')).length;
    expect(naming).toBeGreaterThan(0);
    expect(await page.locator('#chart-frequency g.bar[data-key="rus"]').getAttribute('data-total')).toBe(String(naming));
  });

  it('chart-heatmap: the same cells link to the same clauses, and the column counts agree', async () => {
    const drawn = (await attrs(page.locator('#chart-heatmap svg.heatmap [data-href]'), 'data-href')).sort();
    const tabled = (await attrs(page.locator('#chart-heatmap table td[data-named] a'), 'href')).sort();
    expect(drawn).toEqual(tabled);
    expect(drawn.length).toBe(agreements.reduce((n, a) => n + new Set(a.data.focusAreas.map((f) => f.key)).size, 0));
    for (const column of await page.locator('#chart-heatmap svg.heatmap g.heatmap-col').all()) {
      const focusArea = await column.getAttribute('data-focus-area');
      expect(String(await column.locator('[data-href]').count()), focusArea ?? '').toBe(await column.getAttribute('data-count'));
    }
    expect(await page.locator('#chart-heatmap table tbody tr[data-agreement]').count()).toBe(agreements.length);
    // The agreement naming the fewest focus areas: its row counts them (CODING.md decides which count).
    const fewest = [...agreements].sort((a, b) => new Set(a.data.focusAreas.map((f) => f.key)).size - new Set(b.data.focusAreas.map((f) => f.key)).size)[0];
    if (!fewest) throw new Error('no agreement in the register');
    const row = page.locator(`#chart-heatmap table tr[data-agreement="${fewest.id}"]`);
    expect(await row.locator('td').first().textContent()).toBe(String(new Set(fewest.data.focusAreas.map((f) => f.key)).size));
  });

  it('chart-timeline: every agreement at its date and status', async () => {
    const marks = await page
      .locator('#chart-timeline svg.timeline .timeline-mark')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-agreement'), e.getAttribute('data-date'), e.getAttribute('data-status')].join(' ')));
    const rows = await page
      .locator('#chart-timeline table tr[data-agreement]')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-agreement'), tr.querySelector('time')?.getAttribute('datetime'), tr.querySelector('[data-status]')?.getAttribute('data-status')].join(' ')));
    expect(marks.sort()).toEqual(rows.sort());
    expect(marks).toHaveLength(agreements.length);
    // Each title in its document's language.
    const titles = await page
      .locator('#chart-timeline table tr[data-agreement]')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-agreement'), tr.querySelector('td a')?.getAttribute('lang')]));
    expect(titles.sort()).toEqual(agreements.map((a) => [a.id, a.data.language]).sort());
    // Skien's year-only date is a bar over the whole year, not a dot on 1 January.
    const skien = page.locator('#chart-timeline .timeline-mark[data-agreement="skien-2019"]');
    expect(await skien.evaluate((e) => e.tagName)).toBe('rect');
    expect(Number(await skien.getAttribute('width'))).toBeGreaterThan(30);
  });

});

describe('with JavaScript', () => {
  beforeAll(async () => {
    await page.goto(url('/statistikk/'));
  });

  it('shows a hover detail for a heatmap cell, and Escape hides it', async () => {
    const cell = page.locator('#chart-heatmap svg.heatmap [data-href="/avtaler/luster-2019/#fokusomrader"]').first();
    await cell.hover();
    const tooltip = page.locator('.chart-tooltip');
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.textContent()).toMatch(/^Luster 2019: .+ – punktet «.*Spesielle fokusområde/);
    await page.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);
  });

  it('shows a hover detail for a bar segment', async () => {
    await page.locator('#chart-frequency g.bar[data-key="rus"] rect[data-district="ost"]').hover();
    const rusOst = agreements.filter((a) => a.data.policeDistrict === 'ost' && a.data.focusAreas.some((f) => f.key === 'rus')).length;
    await expect.poll(() => page.locator('.chart-tooltip').textContent()).toBe(`Rus – Øst: ${rusOst} ${rusOst === 1 ? 'avtale' : 'avtaler'}`);
  });

  it('re-sorts the heatmap columns in the taxonomy order and back', async () => {
    const button = page.locator('[data-heatmap-sort]');
    expect(await button.isVisible()).toBe(true);
    const column = page.locator('#chart-heatmap svg.heatmap g.heatmap-col[data-focus-area="skole"]');
    const before = await column.getAttribute('transform');
    await button.click();
    expect(await column.getAttribute('transform')).toBe(`translate(${await column.getAttribute('data-x-taxonomy')},0)`);
    expect(await column.getAttribute('transform')).not.toBe(before);
    expect(await button.textContent()).toBe('Sorter kolonnene etter hyppighet');
    await button.click();
    expect(await column.getAttribute('transform')).toBe(before);
  });

  it('follows a click on a heatmap cell to its clause', async () => {
    await page.locator('#chart-heatmap svg.heatmap [data-href="/avtaler/skien-2019/#fokusomrader"]').click();
    await page.waitForURL(/\/avtaler\/skien-2019\/#fokusomrader$/);
    await page.goto(url('/statistikk/'));
  });

  it('follows a click on a timeline mark to its agreement', async () => {
    await page.locator('#chart-timeline .timeline-mark[data-agreement="bodo-2018"]').click();
    await page.waitForURL(/\/avtaler\/bodo-2018\/$/);
    await page.goto(url('/statistikk/'));
  });

  it('has no WCAG 2.2 A/AA violation, tables open or closed, on a wide screen or a phone', async () => {
    expect(await axeViolations(page)).toEqual([]);
    for (const summary of await page.locator('details.chart-table > summary').all()) await summary.click();
    expect(await axeViolations(page)).toEqual([]);
    // On a phone the tables scroll sideways: one with no link to focus takes focus itself, so the keyboard can scroll it.
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      expect(await axeViolations(page)).toEqual([]);
      expect(await page.getByRole('region', { name: 'Politirådsmøter i året, som tabell', exact: true }).locator('table').count()).toBe(1);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

describe('charts on the district pages', () => {
  it('Øst shows its heatmap, focus areas, meetings and timeline, and no violation', async () => {
    await page.goto(url('/politidistrikt/ost/'));
    expect(await attrs(page.locator('figure.chart'), 'id')).toEqual(['chart-heatmap', 'chart-frequency', 'chart-meetings', 'chart-timeline']);
    expect(await page.locator('figure.chart h3').count()).toBe(4);
    expect(await page.locator('#chart-heatmap table tr[data-agreement]').count()).toBe(3);
    expect(await page.locator('#chart-heatmap figcaption').textContent()).toContain('Fra 3 avtaler.');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('Finnmark, with no agreements, says so and draws nothing', async () => {
    await page.goto(url('/politidistrikt/finnmark/'));
    expect(await page.locator('figure.chart').count()).toBe(0);
    expect(await page.locator('main').textContent()).toContain('Det er ingen avtaler å vise i diagrammer ennå.');
  });
});

describe('print', () => {
  it('prints every row of a tall chart, without the scroll box, the sort button or the table toggles', async () => {
    await page.goto(url('/statistikk/'));
    await page.emulateMedia({ media: 'print' });
    const canvas = page.locator('#chart-heatmap .chart-canvas');
    expect(await canvas.evaluate((el) => getComputedStyle(el).overflow)).toBe('visible');
    expect(await canvas.evaluate((el) => getComputedStyle(el).maxHeight)).toBe('none');
    expect(await page.locator('[data-heatmap-sort]').isVisible()).toBe(false);
    expect(await page.locator('details.chart-table').first().isVisible()).toBe(false);
    expect(await page.locator('#chart-heatmap svg.heatmap').isVisible()).toBe(true);
    expect(await page.locator('#chart-heatmap').evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('reference screenshots', () => {
  type Sizes = Record<string, { width: number; height: number }>;

  it('every chart renders at the size recorded with its reference screenshot', async () => {
    await page.goto(url('/statistikk/'));
    const sizes: Sizes = {};
    for (const id of CHARTS) {
      const svg = page.locator(`#${id} svg[role="img"]`);
      const box = await svg.boundingBox();
      if (!box) throw new Error(`${id}: the chart's SVG has no box`);
      sizes[id] = { width: Math.round(box.width), height: Math.round(box.height) };
      if (UPDATE) await page.locator(`#${id}`).screenshot({ path: join(REFERENCES, `${id}.png`) });
    }
    if (UPDATE) writeFileSync(SIZES, `${JSON.stringify(sizes, null, 2)}\n`);
    if (!existsSync(SIZES)) throw new Error(`no ${SIZES}: record it with UPDATE_CHART_REFERENCES=1 npm run test:e2e -- charts`);
    const recorded = JSON.parse(readFileSync(SIZES, 'utf8')) as Sizes;
    expect(sizes).toEqual(recorded);
    for (const id of CHARTS) expect(existsSync(join(REFERENCES, `${id}.png`)), `${id}.png`).toBe(true);
  });
});
