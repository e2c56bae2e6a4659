/**
 * scripts/build-search-index.ts and the search index's refusals: it indexes a folder of pages that
 * has no index yet, and says what is wrong when it is run without a folder or on a site that has
 * been indexed already (the build indexes the site itself).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { SEARCH_ENTRY_ATTRIBUTE } from '../../src/lib/contracts.ts';
import { agreementUrl, searchUrl } from '../../src/lib/publish/routes.ts';
import { indexOnePage } from './search-index-site.ts';

function run(...args: string[]) {
  const { status, stderr } = spawnSync(process.execPath, ['scripts/build-search-index.ts', ...args], { encoding: 'utf8', env: { ...process.env, QUIET: '1' } });
  return { status, stderr };
}

/** A folder with one agreement page and a search page whose form carries `attribute`. */
function siteWithSearchPage(attribute: string): string {
  const work = mkdtempSync(join(tmpdir(), 'pf-cli-'));
  for (const [url, body] of [
    [agreementUrl('a'), '<p>tekst</p>'],
    [searchUrl(), `<form ${attribute}></form>`],
  ] as const) {
    mkdirSync(join(work, url), { recursive: true });
    writeFileSync(join(work, url, 'index.html'), `<!doctype html><html lang="nb"><head><title>a</title></head><body data-pagefind-body>${body}</body></html>`);
  }
  return work;
}

// Each test starts Node and Pagefind twice: on a loaded machine that takes seconds (as in import-bad-input).
describe('scripts/build-search-index.ts', { timeout: 120_000 }, () => {
  it('asks for the folder', () => {
    const { status, stderr } = run();
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: node scripts/build-search-index.ts <folder>');
  });

  it('refuses a folder whose index exists already, naming it', () => {
    const site = indexOnePage('<p>tekst</p>');
    onTestFinished(site.remove);
    const { status, stderr } = run(dirname(site.root));
    expect(status).toBe(1);
    expect(stderr).toContain(`${site.root}: this folder has a search index already`);
  });

  it('fills the search page\'s empty entry attribute, and refuses a page whose attribute is filled already', () => {
    const work = siteWithSearchPage(SEARCH_ENTRY_ATTRIBUTE);
    onTestFinished(() => rmSync(work, { recursive: true, force: true }));
    expect(run(work).status).toBe(0);
    const page = join(work, searchUrl(), 'index.html');
    expect(readFileSync(page, 'utf8')).toMatch(new RegExp(` ${SEARCH_ENTRY_ATTRIBUTE}="\\{&quot;nb&quot;`));

    const filled = siteWithSearchPage(`${SEARCH_ENTRY_ATTRIBUTE}="{}"`);
    onTestFinished(() => rmSync(filled, { recursive: true, force: true }));
    const { status, stderr } = run(filled);
    expect(status).not.toBe(0);
    expect(stderr).toContain(`attribute is filled already: this site has been indexed before`);
  });
});
