/**
 * The built site as a whole: every internal link and anchor resolves
 * (linkinator, crawling from the front page), and every page is valid HTML
 * (html-validate with .htmlvalidate.json).
 */
import { globSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';
import { readRegisterFiles } from '../../src/lib/content/register-files.ts';
import { checkRegister } from '../../src/lib/content/validate.ts';
import { agreementsUrl, agreementUrl, districtsUrl } from '../../src/lib/publish/routes.ts';
import { SITE_DIST, SITE_REGISTER } from '../fixture-register.ts';

const baseUrl = inject('baseUrl');

/**
 * .htmlvalidate.json, found as html-validate finds it, resolved once for every page: every file of
 * the site gets the same configuration, and html-validate otherwise builds its element metadata again for
 * each file (about half of the check's time).
 */
class ConfigResolvedOnce extends FileSystemConfigLoader {
  private resolved?: ReturnType<FileSystemConfigLoader['getConfigFor']>;
  override getConfigFor(filename: string, configOverride?: ConfigData): ReturnType<FileSystemConfigLoader['getConfigFor']> {
    if (configOverride) return super.getConfigFor(filename, configOverride);
    return (this.resolved ??= super.getConfigFor(filename));
  }
}

describe('the built site', () => {
  it('has no broken internal link or anchor', async () => {
    const checker = new LinkChecker();
    const result = await checker.check({
      path: `${baseUrl}/`,
      recurse: true,
      checkFragments: true,
      concurrency: 4,
      linksToSkip: async (link) => !link.startsWith(baseUrl),
    });
    const broken = result.links.filter((l) => l.state === 'BROKEN').map((l) => `${l.url} (from ${l.parent}): ${l.status}`);
    expect(broken).toEqual([]);
    // The crawl reached every document's page, so the check covered them.
    const reached = new Set(result.links.filter((l) => l.state === 'OK').map((l) => new URL(l.url).pathname));
    const documents = checkRegister(readRegisterFiles(SITE_REGISTER)).agreements;
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.map((d) => agreementUrl(d.id)).filter((path) => !reached.has(path))).toEqual([]);
    // And the lists an agreement's or a district's address leads up to, so their links were checked too.
    expect([agreementsUrl(), districtsUrl()].filter((path) => !reached.has(path))).toEqual([]);
  });

  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(new ConfigResolvedOnce());
    const files = globSync(`${SITE_DIST}/**/*.html`);
    expect(files.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
    // The same validator, after every page, still finds what the configuration forbids.
    const broken = await validator.validateString('<!doctype html><html lang="nb"><head><title>x</title></head><body><p id="a"></p><p id="a"></p></body></html>', 'dist/broken.html');
    expect(broken.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain('no-dup-id');
  });
});
