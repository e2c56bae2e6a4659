/**
 * The built site as a whole: every internal link and anchor resolves
 * (linkinator, crawling from the front page), and every page is valid HTML
 * (html-validate with .htmlvalidate.json).
 */
import { globSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate, type ConfigData } from 'html-validate';
import { LinkChecker } from 'linkinator';
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

/**
 * .htmlvalidate.json, found as html-validate finds it, resolved once for every page: every file of
 * dist/ gets the same configuration, and html-validate otherwise builds its element metadata again for
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
    // The crawl reached every agreement page, so the check covered them.
    expect(result.links.filter((l) => /\/avtaler\/[^/]+\/$/.test(l.url) && l.state === 'OK').length).toBeGreaterThanOrEqual(7);
  });

  it('is valid HTML on every page', async () => {
    const validator = new HtmlValidate(new ConfigResolvedOnce());
    const files = globSync('dist/**/*.html');
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
