/**
 * Search in a real browser against the real Pagefind index of the built
 * site: section-level results, bokmål ⇄ nynorsk, filters, the URL as state,
 * and the bad inputs of issue 3 — each without an error in the console.
 */
import { afterEach, describe, expect, inject, it } from 'vitest';
import { search } from '../../src/strings.ts';
import { agreementPageFiles } from '../../src/lib/search/build-index.ts';
import { SITE_DIST } from '../fixture-register.ts';
import { axeViolations, browserPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const { page, errors: consoleErrors, noScript } = browserPage({ console: ['error', 'warning'], dialogs: true });

afterEach(() => {
  expect(consoleErrors).toEqual([]);
  consoleErrors.length = 0;
});

/** Opens the search page with a query string and waits until the outcome is announced. */
async function searchFor(query: string): Promise<string> {
  await page.goto(new URL(`/sok/${query ? `?${query}` : ''}`, baseUrl).href);
  const status = page.locator('#search-status');
  await expect.poll(async () => (await status.textContent()) ?? '').not.toMatch(/^$|Søker/);
  return (await status.textContent()) ?? '';
}

/** The documents and section links in the results (hrefs without the highlight parameter). */
async function results() {
  const docs = await page
    .locator('#search-results > li > h2 a')
    .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/\?uthev=[^#]*/, '')));
  const sections = await page
    .locator('.search-subresults a')
    .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/\?uthev=[^#]*/, '')));
  return { docs, sections };
}

describe('what it searches', () => {
  it('says how many documents it searches: the agreement pages in the index', async () => {
    await searchFor('');
    const indexed = agreementPageFiles(SITE_DIST).length;
    expect(indexed).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).toContain(`Søket går gjennom ${indexed} dokumenter`);
    // Every one of them is found by a search for the words all of them hold.
    expect(await searchFor('q=politi')).toMatch(new RegExp(`(?:i|av) ${indexed} dokumenter`));
  });
});

describe('section-level results', () => {
  it('finds trygghetsvandring in the focus-area sections of Oppegård and Moss', async () => {
    const status = await searchFor('q=trygghetsvandring');
    expect(status).toMatch(/treff i 2 dokumenter for «trygghetsvandring»/);
    const { docs, sections } = await results();
    expect(docs.sort()).toEqual(['/avtaler/moss-2020/', '/avtaler/oppegard-2018/']);
    expect(sections).toContain('/avtaler/oppegard-2018/#fokusomrader');
    expect(sections).toContain('/avtaler/moss-2020/#fokusomrader');
    expect(await page.locator('.search-subresults mark').first().textContent()).toMatch(/^[Tt]rygghetsvandring/);
  });

  it('opens a result at its section with the searched word highlighted', async () => {
    await searchFor('q=taushetsplikt');
    const link = page.locator('.search-subresults a[href*="/avtaler/skien-2019/"]').first();
    expect(await link.getAttribute('href')).toMatch(/^\/avtaler\/skien-2019\/\?uthev=taushetsplikt#administrativt$/);
    await link.click();
    await page.waitForURL(/skien-2019/);
    await expect.poll(() => page.locator('article.document mark.search-highlight').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('administrativt');
  });
});

describe('bokmål and nynorsk alike', () => {
  it('finds bokmål tjenestetilbud when searching nynorsk tenestetilbod', async () => {
    await searchFor('q=tenestetilbod');
    const { docs, sections } = await results();
    expect(docs).toContain('/avtaler/skien-2019/');
    expect(docs).toContain('/avtaler/luster-2019/');
    expect(sections).toContain('/avtaler/skien-2019/#tjenestetilbud');
  });

  it('shows the text before the first section as the document’s, without the page’s hidden heading', async () => {
    await searchFor('q=politirådsavtale');
    const intro = page.locator('.search-subresults li', { has: page.locator('a[href*="/avtaler/moss-2020/"][href$="#text-heading"]') });
    expect(await intro.count()).toBe(1);
    expect(await intro.locator('a').textContent()).toBe('Innledende tekst');
    expect(await intro.locator('p').textContent()).toMatch(/^POLITIRÅD\./);
  });

  it('opens a nynorsk result found through its bokmål forms with the passage marked', async () => {
    await searchFor('q=tjenestetilbud');
    const link = page.locator('.search-results a[href*="/avtaler/luster-2019/"], #search-results a[href*="/avtaler/luster-2019/"]').first();
    expect(await link.getAttribute('href')).toMatch(/[?&]uthev=tjenestetilbud/);
    await link.click();
    await page.waitForURL(/luster-2019/);
    const passage = page.locator('article.document .search-variant-match');
    await expect.poll(() => passage.count()).toBeGreaterThan(0);
    expect(await passage.first().innerText()).toMatch(/[Tt]enestetilbod/);
    // Marked so that it shows: tinted as the marked words are.
    expect(await passage.first().evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('finds nynorsk førebygging when searching bokmål forebygging, and bokmål vold when searching vald', async () => {
    await searchFor('q=forebygging');
    expect((await results()).docs).toContain('/avtaler/luster-2019/');
    await searchFor('q=vald');
    const { docs } = await results();
    expect(docs).toContain('/avtaler/oppegard-2018/');
    expect(docs).toContain('/avtaler/moss-2020/');
    expect(docs).toContain('/avtaler/luster-2019/');
  });
});

describe('words typed without ø and æ', () => {
  it('finds Bodø’s agreement for Bodo and Bodoe, Sør-Øst for sor-ost, sorost and soer-oest, and nynorsk særleg for saerleg', async () => {
    for (const q of ['Bodo', 'Bodoe']) {
      expect(await searchFor(`q=${q}`)).toMatch(new RegExp(`treff i 1 dokument for «${q}»`));
      expect((await results()).docs).toEqual(['/avtaler/bodo-2018/']);
    }
    for (const q of ['sor-ost', 'sorost', 'soer-oest']) {
      await searchFor(`q=${q}`);
      expect((await results()).docs).toContain('/avtaler/skien-2019/');
    }
    await searchFor('q=saerleg');
    expect((await results()).docs).toContain('/avtaler/luster-2019/');
  });

  it('shows the words of the text in the excerpts, marked, never the forms typed without ø and æ', async () => {
    for (const [q, word] of [['Bodo', 'Bodø'], ['sor-ost', 'Sør-Øst']] as const) {
      await searchFor(`q=${q}`);
      const excerpts = await page.locator('#search-results p[lang]').allInnerTexts();
      expect(excerpts.length).toBeGreaterThan(0);
      for (const text of excerpts) expect(text).not.toMatch(/\b(?:bodoe?|sor-?ost|soer-?oest)\b|[⟮⟯]/i);
      expect(await page.locator('#search-results p[lang] mark').allInnerTexts()).toContainEqual(expect.stringMatching(new RegExp(`^${word}`)));
    }
  });

  it('marks a word of the text in every excerpt, also where the word lies more than half an excerpt before its forms', async () => {
    // Pagefind centres its excerpt on the match, here a form in the hidden span at the passage's end:
    // a long passage's word (nærpolitireformens, Bodø, ordfører…) then fell outside it, and nothing was marked.
    for (const q of ['naerpolitireformens', 'Bodo', 'ordforer', 'viderefores', 'saerleg', 'hosten']) {
      await searchFor(`q=${q}`);
      const excerpts = page.locator('#search-results p[lang]');
      expect(await excerpts.count(), q).toBeGreaterThan(0);
      for (const excerpt of await excerpts.all()) {
        const { text, marks, ownText } = await excerpt.evaluate((p) => {
          const own = p.cloneNode(true) as HTMLElement;
          for (const forms of own.querySelectorAll('.search-variant')) forms.remove();
          return { text: p.textContent ?? '', marks: p.querySelectorAll('mark').length, ownText: own.textContent ?? '' };
        });
        expect(marks, `${q}: ${text}`).toBeGreaterThan(0);
        // Not only the other standard's forms, «(nynorsk: …)»: words of the text itself.
        expect(ownText, `${q}: ${text}`).toMatch(/[\p{L}\p{N}]/u);
      }
    }
  });

  it('opens a result found through a word typed without ø with its passage marked', async () => {
    await searchFor('q=Bodo');
    await page.locator('.search-subresults a[href*="/avtaler/bodo-2018/"]').first().click();
    await page.waitForURL(/bodo-2018/);
    const passage = page.locator('article.document .search-variant-match');
    await expect.poll(() => passage.count()).toBeGreaterThan(0);
    expect(await passage.first().innerText()).toMatch(/Bodø/);
  });

  it('marks the passage of a hyphened word searched joined (sorost, soeroest for Sør-Øst), as Pagefind found it', async () => {
    for (const [slug, term, word] of [['skien-2019', 'sorost', 'Sør-Øst'], ['skien-2019', 'soeroest', 'Sør-Øst'], ['skien-2019', 'sor-ost', 'Sør-Øst'], ['bodo-2018', 'Bodo', 'Bodø']] as const) {
      await page.goto(new URL(`/avtaler/${slug}/?uthev=${term}`, baseUrl).href);
      const passage = page.locator('article.document .search-variant-match');
      await expect.poll(() => passage.count(), { message: term }).toBeGreaterThan(0);
      expect(await passage.allInnerTexts(), term).toContainEqual(expect.stringContaining(word));
    }
  });
});

describe('filters', () => {
  it('narrow the results by police district, with counts beside each value', async () => {
    await searchFor('q=taushetsplikt');
    const all = (await results()).docs;
    expect(all).toEqual(expect.arrayContaining(['/avtaler/skien-2019/', '/avtaler/bodo-2018/', '/avtaler/oppegard-2018/']));
    await page.locator('fieldset[data-filter="politidistrikt"] input[value="Øst politidistrikt"]').check();
    await expect.poll(async () => (await results()).docs).toEqual(['/avtaler/oppegard-2018/']);
    expect(new URL(page.url()).searchParams.getAll('politidistrikt')).toEqual(['Øst politidistrikt']);
    const count = await page.locator('fieldset[data-filter="politidistrikt"] label:has(input[value="Sør-Øst politidistrikt"]) .filter-count').textContent();
    expect(count).toBe('(1)');
  });

  it('counts what matches the query; a filter out of view is counted, and its part of the index fetched, only when it comes into view', async () => {
    await page.setViewportSize({ width: 1280, height: 600 });
    const filterFiles: string[] = [];
    const onRequest = (r: { url(): string }) => {
      if (r.url().endsWith('.pf_filter')) filterFiles.push(r.url());
    };
    page.on('request', onRequest);
    try {
      await searchFor('q=trygghetsvandring');
      const counts = (filter: string) =>
        page.locator(`fieldset[data-filter="${filter}"] [data-count-for]`).evaluateAll((spans) => spans.map((s) => s.textContent ?? ''));
      const sum = (texts: string[]) => texts.reduce((t, c) => t + Number(c.replace(/\D/g, '') || 0), 0);
      // In view at once: the police districts, counted for the query's two documents.
      await expect.poll(async () => sum(await counts('politidistrikt'))).toBe(2);
      const statusBox = page.locator('fieldset[data-filter="status"]');
      expect(await statusBox.evaluate((el) => el.getBoundingClientRect().top >= window.innerHeight)).toBe(true);
      expect(new Set(await counts('status'))).toEqual(new Set(['']));
      const fetched = filterFiles.length;
      await statusBox.scrollIntoViewIfNeeded();
      await expect.poll(async () => sum(await counts('status'))).toBe(2);
      expect(filterFiles.length).toBeGreaterThan(fetched);
      // A new query counts what is in view now, status included.
      await page.locator('#search-q').fill('taushetsplikt');
      await page.locator('[data-search-form] button[type=submit]').click();
      await expect.poll(async () => (await page.locator('#search-status').textContent()) ?? '').toMatch(/taushetsplikt/);
      // (each document has one police district and one status)
      await expect.poll(async () => sum(await counts('politidistrikt'))).toBeGreaterThan(2);
      await expect.poll(async () => sum(await counts('status'))).toBe(sum(await counts('politidistrikt')));
    } finally {
      page.off('request', onRequest);
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('by section: every section link lies in the chosen section', async () => {
    await searchFor('q=politikontakten&seksjon=slt');
    const { sections } = await results();
    expect(sections.length).toBeGreaterThan(0);
    for (const href of sections) expect(href).toMatch(/#slt$/);
  });

  it('by section with no words: every document with that section, linked at it, the nynorsk one marked so', async () => {
    const status = await searchFor('seksjon=politikontakt');
    const { docs, sections } = await results();
    const withSection = ['/avtaler/bodo-2018/', '/avtaler/luster-2019/', '/avtaler/oppegard-2018/', '/avtaler/skien-2019/'];
    expect(docs.sort()).toEqual(withSection);
    expect(sections.sort()).toEqual(withSection.map((d) => `${d}#politikontakt`));
    // Nothing to highlight: the addresses are the pages' and the sections' own, without an empty `?uthev=`.
    expect(await page.locator('#search-results a').evaluateAll((as) => as.filter((a) => a.getAttribute('href')?.includes('?')).length)).toBe(0);
    expect(status).toBe('4 treff i 4 dokumenter.');
    const luster = page.locator('.search-subresults li', { has: page.locator('a[href="/avtaler/luster-2019/#politikontakt"]') });
    expect(await luster.locator('a').textContent()).toBe('4. Politikontakten');
    expect(await luster.locator('p').getAttribute('lang')).toBe('nn');
    expect(await luster.locator('p').textContent()).toMatch(/^4\. Politikontakten\. Politikontakt\/politiråd er ein av/);
  });

  it('by year and language', async () => {
    await searchFor('q=politiråd&sprak=nn');
    expect((await results()).docs).toEqual(['/avtaler/luster-2019/']);
    await searchFor('q=politiråd&aar=2019');
    expect((await results()).docs.sort()).toEqual(['/avtaler/luster-2019/', '/avtaler/skien-2019/']);
  });

  it('sorts by date when asked', async () => {
    await searchFor('q=politiråd&sorter=eldste');
    const { docs } = await results();
    expect(docs[0]).toBe('/avtaler/oppegard-2009-retningslinjer/');
    await searchFor('q=politiråd&sorter=nyeste');
    expect((await results()).docs[0]).toBe('/avtaler/moss-2020/');
  });
});

describe('results five at a time', () => {
  it('draws five documents and loads only their texts; "Vis flere dokumenter" draws the rest and moves focus to them', async () => {
    const fragments: string[] = [];
    const count = (r: { url(): string }) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/fragment/')) fragments.push(r.url());
    };
    page.on('request', count);
    try {
      // The status gives every document found, not only the five shown.
      expect(await searchFor('q=samarbeid')).toMatch(/ treff i de 5 første av 7 dokumenter for «samarbeid»/);
      expect((await results()).docs).toHaveLength(5);
      expect(fragments).toHaveLength(5);
      const more = page.locator('#search-more');
      expect(await more.isVisible()).toBe(true);
      expect(await more.textContent()).toBe('Vis flere dokumenter');
      await more.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await results()).docs.length).toBe(7);
      expect(await page.locator('#search-status').textContent()).toMatch(/i 7 dokumenter for «samarbeid»/);
      expect(fragments).toHaveLength(7);
      expect(await more.isHidden()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href')?.replace(/\?uthev=.*/, ''))).toBe(
        await page.locator('#search-results > li:nth-child(6) > h2 a').evaluate((a) => a.getAttribute('href')?.replace(/\?uthev=.*/, '')),
      );
    } finally {
      page.off('request', count);
    }
  });
});

describe('loading the engine', () => {
  it('loads all of it when the form gets focus, each file once, the metadata and WebAssembly named in the page', async () => {
    const requested: string[] = [];
    const note = (r: { url(): string }) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/')) requested.push(path);
    };
    page.on('request', note);
    try {
      await searchFor('');
      expect(requested).toEqual([]);
      const entry = JSON.parse((await page.locator('[data-search-form]').getAttribute('data-search-entry')) ?? '{}') as Record<string, { hash: string; wasm: string }>;
      const named = entry.nb;
      expect(named?.hash).toMatch(/^nb_/);
      const engine = ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', `/pagefind/pagefind.${named?.hash}.pf_meta`, `/pagefind/wasm.${named?.wasm}.pagefind`];
      await page.locator('#search-q').focus();
      await expect.poll(() => engine.every((file) => requested.includes(file))).toBe(true);
      await page.locator('#search-q').fill('samarbeid');
      await page.locator('#search-q').press('Enter');
      await expect.poll(async () => (await page.locator('#search-status').textContent()) ?? '').toMatch(/i de 5 første av 7 dokumenter for «samarbeid»/);
      for (const file of engine) expect(requested.filter((path) => path === file)).toHaveLength(1);
      expect(new URL(page.url()).searchParams.get('q')).toBe('samarbeid');
    } finally {
      page.off('request', note);
    }
  });
});

describe('the URL is the state', () => {
  it('typing and ticking update the address; the back button restores the earlier search', async () => {
    await searchFor('');
    await page.locator('#search-q').fill('trygghetsvandring');
    await page.locator('#search-q').press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('trygghetsvandring');
    await expect.poll(async () => (await results()).docs.length).toBe(2);
    await page.locator('fieldset[data-filter="kommune"] input[value="Moss"]').check();
    await expect.poll(async () => (await results()).docs).toEqual(['/avtaler/moss-2020/']);
    await page.goBack();
    await expect.poll(async () => (await results()).docs.length).toBe(2);
    expect(await page.locator('fieldset[data-filter="kommune"] input[value="Moss"]').isChecked()).toBe(false);
  });

  it('the header search field on every page opens the search with the query', async () => {
    await page.goto(new URL('/avtaler/bodo-2018/', baseUrl).href);
    await page.locator('#site-search-q').fill('uteliv');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/sok\/\?q=uteliv/);
    await expect.poll(async () => (await results()).docs).toContain('/avtaler/bodo-2018/');
  });

  it('names its two search landmarks apart: the header\'s and the page\'s own form', async () => {
    await page.goto(new URL('/sok/', baseUrl).href);
    expect(await page.getByRole('search').count()).toBe(2);
    expect(await page.getByRole('search', { name: search.headerLandmark, exact: true }).count()).toBe(1);
    expect(await page.getByRole('search', { name: search.title, exact: true }).locator('#search-q').count()).toBe(1);
  });

  it('lets the keyboard skip the filters (one box for each municipality): the Tab after the search button reaches a link that moves focus to the announced count, and the next Tab is in the results', async () => {
    await searchFor('q=vold');
    expect(await page.locator('details[data-filters]').getAttribute('open')).not.toBeNull();
    await page.locator('[data-search-form] button[type=submit]').focus();
    await page.keyboard.press('Tab');
    const link = page.locator(':focus');
    expect(await link.textContent()).toBe(search.skipToResults);
    expect(await link.evaluate((a) => a.getBoundingClientRect().width)).toBeGreaterThan(1);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-status');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#search-results') !== null)).toBe(true);
  });

  it('the skip link leaves the results as they are: the documents shown after «Vis flere», and the count, not searched again', async () => {
    expect(await searchFor('q=samarbeid')).toMatch(/i de 5 første av 7 dokumenter/);
    await page.locator('#search-more').click();
    await expect.poll(async () => (await results()).docs.length).toBe(7);
    const status = await page.locator('#search-status').textContent();
    await page.locator('[data-search-form] button[type=submit]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    // The link moved to its target (a navigation within the page, which fires popstate).
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#search-status');
    expect(await page.locator('#search-status').textContent()).toBe(status);
    expect((await results()).docs).toHaveLength(7);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-status');
  });

  it('is reachable by keyboard and has no WCAG 2.2 A/AA violation with results shown', async () => {
    await searchFor('q=vold');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til hovedinnhold');
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('bad input', () => {
  it('an empty query asks for a word', async () => {
    expect(await searchFor('q=')).toBe('Skriv et søkeord eller velg et filter.');
  });

  it('a query of only punctuation finds nothing, and says so', async () => {
    expect(await searchFor(`q=${encodeURIComponent('!!! ... ???')}`)).toBe('Ingen treff for «!!! ... ???». Prøv et annet ord, eller fjern filtre.');
    // A phrase in quotes is searched word for word as written: the reader is told to try it without them.
    expect(await searchFor(`q=${encodeURIComponent('"taushetsplikt politiråd kommunen"')}`)).toBe(
      'Ingen treff for «"taushetsplikt politiråd kommunen"». Ord i anførselstegn søkes som en hel frase, slik de står: prøv uten anførselstegn, eller fjern filtre.',
    );
  });

  it('a misspelt word says no word begins so, instead of showing the hits of a shorter word (Pagefind searched «tausetsplikt» as «ta»)', async () => {
    expect(await searchFor('q=tausetsplikt')).toBe('Ingen treff for «tausetsplikt»: ingen ord i avtalene begynner med «tausetsplikt». Sjekk stavemåten, eller prøv begynnelsen av ordet.');
    expect((await results()).docs).toEqual([]);
    expect(await page.locator('#search-more').isHidden()).toBe(true);
    expect(await searchFor('q=Bod%C3%B8+politiraad')).toMatch(/^Ingen treff for «Bodø politiraad»: ingen ord i avtalene begynner med «politiraad»\./);
    // A short word is no stem of a shorter word: «idé» was searched as «i», and showed its hits.
    expect(await searchFor('q=id%C3%A9')).toMatch(/^Ingen treff for «idé»: ingen ord i avtalene begynner med «idé»\./);
    // Spelt right, and inflected, the words find their clauses.
    await searchFor('q=taushetsplikten');
    expect((await results()).sections).toEqual(expect.arrayContaining(['/avtaler/skien-2019/#administrativt', '/avtaler/bodo-2018/#administrativt', '/avtaler/oppegard-2018/#administrativt']));
    expect(await searchFor('q=politir%C3%A5dene')).toMatch(/treff i de 5 første av 7 dokumenter/);
  });

  it('500 characters are cut to 200, and the reader is told', async () => {
    await searchFor(`q=${encodeURIComponent('politiråd '.repeat(50))}`);
    expect(await page.locator('#search-notice').textContent()).toBe('Søket er kortet ned til de første 200 tegnene.');
    expect((await page.locator('#search-q').inputValue()).length).toBeLessThanOrEqual(200);
  });

  it('HTML and script in the query are shown as text, never run', async () => {
    const q = '<img src=x onerror=alert(1)><script>alert(2)</script>vold';
    const status = await searchFor(`q=${encodeURIComponent(q)}`);
    expect(status).toContain('<img src=x onerror=alert(1)>');
    expect(await page.locator('#search-results img, #search-results script, #search-status *').count()).toBe(0);
  });

  it('an unknown filter value in the URL is ignored with a notice', async () => {
    await searchFor('q=vold&politidistrikt=Atlantis+politidistrikt');
    expect(await page.locator('#search-notice').textContent()).toBe('Filteret «Politidistrikt: Atlantis politidistrikt» finnes ikke og ble ignorert.');
    expect((await results()).docs.length).toBeGreaterThan(0);
  });
});

describe('without JavaScript', () => {
  it('the search page says search needs JavaScript and points to the lists', async () => {
    const p = await noScript.newPage();
    await p.goto(new URL('/sok/?q=vold', baseUrl).href);
    const text = await p.locator('main').innerText();
    expect(text).toContain('Søket trenger JavaScript, som er slått av i nettleseren din.');
    expect(await p.locator('main a[href="/"]').count()).toBeGreaterThan(0);
    await p.close();
  });
});
