/** Debian's Chromium driven by playwright-core, and axe-core run inside a page. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { buffer } from 'node:stream/consumers';
import { chromium, type Browser, type BrowserContext, type Download, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../scripts/chromium.ts';

/** The run's shared browser when the global setup started one, else a browser of this file's own. */
async function connectOrLaunch(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  return endpoint ? chromium.connect(endpoint) : launchBrowser();
}

/** The bytes of a download, once it is complete. */
export async function downloaded(download: Download): Promise<Buffer> {
  // Read through Playwright's connection (`path()` is refused on a browser connected to, as the run's shared one is).
  return buffer(await download.createReadStream());
}

/** An object that stands for one created later: every property is read from the real one, methods bound to it. */
function later<T extends object>(get: () => T | undefined, what: string): T {
  return new Proxy({} as T, {
    get(_, property) {
      const real = get();
      if (!real) throw new Error(`${what} is used before beforeAll started it`);
      const value = Reflect.get(real, property, real) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(real) : value;
    },
  });
}

/** How `browserPage` sets up its pages, and what it collects from its page into `errors` besides uncaught errors (always). */
export interface PageWatch {
  /** The viewport of the page and of the no-script context (default: Playwright's 1280 × 720). */
  viewport?: { width: number; height: number };
  /** Console message types to collect (default: only `error`). */
  console?: ReadonlyArray<'error' | 'warning'>;
  /** Collect (and dismiss) every dialog the page opens (`alert`, `confirm`…). */
  dialogs?: boolean;
}

/**
 * The browser set-up a test file shares: the run's Chromium (or one of its
 * own) connected before its tests, with one page open and a context with
 * JavaScript off (`noScript`), closed after them, and what the page reported
 * that a test should not see (uncaught errors, console errors, dialogs as
 * `watch` says) in `errors`, for the test to assert empty. Use at the top of
 * the file: `const { browser, page, errors, noScript } = browserPage();`.
 * Tests that only visit pages navigate this page rather than open new ones: a
 * new page costs Chromium several times what a navigation does (docs/performance-log.md,
 * "The test suite", seventh round).
 */
export function browserPage(watch: PageWatch = {}): { browser: Browser; page: Page; errors: string[]; noScript: BrowserContext } {
  const consoleTypes = new Set<string>(watch.console ?? ['error']);
  const size = watch.viewport ? { viewport: watch.viewport } : {};
  const errors: string[] = [];
  let browser: Browser | undefined;
  let page: Page | undefined;
  let noScript: BrowserContext | undefined;
  beforeAll(async () => {
    browser = await connectOrLaunch();
    page = await browser.newPage(size);
    noScript = await browser.newContext({ javaScriptEnabled: false, ...size });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (consoleTypes.has(m.type())) errors.push(m.text());
    });
    if (watch.dialogs) {
      page.on('dialog', (d) => {
        errors.push(`dialog opened: ${d.message()}`);
        void d.dismiss();
      });
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { browser: later(() => browser, 'the browser'), page: later(() => page, 'the page'), errors, noScript: later(() => noScript, 'the no-script context') };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A violation as axe reports it, trimmed to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core on the page against WCAG 2.0–2.2 A and AA (or only the rules named); returns the violations. */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(document, {
      // WCAG's rules, or the rules named (best-practice ones such as landmark-unique).
      runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      // Every rule runs on every node as before; only the violations get a selector for each node they
      // name (axe's own advice for large pages: the passes' selectors were most of the time on 400 columns).
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, rules === undefined ? undefined : [...rules]);
}

/** A region as Chromium's own accessibility tree names it, and the parts its `aria-labelledby` points at. */
export interface NamedRegion {
  name: string;
  /** Each element the name comes from: its id, its text, and the language of each run of it (its nearest `lang`). */
  parts: Array<{ id: string; text: string; runs: Array<[text: string, lang: string]> }>;
}

/**
 * The page's regions whose names begin with `prefix`, in order, as Chromium computes their names (through the
 * DevTools protocol, not Playwright's own name computation, which `getByRole` uses), each with the parts its
 * `aria-labelledby` points at and the language each part's text is in on the page.
 */
export async function namedRegions(page: Page, prefix: string): Promise<NamedRegion[]> {
  // The page itself, not browserPage's stand-in for it, which the protocol session refuses.
  const cdp = await page.context().newCDPSession(page.mainFrame().page());
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const regions = nodes.filter((n) => !n.ignored && n.role?.value === 'region' && String(n.name?.value ?? '').startsWith(prefix));
    return await Promise.all(
      regions.map(async (n) => {
        const source = n.name?.sources?.find((s) => s.attribute === 'aria-labelledby' && !s.superseded);
        const ids = (source?.attributeValue?.relatedNodes ?? []).map((r) => r.idref ?? '');
        const parts = await page.evaluate(
          (ids) =>
            ids.map((id) => {
              const element = document.getElementById(id);
              const runs: Array<[string, string]> = [];
              if (element) {
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let t = walker.nextNode(); t; t = walker.nextNode()) runs.push([t.textContent ?? '', t.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '']);
              }
              return { id, text: element?.textContent ?? '', runs };
            }),
          ids,
        );
        return { name: String(n.name?.value ?? ''), parts };
      }),
    );
  } finally {
    await cdp.detach();
  }
}
