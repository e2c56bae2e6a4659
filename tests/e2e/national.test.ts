/**
 * The national register in Chromium: a page for every municipality, one with
 * no agreement, Nordre Follo with Oppegård's history, Røst with its nearest
 * neighbours, "Finn din kommune" with and without JavaScript, the map on the
 * home page, a district page and /statistikk/ (keyboard, screen reader names,
 * axe), the shares, and the open data.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { municipalities as ms } from '../../src/strings.ts';
import { axeViolations, browserPage } from './browser.ts';
import { SITE_DIST, SITE_REGISTER } from '../fixture-register.ts';

const baseUrl = inject('baseUrl');
const register = checkRegister(readRegisterFiles(SITE_REGISTER));
const url = (path: string) => new URL(path, baseUrl).href;

const { page, noScript } = browserPage();

describe('a page for every municipality', () => {
  it('builds one per municipality of today and per earlier one', () => {
    const built = new Set(readdirSync(join(SITE_DIST, 'kommuner'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));
    for (const m of register.municipalities) expect(built.has(m.id), m.id).toBe(true);
    expect(register.municipalities.filter((m) => m.status === 'active')).toHaveLength(357);
  });

  it('says plainly when no agreement is registered, and what that does and does not mean', async () => {
    await page.goto(url('/kommuner/alta/'));
    expect(await page.locator('h1').textContent()).toBe('Alta kommune');
    const none = page.locator('[data-no-agreement]');
    expect(await none.locator('strong').textContent()).toBe('Ingen avtale registrert');
    expect(await none.textContent()).toMatch(/Det betyr ikke at kommunen ikke har en avtale/);
    expect(await page.locator('dd a[data-district="finnmark"]').textContent()).toBe('Finnmark politidistrikt');
    expect(await page.locator('[data-neighbours="border"] tbody tr').count()).toBeGreaterThan(2);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows Nordre Follo Oppegård’s agreements as its history, and Oppegård that it is now part of Nordre Follo', async () => {
    await page.goto(url('/kommuner/nordre-follo/'));
    expect(await page.locator('dd[data-status]').textContent()).toBe('Bare tidligere avtaler');
    for (const slug of ['oppegard-2018', 'oppegard-2009-retningslinjer']) expect(await page.locator(`main a[href="/avtaler/${slug}/"]`).count(), slug).toBe(1);
    expect(await page.locator('h3', { hasText: 'Avtaler fra Oppegård, før sammenslåingen' }).count()).toBe(1);
    expect(await page.locator('dd a[href="/kommuner/oppegard/"]').count()).toBe(1);
    await page.goto(url('/kommuner/oppegard/'));
    // The successor named once, as the link.
    expect(await page.locator('[data-now-part-of="nordre-follo"]').textContent()).toBe('Kommunen finnes ikke lenger: den er nå en del av Nordre Follo kommune.');
    expect(await page.locator('[data-now-part-of] a').getAttribute('href')).toBe('/kommuner/nordre-follo/');
    expect(await page.locator('[data-now-part-of] a').textContent()).toBe('Nordre Follo kommune');
  });

  it('gives Røst, an island, its nearest municipalities and what they signed', async () => {
    await page.goto(url('/kommuner/rost/'));
    const section = page.locator('[data-neighbours="nearest"]');
    expect(await section.locator('p').first().textContent()).toMatch(/ingen landgrense/);
    expect(await section.locator('tbody th a').allTextContents()).toEqual(['Værøy', 'Moskenes', 'Flakstad']);
    expect(await section.locator('tbody tr[data-municipality="varoy"] td').nth(2).textContent()).toBe('Ingen avtale registrert');
    // Its joint council with Bodø stays visible.
    expect(await page.locator('main a[href="/avtaler/bodo-2018/"]').count()).toBeGreaterThan(0);
  });

  it('names the sources for a district that does not follow the county, and where they disagree', async () => {
    await page.goto(url('/kommuner/sirdal/'));
    expect(await page.locator('dd a[data-district="sor-vest"]').count()).toBe(1);
    const sources = page.locator('.district-sources');
    expect(await sources.textContent()).toMatch(/Kildene er uenige/);
    expect(await sources.locator('a[href="https://www.politi.no/rogaland/om_oss/Tema_505.xml"]').count()).toBe(1);
    // A source titled in another language says so to a screen reader; what could not be verified is said.
    await page.goto(url('/kommuner/lunner/'));
    expect(await sources.locator('a[lang="en"]').allTextContents()).toEqual(['List of police districts in Norway']);
    expect(await sources.textContent()).toMatch(/Ikke fullt verifisert for i dag/);
  });
});

describe('Finn din kommune', () => {
  it('finds a municipality by an old name from the home page form, Oppegård → Nordre Follo', async () => {
    await page.goto(url('/'));
    await page.locator('#find-municipality-q').fill('Oppegård');
    await page.locator('form.find-municipality button[type="submit"]').click();
    await page.waitForURL(/\/kommuner\/\?q=Oppeg/);
    const results = page.locator('[data-find-results]');
    await expect.poll(() => results.isVisible()).toBe(true);
    expect(await results.locator('li').first().textContent()).toBe('Oppegård (0217, nå Nordre Follo)');
    expect(await results.locator('li a').first().getAttribute('href')).toBe('/kommuner/oppegard/');
  });

  it('finds by number and without accents', async () => {
    await page.goto(url('/kommuner/?q=1856'));
    await expect.poll(() => page.locator('[data-find-results] li a').first().textContent()).toBe('Røst');
    await page.goto(url('/kommuner/?q=baerum'));
    await expect.poll(() => page.locator('[data-find-results] li a').first().textContent()).toBe('Bærum');
  });

  it('works without JavaScript: the form sends the reader to the full list, old names with their successors', async () => {
    const p = await noScript.newPage();
    await p.goto(url('/'));
    await p.locator('#find-municipality-q').fill('Oppegård');
    await p.locator('form.find-municipality button[type="submit"]').click();
    await p.waitForURL(/\/kommuner\/\?q=Oppeg/);
    expect(await p.locator('[data-find-noscript]').isVisible()).toBe(true);
    expect(await p.locator('tr[data-municipality]').count()).toBe(357);
    expect(await p.locator('.earlier-municipalities li', { hasText: 'Oppegård' }).locator('a').nth(1).getAttribute('href')).toBe('/kommuner/nordre-follo/');
    await p.close();
  });
});

describe('the map', () => {
  for (const [path, id, count] of [
    ['/', 'map-national', 357],
    ['/statistikk/', 'map-coverage', 357],
    ['/politidistrikt/ost/', 'map-district', 29],
  ] as const) {
    it(`${path}: every municipality a named link, coloured by status, with its attribution, and axe clean`, async () => {
      await page.goto(url(path));
      const map = page.locator(`#${id}`);
      const links = map.locator('svg a[href^="/kommuner/"]');
      expect(await links.count()).toBe(count);
      // Every link: named with its status, its shape coloured by that status.
      const drawn = await links.evaluateAll((as) => as.map((a) => ({ label: a.getAttribute('aria-label') ?? '', shape: a.querySelector('path')?.getAttribute('class') ?? '' })));
      const classOf = new Map<string, string>(Object.entries(ms.statuses).map(([status, text]) => [text, `m-${status}`]));
      for (const { label, shape } of drawn) {
        const status = label.slice(label.lastIndexOf(': ') + 2);
        expect(classOf.has(status), label).toBe(true);
        expect(shape, label).toBe(classOf.get(status));
      }
      expect(await map.locator('svg a[href="/kommuner/moss/"] path').getAttribute('class')).toBe('m-current');
      expect(await map.locator('.map-attribution').textContent()).toMatch(/© Kartverket/);
      expect(await map.locator('figcaption p').textContent()).toMatch(/^Kart over \d+ kommuner: \d+ med avtale i kraft/);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('is usable from the keyboard: a skip link passes it, a tab reaches a municipality, Enter opens its page', async () => {
    await page.goto(url('/'));
    const skip = page.locator('#map-national .map-skip');
    const width = async () => (await skip.boundingBox())?.width ?? 0;
    // Hidden until focused (a one-pixel box), shown when it is.
    expect(await width()).toBeLessThanOrEqual(1);
    await skip.focus();
    expect(await width()).toBeGreaterThan(1);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('a')?.getAttribute('aria-label'));
    expect(focused).toMatch(/^.+: /);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/kommuner\/[a-z0-9-]+\/$/);
    await page.goto(url('/'));
    await page.locator('#map-national .map-skip').focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-national-after');
  });
});

describe('shares per district', () => {
  it('says N of M on the home page, the district page and /statistikk/, matching a count by hand for Øst (Moss, Nordre Follo of 29)', async () => {
    await page.goto(url('/'));
    expect(await page.locator('.share-table tr[data-district="ost"] td').allTextContents()).toEqual(['2', '1', '29', '7 %']);
    expect(await page.locator('[data-national-share]').textContent()).toBe('5 av 357 kommuner har registrert avtale (4 med avtale i kraft).');
    await page.goto(url('/politidistrikt/ost/'));
    expect(await page.locator('[data-share]').textContent()).toMatch(/^2 av 29 kommuner har registrert avtale \(1 med avtale i kraft\)\.$/);
    await page.goto(url('/statistikk/'));
    expect(await page.locator('#map-coverage tfoot td').allTextContents()).toEqual(['5', '4', '357', '1 %']);
  });
});

describe('open data', () => {
  it('/data/kommuner.json and .csv: a row per municipality with district, status, count and latest agreement', async () => {
    const rows = (await (await fetch(url('/data/kommuner.json'))).json()) as Array<Record<string, unknown>>;
    expect(rows).toHaveLength(register.municipalities.length);
    expect(rows.find((r) => r.name === 'Moss')).toMatchObject({ number: '3103', county: 'Østfold', policeDistrict: 'Øst politidistrikt', status: 'current', agreements: 1, latestAgreementUrl: '/avtaler/moss-2020/', latestAgreementSigned: '2020-04-30' });
    expect(rows.find((r) => r.name === 'Nordre Follo')).toMatchObject({ status: 'historical', agreements: 2, latestAgreementUrl: '/avtaler/oppegard-2018/' });
    const csv = await (await fetch(url('/data/kommuner.csv'))).text();
    expect(csv.split('\r\n')[0]).toBe('number,name,county,policeDistrict,municipalityStatus,status,agreements,latestAgreementUrl,latestAgreementSigned,mergedInto');
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(register.municipalities.length + 1);
  });
});
