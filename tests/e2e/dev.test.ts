/**
 * `npm run dev`, as an editor uses it (issue 15's first "must show"): Astro's
 * dev server over a copy of the register (the document edited is picked from
 * what it holds, so a new agreement changes nothing here), a real Chromium on
 * that agreement's page. An edit to its MDX file shows on reload (a fact
 * in the facts panel and a sentence of the text); a broken field shows
 * `npm run check`'s own line in the page's error overlay and in the terminal,
 * also on a page opened meanwhile, and fixing it says "Content OK". A change
 * Vite does not follow itself (the document's source text, which no page
 * imports, taken away) reaches the open page without a reload, and its return
 * reloads the page.
 *
 * The server holds the project's build lock while it runs (tests/build-lock.ts):
 * it writes the module map of its content into `.astro/` as a build does.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserPage } from './browser.ts';
import { withBuildLock } from '../build-lock.ts';
import { agreementUrl } from '../../src/lib/publish/routes.ts';
import { facts } from '../../src/strings.ts';

/** A sentence no document has, added to the text. */
const ADDED = 'Denne setningen er lagt til i forhåndsvisningen.';
const SERVER_START_MS = 90_000;
/** How long the server may take to print what a change makes it print. */
const REACTION_MS = 30_000;
/** The facts the edits change, as the file writes them. */
const MEETINGS = /^ {2}meetingsPerYear: (\d+)$/m;
const DISTRICT = /^policeDistrict: (\S+)$/m;
/** The document's source text (`source.file`). */
const SOURCE_FILE = /^source:\n(?: {2}.*\n)*? {2}file: (\S+)$/m;
/** The text's first section heading and the blank line after it, where the sentence goes. */
const FIRST_SECTION = /^(## .*\n\n)/m;

const work = mkdtempSync(join(tmpdir(), 'register-dev-'));
const content = join(work, 'content');
cpSync('content', content, { recursive: true });
const documents = readdirSync(join(content, 'agreements')).filter((f) => f.endsWith('.mdx')).sort();
/** The document edited: the first that states the meetings a year, a police district, a source text and a section heading. */
const edited = documents.find((f) => {
  const text = readFileSync(join(content, 'agreements', f), 'utf8');
  return MEETINGS.test(text) && DISTRICT.test(text) && SOURCE_FILE.test(text) && FIRST_SECTION.test(text);
});
if (edited === undefined) throw new Error('no document of the register has council.meetingsPerYear, policeDistrict, source.file and a section heading: nothing to edit');
const SLUG = edited.replace(/\.mdx$/, '');
/** Another document: a page first opened while the register is broken. */
const OTHER = (documents.find((f) => f !== edited) ?? edited).replace(/\.mdx$/, '');
const file = join(content, 'agreements', edited);
const original = readFileSync(file, 'utf8');
const before = Number(MEETINGS.exec(original)?.[1]);
const district = DISTRICT.exec(original)?.[1] ?? '';
const after = before + 2;
const sourceText = join(content, 'sources', SOURCE_FILE.exec(original)?.[1] ?? '');

const { browser, page } = browserPage();
/** How many times the open page has loaded a document (its first load, reloads). */
let loads = 0;
let server: ChildProcess | undefined;
/** Everything the server printed (stdout and stderr), as the editor's terminal shows it. */
let terminal = '';
let base = '';
let releaseLock: (() => void) | undefined;
let lockReleased: Promise<void> | undefined;

/** A port no one listens on now (the server takes the next one if it is taken meanwhile: the address is read from its output). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Waits until the terminal shows `text` after `from` characters and returns what matched, or fails with what it shows. */
async function terminalShows(text: string | RegExp, from = 0, within = REACTION_MS): Promise<string> {
  const deadline = Date.now() + within;
  for (;;) {
    const tail = terminal.slice(from);
    const found = typeof text === 'string' ? (tail.includes(text) ? text : undefined) : tail.match(text)?.[0];
    if (found !== undefined) return found;
    if (server?.exitCode !== null || Date.now() > deadline) throw new Error(`the dev server did not print ${String(text)}; it printed:\n${terminal}`);
    await sleep(100);
  }
}

/** `npm run check`'s problem lines for the copy as it is on disk now. */
function checkerLines(): string[] {
  const check = spawnSync('npm', ['run', '--silent', 'check'], { env: { ...process.env, REGISTER_CONTENT: content }, encoding: 'utf8' });
  expect(check.status).toBe(1);
  return check.stderr
    .split('\n')
    .filter((l) => l.startsWith('  - '))
    .map((l) => l.slice(4));
}

/** The facts panel's number of meetings a year (without the modality that may follow it: ", at least"). */
const meetings = async () => (await page.locator(`dt:text-is("${facts.meetingsPerYear}") + dd`).innerText()).split(',')[0]?.trim();
/** The text of the error overlay on `p` ('' while there is none). */
const overlayText = async (p = page) => ((await p.locator('vite-error-overlay').count()) === 0 ? '' : p.locator('vite-error-overlay #message-content').innerText());

beforeAll(async () => {
  await new Promise<void>((taken) => {
    lockReleased = withBuildLock(() => {
      taken();
      return new Promise<void>((release) => (releaseLock = release));
    });
  });
  // As from the editor's shell: without what Vitest sets for its own processes (NODE_ENV=test, TEST, VITEST…;
  // under VITEST Astro's dev server does not serve the pages), and without colours in what it prints.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|TEST|VITEST.*)$/.test(name)));
  Object.assign(env, { REGISTER_CONTENT: content, NO_COLOR: '1', FORCE_COLOR: '0' });
  // Its own process group, so the whole tree (npm, Astro) stops at the end.
  server = spawn('npm', ['run', 'dev', '--', '--port', String(await freePort())], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
  base = await terminalShows(/http:\/\/127\.0\.0\.1:\d+\//, 0, SERVER_START_MS);
}, SERVER_START_MS + 10_000);

afterAll(async () => {
  if (server?.pid !== undefined && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve));
    process.kill(-server.pid, 'SIGTERM');
    await Promise.race([exited, sleep(10_000)]);
  }
  releaseLock?.();
  await lockReleased;
  rmSync(work, { recursive: true, force: true });
});

describe('npm run dev over the register', () => {
  beforeAll(() => {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) loads += 1;
    });
  });

  it('shows an edit to an agreement on reload: a fact in its facts panel and a sentence in its text', async () => {
    await page.goto(new URL(agreementUrl(SLUG), base).href);
    expect(await meetings()).toBe(String(before));
    expect(await page.locator('main').innerText()).not.toContain(ADDED);
    writeFileSync(file, original.replace(MEETINGS, `  meetingsPerYear: ${after}`).replace(FIRST_SECTION, `$1${ADDED} `));
    await expect
      .poll(async () => {
        await page.reload();
        return meetings();
      }, { timeout: REACTION_MS, interval: 500 })
      .toBe(String(after));
    expect(await page.locator('main').innerText()).toContain(ADDED);
  }, 60_000);

  it("shows a broken field with npm run check's line, in the open page's overlay, in a page opened meanwhile and in the terminal", async () => {
    const printed = terminal.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace(DISTRICT, 'policeDistrict: sorost'));
    const lines = checkerLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`agreements/${SLUG}\\.mdx:\\d+:1: policeDistrict: unknown police district key "sorost"`));
    // The open page shows it (Vite reloads a page whose document changed; the overlay comes either way).
    await expect.poll(() => overlayText(), { timeout: REACTION_MS }).toContain(lines[0]);
    // A page opened while the register is broken shows the problems instead of the page.
    const other = await browser.newPage();
    try {
      await other.goto(new URL(agreementUrl(OTHER), base).href);
      await expect.poll(() => overlayText(other), { timeout: REACTION_MS }).toContain(lines[0]);
    } finally {
      await other.close();
    }
    await terminalShows(lines[0] ?? '', printed);
  }, 90_000);

  it('says "Content OK" when the field is fixed, and the open page shows the page again', async () => {
    const printed = terminal.length;
    writeFileSync(file, readFileSync(file, 'utf8').replace(DISTRICT, `policeDistrict: ${district}`));
    await terminalShows('Content OK', printed);
    await expect.poll(() => overlayText(), { timeout: REACTION_MS }).toBe('');
    await expect.poll(() => meetings(), { timeout: REACTION_MS }).toBe(String(after));
  }, 60_000);

  it('brings a problem in a file no page imports to the open page without a reload, and reloads it once the problem is gone', async () => {
    const away = join(work, 'source-text-away');
    const loaded = loads;
    let printed = terminal.length;
    renameSync(sourceText, away);
    const lines = checkerLines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`agreements/${SLUG}\\.mdx:\\d+:\\d+: source\\.file: `));
    await expect.poll(() => overlayText(), { timeout: REACTION_MS }).toContain(lines[0]);
    expect(loads).toBe(loaded);
    await terminalShows(lines[0] ?? '', printed);
    printed = terminal.length;
    renameSync(away, sourceText);
    await terminalShows('Content OK', printed);
    await expect.poll(() => loads, { timeout: REACTION_MS }).toBeGreaterThan(loaded);
    await expect.poll(() => overlayText(), { timeout: REACTION_MS }).toBe('');
    expect(await meetings()).toBe(String(after));
  }, 90_000);
});
