/**
 * Comparing agreements and drafting a new one, on the built site in Chromium:
 * the matrix (picked in the page, checked against the frontmatter, followed to
 * the clause, downloaded as CSV and JSON), sections side by side, local text
 * on the agreement page, and a draft from three agreements downloaded as .docx
 * and read back. Bad addresses get a message and a usable page.
 */
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { isAgreement } from '../../src/lib/content/agreements.ts';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister, type CheckedAgreement } from '../../src/lib/content/validate.ts';
import { districtAtSigning, withModality } from '../../src/strings.ts';
import { readDocx } from '../docx-text.ts';
import { SITE_REGISTER } from '../fixture-register.ts';
import { axeViolations, browserPage, downloaded } from './browser.ts';

const baseUrl = inject('baseUrl');
const register = checkRegister(readRegisterFiles(SITE_REGISTER));
const agreements = register.agreements.filter(isAgreement);
const agreement = (slug: string): CheckedAgreement => {
  const a = agreements.find((x) => x.id === slug);
  if (!a) throw new Error(`no agreement ${slug}`);
  return a;
};

const { browser, page, noScript } = browserPage();
/** One page with JavaScript off for the file's tests that read the pages without it, opened when first wanted. */
let noJsPage: Page | undefined;
const noJs = async (): Promise<Page> => (noJsPage ??= await noScript.newPage());

/** Opens a page; on the comparison and draft pages, waits until their script has done its work. */
async function open(path: string, p: Page = page) {
  const response = await p.goto(new URL(path, baseUrl).href);
  const { pathname } = new URL(path, baseUrl);
  if (/^\/sammenlign\/(seksjon\/[a-z]+\/)?$/.test(pathname)) await p.waitForSelector('html[data-compare-ready]', { state: 'attached' });
  if (pathname === '/utkast/') await p.waitForSelector('html[data-draft-ready]', { state: 'attached' });
  return response;
}

/** The slugs of the matrix columns a reader sees. */
const visibleColumns = (p: Page = page) =>
  p.locator('table[data-matrix] thead th[data-slug]').evaluateAll((ths) => ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => (th as HTMLElement).dataset.slug));

/** The matrix cell for a term and an agreement. */
async function cell(term: string, slug: string) {
  const index = await page.locator('table[data-matrix] thead th').evaluateAll((ths, s) => ths.findIndex((th) => (th as HTMLElement).dataset.slug === s), slug);
  return page.locator(`table[data-matrix] tr[data-term="${term}"] > :nth-child(${index + 1})`);
}

/** What a test reads of one matrix cell. */
interface CellRead {
  /** Its rendered text, as `innerText` gives it. */
  text: string;
  v: string | null;
  lang: string | null;
  /** Its links' targets and its list items' texts, in order. */
  hrefs: string[];
  items: string[];
}

/**
 * Every cell of an agreement's column, by term, read in one call: a test that checks a column
 * cell by cell asks the browser once, not a few hundred times.
 */
async function column(slug: string): Promise<Map<string, CellRead>> {
  const cells = await page.locator('table[data-matrix]').evaluate((table, s) => {
    const index = [...table.querySelectorAll('thead th')].findIndex((th) => (th as HTMLElement).dataset.slug === s);
    if (index < 0) return [];
    return [...table.querySelectorAll<HTMLTableRowElement>('tr[data-term]')].flatMap((row) => {
      const c = row.children[index] as HTMLElement | undefined;
      if (!c) return [];
      const read = {
        text: c.innerText,
        v: c.getAttribute('data-v'),
        lang: c.getAttribute('lang'),
        hrefs: [...c.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''),
        items: [...c.querySelectorAll('li')].map((li) => li.innerText),
      };
      return [[row.dataset.term!, read] as const];
    });
  }, slug);
  if (cells.length === 0) throw new Error(`no column ${slug} in the matrix`);
  return new Map(cells);
}

describe('the comparison matrix', () => {
  it('shows every agreement as a column, and every term as a row, without JavaScript', async () => {
    const p = await noJs();
    await p.goto(new URL('/sammenlign/?avtale=moss-2020&avtale=bodo-2018', baseUrl).href);
    expect((await visibleColumns(p)).sort()).toEqual(agreements.map((a) => a.id).sort());
    expect(await p.locator('table[data-matrix] tr[data-term]').count()).toBe(14 + register.focusAreas.length + 11);
    expect(await p.locator('noscript').count()).toBe(1);
  });

  it('lets the reader pick agreements; the choice lands in the address and only those columns show', async () => {
    await open('/sammenlign/');
    await page.locator('details[data-picker] > summary').click();
    for (const slug of ['oppegard-2018', 'bodo-2018', 'moss-2020']) await page.locator(`#pick-a-${slug}`).check();
    await Promise.all([page.waitForURL(/avtale=/), page.locator('form[data-picker-form] button[type=submit]').click()]);
    await page.waitForSelector('html[data-compare-ready]', { state: 'attached' });
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('avtale').sort()).toEqual(['bodo-2018', 'moss-2020', 'oppegard-2018']);
    expect(params.has('distrikt')).toBe(false);
    expect((await visibleColumns()).sort()).toEqual(['bodo-2018', 'moss-2020', 'oppegard-2018']);
    expect(await page.locator('table[data-matrix] caption').textContent()).toBe(`3 av ${agreements.length} avtaler sammenlignet`);
    expect(await page.locator('#pick-a-moss-2020').isChecked()).toBe(true);
    expect(await page.locator('#pick-a-skien-2019').isChecked()).toBe(false);
  });

  it('picks a police district\'s agreements, and a municipality\'s by name', async () => {
    await open('/sammenlign/?distrikt=ost');
    const ost = agreements.filter((a) => a.data.policeDistrict === 'ost').map((a) => a.id);
    expect((await visibleColumns()).sort()).toEqual(ost.sort());
    expect(await page.locator('#pick-d-ost').isChecked()).toBe(true);
    await open('/sammenlign/?kommune=Oppegård,Luster');
    expect((await visibleColumns()).sort()).toEqual(['luster-2019', 'oppegard-2009-retningslinjer', 'oppegard-2018']);
  });

  it('names the district each agreement was signed in where it has ceased since, beside today\'s', async () => {
    await open('/sammenlign/');
    const districtName = new Map(register.policeDistricts.map((d) => [d.id, d.name]));
    const formerName = new Map(register.formerPoliceDistricts.map((d) => [d.id, d.name]));
    for (const a of agreements) {
      const now = districtName.get(a.data.policeDistrict) ?? '';
      const then = a.data.policeDistrictAtSigning ? formerName.get(a.data.policeDistrictAtSigning) : undefined;
      expect((await (await cell('policeDistrict', a.id)).innerText()).trim(), a.id).toBe(then ? districtAtSigning(then, now) : now);
    }
  });

  it('shows each agreement\'s facts as its frontmatter states them', async () => {
    await open('/sammenlign/?avtale=oppegard-2018&avtale=bodo-2018&avtale=moss-2020&avtale=luster-2019');
    const slugs = ['oppegard-2018', 'bodo-2018', 'moss-2020', 'luster-2019'];
    const columns = new Map(await Promise.all(slugs.map(async (slug) => [slug, await column(slug)] as const)));
    /** The cell of `term` in the column of `slug`. */
    const read = (slug: string, term: string): CellRead => {
      const c = columns.get(slug)?.get(term);
      if (!c) throw new Error(`no cell ${term} for ${slug}`);
      return c;
    };
    for (const slug of slugs) {
      const d = agreement(slug).data;
      expect(read(slug, 'chair').text.trim(), slug).toBe(d.council?.chair ?? 'Ikke oppgitt');
      expect(read(slug, 'secretariat').text.trim(), slug).toBe(d.council?.secretariat ?? 'Ikke oppgitt');
      const meetings = d.council?.meetingsPerYear;
      expect(read(slug, 'meetingsPerYear').text.trim(), slug).toBe(meetings === undefined ? 'Ikke oppgitt' : withModality(String(meetings), d.council?.meetingsModality));
      if (meetings !== undefined) expect(read(slug, 'meetingsPerYear').v, slug).toBe(d.council?.meetingsModality ? String(meetings) : null);
      // Evaluation and validity with how binding they are: "årleg (kan)" (CODING.md, "Modality").
      expect(read(slug, 'evaluation').text.trim(), slug).toBe(d.evaluation?.frequency ? withModality(d.evaluation.frequency, d.evaluation.modality) : 'Ikke oppgitt');
      expect(read(slug, 'validity').text.trim(), slug).toBe(d.validity ? withModality(d.validity.terms, d.validity.modality) : 'Ikke oppgitt');
      expect(read(slug, 'signed').v).toBe(d.signed?.date);
      expect(read(slug, 'membersPolice').items).toEqual(d.council?.members?.police ?? []);
      for (const area of register.focusAreas) {
        const stated = d.focusAreas.find((f) => f.key === area.id);
        const c = read(slug, `focus.${area.id}`);
        expect(c.text, `${slug} ${area.id}`).toBe(stated ? 'Ja' : 'Nei');
        if (stated) expect(c.hrefs, `${slug} ${area.id}`).toEqual([`/avtaler/${slug}/#${stated.clause}`]);
      }
    }
    expect(read('luster-2019', 'chair').lang).toBe('nn');
    expect(read('bodo-2018', 'section.politikontakt').text).toBe('216 ord\n83 % felles');
    expect(read('moss-2020', 'section.tjenestetilbud').text).toBe('Mangler');
  });

  it('links a cell to the clause it comes from', async () => {
    await open('/sammenlign/?avtale=oppegard-2018&avtale=moss-2020');
    await Promise.all([page.waitForURL(/\/avtaler\/moss-2020\//), (await cell('meetingsPerYear', 'moss-2020')).locator('a').click()]);
    expect(new URL(page.url()).hash).toBe(`#${agreement('moss-2020').data.council?.clause}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.textContent)).toContain('3. Møtefrekvens/struktur');
    expect(await page.locator('article.document').innerText()).toContain('Det avholdes 4 møter pr. år');
  });

  it('links a fact that cites a clause of its own (clauseFor) to that clause, the others of its group to the group\'s', async () => {
    // The fixture's Moss: the members stand in «2. Deltagelse» (politirad), the meetings in «3. Møtefrekvens/struktur».
    expect(agreement('moss-2020').data.council).toMatchObject({ clause: 'organisering', clauseFor: { members: 'politirad' } });
    await open('/sammenlign/?avtale=moss-2020');
    const moss = await column('moss-2020');
    expect(moss.get('membersMunicipality')?.hrefs).toEqual(['/avtaler/moss-2020/#politirad']);
    expect(moss.get('membersPolice')?.hrefs).toEqual(['/avtaler/moss-2020/#politirad']);
    expect(moss.get('meetingsPerYear')?.hrefs).toEqual(['/avtaler/moss-2020/#organisering']);
    expect(moss.get('secretariat')?.hrefs).toEqual(['/avtaler/moss-2020/#organisering']);
  });

  it('keeps the header row and the term column in view while the table scrolls', async () => {
    const p = await browser.newPage({ viewport: { width: 390, height: 740 } });
    await open('/sammenlign/', p);
    const scroller = p.locator('.matrix-scroll');
    const box = (await scroller.boundingBox())!;
    await scroller.evaluate((el) => {
      el.scrollTop = 600;
      el.scrollLeft = 400;
    });
    const corner = (await p.locator('table[data-matrix] thead .matrix-corner').boundingBox())!;
    const header = (await p.locator('table[data-matrix] thead th[data-slug]').last().boundingBox())!;
    const term = (await p.locator('table[data-matrix] tr[data-term="focus.rus"] > th').boundingBox())!;
    expect(Math.round(corner.y)).toBe(Math.round(box.y + 1));
    expect(Math.round(header.y)).toBe(Math.round(box.y + 1));
    expect(Math.round(term.x)).toBe(Math.round(box.x + 1));
    expect(await p.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await p.close();
  });

  it('prints every column chosen within the page\'s width (an A4 page, portrait)', async () => {
    await open('/sammenlign/');
    const shown = await visibleColumns();
    expect(shown.length).toBeGreaterThanOrEqual(6);
    const size = page.viewportSize();
    // A4's printable width at the default margins, in CSS pixels.
    await page.setViewportSize({ width: 718, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    try {
      const edges = await page.locator('table[data-matrix] thead th').evaluateAll((ths) => ths.map((th) => Math.round(th.getBoundingClientRect().right)));
      const width = await page.evaluate(() => document.documentElement.clientWidth);
      expect(edges).toHaveLength(shown.length + 1);
      for (const right of edges) expect(right).toBeLessThanOrEqual(width);
    } finally {
      await page.emulateMedia({ media: 'screen' });
      if (size) await page.setViewportSize(size);
    }
  });

  it('downloads the columns shown as CSV and as JSON', async () => {
    await open('/sammenlign/?avtale=skien-2019&avtale=luster-2019');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="csv"]').click()]);
    expect(csvDownload.suggestedFilename()).toBe('politiradsavtaler-sammenligning.csv');
    const parsed = Papa.parse<Record<string, string>>((await downloaded(csvDownload)).toString('utf8').trim(), { header: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.slug)).toEqual(await visibleColumns());
    expect(parsed.data).toHaveLength(2);
    const bySlug = new Map(parsed.data.map((r) => [r.slug, r]));
    for (const slug of ['skien-2019', 'luster-2019']) {
      const d = agreement(slug).data;
      const row = bySlug.get(slug)!;
      expect(row.url).toBe(`/avtaler/${slug}/`);
      expect(row.signed).toBe(d.signed?.date);
      expect(row.meetingsPerYear).toBe(String(d.council?.meetingsPerYear ?? ''));
      expect(row.chair).toBe(d.council?.chair ?? '');
      expect(row.secretariat).toBe(d.council?.secretariat ?? '');
      for (const area of register.focusAreas) expect(row[`focus.${area.id}`]).toBe(String(d.focusAreas.some((f) => f.key === area.id)));
    }
    expect(bySlug.get('luster-2019')!.language).toBe('nn');
    // A term's modality, shown after its value ("årleg (kan)"), is a field of its own beside the value.
    expect(bySlug.get('luster-2019')).toMatchObject({ evaluation: 'årleg', 'evaluation.modality': 'optional', 'meetingsPerYear.modality': 'agreed' });
    expect(bySlug.get('skien-2019')!['section.politirad.words']).toMatch(/^\d+$/);

    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="json"]').click()]);
    const records = JSON.parse((await downloaded(jsonDownload)).toString('utf8')) as Array<Record<string, unknown>>;
    expect(records.map((r) => r.slug).sort()).toEqual(['luster-2019', 'skien-2019']);
    const skien = records.find((r) => r.slug === 'skien-2019')!;
    expect(skien.meetingsPerYear).toBe(4);
    expect(skien.chair).toBeNull();
    expect(skien['focus.samfunnssikkerhet']).toBe(true);
  });

  it('names what in the address matched nothing, and stays usable', async () => {
    await open('/sammenlign/?avtale=finnes-ikke&avtale=moss-2020&avtale=bodo-2018');
    expect(await page.locator('[data-selection-messages]').innerText()).toContain('Fant ingen avtale «finnes-ikke» (avtale=finnes-ikke i adressen)');
    expect((await visibleColumns()).sort()).toEqual(['bodo-2018', 'moss-2020']);

    await open('/sammenlign/?kommune=Atlantis');
    const messages = await page.locator('[data-selection-messages]').innerText();
    expect(messages).toContain('Fant ingen avtaler for kommunen «Atlantis»');
    expect(messages).toContain('viser alle avtalene');
    expect(await visibleColumns()).toHaveLength(agreements.length);

    await open('/sammenlign/?avtale=');
    expect(await page.locator('[data-selection-messages]').innerText()).toContain('Ingen av avtalene i adressen finnes');
    expect(await visibleColumns()).toHaveLength(agreements.length);

    await open('/sammenlign/?avtale=moss-2020');
    expect(await page.locator('[data-selection-messages]').innerText()).toContain('Du har valgt bare én avtale');
    expect(await visibleColumns()).toEqual(['moss-2020']);
    expect(await page.locator('details[data-picker]').getAttribute('open')).not.toBeNull();
  });

  it('has no WCAG 2.2 A/AA violation, picked or not, and is kept out of the search index', async () => {
    await open('/sammenlign/');
    expect(await axeViolations(page)).toEqual([]);
    await open('/sammenlign/?avtale=moss-2020&avtale=finnes-ikke');
    await page.locator('details[data-picker] > summary').click();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('[data-pagefind-body]').count()).toBe(0);
  });
});

describe('sections side by side', () => {
  it('lines up Bodø\'s and Oppegård\'s Politikontakten, with Bodø\'s own bullet point on a row of its own', async () => {
    await open('/sammenlign/seksjon/politikontakt/?avtale=oppegard-2018&avtale=bodo-2018');
    const table = page.locator('table[data-aligned-table]');
    expect(await table.isVisible()).toBe(true);
    // Columns in the register's order: Øst politidistrikt (Oppegård) before Nordland (Bodø).
    expect(await table.locator('thead th').allInnerTexts()).toEqual([expect.stringContaining('Oppegård 2018'), expect.stringContaining('Bodø 2018')]);
    const first = table.locator('tbody tr').first();
    expect(await first.locator('td').nth(0).innerText()).toBe('Ta utgangspunkt i politikontaktens hovedoppgaver:');
    expect(await first.locator('td').nth(1).innerText()).toBe('Tar utgangspunkt i politikontaktens hovedoppgaver:');
    const own = table.locator('tbody tr', { hasText: 'I forebyggende perspektiv bidra til tverrfaglig samarbeid' });
    expect(await own.locator('td').nth(0).innerText()).toBe('');
    expect(await page.locator('[data-section-texts]').isHidden()).toBe(true);
    expect(await table.locator('thead').innerText()).toContain('83 % felles av 216 ord');
  });

  it('highlights local text when asked', async () => {
    await open('/sammenlign/seksjon/politikontakt/?avtale=oppegard-2018&avtale=bodo-2018');
    const local = page.locator('table[data-aligned-table] [data-local]', { hasText: 'I forebyggende perspektiv' });
    const background = () => local.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.locator('#show-local').check();
    expect(await background()).not.toBe('rgba(0, 0, 0, 0)');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('fits a phone\'s width (320 px), with and without JavaScript: a long e-mail address in a text wraps', async () => {
    const narrow = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    try {
      const p = await narrow.newPage();
      await p.goto(new URL('/sammenlign/seksjon/tjenestetilbud/', baseUrl).href);
      expect(await p.locator('article.section-text', { hasText: 'thomas.thorshaug@politiet.no' }).count()).toBe(1);
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await narrow.close();
    }
  });

  it('shows up to four, and says so when given more, fewer or unknown ones', async () => {
    // Øst's three documents with a council section, and two more.
    await open('/sammenlign/seksjon/politirad/?distrikt=ost&avtale=bodo-2018&avtale=luster-2019');
    expect(await page.locator('[data-selection-messages]').innerText()).toContain('Du kan se høyst fire avtaler side om side. Viser de 4 første.');
    expect(await page.locator('table[data-aligned-table] thead th').count()).toBe(4);

    await open('/sammenlign/seksjon/slt/?avtale=moss-2020&avtale=skien-2019');
    const messages = await page.locator('[data-selection-messages]').innerText();
    expect(messages).toContain('Fant ingen tekst for «moss-2020» under «SLT»');
    expect(messages).toContain('Velg minst to avtaler');
    expect(await page.locator('[data-section-texts] article:not([hidden])').count()).toBe(1);
    expect(await page.locator('[data-aligned]').isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('reads without JavaScript: every agreement\'s text of the section, one after another', async () => {
    const p = await noJs();
    await p.goto(new URL('/sammenlign/seksjon/politirad/', baseUrl).href);
    const withSection = agreements.filter((a) => a.headings.some((h) => h.sectionKey === 'politirad'));
    expect(await p.locator('[data-section-texts] article').count()).toBe(withSection.length);
    expect(await p.locator('[data-section-texts]').innerText()).toContain('Politirådet vert leia av ordførar.');
  });

  it('lists the sections', async () => {
    await open('/sammenlign/seksjon/');
    expect(await page.locator('main a[href^="/sammenlign/seksjon/"]').count()).toBe(11);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('local text on the agreement page', () => {
  it('marks local passages without changing the text, and highlights them on request', async () => {
    await open('/avtaler/bodo-2018/');
    const article = page.locator('article.document');
    const before = await article.innerText();
    const local = article.locator('[data-local]', { hasText: 'I forebyggende perspektiv bidra til tverrfaglig samarbeid med ulike kommunale fora.' });
    expect(await local.count()).toBe(1);
    expect(await local.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.locator('#show-local').check();
    expect(await local.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await article.innerText()).toBe(before);
    expect(await page.locator('tr[data-section-share="politikontakt"]').innerText()).toMatch(/Politikontakten\s+216\s+83 %/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('shows the whole focus ring of the switch, which the sidebar scrolls (it once clipped its sides)', async () => {
    await open('/avtaler/moss-2020/');
    // Focused from the keyboard, so it is :focus-visible and Designsystemet rings its field.
    await page.locator('#show-local').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const { ring, box } = await page.locator('.local-switch').evaluate((field) => {
      const style = getComputedStyle(field);
      const out = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
      const f = field.getBoundingClientRect();
      const aside = field.closest('.agreement-aside')!;
      const a = aside.getBoundingClientRect();
      const left = a.left + aside.clientLeft;
      const top = a.top + aside.clientTop;
      return {
        ring: { left: f.left - out, right: f.right + out, top: f.top - out, bottom: f.bottom + out, drawn: style.outlineStyle },
        box: { left, right: left + aside.clientWidth, top, bottom: top + aside.clientHeight, overflow: getComputedStyle(aside).overflowY },
      };
    });
    // The sidebar scrolls on a wide screen, and so clips what it draws outside its box.
    expect(box.overflow).toBe('auto');
    expect(ring.drawn).toBe('solid');
    expect(ring.left).toBeGreaterThanOrEqual(box.left);
    expect(ring.right).toBeLessThanOrEqual(box.right);
    expect(ring.top).toBeGreaterThanOrEqual(box.top);
    expect(ring.bottom).toBeLessThanOrEqual(box.bottom);
  });

  it('works without JavaScript', async () => {
    const p = await noJs();
    await p.goto(new URL('/avtaler/moss-2020/', baseUrl).href);
    await p.locator('#show-local').check();
    expect(await p.locator('article.document [data-local]').first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });
});

describe('the draft builder', () => {
  it('builds a draft from three agreements, keeps the choice in the address and downloads a .docx that holds the chosen clauses', async () => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()}`));
    await open('/utkast/');
    expect(await page.locator('[data-draft-messages]').innerText()).toContain('Velg tekst for minst én del');
    await page.locator('#draft-municipality').fill('Nordre Follo');
    await page.locator('#draft-district').selectOption('ost');
    await page.locator('#draft-formal').selectOption('skien-2019');
    await page.locator('#draft-politikontakt').selectOption('bodo-2018');
    await page.locator('#draft-politirad').selectOption('oppegard-2018');
    await page.locator('#draft-forventninger').selectOption('oppegard-2018');
    const preview = page.locator('article[data-draft]');
    await expect.poll(() => preview.locator('section[data-section]').count()).toBe(4);
    expect(await preview.locator('h2').innerText()).toBe('Samarbeidsavtale mellom Nordre Follo kommune og Øst politidistrikt');
    expect(await preview.locator('section[data-section] > h3').allInnerTexts()).toEqual(['1. Innledning / formål', '2. Politikontakten', '3. Politiråd', '4. Forventninger til samarbeid']);
    expect(await preview.locator('section[data-section="politikontakt"] .draft-source').innerText()).toContain('Kilde: Bodø – «Samarbeidsavtale Bodø kommune og Nordland politidistrikt», punktet «Politikontakten».');
    expect(await preview.locator('section[data-section="politikontakt"] .draft-source a').getAttribute('href')).toBe('/avtaler/bodo-2018/#politikontakt');
    // The text names the new municipality; only the source notes name the old ones.
    const body = (await preview.locator('section[data-section] > :not(.draft-source)').allInnerTexts()).join('\n');
    expect(body).not.toContain('Oppegård');
    expect(body).toContain('Det forventes at Nordre Follo kommune sammen med politiet innehar tilstrekkelige ressurser');
    expect(await preview.locator('section[data-section="forventninger"] mark').first().innerText()).toBe('Nordre Follo');

    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ kommune: 'Nordre Follo', distrikt: 'ost', formal: 'skien-2019', politikontakt: 'bodo-2018', politirad: 'oppegard-2018', forventninger: 'oppegard-2018' });

    const [docxDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-draft-download="docx"]').click()]);
    expect(docxDownload.suggestedFilename()).toBe('utkast-samarbeidsavtale-nordre-follo.docx');
    const { text } = await readDocx(await downloaded(docxDownload));
    expect(text).toContain('Samarbeidsavtale mellom Nordre Follo kommune og Øst politidistrikt');
    expect(text).toContain('For å løse politiets samfunnsoppdrag må politiet utføre planmessig og systematisk kriminalitetsforebyggende arbeid i samarbeid med andre.');
    expect(text).toContain('I forebyggende perspektiv bidra til tverrfaglig samarbeid med ulike kommunale fora.');
    expect(text).toContain('Kommunen og politiet forplikter seg til å følge opp de beslutninger politirådet fatter.');
    expect(text).toContain('Kilde: Oppegård – «Samarbeidsavtale mellom Oppegård kommune og Øst politidistrikt», punktet «Politiråd».');
    expect(text).toContain('Det forventes at Nordre Follo kommune sammen med politiet innehar tilstrekkelige ressurser');

    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-draft-download="markdown"]').click()]);
    const md = (await downloaded(mdDownload)).toString('utf8');
    expect(md.startsWith('# Samarbeidsavtale mellom Nordre Follo kommune og Øst politidistrikt\n')).toBe(true);
    expect(md).toContain('## 3. Politiråd');

    // Nothing went anywhere but this site, and nothing was posted.
    expect(requests.filter((r) => !r.startsWith(`GET ${baseUrl}`))).toEqual([]);

    // The address alone brings the draft back.
    const again = await browser.newPage();
    await open(page.url(), again);
    await expect.poll(() => again.locator('article[data-draft] section[data-section]').count()).toBe(4);
    expect(await again.locator('#draft-politirad').inputValue()).toBe('oppegard-2018');
    expect(await again.locator('#draft-municipality').inputValue()).toBe('Nordre Follo');
    await again.close();
    page.removeAllListeners('request');
  });

  it('quotes a source\'s title and heading in its own language: Luster\'s in nynorsk', async () => {
    await open('/utkast/?politirad=luster-2019');
    const note = page.locator('article[data-draft] section[data-section="politirad"] .draft-source');
    await expect.poll(() => note.count()).toBe(1);
    const luster = register.agreements.find((a) => a.id === 'luster-2019');
    const heading = luster?.headings.find((h) => h.sectionKey === 'politirad')?.text;
    expect(await note.locator('span[lang]').evaluateAll((spans) => spans.map((s) => [s.getAttribute('lang'), s.textContent]))).toEqual([
      ['nn', luster?.data.title],
      ['nn', heading],
    ]);
    expect(await note.getAttribute('lang')).toBe('nb');
    // In the .docx as well: the quoted title and heading in nynorsk, the note's own words and the document's default in bokmål.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-draft-download="docx"]').click()]);
    const { zip, xml } = await readDocx(await downloaded(download));
    const runLanguage = (text: string) => [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].filter((m) => m[1]!.includes(`>${text}</w:t>`)).map((m) => /<w:lang w:val="([^"]+)"/.exec(m[1]!)?.[1]);
    expect(runLanguage(luster?.data.title ?? '')).toEqual(['nn-NO']);
    expect(runLanguage(heading ?? '')).toContain('nn-NO');
    expect(runLanguage('Kilde: Luster – «')).toEqual(['nb-NO']);
    expect(await zip.file('word/styles.xml')!.async('string')).toMatch(/<w:rPrDefault><w:rPr><w:lang w:val="nb-NO"\/>/);
  });

  it('warns when a section it takes names another municipality\'s officers with their contact data', async () => {
    await open('/utkast/?kommune=Nordre+Follo&distrikt=ost&tjenestetilbud=bodo-2018&politirad=oppegard-2018');
    await expect.poll(() => page.locator('article[data-draft] section[data-section]').count()).toBe(2);
    const messages = await page.locator('[data-draft-messages]').innerText();
    expect(messages).toContain('Delen «Tjenestetilbud» er hentet fra Bodø og nevner personer med kontaktopplysninger (thomas.thorshaug@politiet.no');
    expect(messages).not.toContain('Politiråd');
  });

  it('prints only the draft', async () => {
    await open('/utkast/?formal=moss-2020');
    await expect.poll(() => page.locator('article[data-draft] section[data-section]').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form[data-draft-form]').isHidden()).toBe(true);
    expect(await page.locator('h1').isHidden()).toBe(true);
    expect(await page.locator('article[data-draft]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('explains choices in the address it cannot use, and still builds the rest', async () => {
    await open('/utkast/?politirad=finnes-ikke&tjenestetilbud=moss-2020&politiraad=x&distrikt=mars&formal=luster-2019');
    await expect.poll(() => page.locator('article[data-draft] section[data-section]').count()).toBe(1);
    const messages = await page.locator('[data-draft-messages]').innerText();
    expect(messages).toContain('Fant ingen avtale «finnes-ikke» for delen «Politiråd» (politirad=finnes-ikke i adressen)');
    expect(messages).toContain('Avtalen «moss-2020» har ingen del «Tjenestetilbud»');
    expect(messages).toContain('Adressen nevner «politiraad»');
    expect(messages).toContain('Fant ikke politidistriktet «mars»');
    expect(await page.locator('article[data-draft] section[data-section="formal"]').getAttribute('lang')).toBe('nn');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('isolates text echoed from the address in <bdi>, so a right-to-left override reverses nothing around it', async () => {
    const rlo = '\u202E';
    const query = new URLSearchParams({ kommune: `${rlo}Ond\uFFFE\u0001by`, distrikt: `${rlo}mars`, [`${rlo}x`]: '1', politirad: `${rlo}finnes-ikke` });
    await open(`/utkast/?${query}`);
    const isolated = await page.locator('[data-draft-messages] bdi').allTextContents();
    expect(isolated).toContain(`${rlo}mars`);
    expect(isolated).toContain(`${rlo}x`);
    // The sentence around each echo is plain text outside the <bdi>.
    for (const p of await page.locator('[data-draft-messages] p').all()) {
      expect(await p.evaluate((el) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join(''))).not.toContain(rlo);
    }
    expect(await page.locator('#draft-municipality').inputValue()).toBe(`${rlo}Ondby`);
  });
});
