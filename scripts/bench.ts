/**
 * `npm run bench -- [N]` (default 400): builds the whole site from a
 * deterministic synthetic register of N agreements (and of 5), measures it in
 * Chromium, and prints one JSON line per figure, then how each grows from 5 to
 * N. Nothing is written into the project: corpus and builds go to a temporary
 * folder. Areas add figures in scripts/bench/*.ts (`measure(ctx)`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { syntheticMunicipality } from '../src/lib/content/synthetic-corpus.ts';
import type { Municipality } from '../src/lib/content/schema.ts';
import { readRegisterFiles, slugOf } from '../src/lib/content/register-files.ts';
import { indexFolder } from '../src/lib/search/build-index.ts';
import {
  agreementUrl,
  chartsUrl,
  compareUrl,
  districtUrl,
  draftCheckUrl,
  draftUrl,
  homeUrl,
  municipalityUrl,
  pairChangesUrl,
  searchUrl,
  versionChangesUrl,
} from '../src/lib/publish/routes.ts';
import { astroBuildArgs, astroBuildEnv } from './astro-build.ts';
import { launchBrowser } from './chromium.ts';
import { serveDist } from './serve-dist.ts';
import type { BenchContext, BenchFigure } from './bench-types.ts';
import { writeSyntheticContent } from './synthetic-content.ts';


const SEARCH_QUERIES = ['politiråd', 'taushetsplikt', 'trygghetsvandring', 'tenestetilbod', 'vold i nære relasjoner'];

function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}

function timed(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) / 1000;
}

/** Bytes (raw and gzip) the browser loads for a page before any interaction, and how many of them are JavaScript. */
async function pageWeight(browser: Browser, url: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies: Array<{ type: string; raw: number; gzip: number }> = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      bodies.push({ type: response.request().resourceType(), raw: body.length, gzip: gzipSync(body).length });
    } catch {
      /* redirects and aborted requests have no body */
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  // The scripts written into the page run too (Astro inlines small ones; a data block, JSON, does not run).
  const inline = await page
    .locator('script:not([src])')
    .evaluateAll((scripts) => scripts.filter((s) => !/json/.test((s as HTMLScriptElement).type)).map((s) => s.textContent ?? ''));
  await context.close();
  const sum = (filter: (b: (typeof bodies)[number]) => boolean, key: 'raw' | 'gzip') => bodies.filter(filter).reduce((t, b) => t + b[key], 0);
  return {
    html: sum((b) => b.type === 'document', 'raw'),
    gzip: sum(() => true, 'gzip'),
    jsGzip: sum((b) => b.type === 'script', 'gzip') + inline.reduce((t, text) => t + gzipSync(text).length, 0),
  };
}

/** Submits queries on a fresh search page; each reports its time to the announced outcome and the bytes it fetched. */
async function searchSession(browser: Browser, baseUrl: string, queries: string[]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(searchUrl(), baseUrl).href, { waitUntil: 'networkidle' });
  // Each response counts for the query it arrived during, however late its body is read.
  let current = 0;
  const bytes = queries.map(() => 0);
  const files = queries.map(() => [] as Array<{ path: string; bytes: number }>);
  const reading: Array<Promise<void>> = [];
  page.on('response', (response) => {
    const at = current;
    reading.push(
      response.body().then(
        (body) => {
          bytes[at] = (bytes[at] ?? 0) + body.length;
          files[at]?.push({ path: new URL(response.url()).pathname, bytes: body.length });
        },
        () => undefined, // redirects and aborted requests have no body
      ),
    );
  });
  const ms: number[] = [];
  for (const [i, q] of queries.entries()) {
    current = i;
    ms.push(
      await page.evaluate(async (q) => {
        const status = document.querySelector('#search-status')!;
        const input = document.querySelector<HTMLInputElement>('#search-q')!;
        const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
        input.focus();
        const done = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            const text = status.textContent ?? '';
            if (text && !text.startsWith('Søker')) {
              observer.disconnect();
              resolve(performance.now());
            }
          });
          observer.observe(status, { childList: true, characterData: true, subtree: true });
        });
        input.value = q;
        const start = performance.now();
        form.requestSubmit();
        return (await done) - start;
      }, q),
    );
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
  }
  const results = await page.locator('#search-results > li').count();
  await context.close();
  return { ms, bytes, files, results };
}

/**
 * A query's figures: `cold` on a fresh page (the search engine loads when the
 * field gets focus, as for a reader who clicks it and types, so its bytes
 * count here); `warm` after another query ("samarbeid") has loaded the engine.
 */
async function searchFigures(browser: Browser, baseUrl: string, query: string) {
  const cold = await searchSession(browser, baseUrl, [query]);
  const warm = await searchSession(browser, baseUrl, ['samarbeid', query]);
  const [coldMs, coldBytes, warmMs, warmBytes] = [cold.ms[0], cold.bytes[0], warm.ms[1], warm.bytes[1]];
  if (coldMs === undefined || coldBytes === undefined || warmMs === undefined || warmBytes === undefined) {
    throw new Error(`Search session for "${query}" returned no figures`);
  }
  return { coldMs, coldBytes, coldFiles: cold.files[0] ?? [], warmMs, warmBytes, results: warm.results };
}

async function measureSite(n: number): Promise<BenchFigure[]> {
  const root = mkdtempSync(join(tmpdir(), `register-bench-${n}-`));
  try {
    const content = writeSyntheticContent(root, n);
    const dist = join(root, 'dist');
    const env = astroBuildEnv({ REGISTER_CONTENT: content });
    // The build `npm run build` runs (scripts/astro-build.ts), which makes the search index too
    // (src/integrations/search-index.ts); straight into `dist`, without build.ts's swap of folders.
    const buildSeconds = timed(() => execFileSync(process.execPath, astroBuildArgs(dist), { env, stdio: 'ignore' }));
    const figures: BenchFigure[] = [
      { figure: 'build.seconds', value: buildSeconds, unit: 's' },
      { figure: 'build.secondsPerAgreement', value: buildSeconds / n, unit: 's' },
      { figure: 'dist.bytes', value: folderBytes(dist), unit: 'B' },
      { figure: 'search.indexBytes', value: folderBytes(indexFolder(dist)), unit: 'B' },
    ];
    const server = await serveDist(dist);
    const browser = await launchBrowser();
    try {
      const firstAgreement = readdirSync(join(content, 'agreements'))[0];
      if (firstAgreement === undefined) throw new Error(`No agreements in ${join(content, 'agreements')}`);
      const agreementSlug = slugOf(firstAgreement);
      const register = readRegisterFiles(content);
      // The first agreement that has a version before it, so a page of changes.
      const revised = readdirSync(join(content, 'agreements'))
        .map(slugOf)
        .find((slug) => existsSync(join(dist, versionChangesUrl(slug), 'index.html')));
      const municipality = syntheticMunicipality(register, 0);
      // The district page with the most municipalities, so the most agreements: the heaviest.
      const size = new Map<string, number>();
      for (const m of JSON.parse(register.municipalities.text) as Municipality[]) {
        if (m.status === 'active' && m.policeDistrict) size.set(m.policeDistrict, (size.get(m.policeDistrict) ?? 0) + 1);
      }
      const largestDistrict = [...size].sort((a, b) => b[1] - a[1])[0]?.[0];
      const pages: Record<string, string> = {
        home: homeUrl(),
        agreement: agreementUrl(agreementSlug),
        ...(largestDistrict ? { district: districtUrl(largestDistrict) } : {}),
        municipality: municipalityUrl(municipality.id),
        search: searchUrl(),
        comparison: compareUrl(),
        charts: chartsUrl(),
        draft: draftUrl(),
        ...(revised ? { versionChanges: versionChangesUrl(revised) } : {}),
        pairChanges: pairChangesUrl(),
        draftCheck: draftCheckUrl(),
      };
      // Every page's budget is 60 kB gzip before interaction, but the comparison matrix's (issue 4: 400 kB),
      // which carries every agreement's row of terms.
      const pageBudget = (type: string) => (type === 'comparison' ? 400_000 : 60_000);
      for (const [type, path] of Object.entries(pages)) {
        const file = join(dist, path, 'index.html');
        try {
          statSync(file);
        } catch {
          continue; // that page type is not built yet
        }
        const weight = await pageWeight(browser, new URL(path, server.url).href);
        figures.push(
          { figure: `page.${type}.htmlBytes`, value: weight.html, unit: 'B' },
          { figure: `page.${type}.gzipBytesBeforeInteraction`, value: weight.gzip, unit: 'B', target: pageBudget(type) },
          { figure: `page.${type}.jsGzipBytes`, value: weight.jsGzip, unit: 'B', target: 15_000 },
        );
      }
      for (const q of SEARCH_QUERIES) {
        const s = await searchFigures(browser, server.url, q);
        const key = q.replace(/\s+/g, '-');
        figures.push(
          { figure: `search.${key}.msToFirstResults`, value: Math.round(s.warmMs), unit: 'ms', target: 300 },
          { figure: `search.${key}.bytesPerQuery`, value: s.warmBytes, unit: 'B', target: 150_000 },
          { figure: `search.${key}.msToFirstResultsCold`, value: Math.round(s.coldMs), unit: 'ms' },
          { figure: `search.${key}.bytesFirstQueryWithEngine`, value: s.coldBytes, unit: 'B' },
          { figure: `search.${key}.documents`, value: s.results, unit: 'count' },
        );
      }
      const areaDir = join(import.meta.dirname, 'bench');
      let areas: string[] = [];
      try {
        areas = readdirSync(areaDir).filter((f) => f.endsWith('.ts')).sort();
      } catch {
        /* no area measurements */
      }
      for (const area of areas) {
        const module = (await import(join(areaDir, area))) as { measure(ctx: BenchContext): Promise<BenchFigure[]> };
        figures.push(...(await module.measure({ dist, content, baseUrl: server.url, browser, n })));
      }
    } finally {
      await browser.close();
      await server.close();
    }
    return figures;
  } finally {
    rmSync(root, { recursive: true, force: true });
    rmSync(`${join(root, 'content')}-astro-cache`, { recursive: true, force: true });
  }
}

/** Which part of the search engine a fetched file is: Pagefind's script, WebAssembly, metadata, filters, index chunks, fragments. */
function searchPart(path: string): string {
  if (path.endsWith('.js')) return 'script';
  if (path.includes('/wasm.')) return 'wasm';
  if (path.endsWith('.pf_meta') || path.endsWith('pagefind-entry.json')) return 'meta';
  if (path.endsWith('.pf_filter')) return 'filter';
  if (path.endsWith('.pf_index')) return 'index';
  if (path.endsWith('.pf_fragment')) return 'fragment';
  return 'other';
}

/**
 * `npm run bench -- --search-only <dist> [--runs K]`: the five queries alone, on a site built
 * already (`node scripts/build.ts <dist>` with REGISTER_CONTENT set), each on a fresh page K times:
 * per run the first query's time and bytes with the engine, and its bytes by part.
 */
async function searchOnly(dist: string, runs: number): Promise<void> {
  const server = await serveDist(dist);
  const browser = await launchBrowser();
  try {
    for (let run = 1; run <= runs; run++) {
      for (const q of SEARCH_QUERIES) {
        const s = await searchFigures(browser, server.url, q);
        const parts: Record<string, number> = {};
        for (const f of s.coldFiles) parts[searchPart(f.path)] = (parts[searchPart(f.path)] ?? 0) + f.bytes;
        const fragments = s.coldFiles.filter((f) => searchPart(f.path) === 'fragment').length;
        const load = loadavg()[0]?.toFixed(1);
        console.log(JSON.stringify({ run, query: q, coldMs: Math.round(s.coldMs), coldBytes: s.coldBytes, warmMs: Math.round(s.warmMs), warmBytes: s.warmBytes, documents: s.results, fragments, parts, load }));
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[2] === '--search-only') {
  const dist = process.argv[3];
  const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 1);
  if (!dist || !statSync(dist, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`npm run bench -- --search-only <dist> [--runs K]: <dist> must be a built site's folder (got "${dist ?? ''}")`);
    process.exit(2);
  }
  await searchOnly(dist, process.argv.includes('--runs') && Number.isInteger(runs) && runs > 0 ? runs : 1);
  process.exit(0);
}

const n = Number(process.argv[2] ?? 400);
if (!Number.isInteger(n) || n < 1) {
  console.error(`npm run bench -- N: N must be a whole number of agreements ≥ 1 (got "${process.argv[2]}")`);
  process.exit(2);
}
const machine = { cores: cpus().length, node: process.version, date: new Date().toISOString().slice(0, 10) };
console.log(JSON.stringify({ bench: 'politiradsavtaler', n, ...machine }));
const small = await measureSite(5);
for (const f of small) console.log(JSON.stringify({ n: 5, ...f }));
const large = n === 5 ? small : await measureSite(n);
if (n !== 5) for (const f of large) console.log(JSON.stringify({ n, ...f }));
for (const f of large) {
  const base = small.find((s) => s.figure === f.figure);
  if (!base) continue;
  console.log(
    JSON.stringify({
      growth: f.figure,
      from: base.value,
      to: f.value,
      factor: base.value ? Number((f.value / base.value).toFixed(3)) : null,
      agreements: `5 → ${n}`,
      ...(f.target !== undefined ? { target: f.target, meetsTarget: f.value <= f.target } : {}),
    }),
  );
}
