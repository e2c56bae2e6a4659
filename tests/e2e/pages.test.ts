/**
 * The built site as a reader meets it, in Chromium: the home page, every
 * document page, the lists of agreements and districts, the district, municipality, about and 404 pages; the feed; section
 * permalinks; and axe-core finding no WCAG 2.2 A/AA violation on any of them.
 */
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { agreementPage, documentTypes, facts, home } from '../../src/strings.ts';
import { axeViolations, browserPage } from './browser.ts';
import { SITE_REGISTER } from '../fixture-register.ts';

const baseUrl = inject('baseUrl');
const register = checkRegister(readRegisterFiles(SITE_REGISTER));
const documents = register.agreements;

const { browser, page } = browserPage();

async function open(path: string) {
  const response = await page.goto(new URL(path, baseUrl).href);
  return response;
}

describe('the home page', () => {
  it('lists every agreement under its police district, with date and status', async () => {
    await open('/');
    expect(await page.locator('h1').textContent()).toBe('Samarbeidsavtaler mellom kommuner og politi');
    for (const doc of documents.filter((d) => d.data.documentType !== 'saksframlegg')) {
      const district = register.policeDistricts.find((d) => d.id === doc.data.policeDistrict)!;
      const section = page.locator('section', { has: page.locator(`h3#district-${district.id}`) });
      const row = section.locator('tr', { has: page.locator(`a[href="/avtaler/${doc.id}/"]`) });
      expect(await row.count(), doc.id).toBe(1);
      const date = await row.locator('time').getAttribute('datetime');
      expect(date).toBe(doc.data.signed?.date);
      expect(await row.locator('.ds-tag').textContent()).toMatch(/Gjeldende|Erstattet|Historisk/);
      // The title in the document's language (Luster's in nynorsk).
      expect(await row.locator(`a[href="/avtaler/${doc.id}/"]`).getAttribute('lang'), doc.id).toBe(doc.data.language);
    }
    expect(documents.some((d) => d.data.language === 'nn')).toBe(true);
  });

  it("lists the districts in the order of the register's police-districts.json", async () => {
    await open('/');
    const shown = await page.locator('main h3[id^="district-"]').evaluateAll((hs) => hs.map((h) => h.id.replace('district-', '')));
    const inFile = register.policeDistricts.map((d) => d.id).filter((id) => shown.includes(id));
    expect(shown.filter((id) => id !== 'none')).toEqual(inFile);
    expect(inFile[0]).toBe('ost');
  });

  it('does not list the case presentation as an agreement', async () => {
    await open('/');
    expect(await page.locator('a[href="/avtaler/oppegard-2018-saksframlegg/"]').count()).toBe(0);
  });

  it('has no WCAG 2.2 A/AA violation', async () => {
    await open('/');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('every document page', () => {
  for (const doc of documents) {
    describe(doc.id, () => {
      it('shows the title, facts, contents and every section heading with its permalink', async () => {
        const response = await open(`/avtaler/${doc.id}/`);
        expect(response?.status()).toBe(200);
        expect(await page.locator('h1').textContent()).toBe(doc.data.title);
        expect(await page.locator('h1').getAttribute('lang')).toBe(doc.data.language);
        expect(await page.locator('article.document').getAttribute('lang')).toBe(doc.data.language);
        expect(await page.locator('html').getAttribute('lang')).toBe('nb');
        expect(await page.locator('#facts-heading').textContent()).toBe('Fakta om avtalen');
        // No heading of the text repeats an id of the page's own, nor another heading's.
        const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((e) => e.id));
        expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
        // Every heading as the page has it, read in one pass: its permalink, the name the link gets from its content
        // (the visible «#» is aria-hidden, so left out of it, WCAG 2.5.3), and whether the contents list it.
        const shown = await page.locator('article.document :is(h2, h3, h4, h5, h6)[id]').evaluateAll((hs) =>
          hs.map((h) => {
            const link = h.querySelector<HTMLAnchorElement>('a.permalink');
            const named = (node: Node): string =>
              node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : node instanceof Element && node.getAttribute('aria-hidden') === 'true' ? '' : [...node.childNodes].map(named).join('');
            const box = link?.getBoundingClientRect();
            return {
              id: h.id,
              depth: Number(h.tagName.slice(1)),
              section: h.getAttribute('data-section'),
              href: link?.getAttribute('href'),
              name: link ? named(link).replace(/\s+/g, ' ').trim() : undefined,
              ariaLabel: link?.getAttribute('aria-label'),
              mark: link?.querySelector('[aria-hidden="true"]')?.textContent,
              visible: !!box && box.width > 0 && box.height > 0,
              inContents: document.querySelectorAll(`nav.toc a[href="#${CSS.escape(h.id)}"]`).length,
            };
          }),
        );
        for (const heading of doc.headings) {
          const h = shown.filter((x) => x.id === heading.id && x.depth === heading.depth);
          expect(h.length, `heading #${heading.id}`).toBe(1);
          const [found] = h;
          if (heading.sectionKey) expect(found?.section).toBe(heading.sectionKey);
          expect(found?.href).toBe(`#${heading.id}`);
          expect(found?.name, `permalink of #${heading.id}`).toBe(agreementPage.permalinkLabel(heading.text));
          expect(found?.ariaLabel).toBeNull();
          expect(found?.mark).toBe('#');
          expect(found?.visible).toBe(true);
          if (heading.depth === 2) expect(found?.inContents, `contents entry #${heading.id}`).toBe(1);
        }
        // The name as the accessibility tree gives it, for the first heading: the reading above is the browser's.
        const first = doc.headings[0];
        if (first) {
          const h = page.locator(`article.document h${first.depth}[id="${first.id}"]`);
          expect(await h.getByRole('link', { name: agreementPage.permalinkLabel(first.text), exact: true }).count()).toBe(1);
        }
      });

      it('has no WCAG 2.2 A/AA violation', async () => {
        await open(`/avtaler/${doc.id}/`);
        expect(await axeViolations(page)).toEqual([]);
      });
    });
  }
});

describe('facts and links', () => {
  it('shows a year-only signing date as the year, with the document’s words', async () => {
    await open('/avtaler/skien-2019/');
    const dd = page.locator('.facts dt:text-is("Signert") + dd');
    expect(await dd.textContent()).toBe('2019 (bare året er oppgitt: «Avtalen er inngått og signert --.--.2019»)');
    expect(await dd.locator('time').getAttribute('datetime')).toBe('2019');
  });

  it('links every clause a fact cites, SLT’s too, and shows how often the agreement is evaluated', async () => {
    let links = 0;
    let frequencies = 0;
    for (const doc of documents) {
      await open(`/avtaler/${doc.id}/`);
      const d = doc.data;
      const cited = [d.council?.clause, d.slt && (d.slt.coordinator || d.slt.model) ? d.slt.clause : undefined, d.evaluation?.clause, d.validity?.clause];
      for (const clause of cited.filter((c) => c !== undefined)) {
        const heading = doc.headings.find((h) => h.id === clause)?.text ?? clause;
        const link = page.locator(`.facts a[href="#${clause}"]`, { hasText: facts.seeClause(heading) });
        expect(await link.count(), `${doc.id}: the link to #${clause}`).toBeGreaterThan(0);
        links += 1;
      }
      if (d.evaluation?.frequency) {
        const dd = page.locator(`.facts dt:text-is("${facts.evaluationFrequency}") + dd`);
        expect(await dd.textContent(), doc.id).toBe(d.evaluation.frequency);
        expect(await dd.getAttribute('lang')).toBe(d.language);
        frequencies += 1;
      }
    }
    // The frozen register has SLT and evaluation facts to show.
    expect(documents.filter((doc) => doc.data.slt?.model).length).toBeGreaterThan(0);
    expect(links).toBeGreaterThan(documents.length);
    expect(frequencies).toBeGreaterThan(0);
  });

  it('links a fact that cites a clause of its own (clauseFor) to that clause, beside the fact', async () => {
    // The fixture's Moss: the members stand in «2. Deltagelse» (politirad), the rest of the council in «3. Møtefrekvens/struktur».
    await open('/avtaler/moss-2020/');
    const members = page.locator(`.facts dt:text-is("${facts.members}") + dd`);
    expect(await members.locator('a').evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.textContent]))).toEqual([['#politirad', facts.seeClause('2. Deltagelse:')]]);
    const meetings = page.locator(`.facts dt:text-is("${facts.meetingsPerYear}") + dd`);
    expect(await meetings.locator('a').count()).toBe(0);
    expect(await page.locator('.facts a[href="#organisering"]').count()).toBe(1);
  });

  it('shows every term of an agreement, «Ikke oppgitt» where the document does not state it', async () => {
    let notStated = 0;
    for (const doc of documents.filter((d) => d.data.documentType !== 'saksframlegg')) {
      await open(`/avtaler/${doc.id}/`);
      const d = doc.data;
      const terms: Array<[string, unknown]> = [
        [facts.sltCoordinator, d.slt?.coordinator],
        [facts.sltModel, d.slt?.model],
        [facts.evaluation, d.evaluation],
        [facts.validity, d.validity],
      ];
      for (const [label, stated] of terms) {
        const dd = page.locator(`.facts dt:text-is("${label}") + dd`);
        expect(await dd.count(), `${doc.id}: ${label}`).toBe(1);
        if (!stated) {
          expect(await dd.textContent(), `${doc.id}: ${label}`).toBe(facts.notStated);
          notStated += 1;
        } else expect(await dd.textContent(), `${doc.id}: ${label}`).not.toBe(facts.notStated);
      }
    }
    // The frozen register has terms left unstated (Bodø's validity, Skien's).
    expect(notStated).toBeGreaterThan(0);
  });

  it('links the 2018 Oppegård agreement to the guidelines it replaced and its case presentation, both ways', async () => {
    await open('/avtaler/oppegard-2018/');
    expect(await page.locator('.document-links a[href="/avtaler/oppegard-2009-retningslinjer/"]').count()).toBe(1);
    // The title in its document's language, the date in the page's.
    const older = page.locator('.document-links a[href="/avtaler/oppegard-2009-retningslinjer/"] span[lang]');
    expect(await older.getAttribute('lang')).toBe(documents.find((d) => d.id === 'oppegard-2009-retningslinjer')?.data.language);
    expect(await older.textContent()).toBe(documents.find((d) => d.id === 'oppegard-2009-retningslinjer')?.data.title);
    expect(await page.locator('.document-links a[href="/avtaler/oppegard-2018-saksframlegg/"]').count()).toBe(1);
    await open('/avtaler/oppegard-2009-retningslinjer/');
    expect(await page.locator('.document-links a[href="/avtaler/oppegard-2018/"]').count()).toBe(1);
    expect(await page.locator('.facts .ds-tag').textContent()).toBe('Erstattet');
    await open('/avtaler/oppegard-2018-saksframlegg/');
    expect(await page.locator('.document-links a[href="/avtaler/oppegard-2018/"]').count()).toBe(1);
  });

  it('marks Oppegård’s 2018 agreement historical: the municipality merged into Nordre Follo', async () => {
    await open('/avtaler/oppegard-2018/');
    expect(await page.locator('.facts .ds-tag').textContent()).toBe('Historisk (kommunen er slått sammen)');
    await open('/kommuner/oppegard/');
    expect(await page.locator('a[href="/kommuner/nordre-follo/"]').count()).toBeGreaterThan(0);
  });
});

describe('section permalinks', () => {
  it('lead to the section, which is highlighted as the target', async () => {
    await open('/avtaler/skien-2019/');
    await page.locator('h2#politirad a.permalink').click();
    expect(new URL(page.url()).hash).toBe('#politirad');
    await open('/avtaler/luster-2019/#politirad');
    const targetId = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(targetId).toBe('politirad');
    const top = await page.locator('h2#politirad').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(100);
    // Highlighted: outlined and tinted, as the section headings that are not the target are not.
    const look = (el: Element) => ({ outline: getComputedStyle(el).outlineStyle, background: getComputedStyle(el).backgroundColor });
    const target = await page.locator('h2#politirad').evaluate(look);
    const other = await page.locator('article.document h2[id]:not(#politirad)').first().evaluate(look);
    expect(target.outline).toBe('solid');
    expect(other.outline).toBe('none');
    expect(target.background).not.toBe(other.background);
  });

  it('copy the full address when JavaScript can', async () => {
    const context = await browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const p = await context.newPage();
    await p.goto(new URL('/avtaler/moss-2020/', baseUrl).href);
    await p.locator('h2#fokusomrader a.permalink').click();
    await expect.poll(() => p.locator('[data-copy-status]').textContent()).toBe('Lenke kopiert');
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(new URL('/avtaler/moss-2020/#fokusomrader', baseUrl).href);
    await context.close();
  });
});

describe('the lists an agreement\'s or a district\'s address leads up to', () => {
  /** The levels of the headings in the page's main content, in document order. */
  const headingLevels = () => page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName.slice(1))));
  const agreements = documents.filter((d) => d.data.documentType !== 'saksframlegg');
  /** The count over the list, from the frozen register: its agreements, and the districts they come from. */
  const countLine = home.count(agreements.length, new Set(agreements.map((d) => d.data.policeDistrict)).size);

  it('/avtaler/ lists every agreement once, under its police district, with municipality, kind and date', async () => {
    const response = await open('/avtaler/');
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Alle avtaler');
    expect(await headingLevels()).toEqual([1, ...Array<number>(await page.locator('main h2').count()).fill(2)]);
    for (const doc of agreements) {
      const district = register.policeDistricts.find((d) => d.id === doc.data.policeDistrict)!;
      const section = page.getByRole('region', { name: district.name, exact: true });
      const row = section.locator('tr', { has: page.locator(`a[href="/avtaler/${doc.id}/"]`) });
      expect(await row.count(), doc.id).toBe(1);
      const municipality = register.municipalities.find((m) => m.id === doc.data.municipality)!;
      expect(await row.locator(`a[href="/kommuner/${municipality.id}/"]`).textContent(), doc.id).toBe(municipality.name);
      expect(await row.locator('time').getAttribute('datetime'), doc.id).toBe(doc.data.signed?.date);
      expect(await row.locator('small').textContent(), doc.id).toContain(documentTypes[doc.data.documentType]);
      expect(await section.locator('h2 a').getAttribute('href')).toBe(`/politidistrikt/${district.id}/`);
    }
    expect(await page.locator('main p').allTextContents()).toContain(countLine);
    // Each agreement once, and nothing else listed as one: the page grows with the register, a row per agreement.
    const listed = await page.locator('main a[href^="/avtaler/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(agreements.map((d) => `/avtaler/${d.id}/`).sort());
    // Every district is reachable from it: those with agreements by their heading, the others in a list.
    const districts = await page.locator('main a[href^="/politidistrikt/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(districts)).toEqual(new Set(register.policeDistricts.map((d) => `/politidistrikt/${d.id}/`)));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('/politidistrikt/ lists the police districts in order, each with its agreements and municipalities counted and linked', async () => {
    const activeIn = (districtId: string) => register.municipalities.filter((m) => m.status === 'active' && m.policeDistrict === districtId);
    const response = await open('/politidistrikt/');
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe('Politidistrikter');
    const rows = page.locator('main table tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-district')))).toEqual(register.policeDistricts.map((d) => d.id));
    const columns = await page.locator('main table thead th').allTextContents();
    expect(columns.slice(0, 5)).toEqual(['Politidistrikt', 'Avtaler', 'Med registrert avtale', 'Med avtale i kraft', 'Kommuner']);
    const counted: Record<string, { agreements: string; withAgreement: string; municipalities: string }> = {};
    for (const district of register.policeDistricts) {
      const row = page.locator(`main table tbody tr[data-district="${district.id}"]`);
      expect(await row.locator(`th a[href="/politidistrikt/${district.id}/"]`).count(), district.id).toBe(1);
      const [agreementCount, withAgreement, , municipalities] = await row.locator('td').allTextContents();
      expect(agreementCount, district.id).toBe(String(agreements.filter((d) => d.data.policeDistrict === district.id).length));
      // The district's municipalities of today, counted from the register's municipalities.json, not from what the pages share.
      expect(municipalities, district.id).toBe(String(activeIn(district.id).length));
      expect(Number(withAgreement), district.id).toBeLessThanOrEqual(Number(municipalities));
      counted[district.id] = { agreements: agreementCount!, withAgreement: withAgreement!, municipalities: municipalities! };
    }
    const [nationalAgreements, , , nationalMunicipalities] = await page.locator('main table tfoot td').allTextContents();
    expect(nationalAgreements).toBe(String(agreements.length));
    expect(nationalMunicipalities).toBe(String(register.municipalities.filter((m) => m.status === 'active').length));
    expect(await headingLevels()).toEqual([1]);
    expect(await axeViolations(page)).toEqual([]);
    // The same counts as each district's own page, which leads back here.
    for (const district of register.policeDistricts) {
      await open(`/politidistrikt/${district.id}/`);
      const { withAgreement, municipalities } = counted[district.id]!;
      expect(await page.locator('[data-share]').getAttribute('data-share'), district.id).toBe(`${withAgreement}/${municipalities}`);
      expect(await page.getByRole('navigation', { name: 'Brødsmulesti' }).locator('a[href="/politidistrikt/"]').textContent()).toBe('Politidistrikter');
    }
  });

  it('both are linked from the front page and the 404 page, and in the sitemap', async () => {
    for (const path of ['/', '/finnes-ikke/']) {
      await open(path);
      // The front page's count over its list, with the link to the whole list.
      if (path === '/') expect(await page.locator('main p', { has: page.locator('a[href="/avtaler/"]') }).textContent()).toContain(countLine);
      for (const href of ['/avtaler/', '/politidistrikt/']) expect(await page.locator(`main a[href="${href}"]`).count(), `${path} → ${href}`).toBeGreaterThan(0);
    }
    const index = await (await fetch(new URL('/sitemap-index.xml', baseUrl))).text();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const pages = (await Promise.all(sitemaps.map(async (path) => (await fetch(new URL(path, baseUrl))).text()))).join('');
    const listed = new Set([...pages.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    expect(listed.has('/avtaler/')).toBe(true);
    expect(listed.has('/politidistrikt/')).toBe(true);
  });
});

describe('district, municipality, about and 404 pages', () => {
  for (const path of ['/politidistrikt/ost/', '/politidistrikt/finnmark/', '/kommuner/luster/', '/kommuner/varoy/', '/om/']) {
    it(`${path} opens and has no WCAG 2.2 A/AA violation`, async () => {
      const response = await open(path);
      expect(response?.status()).toBe(200);
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  it('the district page lists its agreements', async () => {
    await open('/politidistrikt/ost/');
    for (const slug of ['moss-2020', 'oppegard-2018', 'oppegard-2009-retningslinjer']) {
      expect(await page.locator(`main > .table-scroll a[href="/avtaler/${slug}/"]`).count(), slug).toBe(1);
    }
    await open('/politidistrikt/finnmark/');
    expect(await page.locator('main').textContent()).toContain('Ingen avtaler fra dette politidistriktet er registrert ennå.');
  });

  it('an unknown address gets the 404 page, which has no violation', async () => {
    const response = await open('/avtaler/finnes-ikke/');
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Fant ikke siden');
    // Where the reader may have been going: the lists of agreements, municipalities and sections, and search.
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/', '/kommuner/', '/sammenlign/seksjon/', '/sok/']));
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('open data', () => {
  it('/data/agreements.json is an array with one object per agreement, as the pages show them', async () => {
    const response = await fetch(new URL('/data/agreements.json', baseUrl));
    expect(response.headers.get('content-type')).toMatch(/json/);
    const rows = (await response.json()) as Array<Record<string, unknown>>;
    const agreements = documents.filter((d) => d.data.documentType !== 'saksframlegg');
    expect(rows.map((r) => r.slug).sort()).toEqual(agreements.map((d) => d.id).sort());
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(expect.arrayContaining(['slug', 'url', 'title', 'municipality', 'policeDistrict', 'signed', 'meetingsPerYear', 'focusAreas', 'language', 'documentType']));
      const doc = agreements.find((d) => d.id === row.slug)!;
      expect(row.signed).toBe(doc.data.signed?.date ?? null);
      expect(row.meetingsPerYear).toBe(doc.data.council?.meetingsPerYear ?? null);
      expect(row.policeDistrict).toMatch(/ politidistrikt$/);
      expect((await fetch(new URL(String(row.url), baseUrl))).status).toBe(200);
    }
  });

  it('/data/agreements.csv has the same rows', async () => {
    const text = await (await fetch(new URL('/data/agreements.csv', baseUrl))).text();
    const [header, ...lines] = text.trim().split('\r\n');
    expect(header?.split(',').slice(0, 4)).toEqual(['slug', 'url', 'title', 'municipality']);
    expect(lines).toHaveLength(documents.filter((d) => d.data.documentType !== 'saksframlegg').length);
    // Row for row the JSON's agreements, in the same order, with the same facts.
    const json = (await (await fetch(new URL('/data/agreements.json', baseUrl))).json()) as Array<Record<string, unknown>>;
    const csv = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(csv.map((r) => r.slug)).toEqual(json.map((r) => r.slug));
    for (const [i, row] of csv.entries()) {
      const same = json[i]!;
      for (const field of ['url', 'title', 'municipality', 'policeDistrict', 'signed', 'documentType', 'language']) expect(row[field], `${row.slug} ${field}`).toBe(String(same[field] ?? ''));
    }
  });
});

describe('the feed of new agreements', () => {
  it('names its own address (atom:link rel="self") and is dated by its newest item (lastBuildDate)', async () => {
    const response = await fetch(new URL('/nye-avtaler.xml', baseUrl));
    expect(response.status).toBe(200);
    const xml = await response.text();
    // Read by the browser's XML parser, as a feed reader reads it: well formed, the Atom namespace declared.
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const channel = doc.querySelector('rss > channel');
      const self = channel?.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        self: self ? { href: self.getAttribute('href'), rel: self.getAttribute('rel'), type: self.getAttribute('type') } : null,
        lastBuildDate: channel?.querySelector(':scope > lastBuildDate')?.textContent ?? null,
        pubDates: [...(channel?.querySelectorAll(':scope > item > pubDate') ?? [])].map((d) => d.textContent ?? ''),
      };
    }, xml);
    expect(feed.error).toBeNull();
    expect(feed.self).toEqual({ href: expect.stringMatching(/^https?:\/\/[^/]+\/nye-avtaler\.xml$/), rel: 'self', type: 'application/rss+xml' });
    // The newest item's date, from the register's «added» dates (the clock would differ from build to build).
    expect(feed.pubDates.length).toBeGreaterThan(0);
    const newest = Math.max(...feed.pubDates.map((d) => Date.parse(d)));
    const added = documents.filter((d) => d.data.added && d.data.documentType !== 'saksframlegg').map((d) => Date.parse(`${d.data.added}T00:00:00Z`));
    expect(newest).toBe(Math.max(...added));
    expect(feed.lastBuildDate).toBe(new Date(newest).toUTCString());
  });

  it("gives each item its document's language (dc:language): Luster's nynorsk, the others' bokmål", async () => {
    const xml = await (await fetch(new URL('/nye-avtaler.xml', baseUrl))).text();
    const feed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      const items = [...doc.querySelectorAll('rss > channel > item')];
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        // Each item's language as a reader of Dublin Core finds it: by the namespace, not the prefix.
        languages: Object.fromEntries(
          items.map((item) => [
            new URL(item.querySelector(':scope > link')?.textContent ?? '').pathname,
            [...item.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'language')].map((l) => l.textContent),
          ]),
        ),
      };
    }, xml);
    expect(feed.error).toBeNull();
    const listed = documents.filter((d) => d.data.added && d.data.documentType !== 'saksframlegg');
    expect(feed.languages).toEqual(Object.fromEntries(listed.map((d) => [`/avtaler/${d.id}/`, [d.data.language]])));
    expect(feed.languages['/avtaler/luster-2019/']).toEqual(['nn']);
  });
});

describe('print', () => {
  it('prints the document without header, menu, contents or permalinks', async () => {
    await open('/avtaler/bodo-2018/');
    await page.emulateMedia({ media: 'print' });
    const hidden = async (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display === 'none');
    expect(await hidden('.site-header')).toBe(true);
    expect(await hidden('.site-footer')).toBe(true);
    expect(await hidden('nav.toc')).toBe(true);
    expect(await hidden('a.permalink')).toBe(true);
    expect(await page.locator('article.document').isVisible()).toBe(true);
    expect(await page.locator('.facts').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('prints the source lines a document left out, which the screen shows only when opened', async () => {
    await open('/avtaler/luster-2019/');
    const omissions = page.locator('details.source-omissions');
    const lines = omissions.locator('li');
    // The frozen register's Luster leaves lines of its source out.
    expect(await lines.count()).toBeGreaterThan(0);
    expect(await omissions.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await lines.first().isVisible()).toBe(false);
    try {
      await page.emulateMedia({ media: 'print' });
      // Every line prints, the disclosure still closed (no script opens it).
      for (const line of await lines.all()) expect(await line.isVisible(), await line.getAttribute('data-line') ?? '').toBe(true);
      expect(await omissions.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    expect(await lines.first().isVisible()).toBe(false);
  });
});

describe('reflow (WCAG 1.4.10)', () => {
  // One narrow page for the paths, navigated from one to the next.
  let narrow: Page;
  beforeAll(async () => {
    narrow = await browser.newPage({ viewport: { width: 320, height: 640 } });
  });
  afterAll(async () => {
    await narrow?.close();
  });
  /** What reaches past the screen's right edge, outside a scrolling box: its tag, class and first words (empty when the page fits). */
  const overflowing = () =>
    narrow.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width) return [];
      const scrolls = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
      const inScroller = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (scrolls(p)) return true;
        return false;
      };
      // An element whose box or whose own content (a word too long for it) reaches past the edge.
      const past = (el: Element) => el.getBoundingClientRect().right > width + 0.5 || (scrolls(el) ? false : el.getBoundingClientRect().left + el.scrollWidth > width + 0.5);
      return [...document.body.querySelectorAll('*')]
        .filter((el) => el.getClientRects().length > 0 && past(el) && !inScroller(el) && ![...el.children].some(past))
        .map((el) => `${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().replace(/\s+/g, '.')}` : ''} «${(el.textContent ?? '').trim().slice(0, 40)}»`);
    });
  // What a page that fills itself in shows once it has (the search page's hits).
  const ready: Record<string, string> = {
    '/sok/?q=politir%C3%A5d': '#search-results > li',
    '/sammenlign/endringer/?fra=oppegard-2009-retningslinjer&til=oppegard-2018': '[data-redline] ins',
  };
  // One page of each kind, with every disclosure opened (the matrix's «Velg avtaler», the search filters…).
  for (const path of [
    '/',
    '/avtaler/luster-2019/',
    '/avtaler/bodo-2018/',
    '/avtaler/oppegard-2018/',
    '/avtaler/oppegard-2018/endringer/',
    '/avtaler/',
    '/politidistrikt/',
    '/politidistrikt/ost/',
    '/kommuner/',
    '/kommuner/oppegard/',
    '/sok/',
    '/sok/?q=politir%C3%A5d',
    '/sammenlign/',
    '/sammenlign/seksjon/',
    '/sammenlign/seksjon/politirad/',
    '/sammenlign/endringer/?fra=oppegard-2009-retningslinjer&til=oppegard-2018',
    '/sammenlign/mitt-utkast/',
    '/utkast/',
    '/statistikk/',
    '/om/',
    '/finnes-ikke/',
  ]) {
    it(`${path} fits a 320 px wide screen without sideways scrolling`, async () => {
      await narrow.goto(new URL(path, baseUrl).href);
      if (ready[path]) await narrow.locator(ready[path]).first().waitFor();
      await narrow.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await overflowing()).toEqual([]);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    });
  }
});
